import { criticalPath } from '../critical-path.js';
import type { Cursor, DeploymentRecord, JobRecord, OutcomeRecord, RunRecord } from '../model.js';
import { runQueueSeconds, runSeconds } from '../run-figures.js';
import { applyDailyChange, dailySnapshot } from './daily-counts.js';
import { migrate } from './schema.js';
import { inLists, upsertRows, type Param, type SqlDriver } from './sql-driver.js';

/** What the store knows of one repository. */
export interface RepositoryState {
  repository: string;
  defaultBranch: string;
  /** When it was last collected (seconds). */
  updatedAt: number;
  cursor: Cursor;
}

/** Rows per table, for checks by count (migration, lost or duplicated rows). */
export interface StoreCounts {
  repositories: number;
  runs: number;
  jobs: number;
  steps: number;
  outcomes: number;
  deployments: number;
  commits: number;
}

const DAY = 86_400;
const bool = (b: boolean | undefined): number | null => (b === undefined ? null : b ? 1 : 0);
const num = (v: unknown): number => Number(v);
const text = (v: unknown): string => (typeof v === 'string' ? v : v === null || v === undefined ? '' : JSON.stringify(v));
const optNum = (v: unknown): number | undefined => (v === null || v === undefined ? undefined : Number(v));

const RUN_COLUMNS = [
  'repository',
  'run_id',
  'attempt',
  'workflow',
  'event',
  'branch',
  'sha',
  'conclusion',
  'created_at',
  'started_at',
  'completed_at',
  'day',
  'duration',
  'queue',
  'artifacts',
  'critical_path',
] as const;
const JOB_COLUMNS = [
  'repository',
  'run_id',
  'attempt',
  'job_id',
  'workflow',
  'run_created_at',
  'name',
  'conclusion',
  'created_at',
  'started_at',
  'completed_at',
] as const;
const STEP_COLUMNS = [
  'repository',
  'run_id',
  'job_id',
  'idx',
  'workflow',
  'run_created_at',
  'job_name',
  'job_ok',
  'name',
  'conclusion',
  'seconds',
] as const;
const PATH_COLUMNS = ['repository', 'run_id', 'name', 'workflow', 'run_created_at'] as const;
const OUTCOME_COLUMNS = [
  'repository',
  'run_id',
  'idx',
  'run_created_at',
  'run_sha',
  'type',
  'subject',
  'layer',
  'hit',
  'signed',
  'decision',
  'environment',
  'verified',
  'reproducible',
  'hermetic',
] as const;

// PostgreSQL types of the columns, for array inserts (text where not named).
const TYPES: Record<string, string> = {
  run_id: 'bigint',
  job_id: 'bigint',
  deployment_id: 'bigint',
  attempt: 'integer',
  idx: 'integer',
  artifacts: 'integer',
  job_ok: 'integer',
  signed: 'integer',
  verified: 'integer',
  reproducible: 'integer',
  production: 'integer',
  day: 'bigint',
  created_at: 'double precision',
  started_at: 'double precision',
  completed_at: 'double precision',
  run_created_at: 'double precision',
  finished_at: 'double precision',
  duration: 'double precision',
  queue: 'double precision',
  seconds: 'double precision',
  at: 'double precision',
};

function outcomeRow(repository: string, run: RunRecord, idx: number, o: OutcomeRecord): Param[] {
  const base: Param[] = [repository, run.id, idx, run.createdAt, run.sha, o.type];
  switch (o.type) {
    case 'cache':
      return [...base, null, o.layer, o.hit, null, null, null, null, null, null];
    case 'signature':
      return [...base, o.subject, null, null, bool(o.signed), null, null, null, null, null];
    case 'scan':
      return [...base, o.subject, null, null, null, o.decision, null, null, null, null];
    case 'verification':
      return [...base, o.subject, null, null, null, null, o.environment ?? null, bool(o.verified), null, null];
    case 'reproducibility':
      return [...base, o.subject, null, null, null, null, null, null, bool(o.reproducible), o.hermetic];
  }
}

function outcomeOf(r: Record<string, unknown>): OutcomeRecord {
  const subject = text(r['subject']);
  switch (r['type']) {
    case 'cache':
      return { type: 'cache', layer: String(r['layer']), hit: r['hit'] as 'exact' | 'partial' | 'miss' };
    case 'signature':
      return { type: 'signature', subject, signed: num(r['signed']) === 1 };
    case 'scan':
      return { type: 'scan', subject, decision: r['decision'] as 'pass' | 'fail' };
    case 'verification':
      return r['environment'] === null || r['environment'] === undefined
        ? { type: 'verification', subject, verified: num(r['verified']) === 1 }
        : { type: 'verification', subject, environment: text(r['environment']), verified: num(r['verified']) === 1 };
    default:
      return {
        type: 'reproducibility',
        subject,
        reproducible: num(r['reproducible']) === 1,
        hermetic: r['hermetic'] as 'yes' | 'no' | 'not-isolated',
      };
  }
}

/**
 * The history of one or many repositories in a SQL database (the port every metrics command
 * and the action use). Writes are idempotent upserts keyed on run, attempt and job ids, each
 * batch with its cursor in one transaction: a collector killed part-way leaves the store as it
 * was after its last whole window, and two collectors of one repository neither duplicate nor
 * lose rows. Reads stream.
 */
export class HistoryStore {
  private constructor(
    readonly driver: SqlDriver,
    /** The file or the URL (without its password), for messages. */
    readonly location: string,
  ) {}

  /** Opens a store on a connection and brings its schema up to date. */
  static async open(driver: SqlDriver, location: string, now = Date.now() / 1000): Promise<HistoryStore> {
    await migrate(driver, location, now);
    return new HistoryStore(driver, location);
  }

  get kind(): 'sqlite' | 'postgres' {
    return this.driver.dialect;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  /** Every repository in the store, by name. */
  async repositories(prefix?: string): Promise<RepositoryState[]> {
    const rows = await this.driver.all(
      `SELECT repository, default_branch, updated_at, runs_from, deployments_from FROM repositories${prefix ? ' WHERE repository LIKE ?' : ''} ORDER BY repository`,
      prefix ? [`${prefix.replace(/[%_]/g, '')}%`] : [],
    );
    return rows.map((r) => {
      const cursor: Cursor = {};
      const runsFrom = optNum(r['runs_from']);
      const deploymentsFrom = optNum(r['deployments_from']);
      if (runsFrom !== undefined) cursor.runsFrom = runsFrom;
      if (deploymentsFrom !== undefined) cursor.deploymentsFrom = deploymentsFrom;
      return { repository: String(r['repository']), defaultBranch: String(r['default_branch']), updatedAt: num(r['updated_at']), cursor };
    });
  }

  async repository(name: string): Promise<RepositoryState | undefined> {
    return (await this.repositories(name)).find((r) => r.repository === name);
  }

  /** Adds the repository, or updates its default branch. */
  async ensureRepository(name: string, defaultBranch: string): Promise<void> {
    await upsertRows(this.driver, 'repositories', ['repository', 'default_branch'], [[name, defaultBranch]], {
      keys: ['repository'],
      update: ['default_branch'],
    });
  }

  /** Ids of the runs already stored among those created in [from, to]. */
  async knownRunIds(repository: string, from: number, to: number): Promise<Set<number>> {
    const rows = await this.driver.all('SELECT run_id FROM runs WHERE repository = ? AND created_at >= ? AND created_at <= ?', [
      repository,
      from,
      to,
    ]);
    return new Set(rows.map((r) => num(r['run_id'])));
  }

  /**
   * Upserts runs with their jobs, steps, critical paths and outcome records, and moves the runs
   * cursor (never backwards), in one transaction. A stored later attempt of a run is kept.
   */
  async saveRuns(repository: string, runs: readonly RunRecord[], cursor: { runsFrom?: number; updatedAt?: number } = {}): Promise<void> {
    await this.driver.transaction(async (tx) => {
      const runRows: Param[][] = [];
      const jobRows: Param[][] = [];
      const stepRows: Param[][] = [];
      const pathRows: { id: number; attempt: number; row: Param[] }[] = [];
      const outcomeRows: Param[][] = [];
      for (const run of runs) {
        const path = run.conclusion === 'success' ? criticalPath(run.jobs.filter((j) => j.attempt === run.attempt)) : [];
        runRows.push([
          repository,
          run.id,
          run.attempt,
          run.workflow,
          run.event,
          run.branch,
          run.sha,
          run.conclusion,
          run.createdAt,
          run.startedAt,
          run.completedAt,
          Math.floor(run.createdAt / DAY),
          runSeconds(run),
          runQueueSeconds(run) ?? null,
          run.artifacts,
          JSON.stringify(path),
        ]);
        for (const name of new Set(path.map((p) => p.name)))
          pathRows.push({ id: run.id, attempt: run.attempt, row: [repository, run.id, name, run.workflow, run.createdAt] });
        for (const job of run.jobs) {
          jobRows.push([
            repository,
            run.id,
            job.attempt,
            job.id,
            run.workflow,
            run.createdAt,
            job.name,
            job.conclusion,
            job.createdAt ?? null,
            job.startedAt,
            job.completedAt,
          ]);
          job.steps.forEach((s, i) =>
            stepRows.push([
              repository,
              run.id,
              job.id,
              i,
              run.workflow,
              run.createdAt,
              job.name,
              job.conclusion === 'success' ? 1 : 0,
              s.name,
              s.conclusion,
              s.seconds,
            ]),
          );
        }
        run.outcomes.forEach((o, i) => outcomeRows.push(outcomeRow(repository, run, i, o)));
      }
      // Writers of one repository take turns (SQLite has one writer anyway), so the day counts
      // read before the write are those the write changes.
      if (tx.dialect === 'postgres') await tx.run('SELECT pg_advisory_xact_lock(4242018, hashtext(?))', [repository]);
      const ids = [...new Set(runs.map((r) => r.id))];
      const before = await dailySnapshot(tx, repository, ids);
      await upsertRows(tx, 'runs', RUN_COLUMNS, runRows, {
        keys: ['repository', 'run_id'],
        where: 'excluded.attempt >= runs.attempt',
        types: TYPES,
      });
      await upsertRows(tx, 'jobs', JOB_COLUMNS, jobRows, { keys: ['repository', 'run_id', 'attempt', 'job_id'], types: TYPES });
      await upsertRows(tx, 'steps', STEP_COLUMNS, stepRows, { keys: ['repository', 'run_id', 'job_id', 'idx'], types: TYPES });
      // A run written again replaces its critical path: a re-run that failed has none, another
      // attempt its own. A stored later attempt keeps its rows, as it kept its run row above.
      const stored = await storedAttempts(tx, repository, ids);
      const latest = new Map<number, number>();
      for (const r of runs) latest.set(r.id, Math.max(latest.get(r.id) ?? r.attempt, r.attempt));
      const replaced = ids.filter((id) => latest.get(id) === stored.get(id));
      for (const list of inLists(replaced))
        await tx.run(`DELETE FROM critical_path WHERE repository = ? AND run_id IN (${list.marks})`, [repository, ...list.ids]);
      const kept = new Set(replaced);
      const newPaths = pathRows.filter((p) => kept.has(p.id) && p.attempt === latest.get(p.id)).map((p) => p.row);
      await upsertRows(tx, 'critical_path', PATH_COLUMNS, newPaths, { keys: ['repository', 'run_id', 'name'], types: TYPES });
      await upsertRows(tx, 'outcomes', OUTCOME_COLUMNS, outcomeRows, { keys: ['repository', 'run_id', 'idx'], types: TYPES });
      await applyDailyChange(tx, before, await dailySnapshot(tx, repository, ids));
      await this.moveCursor(tx, repository, 'runs_from', cursor.runsFrom, cursor.updatedAt);
    });
  }

  /** Every deployment of a repository, oldest first (a few thousand at most: read whole). */
  async deployments(repository: string): Promise<DeploymentRecord[]> {
    const rows = await this.driver.all(
      'SELECT deployment_id, environment, production, sha, ref, created_at, state, finished_at FROM deployments WHERE repository = ? ORDER BY created_at, deployment_id',
      [repository],
    );
    const commits = new Map<number, { sha: string; at: number }[]>();
    for await (const c of this.driver.iterate(
      'SELECT deployment_id, sha, at FROM deployment_commits WHERE repository = ? ORDER BY deployment_id, idx',
      [repository],
    )) {
      const id = num(c['deployment_id']);
      const list = commits.get(id) ?? [];
      list.push({ sha: String(c['sha']), at: num(c['at']) });
      commits.set(id, list);
    }
    return rows.map((r) => {
      const d: DeploymentRecord = {
        id: num(r['deployment_id']),
        environment: String(r['environment']),
        production: num(r['production']) === 1,
        sha: String(r['sha']),
        ref: String(r['ref']),
        createdAt: num(r['created_at']),
        state: r['state'] as DeploymentRecord['state'],
        commits: commits.get(num(r['deployment_id'])) ?? [],
      };
      const finishedAt = optNum(r['finished_at']);
      if (finishedAt !== undefined) d.finishedAt = finishedAt;
      return d;
    });
  }

  /** Upserts deployments (a finished one is never turned back to pending) and moves the deployments cursor, in one transaction. */
  async saveDeployments(
    repository: string,
    deployments: readonly DeploymentRecord[],
    cursor: { deploymentsFrom?: number; updatedAt?: number } = {},
  ): Promise<void> {
    await this.driver.transaction(async (tx) => {
      await upsertRows(
        tx,
        'deployments',
        ['repository', 'deployment_id', 'environment', 'production', 'sha', 'ref', 'created_at', 'state', 'finished_at'],
        deployments.map((d) => [
          repository,
          d.id,
          d.environment,
          d.production ? 1 : 0,
          d.sha,
          d.ref,
          d.createdAt,
          d.state,
          d.finishedAt ?? null,
        ]),
        { keys: ['repository', 'deployment_id'], where: "excluded.state <> 'pending' OR deployments.state = 'pending'", types: TYPES },
      );
      const commitRows: Param[][] = [];
      for (const d of deployments) d.commits.forEach((c, i) => commitRows.push([repository, d.id, i, c.sha, c.at]));
      await upsertRows(tx, 'deployment_commits', ['repository', 'deployment_id', 'idx', 'sha', 'at'], commitRows, {
        keys: ['repository', 'deployment_id', 'idx'],
        types: TYPES,
      });
      await this.moveCursor(tx, repository, 'deployments_from', cursor.deploymentsFrom, cursor.updatedAt);
    });
  }

  private async moveCursor(
    tx: SqlDriver,
    repository: string,
    column: 'runs_from' | 'deployments_from',
    value: number | undefined,
    updatedAt: number | undefined,
  ): Promise<void> {
    if (value !== undefined) {
      // Forward only: a value another collector already wrote was valid when it was written.
      await tx.run(
        `UPDATE repositories SET ${column} = CASE WHEN ${column} IS NULL OR ${column} < ? THEN ? ELSE ${column} END WHERE repository = ?`,
        [value, value, repository],
      );
    }
    if (updatedAt !== undefined)
      await tx.run('UPDATE repositories SET updated_at = CASE WHEN updated_at < ? THEN ? ELSE updated_at END WHERE repository = ?', [
        updatedAt,
        updatedAt,
        repository,
      ]);
  }

  /** Rows per table, of one repository or of all. */
  async counts(repository?: string): Promise<StoreCounts> {
    const where = repository === undefined ? '' : ' WHERE repository = ?';
    const params = repository === undefined ? [] : [repository];
    const count = async (table: string): Promise<number> =>
      num((await this.driver.all(`SELECT COUNT(*) AS n FROM ${table}${where}`, params))[0]?.['n'] ?? 0);
    return {
      repositories: await count('repositories'),
      runs: await count('runs'),
      jobs: await count('jobs'),
      steps: await count('steps'),
      outcomes: await count('outcomes'),
      deployments: await count('deployments'),
      commits: await count('deployment_commits'),
    };
  }

  /**
   * The runs of a repository created in [from, to] as history records, oldest first, read in
   * batches of one repository-day range at a time so memory stays flat however long the history.
   */
  async *runs(repository: string, from = -Infinity, to = Infinity): AsyncIterable<RunRecord> {
    const lo = Number.isFinite(from) ? from : -1e15;
    const hi = Number.isFinite(to) ? to : 1e15;
    const batch = 500;
    let after: { at: number; id: number } | undefined;
    for (;;) {
      const params: Param[] = [repository, lo, hi];
      let page = 'SELECT * FROM runs WHERE repository = ? AND created_at >= ? AND created_at <= ?';
      if (after) {
        page += ' AND (created_at > ? OR (created_at = ? AND run_id > ?))';
        params.push(after.at, after.at, after.id);
      }
      const rows = await this.driver.all(`${page} ORDER BY created_at, run_id LIMIT ${batch}`, params);
      if (rows.length === 0) return;
      const ids = rows.map((r) => num(r['run_id']));
      const marks = ids.map(() => '?').join(', ');
      const jobs = new Map<number, JobRecord[]>();
      const jobIndex = new Map<number, JobRecord>();
      for (const j of await this.driver.all(
        `SELECT * FROM jobs WHERE repository = ? AND run_id IN (${marks}) ORDER BY run_id, attempt, started_at, job_id`,
        [repository, ...ids],
      )) {
        const job: JobRecord = {
          id: num(j['job_id']),
          name: String(j['name']),
          attempt: num(j['attempt']),
          conclusion: String(j['conclusion']),
          startedAt: num(j['started_at']),
          completedAt: num(j['completed_at']),
          steps: [],
        };
        const createdAt = optNum(j['created_at']);
        if (createdAt !== undefined) job.createdAt = createdAt;
        const list = jobs.get(num(j['run_id'])) ?? [];
        list.push(job);
        jobs.set(num(j['run_id']), list);
        jobIndex.set(job.id, job);
      }
      for (const s of await this.driver.all(
        `SELECT job_id, name, conclusion, seconds FROM steps WHERE repository = ? AND run_id IN (${marks}) ORDER BY job_id, idx`,
        [repository, ...ids],
      ))
        jobIndex
          .get(num(s['job_id']))
          ?.steps.push({ name: String(s['name']), conclusion: String(s['conclusion']), seconds: num(s['seconds']) });
      const outcomes = new Map<number, OutcomeRecord[]>();
      for (const o of await this.driver.all(`SELECT * FROM outcomes WHERE repository = ? AND run_id IN (${marks}) ORDER BY run_id, idx`, [
        repository,
        ...ids,
      ])) {
        const list = outcomes.get(num(o['run_id'])) ?? [];
        list.push(outcomeOf(o));
        outcomes.set(num(o['run_id']), list);
      }
      for (const r of rows) {
        const id = num(r['run_id']);
        yield {
          id,
          workflow: String(r['workflow']),
          event: String(r['event']),
          branch: String(r['branch']),
          sha: String(r['sha']),
          attempt: num(r['attempt']),
          conclusion: String(r['conclusion']),
          createdAt: num(r['created_at']),
          startedAt: num(r['started_at']),
          completedAt: num(r['completed_at']),
          jobs: jobs.get(id) ?? [],
          artifacts: num(r['artifacts']),
          outcomes: outcomes.get(id) ?? [],
        };
      }
      const last = rows[rows.length - 1] as Record<string, unknown>;
      after = { at: num(last['created_at']), id: num(last['run_id']) };
      if (rows.length < batch) return;
    }
  }
}

/** The attempt each stored run of `ids` has. */
async function storedAttempts(tx: SqlDriver, repository: string, ids: readonly number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  for (const list of inLists(ids)) {
    const rows = await tx.all(`SELECT run_id, attempt FROM runs WHERE repository = ? AND run_id IN (${list.marks})`, [
      repository,
      ...list.ids,
    ]);
    for (const r of rows) out.set(Number(r['run_id']), Number(r['attempt']));
  }
  return out;
}
