import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import { getDb } from '../../db/client';
import { authenticateWithPassword, userForOAuthAccount, verifyEmail } from '../domain/users';
import { authSecret, githubSignInEnabled } from './config';
import { endSession, openSession, SESSION_MAX_AGE_S } from './sessions';
import { DomainError, httpStatus, LimitExceededError, retryAfterHeader } from '../errors';
import { clientAddress, clientIp, CLIENT_IP_HEADER } from '../http/clientIp';
import { readBody } from '../http/requests';
import { countTowardsLimit, refundLimit, resetLimit } from '../rateLimits';

/**
 * Sessions are signed JWT cookies (next-auth v4 keeps credential sign-ins in JWTs) naming a row of user_sessions:
 * the token's `sub` is our user id and `sid` its session, both checked against the database on every request, so
 * that signing out ends the session wherever its cookie was copied.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: '/signin' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials, request) {
          if (!credentials?.email || !credentials.password) return null;
          const db = getDb();
          const email = credentials.email.trim().toLowerCase();
          const user = await authenticateWithPassword(db, email, credentials.password);
          if (!user) return null; // counted already, before the password was checked
          // A right password gives back what the attempt counted (refuseThrottledSignIn).
          // Counted under the same key as refuseThrottledSignIn counted it.
          const address = clientAddress(request?.headers?.[CLIENT_IP_HEADER]);
          await Promise.all([
            resetLimit(db, 'SIGNIN_ACCOUNT_IP', `${email} ${address}`),
            refundLimit(db, 'SIGNIN_ACCOUNT', email),
            refundLimit(db, 'SIGNIN_IP', address),
          ]);
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      // The link mailed at sign-up: opening it verifies the address and signs its owner in.
      CredentialsProvider({
        id: 'email-link',
        name: 'Email link',
        credentials: { token: { type: 'text' } },
        async authorize(credentials) {
          const user = credentials?.token ? await verifyEmail(getDb(), credentials.token) : null;
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        },
      }),
      ...(githubSignInEnabled() ? [GitHubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })] : []),
    ],
    callbacks: {
      signIn: ({ account, user }) => account?.provider !== 'github' || Boolean(user.email),
      async jwt({ token, account, user }) {
        if (account?.provider === 'github' && user.email) {
          const ours = await userForOAuthAccount(getDb(), {
            provider: 'github',
            providerAccountId: account.providerAccountId,
            email: user.email,
            name: user.name ?? null,
          });
          token.sub = ours.id;
        }
        // Signing in (not a refresh of the cookie) opens the session row the cookie will name.
        if (user && token.sub) token.sid = await openSession(getDb(), token.sub);
        return token;
      },
    },
    events: {
      signOut: ({ token }) => endSession(getDb(), token?.sid),
    },
  };
}

/**
 * Every password sign-in is counted before the password is checked (atomically, so a burst of parallel guesses is
 * counted too), for the account from this address, the account from anywhere, and the address; a right password
 * gives the counts back. Past a limit the attempt is refused unchecked, so a right guess fails like a wrong one.
 * The account's own limit from one address is tight; from anywhere it is loose, so that nobody can lock a person
 * out from a few addresses. Answers 429 with Retry-After, and a `url` next-auth's client reads as `RateLimited`.
 */
export async function refuseThrottledSignIn(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  if (request.method !== 'POST' || !url.pathname.endsWith('/callback/credentials')) return null;
  try {
    const form = new URLSearchParams((await readBody(request.clone(), 16 * 1024)).toString('utf8'));
    const email = (form.get('email') ?? '').trim().toLowerCase();
    const address = clientIp(request);
    const db = getDb();
    await countTowardsLimit(db, 'SIGNIN_IP', address);
    if (email) {
      await countTowardsLimit(db, 'SIGNIN_ACCOUNT_IP', `${email} ${address}`);
      await countTowardsLimit(db, 'SIGNIN_ACCOUNT', email);
    }
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return Response.json(
      { url: `${url.origin}/signin?error=${error instanceof LimitExceededError ? 'RateLimited' : 'BadRequest'}`, message: error.message },
      { status: httpStatus(error.code), headers: retryAfterHeader(error.details) },
    );
  }
}
