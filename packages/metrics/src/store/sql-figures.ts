import type { Distribution } from '../percentiles.js';
import { pct, type Param, type Row, type SqlDriver } from './sql-driver.js';

// Building blocks of the figures in SQL: distributions (count, p50, p95, mean, max) computed by
// the database over a filtered expression, so no list of durations ever reaches JavaScript.

/** Run conclusions left out of success rates (as run-figures' IGNORED). */
export const IGNORED_SQL = "('cancelled', 'skipped', 'neutral', 'stale')";

/** The select list of a distribution of `expr` where `cond` holds, its columns named `<as>_n` ... `<as>_max`. */
export function distributionColumns(driver: SqlDriver, expr: string, as: string, cond = 'TRUE'): string {
  const x = `CASE WHEN ${cond} THEN ${expr} END`;
  if (driver.dialect === 'postgres') {
    // One sort for both percentiles: PostgreSQL's ordered-set aggregate takes an array of fractions.
    return [
      `COUNT(${x}) AS ${as}_n`,
      `percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY ${x}) AS ${as}_pcts`,
      `AVG(${x}) AS ${as}_mean`,
      `MAX(${x}) AS ${as}_max`,
    ].join(', ');
  }
  return [
    `COUNT(${x}) AS ${as}_n`,
    `${pct(driver, x, 0.5)} AS ${as}_p50`,
    `${pct(driver, x, 0.95)} AS ${as}_p95`,
    `AVG(${x}) AS ${as}_mean`,
    `MAX(${x}) AS ${as}_max`,
  ].join(', ');
}

/** Where the values of a distribution per group come from: `from` is the table and its WHERE. */
export interface HistogramSource {
  /** The grouping columns, in the order of an index that holds them, then `value`. */
  groups: readonly string[];
  /** The value expression, written exactly as in that index so the scan needs no sort. */
  value: string;
  from: string;
}

/** Values already counted: `counts` selects the grouping columns, each distinct value `v` and its count `c`. */
export interface CountedSource {
  groups: readonly string[];
  counts: string;
}

/**
 * The distribution of `value` per group, columns named as `distributionColumns` names them.
 * The database counts each distinct value of a group (from an index in group and value order:
 * one pass, no sort, no list of values held), or takes counts made at write time, then reads
 * the values at the two ranks core's `percentile` interpolates between from the running counts,
 * and interpolates the same way. Memory follows the distinct values, not the rows.
 */
export function histogramDistribution(source: HistogramSource | CountedSource, as: string): string {
  const g = source.groups.join(', ');
  const counted =
    'counts' in source
      ? source.counts
      : `SELECT ${g}, ${source.value} AS v, COUNT(*) AS c FROM ${source.from} GROUP BY ${g}, ${source.value}`;
  const rank = (p: number, fn: 'floor' | 'ceil'): string =>
    `MIN(CASE WHEN upto > ${fn}(CAST(${p} AS DOUBLE PRECISION) * (n - 1)) THEN v END)`;
  const interpolate = (p: string): string => {
    const r = `CAST(${p === '50' ? 0.5 : 0.95} AS DOUBLE PRECISION) * (${as}_n - 1)`;
    return `lo${p} + (hi${p} - lo${p}) * (${r} - floor(${r})) AS ${as}_p${p}`;
  };
  return `WITH h AS (${counted}),
    r AS (SELECT ${g}, v, c, SUM(c) OVER (PARTITION BY ${g} ORDER BY v ROWS UNBOUNDED PRECEDING) AS upto, SUM(c) OVER (PARTITION BY ${g}) AS n FROM h),
    k AS (SELECT ${g}, MAX(n) AS ${as}_n, ${rank(0.5, 'floor')} AS lo50, ${rank(0.5, 'ceil')} AS hi50, ${rank(0.95, 'floor')} AS lo95,
      ${rank(0.95, 'ceil')} AS hi95, CAST(SUM(v * c) AS DOUBLE PRECISION) / SUM(c) AS ${as}_mean, MAX(v) AS ${as}_max FROM r GROUP BY ${g})
    SELECT ${g}, ${as}_n, ${interpolate('50')}, ${interpolate('95')}, ${as}_mean, ${as}_max FROM k`;
}

const n = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Reads the columns `distributionColumns` named. */
export function distributionOf(row: Row | undefined, as: string): Distribution {
  const count = Number(row?.[`${as}_n`] ?? 0);
  if (count === 0) return { count: 0, p50: null, p95: null, mean: null, max: null };
  const pcts = row?.[`${as}_pcts`];
  const [p50, p95] = Array.isArray(pcts) ? pcts.map(n) : [n(row?.[`${as}_p50`]), n(row?.[`${as}_p95`])];
  return { count, p50: p50 ?? null, p95: p95 ?? null, mean: n(row?.[`${as}_mean`]), max: n(row?.[`${as}_max`]) };
}

/** Success-rate columns over `conclusion`: `<as>_ok` successes of `<as>_counted` (cancelled and skipped left out). */
export function successColumns(column: string, as: string): string {
  return `SUM(CASE WHEN ${column} = 'success' THEN 1 ELSE 0 END) AS ${as}_ok, SUM(CASE WHEN ${column} NOT IN ${IGNORED_SQL} THEN 1 ELSE 0 END) AS ${as}_counted`;
}

/** The success rate the columns of `successColumns` give. */
export function successOf(row: Row | undefined, as: string): number | null {
  const counted = Number(row?.[`${as}_counted`] ?? 0);
  return counted === 0 ? null : Number(row?.[`${as}_ok`] ?? 0) / counted;
}

/** A `repository IN (?, ?, ...)` filter and its parameters. */
export function inList(column: string, values: readonly Param[]): { sql: string; params: Param[] } {
  return { sql: `${column} IN (${values.map(() => '?').join(', ')})`, params: [...values] };
}
