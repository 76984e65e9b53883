import type { RunRecord } from './model.js';
import { distribution } from './percentiles.js';
import { runSeconds } from './run-figures.js';

/** Something that got slower than allowed. */
export type Regression =
  | { kind: 'budget'; workflow: string; runId: number; seconds: number; budgetSeconds: number; message: string }
  | { kind: 'p50' | 'p95'; workflow: string; seconds: number; baselineSeconds: number; percent: number; message: string };

export interface RegressionOptions {
  /** The run-time budget in minutes. */
  maxMinutes: number;
  /** A percentile rising more than this (percent) over the baseline is a regression. */
  regressionPercent: number;
  /** Fewest successful runs on each side before percentiles are compared (default 5). */
  minSamples?: number;
}

const minutes = (s: number): string => `${(s / 60).toFixed(1)} min`;

/** Runs over the budget (cancelled runs aside): `runs` are those to judge, usually the new ones. */
export function budgetRegressions(runs: readonly RunRecord[], options: RegressionOptions): Regression[] {
  const budgetSeconds = options.maxMinutes * 60;
  return runs
    .filter((r) => r.conclusion !== 'cancelled' && runSeconds(r) > budgetSeconds)
    .sort((a, b) => runSeconds(b) - runSeconds(a))
    .map((r) => ({
      kind: 'budget' as const,
      workflow: r.workflow,
      runId: r.id,
      seconds: runSeconds(r),
      budgetSeconds,
      message: `${r.workflow} run ${r.id} took ${minutes(runSeconds(r))}, over the ${options.maxMinutes}-minute budget`,
    }));
}

/** p50 and p95 of successful runs in `recent` against `baseline`, per workflow. */
export function percentileRegressions(
  workflow: string,
  recent: readonly RunRecord[],
  baseline: readonly RunRecord[],
  options: RegressionOptions,
): Regression[] {
  const min = options.minSamples ?? 5;
  const ok = (runs: readonly RunRecord[]): number[] => runs.filter((r) => r.conclusion === 'success').map(runSeconds);
  const now = distribution(ok(recent));
  const before = distribution(ok(baseline));
  if (now.count < min || before.count < min) return [];
  const out: Regression[] = [];
  for (const kind of ['p50', 'p95'] as const) {
    const value = now[kind] ?? 0;
    const base = before[kind] ?? 0;
    if (base <= 0) continue;
    const percent = ((value - base) / base) * 100;
    if (percent > options.regressionPercent) {
      out.push({
        kind,
        workflow,
        seconds: value,
        baselineSeconds: base,
        percent,
        message: `${workflow} ${kind} rose ${percent.toFixed(0)}% to ${minutes(value)} (baseline ${minutes(base)}; allowed +${options.regressionPercent}%)`,
      });
    }
  }
  return out;
}
