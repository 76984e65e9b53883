import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { artifactFromBytes, artifactFromDigest, decodePolicy, loadTrust, parseBundle, verifySubject } from '../src/index.js';

// A real public-good bundle: attest-build-provenance-style SLSA v1 provenance (GitHub build type)
// for a.txt, signed by the sigstore-conformance beacon workflow while naming another repository's
// workflow as builder. The signature is valid; the provenance must still be refused.
const dir = fileURLToPath(new URL('../../../test/fixtures/conformance/', import.meta.url));
const BEACON =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';

describe('real public-good bundles', () => {
  const bundle = parseBundle(
    readFileSync(`${dir}happy-path-intoto-in-dsse-v3/bundle.sigstore.json`, 'utf8'),
    'happy-path-intoto-in-dsse-v3',
  );
  const artifact = artifactFromBytes(readFileSync(`${dir}a.txt`), 'a.txt');
  const trust = loadTrust({ kind: 'public-good' });
  const policy = (extra: Record<string, unknown>) =>
    decodePolicy({ identities: [BEACON], issuers: ['https://token.actions.githubusercontent.com'], ...extra }, 'policy');

  it('verifies the signature and signer offline with the shipped public-good root when provenance is not looked at', () => {
    const noProvenance = policy({ 'require-provenance': false, 'predicate-types': [] });
    expect(verifySubject('a.txt', artifact, [{ bundle, source: 'bundle' }], noProvenance, trust, new Date()).verified).toBe(true);
    // Provenance that contradicts its signer spoils the bundle even when provenance is optional.
    expect(
      verifySubject('a.txt', artifact, [{ bundle, source: 'bundle' }], policy({ 'require-provenance': false }), trust, new Date()).verified,
    ).toBe(false);
  });

  it('refuses its provenance: the builder and source it claims are not the signing workflow', () => {
    const report = verifySubject('a.txt', artifact, [{ bundle, source: 'bundle' }], policy({}), trust, new Date());
    expect(report.verified).toBe(false);
    const failed = Object.fromEntries(report.bundles[0]?.checks.filter((c) => c.status === 'failed').map((c) => [c.name, c.detail]) ?? []);
    expect(failed['builder ID']).toBe(
      `provenance says https://github.com/loosebazooka/aa-test/.github/workflows/provenance.yaml@refs/heads/main, but the signing certificate says ${BEACON}`,
    );
    expect(failed['source repository']).toContain(
      'provenance says https://github.com/loosebazooka/aa-test, but the signing certificate says',
    );
    expect(failed['source commit']).toBe(
      'provenance says ebff8dfbd609b7b22237c7719ce07f2dc7934f5f, but the signing certificate says 82a3bfe6dd50fe9c71d6315eae66da15307856cf',
    );
  });
});

// Real provenance formats from public repositories (test/fixtures/verify/real/SOURCE.md): each
// verifies under a policy naming its true builder and signer, and is refused under a wrong one.
const real = fileURLToPath(new URL('../../../test/fixtures/verify/real/', import.meta.url));
const GITHUB = 'https://token.actions.githubusercontent.com';
const RUNNER = 'https://github.com/actions/runner/github-hosted';

describe('real provenance formats', () => {
  const trust = loadTrust({ kind: 'public-good' });
  const load = (name: string) => [{ bundle: parseBundle(readFileSync(`${real}${name}`, 'utf8'), name), source: name }];
  // The fixtures are older than the certificates' ten minutes; no max-age here.
  const check = (name: string, artifact: Parameters<typeof verifySubject>[1], fields: Record<string, unknown>) =>
    verifySubject(name, artifact, load(name), decodePolicy({ issuers: [GITHUB], ...fields }, 'policy'), trust, new Date());
  const failed = (r: ReturnType<typeof check>) =>
    Object.fromEntries(r.bundles.flatMap((b) => b.checks.filter((c) => c.status === 'failed').map((c) => [c.name, c.detail])));

  describe('older actions/attest-build-provenance: builder github-hosted, signed by a reusable workflow', () => {
    const name = 'reusable-workflow-attestation.sigstore.json';
    const wheel = artifactFromDigest('sha256:07e4b8c0e3580b3e4a1eb62c70f1ffb86004d3d94f50767cb404fa7a639b4d05');
    const signer = 'https://github.com/bdehamer/workflows/.github/workflows/attest.yml@refs/heads/main';
    const right = { identities: [signer], 'builder-ids': [RUNNER], 'source-repositories': ['https://github.com/malancas/attest-demo'] };

    it('verifies under a policy naming the runner builder and the signer workflow', () => {
      const report = check(name, wheel, right);
      expect(failed(report)).toEqual({});
      expect(report.verified).toBe(true);
      expect(report.bundles[0]?.checks.find((c) => c.name === 'builder ID')?.detail).toBe(
        `${RUNNER} (GitHub runner format: the job ran on a github-hosted runner; workflow https://github.com/malancas/attest-demo/.github/workflows/shared.yml@refs/heads/main; signed by ${signer}) (allowed by policy)`,
      );
    });

    it('is refused when the policy does not list the runner builder, or names another signer', () => {
      expect(failed(check(name, wheel, { ...right, 'builder-ids': [] }))['builder ID']).toContain('the policy lists no builder-ids');
      expect(failed(check(name, wheel, { ...right, 'builder-ids': [signer] }))['builder ID']).toContain(`policy allows ${signer}`);
      const other = check(name, wheel, {
        ...right,
        identities: ['https://github.com/malancas/attest-demo/.github/workflows/shared.yml@refs/heads/main'],
      });
      expect(other.errorCode).toBe('IDENTITY_MISMATCH');
    });
  });

  describe('npm provenance: only a sha512 subject, builder github-hosted', () => {
    const name = 'sigstore-js-2.1.0-bundle.json';
    const tarball = artifactFromBytes(readFileSync(`${real}sigstore-2.1.0.tgz`), 'sigstore-2.1.0.tgz');
    const right = {
      identities: ['https://github.com/sigstore/sigstore-js/.github/workflows/release.yml@refs/heads/main'],
      'builder-ids': [RUNNER],
      'source-repositories': ['https://github.com/sigstore/sigstore-js'],
      refs: ['refs/heads/main'],
    };

    it('verifies the npm tarball by its sha512', () => {
      const report = check(name, tarball, right);
      expect(failed(report)).toEqual({});
      expect(report.bundles[0]?.checks.find((c) => c.name === 'artifact digest')?.detail).toBe(
        'in-toto subject sha512:90f223f992e4c88d… is sigstore-2.1.0.tgz',
      );
    });

    it('is refused for another tarball, for a digest-only artifact (no shared algorithm), and under a wrong builder', () => {
      const other = artifactFromBytes(Buffer.concat([readFileSync(`${real}sigstore-2.1.0.tgz`), Buffer.from([0])]), 'other.tgz');
      expect(failed(check(name, other, right))['artifact digest']).toMatch(
        /^no in-toto subject has sha256:[0-9a-f]{64} \(other\.tgz\) or its sha512 or sha384 digest; subjects: pkg:npm\/sigstore@2\.1\.0 sha512$/,
      );
      expect(check(name, artifactFromDigest(`sha256:${tarball.sha256}`), right).verified).toBe(false);
      expect(
        failed(check(name, tarball, { ...right, 'builder-ids': ['https://github.com/actions/runner/self-hosted'] }))['builder ID'],
      ).toContain('policy allows');
    });
  });

  describe('slsa-github-generator delegator (BYOB) v2.1.0: certificate for the delegator, builder the tool reusable workflow', () => {
    const name = 'delegator-v2.1.0-workflow_dispatch.build.slsa';
    const binary = artifactFromDigest('sha256:5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03');
    const DELEGATOR =
      'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/delegator_generic_slsa3.yml@refs/tags/v2.1.0';
    const TRW = 'https://github.com/slsa-framework/example-trw/.github/workflows/builder_high-perms_slsa3.yml@refs/tags/v2.1.0';
    const right = {
      identities: [
        { pattern: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/delegator_generic_slsa3.yml@refs/tags/v*' },
      ],
      'builder-ids': [
        { pattern: 'https://github.com/slsa-framework/example-trw/.github/workflows/builder_high-perms_slsa3.yml@refs/tags/v*' },
      ],
      'source-repositories': ['https://github.com/slsa-framework/example-package'],
    };

    it('verifies under a policy naming the delegator as signer and the trusted builder', () => {
      const report = check(name, binary, right);
      expect(failed(report)).toEqual({});
      expect(report.bundles[0]?.checks.find((c) => c.name === 'builder ID')?.detail).toBe(
        `${TRW} (slsa-github-generator delegator format: recorded by ${DELEGATOR}) (allowed by policy)`,
      );
    });

    it('is refused when the policy does not name the builder, or names another', () => {
      expect(failed(check(name, binary, { ...right, 'builder-ids': [] }))['builder ID']).toContain('the delegator signs for any builder');
      expect(failed(check(name, binary, { ...right, 'builder-ids': [DELEGATOR] }))['builder ID']).toContain(`policy allows ${DELEGATOR}`);
    });
  });
});
