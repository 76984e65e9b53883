import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A running Debian `docker-registry` (distribution 2.8) on loopback with filesystem storage. */
export interface Registry {
  /** `127.0.0.1:PORT`, the host part of image references. */
  host: string;
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Set when started with `auth`: what a client must present to push. */
  credentials?: { username: string; password: string };
  /** The registry itself, behind the auth front (tests push fixtures there directly). */
  backendUrl?: string;
  stop(): Promise<void>;
}

export interface RegistryOptions {
  /**
   * Put the distribution token protocol in front: `/v2/` answers 401 with a Bearer challenge,
   * `/token` grants pull to anyone and push only with these credentials (basic auth).
   */
  auth?: { username: string; password: string };
}

const BINARY = process.env['SLIPWAY_REGISTRY_BIN'] ?? 'docker-registry';

/** A free TCP port on loopback (the OS picks it, we release it for the registry). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForRegistry(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}: ${log()}`);
    try {
      const res = await fetch(`${url}/v2/`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`docker-registry did not answer on ${url} within 15 s: ${log()}`);
}

/** Starts `docker-registry serve` on a free loopback port; storage lives in a temp folder removed by stop(). */
export async function startRegistry(options: RegistryOptions = {}): Promise<Registry> {
  const backend = await startPlainRegistry();
  if (!options.auth) return backend;
  const front = await startTokenFront(backend.url, options.auth);
  return {
    host: front.host,
    url: front.url,
    credentials: options.auth,
    backendUrl: backend.url,
    stop: async () => {
      await front.stop();
      await backend.stop();
    },
  };
}

/** The token protocol in front of a registry: bearer challenges, a token endpoint, scope checks. */
async function startTokenFront(
  backendUrl: string,
  auth: { username: string; password: string },
): Promise<{ host: string; url: string; stop(): Promise<void> }> {
  const grants = new Map<string, Set<string>>();
  const backend = new URL(backendUrl);
  let host = '';
  const server = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://front');
    if (url.pathname === '/token') {
      const basic = (req.headers.authorization ?? '').replace(/^Basic /i, '');
      const [user, ...rest] = Buffer.from(basic, 'base64').toString('utf8').split(':');
      const authenticated = basic !== '' && user === auth.username && rest.join(':') === auth.password;
      if (basic !== '' && !authenticated) {
        res.writeHead(401, { 'Content-Type': 'application/json' }).end('{"errors":[{"code":"UNAUTHORIZED","message":"bad credentials"}]}');
        return;
      }
      const granted = new Set<string>();
      for (const scope of url.searchParams.getAll('scope')) {
        const [, repo = '', actions = ''] = scope.split(':');
        for (const action of actions.split(',')) if (action === 'pull' || authenticated) granted.add(`${repo}:${action}`);
      }
      const token = randomBytes(16).toString('hex');
      grants.set(token, granted);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ token, expires_in: 300 }));
      return;
    }
    const m = /^\/v2\/(.+?)\/(manifests|blobs|tags|referrers)\//.exec(url.pathname);
    const action = req.method === 'GET' || req.method === 'HEAD' ? 'pull' : 'push';
    const token = (req.headers.authorization ?? '').replace(/^Bearer /i, '');
    const granted = grants.get(token);
    const needed = m ? `${m[1]}:${action}` : undefined;
    if (!granted || (needed && !granted.has(needed))) {
      const scope = m ? `,scope="repository:${m[1]}:${action}"` : '';
      res
        .writeHead(401, {
          'Content-Type': 'application/json',
          'WWW-Authenticate': `Bearer realm="http://${host}/token",service="slipway-registry"${scope}`,
        })
        .end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
      return;
    }
    const headers = { ...req.headers, host };
    delete headers.authorization;
    const upstream = httpRequest({ host: backend.hostname, port: backend.port, method: req.method, path: req.url, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', (error) => res.writeHead(502).end(String(error)));
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  host = `127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    host,
    url: `http://${host}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function startPlainRegistry(): Promise<Registry> {
  if (spawnSync(BINARY, ['--version']).error) {
    throw new Error(`test/services/registry: '${BINARY}' is not installed (Debian package docker-registry)`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'slipway-registry-'));
  const storage = join(dir, 'storage');
  await mkdir(storage);
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const config = [
    'version: 0.1',
    'log:',
    '  level: error',
    '  accesslog:',
    '    disabled: true',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${storage}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: ${host}`,
    '',
  ].join('\n');
  const configPath = join(dir, 'config.yml');
  await writeFile(configPath, config);
  const child = spawn(BINARY, ['serve', configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://${host}`;
  try {
    await waitForRegistry(url, child, () => output.slice(-2000));
  } catch (error) {
    child.kill('SIGKILL');
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    host,
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 3000)))]);
        clearTimeout(timer);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const sha256 = (data: Buffer | string): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

/** One file as a POSIX ustar archive (the layer format of an OCI image). */
function tarOneFile(name: string, content: Buffer): Buffer {
  const header = Buffer.alloc(512);
  const put = (text: string, offset: number, length: number): void => void header.write(text, offset, length, 'ascii');
  put(name, 0, 100);
  put('0000644\0', 100, 8);
  put('0000000\0', 108, 8);
  put('0000000\0', 116, 8);
  put(`${content.length.toString(8).padStart(11, '0')}\0`, 124, 12);
  put('00000000000\0', 136, 12);
  put('        ', 148, 8);
  put('0', 156, 1);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  let sum = 0;
  for (const byte of header) sum += byte;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  const padding = Buffer.alloc((512 - (content.length % 512)) % 512);
  return Buffer.concat([header, content, padding, Buffer.alloc(1024)]);
}

async function pushBlob(registry: Registry, repository: string, data: Buffer, digest: string): Promise<void> {
  // distribution 2.8 ignores a digest on the POST: open a session, then PUT the whole blob.
  const base = registry.backendUrl ?? registry.url;
  const start = await fetch(`${base}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
  const location = start.headers.get('location');
  if (start.status !== 202 || !location) throw new Error(`registry: upload start answered ${start.status}: ${await start.text()}`);
  const target = new URL(location, base);
  target.searchParams.set('digest', digest);
  const res = await fetch(target, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: data,
  });
  if (res.status !== 201) throw new Error(`registry: blob upload of ${digest} answered ${res.status}: ${await res.text()}`);
}

/**
 * Pushes a small real OCI image (one layer holding a text file that names the repository and
 * tag, so each repository gets its own digest) through the registry's HTTP API.
 */
export async function pushTestImage(registry: Registry, repository: string, tag = 'latest'): Promise<{ ref: string; digest: string }> {
  const tar = tarOneFile('hello.txt', Buffer.from(`slipway test image ${repository}:${tag}\n`));
  const layer = gzipSync(tar, { level: 9 });
  const layerDigest = sha256(layer);
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      config: { Cmd: ['/bin/sh'] },
      rootfs: { type: 'layers', diff_ids: [sha256(tar)] },
      history: [{ created_by: 'slipway test/services/registry' }],
    }),
  );
  const configDigest = sha256(config);
  await pushBlob(registry, repository, layer, layerDigest);
  await pushBlob(registry, repository, config, configDigest);
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: layerDigest, size: layer.length }],
    }),
  );
  const digest = sha256(manifest);
  const res = await fetch(`${registry.backendUrl ?? registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' },
    body: manifest,
  });
  if (res.status !== 201) throw new Error(`registry: manifest push answered ${res.status}: ${await res.text()}`);
  const stored = res.headers.get('docker-content-digest');
  if (stored !== digest) throw new Error(`registry: stored digest ${stored ?? '(none)'} differs from ${digest}`);
  return { ref: `${registry.host}/${repository}@${digest}`, digest };
}
