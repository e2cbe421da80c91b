/**
 * Sign-up as an attacker probes it: it never says whether an address has an account, nothing exists until the
 * address's owner opens the link (so no one can hold an address they do not read), and a link works once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { users } from '../../db/schema';
import { createTestDatabase } from '../../test/database';
import { graphqlClient, mailedToken, newUserWithTeam, type RequestFn } from '../../test/graphqlClient';
import { outboxDir } from '../mail';
import { authenticateWithPassword, verifyEmail } from './users';

let request: RequestFn;
beforeAll(async () => {
  request = graphqlClient((await createTestDatabase()).db);
});

const SIGN_UP = `mutation($input: SignUpInput!, $next: String) { signUp(input: $input, next: $next) { email } }`;
const signUp = (email: string, password: string, name = 'X', next?: string) => request(SIGN_UP, { input: { email, password, name }, next });
const lastMailTo = (email: string): { subject: string } => {
  const files = fs
    .readdirSync(outboxDir())
    .filter((f) => f.endsWith('.json'))
    .sort()
    .reverse();
  return files.map((f) => JSON.parse(fs.readFileSync(path.join(outboxDir(), f), 'utf8'))).find((m) => m.to === email);
};
const userOf = (email: string) => request.db.query.users.findFirst({ where: eq(users.email, email) });

describe('sign-up', () => {
  it('answers the same whether or not the address has an account; an existing account is left as it was', async () => {
    const taken = await newUserWithTeam(request, 'Known');
    const fresh = `new-${Date.now()}@example.com`;
    const [a, b] = [await signUp(taken.email, 'a long password here'), await signUp(fresh, 'a long password here')];
    expect(a).toEqual({ data: { signUp: { email: taken.email } } });
    expect(b).toEqual({ data: { signUp: { email: fresh } } });
    expect(lastMailTo(taken.email).subject).toBe('You already have a Phaselab account');
    expect(await authenticateWithPassword(request.db, taken.email, 'correct horse battery')).toBeTruthy();
    expect(await authenticateWithPassword(request.db, taken.email, 'a long password here')).toBeNull();
    // The fresh address has no account until its link is opened.
    expect(await userOf(fresh)).toBeUndefined();
    expect(await authenticateWithPassword(request.db, fresh, 'a long password here')).toBeNull();
  });

  it('makes the account when the link is opened, with that sign-up’s password; the link works once', async () => {
    const email = `once-${Date.now()}@example.com`;
    await signUp(email, 'my own good password', 'Una', '/t/somewhere');
    const token = mailedToken(email);
    expect(await verifyEmail(request.db, token.slice(0, -2) + 'xx')).toBeNull();
    const user = await verifyEmail(request.db, token);
    expect(user).toMatchObject({ email, name: 'Una' });
    expect(user!.emailVerifiedAt).toBeTruthy();
    expect(await authenticateWithPassword(request.db, email, 'my own good password')).toBeTruthy();
    expect(await verifyEmail(request.db, token)).toBeNull();
  });

  it('an attacker who signs up with someone else’s address gets nothing: only the link the owner opens counts', async () => {
    const email = `victim-${Date.now()}@example.com`;
    await signUp(email, 'the attackers password', 'Mallory');
    const attackers = mailedToken(email); // in the victim's mailbox, not the attacker's
    await signUp(email, 'the owners own password', 'Owner');
    const owners = mailedToken(email);
    expect(owners).not.toBe(attackers);
    expect(await userOf(email)).toBeUndefined();
    expect(await verifyEmail(request.db, owners)).toMatchObject({ name: 'Owner' });
    expect(await authenticateWithPassword(request.db, email, 'the owners own password')).toBeTruthy();
    expect(await authenticateWithPassword(request.db, email, 'the attackers password')).toBeNull();
    // Opening one link ends the others.
    expect(await verifyEmail(request.db, attackers)).toBeNull();
  });
});
