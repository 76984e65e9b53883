// ci-metrics benchmark: report generation over 100,000 runs and 1,000,000 jobs (time, peak
// memory, HTML size), and collection of 10,000 runs from the local GitHub API server (requests
// and time). The report phase runs in a child process of its own, so its peak memory is its own.
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Octokit } from '@octokit/core';
import { median as coreMedian } from '@slipway/core';
import {
  buildReport,
  collect,
  dashboardHtml,
  emptyHistory,
  loadHistory,
  octokitApi,
  serializeHistory,
  summaryMarkdown,
  type History,
  type RunRecord,
} from '@slipway/metrics';
import { startGitHubApi } from '../test/services/github-api.js';
import { generateHistory, type GeneratedRepo } from '../test/services/github-api-history.js';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'out', 'metrics');
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** A record file's records: one, an array, or `{ records }`. */
function recordsOf(value: unknown): RunRecord['outcomes'] {
  if (Array.isArray(value)) return value as RunRecord['outcomes'];
  if (typeof value === 'object' && value !== null && 'records' in value) return value.records as RunRecord['outcomes'];
  return [value as RunRecord['outcomes'][number]];
}

/** The generated runs as the collector would have stored them. */
function asHistory(repo: GeneratedRepo): History {
  const runs: RunRecord[] = repo.runs
    .filter((r) => r.status === 'completed')
    .map((r) => ({
      id: r.id,
      workflow: r.workflow,
      event: r.event,
      branch: r.branch,
      sha: r.sha,
      attempt: r.attempt,
      conclusion: r.conclusion ?? 'unknown',
      createdAt: r.createdAt,
      startedAt: r.runStartedAt,
      completedAt: Math.max(...r.jobs.filter((j) => j.attempt === r.attempt).map((j) => j.completedAt ?? 0)),
      jobs: r.jobs.map((j) => ({
        id: j.id,
        name: j.name,
        attempt: j.attempt,
        conclusion: j.conclusion ?? 'unknown',
        createdAt: j.createdAt,
        startedAt: j.startedAt,
        completedAt: j.completedAt ?? j.startedAt,
        steps: j.steps.map((s) => ({ name: s.name, conclusion: s.conclusion, seconds: s.completedAt - s.startedAt })),
      })),
      artifacts: r.artifacts.filter((a) => !a.name.startsWith('slipway-record')).length,
      outcomes: r.artifacts.flatMap((a) =>
        a.name.startsWith('slipway-record') ? Object.values(a.files).flatMap((f) => recordsOf(JSON.parse(f))) : [],
      ),
    }));
  return { ...emptyHistory(`${repo.owner}/${repo.name}`), runs, deployments: [], updatedAt: 0 };
}

async function reportChild(path: string): Promise<void> {
  const t0 = performance.now();
  const { history } = await loadHistory(path);
  const t1 = performance.now();
  const report = buildReport(history, { now: Math.max(...history.runs.map((r) => r.createdAt)) + 60, windowDays: 365 });
  const t2 = performance.now();
  const html = dashboardHtml(report);
  const md = summaryMarkdown(report);
  const t3 = performance.now();
  const jobs = history.runs.reduce((n, r) => n + r.jobs.length, 0);
  process.stdout.write(
    JSON.stringify({
      runs: history.runs.length,
      jobs,
      loadMs: t1 - t0,
      reportMs: t2 - t1,
      renderMs: t3 - t2,
      htmlBytes: Buffer.byteLength(html),
      mdBytes: Buffer.byteLength(md),
      maxRssKb: process.resourceUsage().maxRSS,
    }),
  );
}

async function reportBench(): Promise<void> {
  const end = Date.parse('2026-06-30T00:00:00Z') / 1000;
  // 8 test shards + lint + build = 10 jobs per CI run; re-runs and the deploy workflow add more.
  const repo = generateHistory({ seed: 100_000, end, days: 365, runsPerDay: 274, shards: 8, deployEvery: 1_000_000 });
  const history = asHistory(repo);
  const jobs = history.runs.reduce((n, r) => n + r.jobs.length, 0);
  await mkdir(out, { recursive: true });
  const file = join(out, 'history-100k.json');
  await writeFile(file, serializeHistory(history));
  const size = (await stat(file)).size;
  console.log(`history: ${history.runs.length} runs, ${jobs} jobs, file ${mib(size)}`);
  const medians: { load: number[]; report: number[]; render: number[] } = { load: [], report: [], render: [] };
  let last: { htmlBytes: number; mdBytes: number; maxRssKb: number } | undefined;
  for (let i = 0; i < 3; i++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), 'report-child', file], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) throw new Error(`report child failed: ${child.stderr}`);
    const r = JSON.parse(child.stdout) as {
      loadMs: number;
      reportMs: number;
      renderMs: number;
      htmlBytes: number;
      mdBytes: number;
      maxRssKb: number;
    };
    medians.load.push(r.loadMs);
    medians.report.push(r.reportMs);
    medians.render.push(r.renderMs);
    last = r;
  }
  const median = (xs: number[]): number => coreMedian(xs) ?? 0;
  console.log(`report over ${history.runs.length} runs / ${jobs} jobs (median of 3 fresh processes):`);
  console.log(`  read + decode history: ${(median(medians.load) / 1000).toFixed(2)} s`);
  console.log(`  figures (buildReport): ${(median(medians.report) / 1000).toFixed(2)} s`);
  console.log(`  render HTML + markdown: ${(median(medians.render) / 1000).toFixed(3)} s`);
  console.log(`  total: ${((median(medians.load) + median(medians.report) + median(medians.render)) / 1000).toFixed(2)} s`);
  console.log(`  peak memory (max RSS): ${mib((last?.maxRssKb ?? 0) * 1024)}`);
  console.log(
    `  HTML dashboard: ${((last?.htmlBytes ?? 0) / 1024).toFixed(1)} KiB; markdown summary: ${((last?.mdBytes ?? 0) / 1024).toFixed(1)} KiB`,
  );
  await rm(file, { force: true });
}

async function collectBench(): Promise<void> {
  const end = Math.floor(Date.now() / 1000) - 600;
  const repo = generateHistory({ seed: 10_000, end, days: 30, runsPerDay: 290 });
  const completed = repo.runs.filter((r) => r.status === 'completed').length;
  const server = await startGitHubApi({ repo });
  try {
    const octokit = new Octokit({ auth: 'ghs_good', baseUrl: server.url });
    const started = performance.now();
    const result = await collect(octokitApi(octokit.request), emptyHistory(`${repo.owner}/${repo.name}`), {
      repository: `${repo.owner}/${repo.name}`,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      now: () => Date.now(),
    });
    const seconds = (performance.now() - started) / 1000;
    const byKind = new Map<string, number>();
    for (const r of server.requests) {
      const kind = r.path
        .replace(/\?.*$/, '')
        .replace(/\/\d+/g, '/:id')
        .replace(/\/[0-9a-f]{40}(\.\.\.[0-9a-f]{40})?/g, '/:sha');
      byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    }
    console.log(`collection of ${completed} runs and ${repo.deployments.length} deployments from the local API server:`);
    console.log(`  collected ${result.newRuns} runs, complete: ${result.complete}`);
    console.log(
      `  requests: ${result.requests} API requests (+ ${server.requests.length - result.requests} artifact blob downloads), ${(result.requests / completed).toFixed(2)} per run`,
    );
    console.log(
      `  time: ${seconds.toFixed(1)} s (${(completed / seconds).toFixed(0)} runs/s, ${(server.requests.length / seconds).toFixed(0)} requests/s, 4 runs in parallel)`,
    );
    for (const [kind, n] of [...byKind.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8))
      console.log(`    ${String(n).padStart(6)}  ${kind}`);
  } finally {
    await server.close();
  }
}

if (process.argv[2] === 'report-child') {
  await reportChild(process.argv[3] ?? '');
} else {
  await reportBench();
  await collectBench();
  void readFile;
}
