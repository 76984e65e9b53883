import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
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
  stop(): Promise<void>;
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
export async function startRegistry(): Promise<Registry> {
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
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
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
  const start = await fetch(`${registry.url}/v2/${repository}/blobs/uploads/`, { method: 'POST' });
  const location = start.headers.get('location');
  if (start.status !== 202 || !location) throw new Error(`registry: upload start answered ${start.status}: ${await start.text()}`);
  const target = new URL(location, registry.url);
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
  const res = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/vnd.oci.image.manifest.v1+json' },
    body: manifest,
  });
  if (res.status !== 201) throw new Error(`registry: manifest push answered ${res.status}: ${await res.text()}`);
  const stored = res.headers.get('docker-content-digest');
  if (stored !== digest) throw new Error(`registry: stored digest ${stored ?? '(none)'} differs from ${digest}`);
  return { ref: `${registry.host}/${repository}@${digest}`, digest };
}
