import { asc, eq, sql } from 'drizzle-orm';
import slugify from 'slugify';
import type { Database, Executor } from '../../db/client';
import { memberships, teams, experiments } from '../../db/schema';
import type { Role } from '../../lib/permissions';
import { authorize, type Scope, type Team, type User } from '../tenancy/scope';
import { DEFAULT_EXPERIMENT_NAME } from './experiments';
import { recordAudit } from './audit';
import { randomBytes } from 'node:crypto';
import { teamNameInput } from '../../lib/inputs';
import { parseInput } from './validation';

export async function createTeam(db: Database, user: User, input: unknown): Promise<Team> {
  const { name } = parseInput(teamNameInput, input);
  return db.transaction(async (tx) => {
    const team = await insertTeamWithFreeSlug(tx, name);
    await tx.insert(memberships).values({ teamId: team.id, userId: user.id, role: 'owner' });
    // The tracking API's Default experiment ("0"), where MLflow's clients log when no experiment is set.
    await tx.insert(experiments).values({ teamId: team.id, name: DEFAULT_EXPERIMENT_NAME, isDefault: true, createdBy: user.id });
    await recordAudit(
      tx,
      { user, team, tokenId: null },
      { action: 'team.create', targetType: 'team', targetId: team.id, details: { name } },
    );
    return team;
  });
}

/** Slugs are public-facing (URLs), so they are readable; a short random suffix resolves collisions. */
async function insertTeamWithFreeSlug(db: Executor, name: string): Promise<Team> {
  const base = slugify(name, { lower: true, strict: true }).slice(0, 40) || 'team';
  for (let attempt = 0; ; attempt++) {
    const slug = attempt === 0 ? base : `${base}-${randomBytes(3).toString('hex')}`;
    const [team] = await db.insert(teams).values({ name, slug }).onConflictDoNothing().returning();
    if (team) return team;
  }
}

export async function updateTeam(scope: Scope, input: unknown): Promise<Team> {
  authorize(scope, 'team:update');
  const { name } = parseInput(teamNameInput, input);
  return scope.db.transaction(async (tx) => {
    const [team] = await tx.update(teams).set({ name }).where(eq(teams.id, scope.team.id)).returning();
    await recordAudit(tx, scope, {
      action: 'team.update',
      targetType: 'team',
      targetId: scope.team.id,
      details: { from: scope.team.name, to: name },
    });
    return team!;
  });
}

export async function membershipsOf(db: Database, user: User): Promise<{ team: Team; role: Role }[]> {
  return db
    .select({ team: teams, role: memberships.role })
    .from(memberships)
    .innerJoin(teams, eq(teams.id, memberships.teamId))
    .where(eq(memberships.userId, user.id))
    .orderBy(asc(memberships.createdAt), asc(sql`${teams.name}`));
}
