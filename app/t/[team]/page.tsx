'use client';

import Link from 'next/link';
import { Card } from '../../_components/ui';
import { WorkersCard } from '../../_components/WorkersCard';
import { useActiveTeam } from '../../_lib/permissions';

export default function TeamHome() {
  const { team, can } = useActiveTeam();
  if (!team) return null;
  const steps = [
    { href: `/t/${team.slug}/datasets`, title: 'Bring your data', text: 'Upload CSV, JSON Lines, CoNLL or text, or start from the samples.' },
    can('members:manage') && { href: `/t/${team.slug}/settings`, title: 'Invite your team', text: 'Send invitation links and choose each person’s role.' },
    { href: `/t/${team.slug}/settings/tokens`, title: 'Create an API token', text: 'Scripts query everything through GraphQL with a Bearer token.' },
    { href: `/t/${team.slug}/graphiql`, title: 'Explore the API', text: 'Try queries in the built-in GraphQL explorer.' },
  ].filter(Boolean) as { href: string; title: string; text: string }[];

  return (
    <>
      <h1 className="text-2xl font-semibold">{team.name}</h1>
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
      <WorkersCard canCheck={can('workers:check')} />
    </>
  );
}
