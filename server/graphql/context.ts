import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { users, workers } from '../../db/schema';
import { principalFromRequest } from '../auth/principal';
import { requireUser, resolveScope, type Principal, type Scope, type User } from '../tenancy/scope';
import type { Worker } from '../domain/workers';
import { ForbiddenError } from '../errors';

/** Names the active team (by slug) for a signed-in user; the UI sends the team in its URL. */
export const TEAM_HEADER = 'x-phaselab-team';

export interface GraphQLContext {
  db: Database;
  principal: Principal;
  /** Where links handed out (invitations) point. */
  baseUrl: string;
  viewer(): User;
  /** The signed-in user, refusing API tokens: a token acts inside its one team only. */
  sessionUser(): User;
  scope(): Promise<Scope>;
  loaders: ReturnType<typeof createLoaders>;
}

export async function createContext(db: Database, request: Request): Promise<GraphQLContext> {
  const principal = await principalFromRequest(db, request);
  const teamSlug = request.headers.get(TEAM_HEADER);
  let scope: Promise<Scope> | undefined;
  return {
    db,
    principal,
    baseUrl: process.env.PHASELAB_URL ?? process.env.NEXTAUTH_URL ?? new URL(request.url).origin,
    viewer: () => requireUser(principal),
    sessionUser: () => {
      if (principal.kind === 'token') throw new ForbiddenError('An API token acts inside its own team only: sign in for this.');
      return requireUser(principal);
    },
    scope: () => (scope ??= resolveScope(db, principal, teamSlug)),
    loaders: createLoaders(db),
  };
}

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]) {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

/** One loader per relation a list can fan out to. */
function createLoaders(db: Database) {
  return {
    user: new DataLoader<string, User | null>(async (ids) => byId(await db.select().from(users).where(inArray(users.id, [...ids])), ids)),
    worker: new DataLoader<string, Worker | null>(async (ids) => byId(await db.select().from(workers).where(inArray(workers.id, [...ids])), ids)),
  };
}
