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

/** The distribution of values given as counts per distinct value, equal to `distribution` of the values themselves. */
export function distributionOfCounts(counts: ReadonlyMap<number, number>): Distribution {
  const values = [...counts.entries()].filter(([, c]) => c > 0).sort((a, b) => a[0] - b[0]);
  let n = 0;
  let sum = 0;
  for (const [v, c] of values) {
    n += c;
    sum += v * c;
  }
  if (n === 0) return { count: 0, p50: null, p95: null, mean: null, max: null };
  const at = (rank: number): number => {
    let upto = 0;
    for (const [v, c] of values) {
      upto += c;
      if (upto > rank) return v;
    }
    return values[values.length - 1]?.[0] ?? 0;
  };
  const pct = (p: number): number => {
    const rank = (p / 100) * (n - 1);
    const lo = at(Math.floor(rank));
    return lo + (at(Math.ceil(rank)) - lo) * (rank - Math.floor(rank));
  };
  return { count: n, p50: pct(50), p95: pct(95), mean: sum / n, max: values[values.length - 1]?.[0] ?? null };
}

/** Adds the counts of `from` into `into`. */
export function addCounts(into: Map<number, number>, from: ReadonlyMap<number, number>): Map<number, number> {
  for (const [v, c] of from) into.set(v, (into.get(v) ?? 0) + c);
  return into;
}
