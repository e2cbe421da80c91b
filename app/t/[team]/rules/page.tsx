'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { graphql } from '@/app/gql';
import { Button, Card, Field, FormError, Input, Loading, Notice, Table, formatDate } from '@/app/_components/ui';
import { useGqlMutation, useGqlQuery } from '@/app/_lib/graphql';
import { useActiveTeam } from '@/app/_lib/permissions';

const RuleSetsQuery = graphql(`
  query RuleSets {
    ruleSets {
      id
      name
      description
      updatedAt
      rules {
        id
        enabled
      }
    }
  }
`);

const CreateRuleSet = graphql(`
  mutation CreateRuleSet($input: RuleSetInput!) {
    createRuleSet(input: $input) {
      ruleSet {
        id
      }
    }
  }
`);

export default function RuleSetsPage() {
  const { team, can } = useActiveTeam();
  const router = useRouter();
  const sets = useGqlQuery(RuleSetsQuery, {});
  const create = useGqlMutation(CreateRuleSet);
  const [name, setName] = useState('');
  if (!team) return null;
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold">Rules</h1>
        <p className="text-sm text-slate-500">
          Analysts’ whitelists and blacklists for the edge cases a model gets wrong; hybrid runs apply them next to a learned classifier.
        </p>
      </div>
      {can('rules:write') && (
        <Card title="New rule set">
          <form
            className="flex flex-wrap items-end gap-3"
            onSubmit={(e) => (
              e.preventDefault(),
              create.mutate({ input: { name } }, { onSuccess: (d) => router.push(`/t/${team.slug}/rules/${d.createRuleSet.ruleSet.id}`) })
            )}
          >
            <Field label="Name" htmlFor="rule-set-name" error={create.error?.field === 'name' ? create.error.message : undefined}>
              <Input id="rule-set-name" value={name} onChange={(e) => setName(e.target.value)} />
            </Field>
            <Button type="submit" disabled={create.isPending}>
              Create
            </Button>
            <FormError message={create.error?.field ? undefined : create.error?.message} />
          </form>
        </Card>
      )}
      {sets.error ? (
        <Notice>{sets.error.message}</Notice>
      ) : !sets.data ? (
        <Loading />
      ) : sets.data.ruleSets.length === 0 ? (
        <Notice>No rule sets yet.</Notice>
      ) : (
        <Table head={['Rule set', 'Rules', 'Enabled', 'Updated']}>
          {sets.data.ruleSets.map((s) => (
            <tr key={s.id}>
              <td className="py-2 pr-4">
                <Link className="font-medium text-brand-700" href={`/t/${team.slug}/rules/${s.id}`}>
                  {s.name}
                </Link>
                <p className="text-xs text-slate-500">{s.description}</p>
              </td>
              <td className="py-2 pr-4 tabular-nums">{s.rules.length}</td>
              <td className="py-2 pr-4 tabular-nums">{s.rules.filter((r) => r.enabled).length}</td>
              <td className="py-2 pr-4">{formatDate(s.updatedAt)}</td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
