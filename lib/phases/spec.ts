/**
 * What the phase detector is called with and answers in, apart from its method (detect.ts): pure enough for the
 * browser, which shows the same parameters and defaults in its re-detect form.
 */
import { z } from 'zod';

/** The three phases of fine-tuning on noisy labels (Tänzer et al., 2022), in the order a run passes them. */
export const phaseNames = ['fitting', 'settling', 'memorization'] as const;
export type PhaseName = (typeof phaseNames)[number];

export const phaseDetectorVersion = 'piecewise-2';

export const phaseDetectorParams = z.object({
  minEpochs: z.number().int().min(3, 'use at least 3 epochs').max(100).default(4),
  plateauSlope: z.number().positive('use a positive slope').max(0.5).default(0.005),
  memorizationSlope: z.number().positive('use a positive slope').max(1).default(0.01),
  memorizationRise: z.number().positive('use a positive rise').max(1).default(0.1),
  gapRise: z.number().positive('use a positive rise').max(1).default(0.05),
  minSettling: z.number().min(0).max(100).default(2),
});
export type PhaseDetectorParams = z.output<typeof phaseDetectorParams>;
