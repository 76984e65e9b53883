import { UserError } from '@slipway/core';
import { byCodeUnits } from './model.js';
import type { WorkItem } from './work-items.js';

/** One shard of a plan. */
export interface Shard {
  index: number;
  /** Sorted by id. */
  items: WorkItem[];
  micros: number;
}

/** A split of the items into shards, with the bound it is measured against. */
export interface Assignment {
  shards: Shard[];
  totalMicros: number;
  /** max(total / N, longest item): no split can finish sooner. */
  lowerBoundMicros: number;
  makespanMicros: number;
}

/** Descending time, then id: a total order, so the split never depends on input order. */
const longestFirst = (a: WorkItem, b: WorkItem): number => b.micros - a.micros || byCodeUnits(a.id, b.id);

/**
 * Splits items into `shardCount` shards: longest-processing-time first, then a bounded local
 * search that moves or swaps items off the longest shard while that shortens it. A pure,
 * deterministic function of the items (integer microseconds, code-unit order).
 */
export function assignShards(items: readonly WorkItem[], shardCount: number): Assignment {
  if (!Number.isInteger(shardCount) || shardCount < 1)
    throw new UserError(`The shard count must be a whole number of at least 1; got ${shardCount}`);
  // Estimated items are placed like timed ones: spreading them first (so their errors average
  // out) measured worse on the benchmark's datasets than trusting the estimates.
  const sorted = [...items].sort(longestFirst);
  const loads = new Array<number>(shardCount).fill(0);
  const members: WorkItem[][] = Array.from({ length: shardCount }, () => []);
  for (const item of sorted) {
    // Least loaded, then fewest items (so zero-second tests still spread), then lowest index.
    let best = 0;
    for (let i = 1; i < shardCount; i++) {
      const d = (loads[i] ?? 0) - (loads[best] ?? 0);
      if (d < 0 || (d === 0 && (members[i]?.length ?? 0) < (members[best]?.length ?? 0))) best = i;
    }
    loads[best] = (loads[best] ?? 0) + item.micros;
    members[best]?.push(item);
  }
  const totalMicros = sorted.reduce((s, i) => s + i.micros, 0);
  const lowerBoundMicros = Math.max(
    Math.ceil(totalMicros / shardCount),
    sorted.reduce((m, i) => Math.max(m, i.micros), 0),
  );
  refine(members, loads, lowerBoundMicros);
  const shards = members.map((m, index) => ({ index, items: [...m].sort((a, b) => byCodeUnits(a.id, b.id)), micros: loads[index] ?? 0 }));
  return { shards, totalMicros, lowerBoundMicros, makespanMicros: loads.reduce((m, l) => Math.max(m, l), 0) };
}

const MAX_ROUNDS = 200;

/** Moves or swaps items off the longest shard (members kept sorted longest first) while it gets shorter. */
function refine(members: WorkItem[][], loads: number[], bound: number): void {
  const n = loads.length;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let top = 0;
    for (let i = 1; i < n; i++) if ((loads[i] ?? 0) > (loads[top] ?? 0)) top = i;
    const topLoad = loads[top] ?? 0;
    if (topLoad <= bound) return;
    const order = [...loads.keys()].filter((i) => i !== top).sort((a, b) => (loads[a] ?? 0) - (loads[b] ?? 0) || a - b);
    let done = false;
    for (const other of order) {
      const gap = topLoad - (loads[other] ?? 0);
      if (gap <= 1) break;
      const from = members[top] ?? [];
      const to = members[other] ?? [];
      const move = bestMove(from, gap);
      const swap = move?.delta === Math.floor(gap / 2) ? undefined : bestSwap(from, to, gap);
      const choice = swap && (!move || Math.abs(gap - 2 * swap.delta) < Math.abs(gap - 2 * move.delta)) ? swap : move;
      if (!choice) continue;
      const a = from[choice.fromIndex];
      if (!a) continue;
      from.splice(choice.fromIndex, 1);
      insertSorted(to, a);
      if (choice.toIndex !== undefined) {
        const b = to.splice(to.indexOf(choice.b as WorkItem), 1)[0];
        if (b) insertSorted(from, b);
      }
      loads[top] = topLoad - choice.delta;
      loads[other] = (loads[other] ?? 0) + choice.delta;
      done = true;
      break;
    }
    if (!done) return;
  }
}

interface Choice {
  fromIndex: number;
  toIndex?: number;
  b?: WorkItem;
  /** How much time leaves the longest shard. */
  delta: number;
}

/** The single item whose move best evens the pair (0 < size < gap, closest to gap / 2). */
function bestMove(from: WorkItem[], gap: number): Choice | undefined {
  let best: Choice | undefined;
  for (const [i, item] of from.entries()) {
    if (item.micros <= 0 || item.micros >= gap) continue;
    if (!best || Math.abs(gap - 2 * item.micros) < Math.abs(gap - 2 * best.delta)) best = { fromIndex: i, delta: item.micros };
  }
  return best;
}

/** The swap whose difference best evens the pair; `to` is sorted longest first, so search it by bisection. */
function bestSwap(from: WorkItem[], to: WorkItem[], gap: number): Choice | undefined {
  if (to.length === 0) return undefined;
  let best: Choice | undefined;
  for (const [i, a] of from.entries()) {
    const want = a.micros - gap / 2; // the ideal partner's size
    // first index whose size is <= want (to is descending)
    let lo = 0;
    let hi = to.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((to[mid]?.micros ?? 0) > want) lo = mid + 1;
      else hi = mid;
    }
    for (const j of [lo - 1, lo]) {
      const b = to[j];
      if (!b) continue;
      const delta = a.micros - b.micros;
      if (delta <= 0 || delta >= gap) continue;
      if (!best || Math.abs(gap - 2 * delta) < Math.abs(gap - 2 * best.delta)) best = { fromIndex: i, toIndex: j, b, delta };
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
