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
