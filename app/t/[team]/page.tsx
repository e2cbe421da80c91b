'use client';

import Link from 'next/link';
import { graphql } from '@/app/gql';
import { Card, formatDate } from '../../_components/ui';
import { WorkersCard } from '../../_components/WorkersCard';
import { useGqlQuery } from '../../_lib/graphql';
import { useActiveTeam } from '../../_lib/permissions';
import { RunStatusBadge } from './runs/_components/status';

const HomeQuery = graphql(`
  query TeamHome {
    running: runs(first: 10, filter: { status: RUNNING }) {
      nodes {
        id
        name
        progress
        epochsDone
        epochs
      }
    }
    recent: runs(first: 8) {
      nodes {
        id
        name
        status
        createdAt
      }
    }
    comparisons(first: 8) {
      id
      name
      updatedAt
      createdBy {
        name
      }
    }
  }
`);

const ActivityQuery = graphql(`
  query TeamActivity {
    auditEvents(first: 10) {
      nodes {
        id
        action
        createdAt
        actor {
          name
        }
      }
    }
  }
`);

/** What a team opens every morning: what is training, what finished, the comparisons people saved, who did what. */
export default function TeamHome() {
  const { team, can } = useActiveTeam();
  const home = useGqlQuery(HomeQuery, {}, { refetchInterval: 3000, enabled: !!team });
  const activity = useGqlQuery(ActivityQuery, {}, { enabled: !!team && can('audit:read') });
  if (!team) return null;
  const base = `/t/${team.slug}`;
  // A viewer is shown what it may do: read the data, the runs and the findings.
  const steps = [
    can('datasets:write')
      ? { href: `${base}/datasets`, title: 'Bring your data', text: 'Upload CSV, JSON Lines, CoNLL or text, or start from the samples.' }
      : { href: `${base}/datasets`, title: 'Browse the data', text: "The team's datasets, their versions, schemas and samples." },
    can('runs:create')
      ? {
          href: `${base}/runs/sweep`,
          title: 'Launch a sweep',
          text: 'Noise rate × seed, or any grid: one group of runs, compared on one page.',
        }
      : { href: `${base}/findings`, title: 'Read the findings', text: "Each ablation judged on its paper's claim, seed by seed." },
    {
      href: `${base}/settings/tokens`,
      title: 'Create an API token',
      text: 'Scripts query everything through GraphQL with a Bearer token.',
    },
    { href: `${base}/graphiql`, title: 'Explore the API', text: 'Try queries in the built-in GraphQL explorer.' },
  ];
  const running = home.data?.running.nodes ?? [];
  const recent = home.data?.recent.nodes ?? [];
  const comparisons = home.data?.comparisons ?? [];

  return (
    <>
      <h1 className="text-2xl font-semibold">{team.name}</h1>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Running now">
          {running.length === 0 ? (
            <p className="text-sm text-slate-500">Nothing is training.</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {running.map((r) => (
                <li key={r.id}>
                  <Link href={`${base}/runs/${r.id}`} className="text-brand-700 hover:underline">
                    {r.name}
                  </Link>
                  <span className="ml-2 text-slate-500">
                    epoch {r.epochsDone} / {r.epochs}
                  </span>
                  <div className="mt-1 h-1.5 rounded bg-slate-100">
                    <div className="h-1.5 rounded bg-brand-600" style={{ width: `${Math.round(r.progress * 100)}%` }} />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card
          title="Saved comparisons"
          actions={
            <Link href={`${base}/runs`} className="text-sm text-brand-700 hover:underline">
              Pick runs to compare
            </Link>
          }
        >
          {comparisons.length === 0 ? (
            <p className="text-sm text-slate-500">None yet: select runs in the run list and compare them.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {comparisons.map((c) => (
                <li key={c.id}>
                  <Link href={`${base}/compare/${c.id}`} className="text-brand-700 hover:underline">
                    {c.name}
                  </Link>
                  <span className="ml-2 text-slate-500">
                    {c.createdBy.name}, {formatDate(c.updatedAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="Recent runs">
          {recent.length === 0 ? (
            <p className="text-sm text-slate-500">No runs yet.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {recent.map((r) => (
                <li key={r.id} className="flex items-center gap-2">
                  <RunStatusBadge status={r.status} />
                  <Link href={`${base}/runs/${r.id}`} className="text-brand-700 hover:underline">
                    {r.name}
                  </Link>
                  <span className="text-slate-500">{formatDate(r.createdAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {can('audit:read') && (
          <Card title="Team activity">
            <ul className="space-y-1 text-sm">
              {(activity.data?.auditEvents.nodes ?? []).map((e) => (
                <li key={e.id}>
                  <span className="font-medium">{e.actor?.name ?? 'A script'}</span> <span className="font-mono text-xs">{e.action}</span>{' '}
                  <span className="text-slate-500">{formatDate(e.createdAt)}</span>
                </li>
              ))}
            </ul>
          </Card>
        )}
      </div>
      <WorkersCard canCheck={can('workers:check')} />
      <Card title="Get started" description="Phaselab studies how models memorize and generalize, side by side, on your own data.">
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {steps.map((s) => (
            <li key={s.href}>
              <Link href={s.href} className="block h-full rounded-md border border-slate-200 p-4 hover:border-brand-500">
                <p className="font-medium">{s.title}</p>
                <p className="mt-1 text-sm text-slate-500">{s.text}</p>
              </Link>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
