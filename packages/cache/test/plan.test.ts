import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planCache, type KeyedLayerPlan, type PlanOptions } from '../src/index.js';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/cache/', import.meta.url));
const linux = { os: 'Linux', arch: 'X64', env: {} };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slipway-cache-plan-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function copyFixture(name: string): Promise<string> {
  const to = join(dir, `${name}-${Math.random().toString(36).slice(2)}`);
  await cp(join(fixtures, name), to, { recursive: true });
  return to;
}

const plan = (root: string, extra: Partial<PlanOptions> = {}) =>
  planCache({ root, baseDir: root, machine: linux, prefix: 'slipway', layers: ['deps', 'build', 'docker'], ...extra });

const keyed = (layers: Awaited<ReturnType<typeof plan>>['layers'], name: 'deps' | 'build'): KeyedLayerPlan => {
  const found = layers.find((l) => l.layer === name);
  if (!found || found.layer === 'docker') throw new Error(`no ${name} layer`);
  return found;
};

describe('planCache on a monorepo', () => {
  it('finds every ecosystem and caches stores, not node_modules', async () => {
    const root = await copyFixture('monorepo');
    const p = await plan(root);
    expect(p.projects).toEqual([
      { ecosystem: 'npm', dir: '.' },
      { ecosystem: 'gradle', dir: 'android' },
      { ecosystem: 'cargo', dir: 'crates/digenum' },
      { ecosystem: 'maven', dir: 'java' },
      { ecosystem: 'go', dir: 'services/api' },
      { ecosystem: 'pip', dir: 'tools' },
    ]);
    expect(p.toolchain).toBe('go1.13_gradle8.7_node24_python_rust1.79');
    const deps = keyed(p.layers, 'deps');
    expect(deps.paths).toEqual([
      '~/.npm',
      '~/.gradle/caches/modules-2',
      '~/.gradle/wrapper/dists',
      '~/.cargo/registry/index',
      '~/.cargo/registry/cache',
      '~/.cargo/git/db',
      '~/.m2/repository',
      '~/go/pkg/mod',
      '~/.cache/pip',
    ]);
    expect(deps.paths.some((x) => x.includes('node_modules'))).toBe(false);
    expect(deps.key).toMatch(/^slipway-deps-linux-x64-go1\.13_gradle8\.7_node24_python_rust1\.79-[0-9a-f]{64}$/);
    expect(deps.restoreKeys).toEqual(['slipway-deps-linux-x64-go1.13_gradle8.7_node24_python_rust1.79-', 'slipway-deps-linux-x64-']);
    const build = keyed(p.layers, 'build');
    expect(build.paths).toEqual([
      '**/*.tsbuildinfo',
      '!**/node_modules/**',
      'web/.next/cache',
      // The root tsconfig is incremental with outDir out: the outputs the .tsbuildinfo lists come back with it.
      'out',
      '~/.gradle/caches/build-cache-1',
      'crates/digenum/target',
      '~/.cache/go-build',
    ]);
    const docker = p.layers.find((l) => l.layer === 'docker');
    expect(docker?.layer === 'docker' && docker.images.map((i) => i.scope)).toEqual(['slipway-docker-api']);
  });

  it('computes the same keys for the same tree, wherever it sits', async () => {
    const [a, b] = [await copyFixture('monorepo'), await copyFixture('monorepo')];
    const [pa, pb] = [await plan(a), await plan(b)];
    expect(keyed(pb.layers, 'deps').key).toBe(keyed(pa.layers, 'deps').key);
    expect(keyed(pb.layers, 'build').key).toBe(keyed(pa.layers, 'build').key);
  });

  it('changes the deps key when a lockfile changes, and only the build key when a source changes', async () => {
    const root = await copyFixture('monorepo');
    const before = await plan(root);
    await writeFile(join(root, 'web', 'page.tsx'), 'export default function Page() { return null; }\n');
    const afterSource = await plan(root);
    expect(keyed(afterSource.layers, 'deps').key).toBe(keyed(before.layers, 'deps').key);
    expect(keyed(afterSource.layers, 'build').key).not.toBe(keyed(before.layers, 'build').key);
    await writeFile(join(root, 'tools', 'requirements.txt'), 'attrs==26.1.0\n');
    const afterLock = await plan(root);
    expect(keyed(afterLock.layers, 'deps').key).not.toBe(keyed(before.layers, 'deps').key);
    // The restore keys stay: a changed lockfile restores the previous store partially.
    expect(keyed(afterLock.layers, 'deps').restoreKeys).toEqual(keyed(before.layers, 'deps').restoreKeys);
  });

  it('writes paths relative to the workspace when the working directory is below it', async () => {
    const root = await copyFixture('monorepo');
    const p = await planCache({ root: join(root, 'crates'), baseDir: root, machine: linux, prefix: 'ci', layers: ['deps', 'build'] });
    expect(keyed(p.layers, 'build').paths).toEqual(['crates/digenum/target']);
    expect(keyed(p.layers, 'deps').key).toMatch(/^ci-deps-linux-x64-rust1\.79-/);
  });

  it('follows the environment variables that move stores, and never puts node_modules in the store layer', async () => {
    const root = await copyFixture('npm-app');
    const p = await plan(root, { machine: { ...linux, env: { npm_config_cache: '/srv/npm-cache' } }, layers: ['deps'] });
    expect(keyed(p.layers, 'deps').paths).toEqual(['/srv/npm-cache']);
  });

  it('uses macOS and Windows store locations', async () => {
    const root = await copyFixture('monorepo');
    const mac = await plan(root, { machine: { os: 'macOS', arch: 'ARM64', env: {} }, layers: ['deps'] });
    expect(keyed(mac.layers, 'deps').paths).toContain('~/Library/Caches/pip');
    expect(keyed(mac.layers, 'deps').key).toMatch(/^slipway-deps-macos-arm64-/);
    const win = await plan(root, {
      machine: { os: 'Windows', arch: 'X64', env: { LOCALAPPDATA: 'C:/Users/r/AppData/Local' } },
      layers: ['deps'],
    });
    expect(keyed(win.layers, 'deps').paths).toContain('C:/Users/r/AppData/Local/npm-cache');
  });
});

describe('yarn, pnpm and Python lockfiles', () => {
  it('tells Yarn classic from Berry by the lockfile and honours .yarnrc.yml', async () => {
    const root = join(dir, `yarn-${Date.now()}`);
    await mkdir(join(root, 'classic'), { recursive: true });
    await mkdir(join(root, 'berry'), { recursive: true });
    await mkdir(join(root, 'local'), { recursive: true });
    await writeFile(
      join(root, 'classic', 'yarn.lock'),
      '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n',
    );
    await writeFile(join(root, 'berry', 'yarn.lock'), '__metadata:\n  version: 8\n  cacheKey: 10c0\n');
    await writeFile(join(root, 'local', 'yarn.lock'), '__metadata:\n  version: 8\n  cacheKey: 10c0\n');
    await writeFile(join(root, 'local', '.yarnrc.yml'), 'enableGlobalCache: false\nnodeLinker: node-modules\n');
    await mkdir(join(root, 'pn'));
    await writeFile(join(root, 'pn', 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n");
    await writeFile(join(root, 'pn', 'uv.lock'), 'version = 1\n');
    await writeFile(join(root, 'pn', 'poetry.lock'), '# This file is automatically @generated by Poetry\n');
    const p = await plan(root, { layers: ['deps'] });
    expect(p.projects).toEqual([
      { ecosystem: 'yarn-berry', dir: 'berry' },
      { ecosystem: 'yarn-classic', dir: 'classic' },
      { ecosystem: 'yarn-berry', dir: 'local' },
      { ecosystem: 'pnpm', dir: 'pn' },
      { ecosystem: 'poetry', dir: 'pn' },
      { ecosystem: 'uv', dir: 'pn' },
    ]);
    expect(keyed(p.layers, 'deps').paths).toEqual([
      '~/.yarn/berry/cache',
      '~/.cache/yarn/v6',
      'local/.yarn/cache',
      '~/.local/share/pnpm/store',
      '~/.cache/pypoetry',
      '~/.cache/uv',
    ]);
  });
});

describe('bad input', () => {
  it('is a clear error when nothing is detectable and no paths are given', async () => {
    const root = join(dir, `empty-${Date.now()}`);
    await mkdir(join(root, 'src'), { recursive: true });
    await writeFile(join(root, 'src', 'main.c'), 'int main(void) { return 0; }\n');
    await expect(plan(root)).rejects.toThrow(/Nothing to cache under .*no lockfile or manifest found/);
  });

  it('caches given paths when nothing is detectable', async () => {
    const root = join(dir, `paths-${Date.now()}`);
    await mkdir(root, { recursive: true });
    await writeFile(join(root, 'deps.txt'), 'v1\n');
    const p = await plan(root, { layers: ['deps', 'build'], extraPaths: ['.ccache'], keyFiles: ['deps.txt'] });
    expect(keyed(p.layers, 'deps').paths).toEqual(['.ccache']);
    expect(keyed(p.layers, 'deps').hashedFiles).toBe(1);
    expect(p.skipped).toEqual([{ layer: 'build', reason: 'no incremental build output known for the detected ecosystems' }]);
  });

  it('names a corrupt JSON lockfile', async () => {
    const root = await copyFixture('npm-app');
    await writeFile(join(root, 'package-lock.json'), '{ "name": "x", ');
    await expect(plan(root)).rejects.toThrow(/package-lock\.json is not valid JSON/);
  });

  it('names an unreadable lockfile', async () => {
    // A dangling symlink: unreadable for every user, root included.
    const root = await copyFixture('monorepo');
    await rm(join(root, 'tools', 'requirements.txt'));
    await symlink(join(root, 'nowhere.txt'), join(root, 'tools', 'requirements.txt'));
    await expect(plan(root)).rejects.toThrow(/Cannot read lockfile .*tools\/requirements\.txt to compute the cache key: ENOENT/);
  });

  it('rejects a missing working directory', async () => {
    await expect(plan(join(dir, 'no-such-dir'))).rejects.toThrow(/does not exist or is not a folder/);
  });
});

describe('the build key', () => {
  it('ignores the build outputs it caches', async () => {
    const root = await copyFixture('npm-app');
    const before = await plan(root);
    await writeFile(join(root, 'tsconfig.tsbuildinfo'), '{"version":"6.0.3"}');
    const after = await plan(root);
    expect(keyed(after.layers, 'build').key).toBe(keyed(before.layers, 'build').key);
  });
});
