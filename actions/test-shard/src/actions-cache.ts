import * as cache from '@actions/cache';
import type { TimingCache } from './timing-cache.js';

/** The Actions cache service, or undefined when this runner has none. */
export function actionsTimingCache(): TimingCache | undefined {
  if (!cache.isFeatureAvailable()) return undefined;
  return {
    restore: (path, primaryKey, restoreKeys) => cache.restoreCache([path], primaryKey, restoreKeys),
    // saveCache reports most failures as -1 with a warning rather than throwing.
    save: async (path, key) => (await cache.saveCache([path], key)) !== -1,
  };
}
