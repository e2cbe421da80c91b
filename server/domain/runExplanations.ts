import { nearestValues } from '../../lib/runs/embeddings';
import { InvalidInputError } from '../errors';
import type { Scope } from '../tenancy/scope';
import { getRunExplanation } from './runs';

export interface Explanation {
  crossWeights: { feature: string; class: string; weight: number }[];
  embeddings: { column: string; values: string[]; vectors: number[][] }[];
}

/** What a finished run's model learned, as its trainer wrote it with the final model; null for kinds without one. */
export async function getExplanation(scope: Scope, runId: string): Promise<Explanation | null> {
  const found = await getRunExplanation(scope, runId);
  // Only Wide & Deep writes this shape; a hybrid run's artifact of the same name is its report.
  return found?.run.kind === 'wide_deep' ? (found.explanation as Explanation) : null;
}

export async function embeddingNeighbours(scope: Scope, runId: string, column: string, value: string, count: number) {
  const explanation = await getExplanation(scope, runId);
  const table = explanation?.embeddings.find((e) => e.column === column);
  if (!table)
    throw new InvalidInputError(
      `column: the run has no embeddings for "${column}"${explanation ? `; it has ${explanation.embeddings.map((e) => e.column).join(', ') || 'none'}` : ''}`,
      'column',
    );
  const near = nearestValues(table.values, table.vectors, value, Math.min(Math.max(count, 1), 50));
  if (!near) throw new InvalidInputError(`value: "${value}" is not among the values the run learned for ${column}`, 'value');
  return near;
}
