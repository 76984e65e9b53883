import { join } from 'node:path';
import { readFile, rm } from 'node:fs/promises';
import { parseJson, UserError, type GitHubContext, type Ports } from '@slipway/core';
import {
  decodeStore,
  exactTestSelection,
  planShards,
  readFileFeatures,
  readTestEntries,
  readTimingFiles,
  RUNNERS,
  storeAsSource,
  timeUniverse,
  type Runner,
  type ShardPlan,
  type TimingSource,
  type TimingStore,
} from '@slipway/shard';
import type { Inputs } from './inputs.js';
import { CACHE_DIR, CACHE_FILE, defaultBranchOf, restoreKeys, type TimingCache } from './timing-cache.js';

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
  const key = await ctx.cache.restore(CACHE_DIR, primary, exactKey ? [] : keys.slice(1));
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
    const text = await readFile(file, 'utf8').catch(() => {
      throw new UserError(`The cache entry ${key} holds no ${CACHE_FILE}`);
    });
    const store = decodeStore(parseJson(text, `cached timings (${key})`), `cached timings (${key})`);
    ports.log.info(`Restored timings of ${Object.keys(store.tests).length} tests over ${store.runs} run(s) from cache key ${key}`);
    return { store, source: storeAsSource(store, `cached timings (${key})`), key };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The runner named, or the one the timing files came from. */
export function resolveRunner(inputs: Inputs, sources: readonly TimingSource[]): Runner | undefined {
  if (inputs.runner !== 'auto') return inputs.runner;
  for (const s of sources) {
    const remembered = RUNNERS.find((r) => r === s.runner);
    if (remembered) return remembered;
    if (s.format === 'pytest-durations' || s.flavor === 'pytest') return 'pytest';
    if (s.flavor === 'go') return 'go';
    if (s.flavor === 'playwright') return 'playwright';
    if (s.format === 'jest-json' || s.flavor === 'jest-junit') return 'jest';
    if (s.format === 'knapsack') return 'rspec';
  }
  return undefined;
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
  const files = await readTimingFiles(inputs.timings, cwd);
  for (const w of files.warnings) ports.log.warning(w);
  // Files the user passes come last: they win over the cache where both time a test.
  const sources = [...(restored.source ? [restored.source] : []), ...files.sources];
  const entries = await readTestEntries(inputs.tests, inputs.testsFrom, cwd, inputs.workingDirectory);
  if (entries === undefined && sources.length === 0) {
    throw new UserError('There is nothing to split: no timings were found and no test files were given', {
      hint: "set 'tests' (globs of test files) so the first run can plan without timings",
    });
  }
  const universe = timeUniverse({ entries, sources, root: cwd });
  for (const s of universe.unmatchedSources) {
    ports.log.warning(`Timing file ${s} matches no test in the universe, so its timings were ignored`, {
      title: 'Unmatched timings',
      file: s,
    });
  }
  const runner = resolveRunner(inputs, sources);
  const features = entries
    ? await readFileFeatures(
        universe.files.map((f) => f.file),
        cwd,
      )
    : undefined;
  const plan = planShards({
    universe,
    granularity: inputs.granularity,
    exactTestSelection: exactTestSelection(runner),
    ...(features ? { features } : {}),
    ...(shards.count !== undefined ? { shards: shards.count } : inputs.shards !== undefined ? { shards: inputs.shards } : {}),
    ...(inputs.targetSeconds !== undefined ? { targetSeconds: inputs.targetSeconds } : {}),
    overheadSeconds: inputs.shardOverheadSeconds,
    maxShards: inputs.maxShards,
  });
  return { plan, runner, timingsKey: restored.key, sources };
}
