import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { signBlob } from '@slipway/supply-chain';
import { demoSigningMethod } from './demo-signing.js';
import type { DemoStage, StageResult } from './stage.js';

/** A Sigstore signature bundle for the artifact, as the cosign-sign action writes it. */
export const signStage: DemoStage = {
  name: 'sign',
  title: 'Sign the artifact (Sigstore bundle)',
  run: async (ctx): Promise<StageResult> => {
    const artifact = ctx.shared.get('artifact.path');
    if (!artifact) return { ok: false, headline: 'no artifact: the build stage did not run or failed', outputs: {} };
    const method = await demoSigningMethod(ctx);
    const bundle = await signBlob(await readFile(artifact), method);
    const dir = join(ctx.outDir, 'sign');
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${basename(artifact)}.sigstore.json`);
    await writeFile(path, bundle.text);
    ctx.shared.set('artifact.bundle', path);
    return {
      ok: true,
      headline: `signed ${basename(artifact)} with the demo key (${bundle.signer})`,
      outputs: { bundle: path, 'public key': ctx.shared.get('signing.publicKey') ?? '' },
    };
  },
};
