import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { runGroups, runs, teams } from '../../db/schema';
import { createTestDatabase } from '../../test/database';
import { ensureDemo } from './seed';
import { ablations, type RunKind } from '../../lib/runs/config';

describe('the demo team', () => {
  it('comes with the studies queued: three ablations over three seeds, and a base model, its noise sweep and the fine-tuning ablation, which wait for it', async () => {
    const { db } = await createTestDatabase();
    expect(await ensureDemo(db)).toEqual({ created: true, teamSlug: 'demo' });
    const queued = await db.select().from(runs);
    const base = queued.find((r) => r.kind === 'pretrain')!;
    expect(base).toMatchObject({ name: 'Demo base model (tiny)', status: 'queued' });
    const finetunes = queued.filter((r) => r.kind === 'finetune');
    expect(
      finetunes.map((r) => [(r.config as { noise: { rate: number } }).noise.rate, (r.config as { init: string }).init]).sort(),
    ).toEqual([
      [0, 'pretrained'],
      [0.1, 'pretrained'],
      [0.2, 'pretrained'],
      [0.2, 'pretrained'],
      [0.2, 'pretrained'],
      [0.2, 'pretrained'],
      [0.2, 'random'],
      [0.2, 'random'],
      [0.2, 'random'],
      [0.3, 'pretrained'],
    ]);
    for (const run of finetunes) expect(run.config).toMatchObject({ baseModelId: base.id, epochs: 12 });
    const groups = await db.select().from(runGroups);
    expect(groups.map((g) => [g.name, g.kind, g.varies]).sort()).toEqual([
      ['Fine-tuning ablation (20% noise)', 'ablation', 'init, seed'],
      ['Hybrid ablation (20% of labels)', 'ablation', 'mode, seed'],
      ['Hybrid ablation (all labels)', 'ablation', 'mode, seed'],
      ['Noise sweep (pre-trained)', 'sweep', 'noise.rate'],
      ['Wide & Deep ablation', 'ablation', 'mode, seed'],
    ]);
    for (const group of groups.filter((g) => g.kind === 'ablation')) {
      const ablation = queued.filter((r) => r.groupId === group.id);
      const { field, values } = ablations[ablation[0]!.kind as RunKind]!;
      expect(new Set(ablation.map((r) => `${(r.config as Record<string, string>)[field]}:${r.seed}`)).size).toBe(values.length * 3);
      expect(new Set(ablation.map((r) => r.seed))).toEqual(new Set([1, 2, 3]));
    }
    // A second start changes nothing.
    expect(await ensureDemo(db)).toEqual({ created: false, teamSlug: 'demo' });
    expect(await db.select().from(runs)).toHaveLength(queued.length);
  });

  it('can start without the study', async () => {
    const { db } = await createTestDatabase();
    await ensureDemo(db, { training: false });
    const [team] = await db.select().from(teams).where(eq(teams.slug, 'demo'));
    expect(team).toBeDefined();
    expect(await db.select().from(runs)).toEqual([]);
  });
});
