import { percentile } from '@slipway/core';

export { percentile };

/** Summary figures of a set of durations (seconds). */
export interface Distribution {
  count: number;
  p50: number | null;
  p95: number | null;
  mean: number | null;
  max: number | null;
}

/** p50, p95, mean and max of unsorted values. */
export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) return { count: 0, p50: null, p95: null, mean: null, max: null };
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean: sum / sorted.length,
    max: sorted[sorted.length - 1] ?? null,
  };
}

/** A share in [0, 1], or null when nothing was counted. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
