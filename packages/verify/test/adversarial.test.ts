import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SerializedBundle } from '@sigstore/bundle';
import {
  conformanceVerify,
  decodePolicy,
  loadTrust,
  verifySubject,
  type Check,
  type Policy,
  type SubjectReport,
  type Trust,
} from '../src/index.js';
import {
  CLAIMED_TRW,
  IDENTITY,
  ISSUER,
  makeSignedMaterial,
  REBUILD,
  SPOOF_TARGET,
  toBundle,
  type SignedMaterial,
} from './signed-material.js';

// Minted inputs that try to get a "yes" the gate must not give, one per defect of the review.
let m: SignedMaterial;
beforeAll(async () => {
  m = await makeSignedMaterial();
}, 90_000);
afterAll(async () => {
  await m.mock.stop();
});

const policy = (extra: Record<string, unknown> = {}): Policy =>
  decodePolicy(
    {
      identities: [{ pattern: 'https://github.com/octo-org/octo-repo/.github/workflows/*.yml@refs/heads/main' }],
      issuers: [ISSUER],
      'builder-ids': [IDENTITY],
      'source-repositories': ['https://github.com/octo-org/octo-repo'],
      refs: ['refs/heads/main'],
      ...extra,
    },
    'policy.yml',
  );
const run = (json: SerializedBundle[], p: Policy, trust: Trust = m.trust, now = new Date()): SubjectReport =>
  verifySubject(
    'app.js',
    m.artifact,
    json.map((b, i) => ({ bundle: toBundle(b), source: `b${i}` })),
    p,
    trust,
    now,
  );
const failedOf = (r: SubjectReport): Check[] => r.bundles.flatMap((b) => b.checks).filter((c) => c.status === 'failed');
const keyTrust = (pem: string): Trust =>
  loadTrust({ kind: 'public-key', pem, source: 'cosign.pub', root: { json: JSON.stringify(m.mock.trustedRoot), source: 'mock root' } });

describe('1. signer identity spoofing', () => {
  const spoofPolicy = (identities: unknown[]): Policy =>
    policy({ identities, 'require-provenance': false, 'builder-ids': [], 'source-repositories': [], refs: [] });

  it('refuses a certificate whose SAN has 0xE1 where the policy expects a (a 7-bit decoder reads it as the policy identity)', () => {
    const report = run([m.spoofedHighBit], spoofPolicy([SPOOF_TARGET]));
    expect(report.verified).toBe(false);
    expect(report.errorCode).toBe('IDENTITY_MISMATCH');
    const identity = failedOf(report).find((c) => c.name === 'signer identity');
    expect(identity?.detail).toBe(
      "the certificate's identity is refused: the uri identity https://github.com/\\xe1cme/app/.github/workflows/release.yml@refs/heads/main has the byte 0xe1 at offset 19; only printable ASCII is accepted",
    );
    // The signature itself is valid: only the identity is the problem.
    expect(report.bundles[0]?.checks.find((c) => c.name === 'signature')?.status).toBe('passed');
  });

  it('refuses a SAN with a control character, even under a wildcard that would have matched it', () => {
    const report = run(
      [m.spoofedControl],
      spoofPolicy([{ pattern: 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/*' }]),
    );
    expect(report.verified).toBe(false);
    expect(report.errorCode).toBe('IDENTITY_MISMATCH');
    expect(failedOf(report).find((c) => c.name === 'signer identity')?.detail).toContain('has the byte 0x0a at offset 73');
  });

  it('refuses both at the conformance entry point, which expects the exact identity', () => {
    for (const json of [m.spoofedHighBit, m.spoofedControl]) {
      const result = conformanceVerify({
        bundle: { text: JSON.stringify(json), source: 'spoofed' },
        artifact: m.artifact,
        expect: { identity: SPOOF_TARGET, issuer: ISSUER },
        trustedRoot: { json: JSON.stringify(m.mock.trustedRoot), source: 'mock root' },
      });
      expect(result.ok).toBe(false);
      expect(result.checks.find((c) => c.name === 'signer identity')).toMatchObject({ status: 'failed', code: 'IDENTITY_MISMATCH' });
    }
  });
});

describe('2. freshness only from verified timestamps', () => {
  const DAY = 86_400_000;
  const keyPolicy = (): Policy => policy({ keys: [m.keyFingerprint], 'require-provenance': false, timestamps: 0, 'max-age': '30d' });

  it('refuses an old key-mode bundle whose SET was removed and integratedTime set to now', () => {
    const later = new Date(Date.now() + 351 * DAY);
    // The untouched bundle is 351 days old at `later`: refused as stale (the control).
    const honest = run([m.keySigned], keyPolicy(), keyTrust(m.publicKeyPem), later);
    expect(honest.errorCode).toBe('SIGNATURE_STALE');
    const forged = JSON.parse(JSON.stringify(m.keySigned)) as SerializedBundle;
    const entry = forged.verificationMaterial.tlogEntries[0];
    if (!entry) throw new Error('expected a log entry');
    delete (entry as { inclusionPromise?: unknown }).inclusionPromise;
    entry.integratedTime = String(Math.floor(later.getTime() / 1000));
    const report = run([forged], keyPolicy(), keyTrust(m.publicKeyPem), later);
    expect(report.verified).toBe(false);
    expect(report.errorCode).toBe('SIGNATURE_STALE');
    expect(failedOf(report).find((c) => c.name === 'age')?.detail).toMatch(/^no verified timestamp/);
    // The log inclusion proof still verifies; it is the unsigned time that is not believed.
    expect(report.bundles[0]?.checks.find((c) => c.name === 'transparency log')?.status).toBe('passed');
  });

  it('still ages a bundle by its signed entry timestamp', () => {
    expect(run([m.keySigned], keyPolicy(), keyTrust(m.publicKeyPem)).verified).toBe(true);
  });
});

describe('3. key mode is decided by the policy', () => {
  it('refuses a fresh key with self-written provenance under a policy that names identities and no keys', () => {
    const report = run([m.freshKeyProvenance], policy({ timestamps: 0 }), keyTrust(m.freshKeyPem));
    expect(report.verified).toBe(false);
    expect(report.errorCode).toBe('KEY_NOT_TRUSTED');
    expect(failedOf(report).find((c) => c.name === 'signing key')?.detail).toMatch(
      /^the policy lists no keys, so the key sha256:[0-9a-f]{64} from public key cosign\.pub is not trusted; it names signer identities/,
    );
    // The self-written provenance agrees with the policy on everything else: only the key stops it.
    expect(failedOf(report).map((c) => c.name)).toEqual(['signing key']);
  });

  it('refuses a key the policy does not list, and accepts the one it does', () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const listed = policy({ keys: [m.keyFingerprint], 'require-provenance': false, timestamps: 0 });
    expect(run([m.keySigned], listed, keyTrust(other)).errorCode).toBe('KEY_NOT_TRUSTED');
    expect(run([m.keySigned], listed, keyTrust(m.publicKeyPem)).verified).toBe(true);
    expect(
      run(
        [m.keySigned],
        policy({ keys: [`sha256:${'0'.repeat(64)}`], 'require-provenance': false, timestamps: 0 }),
        keyTrust(m.publicKeyPem),
      ).errorCode,
    ).toBe('KEY_NOT_TRUSTED');
  });

  it('reads fingerprints as sha256:<hex> in either case and refuses any other form, naming the field', () => {
    expect(decodePolicy({ keys: [m.keyFingerprint.toUpperCase().replace('SHA256', 'sha256')] }, 'p').keys).toEqual([m.keyFingerprint]);
    expect(() => decodePolicy({ keys: ['abc'] }, 'p.yml')).toThrow('p.yml: keys[0]: expected a key fingerprint sha256:<64 hex digits>');
  });
});

describe('5. builder rules per format cannot be borrowed', () => {
  it('refuses provenance claiming the GitHub-hosted runner builder from a self-hosted runner', () => {
    const report = run([m.runnerClaimSelfHosted], policy({ 'builder-ids': ['https://github.com/actions/runner/github-hosted'] }));
    expect(report.verified).toBe(false);
    expect(failedOf(report).find((c) => c.name === 'builder ID')?.detail).toContain('the certificate says the job ran on self-hosted');
  });

  it('refuses delegator-format provenance that the delegator did not sign, even when the policy trusts the builder it names', () => {
    const report = run([m.delegatorClaim], policy({ 'builder-ids': [CLAIMED_TRW] }));
    expect(report.verified).toBe(false);
    expect(failedOf(report).find((c) => c.name === 'builder ID')?.detail).toContain(
      `delegator provenance must be signed by slsa-github-generator's delegator workflow at a vX.Y.Z release tag, and the certificate is ${IDENTITY}`,
    );
  });
});

describe('6. digests of any shared algorithm, contradictions refused', () => {
  it('refuses a subject whose sha256 is the artifact but whose sha512 is not', () => {
    const report = run([m.contradictory], policy({ 'require-provenance': false }));
    expect(report.verified).toBe(false);
    expect(failedOf(report).find((c) => c.name === 'artifact digest')?.detail).toBe(
      "the subject app.js contradicts itself: its sha256 digest is app.js's but its sha512 digest is not",
    );
  });
});

describe('reproducibility verdicts (require: {reproducible, hermetic})', () => {
  const withVerdicts = (extra: Record<string, unknown> = {}): Policy =>
    policy({ require: { reproducible: true }, 'verdict-signers': { identities: [REBUILD], issuers: [ISSUER] }, ...extra });

  it('passes with provenance and a verified passing verdict from the trusted verdict signer', () => {
    const report = run([m.provenance, m.verdict], withVerdicts({ require: { reproducible: true, hermetic: true } }));
    expect(failedOf(report)).toEqual([]);
    expect(report.verified).toBe(true);
    expect(report.bundles[1]?.kind).toBe('verdict');
    expect(report.checks.find((c) => c.name === 'reproducible')?.detail).toBe(
      'verdict from b1 vouches for SLIPWAY_REPRODUCIBLE_BUILD, SLIPWAY_HERMETIC_BUILD',
    );
  });

  it('refuses without a verdict, with REPRODUCIBILITY_MISSING', () => {
    const report = run([m.provenance], withVerdicts());
    expect(report.verified).toBe(false);
    expect(report.errorCode).toBe('REPRODUCIBILITY_MISSING');
    expect(run([m.provenance], policy()).verified).toBe(true);
  });

  it.each<[string, keyof SignedMaterial, Record<string, unknown>, string]>([
    ['a failed verdict', 'verdictFailed', {}, 'verdict'],
    ['a verdict for another digest', 'verdictOtherDigest', {}, 'artifact digest'],
    ['a verdict from an identity not trusted for verdicts', 'verdictUntrusted', {}, 'signer identity'],
    ['a verdict without the hermetic level when hermetic is required', 'verdictNotHermetic', { require: { hermetic: true } }, 'verdict'],
  ])('refuses %s', (_what, key, extra, check) => {
    const report = run([m.provenance, m[key] as SerializedBundle], withVerdicts(extra));
    expect(report.verified).toBe(false);
    expect(report.errorCode).toBe('REPRODUCIBILITY_MISSING');
    expect(report.bundles[1]?.checks.find((c) => c.status === 'failed')?.name).toBe(check);
  });

  it("trusts the policy's own identities for verdicts when it names no verdict signers", () => {
    expect(run([m.provenance, m.verdict], policy({ require: { reproducible: true } })).verified).toBe(true);
    const narrow = policy({ identities: [IDENTITY], require: { reproducible: true } });
    expect(run([m.provenance, m.verdict], narrow).errorCode).toBe('REPRODUCIBILITY_MISSING');
  });

  it('does not count a verdict as the artifact’s signature or provenance', () => {
    const report = run([m.verdict], withVerdicts());
    expect(report.checks.filter((c) => c.status === 'failed').map((c) => c.name)).toEqual(['signed', 'provenance']);
  });
});
