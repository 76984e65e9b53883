import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describeFailure, isUserError, prepareOwnedDir, systemClock, UserError } from '@slipway/core';
import { EXIT, leaf } from '../command.js';
import type { DemoStage, DemoContext, StageResult } from '../demo/stage.js';
import { stages } from '../demo/stages.js';
import { SUMMARIES } from './summaries.js';

const SAMPLE_HINT = 'run from the repository root or pass --sample DIR (a Node project with package.json and test/*.test.js)';

/** Refuses a sample folder the stages cannot run on, naming what is missing, before anything is written. */
async function checkSample(sampleDir: string): Promise<void> {
  const info = await stat(sampleDir).catch(() => undefined);
  if (!info) throw new UserError(`The sample project ${sampleDir} does not exist`, { hint: SAMPLE_HINT });
  if (!info.isDirectory()) throw new UserError(`The sample project ${sampleDir} is a file, not a folder`, { hint: SAMPLE_HINT });
  if (!(await stat(join(sampleDir, 'package.json')).catch(() => undefined))?.isFile()) {
    throw new UserError(`The sample project ${sampleDir} has no package.json`, { hint: SAMPLE_HINT });
  }
  const tests = await readdir(join(sampleDir, 'test')).catch(() => [] as string[]);
  if (!tests.some((n) => n.endsWith('.test.js'))) {
    throw new UserError(`The sample project ${sampleDir} has no test files (test/*.test.js)`, { hint: SAMPLE_HINT });
  }
}

/** Runs one stage; a stage that throws fails with its message (a bug also with the please-report line and its stack). */
export async function runStage(stage: DemoStage, ctx: DemoContext, stderr: (text: string) => void): Promise<StageResult> {
  try {
    return await stage.run(ctx);
  } catch (error: unknown) {
    if (!isUserError(error)) stderr(`slipway: stage ${stage.name}: ${describeFailure(error)}\n`);
    const message = isUserError(error) ? error.message : 'an unexpected error (reported above)';
    return { ok: false, headline: message, outputs: {} };
  }
}

/** `slipway demo`: the whole Slipway pipeline on the sample project, on this machine only. */
export const demoCommand = leaf({
  name: 'demo',
  summary: SUMMARIES['demo'],
  usage: 'demo [--sample DIR] [--out DIR] [--only STAGE]...',
  options: {
    sample: { type: 'string', value: 'DIR', description: 'the sample project (default: ./sample)' },
    out: { type: 'string', value: 'DIR', description: 'where outputs go (default: ./.slipway/demo)' },
    only: {
      type: 'string',
      multiple: true,
      value: 'STAGE',
      description: `run only these stages (${stages.map((s) => s.name).join(', ')})`,
    },
  },
  details: 'Exit codes: 0 every stage did what it should, 1 a stage failed, 2 bad usage.',
  run: async ({ values }, io) => {
    const sampleDir = resolve(io.cwd, values.sample ?? 'sample');
    const outDir = resolve(io.cwd, values.out ?? '.slipway/demo');
    await checkSample(sampleDir);
    const unknown = (values.only ?? []).filter((n) => !stages.some((s) => s.name === n));
    if (unknown.length > 0) throw new UserError(`Unknown stage ${unknown.join(', ')}; stages are ${stages.map((s) => s.name).join(', ')}`);
    // Only a folder this command made (it holds the marker) is ever emptied; the sample and the
    // working folder are never touched, whatever --out says.
    await prepareOwnedDir(outDir, { what: 'the demo output folder', protect: [sampleDir, io.cwd] });
    const ctx = {
      sampleDir,
      outDir,
      node: process.execPath,
      log: (l: string) => io.stdout(`    ${l}\n`),
      clock: systemClock,
      shared: new Map<string, string>(),
    };
    const selected = stages.filter((s) => !values.only || values.only.includes(s.name));
    let failed = 0;
    io.stdout(`Slipway local pipeline on ${sampleDir}\n\n`);
    for (const [i, stage] of selected.entries()) {
      io.stdout(`[${i + 1}/${selected.length}] ${stage.title}\n`);
      const started = performance.now();
      const result = await runStage(stage, ctx, io.stderr);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      // Each stage's timing, for the metrics stage that records this run and renders the dashboard.
      ctx.shared.set(
        `timing.${stage.name}`,
        JSON.stringify({ end: Date.now() / 1000, seconds: (performance.now() - started) / 1000, ok: result.ok }),
      );
      io.stdout(`    ${result.ok ? 'ok' : 'FAILED'}: ${result.headline} (${seconds} s)\n`);
      for (const [what, where] of Object.entries(result.outputs)) io.stdout(`    ${what}: ${where}\n`);
      io.stdout('\n');
      if (!result.ok) failed += 1;
    }
    io.stdout(
      failed === 0
        ? `All ${selected.length} stages passed. Outputs are in ${outDir}\n`
        : `${failed} stage(s) failed. Outputs are in ${outDir}\n`,
    );
    return failed === 0 ? EXIT.ok : EXIT.rejected;
  },
});
