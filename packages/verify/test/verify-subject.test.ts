import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SerializedBundle } from '@sigstore/bundle';
import {
  artifactFromBytes,
  artifactFromDigest,
  classicSignatureBundle,
  decodePolicy,
  formatReportMarkdown,
  formatReportText,
  loadTrust,
  verifySubject,
  type Check,
  type Policy,
  type SourcedBundle,
  type SubjectReport,
} from '../src/index.js';
import { IDENTITY, IMAGE_DIGEST, ISSUER, makeSignedMaterial, toBundle, type SignedMaterial } from './signed-material.js';

let m: SignedMaterial;
beforeAll(async () => {
  m = await makeSignedMaterial();
}, 60_000);
afterAll(async () => {
  await m.mock.stop();
});

const basePolicy = (extra: Record<string, unknown> = {}): Policy =>
  decodePolicy(
    {
      version: 1,
      identities: [{ pattern: 'https://github.com/octo-org/octo-repo/.github/workflows/*.yml@refs/heads/main' }],
      issuers: [ISSUER],
      'builder-ids': [IDENTITY],
      'source-repositories': ['https://github.com/octo-org/octo-repo'],
      refs: ['refs/heads/main', { pattern: 'refs/tags/v*' }],
      'max-age': '1d',
      ...extra,
    },
    'policy.yml',
  );

const sourced = (json: SerializedBundle, source: string): SourcedBundle => ({ bundle: toBundle(json), source });
const verify = (bundles: SourcedBundle[], policy = basePolicy(), artifact = m.artifact, now = new Date()): SubjectReport =>
  verifySubject('app.js', artifact, bundles, policy, m.trust, now);
const failedChecks = (r: SubjectReport): Check[] =>
  [...r.checks, ...r.bundles.flatMap((b) => b.checks)].filter((c) => c.status === 'failed');
const failedNames = (r: SubjectReport): string[] => [...new Set(failedChecks(r).map((c) => c.name))].sort();

describe('verifySubject', () => {
  it('verifies a signed artifact with provenance from the workflow that signed it', () => {
    const report = verify([sourced(m.signature, 'app.js.sigstore.json'), sourced(m.provenance, 'provenance.sigstore.json')]);
    expect(failedChecks(report)).toEqual([]);
    expect(report.verified).toBe(true);
    const names = report.bundles[1]?.checks.map((c) => c.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'artifact digest',
        'signing certificate',
        'transparency log',
        'signature',
        'signer identity',
        'OIDC issuer',
        'age',
        'builder ID',
        'source repository',
        'source ref',
        'source commit',
      ]),
    );
  });

  it('verifies the same bundles from the artifact digest alone', () => {
    const report = verify(
      [sourced(m.signature, 'sig'), sourced(m.provenance, 'prov')],
      basePolicy(),
      artifactFromDigest(`sha256:${m.artifact.sha256}`),
    );
    expect(failedChecks(report)).toEqual([]);
    expect(report.verified).toBe(true);
  });

  it('rejects a subject with no bundles, and one with a signature but no provenance when provenance is required', () => {
    expect(failedNames(verify([]))).toEqual(['provenance', 'signed']);
    const onlySig = verify([sourced(m.signature, 'sig')]);
    expect(onlySig.verified).toBe(false);
    expect(failedNames(onlySig)).toEqual(['provenance']);
    expect(verify([sourced(m.signature, 'sig')], basePolicy({ 'require-provenance': false })).verified).toBe(true);
  });

  it('rejects a signer identity the policy does not list, naming it', () => {
    const report = verify(
      [sourced(m.provenance, 'prov')],
      basePolicy({ identities: ['https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main'] }),
    );
    expect(report.verified).toBe(false);
    expect(failedChecks(report).find((c) => c.name === 'signer identity')?.detail).toContain(`${IDENTITY} is not allowed`);
  });

  it('rejects another OIDC issuer', () => {
    const report = verify([sourced(m.provenance, 'prov')], basePolicy({ issuers: ['https://accounts.google.com'] }));
    expect(failedNames(report)).toEqual(['OIDC issuer', 'provenance', 'signed']);
  });

  it('rejects a valid signature from another workflow whose provenance claims a different builder', () => {
    const report = verify([sourced(m.forgedBuilder, 'forged')], basePolicy({ 'builder-ids': [] }));
    expect(report.verified).toBe(false);
    const builder = failedChecks(report).find((c) => c.name === 'builder ID');
    expect(builder?.detail).toContain(
      'the signing certificate says https://github.com/octo-org/octo-repo/.github/workflows/evil.yml@refs/heads/main',
    );
    // The signature itself was fine: only the builder claim is the problem.
    expect(report.bundles[0]?.checks.find((c) => c.name === 'signature')?.status).toBe('passed');
  });

  it('rejects provenance whose source repository disagrees with the certificate', () => {
    const report = verify([sourced(m.forgedSource, 'forged')], basePolicy({ 'source-repositories': [] }));
    expect(failedChecks(report).find((c) => c.name === 'source repository')?.detail).toContain(
      'provenance says https://github.com/octo-org/other-repo, but the signing certificate says https://github.com/octo-org/octo-repo',
    );
  });

  it('rejects a source repository, ref or builder the policy does not allow', () => {
    expect(
      failedNames(verify([sourced(m.provenance, 'p')], basePolicy({ 'source-repositories': ['https://github.com/octo-org/other'] }))),
    ).toContain('source repository');
    expect(failedNames(verify([sourced(m.provenance, 'p')], basePolicy({ refs: [{ pattern: 'refs/tags/v*' }] })))).toContain('source ref');
    expect(
      failedNames(
        verify([sourced(m.provenance, 'p')], basePolicy({ 'builder-ids': [{ pattern: 'https://github.com/slsa-framework/**' }] })),
      ),
    ).toContain('builder ID');
  });

  it('rejects a predicate type the policy does not require', () => {
    const report = verify([sourced(m.provenance, 'p')], basePolicy({ 'predicate-types': ['https://slsa.dev/provenance/v0.2'] }));
    expect(failedNames(report)).toEqual(['provenance']);
  });

  it('rejects a signature older than max-age', () => {
    const later = new Date(Date.now() + 3 * 86_400_000);
    const report = verify([sourced(m.signature, 's'), sourced(m.provenance, 'p')], basePolicy(), m.artifact, later);
    expect(failedChecks(report).find((c) => c.name === 'age')?.detail).toMatch(/older than the policy's max-age of 24\.0 h/);
  });

  it('demands as many log entries and timestamps as the policy says', () => {
    expect(failedNames(verify([sourced(m.provenance, 'p')], basePolicy({ 'tlog-entries': 2 })))).toContain('transparency log');
    expect(failedNames(verify([sourced(m.provenance, 'p')], basePolicy({ timestamps: 3 })))).toContain('timestamps');
  });

  it('rejects the bundles under the public-good root (they are from another instance)', () => {
    const report = verifySubject(
      'app.js',
      m.artifact,
      [sourced(m.provenance, 'p')],
      basePolicy(),
      loadTrust({ kind: 'public-good' }),
      new Date(),
    );
    expect(report.verified).toBe(false);
  });

  describe('key mode', () => {
    const keyTrust = (): ReturnType<typeof loadTrust> =>
      loadTrust({
        kind: 'public-key',
        pem: m.publicKeyPem,
        source: 'cosign.pub',
        root: { json: JSON.stringify(m.mock.trustedRoot), source: 'mock root' },
      });

    it('verifies a key-signed bundle with the key, only when key mode is chosen', () => {
      const policy = basePolicy({ 'require-provenance': false, timestamps: 0, keys: [m.keyFingerprint] });
      expect(verifySubject('app.js', m.artifact, [sourced(m.keySigned, 'k')], policy, keyTrust(), new Date()).verified).toBe(true);
      const keyless = verify([sourced(m.keySigned, 'k')], policy);
      expect(keyless.verified).toBe(false);
      expect(failedChecks(keyless).find((c) => c.name === 'signing certificate')?.detail).toContain('signed with a public key');
    });

    it('rejects it with another key', () => {
      const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ format: 'pem', type: 'spki' }).toString();
      const trust = loadTrust({
        kind: 'public-key',
        pem: other,
        source: 'other.pub',
        root: { json: JSON.stringify(m.mock.trustedRoot), source: 'mock root' },
      });
      const report = verifySubject(
        'app.js',
        m.artifact,
        [sourced(m.keySigned, 'k')],
        basePolicy({ 'require-provenance': false, timestamps: 0, keys: [m.keyFingerprint] }),
        trust,
        new Date(),
      );
      expect(report.verified).toBe(false);
    });
  });

  it("verifies cosign's classic .sig signature as a bundle rebuilt from its annotations, for the digest its payload names", () => {
    const rebuilt = classicSignatureBundle(m.classic, 'sha256-ab.sig[0]');
    const item = { bundle: rebuilt.bundle, source: 'sig', signedPayload: { bytes: rebuilt.payload, claimedDigest: rebuilt.claimedDigest } };
    const policy = basePolicy({ 'require-provenance': false });
    const ok = verifySubject('image', artifactFromDigest(IMAGE_DIGEST), [item], policy, m.trust, new Date());
    expect(failedChecks(ok)).toEqual([]);
    const other = verifySubject('image', artifactFromDigest(`sha256:${'cd'.repeat(32)}`), [item], policy, m.trust, new Date());
    expect(failedChecks(other).find((c) => c.name === 'image digest')?.detail).toBe(
      `the signed payload names ${IMAGE_DIGEST}, not sha256:${'cd'.repeat(32)}`,
    );
    const tampered = {
      ...item,
      signedPayload: { bytes: Buffer.from(rebuilt.payload.toString().replace('octo/app', 'octo/evil')), claimedDigest: IMAGE_DIGEST },
    };
    expect(verifySubject('image', artifactFromDigest(IMAGE_DIGEST), [tampered], policy, m.trust, new Date()).verified).toBe(false);
  });

  it('prints every check in text and markdown', () => {
    const report = verify([sourced(m.signature, 'app.js.sigstore.json'), sourced(m.forgedBuilder, 'forged.sigstore.json')]);
    const text = formatReportText([report]);
    expect(text).toContain('REJECTED app.js');
    expect(text).toMatch(/FAIL builder ID: provenance says/);
    const md = formatReportMarkdown([report]);
    expect(md).toContain('| forged.sigstore.json | builder ID | ❌ failed |');
    expect(md).toContain('[!CAUTION]');
  });
});

describe('mutations: one flipped byte is always rejected', () => {
  const flip = (b64: string, at: (len: number) => number): string => {
    const bytes = Buffer.from(b64, 'base64');
    const i = at(bytes.length);
    bytes[i] = (bytes[i] ?? 0) ^ 0x01;
    return bytes.toString('base64');
  };
  const clone = (b: SerializedBundle): SerializedBundle => JSON.parse(JSON.stringify(b)) as SerializedBundle;
  const policy = (): Policy => basePolicy();
  const both = (sig: SerializedBundle, prov: SerializedBundle, artifact = m.artifact): SubjectReport =>
    verify([sourced(sig, 'sig'), sourced(prov, 'prov')], policy(), artifact);

  it('the unmutated pair verifies (the control)', () => {
    expect(both(m.signature, m.provenance).verified).toBe(true);
  });

  it('the artifact', () => {
    const bytes = Buffer.from('console.log("sample artifact");\n');
    bytes[3] = (bytes[3] ?? 0) ^ 0x01;
    const report = both(m.signature, m.provenance, artifactFromBytes(bytes, 'app.js'));
    expect(report.verified).toBe(false);
    expect(report.bundles.every((b) => b.checks.find((c) => c.name === 'artifact digest')?.status === 'failed')).toBe(true);
  });

  it('the message signature', () => {
    const sig = clone(m.signature);
    if (!sig.messageSignature) throw new Error('expected a message signature');
    sig.messageSignature.signature = flip(sig.messageSignature.signature, (n) => n - 2);
    const report = verify([sourced(sig, 'sig')], basePolicy({ 'require-provenance': false }));
    expect(report.verified).toBe(false);
  });

  it('the DSSE signature', () => {
    const prov = clone(m.provenance);
    const sig = prov.dsseEnvelope?.signatures[0];
    if (!sig) throw new Error('expected a DSSE signature');
    sig.sig = flip(sig.sig, (n) => n - 2);
    expect(verify([sourced(prov, 'prov')]).verified).toBe(false);
  });

  it('the certificate', () => {
    for (const original of [m.signature, m.provenance]) {
      const b = clone(original);
      const cert = b.verificationMaterial.certificate ?? b.verificationMaterial.x509CertificateChain?.certificates[0];
      if (!cert) throw new Error('expected a certificate');
      cert.rawBytes = flip(cert.rawBytes, (n) => Math.floor(n / 2));
      expect(verify([sourced(b, 'mutated')], basePolicy({ 'require-provenance': false })).verified).toBe(false);
    }
  });

  it("the statement's subject digest", () => {
    const prov = clone(m.provenance);
    const env = prov.dsseEnvelope;
    if (!env) throw new Error('expected an envelope');
    const statement = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')) as { subject: { digest: { sha256: string } }[] };
    const digest = statement.subject[0]?.digest;
    if (!digest) throw new Error('expected a subject');
    digest.sha256 = `${digest.sha256.slice(0, -1)}${digest.sha256.endsWith('0') ? '1' : '0'}`;
    env.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    const report = verify([sourced(prov, 'prov')]);
    expect(report.verified).toBe(false);
    // Against the new digest too: the signature no longer covers the payload.
    const forged = verify([sourced(prov, 'prov')], basePolicy(), artifactFromDigest(`sha256:${digest.sha256}`));
    expect(forged.verified).toBe(false);
    expect(forged.bundles[0]?.checks.find((c) => c.status === 'failed')?.name).toMatch(/transparency log|signature/);
  });
});
