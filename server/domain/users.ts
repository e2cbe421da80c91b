import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { oauthAccounts, signUps, users } from '../../db/schema';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { InvalidInputError } from '../errors';
import { sendMail } from '../mail';
import { assertUnderLimit, countTowardsLimit } from '../rateLimits';
import { hashSecret, newSecret, SIGN_UP_PREFIX } from '../auth/secrets';
import type { User } from '../tenancy/scope';
import { changePasswordInput, signUpInput } from '../../lib/inputs';
import { endSessionsOf } from '../auth/sessions';
import { parseInput } from './validation';

/** An account made by the server itself (the demo, benchmarks), its address taken as verified. */
export async function createAccount(db: Database, input: unknown): Promise<User> {
  const { email, password, name } = parseInput(signUpInput, input);
  const [user] = await db
    .insert(users)
    .values({ email, name, passwordHash: await hashPassword(password), emailVerifiedAt: new Date() })
    .returning();
  return user!;
}

/** Where the links in mails point, and where a verified person goes next. */
export interface MailLinks {
  baseUrl: string;
  /** A path of this app, checked by the caller. */
  next: string;
}

const SIGN_UP_LIFETIME = '48 hours';

/**
 * Public sign-up. The answer is the same whether or not the address has an account, so that sign-up cannot tell who
 * has one; the mailbox learns the difference. A new address gets a link that makes the account, with this sign-up's
 * name and password, when opened: until then nothing exists that anyone could sign in to. An address with an account
 * gets a note instead.
 */
export async function signUp(db: Database, input: unknown, links: MailLinks): Promise<{ email: string }> {
  const { email, password, name } = parseInput(signUpInput, input);
  // Hashed either way, so that both answers take the same time.
  const passwordHash = await hashPassword(password);
  await db.delete(signUps).where(lt(signUps.expiresAt, sql`now()`));
  if (await db.query.users.findFirst({ where: eq(users.email, email) })) {
    await sendMail({
      to: email,
      subject: 'You already have a Phaselab account',
      text: `Someone (you, we hope) tried to sign up to Phaselab with this address, which already has an account.\n\nSign in at ${links.baseUrl}/signin\n\nIf it was not you, nothing has changed and you can ignore this message.`,
    });
    return { email };
  }
  const token = newSecret(SIGN_UP_PREFIX);
  await db
    .insert(signUps)
    .values({ email, name, passwordHash, tokenHash: hashSecret(token), expiresAt: sql`now() + ${SIGN_UP_LIFETIME}::interval` });
  const url = `${links.baseUrl}/verify?token=${encodeURIComponent(token)}&next=${encodeURIComponent(links.next)}`;
  await sendMail({
    to: email,
    subject: 'Verify your address for Phaselab',
    text: `Open this link to verify your address and sign in to Phaselab (it works once, for 48 hours):\n\n${url}\n\nIf you did not sign up, ignore this message: no account is made without it.`,
  });
  return { email };
}

/**
 * Opens a sign-up link, once: the account is made with that sign-up's name and password (or, when the address got an
 * account meanwhile, that account takes this password and its other sessions end: the link proves the mailbox), and
 * its user returned to be signed in. Null for a link that is unknown, used or expired.
 */
export async function verifyEmail(db: Database, token: string): Promise<User | null> {
  if (!token.startsWith(SIGN_UP_PREFIX)) return null;
  return db.transaction(async (tx) => {
    const [pending] = await tx
      .delete(signUps)
      .where(and(eq(signUps.tokenHash, hashSecret(token)), gt(signUps.expiresAt, sql`now()`)))
      .returning();
    if (!pending) return null;
    await tx.delete(signUps).where(eq(signUps.email, pending.email));
    const [user] = await tx
      .insert(users)
      .values({ email: pending.email, name: pending.name, passwordHash: pending.passwordHash, emailVerifiedAt: new Date() })
      .onConflictDoUpdate({
        target: users.email,
        set: { passwordHash: pending.passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` },
      })
      .returning();
    await endSessionsOf(tx, user!.id);
    return user!;
  });
}

/** A new password, given the current one; every other session of the account ends (a stolen cookie with them). */
export async function changePassword(db: Database, user: User, sessionId: string | undefined, input: unknown): Promise<User> {
  const { currentPassword, newPassword } = parseInput(changePasswordInput, input);
  // Wrong guesses count as failed sign-ins: a stolen cookie must not be a way to guess the password.
  await assertUnderLimit(db, 'SIGNIN_ACCOUNT', user.email);
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
    await countTowardsLimit(db, 'SIGNIN_ACCOUNT', user.email).catch(() => {});
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
      // GitHub reports only verified addresses, so the address is verified here too.
      .values({ email, name: account.name, emailVerifiedAt: new Date() })
      .onConflictDoUpdate({ target: users.email, set: { emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` } })
      .returning();
    await tx.insert(oauthAccounts).values({ provider: account.provider, providerAccountId: account.providerAccountId, userId: user!.id });
    return user!;
  });
}
