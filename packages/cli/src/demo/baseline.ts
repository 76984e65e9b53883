import { join } from 'node:path';
import type { DemoStage } from './stage.js';
import { runSampleTests, sampleTestFiles } from './sample-tests.js';

/** Runs the sample's whole test suite in one process: the sequential pipeline users start from. */
export const baselineStage: DemoStage = {
  name: 'baseline',
  title: 'Sequential test run (the starting point)',
  run: async (ctx) => {
    const files = await sampleTestFiles(ctx.sampleDir);
    const junit = join(ctx.outDir, 'baseline', 'junit.xml');
    const result = await runSampleTests(ctx.node, ctx.sampleDir, files, junit);
    ctx.shared.set('baseline.seconds', result.seconds.toFixed(2));
    ctx.shared.set('baseline.junit', junit);
    return {
      ok: result.exitCode === 0,
      headline: `${files.length} test files in one process: ${result.seconds.toFixed(1)} s, exit ${result.exitCode}`,
      outputs: { 'JUnit report': junit },
    };
  },
};
