import { daySql } from './day-buckets.js';
import { inLists, upsertRows, type Param, type SqlDriver } from './sql-driver.js';
import { IGNORED_SQL } from './sql-figures.js';

// The counts the figures need, per UTC day, kept at write time beside the rows they summarise.
// Each table's counts are defined once, as a query over the detail rows: the migration fills a
// table with it, saveRuns adds what a batch changes (the query over the batch's runs after the
// write, less the same before it, so writing a run again counts nothing twice), and a report
// reads the detail rows of a window's partial days with it.

/** One table of day counts. */
export interface DailyTable {
  table: string;
  /** The columns a row is counted by (the primary key). */
  keys: readonly string[];
  /** The counts, added on conflict. */
  counters: readonly string[];
  /** The detail rows' alias in `select` and their time column (whose day a row is counted in). */
  alias: string;
  time: string;
  /** The counts of the detail rows (runs `r` or steps `s`) where `filter` holds (written once: its parameters are bound once), one row per key. */
  select(filter: string): string;
}

/** Step durations of successful jobs, per step, duration and day (the slowest-steps figures). */
export const STEP_SECONDS_DAILY: DailyTable = {
  table: 'step_seconds_daily',
  keys: ['repository', 'workflow', 'job_name', 'name', 'seconds', 'day'],
  counters: ['n'],
  alias: 's',
  time: 's.run_created_at',
  select: (filter) => `SELECT repository, workflow, job_name, name, seconds, day, COUNT(*) AS n FROM (
      SELECT s.repository, s.workflow, s.job_name, s.name, s.seconds, ${daySql('s.run_created_at')} AS day FROM steps s WHERE s.job_ok = 1 AND ${filter}
    ) x GROUP BY repository, workflow, job_name, name, seconds, day`,
};

/**
 * Runs per workflow, branch and day: all, successful, counted in success rates, and the builds
 * signature coverage counts (successful, not a pull request, with artifacts or signature
 * records) and those of them whose every signature record is signed.
 */
export const RUN_COUNTS_DAILY: DailyTable = {
  table: 'run_counts_daily',
  keys: ['repository', 'workflow', 'branch', 'day'],
  counters: ['runs', 'ok', 'counted', 'builds', 'signed'],
  alias: 'r',
  time: 'r.created_at',
  // The signature records of a run are looked up by outcomes_by_run (schema v4).
  select: (
    filter,
  ) => `SELECT repository, workflow, branch, day, COUNT(*) AS runs, SUM(ok) AS ok, SUM(counted) AS counted, SUM(build) AS builds,
      SUM(CASE WHEN build = 1 AND sig_n > 0 AND sig_unsigned = 0 THEN 1 ELSE 0 END) AS signed FROM (
      SELECT repository, workflow, branch, day, sig_n, sig_unsigned,
        CASE WHEN conclusion = 'success' THEN 1 ELSE 0 END AS ok,
        CASE WHEN conclusion NOT IN ${IGNORED_SQL} THEN 1 ELSE 0 END AS counted,
        CASE WHEN conclusion = 'success' AND event <> 'pull_request' AND (artifacts > 0 OR sig_n > 0) THEN 1 ELSE 0 END AS build
      FROM (
        SELECT r.repository, r.workflow, r.branch, ${daySql('r.created_at')} AS day, r.conclusion, r.event, r.artifacts,
          (SELECT COUNT(*) FROM outcomes o WHERE o.repository = r.repository AND o.run_id = r.run_id AND o.type = 'signature') AS sig_n,
          (SELECT COUNT(*) FROM outcomes o WHERE o.repository = r.repository AND o.run_id = r.run_id AND o.type = 'signature'
            AND (o.signed IS NULL OR o.signed <> 1)) AS sig_unsigned
        FROM runs r WHERE ${filter}
      ) x
    ) y GROUP BY repository, workflow, branch, day`,
};

/** Run durations of successful runs (`kind` 'd') and queue times of runs not cancelled (`kind` 'q'), per workflow, value and day. */
export const RUN_VALUES_DAILY: DailyTable = {
  table: 'run_values_daily',
  keys: ['repository', 'day', 'workflow', 'kind', 'v'],
  counters: ['n'],
  alias: 'r',
  time: 'r.created_at',
  // The filter once (its parameters are bound once): each run gives a 'd' row, a 'q' row, both or neither.
  select: (filter) => `SELECT repository, day, workflow, kind, v, COUNT(*) AS n FROM (
      SELECT r.repository, ${daySql('r.created_at')} AS day, r.workflow, k.kind, CASE WHEN k.kind = 'd' THEN r.duration ELSE r.queue END AS v
      FROM runs r CROSS JOIN (SELECT 'd' AS kind UNION ALL SELECT 'q' AS kind) k
      WHERE ${filter} AND ((k.kind = 'd' AND r.conclusion = 'success') OR (k.kind = 'q' AND r.conclusion <> 'cancelled' AND r.queue IS NOT NULL))
    ) x GROUP BY repository, day, workflow, kind, v`,
};

/** Cache, scan and rebuild records per day and outcome (absent fields as '' or -1: key columns are never NULL). */
export const OUTCOME_COUNTS_DAILY: DailyTable = {
  table: 'outcome_counts_daily',
  keys: ['repository', 'day', 'type', 'layer', 'hit', 'decision', 'reproducible', 'hermetic'],
  counters: ['n'],
  alias: 'o',
  time: 'o.run_created_at',
  select: (filter) => `SELECT repository, day, type, layer, hit, decision, reproducible, hermetic, COUNT(*) AS n FROM (
      SELECT o.repository, ${daySql('o.run_created_at')} AS day, o.type, COALESCE(o.layer, '') AS layer, COALESCE(o.hit, '') AS hit,
        COALESCE(o.decision, '') AS decision, COALESCE(o.reproducible, -1) AS reproducible, COALESCE(o.hermetic, '') AS hermetic
      FROM outcomes o WHERE o.type IN ('cache', 'scan', 'reproducibility') AND ${filter}
    ) x GROUP BY repository, day, type, layer, hit, decision, reproducible, hermetic`,
};

/** Every table of day counts. */
export const DAILY_TABLES: readonly DailyTable[] = [STEP_SECONDS_DAILY, RUN_COUNTS_DAILY, RUN_VALUES_DAILY, OUTCOME_COUNTS_DAILY];

/** The statement that fills one table of day counts from every detail row (the migration's, and `recountDaily`'s). */
export function backfillSql(table: DailyTable): string {
  return `INSERT INTO ${table.table} (${[...table.keys, ...table.counters].join(', ')}) ${table.select('1 = 1')}`;
}

/** Counts every table of day counts again from the rows, in one transaction (for rows written around the store, as the benchmark does). */
export async function recountDaily(driver: SqlDriver): Promise<void> {
  await driver.transaction(async (tx) => {
    for (const t of DAILY_TABLES) {
      await tx.run(`DELETE FROM ${t.table}`);
      await tx.run(backfillSql(t));
    }
  });
}

const TYPES: Record<string, string> = { seconds: 'double precision', v: 'double precision', day: 'bigint', reproducible: 'integer' };
const NUMERIC_KEYS = new Set(['day', 'seconds', 'v', 'reproducible']);

/** The day counts of some runs of a repository, per table, keyed by their key columns. */
export type DailySnapshot = Map<string, { key: Param[]; counts: number[] }>[];

/** Reads the day counts the stored rows of `runIds` give (the before and after of a write). */
export async function dailySnapshot(tx: SqlDriver, repository: string, runIds: readonly number[]): Promise<DailySnapshot> {
  const out: DailySnapshot = DAILY_TABLES.map(() => new Map<string, { key: Param[]; counts: number[] }>());
  for (const { ids: chunk, marks } of inLists(runIds)) {
    for (const [t, table] of DAILY_TABLES.entries()) {
      const a = table.alias;
      const rows = await tx.all(table.select(`${a}.repository = ? AND ${a}.run_id IN (${marks})`), [repository, ...chunk]);
      const map = out[t] as DailySnapshot[number];
      for (const row of rows) {
        const key = table.keys.map((k) => (NUMERIC_KEYS.has(k) ? Number(row[k]) : String(row[k])));
        const id = JSON.stringify(key);
        const counts = table.counters.map((c) => Number(row[c] ?? 0));
        const seen = map.get(id);
        if (seen) seen.counts = seen.counts.map((n, j) => n + (counts[j] ?? 0));
        else map.set(id, { key, counts });
      }
    }
  }
  return out;
}

/** Adds to the day counts what changed between two snapshots of the same runs. */
export async function applyDailyChange(tx: SqlDriver, before: DailySnapshot, after: DailySnapshot): Promise<void> {
  for (const [t, table] of DAILY_TABLES.entries()) {
    const was = before[t] as DailySnapshot[number];
    const now = after[t] as DailySnapshot[number];
    const rows: Param[][] = [];
    for (const id of new Set([...was.keys(), ...now.keys()])) {
      const a = was.get(id);
      const b = now.get(id);
      const key = (b ?? a)?.key ?? [];
      const change = table.counters.map((_, j) => (b?.counts[j] ?? 0) - (a?.counts[j] ?? 0));
      if (change.some((n) => n !== 0)) rows.push([...key, ...change]);
    }
    const types = Object.fromEntries(
      [...table.keys, ...table.counters].map((c) => [c, TYPES[c] ?? (table.counters.includes(c) ? 'bigint' : 'text')]),
    );
    await upsertRows(tx, table.table, [...table.keys, ...table.counters], rows, { keys: table.keys, add: table.counters, types });
  }
}
