import type { PhaseName } from '@/app/gql/graphql';

/** One colour per phase, the same on every chart and table. */
export const phaseColours: Record<PhaseName, string> = { FITTING: '#3b82f6', SETTLING: '#22c55e', MEMORIZATION: '#ef4444' };
export const phaseLabels: Record<PhaseName, string> = { FITTING: 'Fitting', SETTLING: 'Settling', MEMORIZATION: 'Memorization' };
