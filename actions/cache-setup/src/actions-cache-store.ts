import { EOL } from 'node:os';
import * as cache from '@actions/cache';
import type { CacheStore } from './cache-store.js';

/**
 * Runs `fn` and collects the failures @actions/cache reports. It swallows service errors and only
 * logs them (`::warning::Failed to restore: ...`, `Failed to save: ...`), returning a plain miss;
 * the summary must say what happened, so the lines are read as they pass through to the log.
 */
async function collectingFailures<T>(fn: () => Promise<T>): Promise<{ value: T; failures: string[] }> {
  const failures: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const spy = (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
    for (const line of String(chunk).split(EOL)) {
      const m = /^(?:::(?:warning|error)[^:]*::)?(Failed to (?:restore|save): .*|Cache reservation failed: .*|Unable to finalize .*)$/.exec(
        line,
      );
      if (m?.[1]) failures.push(m[1].replace(/%0A/g, ' '));
    }
    return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
  };
  process.stdout.write = spy;
  try {
    return { value: await fn(), failures };
  } finally {
    process.stdout.write = write;
  }
}

/** The runner's cache service through @actions/cache (v2 protocol, Azure blob transfers, zstd when installed). */
export function actionsCacheStore(): CacheStore {
  return {
    available: () => cache.isFeatureAvailable(),
    restore: async (paths, key, restoreKeys, lookupOnly) => {
      try {
        const { value, failures } = await collectingFailures(() => cache.restoreCache(paths, key, restoreKeys, { lookupOnly }));
        return value !== undefined ? { matchedKey: value } : failures.length > 0 ? { error: failures.join('; ') } : {};
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    },
    save: async (paths, key) => {
      try {
        const { value, failures } = await collectingFailures(() => cache.saveCache(paths, key));
        if (value > 0) return { saved: true };
        return { saved: false, error: failures.join('; ') || 'the cache service did not accept the entry' };
      } catch (error) {
        return { saved: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
