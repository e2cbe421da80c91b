import { expect } from 'vitest';

/**
 * Another team was answered while an attack ran: the median under 250 ms, and no answer held back for long. The
 * median, not the maximum, because on a shared 2-core machine running other test files at once, one answer in ten
 * can wait on the scheduler; an event loop held by the attack stalls every answer, for seconds.
 */
export function expectResponsive(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(250);
  expect(sorted.at(-1)).toBeLessThan(2000);
}
