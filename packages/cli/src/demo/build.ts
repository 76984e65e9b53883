import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { digestFile, spawnCapture } from '@slipway/core';
import type { DemoStage, StageResult } from './stage.js';

/** Packs the sample library with `npm pack`: the artifact the later stages attest, sign and verify. */
export const buildStage: DemoStage = {
  name: 'build',
  title: 'Build the sample artifact (npm pack)',
  run: async (ctx): Promise<StageResult> => {
    const dir = join(ctx.outDir, 'build');
    await mkdir(dir, { recursive: true });
    const packed = await spawnCapture('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ctx.sampleDir }).catch(
      (error: unknown) => ({
        exitCode: 127,
        stdout: '',
        stderr: `cannot run npm: ${error instanceof Error ? error.message : String(error)}`,
      }),
    );
    if (packed.exitCode !== 0)
      return { ok: false, headline: `npm pack failed: ${packed.stderr.trim().split('\n').pop() ?? ''}`, outputs: {} };
    let filename: unknown;
    try {
      filename = (JSON.parse(packed.stdout) as { filename?: unknown }[])[0]?.filename;
    } catch {
      filename = undefined;
    }
    if (typeof filename !== 'string') return { ok: false, headline: 'npm pack did not say which file it wrote', outputs: {} };
    const artifact = join(dir, filename);
    const digest = await digestFile(artifact);
    ctx.shared.set('artifact.path', artifact);
    ctx.shared.set('artifact.sha256', digest);
    ctx.log(`${filename}: sha256 ${digest}`);
    return { ok: true, headline: `packed ${filename}`, outputs: { artifact } };
  },
};
