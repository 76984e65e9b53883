import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeDocument, outcomeRecordFile, parseJson } from '@slipway/core';
import { parseBuildxCacheOption } from '@slipway/cache';
import { recordsFromArchive } from '@slipway/metrics';
import { repoRoot, runStep, type StepResult } from '../harness/index.js';
import { main as cli } from '../../packages/cli/src/index.js';
import { startCacheService, type CacheService } from '../services/cache-service.js';

// One runner machine, reused run after run: the workspace and HOME keep their paths (as on hosted
// runners, where the cache version hashes the paths) but start empty, like a fresh VM.
let service: CacheService;
let root: string;
let ws: string;
let home: string;
const fixture = join(repoRoot, 'test', 'fixtures', 'cache', 'npm-app');
const npm = (args: string[], env: Record<string, string> = {}): string =>
  execFileSync('npm', args, {
    cwd: ws,
    env: { ...process.env, HOME: home, npm_config_cache: join(home, '.npm'), ...env },
    encoding: 'utf8',
  });

async function freshRunner(): Promise<void> {
  await rm(ws, { recursive: true, force: true });
  await rm(home, { recursive: true, force: true });
  await cp(fixture, ws, { recursive: true });
  await mkdir(home, { recursive: true });
}

/** The job's own steps between main and post: install (fills the npm store from the local tarball) and an incremental build. */
function installAndBuild(): void {
  npm(['ci', '--no-audit', '--no-fund']);
  execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ws], { cwd: ws });
}

// npm scripts export npm_config_cache to the test process; a runner has none, so the store is ~/.npm.
const push = (): Record<string, string> => ({ ...service.env, HOME: home, npm_config_cache: '' });
const main = (env: Record<string, string>, inputs: Record<string, string> = {}, event: Record<string, unknown> = {}): Promise<StepResult> =>
  runStep({ action: 'cache-setup', workspace: ws, env, inputs, event });
const post = (m: StepResult, env: Record<string, string>, inputs: Record<string, string> = {}): Promise<StepResult> =>
  runStep({ action: 'cache-setup', step: 'post', workspace: ws, jobDir: m.jobDir, state: m.state, env, inputs });

const warnings = (r: StepResult): string[] => r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);

beforeAll(async () => {
  service = await startCacheService();
  root = await mkdtemp(join(tmpdir(), 'slipway-cache-e2e-'));
  ws = join(root, 'workspace');
  home = join(root, 'home');
});
afterAll(async () => {
  await service?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

jest.setTimeout(60_000);

describe('cache-setup through the runner harness', () => {
  let firstKeys: { deps: string; build: string };

  it('first run on main: misses, then the post step saves both layers and records the outcome', async () => {
    await freshRunner();
    const m = await main(push());
    expect(m.exitCode).toBe(0);
    expect(m.outputs).toMatchObject({ 'deps-hit': 'miss', 'build-hit': 'miss', 'cache-hit': 'false', ecosystems: 'npm' });
    expect(m.outputs['deps-key']).toMatch(/^slipway-deps-linux-x64-node24-[0-9a-f]{64}$/);
    expect(m.outputs['deps-paths']).toBe('~/.npm');
    expect(m.summary).toContain('### Cache restore');
    firstKeys = { deps: m.outputs['deps-key'] ?? '', build: m.outputs['build-key'] ?? '' };

    installAndBuild();
    const p = await post(m, push());
    expect(p.exitCode).toBe(0);
    expect(warnings(p)).toEqual([]);
    expect(p.outputs).toMatchObject({ 'deps-saved': 'true', 'build-saved': 'true' });
    expect((await service.entries()).map((e) => e.key).sort()).toEqual([firstKeys.build, firstKeys.deps].sort());
    expect(p.summary).toContain('miss: saving a new entry');

    // The hit records: a JSON file in the shared outcome-record format, uploaded as a slipway-record artifact.
    const records = decodeDocument(
      outcomeRecordFile,
      parseJson(await readFile(p.outputs['record-path'] ?? '', 'utf8'), 'record'),
      'record',
    );
    expect(records.map((r) => (r.type === 'cache' ? [r.layer, r.hit, r.saved] : r.type))).toEqual([
      ['deps', 'miss', true],
      ['build', 'miss', true],
      ['docker', 'skipped', false],
      ['docker', 'skipped', false],
    ]);
    expect(records[0]).toMatchObject({ type: 'cache', key: firstKeys.deps, os: 'Linux', arch: 'X64' });
    expect(records[0]?.type === 'cache' && records[0].sizeBytes).toBeGreaterThan(0);
    expect(records[0]?.run).toMatchObject({ repository: 'octo-org/octo-repo', ref: 'refs/heads/main', job: 'build' });
    const [artifact] = await service.artifacts();
    expect(artifact?.name).toMatch(/^slipway-record-cache-setup-build-[0-9a-f]{8}$/);
    // ci-metrics reads the artifact with the same decoder: looked-up layers count, skipped ones don't.
    const read = recordsFromArchive(await service.downloadArtifact(artifact?.name ?? ''), artifact?.name ?? '');
    expect(read.problems).toEqual([]);
    expect(read.records).toEqual([
      { type: 'cache', layer: 'deps', hit: 'miss' },
      { type: 'cache', layer: 'build', hit: 'miss' },
    ]);
    // The runtime token is never handed to later steps.
    expect(m.exportedEnv).toEqual({});
    expect(p.exportedEnv).toEqual({});
  });

  it('second run on the same lockfile: restores exactly, installs offline from the restored store, saves nothing', async () => {
    await freshRunner();
    const m = await main(push());
    expect(m.outputs).toMatchObject({ 'deps-hit': 'exact', 'build-hit': 'exact', 'cache-hit': 'true', 'deps-matched-key': firstKeys.deps });
    expect(Number(m.outputs['deps-size'])).toBeGreaterThan(0);
    expect((await stat(join(home, '.npm', '_cacache'))).isDirectory()).toBe(true);
    expect((await stat(join(ws, 'tsconfig.tsbuildinfo'))).isFile()).toBe(true);
    // With the tarball gone, only the restored store can satisfy the install.
    await rm(join(ws, 'vendor'), { recursive: true });
    npm(['ci', '--offline', '--no-audit', '--no-fund']);
    expect((await stat(join(ws, 'node_modules', 'slipway-pad', 'index.js'))).isFile()).toBe(true);

    const p = await post(m, push());
    expect(p.outputs).toMatchObject({ 'deps-saved': 'false', 'build-saved': 'false' });
    expect(p.summary).toContain('exact hit: the entry is current');
    expect(await service.entries()).toHaveLength(2);
  });

  it('a changed lockfile restores partially from a restore key and saves the new entry', async () => {
    await freshRunner();
    const lock = join(ws, 'package-lock.json');
    await writeFile(
      lock,
      (await readFile(lock, 'utf8')).replace('"version": "1.0.0",\n  "lockfileVersion"', '"version": "1.0.1",\n  "lockfileVersion"'),
    );
    const m = await main(push(), { layers: 'deps' });
    expect(m.outputs['deps-key']).not.toBe(firstKeys.deps);
    expect(m.outputs).toMatchObject({ 'deps-hit': 'partial', 'deps-matched-key': firstKeys.deps, 'cache-hit': 'false' });
    expect(m.outputs['build-hit']).toBeUndefined();
    npm(['ci', '--no-audit', '--no-fund']);
    const p = await post(m, push(), { layers: 'deps' });
    expect(p.outputs['deps-saved']).toBe('true');
    expect((await service.entries()).map((e) => e.key)).toContain(m.outputs['deps-key']);
  });

  it('a pull request run restores the default branch entry read-only and saves nothing', async () => {
    await freshRunner();
    const before = await service.entries();
    const env = {
      ...service.envForRef('refs/pull/7/merge'),
      HOME: home,
      npm_config_cache: '',
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF_NAME: '7/merge',
    };
    const event = { repository: { default_branch: 'main' }, pull_request: { number: 7 } };
    const m = await runStep({ action: 'cache-setup', workspace: ws, env, event });
    expect(m.outputs).toMatchObject({ 'deps-hit': 'exact', 'deps-matched-key': firstKeys.deps, 'docker-cache-to': '' });
    expect(m.summary).toContain('read-only on refs/pull/7/merge (save: auto saves from main only)');
    await writeFile(join(ws, 'src', 'extra.ts'), 'export const x = 1;\n');
    const p = await runStep({ action: 'cache-setup', step: 'post', workspace: ws, jobDir: m.jobDir, state: m.state, env, event });
    expect(p.exitCode).toBe(0);
    expect(p.outputs).toMatchObject({ 'deps-saved': 'false', 'build-saved': 'false' });
    expect(await service.entries()).toEqual(before);
  });

  it('the docker layer gives each image valid buildx type=gha options with a scope of its own', async () => {
    await freshRunner();
    const m = await main(push(), { layers: 'docker' });
    expect(m.exitCode).toBe(0);
    const images = decodeDocument(
      (v) => v as Record<string, { 'cache-from': string; 'cache-to': string }>,
      parseJson(m.outputs['docker-cache'] ?? '', 'docker-cache'),
      'docker-cache',
    );
    expect(Object.keys(images)).toEqual(['workspace', 'workspace-worker']);
    const scopes = Object.values(images).map((i) => parseBuildxCacheOption(i['cache-from'])['scope']);
    expect(new Set(scopes).size).toBe(2);
    for (const image of Object.values(images)) {
      expect(parseBuildxCacheOption(image['cache-to'])).toMatchObject({
        type: 'gha',
        mode: 'max',
        scope: parseBuildxCacheOption(image['cache-from'])['scope'],
      });
    }
    expect(m.outputs['docker-cache-from']).toBe('type=gha,scope=slipway-docker-workspace');
    expect(m.outputs['docker-cache-to']).toBe('type=gha,scope=slipway-docker-workspace,mode=max,ignore-error=true');
  });

  it('a failing cache service warns and the job carries on uncached', async () => {
    await freshRunner();
    service.failWith(403);
    try {
      const m = await main(push(), { layers: 'deps' });
      expect(m.exitCode).toBe(0);
      expect(m.outputs).toMatchObject({ 'deps-hit': 'error', 'cache-hit': 'false' });
      expect(warnings(m).some((w) => w.startsWith('cache-setup: restoring deps failed, continuing without it'))).toBe(true);
      expect(m.summary).toContain('The cache service failed for deps; the job carried on uncached.');
      npm(['ci', '--no-audit', '--no-fund']);
      await writeFile(join(ws, 'package-lock.json'), (await readFile(join(ws, 'package-lock.json'), 'utf8')).replace('1.0.0', '1.0.2'));
      const p = await post(m, push(), { layers: 'deps', record: 'file' });
      expect(p.exitCode).toBe(0);
      expect(p.outputs['deps-saved']).toBe('false');
      expect(warnings(p).some((w) => w.startsWith('cache-setup: saving deps failed; the job is unaffected'))).toBe(true);
    } finally {
      service.failWith(undefined);
    }
  });

  it('a working directory with nothing to cache fails with a clear error', async () => {
    await freshRunner();
    await mkdir(join(ws, 'empty'));
    await writeFile(join(ws, 'empty', 'notes.txt'), 'nothing here\n');
    const m = await main(push(), { 'working-directory': 'empty' });
    expect(m.exitCode).toBe(1);
    expect(m.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /Nothing to cache under .*empty: no lockfile or manifest found/,
    );
  });

  it('honours ACTIONS_CACHE_MODE=none: nothing is read', async () => {
    await freshRunner();
    const m = await main({ ...push(), ACTIONS_CACHE_MODE: 'none' }, { layers: 'deps' });
    expect(m.outputs['deps-hit']).toBe('skipped');
    expect(m.summary).toContain("ACTIONS_CACHE_MODE is 'none'");
  });

  it('slipway cache plan computes the same keys as the action on the same tree', async () => {
    await freshRunner();
    const m = await main(push());
    let out = '';
    const io = {
      stdout: (t: string) => void (out += t),
      stderr: () => undefined,
      env: { HOME: home, npm_config_cache: join(home, '.npm') },
      cwd: ws,
    };
    expect(await cli(['cache', 'plan', '--json'], io)).toBe(0);
    const plan = decodeDocument(
      (v) => v as { layers: { layer: string; key?: string; restoreKeys?: string[]; paths?: string[] }[] },
      parseJson(out, 'plan'),
      'plan',
    );
    for (const layer of ['deps', 'build'] as const) {
      const planned = plan.layers.find((l) => l.layer === layer);
      expect(planned?.key).toBe(m.outputs[`${layer}-key`]);
      expect(planned?.paths?.join('\n')).toBe(m.outputs[`${layer}-paths`]);
    }
  });
});
