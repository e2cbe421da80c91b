/**
 * Browser sessions as rows: the signed cookie names one, and it works only while its row is live. Ending a row ends
 * that session on every copy of its cookie, which a signed cookie alone cannot do.
 */
import { and, eq, gt, isNull, lt, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { userSessions, users } from '../../db/schema';
import type { User } from '../tenancy/scope';
import { UUID } from '../../lib/inputs';

export const SESSION_MAX_AGE_S = 30 * 24 * 3600;

/** A new session for a user who just signed in; their sessions that ended long ago are cleared on the way. */
export async function openSession(db: Executor, userId: string): Promise<string> {
  await db
    .delete(userSessions)
    .where(
      and(
        eq(userSessions.userId, userId),
        or(lt(userSessions.expiresAt, sql`now()`), lt(userSessions.revokedAt, sql`now() - interval '1 day'`)),
      ),
    );
  const [session] = await db
    .insert(userSessions)
    .values({ userId, expiresAt: sql`now() + ${SESSION_MAX_AGE_S} * interval '1 second'` })
    .returning({ id: userSessions.id });
  return session!.id;
}

/**
 * The session's user, when the session is live. A session in use stays live: like the cookie next-auth renews, it
 * lasts SESSION_MAX_AGE_S from its last use (its expiry is moved on at most once a day).
 */
export async function sessionUser(db: Executor, userId: string, sessionId: unknown): Promise<User | null> {
  if (typeof sessionId !== 'string' || !UUID.test(sessionId) || !UUID.test(userId)) return null;
  const [row] = await db
    .select({ user: users, expiresAt: userSessions.expiresAt })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(
        eq(userSessions.id, sessionId),
        eq(userSessions.userId, userId),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, sql`now()`),
      ),
    );
  if (!row) return null;
  if (row.expiresAt.getTime() < Date.now() + (SESSION_MAX_AGE_S - 24 * 3600) * 1000) {
    await db
      .update(userSessions)
      .set({ expiresAt: sql`now() + ${SESSION_MAX_AGE_S} * interval '1 second'` })
      .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
  }
  return row.user;
}

export async function endSession(db: Executor, sessionId: unknown): Promise<void> {
  if (typeof sessionId !== 'string' || !UUID.test(sessionId)) return;
  await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

/** Ends every session of a user, but `keep` (the one that asked, when it should stay signed in). */
export async function endSessionsOf(db: Executor, userId: string, keep?: string | null): Promise<void> {
  await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), keep ? ne(userSessions.id, keep) : undefined));
}
