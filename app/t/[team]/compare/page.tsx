'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { graphql } from '@/app/gql';
import { Button, Card, Field, FormError, Input } from '@/app/_components/ui';
import { useGqlMutation } from '@/app/_lib/graphql';
import { useActiveTeam } from '@/app/_lib/permissions';
import { TeamCompare } from './_components/TeamCompare';

const SaveMutation = graphql(`
  mutation SaveComparison($input: ComparisonInput!) {
    saveComparison(input: $input) {
      comparison {
        id
      }
    }
  }
`);

/** A new comparison: runs from `?runs=a,b,c` (the run list's selection) or a group from `?group=id` (a sweep). */
export default function ComparePage() {
  const params = useSearchParams();
  const runIds = (params.get('runs') ?? '').split(',').filter(Boolean);
  const groupId = params.get('group');
  const { team, can } = useActiveTeam();
  const router = useRouter();
  const save = useGqlMutation(SaveMutation);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  if (!team) return null;

  return (
    <>
      <h1 className="text-2xl font-semibold">Compare</h1>
      <TeamCompare selection={{ runIds, groupId }} title={name || 'comparison'}>
        {({ metrics, settings }) =>
          can('runs:create') && (
            <Card title="Save this view" description="Saved comparisons are listed on the team's home and can be shared by a public link.">
              <form
                className="flex flex-wrap items-end gap-3"
                onSubmit={async (e) => {
                  e.preventDefault();
                  const saved = await save
                    .mutateAsync({ input: { name, note, runIds: groupId ? [] : runIds, groupId, metrics, settings } })
                    .catch(() => null);
                  if (saved) router.push(`/t/${team.slug}/compare/${saved.saveComparison.comparison.id}`);
                }}
              >
                <Field label="Name" htmlFor="comparison-name">
                  <Input id="comparison-name" value={name} onChange={(e) => setName(e.target.value)} required />
                </Field>
                <Field label="Note" htmlFor="comparison-note">
                  <Input id="comparison-note" value={note} onChange={(e) => setNote(e.target.value)} className="min-w-80" />
                </Field>
                <Button type="submit" disabled={save.isPending}>
                  Save comparison
                </Button>
                <FormError message={save.error?.message} />
              </form>
            </Card>
          )
        }
      </TeamCompare>
    </>
  );
}
