/**
 * Hybrid rules + ML (Chimera, Sun et al. 2014): analysts' rules and a learned classifier decide together. The model
 * is the softmax regression of `logisticRegression.ts`, trained on the labels it may see (plus, with weak labels,
 * the rows the rules label); the combiner (lib/rules/combine.ts) applies the rules around it. Predictions the engine
 * scores each epoch are the combined ones; the final report (precision before coverage, release gate, review queue)
 * is written with the model.
 */
import type { z } from 'zod';
import type { hybridConfig } from '../../lib/runs/config';
import { combine, precisionCoverage, releaseGate, scoreDecisions, type Decision, type RuleVotes } from '../../lib/rules/combine';
import { compileRules, matchRules } from '../../lib/rules/patterns';
import { seededRandom } from '../../lib/random';
import type { HybridReport, ReviewItem } from '../../lib/rules/report';
import type { TrainingData } from '../../db/trainingData';
import { createLogisticRegression } from './logisticRegression';
import type { Classifier, TrainerFactory } from './trainer';

type Config = z.output<typeof hybridConfig>;

/** How many items the review queue keeps, most impactful first. */
const REVIEW_ITEMS = 500;

/** Each row's rule votes and the rules that fired on it. */
async function ruleVotes(data: TrainingData, config: Config) {
  const none: RuleVotes = { whitelist: [], vetoed: new Set() };
  const votes: RuleVotes[] = data.rows.map(() => none);
  const fired: number[][] = data.rows.map(() => []);
  if (config.mode === 'ml_only' || !config.rules.length) return { votes, fired };
  const column = new Map(data.columns.map((c, i) => [c.name, i]));
  const classId = new Map(data.classes.map((c, i) => [c, i]));
  const rules = compileRules(config.rules);
  const fires = await matchRules(rules, data.rows.length, (row, field) => {
    const cell = data.rows[row]![column.get(field) ?? -1];
    return cell === null || cell === undefined ? null : String(cell);
  });
  fires.forEach((rows, r) => {
    const rule = rules[r]!;
    const k = classId.get(rule.class);
    if (k === undefined) return;
    for (const row of rows) {
      if (votes[row] === none) votes[row] = { whitelist: [], vetoed: new Set() };
      if (rule.kind === 'whitelist') votes[row]!.whitelist.push({ class: k, priority: rule.priority });
      else (votes[row]!.vetoed as Set<number>).add(k);
      fired[row]!.push(r);
    }
  });
  return { votes, fired };
}

export const createHybrid: TrainerFactory<Config, Classifier> = async ({ tf, data, config, seed }) => {
  const classes = data.classes.length;
  const { votes, fired } = await ruleVotes(data, config);
  const rulesOnly = config.mode === 'rules_only';

  // The labels the model may see, and the rows the rules label in their place.
  const random = seededRandom(seed * 7919 + 17);
  const labeled = new Set(
    config.labeledFraction < 1 ? random.sample(data.trainRows, Math.round(config.labeledFraction * data.trainRows.length)) : data.trainRows,
  );
  const modelLabels = Int32Array.from(data.labels);
  const weak: number[] = [];
  // ML-only runs have no votes (ruleVotes), so no weak labels either.
  if (config.weakLabels) {
    for (const row of data.trainRows) {
      if (labeled.has(row)) continue;
      const byRules = combine(config.combiner, votes[row]!);
      if (byRules.class >= 0) (weak.push(row), (modelLabels[row] = byRules.class));
    }
  }
  const modelRows = [...data.trainRows.filter((row) => labeled.has(row)), ...weak];
  const model: Classifier | null = rulesOnly
    ? null
    : await createLogisticRegression({ tf, data: { ...data, trainRows: modelRows, labels: modelLabels }, config, seed });

  /**
   * The model's probabilities and the combined decision for each row. The last answer is kept until the model
   * changes: the engine's validation scores and this trainer's own (epochMetrics) are one pass.
   */
  let last: { rows: readonly number[]; decided: Promise<Decided> } | null = null;
  const decide = (rows: readonly number[]): Promise<Decided> => {
    if (last?.rows !== rows) last = { rows, decided: decideNow(rows) };
    return last.decided;
  };
  const decideNow = async (rows: readonly number[]): Promise<Decided> => {
    const scored = model && (await model.predict(rows));
    const decisions: Decision[] = rows.map((row, i) => {
      const probabilities = scored?.probabilities?.subarray(i * classes, (i + 1) * classes);
      return combine(config.combiner, votes[row]!, probabilities);
    });
    return { decisions, probabilities: scored?.probabilities, modelPredictions: scored?.predictions };
  };
  const thresholded = (decisions: Decision[]) =>
    decisions.map((d) => (d.class >= 0 && d.confidence >= config.confidenceThreshold ? d.class : -1));

  return {
    batchesPerEpoch: Math.ceil(modelRows.length / config.batchSize),
    // Rules leave items undecided (and so may a combination of rules and model): every mode reports its coverage.
    abstains: true,

    async trainEpoch(epoch, context) {
      last = null;
      await model?.trainEpoch(epoch, context);
    },

    async predict(rows) {
      const { decisions, probabilities } = await decide(rows);
      const predictions = Int32Array.from(decisions, (d) => d.class); // -1 where nothing decided
      // A loss is the model's: rules alone have none.
      const losses = probabilities
        ? Float32Array.from(rows, (row, i) => -Math.log(Math.max(1e-7, probabilities[i * classes + data.labels[row]!]!)))
        : null;
      return { predictions, losses };
    },

    /** The learned part alone and the rules alone on validation, so the effect of weak labels shows on the curves. */
    async epochMetrics() {
      const { decisions, modelPredictions } = await decide(data.validationRows);
      const truth = Int32Array.from(data.validationRows, (row) => data.trueLabels[row]!);
      const points: Record<string, number> = {
        'val/rule_coverage': decisions.filter((d) => d.source === 'rule').length / Math.max(1, decisions.length),
      };
      if (modelPredictions) points['val/model_macro_f1'] = scoreDecisions(modelPredictions, truth, classes).macroF1;
      return points;
    },

    async explain(): Promise<HybridReport & Record<string, unknown>> {
      const validation = await decide(data.validationRows);
      const test = await decide(data.testRows);
      const truth = (rows: number[]) => Int32Array.from(rows, (row) => data.trueLabels[row]!);
      const gate = releaseGate(thresholded(validation.decisions), truth(data.validationRows), classes, config.releasePrecision);
      const decided = thresholded(test.decisions);
      const released = decided.map((k) => (k >= 0 && gate[k]!.released ? k : -1));
      const auto = scoreDecisions(released, truth(data.testRows), classes);
      const ungated = scoreDecisions(decided, truth(data.testRows), classes);
      const modelOnly = test.modelPredictions && scoreDecisions(test.modelPredictions, truth(data.testRows), classes);
      let byRules = 0;
      let byModel = 0;
      let fixed = 0;
      let broken = 0;
      data.testRows.forEach((row, i) => {
        if (released[i]! >= 0) test.decisions[i]!.source === 'rule' ? byRules++ : byModel++;
        const before = test.modelPredictions?.[i];
        if (before === undefined || decided[i]! < 0) return;
        if (before !== data.trueLabels[row] && decided[i] === data.trueLabels[row]) fixed++;
        if (before === data.trueLabels[row] && decided[i] !== data.trueLabels[row]) broken++;
      });
      const n = Math.max(1, data.testRows.length);
      return {
        kind: 'hybrid',
        mode: config.mode,
        combiner: config.combiner,
        split: 'test',
        items: data.testRows.length,
        released: {
          ...withoutPerClass(auto),
          coverageByRules: byRules / n,
          coverageByModel: byModel / n,
          review: data.testRows.length - byRules - byModel,
        },
        ungated: withoutPerClass(ungated),
        modelOnly: modelOnly ? withoutPerClass(modelOnly) : null,
        rulesFixed: test.modelPredictions ? fixed : null,
        rulesBroke: test.modelPredictions ? broken : null,
        weakLabels: weak.length,
        modelTrainingRows: modelRows.length,
        classes: data.classes.map((name, k) => ({
          name,
          ...ungated.perClass[k]!,
          releasedF1: auto.perClass[k]!.f1,
          validationPrecision: gate[k]!.precision,
          validationDecided: gate[k]!.decided,
          released: gate[k]!.released,
        })),
        curve: precisionCoverage(test.decisions, truth(data.testRows)),
        textField: data.columns.find((c) => c.type === 'text')?.name ?? null,
        // From validation items only: the test split stays a fair judge of the rules written from the queue.
        review: reviewQueue(data, validation, fired, gate, config),
      };
    },

    async saveState() {
      return model ? model.saveState() : Buffer.from('{}');
    },

    async loadState(state) {
      last = null;
      await model?.loadState(state);
    },

    dispose() {
      model?.dispose();
    },
  };
};

interface Decided {
  decisions: Decision[];
  probabilities?: Float32Array;
  modelPredictions?: Int32Array;
}

const withoutPerClass = ({ perClass: _, ...scores }: ReturnType<typeof scoreDecisions>) => scores;

/**
 * Validation items an analyst should look at: where a rule and the model disagree (most confident model first: a
 * confident model contradicted by a rule is either a rule's mistake or the model's blind spot), items left undecided
 * or under the threshold, where the model is unsure, and where the release gate held a decision back.
 */
function reviewQueue(
  data: TrainingData,
  validation: Decided,
  fired: number[][],
  gate: { released: boolean }[],
  config: Config,
): ReviewItem[] {
  const classes = data.classes.length;
  const textColumn = data.columns.findIndex((c) => c.type === 'text');
  const model = (i: number) => {
    if (!validation.modelPredictions || !validation.probabilities) return null;
    const k = validation.modelPredictions[i]!;
    return { class: k, confidence: validation.probabilities[i * classes + k]! };
  };
  const items: ReviewItem[] = [];
  data.validationRows.forEach((row, i) => {
    const decision = validation.decisions[i]!;
    const predicted = model(i);
    const byRule = decision.source === 'rule' ? decision.class : null;
    let reason: ReviewItem['reason'] | null = null;
    let impact = 0;
    if (byRule !== null && predicted && predicted.class !== byRule) ((reason = 'disagreement'), (impact = 1 + predicted.confidence));
    else if (decision.class < 0 || decision.confidence < config.confidenceThreshold) ((reason = 'undecided'), (impact = 0.75));
    else if (decision.source === 'ml' && decision.confidence < 0.5) ((reason = 'unsure'), (impact = 1 - decision.confidence));
    else if (!gate[decision.class]!.released) ((reason = 'gated'), (impact = 0.5 * decision.confidence));
    if (!reason) return;
    items.push({
      row,
      text: textColumn >= 0 ? String(data.rows[row]![textColumn] ?? '') : '',
      label: data.classes[data.trueLabels[row]!]!,
      ruleClass: byRule === null ? null : data.classes[byRule]!,
      modelClass: predicted ? data.classes[predicted.class]! : null,
      modelConfidence: predicted?.confidence ?? null,
      decision: decision.class >= 0 ? data.classes[decision.class]! : null,
      reason,
      impact,
      rules: fired[row]!,
    });
  });
  return items.sort((a, b) => b.impact - a.impact).slice(0, REVIEW_ITEMS);
}
