import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { generateKeyPairSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { fixedClock } from '@slipway/core';
import { createProvenance, keySigner, signBlob } from '@slipway/supply-chain';
import { artifactFromBytes } from '@slipway/verify';
import type { DemoContext } from '../src/demo/stage.js';
import { verifyDeployStage } from '../src/demo/verify-deploy.js';

const claims = {
  repository: 'local/slipway-sample',
  repository_id: '1',
  repository_owner_id: '1',
  ref: 'refs/heads/main',
  sha: 'c7c683e2c732a8b1d0e4f5a6b7c8d9e0f1a2b3c4',
  event_name: 'push',
  workflow_ref: 'local/slipway-sample/.slipway/demo.yml@refs/heads/main',
  job_workflow_ref: 'local/slipway-sample/.slipway/demo.yml@refs/heads/main',
  run_id: '1',
  run_attempt: '1',
  runner_environment: 'self-hosted',
};

async function context(signed: boolean): Promise<{ ctx: DemoContext; lines: string[] }> {
  const outDir = await mkdtemp(join(tmpdir(), 'verify-stage-'));
  const lines: string[] = [];
  const shared = new Map<string, string>();
  if (signed) {
    const artifact = join(outDir, 'app-1.0.0.tgz');
    const bytes = Buffer.from('pretend package\n');
    await writeFile(artifact, bytes);
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const method = { mode: 'key' as const, key: keySigner(pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()) };
    const subject = [{ name: 'app-1.0.0.tgz', digest: { sha256: artifactFromBytes(bytes, 'a').sha256 } }];
    const [sig, { bundle: prov }] = await Promise.all([
      signBlob(bytes, method),
      createProvenance(subject, claims, 'https://slipway.invalid', method),
    ]);
    await writeFile(join(outDir, 'sig.json'), sig.text);
    await writeFile(join(outDir, 'prov.json'), prov.text);
    await writeFile(join(outDir, 'key.pub'), pair.publicKey.export({ format: 'pem', type: 'spki' }).toString());
    shared
      .set('artifact.path', artifact)
      .set('artifact.bundle', join(outDir, 'sig.json'))
      .set('provenance.bundle', join(outDir, 'prov.json'));
    shared.set('signing.publicKey', join(outDir, 'key.pub'));
  }
  const ctx: DemoContext = {
    sampleDir: outDir,
    outDir,
    node: process.execPath,
    log: (l) => void lines.push(l),
    clock: fixedClock('2026-01-01T00:00:00Z'),
    shared,
  };
  return { ctx, lines };
}

describe('demo stage verify-deploy', () => {
  it('verifies the signed artifact, deploys it, and refuses a tampered copy', async () => {
    const { ctx, lines } = await context(true);
    const result = await verifyDeployStage.run(ctx);
    expect(result.ok).toBe(true);
    expect(result.headline).toBe('verified and deployed app-1.0.0.tgz; a one-byte tampered copy was refused');
    expect(await readFile(result.outputs['deployed'] ?? '', 'utf8')).toBe('pretend package\n');
    expect(lines.some((l) => l.startsWith('refused tampered copy') && l.includes('artifact digest'))).toBe(true);
  });

  it('deploys nothing when the artifact does not match its bundles', async () => {
    const { ctx } = await context(true);
    await writeFile(ctx.shared.get('artifact.path') ?? '', 'swapped after signing\n');
    const result = await verifyDeployStage.run(ctx);
    expect(result.ok).toBe(false);
    expect(result.headline).toContain('the signed artifact did not verify');
    expect(existsSync(join(ctx.outDir, 'verify-deploy', 'deploy', 'app-1.0.0.tgz'))).toBe(false);
  });

  it('fails when the signing stages did not run', async () => {
    const { ctx } = await context(false);
    const result = await verifyDeployStage.run(ctx);
    expect(result).toMatchObject({ ok: false, headline: expect.stringContaining('artifact.path, artifact.bundle') as unknown });
  });
});
