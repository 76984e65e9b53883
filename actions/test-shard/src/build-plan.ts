import { join } from 'node:path';
import { rm, stat } from 'node:fs/promises';
import { parseJson, readTextFile, UserError, type GitHubContext, type Ports } from '@slipway/core';
import { decodeStore, preparePlan, storeAsSource, type Runner, type ShardPlan, type TimingSource, type TimingStore } from '@slipway/shard';
import type { Inputs } from './inputs.js';
import { CACHE_DIR, CACHE_FILE, defaultBranchOf, isCacheNetworkFailure, restoreKeys, type TimingCache } from './timing-cache.js';

/** What a run needs besides its inputs and ports. */
export interface RunContext {
  github: GitHubContext;
  /** The runner's temp folder (files handed to later steps). */
  tempDir: string;
  /** Undefined when the cache service is not available. */
  cache: TimingCache | undefined;
}

/** Restores the newest timings store from the cache; returns it, as a source too, and the key it came from. */
export async function restoreTimings(
  inputs: Inputs,
  ctx: RunContext,
  ports: Ports,
  exactKey?: string,
): Promise<{ store?: TimingStore; source?: TimingSource; key?: string }> {
  if (!inputs.cache) return {};
  if (!ctx.cache) {
    ports.log.warning('The Actions cache service is not available to this step, so timings are neither restored nor saved');
    return {};
  }
  const dir = join(ctx.github.workspace, CACHE_DIR);
  await rm(dir, { recursive: true, force: true });
  const keys = restoreKeys(inputs.cacheKey, ctx.github, defaultBranchOf(inputs.defaultBranch, ctx.github));
  const primary = exactKey ?? keys[0] ?? '';
  let key: string | undefined;
  try {
    key = await ctx.cache.restore(CACHE_DIR, primary, exactKey ? [] : keys.slice(1));
  } catch (error) {
    // A stalled cache is a miss, except for a shard that must read the plan's own timings.
    if (exactKey || !isCacheNetworkFailure(error)) throw error;
    ports.log.warning(`No cached timings were restored: ${error.message}`);
    return {};
  }
  if (key === undefined) {
    if (exactKey) {
      throw new UserError(`The timings the plan used (cache key ${exactKey}) are no longer in the cache`, {
        hint: 'rerun the whole workflow so the plan and the shards read the same timings',
      });
    }
    ports.log.info(`No recorded timings in the cache yet (looked for ${keys.join(', ')})`);
    return {};
  }
  const file = join(dir, CACHE_FILE);
  try {
    if (!(await stat(file).catch(() => undefined))) throw new UserError(`The cache entry ${key} holds no ${CACHE_FILE}`);
    const text = await readTextFile(file, `cached timings (${key})`);
    const store = decodeStore(parseJson(text, `cached timings (${key})`), `cached timings (${key})`);
    ports.log.info(`Restored timings of ${Object.keys(store.tests).length} tests over ${store.runs} run(s) from cache key ${key}`);
    return { store, source: storeAsSource(store, `cached timings (${key})`), key };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Reads the timings and the universe and plans, exactly as every shard will. */
export async function buildPlan(
  inputs: Inputs,
  ctx: RunContext,
  ports: Ports,
  shards: { count?: number; exactKey?: string },
): Promise<{ plan: ShardPlan; runner: Runner | undefined; timingsKey: string | undefined; sources: TimingSource[] }> {
  const cwd = join(ctx.github.workspace, inputs.workingDirectory);
  const restored = await restoreTimings(inputs, ctx, ports, shards.exactKey);
  const prepared = await preparePlan(
    {
      cwd,
      under: inputs.workingDirectory,
      timings: inputs.timings,
      ...(restored.source ? { restored: restored.source } : {}),
      tests: inputs.tests,
      ...(inputs.testsFrom ? { testsFrom: inputs.testsFrom } : {}),
      runner: inputs.runner,
      granularity: inputs.granularity,
      ...(inputs.shards !== undefined ? { shards: inputs.shards } : {}),
      ...(inputs.targetSeconds !== undefined ? { targetSeconds: inputs.targetSeconds } : {}),
      overheadSeconds: inputs.shardOverheadSeconds,
      maxShards: inputs.maxShards,
    },
    shards.count !== undefined ? { shards: shards.count } : {},
  );
  for (const w of prepared.warnings) ports.log.warning(w, { title: 'Test shard plan' });
  for (const n of prepared.notes) ports.log.info(n);
  return { plan: prepared.plan, runner: prepared.runner, timingsKey: restored.key, sources: prepared.sources };
}
