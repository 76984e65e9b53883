import type { GitHubContext } from '@slipway/core';
import { errorCodes, isForkPullRequest, UserError } from '@slipway/core';

/** Where timings persist between runs (the Actions cache in a workflow, a fake or nothing elsewhere). */
export interface TimingCache {
  /** Restores `path`; returns the key that matched, or undefined on a miss. A stalled service throws NETWORK_TIMEOUT. */
  restore(path: string, primaryKey: string, restoreKeys: string[]): Promise<string | undefined>;
  /** Saves `path` under `key`; false when the service refused (the key exists, the service failed). A stalled service throws NETWORK_TIMEOUT. */
  save(path: string, key: string): Promise<boolean>;
}

/** Whether a cache call failed on the network (a stall, a refused connection): a warning and a miss, not a failed step. */
export function isCacheNetworkFailure(error: unknown): error is UserError {
  return error instanceof UserError && (error.code === errorCodes.networkTimeout || error.code === errorCodes.networkUnreachable);
}

/** The folder (relative to the workspace) the cache saves and restores; constant, so every run computes the same cache version. */
export const CACHE_DIR = '.slipway-test-shard';
export const CACHE_FILE = 'timings.json';

const scopeName = (s: string): string => s.replace(/[^\w.-]+/g, '_');

/** The branch (or pull request) whose timings a run reads and writes. */
export function cacheScope(ctx: GitHubContext): string {
  const pr = /^refs\/pull\/(\d+)\//.exec(ctx.ref);
  if (pr) return `pr-${pr[1]}`;
  return scopeName(ctx.refName || ctx.ref || 'unknown');
}

/** The keys to restore from: this branch's newest timings, then the default branch's. */
export function restoreKeys(prefix: string, ctx: GitHubContext, defaultBranch: string): string[] {
  const keys = [`${prefix}-v1-${cacheScope(ctx)}-`, `${prefix}-v1-${scopeName(defaultBranch)}-`];
  return [...new Set(keys)];
}

/** A fresh key for this run's timings: entries are immutable, so each run writes its own. */
export function saveKey(prefix: string, ctx: GitHubContext): string {
  return `${prefix}-v1-${cacheScope(ctx)}-${ctx.runId || '0'}-${ctx.runAttempt || '1'}`;
}

/**
 * Why this run must not save timings, if it must not: code from a fork must never write
 * timings that the default branch will read.
 */
export function saveForbidden(ctx: GitHubContext): string | undefined {
  if (ctx.eventName === 'pull_request_target') return 'a pull_request_target run executes in the base branch scope';
  if (isForkPullRequest(ctx)) return 'the pull request comes from a fork';
  return undefined;
}

/** The default branch: the input, else the event payload's, else main. */
export function defaultBranchOf(input: string | undefined, ctx: GitHubContext): string {
  return input || ctx.defaultBranch || 'main';
}
