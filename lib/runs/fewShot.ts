import { seededRandom } from '../random';
import type { FewShotConfig } from './config';

/**
 * Few-shot training sets: of the training rows that hold a chosen class, k per class are kept (drawn by the config's
 * seed; a row holding two chosen classes counts for both and is kept only while both are under k); rows without a
 * chosen class all stay. Validation and test are untouched, so scores stay comparable across k.
 */
export function keepFewShot(trainRows: number[], classesOf: (row: number) => string[], fewShot: FewShotConfig | undefined): number[] {
  if (!fewShot?.classes.length) return trainRows;
  const chosen = new Set(fewShot.classes);
  const kept = new Map(fewShot.classes.map((c) => [c, 0]));
  const keep = new Set<number>();
  for (const row of seededRandom(fewShot.seed).sample(trainRows, trainRows.length)) {
    const held = [...new Set(classesOf(row))].filter((c) => chosen.has(c));
    if (held.every((c) => kept.get(c)! < fewShot.k)) {
      keep.add(row);
      for (const c of held) kept.set(c, kept.get(c)! + 1);
    }
  }
  return trainRows.filter((row) => keep.has(row));
}
