import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { appImpressionLines } from './appImpressions';
import { corpusLines, nerLines } from './ner';
import { productTitleLines } from './productTitles';

const take = (lines: Iterable<string>) => [...lines];

describe('sample generators', () => {
  it('give the same data for a seed and other data for another seed', () => {
    expect(take(nerLines(50, 1))).toEqual(take(nerLines(50, 1)));
    expect(take(nerLines(50, 1))).not.toEqual(take(nerLines(50, 2)));
    expect(take(appImpressionLines(50, 1))).toEqual(take(appImpressionLines(50, 1)));
    expect(take(productTitleLines(50, 1))).not.toEqual(take(productTitleLines(50, 2)));
    expect(take(corpusLines(50, 1))).toEqual(take(corpusLines(50, 1)));
  });

  it('plant install signal in app crosses (memorizable) and in age trends (generalizable)', () => {
    const rows: Record<string, string>[] = parse(take(appImpressionLines(20_000)).join('\n'), { columns: true });
    const rate = (subset: Record<string, string>[]) => subset.filter((r) => r.installed === '1').length / subset.length;
    // Pairs (installed app, impressed app) seen often enough to estimate their own install rate.
    const pairs = new Map<string, Record<string, string>[]>();
    for (const row of rows)
      for (const app of row.installed_apps!.split(' '))
        pairs.set(`${app}>${row.impressed_app}`, [...(pairs.get(`${app}>${row.impressed_app}`) ?? []), row]);
    const pairRates = [...pairs.values()].filter((r) => r.length >= 8).map(rate);
    const hot = pairRates.filter((r) => r > 0.7).length;
    expect(hot).toBeGreaterThan(5); // crosses: far above the base rate, which no feature alone explains
    expect(rate(rows)).toBeGreaterThan(0.1);
    expect(rate(rows)).toBeLessThan(0.35);
    const games = rows.filter((r) => r.impressed_category === 'games');
    const young = rate(games.filter((r) => Number(r.user_age) < 30));
    const old = rate(games.filter((r) => Number(r.user_age) > 55));
    expect(young).toBeGreaterThan(old * 1.5); // a smooth trend shared by every game
  });

  it('keep some product categories and NER types rare', () => {
    const counts = new Map<string, number>();
    for (const line of productTitleLines(6000)) {
      const { category } = JSON.parse(line) as { category: string };
      counts.set(category, (counts.get(category) ?? 0) + 1);
    }
    expect([...counts.values()].filter((n) => n < 50)).toHaveLength(3);
    const misc = take(nerLines(3000)).filter((l) => l.endsWith('B-MISC')).length;
    const per = take(nerLines(3000)).filter((l) => l.endsWith('B-PER')).length;
    expect(misc).toBeGreaterThan(10);
    expect(misc * 20).toBeLessThan(per);
  });
});
