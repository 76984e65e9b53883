import { errorCodes, networkDeadlineMs, UserError } from '@slipway/core';
import { cacheServiceAvailable, guardStalls } from '@slipway/core/actions';
import type { TimingCache } from './timing-cache.js';

/** @actions/cache (with the Azure SDK, about 2 MB), loaded on the first restore or save. */
const cacheClient = () => import('@actions/cache');

/** How long a cache call may move no data before it is abandoned (lowered by SLIPWAY_NETWORK_TIMEOUT). */
export const CACHE_STALL_MS = 30_000;

/**
 * The Actions cache service, or undefined when this runner has none. The cache client has no
 * deadline of its own, so each call is guarded: one that moves no data for `stallMs` ends as a
 * NETWORK_TIMEOUT naming the request that stalled.
 */
export function actionsTimingCache(stallMs: number = networkDeadlineMs(CACHE_STALL_MS)): TimingCache | undefined {
  if (!cacheServiceAvailable()) return undefined;
  const guarded = async <T>(op: () => Promise<T>): Promise<T> => {
    const outcome = await guardStalls(op, stallMs);
    if ('value' in outcome) return outcome.value;
    throw new UserError(`the cache service stopped answering: ${outcome.stalled}`, {
      code: errorCodes.networkTimeout,
      hint: 'check the runner’s connection to the Actions cache service',
    });
  };
  return {
    restore: async (path, primaryKey, restoreKeys) => {
      const cache = await cacheClient();
      return guarded(() =>
        cache.restoreCache([path], primaryKey, restoreKeys, {
          timeoutInMs: stallMs,
          segmentTimeoutInMs: Math.max(stallMs * 20, 10 * 60_000),
        }),
      );
    },
    // saveCache reports most failures as -1 with a warning rather than throwing.
    save: async (path, key) => {
      const cache = await cacheClient();
      return (await guarded(() => cache.saveCache([path], key))) !== -1;
    },
  };
}
