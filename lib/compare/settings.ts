import { z } from 'zod';

export const xAxes = ['step', 'epoch', 'wall', 'relative'] as const;
export type XAxis = (typeof xAxes)[number];

/** How a compare view draws its runs: saved with a comparison, carried in its URL. */
export const compareSettings = z.object({
  /** Exponential moving average weight, 0 (raw) to 0.99. */
  smoothing: z.number().min(0, 'smoothing: 0 to 0.99').max(0.99, 'smoothing: 0 to 0.99').default(0),
  xAxis: z.enum(xAxes).default('epoch'),
  logY: z.boolean().default(false),
  /** A dotted config path: runs with the same value are drawn as one mean curve with a band. */
  groupBy: z.string().trim().max(100).nullable().default(null),
  band: z.enum(['std', 'minmax']).default('std'),
  showPhases: z.boolean().default(true),
  showAnnotations: z.boolean().default(true),
  /** Charts side by side on a wide screen: 1 draws each chart large. */
  columns: z.number().int().min(1, 'columns: 1 to 3').max(3, 'columns: 1 to 3').default(2),
});
export type CompareSettings = z.output<typeof compareSettings>;

export const defaultCompareSettings: CompareSettings = compareSettings.parse({});

/** A chart draws about 15,000 points whatever the number of runs: 1,000 per line for a few runs, 300 for fifty. */
export const pointsPerLine = (runs: number) => Math.max(200, Math.min(1000, Math.floor(15_000 / Math.max(1, runs))));
