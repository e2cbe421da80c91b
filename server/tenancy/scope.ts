import { and, asc, eq, type Column, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { memberships, teams, users as usersTable, type users } from '../../db/schema';
import { hasPermission, type Permission, type Role } from '../../lib/permissions';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors';

export type User = typeof users.$inferSelect;
export type Team = typeof teams.$inferSelect;

/** Who is calling: nobody, a signed-in user, or an API token acting for its creator in one team. */
export type Principal =
  | { kind: 'anonymous'; invalidToken?: boolean }
  | { kind: 'user'; user: User; /** Absent when the server acts for a user itself (the demo seed, benchmarks). */ sessionId?: string }
  | {
      kind: 'token';
      user: User;
      tokenId: string;
      teamId: string;
      /** Read with the token: a token's scope needs no query of its own. */ team: Team;
      role: Role;
    };

/**
 * What every team-owned read and write runs under. Domain functions take a Scope and filter by
 * `ownedBy(scope, …)`; a resolver never filters by team itself.
 */
export interface Scope {
  user: User;
  team: Team;
  role: Role;
  tokenId: string | null;
  db: Database;
}

export function requireUser(principal: Principal): User {
  if (principal.kind === 'anonymous') {
    throw new UnauthenticatedError(principal.invalidToken ? 'The API token is invalid or has been revoked.' : undefined);
  }
  return principal.user;
}

/**
 * The active team: an API token's own team, else the team named by slug (the UI sends the one in its
 * URL), else the user's first team. A team the caller does not belong to is NOT_FOUND.
 */
export async function resolveScope(db: Database, principal: Principal, teamSlug: string | null): Promise<Scope> {
  const user = requireUser(principal);
  if (principal.kind === 'token') {
    if (teamSlug && teamSlug !== principal.team.slug) throw new NotFoundError(`Team "${teamSlug}"`);
    return { user, team: principal.team, role: principal.role, tokenId: principal.tokenId, db };
  }
  const rows = await db
    .select({ team: teams, role: memberships.role })
    .from(memberships)
    .innerJoin(teams, eq(teams.id, memberships.teamId))
    .where(and(eq(memberships.userId, user.id), teamSlug ? eq(teams.slug, teamSlug) : undefined))
    .orderBy(asc(memberships.createdAt))
    .limit(1);
  const found = rows[0];
  if (!found) throw new NotFoundError(teamSlug ? `Team "${teamSlug}"` : 'Team');
  return { user, team: found.team, role: found.role, tokenId: null, db };
}

export function authorize(scope: Scope, permission: Permission): void {
  if (!hasPermission(scope.role, permission)) {
    throw new ForbiddenError(`Your role (${scope.role}) may not do this (${permission}).`);
  }
}

/** The filter every team-owned query carries. */
export function ownedBy(scope: Scope, teamIdColumn: Column): SQL {
  return eq(teamIdColumn, scope.team.id);
}

/**
 * A public share link reads as a viewer of the team that made it, on behalf of the person who made it, while that
 * person is still a member: a link dies with its maker's membership. The shared view asks only for its comparison's
 * runs (server/domain/comparisons.ts).
 */
export async function shareScope(db: Database, share: { teamId: string; createdBy: string }): Promise<Scope> {
  const [found] = await db
    .select({ team: teams, user: usersTable })
    .from(memberships)
    .innerJoin(teams, eq(teams.id, memberships.teamId))
    .innerJoin(usersTable, eq(usersTable.id, memberships.userId))
    .where(and(eq(memberships.teamId, share.teamId), eq(memberships.userId, share.createdBy)));
  if (!found) throw new NotFoundError('Shared comparison');
  return { user: found.user, team: found.team, role: 'viewer', tokenId: null, db };
}
