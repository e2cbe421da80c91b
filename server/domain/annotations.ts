import { z } from 'zod';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { runAnnotations } from '../../db/schema';
import { annotationInput } from '../../lib/inputs';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { hasPermission } from '../../lib/permissions';
import { recordAudit } from './audit';
import { getRun } from './runs';
import { parseInput } from './validation';

export type RunAnnotation = typeof runAnnotations.$inferSelect;

/** The annotations of many runs in one query, in the order asked. */
export async function annotationsOf(scope: Scope, runIds: readonly string[]): Promise<RunAnnotation[][]> {
  authorize(scope, 'runs:read');
  const rows = await scope.db
    .select()
    .from(runAnnotations)
    .where(and(ownedBy(scope, runAnnotations.teamId), inArray(runAnnotations.runId, [...runIds])))
    .orderBy(runAnnotations.start, runAnnotations.createdAt);
  return runIds.map((runId) => rows.filter((r) => r.runId === runId));
}

export async function createAnnotation(scope: Scope, runId: string, input: unknown): Promise<RunAnnotation> {
  authorize(scope, 'runs:annotate');
  const run = await getRun(scope, runId);
  const fields = parseInput(annotationInput, input);
  inRange(fields, run.epochs);
  return scope.db.transaction(async (tx) => {
    const [annotation] = await tx
      .insert(runAnnotations)
      .values({
        ...fields,
        end: fields.kind === 'marker' ? null : fields.end!,
        phase: fields.phase ?? null,
        teamId: scope.team.id,
        runId: run.id,
        authorId: scope.user.id,
      })
      .returning();
    await recordAudit(tx, scope, {
      action: 'run.annotation.create',
      targetType: 'run',
      targetId: run.id,
      details: { annotationId: annotation!.id, label: fields.label, phase: fields.phase ?? null },
    });
    return annotation!;
  });
}

export async function getAnnotation(scope: Scope, id: string): Promise<RunAnnotation> {
  authorize(scope, 'runs:read');
  parseInput(z.uuid('not an annotation id'), id);
  const [annotation] = await scope.db
    .select()
    .from(runAnnotations)
    .where(and(ownedBy(scope, runAnnotations.teamId), eq(runAnnotations.id, id)));
  if (!annotation) throw new NotFoundError('Annotation');
  return annotation;
}

/** Only its author may change an annotation; everyone else in the team sees it. */
export function canEditAnnotation(scope: Scope, annotation: RunAnnotation): boolean {
  return annotation.authorId === scope.user.id && hasPermission(scope.role, 'runs:annotate');
}

async function ownAnnotation(scope: Scope, id: string): Promise<RunAnnotation> {
  authorize(scope, 'runs:annotate');
  const annotation = await getAnnotation(scope, id);
  if (!canEditAnnotation(scope, annotation)) throw new ForbiddenError('Only its author may change or delete an annotation.');
  return annotation;
}

export async function updateAnnotation(scope: Scope, id: string, input: unknown): Promise<RunAnnotation> {
  const before = await ownAnnotation(scope, id);
  const fields = parseInput(annotationInput, input);
  inRange(fields, (await getRun(scope, before.runId)).epochs);
  return scope.db.transaction(async (tx) => {
    const [after] = await tx
      .update(runAnnotations)
      .set({ ...fields, end: fields.kind === 'marker' ? null : fields.end!, phase: fields.phase ?? null, updatedAt: sql`now()` })
      .where(and(ownedBy(scope, runAnnotations.teamId), eq(runAnnotations.id, id)))
      .returning();
    await recordAudit(tx, scope, {
      action: 'run.annotation.update',
      targetType: 'run',
      targetId: before.runId,
      details: { annotationId: id, before: describe(before), after: describe(after!) },
    });
    return after!;
  });
}

export async function deleteAnnotation(scope: Scope, id: string): Promise<string> {
  const annotation = await ownAnnotation(scope, id);
  await scope.db.transaction(async (tx) => {
    await tx.delete(runAnnotations).where(and(ownedBy(scope, runAnnotations.teamId), eq(runAnnotations.id, id)));
    await recordAudit(tx, scope, {
      action: 'run.annotation.delete',
      targetType: 'run',
      targetId: annotation.runId,
      details: { annotationId: id, before: describe(annotation) },
    });
  });
  return id;
}

function inRange(fields: { start: number; end?: number | null }, epochs: number) {
  if (fields.start > epochs) throw new InvalidInputError(`start: the run has ${epochs} epochs`, 'start');
  if (fields.end != null && fields.end > epochs) throw new InvalidInputError(`end: the run has ${epochs} epochs`, 'end');
}

const describe = (a: RunAnnotation) => ({
  kind: a.kind,
  label: a.label,
  start: a.start,
  end: a.end,
  colour: a.colour,
  note: a.note,
  phase: a.phase,
});
