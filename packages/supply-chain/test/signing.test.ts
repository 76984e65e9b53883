import { describe, expect, it } from '@jest/globals';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DEFAULT_RETRY } from '@slipway/core';
import { startSilentServer } from '../../../test/services/stall-server.js';
import { actionsIdentityProvider, keySigner, signBlob, signingMethod, staticIdentityProvider, uploadAttestation } from '../src/index.js';

const fixtures = join(process.cwd(), 'test', 'fixtures', 'supply-chain');
const read = (name: string): string => readFileSync(join(fixtures, name), 'utf8');

/** A loopback server that records requests and answers with `reply`. */
async function serve(reply: (req: IncomingMessage, body: string) => [number, string]) {
  const seen: { url: string; headers: IncomingMessage['headers']; body: string }[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ url: req.url ?? '', headers: req.headers, body });
      const [status, text] = reply(req, body);
      res.writeHead(status, { 'Content-Type': 'application/json' }).end(text);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => new Promise((r) => server.close(r)) };
}

describe('key signing', () => {
  it.each([
    ['ec-p256.key.pem', 'ec-p256.pub.pem', undefined, 'ecdsa-p256', 'sha256'],
    ['ec-p256-encrypted.key.pem', 'ec-p256-encrypted.pub.pem', 'correct-horse', 'ecdsa-p256', 'sha256'],
    ['ed25519.key.pem', 'ed25519.pub.pem', undefined, 'ed25519', null],
  ])('%s signs what its public key verifies, with cosign’s key hint', async (keyFile, pubFile, passphrase, algorithm, hash) => {
    const signer = keySigner(read(keyFile), passphrase ? { passphrase } : {});
    expect(signer.algorithm).toBe(algorithm);
    const pub = createPublicKey(read(pubFile));
    expect(signer.hint).toBe(
      createHash('sha256')
        .update(pub.export({ format: 'der', type: 'spki' }))
        .digest('base64'),
    );
    const { signature } = await signer.signer.sign(Buffer.from('payload'));
    expect(verify(hash, Buffer.from('payload'), pub, signature)).toBe(true);
    expect(verify(hash, Buffer.from('payloaX'), pub, signature)).toBe(false);
  });

  it.each([
    ['rsa-2048.key.pem', {}, 'only ECDSA P-256/P-384 and Ed25519'],
    ['ec-p256-encrypted.key.pem', {}, 'is encrypted and no passphrase was given'],
    ['ec-p256-encrypted.key.pem', { passphrase: 'wrong' }, 'The passphrase does not decrypt'],
    ['ec-p256.pub.pem', {}, 'is not a PEM private key'],
  ])('%s %j: a clear error', (file, options, message) => {
    expect(() => keySigner(read(file), { ...options, source: file })).toThrow(message);
  });

  it.each(['', '\n  \n'])('refuses an empty key (%j) naming it, and never signs keyless instead', (pem) => {
    expect(() => keySigner(pem, { source: '/keys/cosign.pem' })).toThrow('The private key /keys/cosign.pem is empty');
    expect(() =>
      signingMethod({
        privateKey: pem,
        privateKeySource: '/keys/cosign.pem',
        passphrase: undefined,
        fulcioURL: 'https://fulcio.example',
        rekorURL: 'https://rekor.example',
        tsaURL: undefined,
        tlogUpload: false,
        identity: staticIdentityProvider('a.b.c'),
      }),
    ).toThrow('The private key /keys/cosign.pem is empty');
  });

  it('packs a message signature bundle v0.3 with the key hint and no log entry', async () => {
    const key = keySigner(read('ec-p256.key.pem'));
    const signed = await signBlob(Buffer.from('hello'), { mode: 'key', key });
    expect(signed.json.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(signed.json.verificationMaterial.publicKey?.hint).toBe(key.hint);
    expect(signed.logIndex).toBeUndefined();
    expect(signed.signer).toBe(`key:${key.hint}`);
  });
});

describe("the runner's OIDC token service", () => {
  it('asks for the sigstore audience with the request token', async () => {
    const server = await serve(() => [200, JSON.stringify({ value: 'a.b.c' })]);
    try {
      const token = await actionsIdentityProvider({ url: `${server.url}/idtoken?api-version=2.0`, token: 'req-tok' }).getToken();
      expect(token).toBe('a.b.c');
      expect(server.seen[0]?.url).toBe('/idtoken?api-version=2.0&audience=sigstore');
      expect(server.seen[0]?.headers.authorization).toBe('Bearer req-tok');
    } finally {
      await server.close();
    }
  });

  it('says which permission is missing, and what the service answered', async () => {
    await expect(actionsIdentityProvider({ url: undefined, token: undefined }).getToken()).rejects.toThrow(
      /ACTIONS_ID_TOKEN_REQUEST_URL is not set/,
    );
    const server = await serve(() => [403, '{"message":"forbidden"}']);
    try {
      await expect(actionsIdentityProvider({ url: server.url, token: 'x' }).getToken()).rejects.toThrow('answered 403');
    } finally {
      await server.close();
    }
  });
});

describe("GitHub's attestations API", () => {
  it('posts the bundle and returns the id', async () => {
    const server = await serve(() => [201, '{"id": 4242}']);
    try {
      const bundle = (await signBlob(Buffer.from('x'), { mode: 'key', key: keySigner(read('ec-p256.key.pem')) })).json;
      const id = await uploadAttestation(bundle, { apiUrl: server.url, repository: 'octo/repo', token: 'ghs_x' });
      expect(id).toBe('4242');
      expect(server.seen[0]?.url).toBe('/repos/octo/repo/attestations');
      expect(server.seen[0]?.headers.authorization).toBe('Bearer ghs_x');
      expect(JSON.parse(server.seen[0]?.body ?? '{}')).toEqual({ bundle });
    } finally {
      await server.close();
    }
  });

  it('names the missing permission when GitHub refuses', async () => {
    const server = await serve(() => [403, '{"message":"Resource not accessible by integration"}']);
    try {
      const bundle = (await signBlob(Buffer.from('x'), { mode: 'key', key: keySigner(read('ec-p256.key.pem')) })).json;
      await expect(uploadAttestation(bundle, { apiUrl: server.url, repository: 'o/r', token: 't' })).rejects.toMatchObject({
        message: expect.stringContaining('GitHub refused to store the attestation: 403'),
        hint: expect.stringContaining('attestations: write'),
      });
    } finally {
      await server.close();
    }
  });
});

describe('a stalled Sigstore service', () => {
  // SLIPWAY_NETWORK_TIMEOUT lowers the clients' deadline, as a CI would; each peer accepts the
  // connection and never answers.
  const withDeadline = async <T>(seconds: string, fn: () => Promise<T>): Promise<T> => {
    const before = process.env['SLIPWAY_NETWORK_TIMEOUT'];
    process.env['SLIPWAY_NETWORK_TIMEOUT'] = seconds;
    try {
      return await fn();
    } finally {
      if (before === undefined) delete process.env['SLIPWAY_NETWORK_TIMEOUT'];
      else process.env['SLIPWAY_NETWORK_TIMEOUT'] = before;
    }
  };
  const key = () => keySigner(read('ec-p256.key.pem'));
  const part = (v: object): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  /** A token shaped like an OIDC identity token (Fulcio is stalled, so no one checks its signature). */
  const jwt = (): string =>
    `${part({ alg: 'RS256' })}.${part({ iss: 'https://issuer.example', sub: 'someone', email: 'a@example.com', email_verified: true })}.c2ln`;

  it.each([
    ['Rekor', (url: string) => ({ mode: 'key' as const, key: key(), rekorURL: url })],
    ['the timestamp authority', (url: string) => ({ mode: 'key' as const, key: key(), tsaURL: url })],
    ['Fulcio', (url: string) => ({ mode: 'keyless' as const, identity: staticIdentityProvider(jwt()), fulcioURL: url, rekorURL: url })],
  ])('%s: a NETWORK_TIMEOUT naming it, after the suite’s tries, within the deadline', async (name, method) => {
    const peer = await startSilentServer();
    try {
      const error = await withDeadline('0.2', () => signBlob(Buffer.from('hello'), method(peer.url)).catch((e: unknown) => e));
      expect(error).toMatchObject({
        code: 'NETWORK_TIMEOUT',
        message: `Signing failed: ${name} did not answer within 0.2 s (${peer.url}/)`,
      });
      // Every try of the suite's retry policy reached the peer.
      expect(peer.connections()).toBe(DEFAULT_RETRY.attempts);
    } finally {
      await peer.close();
    }
  });
});

// sign-sigstore.ts takes the bundle builders and the library's error from @sigstore/sign's own
// files (its index would load the Fulcio, Rekor and timestamp clients for a key signature). The
// package declares no exports map, so those paths are not a promise: an upgrade that moves or
// copies them must fail here rather than at a user's signing.
describe("@sigstore/sign's internal paths", () => {
  it('hold the very classes its index exports', async () => {
    const index = await import('@sigstore/sign');
    const bundler = await import('@sigstore/sign/dist/bundler/index.js');
    const errors = await import('@sigstore/sign/dist/error.js');
    expect(bundler.DSSEBundleBuilder).toBe(index.DSSEBundleBuilder);
    expect(bundler.MessageSignatureBundleBuilder).toBe(index.MessageSignatureBundleBuilder);
    expect(errors.InternalError).toBe(index.InternalError);
  });
});
