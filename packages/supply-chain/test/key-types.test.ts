import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactFromBytes, loadTrust, verifySignature } from '@slipway/verify';
import { IN_TOTO_PAYLOAD_TYPE, keySigner, makeStatement, signBlob, signDsse, type SigningMethod } from '../src/index.js';

const fixtures = join(process.cwd(), 'test', 'fixtures', 'supply-chain');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');
const artifact = Buffer.from('slipway release 2.0.0\n');
const keyMode = (name: string, extra: Partial<SigningMethod> = {}): SigningMethod =>
  ({ mode: 'key', key: keySigner(read(name), { source: name }), ...extra }) as SigningMethod;

/** The project's own verifier, in key mode with the key's public half and no log or timestamp required. */
function verify(bundle: Parameters<typeof verifySignature>[0], pub: string, bytes = artifact) {
  const trust = loadTrust({ kind: 'public-key', pem: read(pub), source: pub });
  const result = verifySignature(bundle, artifactFromBytes(bytes, 'release.txt'), trust, { tlogEntries: 0, timestamps: 0 });
  return Object.fromEntries(result.checks.map((c) => [c.name, c.status]));
}

const allPassed = {
  'artifact digest': 'passed',
  timestamps: 'passed',
  'signing certificate': 'passed',
  'transparency log': 'passed',
  signature: 'passed',
};

describe('every accepted key type round-trips through the verifier', () => {
  const statement = Buffer.from(
    JSON.stringify(
      makeStatement(
        [{ name: 'release.txt', digest: { sha256: createHash('sha256').update(artifact).digest('hex') } }],
        'https://example.com/p',
        {},
      ),
    ),
  );

  it.each([
    ['ec-p256.key.pem', 'ec-p256.pub.pem', 'SHA2_256'],
    ['ec-p256-encrypted.key.pem', 'ec-p256-encrypted.pub.pem', 'SHA2_256'],
    // The defect: P-384 signed with SHA-384 but recorded SHA-256, so the verifier refused every bundle.
    ['ec-p384.key.pem', 'ec-p384.pub.pem', 'SHA2_384'],
  ])('%s: a file signature records %s and verifies; a changed file does not', async (key, pub, algorithm) => {
    const method: SigningMethod =
      key === 'ec-p256-encrypted.key.pem'
        ? { mode: 'key', key: keySigner(read(key), { passphrase: 'correct-horse', source: key }) }
        : keyMode(key);
    const signed = await signBlob(artifact, method);
    expect(signed.json.messageSignature?.messageDigest?.algorithm).toBe(algorithm);
    expect(verify(signed.bundle, pub)).toEqual(allPassed);
    expect(verify(signed.bundle, pub, Buffer.from('slipway release 2.0.1\n'))['artifact digest']).toBe('failed');
    // Another key of the same type does not verify it.
    const other = pub === 'ec-p384.pub.pem' ? 'ec-p256.pub.pem' : 'ec-p384.pub.pem';
    expect(verify(signed.bundle, other)['signature']).not.toBe('passed');
  });

  it.each([
    ['ec-p256.key.pem', 'ec-p256.pub.pem'],
    ['ed25519.key.pem', 'ed25519.pub.pem'],
  ])('%s: an attestation (DSSE) verifies', async (key, pub) => {
    const signed = await signDsse(statement, IN_TOTO_PAYLOAD_TYPE, keyMode(key));
    expect(verify(signed.bundle, pub)).toEqual(allPassed);
    expect(verify(signed.bundle, 'ec-p384.pub.pem')['signature']).toBe('failed');
  });

  it.each([
    [
      'ec-p384.key.pem',
      () => signDsse(statement, IN_TOTO_PAYLOAD_TYPE, keyMode('ec-p384.key.pem')),
      'cannot make attestations and image signatures',
    ],
    ['ed25519.key.pem', () => signBlob(artifact, keyMode('ed25519.key.pem')), 'cannot make file signatures'],
    [
      'ec-p384.key.pem with Rekor',
      () => signBlob(artifact, keyMode('ec-p384.key.pem', { rekorURL: 'http://127.0.0.1:9' })),
      'cannot make file signatures logged in Rekor',
    ],
  ])('%s: a use its verifiers cannot check is refused before signing, with the fix', async (_, sign, message) => {
    await expect(sign()).rejects.toMatchObject({ message: expect.stringContaining(message), hint: expect.stringContaining('P-256') });
  });
});
