import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  encodeStore,
  parseTimingText,
  planDocument,
  planShards,
  readFileFeatures,
  readTimingFiles,
  recordRun,
  timeUniverse,
  type TimingSource,
} from '@slipway/shard';
import type { DemoStage } from './stage.js';
import { runSampleTests, sampleTestFiles } from './sample-tests.js';

const s = (x: number): string => `${x.toFixed(2)} s`;

/** What jest --shard would give: files ordered by the sha1 of their path, contiguous slices of ceil(n / N). */
function hashSplitMakespan(items: readonly { id: string; micros: number }[], n: number): number {
  const hash = (p: string): string => createHash('sha1').update(p).digest('hex');
  const sorted = [...items].sort((a, b) => (hash(a.id) < hash(b.id) ? -1 : 1));
  const size = Math.ceil(sorted.length / n);
  let longest = 0;
  for (let i = 0; i < n; i++)
    longest = Math.max(
      longest,
      sorted.slice(i * size, (i + 1) * size).reduce((sum, x) => sum + x.micros, 0),
    );
  return longest / 1e6;
}

/** Plans the sample's tests into shards from the baseline's JUnit report, runs them in parallel and compares. */
export const shardStage: DemoStage = {
  name: 'shard',
  title: 'Timing-balanced test shards (test-shard)',
  run: async (ctx) => {
    const dir = join(ctx.outDir, 'shard');
    await mkdir(dir, { recursive: true });
    const files = await sampleTestFiles(ctx.sampleDir);
    const baselineJunit = ctx.shared.get('baseline.junit');
    const sources: TimingSource[] = [];
    if (baselineJunit) sources.push(parseTimingText(await readFile(baselineJunit, 'utf8'), baselineJunit));
    else ctx.log('no baseline report (stage skipped?): every file is estimated from its declared tests');
    // node --test runs each file in its own process: share the baseline's time outside the tests
    // (process start, module loading) out per file, so predictions compare with wall times.
    const baselineSeconds = Number(ctx.shared.get('baseline.seconds') ?? Number.NaN);
    const first = sources[0];
    if (first && Number.isFinite(baselineSeconds)) {
      const perFile = new Map<string, number>();
      for (const t of first.tests) perFile.set(t.file, (perFile.get(t.file) ?? 0) + t.seconds);
      const inTests = [...perFile.values()].reduce((a, b) => a + b, 0);
      const overhead = Math.max(0, baselineSeconds - inTests) / Math.max(1, perFile.size);
      sources.push({
        source: 'per-file overhead',
        format: 'knapsack',
        tests: [],
        files: new Map([...perFile].map(([f, x]) => [f, x + overhead])),
      });
      ctx.log(`baseline: ${inTests.toFixed(2)} s in tests, ${overhead.toFixed(2)} s per file outside them`);
    }
    const universe = timeUniverse({ entries: files, sources, root: ctx.sampleDir });
    if (universe.unmatchedSources.length > 0) {
      ctx.log(
        'the baseline report names none of the sample files (node --test writes file attributes from Node 22 on): estimating instead',
      );
    }
    // One shard per core (at most 4): more parallel processes than cores only queue.
    const shards = Math.max(2, Math.min(4, availableParallelism()));
    const plan = planShards({
      universe,
      granularity: 'file',
      exactTestSelection: false,
      shards,
      features: await readFileFeatures(files, ctx.sampleDir),
    });
    const planFile = join(dir, 'plan.json');
    await writeFile(planFile, `${JSON.stringify(planDocument(plan), null, 2)}\n`);
    ctx.log(`plan: ${plan.shardCount} shards, predicted longest ${s(plan.makespanSeconds)}, lower bound ${s(plan.lowerBoundSeconds)}`);
    ctx.log(
      `a split by path hash (jest --shard) of the same files: predicted longest ${s(
        hashSplitMakespan(
          plan.shards.flatMap((sh) => sh.items),
          plan.shardCount,
        ),
      )}`,
    );

    const started = performance.now();
    const runs = await Promise.all(
      plan.shards.map((sh) => runSampleTests(ctx.node, ctx.sampleDir, sh.tests, join(dir, `junit-${sh.index}.xml`))),
    );
    const wall = (performance.now() - started) / 1000;
    for (const [i, sh] of plan.shards.entries()) {
      const r = runs[i];
      ctx.log(
        `shard ${sh.index}: ${sh.tests.length} files, predicted ${s(sh.predictedSeconds)}, actual ${s(r?.seconds ?? 0)} (exit ${r?.exitCode ?? '?'})`,
      );
    }
    ctx.log(
      Number.isFinite(baselineSeconds)
        ? `parallel wall time ${s(wall)} vs sequential baseline ${s(baselineSeconds)} (speed-up ${(baselineSeconds / wall).toFixed(2)}x)`
        : `parallel wall time ${s(wall)}`,
    );

    // Record: fold the shards' reports into the timings the next plan starts from.
    const { sources: reports } = await readTimingFiles(
      plan.shards.map((sh) => `junit-${sh.index}.xml`),
      dir,
    );
    const recorded = recordRun(undefined, [...sources, ...reports], {
      sha: 'local',
      now: ctx.clock.now().toISOString(),
      smoothing: 0.3,
      root: ctx.sampleDir,
    });
    const timingsFile = join(dir, 'timings.json');
    await writeFile(timingsFile, encodeStore(recorded.store));

    const assigned = plan.shards.flatMap((sh) => sh.tests).sort();
    const exact = assigned.length === files.length && assigned.every((f, i) => f === files[i]);
    const ok = exact && runs.every((r) => r.exitCode === 0);
    ctx.shared.set('shard.plan', planFile);
    return {
      ok,
      headline: `${files.length} test files in ${plan.shardCount} parallel shards: ${s(wall)} wall (predicted longest ${s(plan.makespanSeconds)})${
        Number.isFinite(baselineSeconds) ? ` vs ${s(baselineSeconds)} sequential` : ''
      }${exact ? '' : '; the shards did not cover every file exactly once'}`,
      outputs: {
        'shard plan': planFile,
        'shard reports': join(dir, 'junit-<index>.xml'),
        'recorded timings': timingsFile,
      },
    };
  },
};
