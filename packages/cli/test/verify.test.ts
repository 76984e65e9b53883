import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { makeSignedMaterial, type SignedMaterial } from '../../verify/test/signed-material.js';
import { startTufRepo } from '../../verify/test/tuf-repo.js';
import { EXIT, main } from '../src/index.js';
import { captureIO } from './cli-io.js';

let m: SignedMaterial;
let dir: string;

beforeAll(async () => {
  m = await makeSignedMaterial();
  dir = await mkdtemp(join(tmpdir(), 'slipway-verify-cli-'));
  await Promise.all([
    writeFile(join(dir, 'app.js'), 'console.log("sample artifact");\n'),
    writeFile(join(dir, 'app.js.sigstore.json'), JSON.stringify(m.signature)),
    writeFile(join(dir, 'provenance.sigstore.json'), JSON.stringify(m.provenance)),
    writeFile(join(dir, 'forged.sigstore.json'), JSON.stringify(m.forgedBuilder)),
    writeFile(join(dir, 'trusted_root.json'), JSON.stringify(m.mock.trustedRoot)),
    writeFile(join(dir, 'cosign.pub'), m.publicKeyPem),
    writeFile(join(dir, 'key.sigstore.json'), JSON.stringify(m.keySigned)),
    writeFile(
      join(dir, 'policy.yml'),
      [
        'identities: [https://github.com/octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main]',
        'issuers: [https://token.actions.githubusercontent.com]',
        'refs: [refs/heads/main]',
      ].join('\n'),
    ),
    writeFile(join(dir, 'key-policy.yml'), `require-provenance: false\ntimestamps: 0\nkeys: [${m.keyFingerprint}]\n`),
    writeFile(
      join(dir, 'keyless-policy.yml'),
      'identities: [https://github.com/octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main]\nrequire-provenance: false\ntimestamps: 0\n',
    ),
    writeFile(join(dir, 'typo.yml'), 'identitees: [x]\n'),
  ]);
}, 60_000);
afterAll(async () => {
  await m.mock.stop();
});

const run = async (args: string[]): Promise<{ code: number; out: string; err: string }> => {
  const io = captureIO(dir);
  const code = await main(['verify', ...args], io);
  return { code, out: io.out(), err: io.err() };
};
const subject = ['--artifact', 'app.js', '--bundle', 'app.js.sigstore.json', '--bundle', 'provenance.sigstore.json'];
const files = [...subject, '--trusted-root', 'trusted_root.json'];

describe('slipway verify', () => {
  it('prints each check and exits 0 when verified', async () => {
    const r = await run([...files, '--policy', 'policy.yml']);
    expect(r).toMatchObject({ code: EXIT.ok, err: '' });
    expect(r.out).toMatch(/^VERIFIED app.js \(sha256:[0-9a-f]{64}\)/);
    expect(r.out).toContain('ok   builder ID: https://github.com/octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main');
    expect(r.out).toContain('ok   provenance: https://slsa.dev/provenance/v1 from provenance.sigstore.json');
  });

  it('prints JSON with --json', async () => {
    const r = await run([...files, '--policy', 'policy.yml', '--json']);
    const report = JSON.parse(r.out) as { verified: boolean; bundles: unknown[] };
    expect(report.verified).toBe(true);
    expect(report.bundles).toHaveLength(2);
  });

  it('exits 1 naming the failed check when the provenance names another builder', async () => {
    const r = await run([
      '--artifact',
      'app.js',
      '--bundle',
      'forged.sigstore.json',
      '--trusted-root',
      'trusted_root.json',
      '--policy',
      'policy.yml',
    ]);
    expect(r.code).toBe(EXIT.rejected);
    expect(r.out).toMatch(/^REJECTED app.js/);
    expect(r.out).toContain('FAIL builder ID: provenance says');
  });

  it('verifies in key mode with --key', async () => {
    const r = await run([
      '--artifact',
      'app.js',
      '--bundle',
      'key.sigstore.json',
      '--key',
      'cosign.pub',
      '--trusted-root',
      'trusted_root.json',
      '--policy',
      'key-policy.yml',
    ]);
    expect(r.code).toBe(EXIT.ok);
  });

  it('exits 1 with KEY_NOT_TRUSTED in --json when the policy lists no keys (a key is not a usage error)', async () => {
    const r = await run([
      '--artifact',
      'app.js',
      '--bundle',
      'key.sigstore.json',
      '--key',
      'cosign.pub',
      '--trusted-root',
      'trusted_root.json',
      '--policy',
      'keyless-policy.yml',
      '--json',
    ]);
    expect(r.code).toBe(EXIT.rejected);
    const report = JSON.parse(r.out) as { errorCode: string; bundles: { checks: { name: string; code?: string }[] }[] };
    expect(report.errorCode).toBe('KEY_NOT_TRUSTED');
    expect(report.bundles[0]?.checks.find((c) => c.name === 'signing key')?.code).toBe('KEY_NOT_TRUSTED');
  });

  it.each<[string, string[], string]>([
    ['no policy', ['--artifact', 'app.js', '--bundle', 'x'], '--policy is required'],
    ['artifact and image', [...files, '--image', 'x@sha256:1', '--policy', 'policy.yml'], 'exactly one of --artifact or --image'],
    ['no bundle', ['--artifact', 'app.js', '--policy', 'policy.yml'], '--bundle is required with --artifact'],
    ['a missing bundle', ['--artifact', 'app.js', '--bundle', 'nope.json', '--policy', 'policy.yml'], 'Cannot read bundle'],
    ['a policy typo', [...files, '--policy', 'typo.yml'], 'identitees: unknown field'],
    ['an image by tag', ['--image', '127.0.0.1:5000/app:v1', '--policy', 'policy.yml'], 'has no digest'],
  ])('exits 2 on %s', async (_what, args, message) => {
    const r = await run(args);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain(message);
  });
});

describe('slipway verify --tuf-cache', () => {
  it('gets the trusted root through TUF from the mirror into the cache', async () => {
    const repo = await startTufRepo(JSON.stringify(m.mock.trustedRoot), dir);
    try {
      // A mirror other than public-good starts from its own root.json, seeded into the cache folder.
      const cache = join(dir, 'tuf');
      const seeded = join(cache, encodeURIComponent(new URL(repo.url).host));
      await mkdir(seeded, { recursive: true });
      await copyFile(repo.rootPath, join(seeded, 'root.json'));
      const r = await run([...subject, '--policy', 'policy.yml', '--tuf-cache', 'tuf', '--tuf-mirror', repo.url]);
      expect(r).toMatchObject({ code: EXIT.ok, err: '' });
      expect(repo.requests).toContain('/timestamp.json');
    } finally {
      await repo.stop();
    }
  });

  it('starts the cache of another mirror from --tuf-root, and then works from the cache alone', async () => {
    const repo = await startTufRepo(JSON.stringify(m.mock.trustedRoot), dir);
    try {
      await copyFile(repo.rootPath, join(dir, 'mirror-root.json'));
      const args = [...subject, '--policy', 'policy.yml', '--tuf-cache', 'tuf-rooted', '--tuf-mirror', repo.url];
      const r = await run([...args, '--tuf-root', 'mirror-root.json']);
      expect(r).toMatchObject({ code: EXIT.ok, err: '' });
      expect(repo.requests).toContain('/timestamp.json');
      // The next run needs no --tuf-root: the cache holds the mirror's root now.
      expect(await run(args)).toMatchObject({ code: EXIT.ok, err: '' });
    } finally {
      await repo.stop();
    }
  });

  it('refuses a mirror that is not public-good with an empty cache and no --tuf-root, naming the flag', async () => {
    const repo = await startTufRepo(JSON.stringify(m.mock.trustedRoot), dir);
    try {
      const r = await run([...subject, '--policy', 'policy.yml', '--tuf-cache', 'tuf-empty', '--tuf-mirror', repo.url]);
      expect(r.code).toBe(EXIT.usage);
      expect(r.err).toContain(`The TUF repository ${repo.url} is not public-good`);
      expect(r.err).toContain('--tuf-root');
      expect(repo.requests).toEqual([]);
    } finally {
      await repo.stop();
    }
  });

  it("refuses a mirror whose metadata is not signed by the --tuf-root given (a look-alike repository's root)", async () => {
    await Promise.all(['real-repo', 'other-repo'].map((d) => mkdir(join(dir, d), { recursive: true })));
    const real = await startTufRepo(JSON.stringify(m.mock.trustedRoot), join(dir, 'real-repo'));
    // A second repository serves the same trusted root under keys of its own: the attacker's mirror.
    const other = await startTufRepo(JSON.stringify(m.mock.trustedRoot), join(dir, 'other-repo'));
    try {
      await copyFile(real.rootPath, join(dir, 'real-root.json'));
      const r = await run([
        ...subject,
        ...['--policy', 'policy.yml', '--tuf-cache', 'tuf-spoofed', '--tuf-mirror', other.url, '--tuf-root', 'real-root.json'],
      ]);
      expect(r.code).not.toBe(EXIT.ok);
      expect(r.out).not.toContain('VERIFIED');
      expect(r.err).toContain(`Cannot get the Sigstore trusted root from the TUF repository ${other.url}`);
      expect(r.err).toMatch(/signed by 0\/1 keys/);
    } finally {
      await Promise.all([real.stop(), other.stop()]);
    }
  });

  it.each([
    ['a --tuf-root that is not a TUF root', '{"signed": {"_type": "targets"}, "signatures": []}', 'signed._type'],
    ['a --tuf-root that is not JSON', 'root: yes\n', 'is not valid JSON'],
  ])('exits 2 on %s, naming the file', async (_what, text, message) => {
    await writeFile(join(dir, 'bad-root.json'), text);
    const r = await run([
      ...subject,
      '--policy',
      'policy.yml',
      '--tuf-cache',
      'tuf-bad',
      '--tuf-mirror',
      'http://127.0.0.1:9',
      '--tuf-root',
      'bad-root.json',
    ]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('bad-root.json');
    expect(r.err).toContain(message);
  });

  it.each(['--tuf-mirror', '--tuf-root'])('exits 2 on %s without --tuf-cache', async (flag) => {
    const r = await run([...files, '--policy', 'policy.yml', flag, 'x']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain(`${flag} goes with --tuf-cache DIR`);
  });
});
