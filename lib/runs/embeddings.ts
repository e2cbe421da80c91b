/** The values whose embeddings point the most the same way as `value`'s (cosine similarity), nearest first. */
export function nearestValues(
  values: readonly string[],
  vectors: readonly number[][],
  value: string,
  count: number,
): { value: string; similarity: number }[] | null {
  const at = values.indexOf(value);
  if (at < 0) return null;
  const norm = (v: readonly number[]) => Math.sqrt(v.reduce((a, b) => a + b * b, 0)) || 1;
  const target = vectors[at]!;
  const targetNorm = norm(target);
  return values
    .map((other, i) => ({
      value: other,
      similarity: vectors[i]!.reduce((a, b, k) => a + b * target[k]!, 0) / (norm(vectors[i]!) * targetNorm),
    }))
    .filter((_, i) => i !== at)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, count);
}
