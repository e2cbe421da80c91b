/**
 * App-store impressions in the spirit of Google Play: a user (age, country, device, the set of apps installed) is
 * shown an app; the label is whether they installed it. The install probability is a logistic of two planted parts:
 *
 * - Generalizable, smooth trends shared across values: each app belongs to a category; young users lean to games
 *   and music, older ones to productivity and finance, and every installed app of the impressed app's category adds
 *   the same lift. A model with embeddings can learn these from a few examples of each app.
 * - Memorizable crosses: 60 specific (installed app, impressed app) pairs carry a large lift that nothing else
 *   predicts. Only a model that sees the cross itself (the wide part) can fit them.
 *
 * Everything comes from one seed; rows are independent draws.
 */
import { stringify } from 'csv-stringify/sync';
import { seededRandom } from '../../../lib/random';

const CATEGORIES = ['games', 'music', 'social', 'productivity', 'finance', 'travel', 'health', 'news'] as const;
const AGE_LEANING: Record<(typeof CATEGORIES)[number], number> = {
  games: -1.2,
  music: -0.8,
  social: -0.4,
  productivity: 0.8,
  finance: 1.0,
  travel: 0.3,
  health: 0.5,
  news: 0.9,
};
const COUNTRIES = ['US', 'IN', 'BR', 'DE', 'JP', 'FR', 'MX', 'GB', 'ID', 'NG'];
const DEVICES = ['phone', 'phone', 'phone', 'tablet'];
const APPS_PER_CATEGORY = 12;

export const APP_IMPRESSION_COLUMNS = [
  'user_age',
  'user_country',
  'device',
  'installed_apps',
  'impressed_app',
  'impressed_category',
  'installed',
];

/** The apps, and the 60 "installed>impressed" pairs with a planted lift, drawn first from the generator's seed. */
function draw(seed: number) {
  const random = seededRandom(seed);
  const apps = CATEGORIES.flatMap((category) =>
    Array.from({ length: APPS_PER_CATEGORY }, (_, i) => ({ name: `${category}_${i + 1}`, category })),
  );
  const crosses = new Set<string>();
  while (crosses.size < 60) crosses.add(`${random.pick(apps).name}>${random.pick(apps).name}`);
  return { random, apps, crosses };
}

/** The planted crosses of the sample made with `seed`, for measuring what a model memorized. */
export const plantedCrosses = (seed = 11): ReadonlySet<string> => draw(seed).crosses;

export function* appImpressionLines(rows: number, seed = 11): Generator<string> {
  const { random, apps, crosses } = draw(seed);

  yield stringify([APP_IMPRESSION_COLUMNS]).trimEnd();
  for (let i = 0; i < rows; i++) {
    const age = random.int(16, 70);
    const installed = random.sample(apps, random.int(2, 8));
    const shown = random.pick(apps);
    const ageScore = (age - 40) / 20;
    let logit = -2.0 + AGE_LEANING[shown.category] * ageScore;
    logit += 0.7 * installed.filter((a) => a.category === shown.category).length;
    if (installed.some((a) => crosses.has(`${a.name}>${shown.name}`))) logit += 3.5;
    const label = random.float() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
    const row = [
      age,
      random.pick(COUNTRIES),
      random.pick(DEVICES),
      installed.map((a) => a.name).join(' '),
      shown.name,
      shown.category,
      label,
    ];
    yield stringify([row]).trimEnd();
  }
}
