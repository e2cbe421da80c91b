'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, useState, type ReactNode } from 'react';
import { signOut } from 'next-auth/react';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Loading } from './ui';
import { ThemeSelect } from './ThemeSelect';
import { useViewer } from '../_lib/viewer';
import { useActiveTeam } from '../_lib/permissions';

const menuItem = 'cursor-pointer rounded px-2 py-1.5 text-sm outline-none data-[highlighted]:bg-slate-100';

/** Header with team switcher, navigation and account menu around every team page. */
export function TeamShell({ slug, children }: { slug: string; children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const viewer = useViewer();
  const active = useActiveTeam();
  // Below md the navigation folds into a menu; a page opened from it closes it.
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [pathname]);

  useEffect(() => {
    if (viewer.data && !viewer.data.viewer) router.replace(`/signin?callbackUrl=${encodeURIComponent(pathname)}`);
  }, [viewer.data, router, pathname]);

  if (active.error?.code === 'NOT_FOUND') {
    return (
      <main className="mx-auto max-w-lg p-10 text-center">
        <h1 className="text-lg font-semibold">Team not found</h1>
        <p className="mt-2 text-sm text-slate-600">It does not exist, or you are not a member.</p>
        <Link href="/" className="mt-4 inline-block text-sm font-medium text-brand-700">
          Go to your teams
        </Link>
      </main>
    );
  }
  const me = viewer.data?.viewer;
  const nav = [
    { href: `/t/${slug}`, label: 'Home' },
    { href: `/t/${slug}/datasets`, label: 'Datasets' },
    { href: `/t/${slug}/runs`, label: 'Runs' },
    { href: `/t/${slug}/models`, label: 'Models' },
    { href: `/t/${slug}/findings`, label: 'Findings' },
    { href: `/t/${slug}/rules`, label: 'Rules' },
    { href: `/t/${slug}/settings`, label: 'Settings' },
    { href: `/t/${slug}/graphiql`, label: 'API explorer' },
  ];

  const links = nav.map((item) => (
    <Link
      key={item.href}
      href={item.href}
      prefetch={false}
      className={`whitespace-nowrap ${pathname === item.href || (item.href !== `/t/${slug}` && pathname.startsWith(item.href)) ? 'font-semibold text-slate-900' : 'text-slate-600 hover:text-slate-900'}`}
    >
      {item.label}
    </Link>
  ));
  const signOutButton = (
    <button className="whitespace-nowrap text-slate-500 hover:text-slate-900" onClick={() => signOut({ callbackUrl: '/signin' })}>
      Sign out
    </button>
  );

  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-surface">
        <div className="mx-auto flex max-w-6xl items-center gap-4 px-4 py-3 sm:px-6 md:gap-6">
          {/* The header's links are not prefetched: every page would otherwise ask the server for all of them while its own data loads. */}
          <Link href="/" prefetch={false} className="text-lg font-bold tracking-tight text-brand-700">
            Phaselab
          </Link>
          <DropdownMenu.Root>
            <DropdownMenu.Trigger
              className="rounded-md px-2 py-1 text-sm font-medium ring-1 ring-slate-200 hover:bg-slate-50"
              aria-label="Switch team"
            >
              {active.team?.name ?? slug} ▾
            </DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content className="z-10 min-w-48 rounded-md border border-slate-200 bg-surface p-1 shadow-md" align="start">
                {me?.memberships.map((m) => (
                  <DropdownMenu.Item key={m.team.id} className={menuItem} onSelect={() => router.push(`/t/${m.team.slug}`)}>
                    {m.team.name} <span className="text-xs text-slate-400">{m.role.toLowerCase()}</span>
                  </DropdownMenu.Item>
                ))}
                <DropdownMenu.Separator className="my-1 h-px bg-slate-100" />
                <DropdownMenu.Item className={menuItem} onSelect={() => router.push('/teams/new')}>
                  New team…
                </DropdownMenu.Item>
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
          <nav aria-label="Team" className="hidden gap-4 text-sm md:flex">
            {links}
          </nav>
          <div className="ml-auto hidden items-center gap-3 text-sm text-slate-600 md:flex">
            <ThemeSelect />
            <span>{me?.user.email}</span>
            {signOutButton}
          </div>
          <button
            type="button"
            className="ml-auto rounded-md px-2 py-1 text-sm ring-1 ring-slate-200 md:hidden"
            aria-expanded={menuOpen}
            aria-controls="team-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            Menu
          </button>
        </div>
        {menuOpen && (
          <div id="team-menu" className="border-t border-slate-100 px-4 py-3 md:hidden">
            <nav aria-label="Team" className="flex flex-col gap-3 text-sm">
              {links}
            </nav>
            <div className="mt-3 flex items-center justify-between gap-3 border-t border-slate-100 pt-3 text-sm text-slate-600">
              <span className="truncate">{me?.user.email}</span>
              <ThemeSelect />
              {signOutButton}
            </div>
          </div>
        )}
      </header>
      {/* The page mounts at once, hidden, so that its own queries run alongside the team's instead of after it. */}
      <main className="mx-auto max-w-6xl space-y-6 px-4 py-8 sm:px-6">
        {!active.team && <Loading />}
        <div className="space-y-6" hidden={!active.team}>
          {children}
        </div>
      </main>
    </div>
  );
}
