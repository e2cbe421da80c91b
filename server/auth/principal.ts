import { parse as parseCookies } from 'cookie';
import { getToken } from 'next-auth/jwt';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { apiTokens, memberships, teams, users } from '../../db/schema';
import { lowerRole } from '../../lib/permissions';
import { API_TOKEN_PREFIX, hashSecret } from './secrets';
import type { Principal } from '../tenancy/scope';
import { authSecret } from './config';
import { sessionUser } from './sessions';
import { clientIp } from '../http/clientIp';
import { assertUnderLimit, countTowardsLimit } from '../rateLimits';

/** Reads who is calling from a request: `Authorization: Bearer phl_…` or the next-auth session cookie. */
export async function principalFromRequest(db: Database, request: Request): Promise<Principal> {
  const authorization = request.headers.get('authorization');
  if (authorization) {
    // Token guessing is counted per address: past the limit, even a right token waits (the guesser cannot tell).
    const address = clientIp(request);
    // The limit first: past it, not even the token is looked up (a flood of guesses costs the database one read each).
    await assertUnderLimit(db, 'TOKEN_IP', address);
    const [scheme, secret] = authorization.split(' ');
    const principal: Principal =
      scheme === 'Bearer' && secret?.startsWith(API_TOKEN_PREFIX)
        ? await principalFromApiToken(db, secret)
        : { kind: 'anonymous', invalidToken: true };
    if (principal.kind === 'anonymous') await countTowardsLimit(db, 'TOKEN_IP', address).catch(() => {});
    return principal;
  }
  const cookies = new Map(Object.entries(parseCookies(request.headers.get('cookie') ?? '')));
  const jwt = await getToken({ req: { cookies, headers: {} } as never, secret: authSecret() });
  if (!jwt?.sub) return { kind: 'anonymous' };
  // A cookie is only as good as its session: signed out, or ended by a password change, it names no one.
  const user = await sessionUser(db, jwt.sub, jwt.sid);
  return user ? { kind: 'user', user, sessionId: jwt.sid as string } : { kind: 'anonymous' };
}

async function principalFromApiToken(db: Database, secret: string): Promise<Principal> {
  const [row] = await db
    .select({ token: apiTokens, user: users, team: teams, creatorRole: memberships.role })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.createdBy))
    .innerJoin(teams, eq(teams.id, apiTokens.teamId))
    // A token whose creator left the team stops working: it can never outrank its creator.
    .innerJoin(memberships, and(eq(memberships.teamId, apiTokens.teamId), eq(memberships.userId, apiTokens.createdBy)))
    .where(and(eq(apiTokens.secretHash, hashSecret(secret)), isNull(apiTokens.revokedAt)));
  if (!row) return { kind: 'anonymous', invalidToken: true };

  // Record use at most once a minute: a busy script should not turn every read into a write (nor every call into two
  // statements: the row just read says whether it is due).
  const due = !row.token.lastUsedAt || row.token.lastUsedAt.getTime() < Date.now() - 60_000;
  if (due)
    await db
      .update(apiTokens)
      .set({ lastUsedAt: new Date() })
      .where(
        and(eq(apiTokens.id, row.token.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(Date.now() - 60_000)))),
      );
  return {
    kind: 'token',
    user: row.user,
    tokenId: row.token.id,
    teamId: row.token.teamId,
    team: row.team,
    role: lowerRole(row.token.role, row.creatorRole),
  };
}
