'use client';

import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/app/gql';
import { Button, Card, FormError, Table, formatDate } from '../../../../_components/ui';
import { gqlFetch } from '../../../../_lib/graphql';
import { useTeamSlug } from '../../../../_lib/team';

const AuditQuery = graphql(`
  query AuditEvents($after: String) {
    auditEvents(first: 50, after: $after) {
      nodes {
        id
        action
        targetType
        targetId
        actorTokenId
        details
        createdAt
        actor {
          email
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export default function AuditLogPage() {
  const team = useTeamSlug();
  const events = useInfiniteQuery({
    queryKey: ['audit', team],
    queryFn: ({ pageParam }) => gqlFetch(AuditQuery, { after: pageParam }, team),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.auditEvents.pageInfo.hasNextPage ? last.auditEvents.pageInfo.endCursor : undefined),
  });
  const rows = events.data?.pages.flatMap((p) => p.auditEvents.nodes) ?? [];

  return (
    <Card title="Audit log" description="Every change to this team: who, what, when, and to what.">
      <FormError message={events.error?.message} />
      <Table head={['When', 'Who', 'Action', 'Target', 'Details']}>
        {rows.map((e) => (
          <tr key={e.id} data-testid="audit-row">
            <td className="py-2 pr-4 whitespace-nowrap text-slate-500">{formatDate(e.createdAt)}</td>
            <td className="py-2 pr-4">
              {e.actor?.email ?? 'deleted user'}
              {e.actorTokenId && <span className="text-xs text-slate-400"> via API token</span>}
            </td>
            <td className="py-2 pr-4 font-mono text-xs">{e.action}</td>
            <td className="py-2 pr-4 text-slate-500">{e.targetType}</td>
            <td className="py-2 font-mono text-xs text-slate-500">{JSON.stringify(e.details)}</td>
          </tr>
        ))}
      </Table>
      {events.hasNextPage && (
        <Button variant="secondary" className="mt-4" disabled={events.isFetchingNextPage} onClick={() => events.fetchNextPage()}>
          Load more
        </Button>
      )}
    </Card>
  );
}
