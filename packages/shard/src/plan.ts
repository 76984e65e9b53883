import { UserError } from '@slipway/core';
import { byCodeUnits } from './model.js';
import type { WorkItem } from './work-items.js';

/** One shard of a plan. */
export interface Shard {
  index: number;
  /** Sorted by id. */
  items: WorkItem[];
  /** Its items' time plus the set-up of every file it holds part of. */
  micros: number;
}

/** A split of the items into shards, with the bound it is measured against. */
export interface Assignment {
  shards: Shard[];
  /** Every item once and every file's set-up once. */
  totalMicros: number;
  /** max(total / N, longest item with its file's set-up): no split can finish sooner. */
  lowerBoundMicros: number;
  makespanMicros: number;
}

/** Descending time, then id: a total order, so the split never depends on input order. */
const longestFirst = (a: WorkItem, b: WorkItem): number => b.micros - a.micros || byCodeUnits(a.id, b.id);

/** The shards being filled: loads, members (longest first) and how many items of each file each holds. */
class Shards {
  readonly loads: number[];
  readonly members: WorkItem[][];
  private readonly counts: Map<string, number>[];

  constructor(
    n: number,
    private readonly setup: ReadonlyMap<string, number>,
  ) {
    this.loads = new Array<number>(n).fill(0);
    this.members = Array.from({ length: n }, () => []);
    this.counts = Array.from({ length: n }, () => new Map<string, number>());
  }

  private setupOf(file: string): number {
    return this.setup.get(file) ?? 0;
  }

  /** What adding `item` to shard `s` costs it. */
  addCost(s: number, item: WorkItem): number {
    return item.micros + ((this.counts[s]?.get(item.file) ?? 0) === 0 ? this.setupOf(item.file) : 0);
  }

  /** What removing `item` from shard `s` saves it. */
  removeSaving(s: number, item: WorkItem): number {
    return item.micros + ((this.counts[s]?.get(item.file) ?? 0) === 1 ? this.setupOf(item.file) : 0);
  }

  add(s: number, item: WorkItem, sorted: boolean): void {
    this.loads[s] = (this.loads[s] ?? 0) + this.addCost(s, item);
    const m = this.members[s] ?? [];
    if (sorted) insertSorted(m, item);
    else m.push(item);
    const c = this.counts[s] ?? new Map<string, number>();
    c.set(item.file, (c.get(item.file) ?? 0) + 1);
  }

  remove(s: number, item: WorkItem): void {
    this.loads[s] = (this.loads[s] ?? 0) - this.removeSaving(s, item);
    const m = this.members[s] ?? [];
    m.splice(m.indexOf(item), 1);
    const c = this.counts[s] ?? new Map<string, number>();
    const left = (c.get(item.file) ?? 0) - 1;
    if (left > 0) c.set(item.file, left);
    else c.delete(item.file);
  }
}

/**
 * Splits items into `shardCount` shards: longest-processing-time first, then a bounded local
 * search that moves or swaps items off the longest shard while that shortens it. A file's
 * set-up (`setupMicros`) is paid by every shard that holds any of its items, so splitting a
 * file costs what it really costs. A pure, deterministic function of its inputs (integer
 * microseconds, code-unit order).
 */
export function assignShards(
  items: readonly WorkItem[],
  shardCount: number,
  setupMicros: ReadonlyMap<string, number> = new Map(),
): Assignment {
  if (!Number.isInteger(shardCount) || shardCount < 1)
    throw new UserError(`The shard count must be a whole number of at least 1; got ${shardCount}`);
  const perFile = new Map<string, number>();
  for (const i of items) perFile.set(i.file, (perFile.get(i.file) ?? 0) + 1);
  // A whole file (or a file's only item) carries its set-up wherever it goes: order by both.
  const weight = (i: WorkItem): number => i.micros + ((perFile.get(i.file) ?? 0) === 1 ? (setupMicros.get(i.file) ?? 0) : 0);
  const sorted = [...items].sort((a, b) => weight(b) - weight(a) || byCodeUnits(a.id, b.id));
  const shards = new Shards(shardCount, setupMicros);
  for (const item of sorted) {
    // Least loaded after adding it, then fewest items (so zero-second tests still spread), then lowest index.
    let best = 0;
    let bestLoad = (shards.loads[0] ?? 0) + shards.addCost(0, item);
    for (let i = 1; i < shardCount; i++) {
      const load = (shards.loads[i] ?? 0) + shards.addCost(i, item);
      const d = load - bestLoad;
      if (d < 0 || (d === 0 && (shards.members[i]?.length ?? 0) < (shards.members[best]?.length ?? 0))) {
        best = i;
        bestLoad = load;
      }
    }
    shards.add(best, item, false);
  }
  for (const m of shards.members) m.sort(longestFirst);
  let totalMicros = 0;
  let longest = 0;
  for (const i of sorted) {
    totalMicros += i.micros;
    longest = Math.max(longest, i.micros + (setupMicros.get(i.file) ?? 0));
  }
  for (const file of perFile.keys()) totalMicros += setupMicros.get(file) ?? 0;
  const lowerBoundMicros = Math.max(Math.ceil(totalMicros / shardCount), longest);
  refine(shards, lowerBoundMicros);
  const out = shards.members.map((m, index) => ({
    index,
    items: [...m].sort((a, b) => byCodeUnits(a.id, b.id)),
    micros: shards.loads[index] ?? 0,
  }));
  return { shards: out, totalMicros, lowerBoundMicros, makespanMicros: shards.loads.reduce((m, l) => Math.max(m, l), 0) };
}

const MAX_ROUNDS = 200;

interface Choice {
  a: WorkItem;
  b?: WorkItem;
  /** The longer of the two shards after the change. */
  after: number;
}

/** Moves or swaps items off the longest shard while that makes the pair's longer shard shorter. */
function refine(shards: Shards, bound: number): void {
  const n = shards.loads.length;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let top = 0;
    for (let i = 1; i < n; i++) if ((shards.loads[i] ?? 0) > (shards.loads[top] ?? 0)) top = i;
    const topLoad = shards.loads[top] ?? 0;
    if (topLoad <= bound) return;
    const order = [...shards.loads.keys()]
      .filter((i) => i !== top)
      .sort((a, b) => (shards.loads[a] ?? 0) - (shards.loads[b] ?? 0) || a - b);
    let done = false;
    for (const other of order) {
      if (topLoad - (shards.loads[other] ?? 0) <= 1) break;
      const move = bestMove(shards, top, other);
      const swap = bestSwap(shards, top, other);
      const choice = swap && (!move || swap.after < move.after) ? swap : move;
      if (!choice || choice.after >= topLoad) continue;
      shards.remove(top, choice.a);
      if (choice.b) shards.remove(other, choice.b);
      shards.add(other, choice.a, true);
      if (choice.b) shards.add(top, choice.b, true);
      done = true;
      break;
    }
    if (!done) return;
  }
}

/** The single item whose move from `top` to `other` leaves the pair's longer shard shortest. */
function bestMove(shards: Shards, top: number, other: number): Choice | undefined {
  const topLoad = shards.loads[top] ?? 0;
  const otherLoad = shards.loads[other] ?? 0;
  let best: Choice | undefined;
  for (const a of shards.members[top] ?? []) {
    const saved = shards.removeSaving(top, a);
    if (saved <= 0) continue;
    const after = Math.max(topLoad - saved, otherLoad + shards.addCost(other, a));
    if (!best || after < best.after) best = { a, after };
  }
  return best;
}

/** The swap that leaves the pair's longer shard shortest; `other` is sorted longest first, so search it by bisection. */
function bestSwap(shards: Shards, top: number, other: number): Choice | undefined {
  const to = shards.members[other] ?? [];
  if (to.length === 0) return undefined;
  const topLoad = shards.loads[top] ?? 0;
  const otherLoad = shards.loads[other] ?? 0;
  const gap = topLoad - otherLoad;
  let best: Choice | undefined;
  for (const a of shards.members[top] ?? []) {
    const want = a.micros - gap / 2; // the ideal partner's size, set-up aside
    let lo = 0;
    let hi = to.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((to[mid]?.micros ?? 0) > want) lo = mid + 1;
      else hi = mid;
    }
    for (const j of [lo - 1, lo]) {
      const b = to[j];
      if (!b || b.micros >= a.micros) continue;
      // Exact costs: the same file on both sides changes nothing for its set-up.
      const same = a.file === b.file;
      const topAfter = topLoad - (same ? a.micros : shards.removeSaving(top, a)) + (same ? b.micros : shards.addCost(top, b));
      const otherAfter = otherLoad - (same ? b.micros : shards.removeSaving(other, b)) + (same ? a.micros : shards.addCost(other, a));
      const after = Math.max(topAfter, otherAfter);
      if (!best || after < best.after) best = { a, b, after };
    }
  }
  return best;
}

function insertSorted(list: WorkItem[], item: WorkItem): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = list[mid];
    if (m && longestFirst(m, item) < 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
}
