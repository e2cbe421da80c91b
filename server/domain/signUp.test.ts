/**
 * Sign-up as an attacker probes it: it never says whether an address has an account, an account made with someone
 * else's address can do nothing that matters, and the owner of the address takes it over by opening the link.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database';
import { graphqlClient, newUser, newUserWithTeam, signIn, type RequestFn } from '../../test/graphqlClient';
import { outboxDir } from '../mail';
import { authenticateWithPassword, verifyEmail } from './users';

let request: RequestFn;
beforeAll(async () => {
  request = graphqlClient((await createTestDatabase()).db);
});

const SIGN_UP = `mutation($input: SignUpInput!, $next: String) { signUp(input: $input, next: $next) { email } }`;

/** The newest message the outbox holds for an address. */
function lastMailTo(email: string): { subject: string; text: string } {
  const files = fs.readdirSync(outboxDir()).sort().reverse();
  for (const file of files) {
    const mail = JSON.parse(fs.readFileSync(path.join(outboxDir(), file), 'utf8'));
    if (mail.to === email) return mail;
  }
  throw new Error(`no mail to ${email}`);
}

const linkIn = (text: string) => new URL(/(http\S+\/verify\?\S+)/.exec(text)![1]!);

describe('sign-up', () => {
  it('answers the same whether or not the address has an account; only the mailbox learns which', async () => {
    const taken = await newUserWithTeam(request, 'Known');
    const fresh = `new-${Date.now()}@example.com`;
    const answers = [];
    for (const email of [taken.email, fresh]) {
      const answer = await request(SIGN_UP, { input: { email, password: 'a long password here', name: 'X' }, next: '/t/x' });
      answers.push(JSON.stringify({ ...answer, data: { signUp: { email: '' } } }));
      expect(answer.data!.signUp.email).toBe(email);
    }
    expect(answers[0]).toBe(answers[1]);
    expect(lastMailTo(taken.email).subject).toBe('You already have a Phaselab account');
    const link = linkIn(lastMailTo(fresh).text);
    expect(link.searchParams.get('next')).toBe('/t/x');
    // The known account is untouched: its own password still works, the prober's does not.
    expect(await authenticateWithPassword(request.db, taken.email, 'correct horse battery')).toBeTruthy();
    expect(await authenticateWithPassword(request.db, taken.email, 'a long password here')).toBeNull();
  });

  it('an unverified account can sign in but not create teams or API tokens; the link verifies it', async () => {
    const pending = await newUser(request, 'Pending', { verified: false });
    const viewer = await request(`{ viewer { emailVerified } }`, {}, pending.caller);
    expect(viewer.data!.viewer.emailVerified).toBe(false);
    const team = await request(`mutation { createTeam(input: { name: "Nope" }) { team { id } } }`, {}, pending.caller);
    expect(team.errors![0]).toMatchObject({ message: expect.stringContaining('Verify your email address first'), extensions: { code: 'FORBIDDEN' } });
    expect((await request(`mutation { resendVerificationEmail(next: "/teams/new") }`, {}, pending.caller)).data!.resendVerificationEmail).toBe(true);
    const token = linkIn(lastMailTo(pending.email).text).searchParams.get('token')!;
    expect(await verifyEmail(request.db, token.slice(0, -2) + 'xx')).toBeNull();
    expect((await verifyEmail(request.db, token))!.emailVerifiedAt).toBeTruthy();
    // Verifying signed out every session opened before it; a new one can create a team.
    expect((await request(`{ viewer { emailVerified } }`, {}, pending.caller)).data!.viewer).toBeNull();
    const after = await signIn(request, pending.userId);
    expect((await request(`mutation { createTeam(input: { name: "Now yes" }) { team { id } } }`, {}, after)).errors).toBeUndefined();
  });

  it('an address someone else signed up with first goes to whoever opens the link mailed to it', async () => {
    const squatter = await newUser(request, 'Victim', { verified: false }); // made by an attacker with the victim's address
    await request(SIGN_UP, { input: { email: squatter.email, password: 'the owners own password', name: 'Owner' } });
    const token = linkIn(lastMailTo(squatter.email).text).searchParams.get('token')!;
    await verifyEmail(request.db, token);
    expect((await request(`{ viewer { user { id } } }`, {}, squatter.caller)).data!.viewer).toBeNull();
    const user = await request.db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, squatter.userId) });
    expect(user!.name).toBe('Owner');
  });
});
