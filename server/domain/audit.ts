import { and, desc, lt } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { auditEvents } from '../../db/schema';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import { decodeCursor, pageSize, toConnection, type PageArgs } from './pagination';

export type AuditEvent = typeof auditEvents.$inferSelect;

interface AuditEntry {
  action: string;
  targetType: string;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/** Records a team action; called inside the transaction that makes the change, so both land or neither. */
export async function recordAudit(executor: Executor, scope: Pick<Scope, 'user' | 'team' | 'tokenId'>, entry: AuditEntry) {
  await executor.insert(auditEvents).values({
    teamId: scope.team.id,
    actorUserId: scope.user.id,
    actorTokenId: scope.tokenId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    details: entry.details ?? {},
  });
}

export async function listAuditEvents(scope: Scope, args: PageArgs) {
  authorize(scope, 'audit:read');
  const limit = pageSize(args);
  const after = decodeCursor(args.after);
  const rows = await scope.db
    .select()
    .from(auditEvents)
    .where(and(ownedBy(scope, auditEvents.teamId), after ? lt(auditEvents.id, Number(after.id)) : undefined))
    .orderBy(desc(auditEvents.id))
    .limit(limit + 1);
  return toConnection(rows, limit, (e) => ({ key: String(e.id), id: String(e.id) }));
}
