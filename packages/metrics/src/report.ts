import { doraFigures, isProduction, type DoraFigures } from './dora.js';
import type { History, RunRecord } from './model.js';
import {
  cacheFigures,
  reproducibilityFigures,
  scanFigures,
  signatureFigures,
  type CacheLayerFigures,
  type ReproducibilityFigures,
  type ScanFigures,
  type SignatureFigures,
} from './outcome-figures.js';
import { distribution, type Distribution } from './percentiles.js';
import { budgetRegressions, percentileRegressions, type Regression } from './regressions.js';
import {
  dailyFigures,
  runQueueSeconds,
  runSeconds,
  successRate,
  workflowFigures,
  type DayFigures,
  type WorkflowFigures,
} from './run-figures.js';

const DAY = 86_400;

export interface ReportOptions {
  /** The report's "now" (seconds). */
  now: number;
  /** The rolling window of the figures, in days (default 30). */
  windowDays?: number;
  /** The recent window compared against the baseline for regressions, in days (default 7). */
  recentDays?: number;
  /** The run budget in minutes (default 15). */
  maxMinutes?: number;
  /** Allowed rise of p50/p95 over the baseline, in percent (default 20). */
  regressionPercent?: number;
  /** Production environments for DORA (default: those GitHub marks production). */
  environments?: readonly string[];
  /** Runs judged against the budget (default: the runs of the recent window). */
  budgetRunIds?: ReadonlySet<number>;
}

/** Everything the summary, the dashboard and `--json` show. */
export interface MetricsReport {
  repository: string;
  generatedAt: string;
  window: { from: string; to: string; days: number };
  budgetMinutes: number;
  regressionPercent: number;
  totals: { runs: number; successRate: number | null; duration: Distribution; queue: Distribution; daily: DayFigures[] };
  workflows: WorkflowFigures[];
  cache: CacheLayerFigures[];
  signatures: SignatureFigures;
  scans: ScanFigures;
  reproducibility: ReproducibilityFigures;
  dora: DoraFigures;
  regressions: Regression[];
  /** Runs in the whole history, for context. */
  historyRuns: number;
  historyFrom: string | null;
}

const iso = (s: number): string => new Date(s * 1000).toISOString();

function groupBy(runs: readonly RunRecord[]): Map<string, RunRecord[]> {
  const out = new Map<string, RunRecord[]>();
  for (const r of runs) {
    const list = out.get(r.workflow);
    if (list) list.push(r);
    else out.set(r.workflow, [r]);
  }
  return out;
}

/** Computes every figure of a history over the rolling window ending at `now`. */
export function buildReport(history: History, options: ReportOptions): MetricsReport {
  const windowDays = options.windowDays ?? 30;
  const recentDays = options.recentDays ?? 7;
  const maxMinutes = options.maxMinutes ?? 15;
  const regressionPercent = options.regressionPercent ?? 20;
  const to = options.now;
  const from = to - windowDays * DAY;
  const recentFrom = to - recentDays * DAY;
  const baselineFrom = recentFrom - windowDays * DAY;
  const inWindow = history.runs.filter((r) => r.createdAt >= from && r.createdAt <= to);
  const byWorkflow = groupBy(inWindow);
  const workflows = [...byWorkflow.entries()]
    .map(([name, runs]) => workflowFigures(name, runs, from, to))
    .sort((a, b) => b.runs - a.runs || a.workflow.localeCompare(b.workflow));

  const regressionOptions = { maxMinutes, regressionPercent };
  const budgetRuns = options.budgetRunIds
    ? history.runs.filter((r) => options.budgetRunIds?.has(r.id))
    : history.runs.filter((r) => r.createdAt >= recentFrom && r.createdAt <= to);
  const regressions: Regression[] = budgetRegressions(budgetRuns, regressionOptions);
  for (const [name, runs] of groupBy(history.runs.filter((r) => r.createdAt >= baselineFrom && r.createdAt <= to))) {
    const recent = runs.filter((r) => r.createdAt >= recentFrom);
    const baseline = runs.filter((r) => r.createdAt < recentFrom);
    regressions.push(...percentileRegressions(name, recent, baseline, regressionOptions));
  }

  const successful = inWindow.filter((r) => r.conclusion === 'success');
  const environments = options.environments ?? [];
  const deploymentsInWindow = history.deployments.filter(
    (d) => isProduction(d, environments) && (d.finishedAt ?? d.createdAt) >= from && (d.finishedAt ?? d.createdAt) <= to,
  );
  const first = history.runs.reduce((m, r) => Math.min(m, r.createdAt), Infinity);
  return {
    repository: history.repository,
    generatedAt: iso(to),
    window: { from: iso(from), to: iso(to), days: windowDays },
    budgetMinutes: maxMinutes,
    regressionPercent,
    totals: {
      runs: inWindow.length,
      successRate: successRate(inWindow.map((r) => r.conclusion)),
      duration: distribution(successful.map(runSeconds)),
      queue: distribution(
        inWindow.flatMap((r) => (r.conclusion === 'cancelled' ? [] : ((q) => (q === undefined ? [] : [q]))(runQueueSeconds(r)))),
      ),
      daily: dailyFigures(inWindow, from, to),
    },
    workflows,
    cache: cacheFigures(inWindow),
    signatures: signatureFigures(inWindow, deploymentsInWindow, history.runs, history.defaultBranch),
    scans: scanFigures(inWindow),
    reproducibility: reproducibilityFigures(inWindow),
    dora: doraFigures(history.deployments, environments, from, to),
    regressions,
    historyRuns: history.runs.length,
    historyFrom: Number.isFinite(first) ? iso(first) : null,
  };
}
