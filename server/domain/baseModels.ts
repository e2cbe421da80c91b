import { and, desc, eq, inArray } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { runArtifacts, runs } from '../../db/schema';
import { readHeader } from '../../lib/runs/modelFormat';
import { WordPieceTokenizer } from '../../lib/text/wordpiece';
import type { Executor } from '../../db/client';
import { encoderPresets, type pretrainConfig } from '../../lib/runs/config';
import type { z } from 'zod';
import { InvalidInputError, NotFoundError } from '../errors';
import { authorize, ownedBy, type Scope } from '../tenancy/scope';
import type { DatasetStats } from '../datasets/stats';
import type { Run } from './runs';

/**
 * A team's base models are its pre-training runs: one that succeeded is ready to fine-tune, one still queued or
 * running can be chosen already (the fine-tuning run waits for it). Its size and corpus are the run's config and data.
 */
export async function listBaseModels(scope: Scope): Promise<Run[]> {
  authorize(scope, 'runs:read');
  return scope.db
    .select()
    .from(runs)
    .where(and(ownedBy(scope, runs.teamId), eq(runs.kind, 'pretrain'), inArray(runs.status, ['queued', 'running', 'succeeded'])))
    .orderBy(desc(runs.createdAt));
}

export function baseModelSize(run: Run) {
  const config = run.config as z.output<typeof pretrainConfig>;
  return { preset: config.preset, ...encoderPresets[config.preset], maxLength: config.maxLength, vocabularySize: config.vocabularySize };
}

/** A fine-tuning config's checks against the team's data: its base model, its length, its few-shot classes. */
export async function checkFinetuneConfig(
  scope: Scope,
  config: Record<string, unknown>,
  version: { stats: unknown; taskType: string },
  tx: Executor,
) {
  if (!('init' in config)) return; // not a fine-tuning config
  if (!config.baseModelId)
    throw new InvalidInputError('config.baseModelId: choose a base model (pre-train one on a corpus first)', 'config.baseModelId');
  const [base] = await tx
    .select()
    .from(runs)
    .where(and(ownedBy(scope, runs.teamId), eq(runs.id, config.baseModelId as string), eq(runs.kind, 'pretrain')));
  if (!base) throw new NotFoundError('Base model');
  if (base.status === 'failed' || base.status === 'canceled') {
    throw new InvalidInputError(
      `config.baseModelId: that pre-training ${base.status}; choose another base model from Models`,
      'config.baseModelId',
    );
  }
  const { maxLength } = baseModelSize(base);
  if (config.maxLength !== undefined && (config.maxLength as number) > maxLength) {
    throw new InvalidInputError(`config.maxLength: the base model reads at most ${maxLength} tokens`, 'config.maxLength');
  }
  const stats = version.stats as DatasetStats;
  if (stats.tokens?.tagScheme === 'BIOES')
    throw new InvalidInputError('datasetVersionId: fine-tuning reads IOB tags; this dataset is tagged BIOES', 'datasetVersionId');
  const fewShot = config.fewShot as { classes: string[] } | undefined;
  const classes = Object.keys(stats.labelDistribution);
  fewShot?.classes.forEach((c, i) => {
    if (!classes.includes(c))
      throw new InvalidInputError(
        `config.fewShot.classes.${i}: the dataset has no class "${c}"; it has ${classes.join(', ')}`,
        `config.fewShot.classes.${i}`,
      );
  });
}

/** The base model a fine-tuning run names; null for other runs. */
export async function baseModelOf(scope: Scope, run: Run): Promise<Run | null> {
  authorize(scope, 'runs:read');
  const id = (run.config as { baseModelId?: string }).baseModelId;
  if (!id) return null;
  const [base] = await scope.db
    .select()
    .from(runs)
    .where(and(ownedBy(scope, runs.teamId), eq(runs.id, id)));
  return base ?? null;
}

/** Tokenizers of finished base models (a model never changes), by run id. */
const tokenizers = new LRUCache<string, WordPieceTokenizer>({ max: 16 });

/** How a base model's tokenizer splits a text into WordPiece tokens; empty while it still pre-trains. */
export async function tokenizeWith(scope: Scope, run: Run, text: string): Promise<string[]> {
  authorize(scope, 'runs:read');
  if (text.length > 2000) throw new InvalidInputError('text: tokenize at most 2,000 characters at once', 'text');
  let tokenizer = tokenizers.get(run.id);
  if (!tokenizer) {
    const [model] = await scope.db
      .select({ data: runArtifacts.data })
      .from(runArtifacts)
      .where(and(ownedBy(scope, runArtifacts.teamId), eq(runArtifacts.runId, run.id), eq(runArtifacts.name, 'model')));
    if (!model) return [];
    tokenizer = new WordPieceTokenizer({ tokens: (readHeader(model.data).extra as { vocabulary: string[] }).vocabulary });
    tokenizers.set(run.id, tokenizer);
  }
  return tokenizer.encode(text).map((id) => tokenizer.vocabulary.tokens[id]!);
}
