import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { readTextFile } from '@slipway/core';
import { artifactFromBytes, decodePolicy, loadFileSubject, loadTrust, verifySubject, type SubjectReport } from '@slipway/verify';
import type { DemoContext, DemoStage, StageResult } from './stage.js';

// The demo signs offline with a key (no Rekor, no timestamp authority), so the local policy is key
// mode with no witnesses required, trusting the demo key by its fingerprint; the provenance must
// still be there and name the artifact.
const LOCAL_POLICY = { version: 1, 'require-provenance': true, 'tlog-entries': 0, timestamps: 0 };

function failedReasons(report: SubjectReport): string {
  return [...report.bundles.flatMap((b) => b.checks), ...report.checks]
    .filter((c) => c.status === 'failed')
    .map((c) => `${c.name}: ${c.detail}`)
    .join('; ');
}

async function publicKeyPem(value: string): Promise<string> {
  return value.includes('-----BEGIN') ? value : readTextFile(value, 'public key');
}

/** Verifies the signed sample artifact before copying it into a local deploy folder, and shows a tampered copy refused. */
export const verifyDeployStage: DemoStage = {
  name: 'verify-deploy',
  title: 'Verify signature and provenance, then deploy (and refuse a tampered copy)',
  run: async (ctx: DemoContext): Promise<StageResult> => {
    const wanted = ['artifact.path', 'artifact.bundle', 'provenance.bundle', 'signing.publicKey'];
    const missing = wanted.filter((k) => !ctx.shared.get(k));
    if (missing.length > 0) {
      return { ok: false, headline: `nothing to verify: the signing stages did not provide ${missing.join(', ')}`, outputs: {} };
    }
    const artifactPath = ctx.shared.get('artifact.path') ?? '';
    const bundles = [ctx.shared.get('artifact.bundle') ?? '', ctx.shared.get('provenance.bundle') ?? ''];
    const trust = loadTrust({
      kind: 'public-key',
      pem: await publicKeyPem(ctx.shared.get('signing.publicKey') ?? ''),
      source: 'the demo signing key',
    });
    const policy = decodePolicy({ ...LOCAL_POLICY, keys: trust.key ? [trust.key.fingerprint] : [] }, 'local demo policy');
    const dir = join(ctx.outDir, 'verify-deploy');
    const deployDir = join(dir, 'deploy');
    await mkdir(deployDir, { recursive: true });

    const subject = await loadFileSubject(artifactPath, bundles);
    const good = verifySubject(basename(artifactPath), subject.artifact, subject.bundles, policy, trust, ctx.clock.now());
    const passedChecks = good.bundles.reduce((n, b) => n + b.checks.filter((c) => c.status === 'passed').length, 0);
    ctx.log(`${good.verified ? 'verified' : 'REJECTED'} ${basename(artifactPath)} (${good.digest}): ${passedChecks} checks passed`);
    if (!good.verified) {
      ctx.log(`refused to deploy: ${failedReasons(good)}`);
      return { ok: false, headline: `the signed artifact did not verify: ${failedReasons(good)}`, outputs: {} };
    }
    const deployed = join(deployDir, basename(artifactPath));
    await copyFile(artifactPath, deployed);
    ctx.log(`deployed to ${deployed}`);

    // The same bundles against a copy with one byte changed: the gate must say no.
    const bytes = await readFile(artifactPath);
    bytes[0] = (bytes[0] ?? 0) ^ 0x20;
    const tamperedPath = join(dir, `tampered-${basename(artifactPath)}`);
    await writeFile(tamperedPath, bytes);
    const tampered = verifySubject(
      basename(tamperedPath),
      artifactFromBytes(bytes, basename(tamperedPath)),
      subject.bundles,
      policy,
      trust,
      ctx.clock.now(),
    );
    ctx.log(
      `${tampered.verified ? 'VERIFIED (wrong!)' : 'refused'} tampered copy (${tampered.digest}): ${failedReasons(tampered).slice(0, 160)}`,
    );
    return {
      ok: !tampered.verified,
      headline: tampered.verified
        ? 'a tampered copy passed verification'
        : `verified and deployed ${basename(artifactPath)}; a one-byte tampered copy was refused`,
      outputs: { deployed, 'tampered copy (refused)': tamperedPath },
    };
  },
};
