import { EOL } from 'node:os';
import type { LayerStore, RestoreResult, SaveResult } from '@slipway/cache';
import { cacheServiceAvailable, guardStalls } from '@slipway/core/actions';

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

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** @actions/cache, loaded on the first restore or save: a post step that saves nothing never loads it. */
const cacheClient = () => import('@actions/cache');

/**
 * The runner's cache service through @actions/cache (v2 protocol, Azure blob transfers, zstd when
 * installed). Each call is guarded: a request that moves nothing for `stallMs` ends the call as a
 * stall, which the engine turns into a warning and a miss, and later calls are not tried.
 */
export function actionsCacheStore(stallMs: number): LayerStore {
  return {
    available: () =>
      cacheServiceAvailable() ? { ok: true } : { ok: false, reason: 'no cache service for this job (ACTIONS_RESULTS_URL is not set)' },
    restore: async (layer, { lookupOnly }): Promise<RestoreResult> => {
      try {
        const cache = await cacheClient();
        const { value, failures } = await collectingFailures(() =>
          guardStalls(
            () =>
              cache.restoreCache([...layer.paths], layer.key, [...layer.restoreKeys], {
                lookupOnly,
                // The SDK download's own deadlines, where it uses them (hosted Azure storage).
                timeoutInMs: stallMs,
                segmentTimeoutInMs: Math.max(stallMs * 20, 10 * 60_000),
              }),
            stallMs,
          ),
        );
        if ('stalled' in value) return { error: `the cache service stopped answering: ${value.stalled}`, stalled: true };
        if (value.value !== undefined) return { matchedKey: value.value };
        return failures.length > 0 ? { error: failures.join('; ') } : {};
      } catch (error) {
        return { error: message(error) };
      }
    },
    save: async (layer): Promise<SaveResult> => {
      try {
        const cache = await cacheClient();
        const { value, failures } = await collectingFailures(() =>
          guardStalls(() => cache.saveCache([...layer.paths], layer.key), stallMs),
        );
        if ('stalled' in value) return { saved: false, error: `the cache service stopped answering: ${value.stalled}`, stalled: true };
        if (value.value > 0) return { saved: true };
        return { saved: false, error: failures.join('; ') || 'the cache service did not accept the entry' };
      } catch (error) {
        return { saved: false, error: message(error) };
      }
    },
  };
}
