import type { DeploymentRecord } from './model.js';
import { distribution, ratio, type Distribution } from './percentiles.js';

/** The four DORA metrics over a window of production deployments. */
export interface DoraFigures {
  windowDays: number;
  /** Successful production deployments that finished in the window. */
  deployments: number;
  /** deployments / windowDays */
  deploymentsPerDay: number;
  /** Seconds from each shipped commit to the successful deployment that shipped it. */
  leadTime: Distribution;
  /** Failed (failure or error) production deployments that finished in the window. */
  failedDeployments: number;
  /** failed / (failed + successful) */
  changeFailureRate: number | null;
  /** Seconds from the first failure of a streak to the next successful deployment of that environment. */
  recoveryTime: Distribution;
  /** Failure streaks in the window with no successful deployment after them yet. */
  unrecovered: number;
}

/** Which deployments count as production: the named environments, or those GitHub marks production. */
export function isProduction(d: DeploymentRecord, environments: readonly string[]): boolean {
  return environments.length > 0 ? environments.includes(d.environment) : d.production;
}

/** DORA figures for deployments that finished in [from, to] (seconds). */
export function doraFigures(all: readonly DeploymentRecord[], environments: readonly string[], from: number, to: number): DoraFigures {
  const windowDays = (to - from) / 86_400;
  const finished = all
    .filter((d) => d.state !== 'pending' && d.finishedAt !== undefined && isProduction(d, environments))
    .sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0) || a.id - b.id);
  const inWindow = (d: DeploymentRecord): boolean => (d.finishedAt ?? 0) >= from && (d.finishedAt ?? 0) <= to;
  const successes = finished.filter((d) => d.state === 'success' && inWindow(d));
  const failures = finished.filter((d) => d.state !== 'success' && inWindow(d));
  const leads: number[] = [];
  for (const d of successes) for (const c of d.commits) leads.push(Math.max(0, (d.finishedAt ?? 0) - c.at));
  const recoveries: number[] = [];
  let unrecovered = 0;
  const streakStart = new Map<string, number>();
  for (const d of finished) {
    const at = d.finishedAt ?? 0;
    if (d.state === 'success') {
      const start = streakStart.get(d.environment);
      if (start !== undefined && start >= from && start <= to) recoveries.push(at - start);
      streakStart.delete(d.environment);
    } else if (!streakStart.has(d.environment)) {
      streakStart.set(d.environment, at);
    }
  }
  for (const start of streakStart.values()) if (start >= from && start <= to) unrecovered += 1;
  return {
    windowDays,
    deployments: successes.length,
    deploymentsPerDay: windowDays > 0 ? successes.length / windowDays : 0,
    leadTime: distribution(leads),
    failedDeployments: failures.length,
    changeFailureRate: ratio(failures.length, failures.length + successes.length),
    recoveryTime: distribution(recoveries),
    unrecovered,
  };
}
