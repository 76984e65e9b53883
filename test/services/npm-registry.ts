import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCapture } from '@slipway/core';

// A small npm registry on loopback, for tests that run real npm against a registry: it serves each
// package's metadata document (the abbreviated form npm asks for) and its tarballs, answers
// conditional requests with 304, and counts every request. A release is published by the test
// while it runs, as a registry gains releases between two CI runs. Metadata is served with
// `max-age=0`, so a stored copy is stale at once, as a copy from an earlier CI run is.

export interface Published {
  name: string;
  version: string;
  integrity: string;
}

export interface LocalRegistry {
  url: string;
  /** Packs and publishes a release (a package.json and an index.js that exports its version). */
  publish(name: string, version: string): Promise<Published>;
  /** Requests so far: method, path, and whether it was conditional. */
  requests: { method: string; path: string; conditional: boolean }[];
  stop(): Promise<void>;
}

export async function startRegistry(): Promise<LocalRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'slipway-registry-'));
  type Release = { file: string; integrity: string; shasum: string };
  const releases = new Map<string, Map<string, Release>>();
  const requests: LocalRegistry['requests'] = [];
  let base = '';

  const document = (name: string): string => {
    const versions = releases.get(name) ?? new Map<string, Release>();
    const latest = [...versions.keys()].at(-1) ?? '';
    const short = name.slice(name.lastIndexOf('/') + 1);
    return JSON.stringify({
      name,
      'dist-tags': { latest },
      modified: new Date().toISOString(),
      versions: Object.fromEntries(
        [...versions].map(([v, r]) => [
          v,
          { name, version: v, dist: { tarball: `${base}/${name}/-/${short}-${v}.tgz`, integrity: r.integrity, shasum: r.shasum } },
        ]),
      ),
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    requests.push({ method: req.method ?? '', path, conditional: req.headers['if-none-match'] !== undefined });
    const tarball = /^\/(.+)\/-\/[^/]+-(\d[^/]*)\.tgz$/.exec(path);
    if (tarball) {
      const r = releases.get(tarball[1] ?? '')?.get(tarball[2] ?? '');
      if (!r) return void res.writeHead(404).end('{"error":"not found"}');
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(await readFile(r.file));
      return;
    }
    const name = path.slice(1);
    if (!releases.has(name)) return void res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
    const body = document(name);
    const etag = `"${createHash('sha1')
      .update(body.replace(/"modified":"[^"]*",/, ''))
      .digest('hex')}"`;
    const headers = { 'content-type': 'application/json', 'cache-control': 'public, max-age=0', etag };
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, headers).end();
    res.writeHead(200, headers).end(body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${base}/`,
    requests,
    async publish(name, version) {
      const pkg = join(dir, `${name.replace('/', '+')}-${version}`);
      await mkdir(join(pkg, 'package'), { recursive: true });
      await writeFile(join(pkg, 'package', 'package.json'), `${JSON.stringify({ name, version, main: 'index.js' }, null, 2)}\n`);
      await writeFile(join(pkg, 'package', 'index.js'), `module.exports = ${JSON.stringify(version)};\n`);
      const file = `${pkg}.tgz`;
      const tar = await spawnCapture('tar', ['-czf', file, '-C', pkg, 'package']);
      if (tar.exitCode !== 0) throw new Error(`tar failed: ${tar.stderr}`);
      const bytes = await readFile(file);
      const integrity = `sha512-${createHash('sha512').update(bytes).digest('base64')}`;
      const shasum = createHash('sha1').update(bytes).digest('hex');
      releases.set(name, (releases.get(name) ?? new Map<string, Release>()).set(version, { file, integrity, shasum }));
      return { name, version, integrity };
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
