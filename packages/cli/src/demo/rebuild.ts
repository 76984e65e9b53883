import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { spawnCapture } from '@slipway/core';
import { checkReproducible, DEFAULT_VERIFIER_ID, parseVary, probeCapabilities } from '@slipway/rebuild';
import { VERSION } from '../version.js';
import { demoSigningMethod } from './demo-signing.js';
import type { DemoStage, StageResult } from './stage.js';

const exec = { run: (c: string, a: string[], o?: Parameters<typeof spawnCapture>[2]) => spawnCapture(c, a, o) };

/** Rebuilds the sample's `npm pack` twice from the commit under varied conditions, and signs the verdict. */
export const rebuildStage: DemoStage = {
  name: 'rebuild',
  title: 'Rebuild the sample twice from the commit and compare (reproducible, hermetic)',
  run: async (ctx): Promise<StageResult> => {
    const identity = { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 };
    // Hermetic where this machine can isolate a build (root or sudo); elsewhere reproducibility alone.
    const caps = await probeCapabilities(exec, identity);
    const network = caps.namespaces === 'none' ? 'allow' : 'deny';
    const dir = join(ctx.outDir, 'rebuild');
    const bundlePath = join(ctx.outDir, 'rebuild.sigstore.json');
    const check = await checkReproducible(
      {
        command: 'npm pack --silent',
        outputs: ['*.tgz'],
        runs: 2,
        network,
        vary: parseVary('all'),
        cwd: ctx.sampleDir,
        scratchDir: tmpdir(),
        reportDir: dir,
        diffoscope: true,
        baseEnv: process.env,
        identity,
      },
      {
        path: bundlePath,
        method: await demoSigningMethod(ctx),
        verifierId: DEFAULT_VERIFIER_ID,
        verifierVersion: VERSION,
        repositoryUrl: undefined,
      },
      { exec, clock: ctx.clock, log: ctx.log, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
    );
    const { result } = check;
    for (const o of result.outputs)
      ctx.log(`${o.name}: ${o.digests.map((d) => d.slice(0, 16)).join(' / ')} ${o.reproducible ? 'identical' : 'DIFFER'}`);
    for (const c of result.outputs.flatMap((o) => o.difference?.causes ?? [])) ctx.log(`likely cause: ${c.title} (${c.evidence})`);
    ctx.log(`hermetic: ${result.hermetic} - ${result.hermeticReason}`);
    const built = ctx.shared.get('artifact.sha256');
    const rebuilt = result.outputs.find((o) => o.name === basename(ctx.shared.get('artifact.path') ?? ''));
    if (built && rebuilt) {
      ctx.log(
        rebuilt.digests[0] === built
          ? "the rebuild equals the build stage's artifact"
          : 'the build stage packed the working tree, which differs from the commit',
      );
    }
    if (check.attestation) {
      ctx.shared.set('rebuild.bundle', check.attestation.path);
      ctx.log(
        `verdict ${check.attestation.statement.predicate.verificationResult} ${check.attestation.statement.predicate.verifiedLevels.join(', ')}, signed by ${check.attestation.bundle.signer}`,
      );
    }
    return {
      ok: result.exitCode === 0,
      headline: result.headline,
      outputs: { report: dir, ...(check.attestation ? { 'verification summary': check.attestation.path } : {}) },
    };
  },
};
