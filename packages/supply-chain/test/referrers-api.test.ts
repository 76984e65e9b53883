import { describe, expect, it } from '@jest/globals';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MEDIA, OciClient, sha256Digest } from '../src/index.js';

// docker-registry 2.8 has no referrers API, so this small OCI 1.1 registry front stands in for
// one that has (zot, Harbor, ghcr.io): it indexes `subject` and answers GET /referrers.
async function ociRegistry() {
  const manifests = new Map<string, { type: string; body: Buffer }>();
  const requests: string[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      requests.push(`${req.method} ${url.pathname}`);
      const put = /^\/v2\/(.+)\/manifests\/(.+)$/.exec(url.pathname);
      if (req.method === 'PUT' && put) {
        const body = Buffer.concat(chunks);
        const digest = sha256Digest(body);
        manifests.set(digest, { type: req.headers['content-type'] ?? '', body });
        const subject = (JSON.parse(body.toString()) as { subject?: { digest: string } }).subject;
        res.writeHead(201, { 'Docker-Content-Digest': digest, ...(subject ? { 'OCI-Subject': subject.digest } : {}) }).end();
        return;
      }
      const refs = /^\/v2\/(.+)\/referrers\/(.+)$/.exec(url.pathname);
      if (req.method === 'GET' && refs) {
        const list = [...manifests.entries()]
          .map(([digest, m]) => ({ digest, m, json: JSON.parse(m.body.toString()) as Record<string, unknown> }))
          .filter((e) => (e.json['subject'] as { digest?: string } | undefined)?.digest === refs[2])
          .map((e) => ({ mediaType: e.m.type, digest: e.digest, size: e.m.body.length, artifactType: e.json['artifactType'] }));
        res
          .writeHead(200, { 'Content-Type': MEDIA.ociIndex })
          .end(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests: list }));
        return;
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { host: `127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => new Promise((r) => server.close(r)) };
}

describe('OciClient with a registry that has the referrers API', () => {
  it('trusts OCI-Subject (no fallback index is written) and lists through the API, filtered by type', async () => {
    const registry = await ociRegistry();
    try {
      const client = new OciClient({ registry: registry.host });
      const subject = `sha256:${'c'.repeat(64)}`;
      const make = (artifactType: string): Buffer =>
        Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: MEDIA.ociManifest, artifactType, subject: { digest: subject } }));
      const sig = await client.pushReferrer('a/b', subject, make(MEDIA.sigstoreBundle), {
        mediaType: MEDIA.ociManifest,
        artifactType: MEDIA.sigstoreBundle,
      });
      await client.pushReferrer('a/b', subject, make('application/spdx+json'), {
        mediaType: MEDIA.ociManifest,
        artifactType: 'application/spdx+json',
      });
      expect(registry.requests.filter((r) => r.includes(`sha256-${'c'.repeat(64)}`))).toEqual([]);
      const found = await client.referrers('a/b', subject, MEDIA.sigstoreBundle);
      expect(found.via).toBe('api');
      expect(found.manifests.map((m) => m.digest)).toEqual([sig.digest]);
      expect((await client.referrers('a/b', subject)).manifests).toHaveLength(2);
    } finally {
      await registry.close();
    }
  });
});
