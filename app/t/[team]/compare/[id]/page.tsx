'use client';

import { useParams, useRouter } from 'next/navigation';
import { useState } from 'react';
import { graphql } from '@/app/gql';
import { Badge, Button, Card, Field, FormError, Input, Loading, Notice, Table, formatDate } from '@/app/_components/ui';
import { CopyButton } from '@/app/_components/CopyButton';
import { useGqlMutation, useGqlQuery } from '@/app/_lib/graphql';
import { useActiveTeam } from '@/app/_lib/permissions';
import { compareSettings } from '@/lib/compare/settings';
import { TeamCompare } from '../_components/TeamCompare';

const ComparisonQuery = graphql(`
  query SavedComparison($id: ID!) {
    comparison(id: $id) {
      id
      name
      note
      metrics
      settings
      group {
        id
        name
      }
      runs {
        ...CompareRunFields
      }
      series {
        ...SeriesColumns
      }
      createdBy {
        name
      }
      updatedAt
      shareLinks {
        id
        createdAt
        expiresAt
        revokedAt
        active
        createdBy {
          name
        }
      }
    }
  }
`);

const UpdateMutation = graphql(`
  mutation UpdateComparison($id: ID!, $input: ComparisonInput!) {
    updateComparison(id: $id, input: $input) {
      comparison {
        id
      }
    }
  }
`);

const DeleteMutation = graphql(`
  mutation DeleteComparison($id: ID!) {
    deleteComparison(id: $id) {
      deletedId
    }
  }
`);

const ShareMutation = graphql(`
  mutation CreateShareLink($id: ID!, $expiresAt: DateTime) {
    createShareLink(comparisonId: $id, expiresAt: $expiresAt) {
      path
    }
  }
`);

const RevokeMutation = graphql(`
  mutation RevokeShareLink($id: ID!) {
    revokeShareLink(id: $id) {
      shareLink {
        id
      }
    }
  }
`);

export default function SavedComparisonPage() {
  const { id } = useParams<{ id: string }>();
  const { team, can } = useActiveTeam();
  const router = useRouter();
  const query = useGqlQuery(ComparisonQuery, { id });
  const update = useGqlMutation(UpdateMutation);
  const remove = useGqlMutation(DeleteMutation);
  const share = useGqlMutation(ShareMutation);
  const revoke = useGqlMutation(RevokeMutation);
  const [expiresAt, setExpiresAt] = useState('');
  const [link, setLink] = useState<string | null>(null);
  if (!team) return null;
  if (query.error) return <Notice>{query.error.message}</Notice>;
  const comparison = query.data?.comparison;
  if (!comparison) return <Loading />;
  const selection = { runIds: comparison.runs.map((r) => r.id), groupId: comparison.group?.id ?? null };

  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">{comparison.name}</h1>
        <p className="text-sm text-slate-500">
          {comparison.group ? `Follows the group ${comparison.group.name}. ` : ''}Saved by {comparison.createdBy.name},{' '}
          {formatDate(comparison.updatedAt)}.
        </p>
        {comparison.note && <p className="mt-2 break-words text-sm">{comparison.note}</p>}
      </div>
      <TeamCompare
        key={comparison.id}
        selection={selection}
        initialMetrics={comparison.metrics}
        initialSettings={compareSettings.parse(comparison.settings)}
        preloaded={
          comparison.series
            ? { group: comparison.group ?? null, runs: comparison.runs, series: comparison.series, readAt: query.dataUpdatedAt }
            : undefined
        }
        title={comparison.name}
      >
        {({ metrics, settings }) =>
          can('runs:create') && (
            <div className="flex gap-2">
              <Button
                variant="secondary"
                disabled={update.isPending}
                onClick={() =>
                  update.mutate({
                    id,
                    input: {
                      name: comparison.name,
                      note: comparison.note,
                      runIds: selection.groupId ? [] : selection.runIds,
                      groupId: selection.groupId,
                      metrics,
                      settings,
                    },
                  })
                }
              >
                {update.isSuccess ? 'Saved' : 'Save view'}
              </Button>
              <Button
                variant="secondary"
                onClick={async () => (await remove.mutateAsync({ id }).catch(() => null)) && router.push(`/t/${team.slug}`)}
              >
                Delete
              </Button>
              <FormError message={update.error?.message ?? remove.error?.message} />
            </div>
          )
        }
      </TeamCompare>
      <Card
        title="Public links"
        description="Anyone with a link sees this comparison, read-only and without signing in, and nothing else of the team."
      >
        {can('runs:create') && (
          <form
            className="mb-3 flex flex-wrap items-end gap-3"
            onSubmit={async (e) => {
              e.preventDefault();
              const made = await share
                .mutateAsync({ id, expiresAt: expiresAt ? new Date(expiresAt).toISOString() : null })
                .catch(() => null);
              if (made) setLink(`${window.location.origin}${made.createShareLink.path}`);
            }}
          >
            <Field label="Expires (optional)" htmlFor="share-expiry">
              <Input id="share-expiry" type="datetime-local" value={expiresAt} onChange={(e) => setExpiresAt(e.target.value)} />
            </Field>
            <Button type="submit" disabled={share.isPending}>
              Create public link
            </Button>
            <FormError message={share.error?.message} />
          </form>
        )}
        {link && (
          <p className="mb-3 text-sm">
            Copy it now, it is shown once:{' '}
            <a href={link} className="break-all font-mono text-brand-700" data-testid="share-link">
              {link}
            </a>{' '}
            <CopyButton text={link} label="Copy link" />
          </p>
        )}
        {comparison.shareLinks.length === 0 ? (
          <p className="text-sm text-slate-500">No links yet.</p>
        ) : (
          <Table head={['Created', 'By', 'Expires', 'State', '']}>
            {comparison.shareLinks.map((s) => (
              <tr key={s.id}>
                <td className="py-2 pr-4">{formatDate(s.createdAt)}</td>
                <td className="py-2 pr-4">{s.createdBy.name}</td>
                <td className="py-2 pr-4">{s.expiresAt ? formatDate(s.expiresAt) : 'never'}</td>
                <td className="py-2 pr-4">
                  {s.active ? <Badge tone="green">active</Badge> : <Badge>{s.revokedAt ? 'revoked' : 'expired'}</Badge>}
                </td>
                <td className="py-2 pr-4">
                  {s.active && can('runs:create') && (
                    <Button variant="secondary" onClick={() => revoke.mutate({ id: s.id })}>
                      Revoke
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Card>
    </>
  );
}
