'use client';

import type { ReactNode } from 'react';
import { useActiveTeam } from '../_lib/permissions';
import { Notice } from './ui';

/** A page part shown only to roles that may use it; others are told why instead of being refused on submit. */
export function RequiresPermission({ permission, action, children }: { permission: string; action: string; children: ReactNode }) {
  const { team, can } = useActiveTeam();
  if (!team) return null;
  if (!can(permission)) {
    return (
      <Notice>
        Your role in {team.name} ({team.viewerRole.toLowerCase()}) may not {action}. An admin of the team can make you a member.
      </Notice>
    );
  }
  return <>{children}</>;
}
