import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database';
import { errorCode, graphqlClient, newUser, newUserWithTeam, type RequestFn } from '../../test/graphqlClient';

let request: RequestFn;

beforeAll(async () => {
  const { db } = await createTestDatabase();
  request = graphqlClient(db);
});

const INVITE = `mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { inviteUrl invitation { id status role } } }`;
const ACCEPT = `mutation($token: String!) { acceptInvitation(token: $token) { team { slug viewerRole } } }`;
const MEMBERS = `{ members { nodes { user { id email } role } pageInfo { hasNextPage } } }`;
const CHANGE_ROLE = `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { member { role } } }`;

async function inviteAndAccept(owner: Awaited<ReturnType<typeof newUserWithTeam>>, role: string) {
  const invitee = await newUser(request, 'Invitee');
  const invited = await request(INVITE, { input: { email: invitee.email, role } }, owner.caller, owner.team.slug);
  const token = invited.data!.createInvitation.inviteUrl.split('/invite/')[1];
  const accepted = await request(ACCEPT, { token }, invitee.caller);
  return { invitee, token, accepted };
}

describe('teams', () => {
  it('signing up refuses a short password, naming the field', async () => {
    const short = await request(`mutation { signUp(input: { email: "a@example.com", password: "short", name: "A" }) { email } }`);
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0]!.extensions!.field).toBe('password');
  });

  it('a new team has its creator as owner with every permission', async () => {
    const alice = await newUserWithTeam(request, 'Alice', 'Vision Lab');
    expect(alice.team.slug).toBe('vision-lab');
    const team = await request(`{ team { name viewerRole permissions } }`, {}, alice.caller, alice.team.slug);
    expect(team.data!.team).toMatchObject({ name: 'Vision Lab', viewerRole: 'OWNER' });
    expect(team.data!.team.permissions).toContain('members:manage');
  });

  it('two teams with the same name get different slugs', async () => {
    const a = await newUserWithTeam(request, 'Ann', 'Same Name');
    const b = await newUserWithTeam(request, 'Ben', 'Same Name');
    expect(a.team.slug).not.toBe(b.team.slug);
  });

  it('an invitation is accepted once, by its addressee, and makes them a member with its role', async () => {
    const owner = await newUserWithTeam(request, 'Olga');
    const { invitee, token, accepted } = await inviteAndAccept(owner, 'MEMBER');
    expect(accepted.data!.acceptInvitation.team).toEqual({ slug: owner.team.slug, viewerRole: 'MEMBER' });
    const viewer = await request(`{ viewer { memberships { team { slug } role } } }`, {}, invitee.caller);
    expect(viewer.data!.viewer.memberships).toEqual([{ team: { slug: owner.team.slug }, role: 'MEMBER' }]);
    const again = await request(ACCEPT, { token }, invitee.caller);
    expect(errorCode(again)).toBe('NOT_FOUND');
  });

  it('an invitation link used by someone else is refused', async () => {
    const owner = await newUserWithTeam(request, 'Oscar');
    const stranger = await newUser(request, 'Stranger');
    const invited = await request(INVITE, { input: { email: 'someone-else@example.com', role: 'VIEWER' } }, owner.caller, owner.team.slug);
    const token = invited.data!.createInvitation.inviteUrl.split('/invite/')[1];
    const preview = await request(`query($t: String!) { invitation(token: $t) { teamName email role } }`, { t: token });
    expect(preview.data!.invitation).toMatchObject({ email: 'someone-else@example.com', role: 'VIEWER' });
    expect(errorCode(await request(ACCEPT, { token }, stranger.caller))).toBe('FORBIDDEN');
  });

  it('a revoked invitation no longer opens the team', async () => {
    const owner = await newUserWithTeam(request, 'Rita');
    const invitee = await newUser(request, 'Late');
    const invited = await request(INVITE, { input: { email: invitee.email, role: 'MEMBER' } }, owner.caller, owner.team.slug);
    const token = invited.data!.createInvitation.inviteUrl.split('/invite/')[1];
    await request(
      `mutation($id: ID!) { revokeInvitation(id: $id) { invitation { status } } }`,
      { id: invited.data!.createInvitation.invitation.id },
      owner.caller,
      owner.team.slug,
    );
    expect(errorCode(await request(ACCEPT, { token }, invitee.caller))).toBe('NOT_FOUND');
  });

  it('an admin cannot invite or promote anyone above their own role', async () => {
    const owner = await newUserWithTeam(request, 'Paula');
    const { invitee: admin } = await inviteAndAccept(owner, 'ADMIN');
    const asOwner = await request(INVITE, { input: { email: 'x@example.com', role: 'OWNER' } }, admin.caller, owner.team.slug);
    expect(errorCode(asOwner)).toBe('FORBIDDEN');
    const promote = await request(CHANGE_ROLE, { input: { userId: admin.userId, role: 'OWNER' } }, admin.caller, owner.team.slug);
    expect(errorCode(promote)).toBe('FORBIDDEN');
    const demoteOwner = await request(CHANGE_ROLE, { input: { userId: owner.userId, role: 'MEMBER' } }, admin.caller, owner.team.slug);
    expect(errorCode(demoteOwner)).toBe('FORBIDDEN');
  });

  it('the last owner can neither leave nor be demoted, until another owner exists', async () => {
    const owner = await newUserWithTeam(request, 'Lara');
    const leave = await request(`mutation { leaveTeam { teamId } }`, {}, owner.caller, owner.team.slug);
    expect(errorCode(leave)).toBe('BAD_USER_INPUT');
    expect(leave.errors![0]!.message).toMatch(/last owner/);
    const demote = await request(CHANGE_ROLE, { input: { userId: owner.userId, role: 'ADMIN' } }, owner.caller, owner.team.slug);
    expect(errorCode(demote)).toBe('BAD_USER_INPUT');

    const { invitee } = await inviteAndAccept(owner, 'MEMBER');
    const promoted = await request(CHANGE_ROLE, { input: { userId: invitee.userId, role: 'OWNER' } }, owner.caller, owner.team.slug);
    expect(promoted.data!.changeMemberRole.member.role).toBe('OWNER');
    const left = await request(`mutation { leaveTeam { teamId } }`, {}, owner.caller, owner.team.slug);
    expect(left.data!.leaveTeam.teamId).toBe(owner.team.id);
    const members = await request(MEMBERS, {}, invitee.caller, owner.team.slug);
    expect(members.data!.members.nodes.map((m: { role: string }) => m.role)).toEqual(['OWNER']);
  });

  it('members page through with cursors, in the order they joined', async () => {
    const owner = await newUserWithTeam(request, 'Pager');
    for (let i = 0; i < 3; i++) await inviteAndAccept(owner, 'VIEWER');
    const first = await request(
      `{ members(first: 2) { nodes { user { id } } pageInfo { hasNextPage endCursor } } }`,
      {},
      owner.caller,
      owner.team.slug,
    );
    expect(first.data!.members.nodes[0].user.id).toBe(owner.userId);
    expect(first.data!.members.pageInfo.hasNextPage).toBe(true);
    const rest = await request(
      `query($after: String) { members(first: 2, after: $after) { nodes { user { id } } pageInfo { hasNextPage } } }`,
      { after: first.data!.members.pageInfo.endCursor },
      owner.caller,
      owner.team.slug,
    );
    expect(rest.data!.members.nodes).toHaveLength(2);
    expect(rest.data!.members.pageInfo.hasNextPage).toBe(false);
    const bad = await request(`{ members(after: "not-a-cursor") { nodes { role } } }`, {}, owner.caller, owner.team.slug);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('the audit log records who did what to whom', async () => {
    const owner = await newUserWithTeam(request, 'Audra');
    const { invitee } = await inviteAndAccept(owner, 'MEMBER');
    await request(CHANGE_ROLE, { input: { userId: invitee.userId, role: 'VIEWER' } }, owner.caller, owner.team.slug);
    const log = await request(`{ auditEvents { nodes { action targetId actor { id } details } } }`, {}, owner.caller, owner.team.slug);
    const events = log.data!.auditEvents.nodes;
    expect(events.map((e: { action: string }) => e.action)).toEqual([
      'member.role_change',
      'invitation.accept',
      'invitation.create',
      'team.create',
    ]);
    expect(events[0]).toMatchObject({ targetId: invitee.userId, actor: { id: owner.userId }, details: { from: 'member', to: 'viewer' } });
  });

  it('a query with more aliases than the limit is refused before it runs', async () => {
    const owner = await newUserWithTeam(request, 'Alias');
    const fields = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: team { id }`).join(' ');
    expect((await request(`{ ${fields(20)} }`, {}, owner.caller, owner.team.slug)).errors).toBeUndefined();
    const refused = await request(`{ ${fields(21)} }`, {}, owner.caller, owner.team.slug);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors![0]!.message).toMatch(/alias/i);
  });
});
