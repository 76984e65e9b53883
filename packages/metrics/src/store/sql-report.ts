import type { PathJob } from '../critical-path.js';
import { doraFigures, isProduction } from '../dora.js';
import type { CacheLayerFigures, ReproducibilityFigures, ScanFigures, SignatureFigures } from '../outcome-figures.js';
import { distributionOfCounts, ratio } from '../percentiles.js';
import type { Regression, RegressionOptions } from '../regressions.js';
import type { MetricsReport, ReportOptions } from '../report.js';
import { bySlowestStep, type DayFigures, type JobFigures, type StepFigures, type WorkflowFigures } from '../run-figures.js';
import { OUTCOME_COUNTS_DAILY, STEP_SECONDS_DAILY } from './daily-counts.js';
import { daySegments, edgeSql, planDays, type DayPlan } from './day-buckets.js';
import type { HistoryStore } from './history-store.js';
import { runValues, windowCounts, type RunValues } from './run-counts.js';
import { distributionColumns, distributionOf, histogramDistribution, IGNORED_SQL, successColumns, successOf } from './sql-figures.js';
import type { Param, Row } from './sql-driver.js';

const DAY = 86_400;
const iso = (s: number): string => new Date(s * 1000).toISOString();
const dayText = (day: number): string => iso(day * DAY).slice(0, 10);
const num = (v: unknown): number => Number(v ?? 0);
const minutes = (s: number): string => `${(s / 60).toFixed(1)} min`;
/** A job's queue time, as the `jobs_queues` index holds it. */
const STEP_GROUPS = ['workflow', 'job_name', 'name'];
const JOB_QUEUE = 'CASE WHEN started_at - created_at > 0 THEN started_at - created_at ELSE 0 END';

/** The window every figure of a report covers. */
export interface Window {
  from: number;
  to: number;
  recentFrom: number;
  baselineFrom: number;
  windowDays: number;
}

export function windowOf(options: ReportOptions): Window {
  const windowDays = options.windowDays ?? 30;
  const to = options.now;
  const from = to - windowDays * DAY;
  const recentFrom = to - (options.recentDays ?? 7) * DAY;
  return { from, to, recentFrom, baselineFrom: recentFrom - windowDays * DAY, windowDays };
}

function daysFrom(rows: readonly Row[], from: number, to: number, key = ''): Map<string, DayFigures[]> {
  const byKey = new Map<string, Map<number, Row>>();
  for (const r of rows) {
    const k = key ? String(r[key]) : '';
    const m = byKey.get(k) ?? new Map<number, Row>();
    m.set(num(r['day']), r);
    byKey.set(k, m);
  }
  const out = new Map<string, DayFigures[]>();
  for (const [k, m] of byKey) {
    const list: DayFigures[] = [];
    for (let t = Math.floor(from / DAY) * DAY; t <= to; t += DAY) {
      const day = Math.floor(t / DAY);
      const r = m.get(day);
      const d = distributionOf(r, 'd');
      list.push({ day: dayText(day), runs: num(r?.['runs']), p50: d.p50, p95: d.p95, successRate: successOf(r, 's') });
    }
    out.set(k, list);
  }
  return out;
}

/** Per-value counts of successful jobs' step durations over a window: the day counts, then the steps of the partial days. */
function stepCountsSql(repository: string, plan: DayPlan): { sql: string; params: Param[] } {
  const g = STEP_GROUPS.join(', ');
  const days = daySegments(plan);
  const parts = [
    `SELECT ${g}, seconds AS v, SUM(n) AS c FROM step_seconds_daily WHERE repository = ? AND ${days.where} GROUP BY ${g}, seconds`,
  ];
  const params: Param[] = [repository, ...days.whereParams];
  for (const e of plan.edges) {
    const edge = edgeSql(e, 's.run_created_at');
    parts.push(
      `SELECT ${g}, seconds AS v, SUM(n) AS c FROM (${STEP_SECONDS_DAILY.select(`s.repository = ? AND ${edge.sql}`)}) e GROUP BY ${g}, seconds`,
    );
    params.push(repository, ...edge.params);
  }
  return { sql: `SELECT ${g}, v, SUM(c) AS c FROM (${parts.join(' UNION ALL ')}) u WHERE c > 0 GROUP BY ${g}, v`, params };
}

/**
 * The report of one repository computed by the database: the same figures, definitions and
 * JSON as `buildReport` over the same history, with percentiles, daily buckets and windows in
 * SQL. Memory holds the answers, not the runs.
 */
export async function reportFromStore(store: HistoryStore, repository: string, options: ReportOptions): Promise<MetricsReport> {
  const db = store.driver;
  const w = windowOf(options);
  const maxMinutes = options.maxMinutes ?? 15;
  const regressionPercent = options.regressionPercent ?? 20;
  const state = await store.repository(repository);
  const defaultBranch = state?.defaultBranch ?? 'main';
  const inWindow = 'repository = ? AND created_at >= ? AND created_at <= ?';
  const win: Param[] = [repository, w.from, w.to];
  const jobsWindow = 'repository = ? AND run_created_at >= ? AND run_created_at <= ?';
  const ok = "conclusion = 'success'";
  const queued = "conclusion <> 'cancelled' AND queue IS NOT NULL";

  // Step durations: the day counts of the window's whole days, the steps of its partial days.
  const stepSql = stepCountsSql(repository, planDays([w.from, w.to]));
  const environments = options.environments ?? [];
  const rest = Promise.all([
    regressionsFromStore(store, repository, w, { maxMinutes, regressionPercent }, options.budgetRunIds),
    store.deployments(repository).then(async (deployments) => {
      const inWindow = deployments.filter(
        (d) => isProduction(d, environments) && (d.finishedAt ?? d.createdAt) >= w.from && (d.finishedAt ?? d.createdAt) <= w.to,
      );
      return { deployments, signatures: await signaturesFromStore(store, repository, defaultBranch, w, inWindow) };
    }),
    db.all('SELECT COUNT(*) AS runs, MIN(created_at) AS first FROM runs WHERE repository = ?', [repository]),
    cacheFromStore(store, [repository], w),
    scansFromStore(store, [repository], w),
    reproducibilityFromStore(store, [repository], w),
  ]);
  // Awaited below, after the figures of the runs: a failure is thrown there, not left unhandled.
  rest.catch(() => undefined);
  // The queries are independent: all of them at once (the SQLite driver spreads them over its
  // reader threads, PostgreSQL over its pool), the longest, over the steps, first.
  const [stepRows, [totals], dayRows, wfRows, wfDayRows, jobCounts, jobDurations, jobQueues, flakyRows, pathRows, latestPaths] =
    await Promise.all([
      db.all(histogramDistribution({ groups: STEP_GROUPS, counts: stepSql.sql }, 'd'), stepSql.params),
      db.all(
        `SELECT COUNT(*) AS runs, ${successColumns('conclusion', 's')}, ${distributionColumns(db, 'duration', 'd', ok)}, ${distributionColumns(db, 'queue', 'q', queued)} FROM runs WHERE ${inWindow}`,
        win,
      ),
      db.all(
        `SELECT day, COUNT(*) AS runs, ${successColumns('conclusion', 's')}, ${distributionColumns(db, 'duration', 'd', ok)} FROM runs WHERE ${inWindow} GROUP BY day`,
        win,
      ),
      db.all(
        `SELECT workflow, COUNT(*) AS runs, SUM(CASE WHEN ${ok} THEN 1 ELSE 0 END) AS successes,
         SUM(CASE WHEN conclusion NOT IN ${IGNORED_SQL} AND conclusion <> 'success' THEN 1 ELSE 0 END) AS failures,
         SUM(CASE WHEN conclusion = 'cancelled' THEN 1 ELSE 0 END) AS cancelled,
         SUM(CASE WHEN attempt > 1 THEN 1 ELSE 0 END) AS retried,
         ${successColumns('conclusion', 's')}, ${distributionColumns(db, 'duration', 'd', ok)}, ${distributionColumns(db, 'queue', 'q', queued)}
       FROM runs WHERE ${inWindow} GROUP BY workflow`,
        win,
      ),
      db.all(
        `SELECT workflow, day, COUNT(*) AS runs, ${successColumns('conclusion', 's')}, ${distributionColumns(db, 'duration', 'd', ok)} FROM runs WHERE ${inWindow} GROUP BY workflow, day`,
        win,
      ),
      db.all(
        `SELECT workflow, name, COUNT(*) AS count, ${successColumns('conclusion', 's')} FROM jobs WHERE ${jobsWindow} GROUP BY workflow, name`,
        win,
      ),
      db.all(
        histogramDistribution(
          { groups: ['workflow', 'name'], value: 'completed_at - started_at', from: `jobs WHERE ${jobsWindow} AND ${ok}` },
          'd',
        ),
        win,
      ),
      db.all(
        histogramDistribution(
          { groups: ['workflow', 'name'], value: JOB_QUEUE, from: `jobs WHERE ${jobsWindow} AND created_at IS NOT NULL` },
          'q',
        ),
        win,
      ),
      db.all(
        `SELECT workflow, name, COUNT(*) AS flaky FROM (
         SELECT workflow, name, run_id FROM jobs WHERE ${jobsWindow} GROUP BY workflow, name, run_created_at, run_id
         HAVING SUM(CASE WHEN conclusion = 'failure' THEN 1 ELSE 0 END) > 0 AND SUM(CASE WHEN conclusion = 'success' THEN 1 ELSE 0 END) > 0
       ) f GROUP BY workflow, name`,
        win,
      ),
      db.all(`SELECT workflow, name, COUNT(*) AS runs FROM critical_path WHERE ${jobsWindow} GROUP BY workflow, name`, win),
      db.all(
        `SELECT r.workflow, r.run_id, r.duration, r.critical_path FROM runs r
       JOIN (SELECT workflow, MAX(created_at) AS at FROM runs WHERE ${inWindow} AND ${ok} AND critical_path <> '[]' GROUP BY workflow) l
         ON l.workflow = r.workflow AND l.at = r.created_at
       WHERE r.repository = ? AND r.conclusion = 'success' AND r.critical_path <> '[]' ORDER BY r.run_id`,
        [...win, repository],
      ),
    ]);
  const wfDays = daysFrom(wfDayRows, w.from, w.to, 'workflow');

  const key = (r: Row): string => `${String(r['workflow'])}\u0000${String(r['name'])}`;
  const flaky = new Map(flakyRows.map((r) => [key(r), num(r['flaky'])]));
  const onPath = new Map(pathRows.map((r) => [key(r), num(r['runs'])]));
  const durations = new Map(jobDurations.map((r) => [key(r), r]));
  const queues = new Map(jobQueues.map((r) => [key(r), r]));
  const latest = new Map<string, WorkflowFigures['criticalPath']>();
  for (const r of latestPaths) {
    if (latest.has(String(r['workflow']))) continue;
    latest.set(String(r['workflow']), {
      runId: num(r['run_id']),
      seconds: num(r['duration']),
      jobs: JSON.parse(String(r['critical_path'])) as PathJob[],
    });
  }
  const workflows: WorkflowFigures[] = wfRows
    .map((r) => {
      const workflow = String(r['workflow']);
      const successes = num(r['successes']);
      const jobs: JobFigures[] = jobCounts
        .filter((j) => String(j['workflow']) === workflow)
        .map((j) => ({
          name: String(j['name']),
          count: num(j['count']),
          duration: distributionOf(durations.get(key(j)), 'd'),
          queue: distributionOf(queues.get(key(j)), 'q'),
          successRate: successOf(j, 's'),
          flaky: flaky.get(key(j)) ?? 0,
          onCriticalPath: ratio(onPath.get(key(j)) ?? 0, successes),
        }))
        .sort((a, b) => (b.duration.p50 ?? -1) - (a.duration.p50 ?? -1) || a.name.localeCompare(b.name));
      const slowestSteps: StepFigures[] = stepRows
        .filter((s) => String(s['workflow']) === workflow)
        .map((s) => ({ job: String(s['job_name']), step: String(s['name']), count: num(s['d_n']), duration: distributionOf(s, 'd') }))
        .sort(bySlowestStep)
        .slice(0, 10);
      return {
        workflow,
        runs: num(r['runs']),
        successes,
        failures: num(r['failures']),
        cancelled: num(r['cancelled']),
        retried: num(r['retried']),
        successRate: successOf(r, 's'),
        duration: distributionOf(r, 'd'),
        queue: distributionOf(r, 'q'),
        jobs,
        slowestSteps,
        criticalPath: latest.get(workflow) ?? null,
        daily: wfDays.get(workflow) ?? [],
      };
    })
    .sort((a, b) => b.runs - a.runs || a.workflow.localeCompare(b.workflow));

  const [regressions, { deployments, signatures }, [history], cache, scans, reproducibility] = await rest;
  const first = history?.['first'];
  return {
    repository,
    generatedAt: iso(w.to),
    window: { from: iso(w.from), to: iso(w.to), days: w.windowDays },
    budgetMinutes: maxMinutes,
    regressionPercent,
    totals: {
      runs: num(totals?.['runs']),
      successRate: successOf(totals, 's'),
      duration: distributionOf(totals, 'd'),
      queue: distributionOf(totals, 'q'),
      daily: daysFrom(dayRows, w.from, w.to).get('') ?? daysFrom([{ day: -1 }], w.from, w.to).get('') ?? [],
    },
    workflows,
    cache,
    signatures,
    scans,
    reproducibility,
    dora: doraFigures(deployments, environments, w.from, w.to),
    regressions,
    historyRuns: num(history?.['runs']),
    historyFrom: first === null || first === undefined ? null : iso(Number(first)),
  };
}

/** Cache hit rate per layer over the window. */
export async function cacheFromStore(store: HistoryStore, repositories: readonly string[], w: Window): Promise<CacheLayerFigures[]> {
  const rows = await windowCounts(store, OUTCOME_COUNTS_DAILY, repositories, w, ['layer', 'hit'], "type = 'cache'");
  const layers = new Map<string, { total: number; exact: number; partial: number; miss: number }>();
  for (const r of rows) {
    const layer = String(r['layer']);
    const e = layers.get(layer) ?? { total: 0, exact: 0, partial: 0, miss: 0 };
    const n = num(r['n']);
    e.total += n;
    const hit = String(r['hit']);
    if (hit === 'exact' || hit === 'partial' || hit === 'miss') e[hit] += n;
    layers.set(layer, e);
  }
  return [...layers]
    .map(([layer, e]) => ({ layer, ...e, hitRate: ratio(e.exact, e.total), restoreRate: ratio(e.exact + e.partial, e.total) }))
    .sort((a, b) => a.layer.localeCompare(b.layer));
}

/** Scan gate decisions over the window. */
export async function scansFromStore(store: HistoryStore, repositories: readonly string[], w: Window): Promise<ScanFigures> {
  const rows = await windowCounts(store, OUTCOME_COUNTS_DAILY, repositories, w, ['decision'], "type = 'scan'");
  const total = rows.reduce((t, r) => t + num(r['n']), 0);
  const passed = rows.filter((r) => r['decision'] === 'pass').reduce((t, r) => t + num(r['n']), 0);
  return { total, passed, passRate: ratio(passed, total) };
}

/** Rebuild checks over the window. */
export async function reproducibilityFromStore(
  store: HistoryStore,
  repositories: readonly string[],
  w: Window,
): Promise<ReproducibilityFigures> {
  const rows = await windowCounts(store, OUTCOME_COUNTS_DAILY, repositories, w, ['reproducible', 'hermetic'], "type = 'reproducibility'");
  const sum = (keep: (r: Row) => boolean): number => rows.filter(keep).reduce((t, r) => t + num(r['n']), 0);
  const total = sum(() => true);
  const reproducible = sum((r) => num(r['reproducible']) === 1);
  return {
    total,
    reproducible,
    rate: ratio(reproducible, total),
    hermetic: sum((r) => r['hermetic'] === 'yes'),
    notIsolated: sum((r) => r['hermetic'] === 'not-isolated'),
  };
}

async function signaturesFromStore(
  store: HistoryStore,
  repository: string,
  defaultBranch: string,
  w: Window,
  deployments: readonly { sha: string; environment: string; state: string }[],
): Promise<SignatureFigures> {
  const [b] = await store.driver.all(
    `SELECT COUNT(*) AS builds, SUM(CASE WHEN COALESCE(s.n, 0) > 0 AND COALESCE(s.unsigned, 0) = 0 THEN 1 ELSE 0 END) AS signed
     FROM runs r LEFT JOIN (
       SELECT run_id, COUNT(*) AS n, SUM(CASE WHEN signed = 1 THEN 0 ELSE 1 END) AS unsigned FROM outcomes
       WHERE repository = ? AND type = 'signature' AND run_created_at >= ? AND run_created_at <= ? GROUP BY run_id
     ) s ON s.run_id = r.run_id
     WHERE r.repository = ? AND r.created_at >= ? AND r.created_at <= ? AND r.conclusion = 'success' AND r.branch = ?
       AND r.event <> 'pull_request' AND (r.artifacts > 0 OR COALESCE(s.n, 0) > 0)`,
    [repository, w.from, w.to, repository, w.from, w.to, defaultBranch],
  );
  const successful = deployments.filter((d) => d.state === 'success');
  const bySha = new Map<string, { environment: string | null; verified: boolean }[]>();
  if (successful.length > 0) {
    for await (const v of store.driver.iterate(
      "SELECT run_sha, environment, verified FROM outcomes WHERE repository = ? AND type = 'verification'",
      [repository],
    )) {
      const list = bySha.get(String(v['run_sha'])) ?? [];
      list.push({ environment: typeof v['environment'] === 'string' ? v['environment'] : null, verified: num(v['verified']) === 1 });
      bySha.set(String(v['run_sha']), list);
    }
  }
  const verified = successful.filter((d) => {
    const records = (bySha.get(d.sha) ?? []).filter((v) => v.environment === null || v.environment === d.environment);
    return records.length > 0 && records.every((v) => v.verified);
  }).length;
  const builds = num(b?.['builds']);
  const signedBuilds = num(b?.['signed']);
  return {
    builds,
    signedBuilds,
    coverage: ratio(signedBuilds, builds),
    deployments: successful.length,
    verifiedDeployments: verified,
    verifiedCoverage: ratio(verified, successful.length),
  };
}

/** Runs over the budget, and p50/p95 of the recent window against the baseline, per workflow. */
export async function regressionsFromStore(
  store: HistoryStore,
  repository: string,
  w: Window,
  options: RegressionOptions,
  budgetRunIds?: ReadonlySet<number>,
): Promise<Regression[]> {
  const db = store.driver;
  const budgetSeconds = options.maxMinutes * 60;
  const over: Row[] = [];
  if (budgetRunIds) {
    const ids = [...budgetRunIds];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      over.push(
        ...(await db.all(
          `SELECT workflow, run_id, duration FROM runs WHERE repository = ? AND run_id IN (${chunk.map(() => '?').join(', ')}) AND conclusion <> 'cancelled' AND duration > ?`,
          [repository, ...chunk, budgetSeconds],
        )),
      );
    }
  } else {
    over.push(
      ...(await db.all(
        "SELECT workflow, run_id, duration FROM runs WHERE repository = ? AND created_at >= ? AND created_at <= ? AND conclusion <> 'cancelled' AND duration > ?",
        [repository, w.recentFrom, w.to, budgetSeconds],
      )),
    );
  }
  const out: Regression[] = over
    .sort((a, b) => num(b['duration']) - num(a['duration']))
    .map((r) => ({
      kind: 'budget' as const,
      workflow: String(r['workflow']),
      runId: num(r['run_id']),
      seconds: num(r['duration']),
      budgetSeconds,
      message: `${String(r['workflow'])} run ${num(r['run_id'])} took ${minutes(num(r['duration']))}, over the ${options.maxMinutes}-minute budget`,
    }));
  out.push(...(await percentileRises(store, [repository], w, options)).flatMap((r) => r.regressions));
  return out;
}

/** How a workflow's p50 and p95 moved from the baseline to the recent window. */
export interface Rise {
  repository: string;
  workflow: string;
  regressions: Regression[];
  /** The largest rise of p50 or p95 in percent (null below the minimum samples). */
  percent: number | null;
}

/** p50/p95 of successful runs, recent window against the baseline before it, per repository and workflow (from the day counts). */
export async function percentileRises(
  store: HistoryStore,
  repositories: readonly string[],
  w: Window,
  options: RegressionOptions,
  values?: readonly RunValues[],
): Promise<Rise[]> {
  const sides = [...(values ?? (await runValues(store, repositories, w)))].filter((e) => e.baseline.size > 0 || e.recent.size > 0);
  const min = options.minSamples ?? 5;
  const out: Rise[] = [];
  for (const e of sides.sort((a, b) => a.repository.localeCompare(b.repository) || a.workflow.localeCompare(b.workflow))) {
    const now = distributionOfCounts(e.recent);
    const before = distributionOfCounts(e.baseline);
    const rise: Rise = { repository: e.repository, workflow: e.workflow, regressions: [], percent: null };
    if (now.count >= min && before.count >= min) {
      for (const kind of ['p50', 'p95'] as const) {
        const value = now[kind] ?? 0;
        const base = before[kind] ?? 0;
        if (base <= 0) continue;
        const percent = ((value - base) / base) * 100;
        rise.percent = Math.max(rise.percent ?? -Infinity, percent);
        if (percent > options.regressionPercent)
          rise.regressions.push({
            kind,
            workflow: e.workflow,
            seconds: value,
            baselineSeconds: base,
            percent,
            message: `${e.workflow} ${kind} rose ${percent.toFixed(0)}% to ${minutes(value)} (baseline ${minutes(base)}; allowed +${options.regressionPercent}%)`,
          });
      }
    }
    out.push(rise);
  }
  return out;
}
