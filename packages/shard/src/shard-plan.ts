import { createHash } from 'node:crypto';
import { UserError } from '@slipway/core';
import type { FileFeatures } from './estimate.js';
import { assignShards, type Assignment } from './plan.js';
import { type TimedUniverse } from './universe.js';
import { workItems, toMicros, type EstimatedFile, type Granularity, type WorkItem } from './work-items.js';

export interface PlanRequest {
  universe: TimedUniverse;
  granularity: Granularity;
  /** The runner can run single tests exactly; `auto` granularity splits files only then. */
  exactTestSelection: boolean;
  features?: ReadonlyMap<string, FileFeatures>;
  /** A fixed shard count; otherwise `targetSeconds` chooses one. */
  shards?: number;
  targetSeconds?: number;
  /** Per-shard cost outside the tests (checkout, install, cache restore). */
  overheadSeconds?: number;
  maxShards?: number;
  estimate?: 'features' | 'mean';
  /** Seconds a shard spends on each file it runs any of (imports, collection): splitting a file pays it again. */
  fileSetupSeconds?: number;
  /**
   * The runner can run a file minus some tests (see `canExcludeTests`). Without it, `test`
   * granularity is refused: tests the timings do not name would be left out of every shard.
   */
  canExcludeTests?: boolean;
}

export interface PlannedShard {
  index: number;
  /** What the runner is given: file paths, or test ids (`path::name`) for split files. */
  tests: string[];
  items: WorkItem[];
  predictedSeconds: number;
}

/** A complete, reproducible split of the universe. */
export interface ShardPlan {
  shardCount: number;
  granularity: Granularity;
  shards: PlannedShard[];
  totalSeconds: number;
  /** max(total / N, longest item) at the granularity used. */
  lowerBoundSeconds: number;
  /** The same bound if no file were split: what a file-level split can never beat. */
  fileLowerBoundSeconds: number;
  makespanSeconds: number;
  overheadSeconds: number;
  /** Files split into single tests. */
  splitFiles: string[];
  estimated: EstimatedFile[];
  /** Things the user should know (a capped count, an unreachable target). */
  notes: string[];
  /** A short digest of the assignment: select mode checks it matches the plan's. */
  fingerprint: string;
}

/** The plan as written to a plan file or printed by `slipway shard plan --json`. */
export interface PlanDocument {
  shards: { index: number; tests: string[]; predictedSeconds: number }[];
  lowerBoundSeconds: number;
  makespanSeconds: number;
}

/** The part of a plan that a shard job or a reader of the plan file needs. */
export function planDocument(plan: ShardPlan): PlanDocument {
  return {
    shards: plan.shards.map((s) => ({ index: s.index, tests: s.tests, predictedSeconds: s.predictedSeconds })),
    lowerBoundSeconds: plan.lowerBoundSeconds,
    makespanSeconds: plan.makespanSeconds,
  };
}

const seconds = (micros: number): number => Math.round(micros / 1000) / 1000;

/** Plans the shards: chooses N (fixed or by target), builds the items, assigns them. */
export function planShards(req: PlanRequest): ShardPlan {
  const overhead = req.overheadSeconds ?? 0;
  const maxShards = req.maxShards ?? 32;
  const notes: string[] = [];
  if (req.granularity === 'test' && req.canExcludeTests === false) {
    throw new UserError(
      'Granularity test splits files into single tests, and this runner cannot run a file minus the tests other shards run, so tests the timings do not name would run nowhere',
      { hint: 'use granularity file or auto, or a runner that can (pytest, go, jest, vitest, playwright)' },
    );
  }
  const build = (n: number): ReturnType<typeof workItems> =>
    workItems(req.universe, {
      granularity: req.granularity,
      shardCount: n,
      exactTestSelection: req.exactTestSelection,
      ...(req.features ? { features: req.features } : {}),
      ...(req.estimate ? { estimate: req.estimate } : {}),
      ...(req.fileSetupSeconds ? { fileSetupSeconds: req.fileSetupSeconds } : {}),
    });

  let n: number;
  if (req.shards !== undefined) {
    n = req.shards;
  } else if (req.targetSeconds !== undefined) {
    n = chooseCount(build, req.targetSeconds, overhead, maxShards, notes);
  } else {
    throw new UserError('Set either a shard count or a target time per shard', { hint: "pass 'shards' (or --shards) or 'target-seconds'" });
  }
  let built = build(n);
  if (built.items.length === 0) throw new UserError('The test universe is empty: there is nothing to split');
  // Fewer shards make each one longer, so `auto` splits fewer files and the items can drop below
  // the new count again: shrink until every shard gets an item (each pass lowers n; n = 1 always holds).
  const asked = n;
  while (built.items.length < n) {
    n = built.items.length;
    built = build(n);
  }
  if (n < asked) notes.push(`Only ${n} item(s) to split, so ${n} shard(s) instead of ${asked}: a shard must never be empty.`);
  const a: Assignment = assignShards(built.items, n, built.setupMicros);
  const fileMicros = new Map<string, number>();
  for (const item of built.items)
    fileMicros.set(item.file, (fileMicros.get(item.file) ?? built.setupMicros.get(item.file) ?? 0) + item.micros);
  const fileBound = maxOf(fileMicros.values(), Math.ceil(a.totalMicros / n));
  const shards = a.shards.map((s) => ({
    index: s.index,
    tests: s.items.map((i) => i.id),
    items: s.items,
    predictedSeconds: seconds(s.micros),
  }));
  const splitFiles = [...new Set(built.items.filter((i) => i.name !== undefined).map((i) => i.file))];
  return {
    shardCount: n,
    granularity: req.granularity,
    shards,
    totalSeconds: seconds(a.totalMicros),
    lowerBoundSeconds: seconds(a.lowerBoundMicros),
    fileLowerBoundSeconds: seconds(fileBound),
    makespanSeconds: seconds(a.makespanMicros),
    overheadSeconds: overhead,
    splitFiles,
    estimated: built.estimated,
    notes,
    fingerprint: fingerprintOf(shards),
  };
}

/** The smallest N whose predicted longest shard plus overhead meets the target (or the best reachable). */
function chooseCount(
  build: (n: number) => { items: WorkItem[]; setupMicros: Map<string, number> },
  targetSeconds: number,
  overheadSeconds: number,
  maxShards: number,
  notes: string[],
): number {
  const target = toMicros(targetSeconds - overheadSeconds);
  const bounds: number[] = [];
  for (let n = 1; n <= maxShards; n++) {
    const { items, setupMicros } = build(n);
    let total = 0;
    for (const i of items) total += i.micros;
    for (const s of setupMicros.values()) total += s;
    const bound = maxOf(
      items.map((i) => i.micros + (setupMicros.get(i.file) ?? 0)),
      Math.ceil(total / n),
    );
    bounds.push(bound);
    if (items.length < n) break;
    if (bound > target) continue;
    if (assignShards(items, n, setupMicros).makespanMicros <= target) return n;
  }
  // Unreachable: take the smallest N that comes within 1% of the best bound any N allows.
  const best = Math.min(...bounds);
  const n = bounds.findIndex((b) => b <= best * 1.01) + 1;
  notes.push(
    `The target of ${targetSeconds} s per shard cannot be met with at most ${maxShards} shards (${overheadSeconds} s overhead each): ` +
      `no split can beat ${seconds(best)} s of tests per shard, so ${n} shard(s) are used.`,
  );
  return n;
}

/** A short digest of which ids go to which shard. */
function fingerprintOf(shards: readonly { tests: readonly string[] }[]): string {
  const hash = createHash('sha256');
  for (const s of shards) hash.update(`${s.tests.join('\n')}\n\u0000`);
  return hash.digest('hex').slice(0, 16);
}

/** The largest value (no argument spreading: a universe can hold 100,000 items). */
function maxOf(values: Iterable<number>, start: number): number {
  let m = start;
  for (const v of values) if (v > m) m = v;
  return m;
}
