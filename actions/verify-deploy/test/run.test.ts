import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PolicyError, readerFrom, UserError } from '@slipway/core';
import { recordingPorts } from '@slipway/core/testing';
import { makeSignedMaterial, type SignedMaterial } from '../../../packages/verify/test/signed-material.js';
import { startTufRepo } from '../../../packages/verify/test/tuf-repo.js';
import { parseInputs } from '../src/inputs.js';
import { run } from '../src/run.js';

const conformance = fileURLToPath(new URL('../../../test/fixtures/conformance/', import.meta.url));
let m: SignedMaterial;
let dir: string;

const POLICY = `version: 1
identities:
  - pattern: https://github.com/octo-org/octo-repo/.github/workflows/*.yml@refs/heads/main
issuers: [https://token.actions.githubusercontent.com]
builder-ids: [https://github.com/octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main]
source-repositories: [https://github.com/octo-org/octo-repo]
refs: [refs/heads/main]
`;

beforeAll(async () => {
  m = await makeSignedMaterial();
  dir = await mkdtemp(join(tmpdir(), 'verify-deploy-run-'));
  await Promise.all([
    writeFile(join(dir, 'app.js'), 'console.log("sample artifact");\n'),
    writeFile(join(dir, 'tampered.js'), 'console.log("sample artifacT");\n'),
    writeFile(join(dir, 'app.js.sigstore.json'), JSON.stringify(m.signature)),
    // An attestations file as JSON lines, as attest-build-provenance writes: the good one and a forged one.
    writeFile(join(dir, 'attestations.jsonl'), `${JSON.stringify(m.provenance)}\n${JSON.stringify(m.forgedBuilder)}\n`),
    writeFile(join(dir, 'forged.sigstore.json'), JSON.stringify(m.forgedBuilder)),
    writeFile(join(dir, 'trusted_root.json'), JSON.stringify(m.mock.trustedRoot)),
    writeFile(join(dir, 'policy.yml'), POLICY),
    copyFile(join(conformance, 'bundle-unknown-version_fail', 'bundle.sigstore.json'), join(dir, 'unknown-version.sigstore.json')),
    writeFile(join(dir, 'typo.yml'), POLICY.replace('issuers:', 'issuer:')),
    mkdir(join(dir, 'rebuild')).then(() => writeFile(join(dir, 'rebuild', 'app.js.vsa.sigstore.json'), JSON.stringify(m.verdict))),
    writeFile(join(dir, 'reproducible.yml'), `${POLICY}require: {reproducible: true, hermetic: true}\n`),
  ]);
}, 60_000);
afterAll(async () => {
  await m.mock.stop();
});

const inputs = (extra: Record<string, string>) =>
  parseInputs(readerFrom({ policy: 'policy.yml', trust: 'trusted-root', 'trusted-root': 'trusted_root.json', ...extra }));

describe('verify-deploy run()', () => {
  it('verifies a signed file with provenance, reports every check and sets the outputs', async () => {
    const ports = recordingPorts();
    await run(inputs({ artifacts: 'app.js', bundles: 'app.js.sigstore.json\nattestations.jsonl' }), ports, { cwd: dir });
    expect(ports.outputValues).toMatchObject({ verified: 'true', 'verified-count': '1', 'rejected-count': '0' });
    expect(ports.summaryText()).toContain('All 1 subject(s) verified.');
    expect(ports.summaryText()).toContain('| attestations.jsonl#1 | builder ID | ✅ passed |');
    // The forged attestation in the same file fails on its own without spoiling the good one.
    expect(ports.summaryText()).toContain('| attestations.jsonl#2 | builder ID | ❌ failed |');
  });

  it('refuses a tampered copy and fails the step with the reason', async () => {
    const ports = recordingPorts();
    const step = run(inputs({ artifacts: 'app.js\ntampered.js', bundles: 'app.js.sigstore.json\nattestations.jsonl' }), ports, {
      cwd: dir,
    });
    await expect(step).rejects.toThrow(PolicyError);
    await expect(step).rejects.toThrow(
      /Do not deploy: 1 of 2 subject\(s\) failed verification.\ntampered.js \[SIGNATURE_INVALID\]: .*artifact digest/,
    );
    expect(ports.outputValues).toMatchObject({ verified: 'false', 'rejected-count': '1' });
    expect(ports.lines.some((l) => l.level === 'error' && l.message.startsWith('tampered.js'))).toBe(true);
  });

  it('requires a reproducibility verdict when the policy does, found through the attestations globs', async () => {
    const base = { artifacts: 'app.js', bundles: 'attestations.jsonl', policy: 'reproducible.yml' };
    const missing = recordingPorts();
    const step = run(inputs({ ...base, attestations: 'nowhere/*.json' }), missing, { cwd: dir });
    await expect(step).rejects.toThrow(/\[REPRODUCIBILITY_MISSING\].*reproducible: no reproducibility verdict/);
    expect(missing.outputValues).toMatchObject({ verified: 'false', 'error-code': 'REPRODUCIBILITY_MISSING' });
    expect(missing.lines.some((l) => l.level === 'warning' && l.message === "No attestation file matched 'nowhere/*.json'")).toBe(true);
    const found = recordingPorts();
    await run(inputs({ ...base, attestations: 'rebuild/*.vsa.sigstore.json' }), found, { cwd: dir });
    expect(found.outputValues).toMatchObject({ verified: 'true', 'error-code': '' });
    expect(found.summaryText()).toContain('| app.js.vsa.sigstore.json | verdict | ✅ passed |');
  });

  it('sets error-code for an input error too', async () => {
    const ports = recordingPorts();
    await expect(run(inputs({ artifacts: 'app.js', bundles: 'missing.sigstore.json' }), ports, { cwd: dir })).rejects.toThrow(UserError);
    expect(ports.outputValues['error-code']).toBe('INPUT_UNREADABLE');
  });

  it('rejects provenance from the wrong workflow', async () => {
    const ports = recordingPorts();
    await expect(run(inputs({ artifacts: 'app.js', bundles: 'forged.sigstore.json' }), ports, { cwd: dir })).rejects.toThrow(
      /builder ID: provenance says/,
    );
  });

  it.each([
    ['a missing bundle', { artifacts: 'app.js', bundles: 'missing.sigstore.json' }, 'Cannot read bundle'],
    [
      'a bundle of an unknown version',
      { artifacts: 'app.js', bundles: 'unknown-version.sigstore.json' },
      'version=99.9" is not a Sigstore bundle version',
    ],
    ['a policy with a typo', { artifacts: 'app.js', bundles: 'app.js.sigstore.json', policy: 'typo.yml' }, 'issuer: unknown field'],
    ['an image by tag', { images: '127.0.0.1:5000/app:latest' }, 'has no digest'],
    ['an unreachable registry', { images: `127.0.0.1:9/app@sha256:${'a'.repeat(64)}` }, 'Cannot reach the registry'],
  ])('fails closed on %s', async (_what, extra, message) => {
    const step = run(inputs(extra), recordingPorts(), { cwd: dir });
    await expect(step).rejects.toThrow(UserError);
    await expect(step).rejects.toThrow(message);
  });

  it.each([
    [{ policy: 'p.yml' }, 'Nothing to verify'],
    [{ policy: 'p.yml', artifacts: 'a' }, "Input 'bundles' is required"],
    [{ policy: 'p.yml', images: 'x@sha256:1', 'public-key': 'k.pub' }, "Input 'public-key' is set but trust is not public-key"],
    [{ policy: 'p.yml', images: 'x', trust: 'trusted-root' }, "Input 'trusted-root' is required"],
    [{ policy: 'p.yml', images: 'x', trust: 'keyless' }, "Input 'trust' must be one of public-good, trusted-root, public-key"],
    [{ policy: 'p.yml', images: 'x@sha256:1', 'tuf-root': 'root.json' }, "Input 'tuf-root' goes with 'tuf-cache'"],
  ])('checks the inputs: %j', (values, message) => {
    expect(() => parseInputs(readerFrom(values))).toThrow(message);
  });
});

describe('verify-deploy with a TUF mirror other than public-good', () => {
  it("starts the TUF cache from input 'tuf-root' and verifies against the root the mirror serves", async () => {
    const repo = await startTufRepo(JSON.stringify(m.mock.trustedRoot), dir);
    try {
      await copyFile(repo.rootPath, join(dir, 'mirror-root.json'));
      const ports = recordingPorts();
      const tuf = { trust: 'public-good', 'tuf-cache': 'tuf', 'tuf-mirror': repo.url, 'tuf-root': 'mirror-root.json' };
      await run(
        parseInputs(readerFrom({ policy: 'policy.yml', artifacts: 'app.js', bundles: 'app.js.sigstore.json\nattestations.jsonl', ...tuf })),
        ports,
        {
          cwd: dir,
        },
      );
      expect(ports.outputValues).toMatchObject({ verified: 'true', 'verified-count': '1' });
      expect(ports.summaryText()).toContain('All 1 subject(s) verified.');
      expect(repo.requests).toContain('/timestamp.json');
    } finally {
      await repo.stop();
    }
  });

  it("fails closed without 'tuf-root' on an empty cache, naming the input", async () => {
    const repo = await startTufRepo(JSON.stringify(m.mock.trustedRoot), dir);
    try {
      const tuf = { trust: 'public-good', 'tuf-cache': 'tuf-empty', 'tuf-mirror': repo.url };
      const step = run(
        parseInputs(readerFrom({ policy: 'policy.yml', artifacts: 'app.js', bundles: 'app.js.sigstore.json', ...tuf })),
        recordingPorts(),
        {
          cwd: dir,
        },
      );
      await expect(step).rejects.toThrow(UserError);
      await expect(step).rejects.toMatchObject({ hint: expect.stringContaining("input 'tuf-root'") });
    } finally {
      await repo.stop();
    }
  });
});
