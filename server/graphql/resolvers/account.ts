import type { Resolvers } from '../resolvers.generated';
import { countTowardsLimit } from '../../rateLimits';
import { changePassword, signUp } from '../../domain/users';
import { safeCallbackUrl } from '../../../lib/callbackUrl';
import { createTeam, membershipsOf } from '../../domain/teams';
import { acceptInvitation, previewInvitation } from '../../domain/invitations';
import type { User } from '../../tenancy/scope';

export interface ViewerModel {
  user: User;
}

/** Operations of a user as such, outside any one team. */
export const accountResolvers: Resolvers = {
  Query: {
    viewer: (_, __, ctx) => (ctx.principal.kind === 'anonymous' ? null : { user: ctx.principal.user }),
    invitation: (_, { token }, ctx) => previewInvitation(ctx.db, token),
  },
  Viewer: {
    memberships: async (viewer, _, ctx) => {
      const { principal } = ctx;
      const all = await membershipsOf(ctx.db, viewer.user);
      // An API token speaks for its own team only.
      const visible = principal.kind === 'token' ? all.filter((m) => m.team.id === principal.teamId) : all;
      return visible.map(({ team, role }) => ({ team: { ...team, viewerRole: role }, role }));
    },
  },
  Mutation: {
    signUp: async (_, { input, next }, ctx) => {
      await countTowardsLimit(ctx.db, 'SIGNUP_IP', ctx.clientIp);
      return signUp(ctx.db, input, { baseUrl: ctx.baseUrl, next: safeCallbackUrl(next ?? null) });
    },
    changePassword: async (_, { input }, ctx) => {
      const user = ctx.sessionUser();
      return { user: await changePassword(ctx.db, user, ctx.principal.kind === 'user' ? ctx.principal.sessionId : undefined, input) };
    },
    createTeam: async (_, { input }, ctx) => ({ team: { ...(await createTeam(ctx.db, ctx.sessionUser(), input)), viewerRole: 'owner' } }),
    acceptInvitation: async (_, { token }, ctx) => {
      const { team, role } = await acceptInvitation(ctx.db, ctx.sessionUser(), token);
      return { team: { ...team, viewerRole: role } };
    },
  },
};
