// ci-metrics benchmark, side by side in one run:
// 1. The report over 100,000 runs / ~1,000,000 jobs: today's JSON history file (read whole,
//    figures in JavaScript) against the embedded SQLite store (figures in SQL), each in fresh
//    child processes so peak memory is its own. Targets for SQLite: <= 3 s and <= 300 MiB.
// 2. Collection of 200 repositories x 500 runs from the local fake GitHub API into PostgreSQL
//    with 8 concurrent collectors: wall time, and rows lost or duplicated (must be 0).
// 3. The organisation report over 2,000,000 runs in PostgreSQL (target <= 5 s).
// METRICS_BENCH picks the parts (default `report,collect,org`). `sqlite` runs only the SQLite
// report over the store at METRICS_BENCH_DB, which it builds when missing and keeps, so the
// report can be measured again without generating and importing the history each time.
import { spawnSync } from 'node:child_process';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Octokit } from '@octokit/core';
import { median as coreMedian } from '@slipway/core';
import {
  buildReport,
  collectMany,
  dashboardHtml,
  githubFetch,
  importHistory,
  loadHistory,
  octokitApi,
  openPostgres,
  openSqlite,
  orgReportFromStore,
  recountDaily,
  reportFromStore,
  serializeHistory,
  summaryMarkdown,
} from '@slipway/metrics';
import { startGitHubApi } from '../test/services/github-api.js';
import { historyOf } from '../test/services/github-api-as-history.js';
import { generateHistory } from '../test/services/github-api-history.js';
import { startPostgres } from '../test/services/postgres.js';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'out', 'metrics');
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const median = (xs: number[]): number => coreMedian(xs) ?? 0;
const END = Date.parse('2026-06-30T00:00:00Z') / 1000;

interface ChildResult {
  runs: number;
  loadMs: number;
  reportMs: number;
  renderMs: number;
  maxRssKb: number;
  p95: number | null;
}

/** One report in this process: `json` reads the history file whole, `sqlite` asks the store. */
async function reportChild(kind: 'json' | 'sqlite', path: string): Promise<void> {
  const t0 = performance.now();
  let report;
  let t1: number;
  if (kind === 'json') {
    const { history } = await loadHistory(path);
    t1 = performance.now();
    report = buildReport(history, { now: END, windowDays: 365 });
  } else {
    const { store } = await openSqlite(path);
    t1 = performance.now();
    report = await reportFromStore(store, 'octo-org/octo-repo', { now: END, windowDays: 365 });
    await store.close();
  }
  const t2 = performance.now();
  dashboardHtml(report);
  summaryMarkdown(report);
  const t3 = performance.now();
  const result: ChildResult = {
    runs: report.totals.runs,
    loadMs: t1 - t0,
    reportMs: t2 - t1,
    renderMs: t3 - t2,
    maxRssKb: process.resourceUsage().maxRSS,
    p95: report.totals.duration.p95,
  };
  process.stdout.write(JSON.stringify(result));
}

function child(kind: 'json' | 'sqlite', path: string): ChildResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'report-child', kind, path], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`${kind} report child failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildResult;
}

async function reportBench(): Promise<void> {
  // 8 test shards + lint + build = 10 jobs per CI run; re-runs add more.
  const history = historyOf(generateHistory({ seed: 100_000, end: END, days: 365, runsPerDay: 274, shards: 8, deployEvery: 1_000_000 }));
  const jobs = history.runs.reduce((n, r) => n + r.jobs.length, 0);
  const steps = history.runs.reduce((n, r) => n + r.jobs.reduce((m, j) => m + j.steps.length, 0), 0);
  await mkdir(out, { recursive: true });
  const json = join(out, 'history-100k.json');
  const db = join(out, 'history-100k.db');
  await writeFile(json, serializeHistory(history));
  for (const s of ['', '-wal', '-shm']) await rm(`${db}${s}`, { force: true });
  const t0 = performance.now();
  const { store } = await openSqlite(db);
  await importHistory(store, history);
  await store.close();
  const importS = (performance.now() - t0) / 1000;
  console.log(
    `history: ${history.runs.length} runs, ${jobs} jobs, ${steps} steps; JSON file ${mib((await stat(json)).size)}, SQLite ${mib((await stat(db)).size)} (import ${importS.toFixed(0)} s)`,
  );
  const runs: Record<'json' | 'sqlite', ChildResult[]> = { json: [], sqlite: [] };
  for (let i = 0; i < 3; i++) for (const kind of ['json', 'sqlite'] as const) runs[kind].push(child(kind, kind === 'json' ? json : db));
  const total = (r: ChildResult): number => r.loadMs + r.reportMs + r.renderMs;
  console.log(`report over ${history.runs.length} runs / ${jobs} jobs, window 365 days (median of 3 fresh processes each, interleaved):`);
  for (const kind of ['json', 'sqlite'] as const) {
    const list = runs[kind];
    console.log(
      `  ${kind.padEnd(6)} open ${(median(list.map((r) => r.loadMs)) / 1000).toFixed(2)} s, figures ${(median(list.map((r) => r.reportMs)) / 1000).toFixed(2)} s, render ${(median(list.map((r) => r.renderMs)) / 1000).toFixed(3)} s; total ${(median(list.map(total)) / 1000).toFixed(2)} s; peak RSS ${mib(median(list.map((r) => r.maxRssKb)) * 1024)}; p95 ${list[0]?.p95?.toFixed(3)} s`,
    );
  }
  const ratio = median(runs.json.map(total)) / median(runs.sqlite.map(total));
  const mem = median(runs.json.map((r) => r.maxRssKb)) / median(runs.sqlite.map((r) => r.maxRssKb));
  console.log(
    `  SQLite against the JSON file: ${ratio.toFixed(1)}x faster, ${mem.toFixed(1)}x less memory; same p95: ${runs.json[0]?.p95 === runs.sqlite[0]?.p95 || Math.abs((runs.json[0]?.p95 ?? 0) - (runs.sqlite[0]?.p95 ?? 0)) < 1e-6}`,
  );
  await rm(json, { force: true });
  for (const s of ['', '-wal', '-shm']) await rm(`${db}${s}`, { force: true });
}

/** The SQLite report alone, over a kept store (built once from the same history as `reportBench`). */
async function sqliteReportBench(db: string): Promise<void> {
  const exists = await stat(db).then(
    () => true,
    () => false,
  );
  if (!exists) {
    const history = historyOf(generateHistory({ seed: 100_000, end: END, days: 365, runsPerDay: 274, shards: 8, deployEvery: 1_000_000 }));
    await mkdir(dirname(db), { recursive: true });
    const t0 = performance.now();
    const { store } = await openSqlite(db);
    await importHistory(store, history);
    await store.close();
    console.log(`built ${db} from ${history.runs.length} runs in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  }
  const list: ChildResult[] = [];
  for (let i = 0; i < 3; i++) list.push(child('sqlite', db));
  const total = (r: ChildResult): number => r.loadMs + r.reportMs + r.renderMs;
  console.log(
    `sqlite report over ${db} (${list[0]?.runs} runs in the window; median of 3 fresh processes): open ${(median(list.map((r) => r.loadMs)) / 1000).toFixed(2)} s, figures ${(median(list.map((r) => r.reportMs)) / 1000).toFixed(2)} s, render ${(median(list.map((r) => r.renderMs)) / 1000).toFixed(3)} s; total ${(median(list.map(total)) / 1000).toFixed(2)} s; peak RSS ${mib(median(list.map((r) => r.maxRssKb)) * 1024)}; p95 ${list[0]?.p95?.toFixed(3)} s`,
  );
}

async function collectBench(pgUrl: string): Promise<void> {
  const end = Math.floor(Date.now() / 1000) - 600;
  const repos = Array.from({ length: 200 }, (_, i) =>
    generateHistory({
      seed: 5_000 + i,
      end,
      days: 25,
      runsPerDay: 20,
      shards: 2,
      name: `repo-${String(i).padStart(3, '0')}`,
      deployEvery: 10,
    }),
  );
  const expected = repos.reduce((n, r) => n + r.runs.filter((x) => x.status === 'completed').length, 0);
  const expectedJobs = repos.reduce((n, r) => n + r.runs.filter((x) => x.status === 'completed').reduce((m, x) => m + x.jobs.length, 0), 0);
  const server = await startGitHubApi({ repos });
  const store = await openPostgres(pgUrl, '--store', { max: 10 });
  try {
    const fetch = githubFetch({ sleep: (ms) => new Promise((r) => setTimeout(r, ms)), now: () => Date.now() });
    const api = octokitApi(new Octokit({ auth: 'ghs_good', baseUrl: server.url, request: { fetch } }).request);
    const started = performance.now();
    const results = await collectMany(
      api,
      store,
      repos.map((r) => `${r.owner}/${r.name}`),
      { now: () => Date.now(), parallel: 8, firstLookbackDays: 30 },
    );
    const seconds = (performance.now() - started) / 1000;
    const counts = await store.counts();
    const [dupes] = await store.driver.all('SELECT COUNT(*) - COUNT(DISTINCT (repository, run_id)) AS d FROM runs');
    console.log(
      `collection of ${repos.length} repositories (${expected} runs, ${expectedJobs} jobs) from the local API into PostgreSQL, 8 collectors:`,
    );
    console.log(
      `  wall time ${seconds.toFixed(1)} s (${(expected / seconds).toFixed(0)} runs/s, ${fetch.requests} HTTP requests, ${(fetch.requests / seconds).toFixed(0)}/s)`,
    );
    console.log(
      `  complete: ${results.filter((r) => r.complete).length} of ${results.length}; runs stored ${counts.runs} (lost ${expected - counts.runs}, duplicated ${Number(dupes?.['d'] ?? 0)}); jobs stored ${counts.jobs} (lost ${expectedJobs - counts.jobs})`,
    );
  } finally {
    await store.close();
    await server.close();
  }
}

async function orgBench(pgUrl: string): Promise<void> {
  const store = await openPostgres(pgUrl, '--store', { max: 2 });
  try {
    // 200 repositories x 10,000 runs over a year, made by the database itself (the figures do
    // not care how rows arrived; importing 2,000,000 runs through the collector takes hours).
    const t0 = performance.now();
    await store.driver.run(
      `INSERT INTO repositories (repository, default_branch) SELECT 'bench-org/repo-' || lpad(g::text, 3, '0'), 'main' FROM generate_series(0, 199) g`,
    );
    await store.driver
      .run(`INSERT INTO runs (repository, run_id, attempt, workflow, event, branch, sha, conclusion, created_at, started_at, completed_at, day, duration, queue, artifacts, critical_path)
      SELECT 'bench-org/repo-' || lpad((g % 200)::text, 3, '0'), g, 1, CASE WHEN g % 5 = 0 THEN 'Deploy' ELSE 'CI' END, 'push', 'main', md5(g::text),
        CASE WHEN g % 17 = 0 THEN 'failure' WHEN g % 29 = 0 THEN 'cancelled' ELSE 'success' END,
        t, t, t + d, floor(t / 86400), d, (g % 30)::float, 1, '[]'
      FROM (SELECT g, ${END} - 365 * 86400 + (g::float / 2000000) * 365 * 86400 AS t,
                   300 + (g % 200) * 3 + (hashint4(g) % 240 + 240) % 240 AS d FROM generate_series(1, 2000000) g) s`);
    await store.driver
      .run(`INSERT INTO outcomes (repository, run_id, idx, run_created_at, run_sha, type, subject, layer, hit, signed, decision)
      SELECT repository, run_id, 0, created_at, sha, 'cache', NULL, 'deps', CASE WHEN run_id % 4 = 0 THEN 'miss' ELSE 'exact' END, NULL, NULL FROM runs`);
    // Rows written around the store: its day counts are counted from them, as a migration would.
    const t1 = performance.now();
    await recountDaily(store.driver);
    await store.driver.run('ANALYZE');
    console.log(
      `organisation store: 200 repositories, 2,000,000 runs, 2,000,000 records (made in ${((t1 - t0) / 1000).toFixed(0)} s, day counts in ${((performance.now() - t1) / 1000).toFixed(0)} s)`,
    );
    for (const windowDays of [30, 365]) {
      const times: number[] = [];
      let runs = 0;
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        const r = await orgReportFromStore(store, 'bench-org', { now: END, windowDays });
        times.push(performance.now() - t);
        runs = r.totals.runs;
      }
      console.log(
        `  organisation report, ${windowDays}-day window (${runs} runs in it): median ${(median(times) / 1000).toFixed(2)} s of 3`,
      );
    }
  } finally {
    await store.close();
  }
}

if (process.argv[2] === 'report-child') {
  await reportChild(process.argv[3] as 'json' | 'sqlite', process.argv[4] ?? '');
} else {
  const parts = (process.env['METRICS_BENCH'] ?? 'report,collect,org').split(',');
  if (parts.includes('report')) await reportBench();
  if (parts.includes('sqlite')) await sqliteReportBench(process.env['METRICS_BENCH_DB'] ?? join(out, 'history-100k-kept.db'));
  if (parts.includes('collect') || parts.includes('org')) {
    const pg = await startPostgres();
    try {
      if (parts.includes('collect')) await collectBench(await pg.database('bench_collect'));
      if (parts.includes('org')) await orgBench(await pg.database('bench_org'));
    } finally {
      await pg.stop();
    }
  }
}
