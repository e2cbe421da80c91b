import { DateTimeResolver, JSONObjectResolver } from 'graphql-scalars';
import type { Resolvers } from '../resolvers.generated';
import { accountResolvers } from './account';
import { teamResolvers } from './team';
import { accessResolvers } from './access';

const enums: Resolvers = {
  Role: { OWNER: 'owner', ADMIN: 'admin', MEMBER: 'member', VIEWER: 'viewer' },
  InvitationStatus: { PENDING: 'pending', ACCEPTED: 'accepted', REVOKED: 'revoked', EXPIRED: 'expired' },
};

const parts: Resolvers[] = [enums, accountResolvers, teamResolvers, accessResolvers];

export const resolvers = {
  DateTime: DateTimeResolver,
  JSON: JSONObjectResolver,
  ...Object.fromEntries(
    [...new Set(parts.flatMap((p) => Object.keys(p)))].map((type) => [
      type,
      Object.assign({}, ...parts.map((p) => (p as Record<string, object | undefined>)[type] ?? {})),
    ]),
  ),
} as Resolvers;
