import { normalizePath } from './file-matcher.js';
import { testId, type TimingSource } from './model.js';
import type { ShardPlan } from './shard-plan.js';

/** One shard's prediction against what its run took. */
export interface ShardCheck {
  index: number;
  predictedSeconds: number;
  /** The run's wall time where one report covers this shard (collection included), else its tests' reported times. */
  actualSeconds: number;
  /** The reported times of its tests alone. */
  testSeconds: number;
  /** actual / predicted - 1 (0.1 means 10% longer than predicted). */
  error: number;
  /** Tests and files the shard should have run that no report mentions. */
  unreported: number;
}

/** How well a plan predicted its shards, and what runs cost outside their tests. */
export interface PlanCheck {
  shards: ShardCheck[];
  predictedMakespan: number;
  actualMakespan: number;
  /** The mean of |error| over the shards. */
  meanAbsError: number;
  /** Per-shard start-up and per-file set-up fitted from the reports that cover one shard each. */
  overhead?: { shardSeconds: number; fileSeconds: number };
}

/**
 * Compares a plan's predicted shard times with the shards' reports: each planned entry takes the
 * reported times of its tests (a whole file, all of its tests), and a report whose tests all
 * belong to one shard gives that shard's wall time. From those reports it also fits what a run
 * costs beyond its tests: a fixed start-up per shard and a set-up per file it runs.
 */
export function checkPlan(plan: ShardPlan, reports: readonly TimingSource[], root?: string): PlanCheck {
  const testTime = new Map<string, number>();
  const fileTime = new Map<string, number>();
  const fileOwn = new Map<string, number>();
  for (const r of reports) {
    for (const [f, s] of r.files) fileOwn.set(normalizePath(f, root), s);
    for (const t of r.tests) {
      const file = normalizePath(t.file, root);
      if (t.name === '' || t.untimed) continue;
      testTime.set(testId(file, t.name), t.seconds);
      fileTime.set(file, (fileTime.get(file) ?? 0) + t.seconds);
    }
  }
  const shardOf = new Map<string, number>();
  for (const s of plan.shards) for (const item of s.items) shardOf.set(item.file, s.index);
  // A report that covers exactly one shard gives that shard's wall time.
  const wall = new Map<number, { seconds: number; tests: number; files: number }>();
  for (const r of reports) {
    if (r.wallSeconds === undefined || r.tests.length === 0) continue;
    const shards = new Set(r.tests.map((t) => shardOf.get(normalizePath(t.file, root))));
    if (shards.size !== 1) continue;
    const [index] = shards;
    if (index === undefined || wall.has(index)) continue;
    const files = new Set(r.tests.map((t) => t.file)).size;
    const tests = r.tests.reduce((s, t) => s + (t.untimed ? 0 : t.seconds), 0);
    wall.set(index, { seconds: r.wallSeconds, tests, files });
  }
  const shards = plan.shards.map((s) => {
    let testSeconds = 0;
    let unreported = 0;
    for (const item of s.items) {
      const t = item.name === undefined ? (fileOwn.get(item.file) ?? fileTime.get(item.file)) : testTime.get(item.id);
      if (t === undefined) unreported += 1;
      else testSeconds += t;
    }
    const actualSeconds = wall.get(s.index)?.seconds ?? testSeconds;
    const error = s.predictedSeconds > 0 ? actualSeconds / s.predictedSeconds - 1 : 0;
    return { index: s.index, predictedSeconds: s.predictedSeconds, actualSeconds, testSeconds, error, unreported };
  });
  const overhead = fitOverhead([...wall.values()]);
  return {
    shards,
    predictedMakespan: Math.max(0, ...shards.map((s) => s.predictedSeconds)),
    actualMakespan: Math.max(0, ...shards.map((s) => s.actualSeconds)),
    meanAbsError: shards.length > 0 ? shards.reduce((a, s) => a + Math.abs(s.error), 0) / shards.length : 0,
    ...(overhead ? { overhead } : {}),
  };
}

/**
 * Least squares of (wall - tests) = start-up + set-up x files, both non-negative. With one
 * report, or reports of equal file counts, it is all set-up per file.
 */
export function fitOverhead(
  runs: readonly { seconds: number; tests: number; files: number }[],
): { shardSeconds: number; fileSeconds: number } | undefined {
  const points = runs.filter((r) => r.files > 0).map((r) => ({ x: r.files, y: Math.max(0, r.seconds - r.tests) }));
  if (points.length === 0) return undefined;
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  let b = sxx > 0 ? sxy / sxx : my / mx;
  let a = my - b * mx;
  if (a < 0 || b < 0 || sxx === 0) {
    a = Math.max(0, a);
    // Refit the slope through the start-up kept (or through zero).
    b = Math.max(0, points.reduce((s, p) => s + (p.y - a) * p.x, 0) / points.reduce((s, p) => s + p.x * p.x, 0));
    if (sxx === 0) a = 0;
  }
  return { shardSeconds: a, fileSeconds: b };
}

/** The cost beyond the tests fitted from reports taken as one shard's run each (those with a wall time). */
export function overheadOfReports(reports: readonly TimingSource[]): { shardSeconds: number; fileSeconds: number } | undefined {
  return fitOverhead(
    reports
      .filter((r) => r.wallSeconds !== undefined && r.tests.length > 0)
      .map((r) => ({
        seconds: r.wallSeconds ?? 0,
        tests: r.tests.reduce((s, t) => s + (t.untimed ? 0 : t.seconds), 0),
        files: new Set(r.tests.map((t) => t.file)).size,
      })),
  );
}
