import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { teams, users } from '../../db/schema';
import { signUp } from '../domain/users';
import { createTeam } from '../domain/teams';
import { createSampleDataset, listSamples } from '../domain/datasets';
import { createRule, createRuleSet } from '../domain/rules';
import { resolveScope } from '../tenancy/scope';
import { DEMO_PRODUCT_RULES } from './productRules';

/** Printed at start and documented in the README, so a fresh install is never empty. */
export const DEMO_CREDENTIALS = { email: 'demo@phaselab.dev', password: 'phaselab-demo', name: 'Demo User' };

/** Creates the demo user and the demo team, with every sample dataset and a rule set, on first start; later starts do nothing. */
export async function ensureDemo(db: Database): Promise<{ created: boolean; teamSlug: string }> {
  const existing = await db.query.users.findFirst({ where: eq(users.email, DEMO_CREDENTIALS.email) });
  if (existing) {
    const [team] = await db.select({ slug: teams.slug }).from(teams).where(eq(teams.slug, 'demo'));
    return { created: false, teamSlug: team?.slug ?? 'demo' };
  }
  const user = await signUp(db, DEMO_CREDENTIALS);
  const team = await createTeam(db, user, { name: 'Demo' });
  const scope = await resolveScope(db, { kind: 'user', user }, team.slug);
  for (const sample of listSamples()) await createSampleDataset(scope, sample.key);
  const rules = await createRuleSet(scope, { name: 'Product categories', description: 'Rules for the rare categories of the product titles.' });
  for (const rule of DEMO_PRODUCT_RULES) await createRule(scope, rules.id, rule);
  return { created: true, teamSlug: team.slug };
}
