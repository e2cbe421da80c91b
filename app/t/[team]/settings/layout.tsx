'use client';

import Link from 'next/link';
import { useParams, usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { useActiveTeam } from '../../../_lib/permissions';

export default function SettingsLayout({ children }: { children: ReactNode }) {
  const { team } = useParams<{ team: string }>();
  const pathname = usePathname();
  const { can } = useActiveTeam();
  const tabs = [
    { href: `/t/${team}/settings`, label: 'Team and members' },
    { href: `/t/${team}/settings/tokens`, label: 'API tokens' },
    ...(can('audit:read') ? [{ href: `/t/${team}/settings/audit`, label: 'Audit log' }] : []),
  ];
  return (
    <>
      <h1 className="text-2xl font-semibold">Settings</h1>
      <nav className="flex gap-1 border-b border-slate-200">
        {tabs.map((tab) => (
          <Link
            key={tab.href}
            href={tab.href}
            className={`-mb-px border-b-2 px-3 py-2 text-sm ${pathname === tab.href ? 'border-brand-600 font-medium' : 'border-transparent text-slate-600'}`}
          >
            {tab.label}
          </Link>
        ))}
      </nav>
      {children}
    </>
  );
}
