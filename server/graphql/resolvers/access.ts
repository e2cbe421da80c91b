import type { Resolvers } from '../resolvers.generated';
import { createInvitation, invitationStatus, listInvitations, revokeInvitation } from '../../domain/invitations';
import { createApiToken, listApiTokens, revokeApiToken } from '../../domain/apiTokens';
import { listAuditEvents } from '../../domain/audit';

/** Who may get in: invitations, API tokens, and the record of what they did. */
export const accessResolvers: Resolvers = {
  Query: {
    invitations: async (_, args, ctx) => listInvitations(await ctx.scope(), args),
    apiTokens: async (_, args, ctx) => listApiTokens(await ctx.scope(), args),
    auditEvents: async (_, args, ctx) => listAuditEvents(await ctx.scope(), args),
  },
  Invitation: {
    status: (invitation) => invitationStatus(invitation),
    invitedBy: async (invitation, _, ctx) => (await ctx.loaders.user.load(invitation.invitedBy))!,
  },
  ApiToken: {
    createdBy: async (token, _, ctx) => (await ctx.loaders.user.load(token.createdBy))!,
  },
  AuditEvent: {
    id: (event) => String(event.id),
    actor: (event, _, ctx) => (event.actorUserId ? ctx.loaders.user.load(event.actorUserId) : null),
  },
  Mutation: {
    createInvitation: async (_, { input }, ctx) => {
      const { invitation, secret } = await createInvitation(await ctx.scope(), input);
      return { invitation, inviteUrl: `${ctx.baseUrl}/invite/${secret}` };
    },
    revokeInvitation: async (_, { id }, ctx) => ({ invitation: await revokeInvitation(await ctx.scope(), id) }),
    createApiToken: async (_, { input }, ctx) => createApiToken(await ctx.scope(), input),
    revokeApiToken: async (_, { id }, ctx) => ({ apiToken: await revokeApiToken(await ctx.scope(), id) }),
  },
};
