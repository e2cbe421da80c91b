/** How a science bench reports a claim: the paired differences over seeds with their intervals, and the verdict. */
import { describeDifference, pairedVerdict } from '../lib/compare/verdicts';

/** `scores[configuration]` holds one value per seed, seeds in the same order for every configuration. */
export function printVerdict(claim: string, claimed: string, scores: Record<string, number[]>, versus: string[], higherIsBetter = true) {
  const bySeed = (values: number[]) => new Map(values.map((v, i) => [i + 1, v]));
  const { verdict, differences } = pairedVerdict(
    bySeed(scores[claimed]!),
    Object.fromEntries(versus.map((v) => [v, bySeed(scores[v]!)])),
    higherIsBetter,
  );
  console.log(`   claim: ${claim}`);
  for (const d of differences)
    console.log(`     ${describeDifference(claimed, d)}${higherIsBetter ? '' : ' (lower is better: other − claimed)'}`);
  console.log(`     verdict: ${verdict.replace('_', ' ')}`);
}
