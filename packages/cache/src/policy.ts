import { UserError } from '@slipway/core';

export type SaveMode = 'auto' | 'always' | 'never';
export type Hit = 'exact' | 'partial' | 'miss';

export interface RunFacts {
  save: SaveMode;
  /** `refs/heads/main`, `refs/pull/7/merge` */
  ref: string;
  defaultBranch: string;
  eventName: string;
  /** ACTIONS_CACHE_MODE as the runner exported it ('' when unset): none, read, write, write-only. */
  cacheMode: string;
}

const MODES = ['none', 'read', 'write', 'write-only'];

/** Whether this run may restore: ACTIONS_CACHE_MODE `none` and `write-only` forbid it (unknown modes permit, as @actions/cache does). */
export function readPolicy(facts: Pick<RunFacts, 'cacheMode'>): { read: boolean; reason: string } {
  const mode = facts.cacheMode.trim().toLowerCase();
  if (MODES.includes(mode) && mode !== 'read' && mode !== 'write')
    return { read: false, reason: `ACTIONS_CACHE_MODE is '${mode}': restore skipped` };
  return { read: true, reason: '' };
}

/**
 * Whether this run may write entries. `auto` saves only from pushes to the default branch: other
 * branches read its entries and would otherwise each store near-copies that evict it (cache thrash).
 */
export function writePolicy(facts: RunFacts): { write: boolean; reason: string } {
  const mode = facts.cacheMode.trim().toLowerCase();
  if (MODES.includes(mode) && mode !== 'write' && mode !== 'write-only')
    return { write: false, reason: `ACTIONS_CACHE_MODE is '${mode}': read-only` };
  if (facts.save === 'never') return { write: false, reason: 'save: never' };
  if (facts.save === 'always') return { write: true, reason: 'save: always' };
  const onDefault = facts.ref === `refs/heads/${facts.defaultBranch}` && !facts.eventName.startsWith('pull_request');
  if (onDefault) return { write: true, reason: `push to the default branch ${facts.defaultBranch}` };
  return { write: false, reason: `read-only on ${facts.ref || 'this ref'} (save: auto saves from ${facts.defaultBranch} only)` };
}

/** Whether the post step saves a layer: allowed, not an exact hit (never overwrite a current entry), and something is on disk. */
export function saveDecision(input: { write: { write: boolean; reason: string }; hit: Hit | 'skipped' | 'error'; sizeBytes: number }): {
  save: boolean;
  reason: string;
} {
  if (!input.write.write) return { save: false, reason: input.write.reason };
  if (input.hit === 'exact') return { save: false, reason: 'exact hit: the entry is current' };
  if (input.sizeBytes === 0) return { save: false, reason: 'nothing to save: the paths are empty or missing' };
  return { save: true, reason: input.hit === 'partial' ? 'partial hit: saving the updated entry' : 'miss: saving a new entry' };
}

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1e3,
  kb: 1e3,
  kib: 1024,
  m: 1e6,
  mb: 1e6,
  mib: 1024 ** 2,
  g: 1e9,
  gb: 1e9,
  gib: 1024 ** 3,
  t: 1e12,
  tb: 1e12,
  tib: 1024 ** 4,
};

/** Parses a size such as `2GB`, `512 MiB` or `1000000` into bytes; '' or 0 is no limit. */
export function parseSize(text: string, input = 'max-size'): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
  const unit = match?.[2]?.toLowerCase() ?? '';
  if (!match || !(unit in UNITS)) {
    throw new UserError(`Input '${input}' must be a size such as 2GB, 500MiB or 1000000; got '${text}'`);
  }
  return Math.round(Number(match[1]) * (UNITS[unit] ?? 1));
}

/** A human size: 1.5 GB, 12.0 MB, 930 B (decimal units, as the service's limits are quoted). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 'B';
  for (const u of units) {
    if (value < 1000) break;
    value /= 1000;
    unit = u;
  }
  return `${value.toFixed(1)} ${unit}`;
}
