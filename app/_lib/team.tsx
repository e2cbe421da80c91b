'use client';

import { createContext, useContext, type ReactNode } from 'react';

const TeamSlug = createContext<string | null>(null);

/** Pages under /t/[team] speak for that team: every API call they make names it. */
export function TeamProvider({ slug, children }: { slug: string; children: ReactNode }) {
  return <TeamSlug.Provider value={slug}>{children}</TeamSlug.Provider>;
}

export function useTeamSlug(): string | null {
  return useContext(TeamSlug);
}
