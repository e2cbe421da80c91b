/**
 * Hybrid rules + ML: the science check and the rule tester's speed, on a throwaway embedded Postgres.
 *  1. The demo product titles and the demo rule set, seeds 1–3 × modes ml_only / rules_only / hybrid (default
 *     config, 10 epochs), with all training labels and with 20% of them (rules labelling the rest when weak labels
 *     are on): macro-F1 of every decision on the test split, F1 of the three rare classes, and the released precision
 *     and coverage (release target 92%); per setting, hybrid against ML only paired over seeds, with its verdict.
 *  2. The rule tester on 100,000 product titles: the first call (rows read and decoded) and warm calls (median).
 * Usage: npx tsx bench/hybrid.ts [seeds=3]
 */
import { sql } from 'drizzle-orm';
import { hybridConfig, hybridModes } from '../lib/runs/config';
import type { HybridReport } from '../lib/rules/report';
import { ingestFile } from '../server/datasets/ingest';
import { uploadLimits } from '../server/datasets/limits';
import { asBytes } from '../server/datasets/samples/bytes';
import { productTitleLines } from '../server/datasets/samples/productTitles';
import { DEMO_PRODUCT_RULES } from '../server/demo/productRules';
import { createDataset } from '../server/domain/datasets';
import { testRule } from '../server/domain/ruleAnalysis';
import { loadTrainingData } from '../db/trainingData';
import { loadTensorFlow } from '../workers/tf';
import { createHybrid } from '../workers/trainers/hybrid';
import { withBenchDatabase } from './benchDatabase';
import { printVerdict } from './verdict';

const seeds = Number(process.argv[2] ?? 3);
const RARE = ['musical instruments', 'safety equipment', 'sewing'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const pct = (x: number) => `${(x * 100).toFixed(1)}`.padStart(5);

await withBenchDatabase('hybrid', 54347, 'product-titles', async ({ db, scope, teamId, versionId }) => {
  const { tf, backend } = await loadTensorFlow();
  const rules = DEMO_PRODUCT_RULES.map(({ kind, field, pattern, class: c, priority }) => ({ kind, field, pattern, class: c, priority }));

  console.log(`1. product titles, demo rules (${rules.length}), ${seeds} seeds, 10 epochs, ${backend}; test split; means over seeds (%)`);
  console.log(
    '   setting                          mode        macro-F1  model alone  rare F1 (instr, safety, sewing)  released precision / coverage',
  );
  for (const setting of [
    { name: 'all labels', labeledFraction: 1, weakLabels: false },
    { name: '20% of labels', labeledFraction: 0.2, weakLabels: false },
    { name: '20% of labels + rules feed data', labeledFraction: 0.2, weakLabels: true },
  ]) {
    const macroF1: Record<string, number[]> = {};
    for (const mode of hybridModes) {
      const reports: HybridReport[] = [];
      for (let seed = 1; seed <= seeds; seed++) {
        const data = await loadTrainingData(db, teamId, versionId, {});
        const config = hybridConfig.parse({ mode, rules, labeledFraction: setting.labeledFraction, weakLabels: setting.weakLabels });
        const trainer = await createHybrid({ tf, data, config, seed });
        for (let epoch = 1; epoch <= config.epochs; epoch++)
          await trainer.trainEpoch(epoch, { signal: new AbortController().signal, onBatch: () => {} });
        reports.push((await trainer.explain!()) as unknown as HybridReport);
        trainer.dispose();
      }
      const rare = RARE.map((name) => pct(mean(reports.map((r) => r.classes.find((c) => c.name === name)!.f1))));
      console.log(
        `   ${setting.name.padEnd(32)} ${mode.padEnd(11)} ${pct(mean(reports.map((r) => r.ungated.macroF1)))}     ${reports[0]!.modelOnly ? pct(mean(reports.map((r) => r.modelOnly!.macroF1))) : '    —'}        ${rare.join('  ')}                   ${pct(mean(reports.map((r) => r.released.precision)))} / ${pct(mean(reports.map((r) => r.released.coverage)))}` +
          (setting.weakLabels && mode !== 'ml_only' ? `  (weak labels ${Math.round(mean(reports.map((r) => r.weakLabels)))})` : ''),
      );
      macroF1[mode] = reports.map((r) => r.ungated.macroF1);
    }
    printVerdict(`with ${setting.name}, rules next to the classifier beat the classifier alone (test macro-F1)`, 'hybrid', macroF1, [
      'ml_only',
    ]);
  }

  // 2. The tester on 100,000 titles, as the rule editor calls it.
  const upload = await db.transaction((tx) =>
    ingestFile(tx, {
      teamId: teamId,
      userId: scope.user.id,
      filename: 'titles-100k.jsonl',
      source: asBytes(productTitleLines(100_000, 99)),
      limits: uploadLimits(),
    }),
  );
  const big = await createDataset(scope, { name: 'Titles 100k', uploadId: upload.id });
  const [bigVersion] = await db.execute<{ id: string }>(sql`select id from dataset_versions where dataset_id = ${big.id}`);
  const input = {
    datasetVersionId: bigVersion!.id,
    kind: 'whitelist',
    field: 'title',
    pattern: '\\b(guitar case|music stand)\\b',
    class: 'musical instruments',
  };
  let started = performance.now();
  const first = await testRule(scope, input);
  const cold = performance.now() - started;
  const warm: number[] = [];
  for (let i = 0; i < 9; i++) {
    started = performance.now();
    await testRule(scope, { ...input, pattern: `\\b(guitar case|music stand|${['ukulele', 'metronome', 'stand'][i % 3]})\\b` });
    warm.push(performance.now() - started);
  }
  console.log(
    `2. rule tester on ${first.rows.toLocaleString('en-US')} rows (${first.matches} matches): first call ${cold.toFixed(0)} ms (rows read once), then median ${median(warm).toFixed(0)} ms [${warm.map((t) => t.toFixed(0)).join(', ')}]`,
  );
});
