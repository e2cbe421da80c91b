'use client';

import { TeamNameForm } from '../../../_components/settings/TeamNameForm';
import { MembersCard } from '../../../_components/settings/MembersCard';
import { InvitationsCard } from '../../../_components/settings/InvitationsCard';
import { useActiveTeam } from '../../../_lib/permissions';
import { useViewer } from '../../../_lib/viewer';

export default function TeamSettingsPage() {
  const { team, can } = useActiveTeam();
  const viewer = useViewer();
  const me = viewer.data?.viewer?.user;
  if (!team || !me) return null;
  return (
    <>
      {can('team:update') && <TeamNameForm name={team.name} />}
      <MembersCard viewerId={me.id} viewerRole={team.viewerRole} canManage={can('members:manage')} />
      {can('members:manage') && <InvitationsCard viewerRole={team.viewerRole} />}
    </>
  );
}
