import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { datasetVersions, teams, users } from '../../db/schema';
import { createAccount } from '../domain/users';
import { createTeam } from '../domain/teams';
import { createSampleDataset, listSamples } from '../domain/datasets';
import { createRule, createRuleSet } from '../domain/rules';
import { resolveScope, type Scope } from '../tenancy/scope';
import { createRun } from '../domain/runs';
import { launchAblation, launchSweep } from '../domain/runGroups';
import { DEMO_PRODUCT_RULES } from './productRules';

/** Printed at start and documented in the README, so a fresh install is never empty. */
export const DEMO_CREDENTIALS = { email: 'demo@phaselab.dev', password: 'phaselab-demo', name: 'Demo User' };

/**
 * Creates the demo user and the demo team, with every sample dataset and a rule set, on first start; later starts do
 * nothing. With `training`, it also queues the demo studies (see demoTraining).
 */
export async function ensureDemo(db: Database, { training = true } = {}): Promise<{ created: boolean; teamSlug: string }> {
  const existing = await db.query.users.findFirst({ where: eq(users.email, DEMO_CREDENTIALS.email) });
  if (existing) {
    const [team] = await db.select({ slug: teams.slug }).from(teams).where(eq(teams.slug, 'demo'));
    return { created: false, teamSlug: team?.slug ?? 'demo' };
  }
  const user = await createAccount(db, DEMO_CREDENTIALS);
  const team = await createTeam(db, user, { name: 'Demo' });
  const scope = await resolveScope(db, { kind: 'user', user }, team.slug);
  const versions = new Map<string, string>();
  for (const sample of listSamples()) {
    const dataset = await createSampleDataset(scope, sample.key);
    const [version] = await db.select({ id: datasetVersions.id }).from(datasetVersions).where(eq(datasetVersions.datasetId, dataset.id));
    versions.set(sample.key, version!.id);
  }
  const rules = await createRuleSet(scope, {
    name: 'Product categories',
    description: 'Rules for the rare categories of the product titles.',
  });
  for (const rule of DEMO_PRODUCT_RULES) await createRule(scope, rules.id, rule);
  if (training) await demoTraining(scope, versions, rules.id);
  return { created: true, teamSlug: team.slug };
}

/**
 * The demo studies, queued for the workers, the quick ones first so the Findings page fills early:
 * - paradigm 2: the Wide & Deep ablation on the app impressions (crossing installed with impressed apps, 5 epochs,
 *   as bench/wideDeep.ts), seeds 1–3;
 * - paradigm 3: the hybrid ablation on the product titles with the demo rule set (10 epochs, as bench/hybrid.ts),
 *   seeds 1–3, with all training labels and with 20% of them (where labels are scarce, as rules are meant for);
 * - paradigm 1 (about 45 minutes on two cores): a base model pre-trained by our own `pretrain` kind on the demo
 *   corpus (3 epochs), the paper's noise sweep (0/10/20/30% entity noise) fine-tuned from it on the demo NER data
 *   (one seed), and the ablation the Findings page reads: pre-trained against the same architecture from random
 *   weights at 20%, seeds 1–3. The fine-tuning runs wait for the base model.
 */
async function demoTraining(scope: Scope, versions: Map<string, string>, ruleSetId: string) {
  await launchAblation(scope, {
    kind: 'wide_deep',
    name: 'Wide & Deep ablation',
    datasetVersionId: versions.get('app-impressions'),
    config: { epochs: 5, crosses: [['installed_apps', 'impressed_app']] },
    seed: 1,
    seeds: 3,
  });
  await launchAblation(scope, {
    kind: 'hybrid',
    name: 'Hybrid ablation (all labels)',
    datasetVersionId: versions.get('product-titles'),
    config: { ruleSetId },
    seed: 1,
    seeds: 3,
  });
  await launchAblation(scope, {
    kind: 'hybrid',
    name: 'Hybrid ablation (20% of labels)',
    datasetVersionId: versions.get('product-titles'),
    config: { ruleSetId, labeledFraction: 0.2 },
    seed: 1,
    seeds: 3,
  });
  const base = await createRun(scope, {
    name: 'Demo base model (tiny)',
    kind: 'pretrain',
    datasetVersionId: versions.get('synthetic-corpus'),
    config: { epochs: 3 },
    seed: 1,
  });
  const finetune = { baseModelId: base.id, epochs: 12 };
  await launchSweep(scope, {
    kind: 'finetune',
    name: 'Noise sweep (pre-trained)',
    datasetVersionId: versions.get('synthetic-ner'),
    config: finetune,
    seed: 1,
    axes: [{ field: 'noise.rate', values: [0, 0.1, 0.2, 0.3] }],
  });
  await launchAblation(scope, {
    kind: 'finetune',
    name: 'Fine-tuning ablation (20% noise)',
    datasetVersionId: versions.get('synthetic-ner'),
    config: { ...finetune, noise: { rate: 0.2 } },
    seed: 1,
    seeds: 3,
  });
}
