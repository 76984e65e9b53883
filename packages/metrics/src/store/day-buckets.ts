import type { Param } from './sql-driver.js';

// Figures kept per UTC day at write time (the `*_daily` tables): a window's whole days are read
// from the day rows, and only its two partial days from the rows they summarise, so a report
// reads as many rows as the window has days and distinct values, not as many as it has runs.
// The split is exact: a bucket's day d holds exactly the times t with d * 86,400 <= t < (d + 1) * 86,400.

const DAY = 86_400;

/** The UTC day number of a time in seconds, exactly (no rounding at the day's edge). */
export function dayOf(t: number): number {
  let d = Math.floor(t / DAY);
  if (d * DAY > t) d -= 1;
  else if ((d + 1) * DAY <= t) d += 1;
  return d;
}

/** `dayOf` in the SQL both SQLite and PostgreSQL accept. */
export function daySql(expr: string): string {
  const d = `CAST(floor(${expr} / ${DAY}) AS BIGINT)`;
  return `(${d} - CASE WHEN ${d} * ${DAY} > ${expr} THEN 1 ELSE 0 END + CASE WHEN (${d} + 1) * ${DAY} <= ${expr} THEN 1 ELSE 0 END)`;
}

/** A window [from, to] as whole days (from the day rows) and the partial days at its ends (from the detail rows). */
export interface DaySplit {
  /** Whole days: `fromDay <= day < toDay`. */
  fromDay: number;
  toDay: number;
  /** Parameters of `edgeSql`: [headFrom, headTo, tailFrom, tailTo]. */
  edges: [number, number, number, number];
}

/** Splits [from, to] into its whole days and the times before and after them. */
export function splitDays(from: number, to: number): DaySplit {
  let fromDay = dayOf(from);
  if (fromDay * DAY < from) fromDay += 1;
  const toDay = dayOf(to);
  if (fromDay >= toDay) return { fromDay: 0, toDay: 0, edges: [from, from, from, to] };
  return { fromDay, toDay, edges: [from, fromDay * DAY, toDay * DAY, to] };
}

/** The condition on a detail row's time that selects the partial days of a split (parameters: `split.edges`). */
export function edgeSql(column: string): string {
  return `((${column} >= ? AND ${column} < ?) OR (${column} >= ? AND ${column} <= ?))`;
}

/** The parameters of a day-row filter `day >= ? AND day < ?`. */
export function dayParams(split: DaySplit): Param[] {
  return [split.fromDay, split.toDay];
}
