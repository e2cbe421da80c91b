'use client';

import { useParams } from 'next/navigation';
import type { ReactNode } from 'react';
import { TeamProvider } from '../../_lib/team';
import { TeamShell } from '../../_components/TeamShell';

export default function TeamLayout({ children }: { children: ReactNode }) {
  const { team } = useParams<{ team: string }>();
  return (
    <TeamProvider slug={team}>
      <TeamShell slug={team}>{children}</TeamShell>
    </TeamProvider>
  );
}
