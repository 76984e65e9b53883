import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { errorCodes } from '@slipway/core';
import { loadTrust, parsePolicy, registryBundleFinder, verifyImage } from '@slipway/verify';
import { EXIT, main } from '../../cli/src/index.js';
import { captureIO } from '../../cli/test/cli-io.js';
import {
  bundleReferrerManifest,
  connectRegistry,
  keySigner,
  MEDIA,
  OciClient,
  parseDigestReference,
  referrersFallbackTag,
  sha256Digest,
  signImage,
} from '../src/index.js';
import { pushTestImage, startRegistry, type Registry } from '../../../test/services/registry.js';

let registry: Registry;
beforeAll(async () => {
  registry = await startRegistry();
});
afterAll(async () => {
  await registry?.stop();
});

/** A front that answers the first two requests `matches` picks itself (`answer`, told which one), and passes the rest through. */
async function refuseFirstTwo(
  matches: (req: IncomingMessage) => boolean,
  answer: (res: ServerResponse, n: number) => void,
): Promise<{ proxy: Awaited<ReturnType<typeof front>>; refused: () => number }> {
  let refused = 0;
  const proxy = await front((req, _body, res) => {
    if (!matches(req) || refused >= 2) return false;
    refused += 1;
    answer(res, refused);
    return true;
  });
  return { proxy, refused: () => refused };
}

/** A loopback front for the registry: `decide` may answer a request itself, else it is passed through. */
async function front(
  decide: (req: IncomingMessage, body: Buffer, res: ServerResponse) => boolean,
): Promise<{ host: string; close(): Promise<void> }> {
  const backend = new URL(registry.url);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (decide(req, body, res)) return;
      const headers = { ...req.headers, host: backend.host };
      delete headers.authorization;
      const upstream = httpRequest({ host: backend.hostname, port: backend.port, method: req.method, path: req.url, headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', (error) => res.writeHead(502).end(String(error)));
      upstream.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    host: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

describe('the OCI client retries as the suite does', () => {
  it('retries 429 and 503 and waits what retry-after asks', async () => {
    const { proxy, refused } = await refuseFirstTwo(
      (req) => req.method === 'HEAD' && (req.url?.includes('/blobs/') ?? false),
      (res, n) => res.writeHead(n === 1 ? 429 : 503, { 'Retry-After': '2' }).end(),
    );
    try {
      const waits: number[] = [];
      const notes: string[] = [];
      const client = new OciClient({
        registry: proxy.host,
        sleep: (ms) => (waits.push(ms), Promise.resolve()),
        warn: (m) => notes.push(m),
      });
      const data = randomBytes(100);
      expect((await client.pushBlob('retry/app', data, 'application/octet-stream')).digest).toBe(sha256Digest(data));
      expect(refused()).toBe(2);
      expect(waits).toHaveLength(2);
      for (const w of waits) expect(w).toBeGreaterThanOrEqual(2000);
      expect(notes[0]).toMatch(/the registry 127\.0\.0\.1:\d+ answered 429; trying again in 2\.0 s/);
    } finally {
      await proxy.close();
    }
  });

  it('gives up after the retries with the status, naming the registry', async () => {
    const proxy = await front((_req, _body, res) => (res.writeHead(503).end('down for maintenance'), true));
    try {
      const client = new OciClient({ registry: proxy.host, sleep: () => Promise.resolve() });
      await expect(client.getManifest('a/b', 'latest')).rejects.toThrow(
        /The registry 127\.0\.0\.1:\d+ refused to return the manifest a\/b:latest: 503/,
      );
    } finally {
      await proxy.close();
    }
  });
});

describe('the OCI client has a first-byte, an idle and an answer deadline, not one short timeout over the body', () => {
  const blob = randomBytes(64 * 1024);
  const digest = sha256Digest(blob);
  async function dripping(stallAfter: number | undefined, chunk = 8192): Promise<{ host: string; close(): Promise<void> }> {
    return front((req, _body, res) => {
      if (!req.url?.endsWith(`/blobs/${digest}`) || req.method !== 'GET') return false;
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': String(blob.length) });
      let sent = 0;
      const tick = setInterval(() => {
        if (stallAfter !== undefined && sent >= stallAfter) return; // silent from here on
        res.write(blob.subarray(sent, sent + chunk));
        sent += chunk;
        if (sent >= blob.length) {
          clearInterval(tick);
          res.end();
        }
      }, 150);
      res.on('close', () => clearInterval(tick));
      return true;
    });
  }

  it('reads a body that takes longer than the idle deadline in all, as long as it keeps coming', async () => {
    const proxy = await dripping(undefined);
    try {
      const client = new OciClient({ registry: proxy.host, deadlines: { firstByteMs: 2000, idleMs: 600 } });
      const started = Date.now();
      expect((await client.getBlob('slow/app', digest)).equals(blob)).toBe(true);
      expect(Date.now() - started).toBeGreaterThan(600);
    } finally {
      await proxy.close();
    }
  });

  it('ends a body that drips for ever, never silent for the idle deadline, at the answer deadline', async () => {
    // 16 bytes every 150 ms: the 64 KiB blob would take 10 minutes, and no silence lasts 600 ms.
    const proxy = await dripping(undefined, 16);
    try {
      const client = new OciClient({
        registry: proxy.host,
        deadlines: { firstByteMs: 2000, idleMs: 600, answerMs: 1000 },
        sleep: () => Promise.resolve(),
      });
      const started = Date.now();
      await expect(client.getBlob('slow/app', digest)).rejects.toMatchObject({
        code: errorCodes.networkTimeout,
        message: expect.stringMatching(
          new RegExp(`the registry ${proxy.host.replace(/\./g, '\\.')}.*the answer did not finish within 1 s`),
        ),
      });
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await proxy.close();
    }
  });

  it('fails a body that stalls with NETWORK_TIMEOUT naming the registry', async () => {
    const proxy = await dripping(16 * 1024);
    try {
      const client = new OciClient({ registry: proxy.host, deadlines: { firstByteMs: 2000, idleMs: 500 }, sleep: () => Promise.resolve() });
      await expect(client.getBlob('slow/app', digest)).rejects.toMatchObject({
        code: errorCodes.networkTimeout,
        message: expect.stringContaining(`the registry ${proxy.host}`),
      });
    } finally {
      await proxy.close();
    }
  });
});

describe('concurrent signers and the tag-schema referrers index', () => {
  it('keeps every referrer when many signers add theirs at once (docker-registry ignores If-Match)', async () => {
    const repository = 'race/app';
    const image = await pushTestImage(registry, repository);
    const subject = (await new OciClient({ registry: registry.host }).headManifest(repository, image.digest))!;
    const signers = 12;
    const notes: string[] = [];
    const pushed = await Promise.all(
      Array.from({ length: signers }, async (_, i) => {
        const client = new OciClient({ registry: registry.host, warn: (m) => notes.push(m) });
        await client.pushBlob(repository, Buffer.from('{}'), MEDIA.ociEmpty);
        const blob = await client.pushBlob(
          repository,
          Buffer.from(JSON.stringify({ signer: i, nonce: randomBytes(8).toString('hex') })),
          MEDIA.sigstoreBundle,
        );
        const manifest = bundleReferrerManifest(blob, subject, { content: 'dsse-envelope', predicateType: `p${i}`, created: new Date(0) });
        return client.pushReferrer(repository, image.digest, manifest.bytes, {
          mediaType: MEDIA.ociManifest,
          artifactType: MEDIA.sigstoreBundle,
          annotations: manifest.annotations,
        });
      }),
    );
    const listed = await new OciClient({ registry: registry.host }).referrers(repository, image.digest);
    expect(listed.via).toBe('tag-schema');
    expect(listed.manifests.map((m) => m.digest).sort()).toEqual(pushed.map((p) => p.digest).sort());
    // What the signers noticed and repaired on the way (the registry took every PUT, conditions or not).
    console.log(`${signers} concurrent signers: ${notes.filter((n) => n.includes('dropped')).length} lost writes repaired`);
  }, 60_000);

  it('sends If-Match with the ETag it read, and reads again when a registry answers 412', async () => {
    let conflicts = 0;
    const seen: (string | undefined)[] = [];
    const proxy = await front((req, _body, res) => {
      if (req.method === 'PUT' && req.url?.includes('/manifests/sha256-')) {
        seen.push(req.headers['if-match'] ?? req.headers['if-none-match']);
        if (conflicts++ === 0) {
          res.writeHead(412).end();
          return true;
        }
      }
      return false;
    });
    try {
      const repository = 'cond/app';
      const image = await pushTestImage(registry, repository);
      const client = new OciClient({ registry: proxy.host, sleep: () => Promise.resolve() });
      const subject = (await client.headManifest(repository, image.digest))!;
      await client.pushBlob(repository, Buffer.from('{}'), MEDIA.ociEmpty);
      const push = async (n: number) => {
        const blob = await client.pushBlob(repository, Buffer.from(`{"n":${n}}`), MEDIA.sigstoreBundle);
        const m = bundleReferrerManifest(blob, subject, { content: 'dsse-envelope', predicateType: 'p', created: new Date(0) });
        return client.pushReferrer(repository, image.digest, m.bytes, { mediaType: MEDIA.ociManifest, artifactType: MEDIA.sigstoreBundle });
      };
      await push(1);
      await push(2);
      expect(seen[0]).toBe('*');
      expect(seen[1]).toBe('*');
      expect(seen[2]).toMatch(/^"sha256:[a-f0-9]{64}"$/);
      expect((await client.referrers(repository, image.digest)).manifests).toHaveLength(2);
    } finally {
      await proxy.close();
    }
  });
});

describe('a manifest whose blobs the registry does not see yet', () => {
  // What docker-registry answered in a run where twelve signers pushed the shared empty config
  // at once: one signer's manifest PUT read the blob's link while another upload rewrote it.
  const racedAnswer = (digest: string) =>
    JSON.stringify({
      errors: [
        { code: 'DIGEST_INVALID', message: 'provided digest did not match uploaded content', detail: 'invalid checksum digest format' },
        { code: 'MANIFEST_BLOB_UNKNOWN', message: 'blob unknown to registry', detail: digest },
      ],
    });

  async function referrerOf(client: OciClient, repository: string) {
    const image = await pushTestImage(registry, repository);
    const subject = (await new OciClient({ registry: registry.host }).headManifest(repository, image.digest))!;
    await client.pushBlob(repository, Buffer.from('{}'), MEDIA.ociEmpty);
    const blob = await client.pushBlob(repository, Buffer.from(`{"n":"${randomBytes(4).toString('hex')}"}`), MEDIA.sigstoreBundle);
    return {
      image,
      manifest: bundleReferrerManifest(blob, subject, { content: 'dsse-envelope', predicateType: 'p', created: new Date(0) }),
    };
  }

  it('tries the PUT again when the registry answers MANIFEST_BLOB_UNKNOWN for a blob it has just stored, and says so', async () => {
    const { proxy, refused } = await refuseFirstTwo(
      (req) => req.method === 'PUT' && /\/manifests\/sha256:/.test(req.url ?? ''),
      (res) => res.writeHead(400, { 'Content-Type': 'application/json' }).end(racedAnswer(`sha256:${'4'.repeat(64)}`)),
    );
    try {
      const notes: string[] = [];
      const waits: number[] = [];
      const client = new OciClient({
        registry: proxy.host,
        warn: (m) => notes.push(m),
        sleep: (ms) => (waits.push(ms), Promise.resolve()),
      });
      const { image, manifest } = await referrerOf(client, 'lag/app');
      const pushed = await client.pushReferrer('lag/app', image.digest, manifest.bytes, {
        mediaType: MEDIA.ociManifest,
        artifactType: MEDIA.sigstoreBundle,
      });
      expect(refused()).toBe(2);
      expect((await client.getManifest('lag/app', pushed.digest)).bytes.equals(manifest.bytes)).toBe(true);
      expect((await client.referrers('lag/app', image.digest)).manifests.map((m) => m.digest)).toContain(pushed.digest);
      const retries = notes.filter((n) => n.includes('does not see every blob'));
      expect(retries).toHaveLength(2);
      expect(retries[0]).toMatch(
        /the registry 127\.0\.0\.1:\d+ does not see every blob of the manifest lag\/app@sha256:[a-f0-9]{64} yet; trying again in/,
      );
      // The suite's backoff between the tries (at least half of its 500 ms base, then of 1 s), then
      // the referrers index's one settling wait before it is read back.
      expect(waits).toHaveLength(3);
      expect(waits[0]).toBeGreaterThanOrEqual(250);
      expect(waits[1]).toBeGreaterThanOrEqual(500);
    } finally {
      await proxy.close();
    }
  });

  it('fails closed, naming the missing blob, when the blob is truly not there after the last try', async () => {
    const notes: string[] = [];
    const client = new OciClient({ registry: registry.host, warn: (m) => notes.push(m), sleep: () => Promise.resolve() });
    const image = await pushTestImage(registry, 'missing/app');
    const subject = (await client.headManifest('missing/app', image.digest))!;
    await client.pushBlob('missing/app', Buffer.from('{}'), MEDIA.ociEmpty);
    // A layer that was never uploaded.
    const ghost = { mediaType: MEDIA.sigstoreBundle, digest: sha256Digest(randomBytes(32)), size: 32 };
    const manifest = bundleReferrerManifest(ghost, subject, { content: 'dsse-envelope', predicateType: 'p', created: new Date(0) });
    await expect(
      client.pushReferrer('missing/app', image.digest, manifest.bytes, {
        mediaType: MEDIA.ociManifest,
        artifactType: MEDIA.sigstoreBundle,
      }),
    ).rejects.toThrow(new RegExp(`refused to store the manifest missing/app@sha256:[a-f0-9]{64}: 400 .*MANIFEST_BLOB_UNKNOWN.*`));
    // Tried as often as the suite's policy allows (4 tries, 3 waits), then refused; nothing was indexed.
    expect(notes.filter((n) => n.includes('does not see every blob'))).toHaveLength(3);
    expect((await client.referrers('missing/app', image.digest)).manifests).toHaveLength(0);
  });

  it('does not try again on any other refusal of a manifest', async () => {
    let puts = 0;
    const proxy = await front((req, _body, res) => {
      if (req.method === 'PUT' && req.url?.includes('/manifests/')) {
        puts += 1;
        res
          .writeHead(400, { 'Content-Type': 'application/json' })
          .end(JSON.stringify({ errors: [{ code: 'MANIFEST_INVALID', message: 'manifest invalid' }] }));
        return true;
      }
      return false;
    });
    try {
      const client = new OciClient({ registry: proxy.host, sleep: () => Promise.resolve() });
      const { image, manifest } = await referrerOf(client, 'invalid/app');
      await expect(
        client.pushReferrer('invalid/app', image.digest, manifest.bytes, {
          mediaType: MEDIA.ociManifest,
          artifactType: MEDIA.sigstoreBundle,
        }),
      ).rejects.toThrow(/400 MANIFEST_INVALID: manifest invalid/);
      expect(puts).toBe(1);
    } finally {
      await proxy.close();
    }
  });
});

describe('a docker-config identitytoken goes through the OAuth2 token flow, never as Basic', () => {
  it('exchanges it at the token service with grant_type=refresh_token, and pushes with the access token', async () => {
    const requests: { method: string; form?: URLSearchParams; authorization?: string }[] = [];
    const issued = new Set<string>();
    let host = '';
    const proxy = await front((req, body, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/token') {
        const form = req.method === 'POST' ? new URLSearchParams(body.toString('utf8')) : undefined;
        requests.push({
          method: req.method ?? '',
          ...(form ? { form } : {}),
          ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        });
        if (form?.get('grant_type') === 'refresh_token' && form.get('refresh_token') === 'refresh-abc' && form.get('client_id')) {
          const token = randomBytes(8).toString('hex');
          issued.add(token);
          res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ access_token: token, expires_in: 300 }));
        } else res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"errors":[{"code":"UNAUTHORIZED"}]}');
        return true;
      }
      if (!issued.has((req.headers.authorization ?? '').replace(/^Bearer /, ''))) {
        res
          .writeHead(401, {
            'WWW-Authenticate': `Bearer realm="http://${host}/token",service="oauth-registry",scope="repository:oauth/app:pull,push"`,
          })
          .end();
        return true;
      }
      return false;
    });
    host = proxy.host;
    try {
      const dir = await mkdtemp(join(tmpdir(), 'docker-config-'));
      const config = (token: string) =>
        JSON.stringify({ auths: { [proxy.host]: { auth: Buffer.from('<token>:').toString('base64'), identitytoken: token } } });
      await writeFile(join(dir, 'config.json'), config('refresh-abc'));
      const client = await connectRegistry(proxy.host, { dockerConfigDir: dir });
      const data = randomBytes(64);
      expect((await client.pushBlob('oauth/app', data, 'application/octet-stream')).digest).toBe(sha256Digest(data));
      const posts = requests.filter((r) => r.method === 'POST');
      expect(posts.map((p) => p.form?.get('grant_type'))).toEqual(posts.map(() => 'refresh_token'));
      expect(posts[0]?.form?.get('client_id')).toBe('docker');
      expect(posts[0]?.form?.get('service')).toBe('oauth-registry');
      expect(posts.map((p) => p.form?.get('scope'))).toContain('repository:oauth/app:pull,push');
      expect(requests.every((r) => r.method === 'POST')).toBe(true);
      expect(requests.some((r) => r.authorization?.startsWith('Basic'))).toBe(false);

      await writeFile(join(dir, 'config.json'), config('expired'));
      const stale = await connectRegistry(proxy.host, { dockerConfigDir: dir });
      await expect(stale.pushBlob('oauth/app', randomBytes(8), 'application/octet-stream')).rejects.toMatchObject({
        message: expect.stringContaining('answered 401'),
        hint: expect.stringContaining('identity token'),
      });
    } finally {
      await proxy.close();
    }
  });
});

describe('junk referrers never block verifying an image', () => {
  it('verifies a signed image through the verifier after referrers that are not bundles were pushed to it, and says what it ignored', async () => {
    const fixtures = join(process.cwd(), 'test', 'fixtures', 'supply-chain');
    const repository = 'junk/app';
    const image = await pushTestImage(registry, repository);
    const ref = parseDigestReference(image.ref);
    const client = new OciClient({ registry: registry.host });
    await signImage(client, ref, { mode: 'key', key: keySigner(readFileSync(join(fixtures, 'ec-p256.key.pem'), 'utf8')) });
    const subject = (await client.headManifest(repository, image.digest))!;
    // Anyone with push access: an SBOM-like artifact, a "bundle" that is not one, and two broken index entries.
    const junkBlob = await client.pushBlob(repository, Buffer.from('{"junk":true}'), MEDIA.sigstoreBundle);
    const notBundle = bundleReferrerManifest(junkBlob, subject, { content: 'dsse-envelope', predicateType: 'x', created: new Date(0) });
    await client.pushReferrer(repository, image.digest, notBundle.bytes, {
      mediaType: MEDIA.ociManifest,
      artifactType: MEDIA.sigstoreBundle,
    });
    const other = Buffer.from(JSON.stringify({ ...JSON.parse(notBundle.bytes.toString()), artifactType: 'application/x-junk' }));
    await client.pushReferrer(repository, image.digest, other, { mediaType: MEDIA.ociManifest, artifactType: 'application/x-junk' });
    // A referrer that is an index, not a manifest, claiming to be a bundle.
    const asIndex = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociIndex, artifactType: MEDIA.sigstoreBundle, manifests: [], subject }),
    );
    await client.pushReferrer(repository, image.digest, asIndex, { mediaType: MEDIA.ociIndex, artifactType: MEDIA.sigstoreBundle });
    // docker-registry refuses to store an index whose entries are not stored manifests, so a
    // front serves the tag-schema index with the entries a registry that does not check could hold.
    const tag = referrersFallbackTag(image.digest);
    const proxy = await front((req, _body, res) => {
      if (req.method !== 'GET' || !req.url?.endsWith(`/manifests/${tag}`)) return false;
      void client.getManifest(repository, tag, MEDIA.ociIndex).then((index) => {
        const manifests = [
          ...(index.json['manifests'] as unknown[]),
          { mediaType: MEDIA.ociManifest, artifactType: MEDIA.sigstoreBundle, digest: `sha256:${'f'.repeat(64)}`, size: 10 },
          { digest: 5 },
          'junk',
        ];
        res.writeHead(200, { 'Content-Type': MEDIA.ociIndex }).end(JSON.stringify({ ...index.json, manifests }));
      });
      return true;
    });
    const notes: string[] = [];
    const trust = loadTrust({
      kind: 'public-key',
      pem: readFileSync(join(fixtures, 'ec-p256.pub.pem'), 'utf8'),
      source: 'ec-p256.pub.pem',
    });
    // Key mode needs the policy to list the key it trusts.
    const policy = parsePolicy(
      `version: 1\nkeys: ['${trust.key?.fingerprint ?? ''}']\nrequire-provenance: false\ntlog-entries: 0\ntimestamps: 0\n`,
      'policy.yml',
    );
    let report;
    // The same through `slipway verify --image`: verified, and what it ignored told on stderr as warnings.
    const io = captureIO(await mkdtemp(join(tmpdir(), 'slipway-junk-cli-')), { HOME: tmpdir() });
    try {
      report = await verifyImage(
        `${proxy.host}/${repository}@${image.digest}`,
        registryBundleFinder({ warn: (m) => notes.push(m) }),
        policy,
        trust,
        new Date(),
      );
      await writeFile(
        join(io.cwd, 'policy.yml'),
        `version: 1\nkeys: ['${trust.key?.fingerprint ?? ''}']\nrequire-provenance: false\ntlog-entries: 0\ntimestamps: 0\n`,
      );
      const argv = ['verify', '--image', `${proxy.host}/${repository}@${image.digest}`, '--policy', 'policy.yml'];
      expect(await main([...argv, '--key', join(fixtures, 'ec-p256.pub.pem')], io)).toBe(EXIT.ok);
    } finally {
      await proxy.close();
    }
    expect(io.out()).toMatch(/^VERIFIED /);
    const warnings = io.err().split('\n').filter(Boolean);
    expect(warnings.length).toBeGreaterThanOrEqual(4);
    expect(warnings.every((w) => w.startsWith('slipway: warning: '))).toBe(true);
    expect(io.err()).toContain('not a Sigstore bundle: application/x-junk');
    expect(io.err()).toContain('is listed but not in the registry');
    expect(report.verified).toBe(true);
    expect(report.bundles).toHaveLength(1);
    expect(notes.join('\n')).toContain('not a Sigstore bundle: application/x-junk');
    expect(notes.join('\n')).toContain(`is a ${MEDIA.ociIndex}, not an OCI manifest`);
    expect(notes.join('\n')).toContain('is listed but not in the registry');
    expect(notes.join('\n')).toContain('manifests[');

    expect(notes.join('\n')).toMatch(
      /Ignored the referrer sha256:[a-f0-9]{64} of junk\/app@sha256:[a-f0-9]{64}: the referrer .* is not a Sigstore bundle/,
    );
  }, 60_000);
});
