import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifySha256 } from '../src/checksum.js';
import { pinnedRelease } from '../src/scanner-release.js';
import { slaCacheKeys } from '../src/sla-store.js';

describe('checksum verification of a downloaded scanner', () => {
  it('accepts the pinned digest and refuses any other', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'slipway-sum-')), 'trivy.tar.gz');
    await writeFile(file, 'not really a tarball\n');
    // sha256 of the bytes above, computed with sha256sum.
    await expect(
      verifySha256(file, '029beaa519a0d478f100f5e687d0cbea2de009ed619664cccd02b10b832943dd', 'trivy.tar.gz'),
    ).resolves.toBeUndefined();
    await writeFile(file, 'not really a tarball!\n');
    await expect(verifySha256(file, '029beaa519a0d478f100f5e687d0cbea2de009ed619664cccd02b10b832943dd', 'trivy.tar.gz')).rejects.toThrow(
      /trivy\.tar\.gz: sha256 [0-9a-f]{64} does not match the pinned 029beaa5/,
    );
  });

  it('pins the Linux archives of both scanners', () => {
    expect(pinnedRelease('trivy', '0.62.1', 'x64')).toEqual({
      tool: 'trivy',
      version: '0.62.1',
      url: 'https://github.com/aquasecurity/trivy/releases/download/v0.62.1/trivy_0.62.1_Linux-64bit.tar.gz',
      sha256: '7da92b2ca503d08eb15e717585fa4ffb95ef2c5dc4c554204882d7d26d386a6a',
    });
    expect(pinnedRelease('grype', '0.92.2', 'arm64')?.url).toBe(
      'https://github.com/anchore/grype/releases/download/v0.92.2/grype_0.92.2_linux_arm64.tar.gz',
    );
    expect(pinnedRelease('trivy', '0.50.0', 'x64')).toBeUndefined();
  });

  it('keys SLA state per repository and image repository, one entry per run', () => {
    const a = slaCacheKeys('acme/app', 'ghcr.io/acme/app:1.0', '100', '1');
    const b = slaCacheKeys('acme/app', 'ghcr.io/acme/app:2.0@sha256:ab', '101', '1');
    expect(a.prefix).toBe(b.prefix);
    expect(a.key).not.toBe(b.key);
    expect(a.path).toBe(b.path);
    expect(slaCacheKeys('acme/other', 'ghcr.io/acme/app:1.0', '100', '1').prefix).not.toBe(a.prefix);
  });
});
