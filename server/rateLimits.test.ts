/**
 * Brute force and floods, from outside: each limit answers 429 with Retry-After once passed, per address or per
 * principal, and leaves everyone else alone. Limits are set small here through their environment variables.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { createTestDatabase } from '../test/database';
import { authHeaders, graphqlClient, newUserWithTeam, type Caller, type RequestFn } from '../test/graphqlClient';
import { authOptions, refuseThrottledSignIn } from './auth/nextAuth';
import { createGraphQLHandler } from './graphql/http';
import { CLIENT_IP_HEADER } from './http/clientIp';

let db: Database;
let request: RequestFn;
let handler: (request: Request) => Promise<Response>;
const saved = { ...process.env };

beforeAll(async () => {
  const created = await createTestDatabase();
  db = created.db;
  // Sign-in goes through next-auth, which uses the web process's own pool.
  process.env.DATABASE_URL = created.url;
  request = graphqlClient(db);
  handler = createGraphQLHandler(() => db);
});

afterEach(() => {
  for (const name of Object.keys(process.env)) if (name.startsWith('PHASELAB_RATE_')) delete process.env[name];
  Object.assign(process.env, saved);
});

/** A GraphQL request from an address of its own. */
async function from(address: string, query: string, caller: Caller = { kind: 'anonymous' }, variables: Record<string, unknown> = {}) {
  const headers = await authHeaders(caller);
  headers.set('content-type', 'application/json');
  headers.set(CLIENT_IP_HEADER, address);
  const response = await handler(
    new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) }),
  );
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as { data?: any; errors?: { message: string; extensions: { code: string } }[] },
  };
}

describe('rate limits', () => {
  it('throttle one principal’s GraphQL requests, not another’s', async () => {
    const [a, b] = [await newUserWithTeam(request, 'Ann'), await newUserWithTeam(request, 'Ben')];
    process.env.PHASELAB_RATE_GRAPHQL = '5/60';
    for (let i = 0; i < 5; i++) expect((await from('10.0.0.1', '{ viewer { user { id } } }', a.caller)).status).toBe(200);
    const sixth = await from('10.0.0.1', '{ viewer { user { id } } }', a.caller);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.retryAfter)).toBeGreaterThan(0);
    expect(sixth.body.errors![0]).toMatchObject({
      message: expect.stringContaining('Too many API requests; try again in'),
      extensions: { code: 'LIMIT_EXCEEDED' },
    });
    expect((await from('10.0.0.1', '{ viewer { user { id } } }', b.caller)).status).toBe(200);
  });

  it('stop API-token guessing from an address, even when a guess is right', async () => {
    process.env.PHASELAB_RATE_TOKEN_IP = '5/60';
    const owner = await newUserWithTeam(request, 'Tom');
    const made = await request(
      `mutation { createApiToken(input: { name: "ci", role: MEMBER }) { secret } }`,
      {},
      owner.caller,
      owner.team.slug,
    );
    const real: Caller = { kind: 'token', secret: made.data!.createApiToken.secret };
    for (let i = 0; i < 5; i++)
      expect(
        (await from('10.0.0.2', '{ team { name } }', { kind: 'token', secret: `phl_guess${i}` })).body.errors![0]!.extensions.code,
      ).toBe('UNAUTHENTICATED');
    const blocked = await from('10.0.0.2', '{ team { name } }', real);
    expect([blocked.status, blocked.body.errors![0]!.extensions.code]).toEqual([429, 'LIMIT_EXCEEDED']);
    expect((await from('10.0.0.3', '{ team { name } }', real)).body.data!.team.name).toBe("Tom's team");
  });

  it('stop share-link guessing from an address', async () => {
    process.env.PHASELAB_RATE_SHARE_IP = '5/60';
    const doc = `query($t: String!) { sharedComparison(token: $t) { name } }`;
    for (let i = 0; i < 5; i++)
      expect((await from('10.0.0.4', doc, undefined, { t: `shr_guess${i}` })).body.errors![0]!.extensions.code).toBe('NOT_FOUND');
    expect((await from('10.0.0.4', doc, undefined, { t: 'shr_guess6' })).body.errors![0]!.extensions.code).toBe('LIMIT_EXCEEDED');
    expect((await from('10.0.0.5', doc, undefined, { t: 'shr_guess6' })).body.errors![0]!.extensions.code).toBe('NOT_FOUND');
  });

  it('limit sign-ups from one address', async () => {
    process.env.PHASELAB_RATE_SIGNUP_IP = '3/3600';
    const signUp = (i: number) =>
      from(
        '10.0.0.6',
        `mutation($e: String!) { signUp(input: { email: $e, password: "long enough password", name: "S" }) { email } }`,
        undefined,
        { e: `bulk${i}@example.com` },
      );
    for (let i = 0; i < 3; i++) expect((await signUp(i)).body.errors).toBeUndefined();
    expect((await signUp(3)).body.errors![0]!.extensions.code).toBe('LIMIT_EXCEEDED');
  });

  it('refuse sign-ins for an account from an address after ten wrong passwords, the right one included; not from elsewhere', async () => {
    const victim = await newUserWithTeam(request, 'Vic');
    const attempt = signInAttempt(victim.email);
    // Right passwords cost nothing, from an IPv6 address (counted by its /64) as from any.
    for (let i = 0; i < 15; i++) expect(await attempt('correct horse battery', '::1')).toBe(200);
    for (let i = 0; i < 10; i++) expect(await attempt(`wrong password ${i}`, '10.0.2.1')).toBe(401);
    expect(await attempt('correct horse battery', '10.0.2.1')).toBe(429);
    // The owner, elsewhere, is not locked out by one guesser.
    expect(await attempt('correct horse battery', '10.0.3.1')).toBe(200);
  });

  it('count a burst of parallel guesses before any password is checked', async () => {
    const victim = await newUserWithTeam(request, 'Bur');
    const attempt = signInAttempt(victim.email);
    const outcomes = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(`wrong password ${i}`, '10.0.4.1')));
    expect(outcomes.filter((o) => o === 401)).toHaveLength(10);
    expect(outcomes.filter((o) => o === 429)).toHaveLength(20);
  });

  it('stop guessing spread over many addresses at the account’s own, looser limit', async () => {
    process.env.PHASELAB_RATE_SIGNIN_ACCOUNT = '20/900';
    const victim = await newUserWithTeam(request, 'Rot');
    const attempt = signInAttempt(victim.email);
    for (let i = 0; i < 20; i++) expect(await attempt(`wrong password ${i}`, `10.0.5.${i}`)).toBe(401);
    expect(await attempt('correct horse battery', '10.0.6.1')).toBe(429);
  });
});

/** A password sign-in as the sign-in route runs it: the throttle first, then next-auth's check of the password. */
function signInAttempt(email: string) {
  const provider = authOptions().providers[0] as unknown as {
    options: { authorize: (c: Record<string, string>, r: unknown) => Promise<unknown> };
  };
  return async (password: string, address: string) => {
    const form = new URLSearchParams({ email, password });
    const post = new Request('http://localhost/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', [CLIENT_IP_HEADER]: address },
      body: form,
    });
    const refused = await refuseThrottledSignIn(post);
    if (refused) return refused.status;
    return (await provider.options.authorize({ email, password }, { headers: { [CLIENT_IP_HEADER]: address } })) ? 200 : 401;
  };
}
