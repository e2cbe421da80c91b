import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import GitHubProvider from 'next-auth/providers/github';
import { getDb } from '../../db/client';
import { authenticateWithPassword, userForOAuthAccount } from '../domain/users';
import { authSecret, githubSignInEnabled } from './config';

/**
 * Sessions are signed JWT cookies (next-auth v4 keeps credential sign-ins in JWTs, not in a sessions table);
 * the token's `sub` is our user id, which every request re-reads from the database.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: 30 * 24 * 3600 },
    pages: { signIn: '/signin' },
    providers: [
      CredentialsProvider({
        name: 'Email and password',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials) {
          if (!credentials?.email || !credentials.password) return null;
          const user = await authenticateWithPassword(getDb(), credentials.email, credentials.password);
          return user ? { id: user.id, email: user.email, name: user.name } : null;
        },
      }),
      ...(githubSignInEnabled()
        ? [GitHubProvider({ clientId: process.env.GITHUB_ID!, clientSecret: process.env.GITHUB_SECRET! })]
        : []),
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
        return token;
      },
    },
  };
}
