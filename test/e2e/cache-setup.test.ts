import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createServer, type AddressInfo, type Socket } from 'node:net';
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

/** The job's own step between main and post: an incremental build. */
function build(): void {
  execFileSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', ws], { cwd: ws });
}

// A runner's step sees only the runner's environment: no npm_config_cache, so the store is ~/.npm.
const push = (): Record<string, string> => ({ ...service.env, HOME: home });
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
  let firstKeys: { deps: string; installed: string; build: string };
  const install = 'npm ci --no-audit --no-fund';

  it('first run on main: misses, runs the install, then the post step saves the store, the installed tree and the build', async () => {
    await freshRunner();
    const m = await main(push(), { install });
    expect(m.exitCode).toBe(0);
    expect(m.outputs).toMatchObject({
      'deps-hit': 'miss',
      'installed-hit': 'miss',
      'build-hit': 'miss',
      'cache-hit': 'false',
      ecosystems: 'npm',
      installed: 'ran',
      'install-needed': 'true',
    });
    expect(Number(m.outputs['install-seconds'])).toBeGreaterThan(0);
    expect(m.outputs['deps-key']).toMatch(/^slipway-deps-linux-x64-node24-[0-9a-f]{64}$/);
    expect(m.outputs['installed-key']).toMatch(/^slipway-installed-linux-x64-node24-[0-9a-f]{64}$/);
    expect(m.outputs['deps-paths']).toBe('~/.npm');
    expect(m.outputs['installed-paths']).toBe('node_modules');
    expect(m.summary).toContain('### Cache restore');
    expect(m.summary).toContain(`Install: ran \`${install}\` in`);
    // The install really ran: from the local tarball into node_modules and the npm store.
    expect((await stat(join(ws, 'node_modules', 'slipway-pad', 'index.js'))).isFile()).toBe(true);
    firstKeys = { deps: m.outputs['deps-key'] ?? '', installed: m.outputs['installed-key'] ?? '', build: m.outputs['build-key'] ?? '' };

    build();
    const p = await post(m, push(), { install });
    expect(p.exitCode).toBe(0);
    expect(warnings(p)).toEqual([]);
    expect(p.outputs).toMatchObject({ 'deps-saved': 'true', 'installed-saved': 'true', 'build-saved': 'true' });
    expect((await service.entries()).map((e) => e.key).sort()).toEqual([firstKeys.build, firstKeys.deps, firstKeys.installed].sort());
    expect(p.summary).toContain('miss: saving a new entry');

    // The hit records: a JSON file in the shared outcome-record format, uploaded as a slipway-record artifact.
    const records = decodeDocument(
      outcomeRecordFile,
      parseJson(await readFile(p.outputs['record-path'] ?? '', 'utf8'), 'record'),
      'record',
    );
    expect(records.map((r) => (r.type === 'cache' ? [r.layer, r.hit, r.saved] : r.type))).toEqual([
      ['installed', 'miss', true],
      ['deps', 'miss', true],
      ['build', 'miss', true],
      ['docker', 'skipped', false],
      ['docker', 'skipped', false],
    ]);
    expect(records[1]).toMatchObject({ type: 'cache', key: firstKeys.deps, os: 'Linux', arch: 'X64' });
    expect(records[1]?.type === 'cache' && records[1].sizeBytes).toBeGreaterThan(0);
    expect(records[0]?.run).toMatchObject({ repository: 'octo-org/octo-repo', ref: 'refs/heads/main', job: 'build' });
    const [artifact] = await service.artifacts();
    expect(artifact?.name).toMatch(/^slipway-record-cache-setup-build-[0-9a-f]{8}$/);
    // ci-metrics reads the artifact with the same decoder: looked-up layers count, skipped ones don't.
    const read = recordsFromArchive(await service.downloadArtifact(artifact?.name ?? ''), artifact?.name ?? '');
    expect(read.problems).toEqual([]);
    expect(read.records).toEqual([
      { type: 'cache', layer: 'installed', hit: 'miss' },
      { type: 'cache', layer: 'deps', hit: 'miss' },
      { type: 'cache', layer: 'build', hit: 'miss' },
    ]);
    // The runtime token is never handed to later steps.
    expect(m.exportedEnv).toEqual({});
    expect(p.exportedEnv).toEqual({});
  });

  it('second run on the same lockfile: restores the installed tree exactly, runs no install, saves nothing', async () => {
    await freshRunner();
    const m = await main(push(), { install });
    expect({ exitCode: m.exitCode, errors: m.annotations.filter((a) => a.level !== 'notice') }).toEqual({ exitCode: 0, errors: [] });
    expect(m.outputs).toMatchObject({
      'installed-hit': 'exact',
      'installed-matched-key': firstKeys.installed,
      'deps-hit': 'skipped',
      'build-hit': 'exact',
      'cache-hit': 'true',
      installed: 'restored',
      'install-seconds': '0',
      'install-needed': 'false',
    });
    expect(m.stdout).not.toContain('added 1 package');
    expect(m.summary).toContain(`Install: skipped \`${install}\`: the installed tree was restored exactly`);
    expect((await stat(join(ws, 'node_modules', 'slipway-pad', 'index.js'))).isFile()).toBe(true);
    // The store is not needed when the tree came back: it is not downloaded.
    expect(await stat(join(home, '.npm')).catch(() => undefined)).toBeUndefined();
    expect((await stat(join(ws, 'tsconfig.tsbuildinfo'))).isFile()).toBe(true);

    const p = await post(m, push(), { install });
    expect(p.outputs).toMatchObject({ 'deps-saved': 'false', 'installed-saved': 'false', 'build-saved': 'false' });
    expect(p.summary).toContain('exact hit: the entry is current');
    expect(await service.entries()).toHaveLength(3);
  });

  it('without install, install-needed tells a workflow whether its own install step must run', async () => {
    await freshRunner();
    const first = await main(push(), { layers: 'deps, installed' });
    expect(first.outputs).toMatchObject({ 'installed-hit': 'miss', 'install-needed': 'true' });
    expect(first.outputs['installed']).toBeUndefined();
    expect(first.summary).toContain('Install needed: yes');
    npm(['ci', '--no-audit', '--no-fund']);
    const saved = await post(first, push(), { layers: 'deps, installed' });
    expect(saved.outputs).toMatchObject({ 'installed-saved': 'true' });

    await freshRunner();
    const second = await main(push(), { layers: 'deps, installed' });
    expect(second.outputs).toMatchObject({ 'installed-hit': 'exact', 'install-needed': 'false', 'deps-hit': 'skipped' });
    expect(second.summary).toContain('Install needed: no');
    expect((await stat(join(ws, 'node_modules', 'slipway-pad', 'index.js'))).isFile()).toBe(true);
  });

  it('a changed lockfile restores the store from a restore key, never the installed tree, and installs', async () => {
    await freshRunner();
    const lock = join(ws, 'package-lock.json');
    await writeFile(
      lock,
      (await readFile(lock, 'utf8')).replace('"version": "1.0.0",\n  "lockfileVersion"', '"version": "1.0.1",\n  "lockfileVersion"'),
    );
    const m = await main(push(), { layers: 'deps', install });
    expect(m.outputs['deps-key']).not.toBe(firstKeys.deps);
    expect(m.outputs['installed-key']).not.toBe(firstKeys.installed);
    expect(m.outputs).toMatchObject({
      'deps-hit': 'partial',
      'deps-matched-key': firstKeys.deps,
      'installed-hit': 'miss',
      'installed-matched-key': '',
      installed: 'ran',
      'cache-hit': 'false',
    });
    expect(m.outputs['build-hit']).toBeUndefined();
    const p = await post(m, push(), { layers: 'deps', install });
    expect(p.outputs).toMatchObject({ 'deps-saved': 'true', 'installed-saved': 'true' });
    expect((await service.entries()).map((e) => e.key)).toEqual(
      expect.arrayContaining([m.outputs['deps-key'], m.outputs['installed-key']]),
    );
  });

  it('a pull request run restores the default branch entry read-only and saves nothing', async () => {
    await freshRunner();
    const before = await service.entries();
    const env = {
      ...service.envForRef('refs/pull/7/merge'),
      HOME: home,
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REF_NAME: '7/merge',
    };
    const event = { repository: { default_branch: 'main' }, pull_request: { number: 7 } };
    // The pull request changes a source: its build entry would be new, and still it is not saved.
    await writeFile(join(ws, 'src', 'extra.ts'), 'export const x = 1;\n');
    const m = await runStep({ action: 'cache-setup', workspace: ws, env, event, inputs: { install } });
    expect(m.outputs).toMatchObject({ 'installed-hit': 'exact', installed: 'restored', 'build-hit': 'partial', 'docker-cache-to': '' });
    expect(m.summary).toContain('read-only on refs/pull/7/merge (save: auto saves from main only)');
    build();
    const p = await runStep({
      action: 'cache-setup',
      step: 'post',
      workspace: ws,
      jobDir: m.jobDir,
      state: m.state,
      env,
      event,
      inputs: { install },
    });
    expect(p.exitCode).toBe(0);
    expect(p.outputs).toMatchObject({ 'deps-saved': 'false', 'installed-saved': 'false', 'build-saved': 'false' });
    expect(p.summary).toContain('read-only on refs/pull/7/merge');
    expect(await service.entries()).toEqual(before);
  });

  it('a cache service that accepts connections and never answers is a warning and a miss, in main and post, within bounded time', async () => {
    await freshRunner();
    const held: Socket[] = [];
    const silent = createServer((socket) => void held.push(socket));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as AddressInfo).port;
    try {
      const env = { ...push(), ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/` };
      const inputs = { install, 'stall-timeout': '2' };
      // The harness fails the test if a step runs over its timeout: the bound is the assertion.
      const m = await runStep({ action: 'cache-setup', workspace: ws, env, inputs, timeoutMs: 40_000 });
      expect(m.exitCode).toBe(0);
      expect(m.outputs).toMatchObject({ 'installed-hit': 'error', 'deps-hit': 'error', 'build-hit': 'error', installed: 'ran' });
      expect(
        warnings(m).some((w) =>
          /restoring installed failed, continuing without it: the cache service stopped answering: http:\/\/127\.0\.0\.1:\d+\/twirp\/.* sent nothing for 2 s/.test(
            w,
          ),
        ),
      ).toBe(true);
      expect(m.summary).toContain('(it stopped answering); the job carried on uncached');
      expect(held.length).toBeGreaterThan(0);

      const p = await runStep({
        action: 'cache-setup',
        step: 'post',
        workspace: ws,
        jobDir: m.jobDir,
        state: m.state,
        env,
        inputs,
        timeoutMs: 40_000,
      });
      expect(p.exitCode).toBe(0);
      expect(p.outputs).toMatchObject({ 'installed-saved': 'false', 'deps-saved': 'false', 'build-saved': 'false' });
      expect(warnings(p).some((w) => /saving installed failed; the job is unaffected: the cache service stopped answering/.test(w))).toBe(
        true,
      );
      // The record is still written, and not uploaded to the service that stopped answering.
      expect((await stat(p.outputs['record-path'] ?? '')).isFile()).toBe(true);
    } finally {
      for (const socket of held) socket.destroy();
      await new Promise((r) => silent.close(r));
    }
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
