import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { runGroups, runPhaseDetections, runs, users } from '../../db/schema';
import { createTestDatabase } from '../../test/database';
import { ensureDemo } from '../demo/seed';
import { resolveScope } from '../tenancy/scope';
import { createAnnotation } from './annotations';
import { listFindings } from './findings';

describe('findings', () => {
  it("read a fine-tuning ablation as Tänzer et al.'s two claims: test F1 paired by seed, and the phases each run passed", async () => {
    const { db } = await createTestDatabase();
    await ensureDemo(db);
    const [user] = await db.select().from(users).where(eq(users.email, 'demo@phaselab.dev'));
    const scope = await resolveScope(db, { kind: 'user', user: user! }, 'demo');
    const [group] = await db.select().from(runGroups).where(eq(runGroups.name, 'Fine-tuning ablation (20% noise)'));
    const members = await db.select().from(runs).where(eq(runs.groupId, group!.id));
    expect(members).toHaveLength(6);
    // As the workers would leave them: pre-trained runs score higher on every seed; each pre-trained run passed all
    // three phases but seed 3's missed memorization, which a person then marked; random-init runs memorized at once.
    for (const run of members) {
      const pretrained = (run.config as { init: string }).init === 'pretrained';
      await db
        .update(runs)
        .set({ status: 'succeeded', summary: { 'test/f1': (pretrained ? 0.9 : 0.8) + run.seed / 100 } })
        .where(eq(runs.id, run.id));
      const phases = pretrained
        ? run.seed === 3
          ? ['fitting', 'settling']
          : ['fitting', 'settling', 'memorization']
        : ['fitting', 'memorization'];
      await db.insert(runPhaseDetections).values({
        runId: run.id,
        teamId: run.teamId,
        version: 'test',
        params: {},
        status: 'detected',
        final: true,
        epochsSeen: 12,
        explanation: '',
        evidence: {},
        phases: phases.map((phase, i) => ({ phase, start: i * 4, end: i * 4 + 4, confidence: 0.9, evidence: {} })),
      });
    }
    const missing = members.find((r) => r.seed === 3 && (r.config as { init: string }).init === 'pretrained')!;

    let [finding] = (await listFindings(scope)).filter((f) => f.group.id === group!.id);
    expect(finding).toMatchObject({ scoreKey: 'test/f1', claimed: 'pretrained', verdict: 'supported' });
    expect(finding!.differences).toEqual([expect.objectContaining({ versus: 'random', seeds: 3 })]);
    expect(finding!.differences[0]!.mean).toBeCloseTo(0.1, 12);
    expect(finding!.phases!.verdict).toBe('inconclusive');
    expect(finding!.phases!.runs).toContainEqual({ configuration: 'pretrained', seed: 3, phases: ['fitting', 'settling'] });
    expect(finding!.phases!.runs.filter((r) => r.configuration === 'random').map((r) => r.phases)).toEqual(
      Array(3).fill(['fitting', 'memorization']),
    );

    await createAnnotation(scope, missing.id, { kind: 'band', label: 'memorization', start: 10, end: 12, phase: 'memorization' });
    [finding] = (await listFindings(scope)).filter((f) => f.group.id === group!.id);
    expect(finding!.phases!.runs).toContainEqual({ configuration: 'pretrained', seed: 3, phases: ['fitting', 'settling', 'memorization'] });
    expect(finding!.phases!.verdict).toBe('supported');

    // A Wide & Deep or hybrid ablation has no phase claim.
    expect((await listFindings(scope)).filter((f) => f.group.id !== group!.id).every((f) => f.phases === null)).toBe(true);
  });
});
