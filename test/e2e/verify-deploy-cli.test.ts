import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnCapture } from '@slipway/core';
import { repoRoot } from '../harness/index.js';

// A few sigstore-conformance cases through the committed CLI bundle, exactly as the conformance
// harness would call it (the whole set runs in-process in packages/cli/test/conformance.test.ts).
const cli = join(repoRoot, 'packages/cli/dist/index.js');
const cases = join(repoRoot, 'test/fixtures/conformance');
const BEACON =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const ISSUER = 'https://token.actions.githubusercontent.com';
const aTxt = join(cases, 'a.txt');
const digest = `sha256:${createHash('sha256').update(readFileSync(aTxt)).digest('hex')}`;

const verifyBundle = (name: string, artifact: string, auth: string[], extra: string[] = []) =>
  spawnCapture(
    process.execPath,
    [cli, 'conformance', 'verify-bundle', '--bundle', join(cases, name, 'bundle.sigstore.json'), ...auth, ...extra, artifact],
    {
      cwd: repoRoot,
    },
  );
const identity = ['--certificate-identity', BEACON, '--certificate-oidc-issuer', ISSUER];

describe('slipway conformance verify-bundle (bundled CLI)', () => {
  it.each([
    ['happy-path-v0.3', aTxt],
    ['happy-path-v0.3', digest],
    ['happy-path-intoto-in-dsse-v3', digest],
  ])('verifies %s with %s', async (name, artifact) => {
    const r = await verifyBundle(name, artifact, identity);
    expect({ code: r.exitCode, out: r.stdout }).toEqual({ code: 0, out: 'OK\n' });
  });

  it('verifies a Rekor v2 bundle with its own trusted root, and a managed-key bundle with its key', async () => {
    const rekor2 = await verifyBundle('rekor2-happy-path', digest, identity, [
      '--trusted-root',
      join(cases, 'rekor2-happy-path', 'trusted_root.json'),
    ]);
    expect(rekor2.exitCode).toBe(0);
    const key = await verifyBundle('managed-key-happy-path', aTxt, ['--key', join(cases, 'managed-key-happy-path', 'key.pub')]);
    expect(key.exitCode).toBe(0);
  });

  it.each(['signature-mismatch_fail', 'message-digest-mismatch_fail', 'bundle-unknown-version_fail'])('rejects %s', async (name) => {
    const r = await verifyBundle(name, digest, identity);
    expect(r.exitCode).not.toBe(0);
    expect(r.stdout + r.stderr).toMatch(/REJECTED|slipway: /);
  });
});
