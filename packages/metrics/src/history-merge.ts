import type { DeploymentRecord, History } from './model.js';

/**
 * Two histories of one repository as one: runs and deployments united by id (a finished
 * deployment wins over a pending copy), the cursor of the one that got further. Used when a
 * concurrent collection pushed first, so neither side's runs are lost.
 */
export function mergeHistories(a: History, b: History): History {
  const runs = new Map(a.runs.map((r) => [r.id, r]));
  for (const r of b.runs) if (!runs.has(r.id)) runs.set(r.id, r);
  const deployments = new Map<number, DeploymentRecord>(a.deployments.map((d) => [d.id, d]));
  for (const d of b.deployments) {
    const mine = deployments.get(d.id);
    if (!mine || (mine.state === 'pending' && d.state !== 'pending')) deployments.set(d.id, d);
  }
  const later = (x: number | undefined, y: number | undefined): number | undefined =>
    x === undefined ? y : y === undefined ? x : Math.max(x, y);
  return {
    ...a,
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
    cursor: {
      runsFrom: later(a.cursor.runsFrom, b.cursor.runsFrom),
      deploymentsFrom: later(a.cursor.deploymentsFrom, b.cursor.deploymentsFrom),
    },
    runs: [...runs.values()].sort((x, y) => x.createdAt - y.createdAt || x.id - y.id),
    deployments: [...deployments.values()].sort((x, y) => x.createdAt - y.createdAt || x.id - y.id),
  };
}
