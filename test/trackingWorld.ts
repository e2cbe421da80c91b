import type { Database } from '../db/client';
import { graphqlClient, newUserWithTeam, type RequestFn } from './graphqlClient';
import { trackingClient, type TrackingCall } from './trackingClient';

/** A team with a member's and a viewer's API token, reached through the tracking API as a script would. */
export async function trackingTeam(request: RequestFn, name: string) {
  const owner = await newUserWithTeam(request, name);
  const token = async (role: 'MEMBER' | 'VIEWER') => {
    const created = await request(
      `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`,
      { input: { name: `${role} script`, role } },
      owner.caller,
      owner.team.slug,
    );
    return created.data!.createApiToken.secret as string;
  };
  return { ...owner, member: await token('MEMBER'), viewer: await token('VIEWER') };
}

export function trackingWorld(db: Database): { request: RequestFn; call: TrackingCall } {
  return { request: graphqlClient(db), call: trackingClient(db) };
}
