import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { oauthAccounts, users } from '../../db/schema';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { ForbiddenError, InvalidInputError } from '../errors';
import { sendMail } from '../mail';
import { tokenMatches, tokenUserId, verificationToken } from '../auth/emailVerification';
import type { User } from '../tenancy/scope';
import { changePasswordInput, signUpInput } from '../inputs';
import { endSessionsOf } from '../auth/sessions';
import { parseInput } from './validation';

/** An account made by the server itself (the demo, benchmarks), its address taken as verified. */
export async function createAccount(db: Database, input: unknown): Promise<User> {
  const { email, password, name } = parseInput(signUpInput, input);
  const [user] = await db.insert(users).values({ email, name, passwordHash: await hashPassword(password), emailVerifiedAt: new Date() }).returning();
  return user!;
}

/** Where the links in mails point, and where a verified person goes next. */
export interface MailLinks {
  baseUrl: string;
  /** A path of this app, checked by the caller. */
  next: string;
}

/**
 * Public sign-up. The answer is the same whether or not the address has an account, so that sign-up cannot tell
 * who has one; the mailbox learns the difference. A new address gets an unverified account and a link to verify it.
 * An address whose account was never verified is taken over by whoever proves they read it: its password becomes
 * the new one (someone else may have signed up with it) and a new link goes out. A verified address gets a note.
 */
export async function signUp(db: Database, input: unknown, links: MailLinks): Promise<{ email: string }> {
  const { email, password, name } = parseInput(signUpInput, input);
  const passwordHash = await hashPassword(password);
  const [created] = await db.insert(users).values({ email, name, passwordHash }).onConflictDoNothing().returning();
  const user = created ?? (await db.query.users.findFirst({ where: eq(users.email, email) }))!;
  if (!created && user.emailVerifiedAt) {
    await sendMail({
      to: email,
      subject: 'You already have a Phaselab account',
      text: `Someone (you, we hope) tried to sign up to Phaselab with this address, which already has an account.

Sign in at ${links.baseUrl}/signin

If it was not you, nothing has changed and you can ignore this message.`,
    });
    return { email };
  }
  if (!created) await db.update(users).set({ passwordHash, name }).where(and(eq(users.id, user.id), isNull(users.emailVerifiedAt)));
  await sendVerificationMail(user, links);
  return { email };
}

export async function sendVerificationMail(user: User, links: MailLinks): Promise<void> {
  const url = `${links.baseUrl}/verify?token=${encodeURIComponent(verificationToken(user))}&next=${encodeURIComponent(links.next)}`;
  await sendMail({
    to: user.email,
    subject: 'Verify your address for Phaselab',
    text: `Open this link to verify your address and sign in to Phaselab (it works for 48 hours):

${url}

If you did not sign up, ignore this message.`,
  });
}

/**
 * Opens a verification link: the address is verified, every other session of the account ends (whoever signed up
 * with it before the owner did is signed out), and the user is returned to be signed in. Null for a bad link.
 */
export async function verifyEmail(db: Database, token: string): Promise<User | null> {
  const userId = tokenUserId(token);
  const user = userId ? await db.query.users.findFirst({ where: eq(users.id, userId) }) : undefined;
  if (!user || !tokenMatches(token, user)) return null;
  if (user.emailVerifiedAt) return user;
  return db.transaction(async (tx) => {
    const [verified] = await tx.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, user.id)).returning();
    await endSessionsOf(tx, user.id);
    return verified!;
  });
}

/** Creating teams and API tokens waits for a verified address: an account made with someone else's cannot act. */
export function assertVerified(user: User): void {
  if (!user.emailVerifiedAt) throw new ForbiddenError('Verify your email address first: open the link we sent you (or send a new one from the Teams page).');
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
      // GitHub reports only verified addresses, so the address is verified here too.
      .values({ email, name: account.name, emailVerifiedAt: new Date() })
      .onConflictDoUpdate({ target: users.email, set: { emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` } })
      .returning();
    await tx.insert(oauthAccounts).values({ provider: account.provider, providerAccountId: account.providerAccountId, userId: user!.id });
    return user!;
  });
}
