'use client';

import { useRouter } from 'next/navigation';
import { graphql } from '@/app/gql';
import type { Role } from '@/app/gql/graphql';
import { Badge, Button, Card, FormError, Loading, Select, Table, formatDate } from '../ui';
import { useGqlMutation, useGqlQuery } from '../../_lib/graphql';
import { grantableRoles, roleLabel } from './roles';

const MembersQuery = graphql(`
  query Members($after: String) {
    members(first: 100, after: $after) {
      nodes {
        role
        joinedAt
        user {
          id
          email
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ChangeRole = graphql(`
  mutation ChangeMemberRole($input: ChangeMemberRoleInput!) {
    changeMemberRole(input: $input) {
      member {
        role
      }
    }
  }
`);

const RemoveMember = graphql(`
  mutation RemoveMember($userId: ID!) {
    removeMember(userId: $userId) {
      removedUserId
    }
  }
`);

const LeaveTeam = graphql(`
  mutation LeaveTeam {
    leaveTeam {
      teamId
    }
  }
`);

export function MembersCard({ viewerId, viewerRole, canManage }: { viewerId: string; viewerRole: Role; canManage: boolean }) {
  const router = useRouter();
  const members = useGqlQuery(MembersQuery, {});
  const changeRole = useGqlMutation(ChangeRole);
  const remove = useGqlMutation(RemoveMember);
  const leave = useGqlMutation(LeaveTeam);
  const error = changeRole.error ?? remove.error ?? leave.error;

  return (
    <Card
      title="Members"
      actions={
        <Button
          variant="danger"
          disabled={leave.isPending}
          onClick={() => confirm('Leave this team?') && leave.mutate({}, { onSuccess: () => router.push('/') })}
        >
          Leave team
        </Button>
      }
    >
      <FormError message={error?.message} />
      {!members.data ? (
        <Loading />
      ) : (
        <Table head={['Member', 'Role', 'Joined', '']}>
          {members.data.members.nodes.map((m) => {
            const editable = canManage && m.user.id !== viewerId && grantableRoles(viewerRole).includes(m.role);
            return (
              <tr key={m.user.id} data-testid="member-row">
                <td className="py-2 pr-4">
                  <div className="font-medium">{m.user.name}</div>
                  <div className="text-slate-500">{m.user.email}</div>
                </td>
                <td className="py-2 pr-4">
                  {editable ? (
                    <Select
                      aria-label={`Role of ${m.user.email}`}
                      value={m.role}
                      onChange={(e) => changeRole.mutate({ input: { userId: m.user.id, role: e.target.value as Role } })}
                    >
                      {grantableRoles(viewerRole).map((r) => (
                        <option key={r} value={r}>
                          {roleLabel(r)}
                        </option>
                      ))}
                    </Select>
                  ) : (
                    <Badge>{roleLabel(m.role)}</Badge>
                  )}
                </td>
                <td className="py-2 pr-4 text-slate-500">{formatDate(m.joinedAt)}</td>
                <td className="py-2 text-right">
                  {editable && (
                    <Button variant="danger" onClick={() => confirm(`Remove ${m.user.email}?`) && remove.mutate({ userId: m.user.id })}>
                      Remove
                    </Button>
                  )}
                </td>
              </tr>
            );
          })}
        </Table>
      )}
    </Card>
  );
}
