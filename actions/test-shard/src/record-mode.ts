import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError, type Ports } from '@slipway/core';
import { encodeStore, expandGlobs, knownFlaky, readTimingFiles, recordRun, recordSummary } from '@slipway/shard';
import { resolveRunner, restoreTimings, type RunContext } from './build-plan.js';
import type { Inputs } from './inputs.js';
import { CACHE_DIR, CACHE_FILE, saveForbidden, saveKey } from './timing-cache.js';

/** Record mode: fold the shards' reports into the smoothed timings, flag flaky tests, save for the next plan. */
export async function recordMode(inputs: Inputs, ports: Ports, ctx: RunContext): Promise<void> {
  const cwd = join(ctx.github.workspace, inputs.workingDirectory);
  const paths = await expandGlobs(inputs.reports, cwd);
  if (paths.length === 0) {
    throw new UserError(
      `No report matches ${inputs.reports.map((r) => `'${r}'`).join(', ')} under ${inputs.workingDirectory}: there is nothing to record`,
      {
        hint: 'download the shards\u2019 report artifacts into the workspace before this step',
      },
    );
  }
  const { sources } = await readTimingFiles(paths, cwd);
  const { store: previous } = await restoreTimings(inputs, ctx, ports);
  const runner = resolveRunner(inputs, sources);
  const result = recordRun(previous, sources, {
    sha: ctx.github.sha,
    now: ports.clock.now().toISOString(),
    smoothing: inputs.smoothing,
    root: cwd,
    ...(runner ? { runner } : {}),
  });
  if (result.reported === 0) throw new UserError(`The reports (${paths.join(', ')}) contain no test: there is nothing to record`);
  const text = encodeStore(result.store);
  const timingsFile = join(ctx.tempDir, 'slipway-test-shard-timings.json');
  await writeFile(timingsFile, text);

  let saved = 'The timings were not saved to the cache (cache: false).';
  const key = saveKey(inputs.cacheKey, ctx.github);
  const forbidden = saveForbidden(ctx.github);
  if (inputs.cache && forbidden) {
    saved = `The timings were not saved: ${forbidden}, and its timings must not reach the default branch.`;
    ports.log.notice(saved);
  } else if (inputs.cache && ctx.cache) {
    const dir = join(ctx.github.workspace, CACHE_DIR);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, CACHE_FILE), text);
    let ok: boolean;
    try {
      ok = await ctx.cache.save(CACHE_DIR, key);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    if (ok) {
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
  const recent = knownFlaky(result.store).length;
  ports.log.info(
    `Recorded ${result.reported} tests from ${paths.length} report(s); ${result.flaky.length} flaky now, ${recent} flaky in the last 10 runs`,
  );
  await ports.summary.append(recordSummary({ ...result, runs: result.store.runs }, result.flaky, saved));
}
