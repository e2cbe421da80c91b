import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database';
import { errorCode, graphqlClient, newUser, newUserWithTeam, type Caller, type RequestFn } from '../../test/graphqlClient';

let request: RequestFn;

beforeAll(async () => {
  const { db } = await createTestDatabase();
  request = graphqlClient(db);
});

const CREATE = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret apiToken { id prefix role } } }`;

describe('API tokens', () => {
  it('a token works as Bearer for its team, is listed by prefix only, and stops working once revoked', async () => {
    const owner = await newUserWithTeam(request, 'Tess');
    const created = await request(CREATE, { input: { name: 'nightly script', role: 'MEMBER' } }, owner.caller, owner.team.slug);
    const { secret, apiToken } = created.data!.createApiToken;
    expect(secret.startsWith(apiToken.prefix)).toBe(true);
    const token: Caller = { kind: 'token', secret };

    const team = await request(`{ team { slug viewerRole } }`, {}, token);
    expect(team.data!.team).toEqual({ slug: owner.team.slug, viewerRole: 'MEMBER' });

    const listed = await request(`{ apiTokens { nodes { id prefix lastUsedAt } } }`, {}, owner.caller, owner.team.slug);
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(listed.data!.apiTokens.nodes[0].lastUsedAt).not.toBeNull();

    await request(
      `mutation($id: ID!) { revokeApiToken(id: $id) { apiToken { revokedAt } } }`,
      { id: apiToken.id },
      owner.caller,
      owner.team.slug,
    );
    const after = await request(`{ team { slug } }`, {}, token);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    expect(after.errors![0]!.message).toMatch(/revoked/);
  });

  it('a token never carries a role above its creator, and cannot mint more tokens', async () => {
    const owner = await newUserWithTeam(request, 'Uma');
    const member = await newUser(request, 'Milo');
    const invite = await request(
      `mutation($e: String!) { createInvitation(input: { email: $e, role: MEMBER }) { inviteUrl } }`,
      { e: member.email },
      owner.caller,
      owner.team.slug,
    );
    await request(
      `mutation($t: String!) { acceptInvitation(token: $t) { team { id } } }`,
      { t: invite.data!.createInvitation.inviteUrl.split('/invite/')[1] },
      member.caller,
    );

    expect(errorCode(await request(CREATE, { input: { name: 'too strong', role: 'ADMIN' } }, member.caller, owner.team.slug))).toBe(
      'FORBIDDEN',
    );
    const ok = await request(CREATE, { input: { name: 'fine', role: 'MEMBER' } }, member.caller, owner.team.slug);
    const token: Caller = { kind: 'token', secret: ok.data!.createApiToken.secret };
    expect(errorCode(await request(CREATE, { input: { name: 'child', role: 'VIEWER' } }, token))).toBe('FORBIDDEN');

    // Demoting the creator lowers what the token may do; removing them ends it.
    await request(
      `mutation($id: ID!) { changeMemberRole(input: { userId: $id, role: VIEWER }) { member { role } } }`,
      { id: member.userId },
      owner.caller,
      owner.team.slug,
    );
    expect((await request(`{ team { viewerRole } }`, {}, token)).data!.team.viewerRole).toBe('VIEWER');
    await request(
      `mutation($id: ID!) { removeMember(userId: $id) { removedUserId } }`,
      { id: member.userId },
      owner.caller,
      owner.team.slug,
    );
    expect(errorCode(await request(`{ team { slug } }`, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('a malformed bearer header is refused, not treated as anonymous', async () => {
    const result = await request(`{ team { slug } }`, {}, { kind: 'token', secret: 'not-ours' });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
  });
});
