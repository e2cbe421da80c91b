import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database';
import { errorCode, graphqlClient, newUser, newUserWithTeam, signIn, type RequestFn } from '../../test/graphqlClient';
import { endSession } from './sessions';

let request: RequestFn;

beforeAll(async () => {
  request = graphqlClient((await createTestDatabase()).db);
});

const VIEWER = `{ viewer { user { id } } }`;
const viewerOf = async (caller: Awaited<ReturnType<typeof signIn>>) => (await request(VIEWER, {}, caller)).data!.viewer?.user.id ?? null;

describe('sessions', () => {
  it('end when signed out: a copied cookie names no one afterwards', async () => {
    const { userId, caller } = await newUserWithTeam(request, 'Sam');
    const other = await signIn(request, userId); // the same account on another device
    expect(await viewerOf(caller)).toBe(userId);
    await endSession(request.db, caller.kind === 'session' ? caller.sessionId : null);
    expect(await viewerOf(caller)).toBe(null);
    expect(errorCode(await request(`{ team { name } }`, {}, caller))).toBe('UNAUTHENTICATED');
    expect(await viewerOf(other)).toBe(userId);
  });

  it('a cookie without a session (as issued before sessions had rows), or a forged session id, names no one', async () => {
    const { userId } = await newUserWithTeam(request, 'Old');
    expect(await viewerOf({ kind: 'session', userId, sessionId: undefined as never })).toBe(null);
    const other = await newUserWithTeam(request, 'Eve');
    // Eve's live session id under Old's user id is not Old's session.
    expect(await viewerOf({ kind: 'session', userId, sessionId: (other.caller as { sessionId: string }).sessionId })).toBe(null);
  });

  it('a password change ends every other session and keeps the one that made it', async () => {
    const { userId, caller } = await newUserWithTeam(request, 'Pat');
    const stolen = await signIn(request, userId);
    const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } } }`;
    const wrong = await request(CHANGE, { input: { currentPassword: 'not it at all', newPassword: 'a brand new password' } }, caller);
    expect(wrong.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(await viewerOf(stolen)).toBe(userId);
    const changed = await request(
      CHANGE,
      { input: { currentPassword: 'correct horse battery', newPassword: 'a brand new password' } },
      caller,
    );
    expect(changed.data!.changePassword.user.id).toBe(userId);
    expect(await viewerOf(caller)).toBe(userId);
    expect(await viewerOf(stolen)).toBe(null);
  });

  it('removal from a last team signs a person out everywhere; removal from one of several does not', async () => {
    const owner = await newUserWithTeam(request, 'Olga');
    const member = await newUserWithTeam(request, 'Mo'); // Mo has a team of his own
    const lone = await newUser(request, 'Lone');
    for (const who of [member, lone]) {
      const invite = await request(
        `mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { inviteUrl } }`,
        { input: { email: who.email, role: 'MEMBER' } },
        owner.caller,
        owner.team.slug,
      );
      const token = invite.data!.createInvitation.inviteUrl.split('/invite/')[1];
      expect(
        (await request(`mutation($t: String!) { acceptInvitation(token: $t) { team { id } } }`, { t: token }, who.caller)).errors,
      ).toBeUndefined();
    }
    const REMOVE = `mutation($id: ID!) { removeMember(userId: $id) { removedUserId } }`;
    await request(REMOVE, { id: member.userId }, owner.caller, owner.team.slug);
    await request(REMOVE, { id: lone.userId }, owner.caller, owner.team.slug);
    expect(await viewerOf(member.caller)).toBe(member.userId);
    expect(await viewerOf(lone.caller)).toBe(null);
  });
});
