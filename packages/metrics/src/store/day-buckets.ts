import type { Param } from './sql-driver.js';

// Figures kept per UTC day at write time (the `*_daily` tables): a window's whole days are read
// from the day rows, and only its partial days from the rows they summarise, so a report reads
// as many rows as the window has days and distinct values, not as many as it has runs. The
// split is exact: day d holds exactly the times t with d * 86,400 <= t < (d + 1) * 86,400.

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

/** Consecutive periods [b0, b1), [b1, b2) ... [bk-1, bk] (the last one closed), each as whole days and partial-day times. */
export interface DayPlan {
  /** Whole days of period `seg`: `fromDay <= day < toDay`. */
  days: { seg: number; fromDay: number; toDay: number }[];
  /** Times of period `seg` outside its whole days: `from <= t < to` (`<= to` when closed). */
  edges: { seg: number; from: number; to: number; closed: boolean }[];
}

/** Splits the periods between ascending `bounds` into whole days and the times around them. */
export function planDays(bounds: readonly number[]): DayPlan {
  const plan: DayPlan = { days: [], edges: [] };
  for (let seg = 0; seg + 1 < bounds.length; seg++) {
    const from = bounds[seg] as number;
    const to = bounds[seg + 1] as number;
    const closed = seg + 2 === bounds.length;
    if (to < from) continue;
    let fromDay = dayOf(from);
    if (fromDay * DAY < from) fromDay += 1;
    // Days before dayOf(to) end at or before `to`; the day holding `to` is partial.
    const toDay = dayOf(to);
    if (fromDay >= toDay) {
      plan.edges.push({ seg, from, to, closed });
      continue;
    }
    plan.days.push({ seg, fromDay, toDay });
    if (from < fromDay * DAY) plan.edges.push({ seg, from, to: fromDay * DAY, closed: false });
    plan.edges.push({ seg, from: toDay * DAY, to, closed });
  }
  return plan;
}

/** A period number of a day row (`CASE ... END`, NULL outside the whole days) and the filter of the rows to read. */
export function daySegments(plan: DayPlan, column = 'day'): { seg: string; segParams: Param[]; where: string; whereParams: Param[] } {
  if (plan.days.length === 0) return { seg: 'NULL', segParams: [], where: '1 = 0', whereParams: [] };
  const seg = `CASE ${plan.days.map((d) => `WHEN ${column} >= ? AND ${column} < ? THEN ${d.seg}`).join(' ')} END`;
  const lo = Math.min(...plan.days.map((d) => d.fromDay));
  const hi = Math.max(...plan.days.map((d) => d.toDay));
  return {
    seg,
    segParams: plan.days.flatMap((d) => [d.fromDay, d.toDay]),
    where: `${column} >= ? AND ${column} < ?`,
    whereParams: [lo, hi],
  };
}

/** The condition on a detail row's time for one partial-day range, and its parameters. */
export function edgeSql(edge: DayPlan['edges'][number], column: string): { sql: string; params: Param[] } {
  return { sql: `${column} >= ? AND ${column} ${edge.closed ? '<=' : '<'} ?`, params: [edge.from, edge.to] };
}
