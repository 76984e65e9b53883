/**
 * The p-th percentile (0..100) of ascending values by linear interpolation between the two
 * nearest ranks (rank = p/100 * (n - 1), as numpy and spreadsheets compute it); null when empty.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (rank - lo);
}

/** The median of unsorted values (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  return percentile(Float64Array.from(values).sort(), 50);
}
