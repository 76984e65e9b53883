import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planCache, type KeyedLayerPlan, type Machine, type PlanOptions, type Probe } from '../src/index.js';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/cache/', import.meta.url));
const linux = { os: 'Linux', arch: 'X64', env: {}, tmpdir: '/tmp', uid: 1001 };
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slipway-cache-installed-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let n = 0;
async function copy(name: string): Promise<string> {
  const to = join(dir, `${name}-${++n}`);
  await cp(join(fixtures, name), to, { recursive: true });
  return to;
}

const versions =
  (table: Record<string, string>): Probe =>
  (command) =>
    Promise.resolve(table[command]);
const probe = versions({
  node: 'v24.21.0',
  npm: '11.19.1',
  pnpm: '10.34.9',
  yarn: '4.9.1',
  uv: 'uv 0.8.0',
  python3: '3.12.4 /usr/bin/python3.12',
});

async function layer(root: string, name: KeyedLayerPlan['layer'], extra: Partial<PlanOptions> = {}): Promise<KeyedLayerPlan> {
  const plan = await planCache({ root, baseDir: root, machine: linux, prefix: 'slipway', layers: [name], probe, ...extra });
  const found = plan.layers.find((l): l is KeyedLayerPlan => l.layer === name);
  if (!found) throw new Error(`no ${name} layer: ${plan.skipped.map((s) => s.reason).join('; ')}`);
  return found;
}

describe('the installed layer', () => {
  it('is node_modules for npm, keyed exactly (no restore keys) on manifests, versions and the install command', async () => {
    const root = await copy('npm-app');
    const base = await layer(root, 'installed', { installCommand: 'npm ci' });
    expect(base.paths).toEqual(['node_modules']);
    expect(base.restoreKeys).toEqual([]);
    expect(base.key).toMatch(/^slipway-installed-linux-x64-node_?\w*-[0-9a-f]{64}$/);
    expect(base.versions).toEqual(['node 24', 'npm 11.19.1']);
    const key = async (extra: Partial<PlanOptions> = {}): Promise<string> =>
      (await layer(root, 'installed', { installCommand: 'npm ci', ...extra })).key;
    expect(await key()).toBe(base.key);
    expect(await key({ installCommand: 'npm ci --omit=dev' })).not.toBe(base.key);
    expect(await key({ probe: versions({ node: 'v24.21.0', npm: '10.9.0' }) })).not.toBe(base.key);
    expect(await key({ probe: versions({ node: 'v22.1.0', npm: '11.19.1' }) })).not.toBe(base.key);
    // A patch release of Node keeps the ABI: the tree stays valid.
    expect(await key({ probe: versions({ node: 'v24.22.0', npm: '11.19.1' }) })).toBe(base.key);
    expect(await key({ machine: { ...linux, env: { NODE_ENV: 'production' } } })).not.toBe(base.key);
    await writeFile(join(root, 'src', 'index.ts'), 'export const changed = 1;\n');
    expect(await key()).toBe(base.key);
    const manifest = join(root, 'package.json');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('"private": true', '"private": true, "description": "x"'));
    expect(await key()).not.toBe(base.key);
  });

  it('covers every workspace package of a pnpm monorepo, and its key follows each manifest', async () => {
    const root = join(dir, `pnpm-${++n}`);
    await mkdir(join(root, 'packages', 'web'), { recursive: true });
    await writeFile(join(root, 'package.json'), '{"name":"mono","private":true}\n');
    await writeFile(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
    await writeFile(join(root, 'pnpm-lock.yaml'), "lockfileVersion: '9.0'\n\nimporters:\n\n  .: {}\n\n  packages/web: {}\n");
    await writeFile(join(root, 'packages', 'web', 'package.json'), '{"name":"web","version":"1.0.0"}\n');
    const before = await layer(root, 'installed');
    expect(before.paths).toEqual(['node_modules', 'packages/web/node_modules']);
    expect(before.versions).toEqual(['node 24', 'pnpm 10.34.9']);
    await writeFile(join(root, 'packages', 'web', 'package.json'), '{"name":"web","version":"1.0.1"}\n');
    expect((await layer(root, 'installed')).key).not.toBe(before.key);
  });

  it('is the PnP files for Yarn Berry, which need the store restored as well', async () => {
    const root = join(dir, `berry-${++n}`);
    await mkdir(root, { recursive: true });
    await writeFile(join(root, 'package.json'), '{"name":"b","packageManager":"yarn@4.9.1"}\n');
    await writeFile(join(root, 'yarn.lock'), '__metadata:\n  version: 8\n  cacheKey: 10c0\n');
    const pnp = await layer(root, 'installed');
    expect(pnp.paths).toEqual(['.pnp.cjs', '.pnp.loader.mjs', '.yarn/unplugged', '.yarn/install-state.gz']);
    expect(pnp.storeAtRuntime).toBe(true);
    await writeFile(join(root, '.yarnrc.yml'), 'nodeLinker: node-modules\n');
    const nm = await layer(root, 'installed');
    expect(nm.paths).toEqual(['node_modules', '.yarn/install-state.gz']);
    expect(nm.storeAtRuntime).toBe(false);
  });

  it('is the project virtualenv for uv, keyed on the interpreter and the folder (a venv is not relocatable)', async () => {
    const make = async (): Promise<string> => {
      const root = join(dir, `uv-${++n}`);
      await mkdir(root, { recursive: true });
      await writeFile(join(root, 'pyproject.toml'), '[project]\nname = "app"\nversion = "0.1.0"\nrequires-python = ">=3.12"\n');
      await writeFile(join(root, 'uv.lock'), 'version = 1\nrequires-python = ">=3.12"\n');
      return root;
    };
    const [a, b] = [await make(), await make()];
    const la = await layer(a, 'installed');
    expect(la.paths).toEqual(['.venv']);
    expect(la.versions).toEqual(['python 3.12.4 /usr/bin/python3.12', 'uv uv 0.8.0']);
    expect((await layer(b, 'installed')).key).not.toBe(la.key);
    // The same npm tree in two folders keeps one key: node_modules is relocatable.
    const [x, y] = [await copy('npm-app'), await copy('npm-app')];
    expect((await layer(x, 'installed')).key).toBe((await layer(y, 'installed')).key);
  });

  it('says why nothing is cached for Poetry without an in-project virtualenv, and for store-only ecosystems', async () => {
    const root = join(dir, `poetry-${++n}`);
    await mkdir(root, { recursive: true });
    await writeFile(join(root, 'poetry.lock'), '# This file is automatically @generated by Poetry\npackage = []\n');
    const plan = await planCache({ root, baseDir: root, machine: linux, prefix: 'slipway', layers: ['installed'], probe });
    expect(plan.skipped).toEqual([
      { layer: 'installed', reason: expect.stringContaining('set virtualenvs.in-project to cache it') as unknown as string },
    ]);
    await writeFile(join(root, 'poetry.toml'), '[virtualenvs]\nin-project = true\n');
    expect((await layer(root, 'installed')).paths).toEqual(['.venv']);
    const mono = await copy('monorepo');
    const installed = await layer(mono, 'installed');
    expect(installed.ecosystems).toEqual(['npm', 'pip']);
    expect(installed.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^go in services\/api: store-only/),
        expect.stringMatching(/^cargo in crates\/digenum: store-only/),
      ]),
    );
  });
});

describe('the build layer says which tools need a setting', () => {
  it('names a tsconfig without incremental, Gradle without org.gradle.caching, and caches jest at its default folder', async () => {
    const root = await copy('monorepo');
    await writeFile(join(root, 'web', 'tsconfig.json'), '{\n  // a comment\n  "compilerOptions": { "strict": true, },\n}\n');
    await writeFile(join(root, 'web', 'package.json'), '{"name":"web","devDependencies":{"jest":"^30.0.0"}}\n');
    await writeFile(join(root, 'web', 'package-lock.json'), '{"name":"web","lockfileVersion":3,"packages":{}}\n');
    const build = await layer(root, 'build');
    expect(build.notes).toEqual([
      expect.stringMatching(/^web\/tsconfig\.json sets neither incremental nor composite: tsc writes no \.tsbuildinfo/),
      expect.stringMatching(/^Gradle uses its build cache only when asked: android\/gradle\.properties has no org\.gradle\.caching=true/),
    ]);
    expect(build.paths).toContain('/tmp/jest_rt');
    await writeFile(join(root, 'android', 'gradle.properties'), 'org.gradle.caching=true\n');
    expect((await layer(root, 'build')).notes.some((x) => x.startsWith('Gradle'))).toBe(false);
  });
});

describe('the build layer says what keeps Next.js from using .next/cache', () => {
  const inContainer = { ...linux, container: true };
  const notesOf = async (root: string, machine: Machine = inContainer): Promise<string[]> =>
    (await layer(root, 'build', { machine })).notes;

  it('names Next.js 15 in a container without a fixed server-actions key, from the npm or Yarn lockfile', async () => {
    const npm = await copy('next/next15-npm');
    expect(await notesOf(npm)).toEqual([
      expect.stringMatching(
        /^next\.config\.mjs: Next\.js 15\.5 in a container makes a new server-actions key for every build .* set NEXT_SERVER_ACTIONS_ENCRYPTION_KEY/,
      ),
    ]);
    expect((await layer(npm, 'build', { machine: inContainer })).paths).toEqual(['.next/cache']);
    // The key set, or a runner that is not a container (Next.js then keeps its key in .next/cache): nothing to say.
    expect(await notesOf(npm, { ...inContainer, env: { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'a2V5' } })).toEqual([]);
    expect(await notesOf(npm, linux)).toEqual([]);
    // Yarn's lockfile locks 15.5.29 for the manifest's ^15.5.0.
    expect(await notesOf(await copy('next/next15-yarn'))).toEqual([expect.stringContaining('Next.js 15.5 in a container')]);
  });

  it('reads the locked version, not the range: 14 and 16.5 keep their key, and a version no file states says nothing', async () => {
    for (const [version, said] of [
      ['14.2.35', false],
      ['16.4.6', true],
      ['16.5.0', false],
    ] as const) {
      const root = await copy('next/next15-npm');
      const lock = await readFile(join(root, 'package-lock.json'), 'utf8');
      await writeFile(
        join(root, 'package-lock.json'),
        lock.replace(/("node_modules\/next": \{\s+"version": )"15\.5\.29"/, `$1"${version}"`),
      );
      expect((await notesOf(root)).some((x) => x.includes('server-actions key'))).toBe(said);
    }
    const bare = await copy('next/next15-npm');
    await rm(join(bare, 'package-lock.json'));
    await writeFile(join(bare, 'package.json'), '{"private":true,"dependencies":{"next":"latest"}}\n');
    await writeFile(join(bare, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}\n');
    expect(await notesOf(bare)).toEqual([]);
  });

  it('names Next.js 16.1 building with Turbopack, unless the build uses webpack or turns the build cache on', async () => {
    const root = await copy('next/next16-pnpm');
    expect(await notesOf(root, linux)).toEqual([
      expect.stringMatching(
        /^next\.config\.mjs: Next\.js 16\.1 builds with Turbopack, which keeps no build cache unless experimental\.turbopackFileSystemCacheForBuild is true/,
      ),
    ]);
    // In a container both hold.
    expect(await notesOf(root)).toHaveLength(2);
    const config = join(root, 'next.config.mjs');
    await writeFile(config, 'export default { experimental: { turbopackFileSystemCacheForBuild: true } };\n');
    expect(await notesOf(root, linux)).toEqual([]);
    await writeFile(config, 'export default {};\n');
    const manifest = join(root, 'package.json');
    await writeFile(manifest, (await readFile(manifest, 'utf8')).replace('"next build"', '"next build --webpack"'));
    expect(await notesOf(root, linux)).toEqual([]);
  });

  it('finds an app below the project, and reads the manifest when the lockfile does not parse, without failing the plan', async () => {
    const mono = await copy('monorepo');
    await writeFile(join(mono, 'web', 'package.json'), '{"name":"web","dependencies":{"next":"^15.1.0"}}\n');
    expect(await notesOf(mono)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^web\/next\.config\.mjs: Next\.js 15\.1 in a container/)]),
    );
    const broken = await copy('next/next15-npm');
    await writeFile(join(broken, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {');
    await writeFile(join(broken, 'package.json'), '{"private":true,"dependencies":{"next":"~16.2.0"}}\n');
    expect(await notesOf(broken)).toEqual([
      expect.stringContaining('Next.js 16.2 in a container'),
      expect.stringContaining('Next.js 16.2 builds with Turbopack'),
    ]);
    await writeFile(join(broken, 'package.json'), '{"private":true,"dependencies":{"next":');
    expect(await notesOf(broken)).toEqual([]);
  });

  it('is not misled by packages named like next placed before it in each lockfile', async () => {
    // eslint-config-next and @next/* are locked beside next, often at another version: theirs must not stand for next's.
    const npm = await copy('next/next15-npm');
    const lockPath = join(npm, 'package-lock.json');
    const lock = JSON.parse(await readFile(lockPath, 'utf8')) as { packages: Record<string, unknown> };
    lock.packages = {
      'node_modules/eslint-config-next': { version: '16.1.0' },
      'node_modules/@next/next': { version: '16.1.0' },
      ...lock.packages,
    };
    await writeFile(lockPath, JSON.stringify(lock));
    expect(await notesOf(npm, linux)).toEqual([]);
    expect(await notesOf(npm)).toEqual([expect.stringContaining('Next.js 15.5 in a container')]);

    const pnpm = await copy('next/next16-pnpm');
    const pnpmLock = join(pnpm, 'pnpm-lock.yaml');
    const text = await readFile(pnpmLock, 'utf8');
    await writeFile(
      pnpmLock,
      text.replace(
        '\npackages:\n',
        "\npackages:\n\n  eslint-config-next@16.5.0:\n    resolution: {integrity: sha512-x}\n\n  '@next/swc@16.5.0':\n    resolution: {integrity: sha512-x}\n",
      ),
    );
    expect(await notesOf(pnpm, linux)).toEqual([expect.stringContaining('Next.js 16.1 builds with Turbopack')]);

    const yarn = await copy('next/next15-yarn');
    const yarnLock = join(yarn, 'yarn.lock');
    await writeFile(
      yarnLock,
      `eslint-config-next@^16.5.0:\n  version "16.5.0"\n\n"@next/env@16.5.0":\n  version "16.5.0"\n\n${await readFile(yarnLock, 'utf8')}`,
    );
    expect(await notesOf(yarn)).toEqual([expect.stringContaining('Next.js 15.5 in a container')]);
  });
});
