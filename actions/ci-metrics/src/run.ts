import { copyFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { assertDistinctOutputs, UserError, writeOutputFiles, type Ports } from '@slipway/core';
import {
  ApiClient,
  collect,
  copyStore,
  dashboardHtml,
  importHistory,
  isTransient,
  loadHistory,
  openPostgres,
  openSqlite,
  openRegressionIssue,
  reportFromStore,
  summaryMarkdown,
  type GitHubApi,
  type HistoryStore,
  type MetricsReport,
} from '@slipway/metrics';
import { BranchStore } from './branch-store.js';
import type { Inputs } from './inputs.js';

/** What run() needs besides the ports: the API and where files go. */
export interface RunDeps {
  api: GitHubApi;
  workspace: string;
  tempDir: string;
}

const LEGACY_DATA_FILE = 'ci-metrics/history.json';

/** The embedded store at `path`; on a first run, the former default JSON history beside it is moved in. */
async function openEmbedded(path: string, root: string, repository: string, ports: Ports): Promise<HistoryStore> {
  const existed = await stat(path).then(
    () => true,
    () => false,
  );
  const opened = await openSqlite(path, repository);
  if (opened.migrated)
    ports.log.info(
      `Moved the JSON history ${path} into an SQLite store (${opened.migrated.counts.runs} runs); the JSON file is kept as ${opened.migrated.kept}`,
    );
  const legacy = resolve(root, LEGACY_DATA_FILE);
  if (!existed && legacy !== path && (await stat(legacy).catch(() => undefined))) {
    const old = await loadHistory(legacy, repository);
    await importHistory(opened.store, old.history);
    ports.log.info(`Moved the JSON history ${legacy} (${old.history.runs.length} runs) into the SQLite store ${path}`);
  }
  return opened.store;
}

/** Collects new runs into the store, reports on them, renders the dashboard, and warns on regressions. */
export async function run(inputs: Inputs, ports: Ports, deps: RunDeps): Promise<void> {
  const repository = inputs.repository;
  const branch =
    inputs.storage === 'branch' && !inputs.store
      ? await BranchStore.open(ports.exec, deps.workspace, inputs.branch, deps.tempDir)
      : undefined;
  let store: HistoryStore | undefined;
  try {
    const root = branch?.dir ?? deps.workspace;
    const dataPath = resolve(root, inputs.dataFile);
    const dashboardPath = resolve(root, inputs.dashboard);
    const reportPath = inputs.reportFile ? resolve(deps.workspace, inputs.reportFile) : join(deps.tempDir, 'ci-metrics-report.json');
    await assertDistinctOutputs(inputs.store ? [] : [{ path: dataPath, name: "input 'data-file'" }], [
      { path: dashboardPath, name: "input 'dashboard'" },
      { path: reportPath, name: "input 'report-file'" },
    ]);
    store = inputs.store ? await openPostgres(inputs.store, "Input 'store'") : await openEmbedded(dataPath, root, repository, ports);
    const before = await store.counts(repository);
    ports.log.info(
      before.runs === 0
        ? `Starting the metrics history of ${repository} in ${store.location}`
        : `${store.location} holds ${before.runs} runs of ${repository}`,
    );
    const opened = store;
    const result = await ports.log.group('Collecting from the GitHub API', () =>
      collect(deps.api, opened, {
        repository,
        ...(inputs.sinceSeconds === undefined ? {} : { since: inputs.sinceSeconds, sinceField: "Input 'since'" }),
        recordsPrefix: inputs.recordsPrefix,
        now: () => ports.clock.now().getTime(),
        log: (m) => ports.log.info(m),
      }),
    );
    for (const p of result.problems.slice(0, 10)) ports.log.warning(p, { title: 'ci-metrics record' });
    if (result.cursorKept) ports.log.warning(result.cursorKept, { title: 'ci-metrics since' });
    if (result.error) {
      if (!isTransient(result.error)) throw result.error;
      ports.log.warning(`${result.error.message}. Kept ${result.newRuns} new runs; the next run resumes.`, {
        title: 'ci-metrics collection incomplete',
      });
    }
    ports.log.info(`Collected ${result.newRuns} new runs and ${result.newDeployments} deployments with ${result.requests} API calls`);
    const budgetRunIds = new Set(result.newRunIds);
    const reportOf = (s: HistoryStore): Promise<MetricsReport> =>
      reportFromStore(s, repository, {
        now: Math.floor(ports.clock.now().getTime() / 1000),
        windowDays: inputs.windowDays,
        recentDays: inputs.recentDays,
        maxMinutes: inputs.maxMinutes,
        regressionPercent: inputs.regressionPercent,
        environments: inputs.environments,
        budgetRunIds,
      });
    let report = await reportOf(store);
    const outputs = (r: MetricsReport) => [
      { path: dashboardPath, text: dashboardHtml(r), what: 'the dashboard' },
      { path: reportPath, text: `${JSON.stringify(r, null, 2)}\n`, what: 'the JSON report' },
    ];
    await writeOutputFiles(outputs(report));
    let runs = (await store.counts(repository)).runs;
    if (branch) {
      await store.close();
      store = undefined;
      const merged = await publish(branch, dataPath, repository, runs, deps.tempDir, async (s) => {
        report = await reportOf(s);
        await writeOutputFiles(outputs(report));
        runs = (await s.counts(repository)).runs;
      });
      if (merged) ports.log.info('Another job pushed the data branch first; its runs and these were merged');
    }

    for (const r of report.regressions.slice(0, 10)) ports.log.warning(r.message, { title: 'CI performance regression' });
    let issueLine = '';
    if (inputs.openIssue && report.regressions.length > 0) {
      const issue = await openRegressionIssue(
        new ApiClient(deps.api, { now: () => ports.clock.now().getTime() }),
        repository,
        report.regressions,
      );
      if (issue) issueLine = issue.created ? `Opened issue #${issue.number}` : `Issue #${issue.number} is still open`;
      if (issueLine) ports.log.info(`${issueLine}: ${issue?.url ?? ''}`);
    }
    const where = branch ? `${inputs.branch}:${inputs.dashboard}` : dashboardPath;
    await ports.summary.append(summaryMarkdown(report, { dashboardUrl: `${where}${issueLine ? ` (${issueLine})` : ''}` }));
    ports.outputs.set('runs', runs);
    ports.outputs.set('new-runs', result.newRuns);
    ports.outputs.set('complete', result.complete);
    ports.outputs.set('p50-minutes', minutesOut(report.totals.duration.p50));
    ports.outputs.set('p95-minutes', minutesOut(report.totals.duration.p95));
    ports.outputs.set('success-rate', report.totals.successRate === null ? '' : report.totals.successRate.toFixed(4));
    ports.outputs.set('regressions', report.regressions.length);
    ports.outputs.set('dashboard', dashboardPath);
    ports.outputs.set('data-file', inputs.store ? '' : dataPath);
    ports.outputs.set('report', reportPath);
  } finally {
    await store?.close();
    await branch?.close();
  }
}

const minutesOut = (s: number | null): string => (s === null ? '' : (s / 60).toFixed(2));

/**
 * Commits and pushes the data branch. When another job pushed first, its store is taken and
 * this run's rows are upserted into it (nothing of either is lost), then pushed again.
 */
async function publish(
  branch: BranchStore,
  dataPath: string,
  repository: string,
  runs: number,
  tempDir: string,
  render: (store: HistoryStore) => Promise<void>,
): Promise<boolean> {
  const mine = join(tempDir, `ci-metrics-mine-${process.pid}.db`);
  for (let attempt = 1; attempt <= 3; attempt++) {
    if (await branch.commitAndPush(`ci-metrics: ${runs} runs of ${repository}`)) {
      await rm(mine, { force: true });
      return attempt > 1;
    }
    await copyFile(dataPath, mine);
    await branch.reset();
    const ours = (await openSqlite(mine)).store;
    const theirs = (await openSqlite(dataPath, repository)).store;
    try {
      await copyStore(ours, theirs);
      await render(theirs);
    } finally {
      await ours.close();
      await theirs.close();
      await rm(mine, { force: true });
    }
  }
  throw new UserError('Could not push the metrics branch after 3 attempts', { hint: 'another job keeps pushing to it; run again' });
}
