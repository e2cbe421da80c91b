import { encode } from 'next-auth/jwt';
import type { Database } from '../db/client';
import { createGraphQLHandler } from '../server/graphql/http';
import { TEAM_HEADER } from '../server/graphql/context';
import { openSession } from '../server/auth/sessions';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { outboxDir } from '../server/mail';
import { verifyEmail } from '../server/domain/users';

process.env.NEXTAUTH_SECRET ??= 'phaselab-test-secret';

export type Caller = { kind: 'anonymous' } | { kind: 'session'; userId: string; sessionId: string } | { kind: 'token'; secret: string };

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

/** The headers a browser (session cookie) or a script (Bearer token) sends, naming the active team. */
export async function authHeaders(caller: Caller, team?: string): Promise<Headers> {
  const headers = new Headers();
  if (team) headers.set(TEAM_HEADER, team);
  if (caller.kind === 'token') headers.set('authorization', `Bearer ${caller.secret}`);
  if (caller.kind === 'session') {
    const jwt = await encode({ token: { sub: caller.userId, sid: caller.sessionId }, secret: process.env.NEXTAUTH_SECRET! });
    headers.set('cookie', `next-auth.session-token=${jwt}`);
  }
  return headers;
}

/** Sends operations through the real HTTP handler, signed in the same ways a browser or a script is. */
export function graphqlClient(db: Database) {
  const handler = createGraphQLHandler(() => db);
  return Object.assign(request, { db });
  async function request<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    caller: Caller = { kind: 'anonymous' },
    team?: string,
  ): Promise<GraphQLResult<T>> {
    const headers = await authHeaders(caller, team);
    headers.set('content-type', 'application/json');
    const response = await handler(
      new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) }),
    );
    return (await response.json()) as GraphQLResult<T>;
  }
}

/** Signs a user in, as the sign-in page does: a session row, named by the cookie `authHeaders` makes. */
export async function signIn(request: RequestFn, userId: string): Promise<Caller> {
  return { kind: 'session', userId, sessionId: await openSession(request.db, userId) };
}

export type RequestFn = ReturnType<typeof graphqlClient>;

export function errorCode(result: GraphQLResult): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/** Signs up through the API and opens a team, as a new user would. */
export async function newUserWithTeam(request: RequestFn, name: string, teamName = `${name}'s team`) {
  const { userId, email, caller } = await newUser(request, name);
  const created = await request(
    `mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id slug } } }`,
    { input: { name: teamName } },
    caller,
  );
  return { userId, email, caller, team: created.data!.createTeam.team as { id: string; slug: string } };
}

/** Creates a user with no team yet: signs up through the API, then opens the link mailed to the address. */
export async function newUser(request: RequestFn, name: string) {
  const email = `${name.toLowerCase()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const signUp = await request(`mutation($input: SignUpInput!) { signUp(input: $input) { email } }`, {
    input: { email, password: 'correct horse battery', name },
  });
  expect(signUp.data!.signUp.email).toBe(email);
  const user = await verifyEmail(request.db, mailedToken(email));
  expect(user?.email).toBe(email);
  return { userId: user!.id, email, caller: await signIn(request, user!.id) };
}

/** The sign-up link's secret in the newest mail to an address (the outbox, as no SMTP server is set in tests). */
export function mailedToken(email: string): string {
  for (const file of fs
    .readdirSync(outboxDir())
    .filter((f) => f.endsWith('.json'))
    .sort()
    .reverse()) {
    const mail = JSON.parse(fs.readFileSync(path.join(outboxDir(), file), 'utf8'));
    if (mail.to !== email) continue;
    const link = /https?:\/\/\S+\/verify\?\S+/.exec(mail.text);
    if (link) return new URL(link[0]).searchParams.get('token')!;
  }
  throw new Error(`no sign-up link was mailed to ${email}`);
}
