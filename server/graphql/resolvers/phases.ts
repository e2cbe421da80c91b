import type { Resolvers } from '../resolvers.generated';
import { getPhaseDetection, redetectPhases } from '../../domain/phases';
import { canEditAnnotation, createAnnotation, deleteAnnotation, getAnnotation, updateAnnotation } from '../../domain/annotations';
import type { AnnotationKind } from '../../../lib/inputs';
import type { PhaseName } from '../../../lib/phases/spec';

/** Phases a run passed, as detected and as people corrected them, and people's annotations. */
export const phaseResolvers: Resolvers = {
  Run: {
    phases: (run, _, ctx) => ctx.loaders.runPhases.load(run.id),
    phaseDetection: async (run, _, ctx) => getPhaseDetection(await ctx.scope(), run.id),
    annotations: (run, _, ctx) => ctx.loaders.runAnnotations.load(run.id),
  },
  Phase: {
    correction: async (phase, _, ctx) => (phase.correction ? getAnnotation(await ctx.scope(), phase.correction.id) : null),
  },
  PhaseDetection: {
    status: (d) => (d.status === 'detected' ? 'DETECTED' : 'INSUFFICIENT_DATA'),
    phases: (d) => d.phases.map((p) => ({ ...p, phase: p.phase as PhaseName, correction: null })),
    requestedBy: async (d, _, ctx) => (d.requestedBy ? ctx.loaders.user.load(d.requestedBy) : null),
  },
  RunAnnotation: {
    kind: (a) => a.kind as AnnotationKind,
    phase: (a) => a.phase as PhaseName | null,
    author: async (a, _, ctx) => (await ctx.loaders.user.load(a.authorId))!,
    editable: async (a, _, ctx) => canEditAnnotation(await ctx.scope(), a),
  },
  Mutation: {
    detectPhases: async (_, { runId, params }, ctx) => ({ run: await redetectPhases(await ctx.scope(), runId, params) }),
    createRunAnnotation: async (_, { runId, input }, ctx) => ({ annotation: await createAnnotation(await ctx.scope(), runId, input) }),
    updateRunAnnotation: async (_, { id, input }, ctx) => ({ annotation: await updateAnnotation(await ctx.scope(), id, input) }),
    deleteRunAnnotation: async (_, { id }, ctx) => ({ deletedId: await deleteAnnotation(await ctx.scope(), id) }),
  },
};
