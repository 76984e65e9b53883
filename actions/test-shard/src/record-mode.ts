import { join } from 'node:path';
import { mkdir, rm } from 'node:fs/promises';
import { expandGlobs, UserError, writeTextFile, type Ports } from '@slipway/core';
import {
  checkPlan,
  checkSummary,
  encodeStore,
  knownFlaky,
  overheadOfReports,
  readTimingFiles,
  recordRun,
  recordSummary,
  resolveRunner,
  type PlanCheck,
} from '@slipway/shard';
import { buildPlan, restoreTimings, type RunContext } from './build-plan.js';
import type { Inputs } from './inputs.js';
import { CACHE_DIR, CACHE_FILE, isCacheNetworkFailure, saveForbidden, saveKey } from './timing-cache.js';

/**
 * Record mode: fold the shards' reports into the smoothed timings, flag flaky tests, save for the
 * next plan; with `shard-count`, recompute the plan the shards ran and report predicted against
 * actual shard times.
 */
export async function recordMode(inputs: Inputs, ports: Ports, ctx: RunContext): Promise<void> {
  const cwd = join(ctx.github.workspace, inputs.workingDirectory);
  const paths = await expandGlobs(inputs.reports, cwd, { allowEmpty: true });
  if (paths.length === 0) {
    throw new UserError(
      `No report matches ${inputs.reports.map((r) => `'${r}'`).join(', ')} under ${inputs.workingDirectory}: there is nothing to record`,
      {
        hint: 'download the shards\u2019 report artifacts into the workspace before this step',
      },
    );
  }
  const { sources } = await readTimingFiles(paths, cwd);
  let check: PlanCheck | undefined;
  if (inputs.shardCount !== undefined) {
    // The plan the shards ran: the same inputs and the timings it was made from.
    const { plan } = await buildPlan(inputs, ctx, ports, {
      count: inputs.shardCount,
      ...(inputs.timingsKey ? { exactKey: inputs.timingsKey } : {}),
    });
    check = checkPlan(plan, sources, cwd);
  }
  const { store: previous } = await restoreTimings(inputs, ctx, ports);
  const runner = resolveRunner(inputs.runner, sources);
  const overhead = overheadOfReports(sources);
  const result = recordRun(previous, sources, {
    sha: ctx.github.sha,
    now: ports.clock.now().toISOString(),
    smoothing: inputs.smoothing,
    root: cwd,
    ...(runner ? { runner } : {}),
    ...(overhead ? { overhead } : {}),
  });
  if (result.reported === 0) throw new UserError(`The reports (${paths.join(', ')}) contain no test: there is nothing to record`);
  const text = encodeStore(result.store);
  const timingsFile = join(ctx.tempDir, 'slipway-test-shard-timings.json');
  await writeTextFile(timingsFile, text, { what: 'timings file' });

  let saved = 'The timings were not saved to the cache (cache: false).';
  const key = saveKey(inputs.cacheKey, ctx.github);
  const forbidden = saveForbidden(ctx.github);
  if (inputs.cache && forbidden) {
    saved = `The timings were not saved: ${forbidden}, and its timings must not reach the default branch.`;
    ports.log.notice(saved);
  } else if (inputs.cache && ctx.cache) {
    const dir = join(ctx.github.workspace, CACHE_DIR);
    await mkdir(dir, { recursive: true });
    await writeTextFile(join(dir, CACHE_FILE), text, { what: 'cached timings' });
    let ok: boolean;
    let failure: string | undefined;
    try {
      ok = await ctx.cache.save(CACHE_DIR, key);
    } catch (error) {
      if (!isCacheNetworkFailure(error)) throw error;
      ok = false;
      failure = error.message;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    if (failure) {
      saved = `The timings were not saved to the cache as ${key} (${failure}); the next plan uses the previous ones.`;
      ports.log.warning(saved);
    } else if (ok) {
      saved = `Saved to the cache as ${key}.`;
      ports.log.info(saved);
      ports.outputs.set('timings-key', key);
    } else {
      saved = `The cache did not accept the timings as ${key}; the next plan uses the previous ones.`;
      ports.log.warning(saved);
    }
  } else if (inputs.cache) {
    saved = 'The cache service is not available to this step, so the timings were not saved.';
    ports.log.warning(saved);
  }
  for (const f of result.flaky) ports.log.warning(`Flaky test ${f.id}: ${f.reason}`, { title: 'Flaky test' });
  ports.outputs.set('flaky-tests', result.flaky.map((f) => f.id).join('\n'));
  ports.outputs.set('flaky-count', result.flaky.length);
  ports.outputs.set('timings-file', timingsFile);
  ports.outputs.set('test-count', result.reported);
  if (check) {
    ports.outputs.set(
      'shard-times',
      JSON.stringify(check.shards.map((c) => ({ index: c.index, predictedSeconds: c.predictedSeconds, actualSeconds: c.actualSeconds }))),
    );
    ports.outputs.set('prediction-error', Number(check.meanAbsError.toFixed(4)));
    ports.log.info(
      `Longest shard predicted ${check.predictedMakespan.toFixed(1)} s, took ${check.actualMakespan.toFixed(1)} s; mean absolute error per shard ${(check.meanAbsError * 100).toFixed(1)}%`,
    );
  }
  const recent = knownFlaky(result.store).length;
  ports.log.info(
    `Recorded ${result.reported} tests from ${paths.length} report(s); ${result.flaky.length} flaky now, ${recent} flaky in the last 10 runs`,
  );
  await ports.summary.append(
    recordSummary({ ...result, runs: result.store.runs }, result.flaky, saved) + (check ? checkSummary(check) : ''),
  );
}
