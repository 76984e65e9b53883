import { join, resolve } from 'node:path';
import { UserError, writeTextFile, type Ports } from '@slipway/core';
import {
  ApiClient,
  buildReport,
  collect,
  dashboardHtml,
  loadHistory,
  mergeHistories,
  openRegressionIssue,
  saveHistory,
  summaryMarkdown,
  type GitHubApi,
  type History,
  type MetricsReport,
} from '@slipway/metrics';
import { BranchStore } from './branch-store.js';
import type { Inputs } from './inputs.js';

/** What run() needs besides the ports: the API and where files go. */
export interface RunDeps {
  api: GitHubApi;
  workspace: string;
  tempDir: string;
  sleep: (ms: number) => Promise<void>;
}

/** Collects new runs into the history, reports on it, renders the dashboard, and warns on regressions. */
export async function run(inputs: Inputs, ports: Ports, deps: RunDeps): Promise<void> {
  const repository = inputs.repository;
  const store = inputs.storage === 'branch' ? await BranchStore.open(ports.exec, deps.workspace, inputs.branch, deps.tempDir) : undefined;
  try {
    const root = store?.dir ?? deps.workspace;
    const dataPath = resolve(root, inputs.dataFile);
    const dashboardPath = resolve(root, inputs.dashboard);
    const loaded = await loadHistory(dataPath, repository);
    if (loaded.source === 'backup') {
      ports.log.warning(
        `The metrics history was corrupt (${loaded.problem ?? 'unreadable'}); continuing from the previous good copy with ${loaded.history.runs.length} runs. The corrupt file is kept beside it.`,
        { title: 'ci-metrics history' },
      );
    } else {
      ports.log.info(
        loaded.source === 'new'
          ? `Starting a new metrics history for ${repository}`
          : `Loaded ${loaded.history.runs.length} runs from the history`,
      );
    }
    const known = new Set(loaded.history.runs.map((r) => r.id));
    const result = await ports.log.group('Collecting from the GitHub API', () =>
      collect(deps.api, loaded.history, {
        repository,
        ...(inputs.sinceSeconds === undefined ? {} : { since: inputs.sinceSeconds }),
        recordsPrefix: inputs.recordsPrefix,
        sleep: deps.sleep,
        now: () => ports.clock.now().getTime(),
        log: (m) => ports.log.info(m),
        checkpoint: (h) => saveHistory(dataPath, h),
      }),
    );
    for (const p of result.problems.slice(0, 10)) ports.log.warning(p, { title: 'ci-metrics record' });
    if (result.error) {
      const transient = result.error.name === 'ApiUnavailable' || result.error.name === 'RateLimitExhausted';
      if (!transient) throw result.error;
      ports.log.warning(`${result.error.message}. Kept ${result.newRuns} new runs; the next run resumes.`, {
        title: 'ci-metrics collection incomplete',
      });
    }
    ports.log.info(`Collected ${result.newRuns} new runs and ${result.newDeployments} deployments with ${result.requests} API requests`);
    const history = result.history;
    const budgetRunIds = new Set(history.runs.filter((r) => !known.has(r.id)).map((r) => r.id));
    const reportOf = (h: History): MetricsReport =>
      buildReport(h, {
        now: Math.floor(ports.clock.now().getTime() / 1000),
        windowDays: inputs.windowDays,
        recentDays: inputs.recentDays,
        maxMinutes: inputs.maxMinutes,
        regressionPercent: inputs.regressionPercent,
        environments: inputs.environments,
        budgetRunIds,
      });
    const report = reportOf(history);
    await saveHistory(dataPath, history);
    await writeTextFile(dashboardPath, dashboardHtml(report));
    const reportPath = inputs.reportFile ? resolve(deps.workspace, inputs.reportFile) : join(deps.tempDir, 'ci-metrics-report.json');
    await writeTextFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    if (store) await publish(store, history, dataPath, (h) => writeTextFile(dashboardPath, dashboardHtml(reportOf(h))));

    for (const r of report.regressions.slice(0, 10)) ports.log.warning(r.message, { title: 'CI performance regression' });
    let issueLine = '';
    if (inputs.openIssue && report.regressions.length > 0) {
      const issue = await openRegressionIssue(
        new ApiClient(deps.api, { sleep: deps.sleep, now: () => ports.clock.now().getTime() }),
        repository,
        report.regressions,
      );
      if (issue) issueLine = issue.created ? `Opened issue #${issue.number}` : `Issue #${issue.number} is still open`;
      if (issueLine) ports.log.info(`${issueLine}: ${issue?.url ?? ''}`);
    }
    const where = store ? `${inputs.branch}:${inputs.dashboard}` : dashboardPath;
    await ports.summary.append(summaryMarkdown(report, { dashboardUrl: `${where}${issueLine ? ` (${issueLine})` : ''}` }));
    ports.outputs.set('runs', history.runs.length);
    ports.outputs.set('new-runs', result.newRuns);
    ports.outputs.set('complete', result.complete);
    ports.outputs.set('p50-minutes', minutesOut(report.totals.duration.p50));
    ports.outputs.set('p95-minutes', minutesOut(report.totals.duration.p95));
    ports.outputs.set('success-rate', report.totals.successRate === null ? '' : report.totals.successRate.toFixed(4));
    ports.outputs.set('regressions', report.regressions.length);
    ports.outputs.set('dashboard', dashboardPath);
    ports.outputs.set('data-file', dataPath);
    ports.outputs.set('report', reportPath);
  } finally {
    await store?.close();
  }
}

const minutesOut = (s: number | null): string => (s === null ? '' : (s / 60).toFixed(2));

/** Commits and pushes the data branch; a concurrent push is merged in, never overwritten. */
async function publish(store: BranchStore, history: History, dataPath: string, render: (h: History) => Promise<void>): Promise<void> {
  let mine = history;
  for (let attempt = 1; attempt <= 3; attempt++) {
    if (await store.commitAndPush(`ci-metrics: ${mine.runs.length} runs of ${mine.repository}`)) return;
    await store.reset();
    const theirs = await loadHistory(dataPath, history.repository);
    mine = mergeHistories(mine, theirs.history);
    await saveHistory(dataPath, mine);
    await render(mine);
  }
  throw new UserError('Could not push the metrics branch after 3 attempts', { hint: 'another job keeps pushing to it; run again' });
}
