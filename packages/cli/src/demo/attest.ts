import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { spawnCapture } from '@slipway/core';
import { buildClaimsFrom, createProvenance, type Subject } from '@slipway/supply-chain';
import { demoSigningMethod } from './demo-signing.js';
import type { DemoStage, StageResult } from './stage.js';

/** The commit the sample was built from, or a marker when the tree is not a git checkout. */
async function sourceCommit(dir: string): Promise<string> {
  const head = await spawnCapture('git', ['rev-parse', 'HEAD'], { cwd: dir }).catch(() => undefined);
  return head?.exitCode === 0 ? head.stdout.trim() : '0000000000000000000000000000000000000000';
}

/** Signed SLSA provenance for the packed artifact, as the slsa-provenance action writes it. */
export const attestStage: DemoStage = {
  name: 'attest',
  title: 'Attest the artifact (SLSA v1 provenance, signed)',
  run: async (ctx): Promise<StageResult> => {
    const artifact = ctx.shared.get('artifact.path');
    const sha256 = ctx.shared.get('artifact.sha256');
    if (!artifact || !sha256) return { ok: false, headline: 'no artifact: the build stage did not run or failed', outputs: {} };
    const subjects: Subject[] = [{ name: basename(artifact), digest: { sha256 } }];
    // A local run has no OIDC token: the context is this machine's, under a server name that is
    // plainly not GitHub's so nobody mistakes the builder for a hosted one.
    const claims = buildClaimsFrom(
      {
        repository: 'local/slipway-sample',
        repository_id: '0',
        repository_owner_id: '0',
        ref: 'refs/heads/main',
        sha: await sourceCommit(ctx.sampleDir),
        event_name: 'workflow_dispatch',
        workflow_ref: 'local/slipway-sample/.slipway/demo.yml@refs/heads/main',
        job_workflow_ref: 'local/slipway-sample/.slipway/demo.yml@refs/heads/main',
        run_id: String(ctx.clock.now().getTime()),
        run_attempt: '1',
        runner_environment: 'self-hosted',
      },
      'the local demo',
    );
    const { statement, bundle } = await createProvenance(subjects, claims, 'https://slipway.invalid', await demoSigningMethod(ctx));
    const dir = join(ctx.outDir, 'attest');
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${basename(artifact)}.provenance.sigstore.json`);
    await writeFile(path, bundle.text);
    ctx.shared.set('provenance.bundle', path);
    ctx.log(`builder ${statement.predicate.runDetails.builder.id}, commit ${claims.sha.slice(0, 12)}`);
    return { ok: true, headline: `SLSA provenance for ${basename(artifact)}, signed by ${bundle.signer}`, outputs: { provenance: path } };
  },
};
