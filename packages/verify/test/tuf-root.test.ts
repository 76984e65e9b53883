import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { UserError } from '@slipway/core';
import { artifactFromBytes, parseBundle, tufTrust, verifySignature } from '../src/index.js';
import { startMidBodyStallServer, startSilentServer } from '../../../test/services/stall-server.js';
import { startTufRepo } from './tuf-repo.js';

const conformance = fileURLToPath(new URL('../../../test/fixtures/conformance/', import.meta.url));

describe('the trusted root through TUF', () => {
  it('fetches it from the mirror once, then works offline from the cache, and the root verifies real bundles', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tuf-cache-'));
    const repo = await startTufRepo(await readFile(join(conformance, 'production-trusted_root.json'), 'utf8'), dir);
    const options = { cacheDir: join(dir, 'cache'), mirrorUrl: repo.url, rootPath: repo.rootPath };
    const online = await tufTrust(options);
    expect(repo.requests).toEqual(expect.arrayContaining(['/timestamp.json', '/1.snapshot.json', '/1.targets.json']));
    const served = repo.requests.length;
    await repo.stop();

    const offline = await tufTrust(options);
    expect(repo.requests).toHaveLength(served);
    expect(offline.label).toBe(`Sigstore trusted root from TUF ${repo.url}`);
    const bundle = parseBundle(await readFile(join(conformance, 'happy-path-v0.3', 'bundle.sigstore.json'), 'utf8'), 'happy-path-v0.3');
    const artifact = artifactFromBytes(await readFile(join(conformance, 'a.txt')), 'a.txt');
    for (const trust of [online, offline]) {
      const result = verifySignature(bundle, artifact, trust, { tlogEntries: 1, timestamps: 1 });
      expect(result.checks.filter((c) => c.status === 'failed')).toEqual([]);
      expect(result.signer?.identity?.subjectAlternativeName).toBe(
        'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main',
      );
    }
  });

  it('fails closed, naming the mirror, when an empty cache cannot reach it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tuf-cache-'));
    const repo = await startTufRepo('{}', dir);
    await repo.stop();
    const attempt = tufTrust({ cacheDir: join(dir, 'cache'), mirrorUrl: repo.url, rootPath: repo.rootPath });
    await expect(attempt).rejects.toThrow(UserError);
    await expect(attempt).rejects.toThrow(`Cannot get the Sigstore trusted root from the TUF repository ${repo.url}`);
  });

  it.each([
    ['accepts and never answers', startSilentServer],
    ['stops in the middle of a body', startMidBodyStallServer],
  ])('ends as a NETWORK_TIMEOUT naming a mirror that %s, within the lowered deadline', async (_, start) => {
    const dir = await mkdtemp(join(tmpdir(), 'tuf-cache-'));
    const repo = await startTufRepo('{}', dir);
    await repo.stop();
    const peer = await start();
    const before = process.env['SLIPWAY_NETWORK_TIMEOUT'];
    process.env['SLIPWAY_NETWORK_TIMEOUT'] = '0.2';
    try {
      const error = await tufTrust({ cacheDir: join(dir, 'cache'), mirrorUrl: peer.url, rootPath: repo.rootPath }).catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'NETWORK_TIMEOUT',
        message: `Cannot get the Sigstore trusted root from the TUF repository ${peer.url}: the mirror did not answer within 0.2 s (${peer.url}/)`,
      });
      expect(peer.connections()).toBeGreaterThan(1);
    } finally {
      if (before === undefined) delete process.env['SLIPWAY_NETWORK_TIMEOUT'];
      else process.env['SLIPWAY_NETWORK_TIMEOUT'] = before;
      await peer.close();
    }
  });
});
