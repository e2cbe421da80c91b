import { z } from 'zod';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { invitations, memberships, teams, users } from '../../db/schema';
import { roleAtMost, type Role } from '../../lib/permissions';
import { hashSecret, INVITATION_PREFIX, newSecret } from '../auth/secrets';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope, type Team, type User } from '../tenancy/scope';
import { recordAudit } from './audit';
import { decodeCursor, pageSize, toConnection, type PageArgs } from './pagination';
import { invitationInput } from '../../lib/inputs';
import { parseInput } from './validation';

export type Invitation = typeof invitations.$inferSelect;
export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

const VALID_FOR_MS = 7 * 24 * 3600 * 1000;

export function invitationStatus(invitation: Invitation, now = new Date()): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  return invitation.expiresAt <= now ? 'expired' : 'pending';
}

/** Returns the invitation and the secret of its link, which is shown once and stored only as a hash. */
export async function createInvitation(scope: Scope, input: unknown): Promise<{ invitation: Invitation; secret: string }> {
  authorize(scope, 'members:manage');
  const { email, role } = parseInput(invitationInput, input);
  if (!roleAtMost(role, scope.role)) throw new ForbiddenError(`Your role (${scope.role}) may not invite an ${role}.`);
  return scope.db.transaction(async (tx) => {
    const [member] = await tx
      .select({ id: users.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(ownedBy(scope, memberships.teamId), eq(users.email, email)));
    if (member) throw new InvalidInputError(`email: ${email} is already a member of this team`, 'email');
    // Inviting the same address again replaces the earlier link.
    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(
        and(
          ownedBy(scope, invitations.teamId),
          eq(invitations.email, email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      );
    const secret = newSecret(INVITATION_PREFIX);
    const [invitation] = await tx
      .insert(invitations)
      .values({
        teamId: scope.team.id,
        email,
        role,
        tokenHash: hashSecret(secret),
        invitedBy: scope.user.id,
        expiresAt: new Date(Date.now() + VALID_FOR_MS),
      })
      .returning();
    await recordAudit(tx, scope, {
      action: 'invitation.create',
      targetType: 'invitation',
      targetId: invitation!.id,
      details: { email, role },
    });
    return { invitation: invitation!, secret };
  });
}

export async function listInvitations(scope: Scope, args: PageArgs) {
  authorize(scope, 'members:manage');
  const limit = pageSize(args);
  const after = decodeCursor(args.after);
  const rows = await scope.db
    .select()
    .from(invitations)
    .where(
      and(
        ownedBy(scope, invitations.teamId),
        after ? sql`(${invitations.createdAt}, ${invitations.id}) < (${after.key}::timestamptz, ${after.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(invitations.createdAt), desc(invitations.id))
    .limit(limit + 1);
  return toConnection(rows, limit, (i) => ({ key: i.createdAt.toISOString(), id: i.id }));
}

export async function revokeInvitation(scope: Scope, id: string): Promise<Invitation> {
  authorize(scope, 'members:manage');
  parseInput(z.uuid('not an invitation id'), id);
  return scope.db.transaction(async (tx) => {
    const [found] = await tx
      .select()
      .from(invitations)
      .where(and(ownedBy(scope, invitations.teamId), eq(invitations.id, id)));
    if (!found) throw new NotFoundError('Invitation');
    if (invitationStatus(found) !== 'pending') throw new InvalidInputError(`This invitation is already ${invitationStatus(found)}.`);
    const [revoked] = await tx.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.id, found.id)).returning();
    await recordAudit(tx, scope, { action: 'invitation.revoke', targetType: 'invitation', targetId: id, details: { email: found.email } });
    return revoked!;
  });
}

async function findPending(db: Database, secret: string) {
  const [row] = await db
    .select({ invitation: invitations, team: teams, inviter: users })
    .from(invitations)
    .innerJoin(teams, eq(teams.id, invitations.teamId))
    .innerJoin(users, eq(users.id, invitations.invitedBy))
    .where(
      and(
        eq(invitations.tokenHash, hashSecret(secret)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
  if (!row) throw new NotFoundError('Invitation (it may have expired or been revoked)');
  return row;
}

/** What the invite page shows before sign-in: only what the link's holder was sent anyway. */
export async function previewInvitation(db: Database, secret: string) {
  const { invitation, team, inviter } = await findPending(db, secret);
  return {
    teamName: team.name,
    invitedByName: inviter.name ?? inviter.email,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
  };
}

export async function acceptInvitation(db: Database, user: User, secret: string): Promise<{ team: Team; role: Role }> {
  const { invitation, team } = await findPending(db, secret);
  if (invitation.email !== user.email) {
    throw new ForbiddenError('This invitation was sent to another email address: sign in with that address to accept it.');
  }
  return db.transaction(async (tx) => {
    await tx.insert(memberships).values({ teamId: team.id, userId: user.id, role: invitation.role }).onConflictDoNothing();
    await tx.update(invitations).set({ acceptedAt: new Date(), acceptedBy: user.id }).where(eq(invitations.id, invitation.id));
    await recordAudit(
      tx,
      { user, team, tokenId: null },
      { action: 'invitation.accept', targetType: 'invitation', targetId: invitation.id, details: { role: invitation.role } },
    );
    return { team, role: invitation.role };
  });
}
