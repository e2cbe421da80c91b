import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { memberships, users } from '../../db/schema';
import { roleAtMost, type Role } from '../../lib/permissions';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope, type User } from '../tenancy/scope';
import { recordAudit } from './audit';
import { decodeCursor, pageSize, toConnection, type PageArgs } from './pagination';
import { memberRoleInput } from '../../lib/inputs';
import { parseInput } from './validation';
import { endSessionsOf } from '../auth/sessions';

export interface MemberRow {
  user: User;
  role: Role;
  joinedAt: Date;
}

export async function listMembers(scope: Scope, args: PageArgs) {
  authorize(scope, 'members:read');
  const limit = pageSize(args);
  const after = decodeCursor(args.after);
  const rows = await scope.db
    .select({ user: users, role: memberships.role, joinedAt: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        ownedBy(scope, memberships.teamId),
        after ? sql`(${memberships.createdAt}, ${memberships.userId}) > (${after.key}::timestamptz, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(asc(memberships.createdAt), asc(memberships.userId))
    .limit(limit + 1);
  return toConnection(rows, limit, (m) => ({ key: m.joinedAt.toISOString(), id: m.user.id }));
}

export async function changeMemberRole(scope: Scope, input: unknown): Promise<MemberRow> {
  authorize(scope, 'members:manage');
  const { userId, role } = parseInput(memberRoleInput, input);
  return scope.db.transaction(async (tx) => {
    const target = await lockMembership(tx, scope, userId);
    assertMayManage(scope, target.role, role);
    if (target.role === 'owner' && role !== 'owner')
      await assertAnotherOwner(tx, scope, 'The last owner cannot be demoted: make someone else owner first.');
    await tx
      .update(memberships)
      .set({ role })
      .where(and(ownedBy(scope, memberships.teamId), eq(memberships.userId, userId)));
    await recordAudit(tx, scope, {
      action: 'member.role_change',
      targetType: 'user',
      targetId: userId,
      details: { from: target.role, to: role },
    });
    const [user] = await tx.select().from(users).where(eq(users.id, userId));
    return { user: user!, role, joinedAt: target.createdAt };
  });
}

export async function removeMember(scope: Scope, userId: string) {
  authorize(scope, 'members:manage');
  parseInput(memberRoleInput.shape.userId, userId);
  return scope.db.transaction(async (tx) => {
    const target = await lockMembership(tx, scope, userId);
    assertMayManage(scope, target.role, target.role);
    if (target.role === 'owner') await assertAnotherOwner(tx, scope, 'The last owner cannot be removed.');
    await tx.delete(memberships).where(and(ownedBy(scope, memberships.teamId), eq(memberships.userId, userId)));
    await recordAudit(tx, scope, { action: 'member.remove', targetType: 'user', targetId: userId, details: { role: target.role } });
    // Removed from their last team, a person is signed out everywhere: an open tab must not linger on as a session.
    const [left] = await tx.select({ n: count() }).from(memberships).where(eq(memberships.userId, userId));
    if (left!.n === 0) await endSessionsOf(tx, userId);
    return userId;
  });
}

export async function leaveTeam(scope: Scope) {
  if (scope.tokenId) throw new ForbiddenError('An API token cannot leave a team.');
  return scope.db.transaction(async (tx) => {
    const self = await lockMembership(tx, scope, scope.user.id);
    if (self.role === 'owner') await assertAnotherOwner(tx, scope, 'The last owner cannot leave: make someone else owner first.');
    await tx.delete(memberships).where(and(ownedBy(scope, memberships.teamId), eq(memberships.userId, scope.user.id)));
    await recordAudit(tx, scope, { action: 'member.leave', targetType: 'user', targetId: scope.user.id });
    return scope.team;
  });
}

async function lockMembership(tx: Executor, scope: Scope, userId: string) {
  const [row] = await tx
    .select()
    .from(memberships)
    .where(and(ownedBy(scope, memberships.teamId), eq(memberships.userId, userId)))
    .for('update');
  if (!row) throw new NotFoundError('Member');
  return row;
}

/** Nobody manages someone above them, or grants a role above their own. */
function assertMayManage(scope: Scope, currentRole: Role, newRole: Role) {
  if (!roleAtMost(currentRole, scope.role) || !roleAtMost(newRole, scope.role)) {
    throw new ForbiddenError(`Your role (${scope.role}) may not manage an ${currentRole} or grant ${newRole}.`);
  }
}

/** Locks the owners' rows so two concurrent demotions cannot both pass this check. */
async function assertAnotherOwner(tx: Executor, scope: Scope, message: string) {
  const owners = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(ownedBy(scope, memberships.teamId), eq(memberships.role, 'owner')))
    .for('update');
  if (owners.length < 2) throw new InvalidInputError(message);
}
