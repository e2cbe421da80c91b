/**
 * Phaselab's extension of the tracking API (paths under `/api/2.0/phaselab/`): per-example memorization and noisy
 * labels on request, for runs trained anywhere. docs/tracking-api.md documents each body.
 */
import { epochFromBytes, epochFromJson, logExampleEpoch, registerExamples } from '../../domain/runExamples';
import { exampleLabelErrors } from '../../domain/labelErrors';
import { noisyLabelsFor } from '../../domain/noisyLabels';
import type { RouteSpec } from './mlflowRoutes';

export const extensionRoutes: Record<string, RouteSpec> = {
  'runs/examples/register': {
    method: 'POST',
    handle: async (scope, p) =>
      registerExamples(scope, p.run_id, { ids: p.ids, labels: p.labels, trueLabels: p.true_labels, texts: p.texts, classes: p.classes }),
  },
  'runs/examples/log-epoch': {
    method: 'POST',
    handle: async (scope, p) => epochAnswer(await logExampleEpoch(scope, p.run_id, (classes) => epochFromJson(p, classes))),
    binary: async (scope, query, body) => epochAnswer(await logExampleEpoch(scope, query.run_id, () => epochFromBytes(query.epoch, body))),
  },
  'runs/examples/suspected-label-errors': {
    method: 'GET',
    handle: async (scope, p) => {
      const found = await exampleLabelErrors(scope, p.run_id, p.max_results === undefined ? 50 : Number(p.max_results) || 50);
      return {
        examples: found.map((e) => ({
          id: e.id,
          text: e.text,
          label: e.label,
          predicted_label: e.predictedLabel,
          loss: e.loss,
          score: e.score,
          noisy: e.noisy,
        })),
      };
    },
  },
  'runs/noisy-labels': {
    method: 'POST',
    handle: async (scope, p) =>
      noisyLabelsFor(scope, p.run_id, { datasetVersionId: p.dataset_version_id, rate: p.rate, scheme: p.scheme, seed: p.seed }),
  },
};

const epochAnswer = (m: Awaited<ReturnType<typeof logExampleEpoch>>) => ({
  epoch: m.epoch,
  examples: m.examples,
  memorized_fraction: m.memorizedFraction,
  recovered_fraction: m.recoveredFraction,
  detection_f1: m.detectionF1,
});
