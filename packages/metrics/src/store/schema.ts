import { UserError } from '@slipway/core';
import { backfillSql, DAILY_TABLES } from './daily-counts.js';
import type { SqlDriver } from './sql-driver.js';

// The store's schema, versioned: each migration runs once, in order, in a transaction, when a
// store opens. The DDL is written in the SQL both SQLite and PostgreSQL accept. Times are Unix
// seconds (fractions kept); `day` is the UTC day number (seconds / 86,400, rounded down).

/** One step of the schema. Published versions never change; a change is a new version. */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'runs, jobs, steps, outcome records and deployments',
    statements: [
      `CREATE TABLE repositories (
        repository TEXT PRIMARY KEY,
        default_branch TEXT NOT NULL,
        updated_at DOUBLE PRECISION NOT NULL DEFAULT 0,
        runs_from BIGINT,
        deployments_from BIGINT
      )`,
      `CREATE TABLE runs (
        repository TEXT NOT NULL,
        run_id BIGINT NOT NULL,
        attempt INTEGER NOT NULL,
        workflow TEXT NOT NULL,
        event TEXT NOT NULL,
        branch TEXT NOT NULL,
        sha TEXT NOT NULL,
        conclusion TEXT NOT NULL,
        created_at DOUBLE PRECISION NOT NULL,
        started_at DOUBLE PRECISION NOT NULL,
        completed_at DOUBLE PRECISION NOT NULL,
        day BIGINT NOT NULL,
        duration DOUBLE PRECISION NOT NULL,
        queue DOUBLE PRECISION,
        artifacts INTEGER NOT NULL,
        critical_path TEXT NOT NULL,
        PRIMARY KEY (repository, run_id)
      )`,
      `CREATE INDEX runs_by_time ON runs (repository, created_at)`,
      `CREATE TABLE jobs (
        repository TEXT NOT NULL,
        run_id BIGINT NOT NULL,
        attempt INTEGER NOT NULL,
        job_id BIGINT NOT NULL,
        workflow TEXT NOT NULL,
        run_created_at DOUBLE PRECISION NOT NULL,
        name TEXT NOT NULL,
        conclusion TEXT NOT NULL,
        created_at DOUBLE PRECISION,
        started_at DOUBLE PRECISION NOT NULL,
        completed_at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (repository, run_id, attempt, job_id)
      )`,
      `CREATE INDEX jobs_by_time ON jobs (repository, run_created_at)`,
      `CREATE TABLE steps (
        repository TEXT NOT NULL,
        run_id BIGINT NOT NULL,
        job_id BIGINT NOT NULL,
        idx INTEGER NOT NULL,
        workflow TEXT NOT NULL,
        run_created_at DOUBLE PRECISION NOT NULL,
        job_name TEXT NOT NULL,
        job_ok INTEGER NOT NULL,
        name TEXT NOT NULL,
        conclusion TEXT NOT NULL,
        seconds DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (repository, run_id, job_id, idx)
      )`,
      `CREATE INDEX steps_by_time ON steps (repository, job_ok, run_created_at)`,
      `CREATE TABLE critical_path (
        repository TEXT NOT NULL,
        run_id BIGINT NOT NULL,
        name TEXT NOT NULL,
        workflow TEXT NOT NULL,
        run_created_at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (repository, run_id, name)
      )`,
      `CREATE TABLE outcomes (
        repository TEXT NOT NULL,
        run_id BIGINT NOT NULL,
        idx INTEGER NOT NULL,
        run_created_at DOUBLE PRECISION NOT NULL,
        run_sha TEXT NOT NULL,
        type TEXT NOT NULL,
        subject TEXT,
        layer TEXT,
        hit TEXT,
        signed INTEGER,
        decision TEXT,
        environment TEXT,
        verified INTEGER,
        reproducible INTEGER,
        hermetic TEXT,
        PRIMARY KEY (repository, run_id, idx)
      )`,
      `CREATE INDEX outcomes_by_time ON outcomes (repository, run_created_at)`,
      `CREATE TABLE deployments (
        repository TEXT NOT NULL,
        deployment_id BIGINT NOT NULL,
        environment TEXT NOT NULL,
        production INTEGER NOT NULL,
        sha TEXT NOT NULL,
        ref TEXT NOT NULL,
        created_at DOUBLE PRECISION NOT NULL,
        state TEXT NOT NULL,
        finished_at DOUBLE PRECISION,
        PRIMARY KEY (repository, deployment_id)
      )`,
      `CREATE TABLE deployment_commits (
        repository TEXT NOT NULL,
        deployment_id BIGINT NOT NULL,
        idx INTEGER NOT NULL,
        sha TEXT NOT NULL,
        at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (repository, deployment_id, idx)
      )`,
    ],
  },
  {
    version: 2,
    name: 'covering indexes for the job and step figures',
    statements: [
      // The figures group a window's jobs and steps by name: with every column they read in the
      // index, in group order, the database scans the index alone and needs no sort.
      'DROP INDEX steps_by_time',
      'CREATE INDEX steps_figures ON steps (repository, job_ok, workflow, job_name, name, run_created_at, seconds)',
      'DROP INDEX jobs_by_time',
      'CREATE INDEX jobs_figures ON jobs (repository, workflow, name, run_created_at, run_id, conclusion, started_at, completed_at, created_at)',
    ],
  },
  {
    version: 3,
    name: 'indexes in value order for the job and step distributions, covering indexes for the run and outcome figures',
    statements: [
      // A distribution counts each distinct value of a group (sql-figures' histogramDistribution):
      // an index in group then value order gives the counts in one pass without a sort. The
      // expressions are written exactly as the queries write them.
      'DROP INDEX steps_figures',
      'CREATE INDEX steps_seconds ON steps (repository, job_ok, workflow, job_name, name, seconds, run_created_at)',
      'CREATE INDEX jobs_durations ON jobs (repository, conclusion, workflow, name, (completed_at - started_at), run_created_at)',
      `CREATE INDEX jobs_queues ON jobs (repository, workflow, name, (CASE WHEN started_at - created_at > 0 THEN started_at - created_at ELSE 0 END), run_created_at)
        WHERE created_at IS NOT NULL`,
      // Every column the run and outcome figures read, so they scan an index and never the
      // table (whose rows carry the critical path and the subjects).
      'DROP INDEX runs_by_time',
      'CREATE INDEX runs_figures ON runs (repository, created_at, workflow, day, conclusion, duration, queue, attempt, run_id, branch, event, artifacts)',
      'CREATE INDEX outcomes_figures ON outcomes (repository, type, run_created_at, layer, hit, decision, reproducible, hermetic, run_id, signed)',
    ],
  },
  {
    version: 4,
    name: 'counts per day kept at write time: step durations, runs, run durations and queue times, outcome records',
    statements: [
      // Whole days of a window are read from these tables, its partial days from the rows they
      // count (day-buckets.ts); saveRuns keeps them in the transaction that writes the rows.
      `CREATE TABLE step_seconds_daily (
        repository TEXT NOT NULL,
        workflow TEXT NOT NULL,
        job_name TEXT NOT NULL,
        name TEXT NOT NULL,
        seconds DOUBLE PRECISION NOT NULL,
        day BIGINT NOT NULL,
        n BIGINT NOT NULL,
        PRIMARY KEY (repository, workflow, job_name, name, seconds, day)
      )`,
      `CREATE TABLE run_counts_daily (
        repository TEXT NOT NULL,
        workflow TEXT NOT NULL,
        branch TEXT NOT NULL,
        day BIGINT NOT NULL,
        runs BIGINT NOT NULL,
        ok BIGINT NOT NULL,
        counted BIGINT NOT NULL,
        builds BIGINT NOT NULL,
        signed BIGINT NOT NULL,
        PRIMARY KEY (repository, workflow, branch, day)
      )`,
      `CREATE TABLE run_values_daily (
        repository TEXT NOT NULL,
        day BIGINT NOT NULL,
        workflow TEXT NOT NULL,
        kind TEXT NOT NULL,
        v DOUBLE PRECISION NOT NULL,
        n BIGINT NOT NULL,
        PRIMARY KEY (repository, day, workflow, kind, v)
      )`,
      `CREATE TABLE outcome_counts_daily (
        repository TEXT NOT NULL,
        day BIGINT NOT NULL,
        type TEXT NOT NULL,
        layer TEXT NOT NULL,
        hit TEXT NOT NULL,
        decision TEXT NOT NULL,
        reproducible INTEGER NOT NULL,
        hermetic TEXT NOT NULL,
        n BIGINT NOT NULL,
        PRIMARY KEY (repository, day, type, layer, hit, decision, reproducible, hermetic)
      )`,
      // One run's records by type with every column the counts read, for the day counts of the
      // runs a write touches (so neither database scans a repository's records for each run).
      'CREATE INDEX outcomes_by_run ON outcomes (repository, run_id, type, signed, layer, hit, decision, reproducible, hermetic, run_created_at)',
      // The counts of what the store already holds (the queries saveRuns keeps them with).
      ...DAILY_TABLES.map(backfillSql),
      // The steps of a window's partial days, by time.
      'DROP INDEX steps_seconds',
      'CREATE INDEX steps_by_time ON steps (repository, run_created_at)',
    ],
  },
];

/** The newest schema version this release writes. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/**
 * Brings a database to the newest schema: each missing migration in a transaction of its own.
 * On PostgreSQL an advisory lock makes collectors that start together migrate once. A database
 * newer than this release is refused rather than written with an older idea of its tables.
 */
export async function migrate(driver: SqlDriver, where: string, now: number): Promise<{ from: number; to: number }> {
  return driver.transaction(async (tx) => {
    // The lock comes first: two collectors starting on an empty database would otherwise race
    // even on CREATE TABLE IF NOT EXISTS.
    if (tx.dialect === 'postgres') await tx.run('SELECT pg_advisory_xact_lock(4242017)');
    await tx.run(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at DOUBLE PRECISION NOT NULL)',
    );
    const rows = await tx.all<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
    const from = Number(rows[0]?.v ?? 0);
    if (from > SCHEMA_VERSION) {
      throw new UserError(`The metrics store ${where} has schema version ${from}; this release knows up to ${SCHEMA_VERSION}`, {
        hint: 'upgrade Slipway to read it; nothing was changed',
      });
    }
    for (const m of MIGRATIONS) {
      if (m.version <= from) continue;
      for (const s of m.statements) await tx.run(s);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, now]);
    }
    return { from, to: SCHEMA_VERSION };
  });
}
