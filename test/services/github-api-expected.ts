// Figures computed straight from a generated history, by the definitions in
// actions/ci-metrics/README.md and without the metrics engine, so tests can check the engine
// against values it had no part in.
import type { GenDeployment, GenRun, GeneratedRepo } from './github-api-history.js';

/** Linear interpolation between closest ranks, written out from the definition. */
export function expectedPercentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * (p / 100);
  const below = sorted[Math.floor(h)] ?? 0;
  const above = sorted[Math.ceil(h)] ?? 0;
  return below + (h - Math.floor(h)) * (above - below);
}

/** A generated run's duration: latest attempt's start to its last job's end. */
export function generatedDuration(run: GenRun): number {
  const last = Math.max(...run.jobs.filter((j) => j.attempt === run.attempt).map((j) => j.completedAt ?? 0));
  return last - run.runStartedAt;
}

export interface ExpectedFigures {
  runs: number;
  successRate: number | null;
  p50: number | null;
  p95: number | null;
  byWorkflow: Record<string, { runs: number; p50: number | null; p95: number | null }>;
  dora: {
    deployments: number;
    perDay: number;
    leadP50: number | null;
    leadP95: number | null;
    failed: number;
    cfr: number | null;
    recoveryP50: number | null;
  };
}

const finish = (d: GenDeployment): { state: string; at: number } | undefined => {
  const terminal = d.statuses.filter((s) => ['success', 'failure', 'error'].includes(s.state)).sort((a, b) => a.createdAt - b.createdAt)[0];
  return terminal && { state: terminal.state, at: terminal.createdAt };
};

/** The figures of a generated repository's runs created, and deployments finished, in [from, to] (seconds). */
export function expectedFigures(repo: GeneratedRepo, from: number, to: number): ExpectedFigures {
  const runs = repo.runs.filter((r) => r.status === 'completed' && r.createdAt >= from && r.createdAt <= to);
  const ok = runs.filter((r) => r.conclusion === 'success');
  const counted = runs.filter((r) => r.conclusion !== 'cancelled');
  const byWorkflow: ExpectedFigures['byWorkflow'] = {};
  for (const name of new Set(runs.map((r) => r.workflow))) {
    const durations = ok.filter((r) => r.workflow === name).map(generatedDuration);
    byWorkflow[name] = {
      runs: runs.filter((r) => r.workflow === name).length,
      p50: expectedPercentile(durations, 50),
      p95: expectedPercentile(durations, 95),
    };
  }
  // DORA over production deployments, in the order they finished.
  const prod = repo.deployments
    .filter((d) => d.production)
    .map((d) => ({ d, end: finish(d) }))
    .filter((x): x is { d: GenDeployment; end: { state: string; at: number } } => x.end !== undefined)
    .sort((a, b) => a.end.at - b.end.at);
  const inside = (at: number): boolean => at >= from && at <= to;
  const successes = prod.filter((x) => x.end.state === 'success' && inside(x.end.at));
  const failures = prod.filter((x) => x.end.state !== 'success' && inside(x.end.at));
  const index = new Map(repo.commits.map((c, i) => [c.sha, i]));
  const leads: number[] = [];
  let previous: string | undefined;
  for (const x of prod) {
    if (x.end.state !== 'success') continue;
    const at = index.get(x.d.sha) ?? -1;
    const start = previous === undefined ? at : (index.get(previous) ?? at) + 1;
    if (inside(x.end.at)) for (const c of repo.commits.slice(start, at + 1)) leads.push(Math.max(0, x.end.at - c.at));
    previous = x.d.sha;
  }
  const recoveries: number[] = [];
  let failedSince: number | undefined;
  for (const x of prod) {
    if (x.end.state === 'success') {
      if (failedSince !== undefined && inside(failedSince)) recoveries.push(x.end.at - failedSince);
      failedSince = undefined;
    } else failedSince ??= x.end.at;
  }
  return {
    runs: runs.length,
    successRate: counted.length === 0 ? null : counted.filter((r) => r.conclusion === 'success').length / counted.length,
    p50: expectedPercentile(ok.map(generatedDuration), 50),
    p95: expectedPercentile(ok.map(generatedDuration), 95),
    byWorkflow,
    dora: {
      deployments: successes.length,
      perDay: successes.length / ((to - from) / 86_400),
      leadP50: expectedPercentile(leads, 50),
      leadP95: expectedPercentile(leads, 95),
      failed: failures.length,
      cfr: successes.length + failures.length === 0 ? null : failures.length / (successes.length + failures.length),
      recoveryP50: expectedPercentile(recoveries, 50),
    },
  };
}
