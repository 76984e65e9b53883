import { RUN_COUNTS_DAILY, RUN_VALUES_DAILY, type DailyTable } from './daily-counts.js';
import { daySegments, edgeSql, planDays } from './day-buckets.js';
import type { HistoryStore } from './history-store.js';
import type { Param, Row } from './sql-driver.js';
import type { Window } from './sql-report.js';

// The run figures of many repositories from the day counts (daily-counts.ts): whole days from
// the count tables, partial days from the runs, one pass over each table for a whole report.

/** Run counts of one repository, workflow and branch over a window. */
export interface RunCounts {
  repository: string;
  workflow: string;
  branch: string;
  runs: number;
  ok: number;
  counted: number;
  builds: number;
  signed: number;
}

/** Counts per distinct value of one repository's workflow: durations of successful runs and queue times, in the window, and durations in the baseline and the recent window. */
export interface RunValues {
  repository: string;
  workflow: string;
  duration: Map<number, number>;
  queue: Map<number, number>;
  baseline: Map<number, number>;
  recent: Map<number, number>;
}

const num = (v: unknown): number => Number(v ?? 0);
const repoIn = (alias: string, names: readonly string[]): string => `${alias}repository IN (${names.map(() => '?').join(', ')})`;

/**
 * The counts of a day-count table over [from, to] per `groups` (of its key columns), summed:
 * the table for the window's whole days, its definition over the detail rows for the partial days.
 */
export async function windowCounts(
  store: HistoryStore,
  table: DailyTable,
  repositories: readonly string[],
  w: { from: number; to: number },
  groups: readonly string[],
  where = '1 = 1',
): Promise<Row[]> {
  if (repositories.length === 0) return [];
  const plan = planDays([w.from, w.to]);
  const days = daySegments(plan);
  const cols = [...groups, ...table.counters].join(', ');
  const parts = [`SELECT ${cols} FROM ${table.table} WHERE ${repoIn('', repositories)} AND ${days.where} AND ${where}`];
  const params: Param[] = [...repositories, ...days.whereParams];
  for (const e of plan.edges) {
    const edge = edgeSql(e, table.time);
    parts.push(`SELECT ${cols} FROM (${table.select(`${repoIn(`${table.alias}.`, repositories)} AND ${edge.sql}`)}) e WHERE ${where}`);
    params.push(...repositories, ...edge.params);
  }
  const g = groups.length === 0 ? '' : ` GROUP BY ${groups.join(', ')}`;
  return store.driver.all(
    `SELECT ${[...groups, ...table.counters.map((c) => `SUM(${c}) AS ${c}`)].join(', ')} FROM (${parts.join(' UNION ALL ')}) u${g}`,
    params,
  );
}

/** Runs, successes, success-rate runs, builds and signed builds per repository, workflow and branch over [from, to]. */
export async function runCounts(store: HistoryStore, repositories: readonly string[], w: Window): Promise<RunCounts[]> {
  const rows = await windowCounts(store, RUN_COUNTS_DAILY, repositories, w, ['repository', 'workflow', 'branch']);
  return rows
    .map((r) => ({
      repository: String(r['repository']),
      workflow: String(r['workflow']),
      branch: String(r['branch']),
      runs: num(r['runs']),
      ok: num(r['ok']),
      counted: num(r['counted']),
      builds: num(r['builds']),
      signed: num(r['signed']),
    }))
    .filter((r) => r.runs > 0);
}

/**
 * Counts per value of run durations and queue times per repository and workflow: over the
 * window [from, to], and durations over the baseline [baselineFrom, recentFrom) and the recent
 * window [recentFrom, to] the regressions compare.
 */
export async function runValues(store: HistoryStore, repositories: readonly string[], w: Window): Promise<RunValues[]> {
  if (repositories.length === 0) return [];
  const bounds = [w.baselineFrom, w.from, w.recentFrom, w.to].sort((a, b) => a - b);
  const plan = planDays(bounds);
  const days = daySegments(plan);
  const parts = [
    `SELECT repository, workflow, kind, ${days.seg} AS seg, v, n FROM ${RUN_VALUES_DAILY.table} WHERE ${repoIn('', repositories)} AND ${days.where}`,
  ];
  const params: Param[] = [...days.segParams, ...repositories, ...days.whereParams];
  for (const e of plan.edges) {
    const edge = edgeSql(e, 'r.created_at');
    parts.push(
      `SELECT repository, workflow, kind, ${e.seg} AS seg, v, n FROM (${RUN_VALUES_DAILY.select(`${repoIn('r.', repositories)} AND ${edge.sql}`)}) e`,
    );
    params.push(...repositories, ...edge.params);
  }
  const rows = await store.driver.all(
    `SELECT repository, workflow, kind, seg, v, SUM(n) AS n FROM (${parts.join(' UNION ALL ')}) u WHERE seg IS NOT NULL GROUP BY repository, workflow, kind, seg, v`,
    params,
  );
  // Which of the figures each period between the bounds counts in.
  const last = bounds.length - 2;
  const periods = bounds.slice(0, -1).map((lo, i) => {
    const hi = bounds[i + 1] as number;
    return {
      window: lo >= w.from && hi <= w.to,
      recent: lo >= w.recentFrom && hi <= w.to,
      baseline: lo >= w.baselineFrom && hi <= w.recentFrom && (i !== last || hi < w.recentFrom),
    };
  });
  const out = new Map<string, RunValues>();
  const add = (m: Map<number, number>, v: number, n: number): void => void m.set(v, (m.get(v) ?? 0) + n);
  for (const r of rows) {
    const repository = String(r['repository']);
    const workflow = String(r['workflow']);
    const k = `${repository}\u0000${workflow}`;
    const e: RunValues = out.get(k) ?? {
      repository,
      workflow,
      duration: new Map<number, number>(),
      queue: new Map<number, number>(),
      baseline: new Map<number, number>(),
      recent: new Map<number, number>(),
    };
    out.set(k, e);
    const p = periods[num(r['seg'])];
    const v = num(r['v']);
    const n = num(r['n']);
    if (!p || n === 0) continue;
    if (String(r['kind']) === 'q') {
      if (p.window) add(e.queue, v, n);
      continue;
    }
    if (p.window) add(e.duration, v, n);
    if (p.recent) add(e.recent, v, n);
    if (p.baseline) add(e.baseline, v, n);
  }
  return [...out.values()];
}
