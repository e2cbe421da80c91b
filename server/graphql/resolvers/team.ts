import type { Resolvers } from '../resolvers.generated';
import { rolePermissions, type Role } from '../../../lib/permissions';
import { updateTeam } from '../../domain/teams';
import { changeMemberRole, leaveTeam, listMembers, removeMember } from '../../domain/members';
import { getHealthCheck, isOnline, requestHealthCheck, workerStatus } from '../../domain/workers';
import type { Team } from '../../tenancy/scope';

const exposeWorkerHosts = () => process.env.PHASELAB_EXPOSE_WORKER_HOSTS === '1';

/** A team as one caller sees it. */
export type TeamView = Team & { viewerRole: Role };

export const teamResolvers: Resolvers = {
  Query: {
    team: async (_, __, ctx) => {
      const scope = await ctx.scope();
      return { ...scope.team, viewerRole: scope.role };
    },
    members: async (_, args, ctx) => listMembers(await ctx.scope(), args),
    workerStatus: (_, __, ctx) => {
      ctx.viewer();
      return workerStatus(ctx.db);
    },
    healthCheck: async (_, { id }, ctx) => getHealthCheck(await ctx.scope(), id),
  },
  Team: {
    permissions: (team) => [...rolePermissions[team.viewerRole]],
  },
  Worker: {
    name: (worker) => `worker ${worker.id.slice(0, 6)}`,
    host: (worker) => (exposeWorkerHosts() ? worker.host : null),
    pid: (worker) => (exposeWorkerHosts() ? worker.pid : null),
    online: (worker) => isOnline(worker),
  },
  HealthCheck: {
    roundTripMs: (check) => (check.answeredAt ? check.answeredAt.getTime() - check.requestedAt.getTime() : null),
    worker: (check, _, ctx) => (check.workerId ? ctx.loaders.worker.load(check.workerId) : null),
  },
  Mutation: {
    updateTeam: async (_, { input }, ctx) => {
      const scope = await ctx.scope();
      return { team: { ...(await updateTeam(scope, input)), viewerRole: scope.role } };
    },
    changeMemberRole: async (_, { input }, ctx) => ({ member: await changeMemberRole(await ctx.scope(), input) }),
    removeMember: async (_, { userId }, ctx) => ({ removedUserId: await removeMember(await ctx.scope(), userId) }),
    leaveTeam: async (_, __, ctx) => ({ teamId: (await leaveTeam(await ctx.scope())).id }),
    requestHealthCheck: async (_, __, ctx) => ({ healthCheck: await requestHealthCheck(await ctx.scope()) }),
  },
};
