import { EOL } from 'node:os';
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

/**
 * Whether the job has a cache service, by @actions/cache 6's own rule (`isFeatureAvailable`):
 * the v2 service (ACTIONS_RESULTS_URL) when ACTIONS_CACHE_SERVICE_V2 is set and the server is
 * github.com, *.ghe.com or *.localhost, else v1 (ACTIONS_CACHE_URL). Read here so that a step
 * that only asks does not load the cache client.
 */
export function cacheServiceAvailable(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  let host: string;
  try {
    host = new URL(env['GITHUB_SERVER_URL'] || 'https://github.com').hostname.trimEnd().toUpperCase();
  } catch {
    return Boolean(env['ACTIONS_CACHE_URL']);
  }
  const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
  return !ghes && env['ACTIONS_CACHE_SERVICE_V2'] ? Boolean(env['ACTIONS_RESULTS_URL']) : Boolean(env['ACTIONS_CACHE_URL']);
}

/**
 * The runner's cache service through @actions/cache (v2 protocol, Azure blob transfers, zstd when
 * installed), loaded on the first restore or save: a post step that saves nothing never loads it.
 */
export function actionsCacheStore(): CacheStore {
  const cacheClient = () => import('@actions/cache');
  return {
    available: () => cacheServiceAvailable(),
    restore: async (paths, key, restoreKeys, lookupOnly) => {
      try {
        const cache = await cacheClient();
        const { value, failures } = await collectingFailures(() => cache.restoreCache(paths, key, restoreKeys, { lookupOnly }));
        return value !== undefined ? { matchedKey: value } : failures.length > 0 ? { error: failures.join('; ') } : {};
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    },
    save: async (paths, key) => {
      try {
        const cache = await cacheClient();
        const { value, failures } = await collectingFailures(() => cache.saveCache(paths, key));
        if (value > 0) return { saved: true };
        return { saved: false, error: failures.join('; ') || 'the cache service did not accept the entry' };
      } catch (error) {
        return { saved: false, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
