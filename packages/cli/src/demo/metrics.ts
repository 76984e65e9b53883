import { copyFile, mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { decode, errorMessage, parseJson, spawnCapture } from '@slipway/core';
import {
  dashboardHtml,
  importHistory,
  loadHistory,
  openSqlite,
  reportFromStore,
  summaryMarkdown,
  type HistoryStore,
  type DeploymentRecord,
  type JobRecord,
  type OutcomeRecord,
  type RunRecord,
} from '@slipway/metrics';
import type { DemoContext, DemoStage, StageResult } from './stage.js';

const timing = decode.object({ end: decode.number, seconds: decode.number, ok: decode.boolean });

/** The sample's latest commit (sha and time), when the sample lives in a git checkout. */
async function headCommit(dir: string): Promise<{ sha: string; at: number } | undefined> {
  const result = await spawnCapture('git', ['log', '-1', '--format=%H %ct'], { cwd: dir }).catch(() => undefined);
  const [sha, at] = result?.exitCode === 0 ? result.stdout.trim().split(' ') : [];
  return sha && at ? { sha, at: Number(at) } : undefined;
}

/** This pipeline run as a run record: one job per stage that ran before this one. */
function runRecord(ctx: DemoContext, id: number, sha: string): RunRecord {
  const jobs: JobRecord[] = [];
  for (const [key, value] of ctx.shared) {
    if (!key.startsWith('timing.')) continue;
    const t = timing(parseJson(value, key), key);
    const name = key.slice('timing.'.length);
    jobs.push({
      id: id * 100 + jobs.length,
      name,
      attempt: 1,
      conclusion: t.ok ? 'success' : 'failure',
      startedAt: t.end - t.seconds,
      completedAt: t.end,
      steps: [{ name, conclusion: t.ok ? 'success' : 'failure', seconds: t.seconds }],
    });
  }
  const now = ctx.clock.now().getTime() / 1000;
  const startedAt = jobs.length > 0 ? Math.min(...jobs.map((j) => j.startedAt)) : now;
  const outcomes: OutcomeRecord[] = [];
  const decision = ctx.shared.get('scan.decision');
  if (decision === 'pass' || decision === 'fail') outcomes.push({ type: 'scan', subject: 'sample', decision });
  if (ctx.shared.has('artifact.path'))
    outcomes.push({
      type: 'signature',
      subject: basename(ctx.shared.get('artifact.path') ?? ''),
      signed: ctx.shared.has('artifact.bundle'),
    });
  return {
    id,
    workflow: 'slipway demo',
    event: 'local',
    branch: 'main',
    sha,
    attempt: 1,
    conclusion: jobs.every((j) => j.conclusion === 'success') ? 'success' : 'failure',
    createdAt: startedAt,
    startedAt,
    completedAt: jobs.length > 0 ? Math.max(...jobs.map((j) => j.completedAt)) : now,
    jobs,
    artifacts: ctx.shared.has('artifact.path') ? 1 : 0,
    outcomes,
  };
}

/**
 * The last stage: records this local run (each stage's timing) in a history that outlives the
 * output folder, and renders the dashboard and summary from every local run so far.
 */
export const metricsStage: DemoStage = {
  name: 'metrics',
  title: 'Build performance dashboard of the local runs',
  run: async (ctx): Promise<StageResult> => {
    // The output folder is emptied on every run, so the store lives beside it: embedded SQLite,
    // no service. A JSON history an older release left there is moved in once.
    const storePath = join(dirname(ctx.outDir), `${basename(ctx.outDir)}-metrics-history.db`);
    const legacyPath = join(dirname(ctx.outDir), `${basename(ctx.outDir)}-metrics-history.json`);
    const outDir = join(ctx.outDir, 'metrics');
    await mkdir(outDir, { recursive: true });
    let store: HistoryStore | undefined;
    try {
      const fresh = !(await stat(storePath).catch(() => undefined));
      store = (await openSqlite(storePath)).store;
      const repo = 'local/sample';
      if (fresh && (await stat(legacyPath).catch(() => undefined)))
        await importHistory(store, (await loadHistory(legacyPath, repo)).history);
      await store.ensureRepository(repo, 'main');
      const commit = await headCommit(ctx.sampleDir);
      const [top] = await store.driver.all('SELECT MAX(run_id) AS id FROM runs WHERE repository = ?', [repo]);
      const id = Number(top?.['id'] ?? 0) + 1;
      const run = runRecord(ctx, id, commit?.sha ?? 'local');
      const now = ctx.clock.now().getTime() / 1000;
      const deployed = ctx.shared.get('timing.verify-deploy');
      if (deployed) {
        // The verified local "deploy" counts as a production deployment for the DORA tiles.
        const t = timing(parseJson(deployed, 'timing.verify-deploy'), 'timing.verify-deploy');
        const deployment: DeploymentRecord = {
          id,
          environment: 'local',
          production: true,
          sha: run.sha,
          ref: 'main',
          createdAt: t.end - t.seconds,
          state: t.ok ? 'success' : 'failure',
          finishedAt: t.end,
          commits: t.ok && commit ? [commit] : [],
        };
        run.outcomes.push({ type: 'verification', subject: 'sample', environment: 'local', verified: t.ok });
        await store.saveDeployments(repo, [deployment]);
      }
      await store.saveRuns(repo, [run], { updatedAt: Math.floor(now) });
      // A local run takes seconds, so the budget is a minute rather than the CI default.
      const report = await reportFromStore(store, repo, { now, maxMinutes: 1, budgetRunIds: new Set([id]) });
      await store.close();
      store = undefined;
      await copyFile(storePath, join(outDir, 'history.db'));
      const html = join(outDir, 'index.html');
      await writeFile(html, dashboardHtml(report));
      await writeFile(join(outDir, 'summary.md'), summaryMarkdown(report));
      const seconds = run.completedAt - run.startedAt;
      return {
        ok: true,
        headline: `run ${report.historyRuns} recorded (${run.jobs.length} stages, ${seconds.toFixed(1)} s); p50 ${(report.totals.duration.p50 ?? 0).toFixed(1)} s over ${report.totals.runs} local runs`,
        outputs: { dashboard: html, summary: join(outDir, 'summary.md'), history: storePath },
      };
    } catch (error) {
      return { ok: false, headline: `the metrics history could not be updated: ${errorMessage(error)}`, outputs: { history: storePath } };
    } finally {
      await store?.close();
    }
  },
};
