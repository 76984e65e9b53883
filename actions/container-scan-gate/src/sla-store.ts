import { join } from 'node:path';
import {
  decodeDocument,
  digestBytes,
  errorMessage,
  parseJson,
  readTextFile,
  SMALL_FILE_LIMIT,
  writeTextFile,
  type Logger,
} from '@slipway/core';
import { cacheServiceAvailable } from '@slipway/core/actions';
import { decodeSlaState, imageRepository, serialiseSlaState, type SlaState } from '@slipway/scan';

/** @actions/cache (with the Azure SDK, about 2 MB), loaded on the first restore or save. */
const cacheClient = () => import('@actions/cache');

/** Keeps the first-seen dates of findings between runs, one state per repository and image. */
export interface SlaStore {
  restore(image: string): Promise<SlaState | undefined>;
  save(image: string, state: SlaState): Promise<void>;
}

/** Where a state is cached: the key prefix names the repository and the image's repository. */
export function slaCacheKeys(
  repository: string,
  image: string,
  runId: string,
  attempt: string,
): { key: string; prefix: string; path: string } {
  const id = digestBytes(imageRepository(image) || image).slice(0, 16);
  const prefix = `slipway-scan-sla-v1-${repository}-${id}-`;
  // A relative path keeps the cache version the same on every runner and workspace.
  return { key: `${prefix}${runId}-${attempt}`, prefix, path: join('.slipway', 'scan-sla', `${id}.json`) };
}

/** An `@actions/cache` store: restores the newest state for the image, saves under a key per run. */
export function actionsCacheStore(options: { repository: string; runId: string; attempt: string; cwd: string; log: Logger }): SlaStore {
  const { repository, runId, attempt, cwd, log } = options;
  return {
    restore: async (image) => {
      if (!cacheServiceAvailable()) {
        log.warning('The cache service is not available: fix-SLA clocks start today for every finding');
        return undefined;
      }
      const { key, prefix, path } = slaCacheKeys(repository, image, runId, attempt);
      const cache = await cacheClient();
      const hit = await cache.restoreCache([path], key, [prefix]);
      if (!hit) return undefined;
      const file = join(cwd, path);
      try {
        // The shape is checked here; each date is checked by the gate, which restarts a bad one today.
        return decodeDocument(decodeSlaState, parseJson(await readTextFile(file, 'SLA state', { maxBytes: SMALL_FILE_LIMIT }), file), file);
      } catch (error) {
        log.warning(`The saved SLA state ${hit} is unreadable (${errorMessage(error)}); its clocks restart today`);
        return undefined;
      }
    },
    save: async (image, state) => {
      if (!cacheServiceAvailable()) return;
      const { key, path } = slaCacheKeys(repository, image, runId, attempt);
      await writeTextFile(join(cwd, path), serialiseSlaState(state));
      try {
        const cache = await cacheClient();
        await cache.saveCache([path], key);
      } catch (error) {
        log.warning(`Could not save the SLA state for ${image}: ${errorMessage(error)}`);
      }
    },
  };
}
