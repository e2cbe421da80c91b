import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { oauthAccounts, users } from '../../db/schema';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { InvalidInputError } from '../errors';
import type { User } from '../tenancy/scope';
import { changePasswordInput, signUpInput } from '../inputs';
import { endSessionsOf } from '../auth/sessions';
import { parseInput } from './validation';

export async function signUp(db: Database, input: unknown): Promise<User> {
  const { email, password, name } = parseInput(signUpInput, input);
  const passwordHash = await hashPassword(password);
  const [user] = await db.insert(users).values({ email, name, passwordHash }).onConflictDoNothing().returning();
  if (!user) throw new InvalidInputError('email: an account with this email already exists', 'email');
  return user;
}

/** A new password, given the current one; every other session of the account ends (a stolen cookie with them). */
export async function changePassword(db: Database, user: User, sessionId: string | undefined, input: unknown): Promise<User> {
  const { currentPassword, newPassword } = parseInput(changePasswordInput, input);
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new InvalidInputError('currentPassword: this is not your current password', 'currentPassword');
  }
  const passwordHash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).returning();
    await endSessionsOf(tx, user.id, sessionId);
    return updated!;
  });
}

/** Returns the user only when the password matches; a missing account costs the same time as a wrong password. */
export async function authenticateWithPassword(db: Database, email: string, password: string): Promise<User | null> {
  const user = await db.query.users.findFirst({ where: eq(users.email, email.trim().toLowerCase()) });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
  return user?.passwordHash && ok ? user : null;
}

let dummy: Promise<string> | undefined;
function dummyHash() {
  dummy ??= hashPassword('no account has this password');
  return dummy;
}

/**
 * Finds or creates the user behind an OAuth identity. An existing account with the same email is linked:
 * GitHub only reports verified primary emails, so the address proves ownership.
 */
export async function userForOAuthAccount(
  db: Database,
  account: { provider: string; providerAccountId: string; email: string; name: string | null },
): Promise<User> {
  return db.transaction(async (tx) => {
    const [linked] = await tx
      .select({ user: users })
      .from(oauthAccounts)
      .innerJoin(users, eq(users.id, oauthAccounts.userId))
      .where(and(eq(oauthAccounts.provider, account.provider), eq(oauthAccounts.providerAccountId, account.providerAccountId)));
    if (linked) return linked.user;
    const email = account.email.toLowerCase();
    const [user] = await tx
      .insert(users)
      .values({ email, name: account.name })
      .onConflictDoUpdate({ target: users.email, set: { email: sql`excluded.email` } })
      .returning();
    await tx.insert(oauthAccounts).values({ provider: account.provider, providerAccountId: account.providerAccountId, userId: user!.id });
    return user!;
  });
}
