import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, decodeDocument, parseJson, spawnCapture } from '@slipway/core';
import { repoRoot } from '../harness/index.js';
import { startRegistry, type LocalRegistry } from '../services/npm-registry.js';

// `npm ci` on a lockfile without registry URLs (written under `omit-lockfile-registry-resolved`)
// reads each package's metadata. Over a store restored from a restore key, `slipway cache run`
// lets npm skip checking each stored document with the registry (prefer-offline) only when the
// store is known to hold every locked release. Real npm against a registry on loopback, the
// bundled CLI, a folder store.
jest.setTimeout(180_000);
const cli = join(repoRoot, 'packages/cli/dist/index.js');
let root: string;
let registry: LocalRegistry;

const result = decode.object({
  installed: decode.literal('restored', 'ran'),
  installNote: decode.string,
  layers: decode.array(decode.object({ layer: decode.string, hit: decode.string, saved: decode.boolean })),
});

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'slipway-npm-metadata-'));
  registry = await startRegistry();
  await registry.publish('sw-alpha', '1.0.0');
  await registry.publish('@sw/beta', '1.0.0');
  await registry.publish('@sw/beta', '2.0.0');
});
afterAll(async () => {
  await registry?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

let n = 0;
/** A fresh runner (empty HOME and TMPDIR) whose npm asks the local registry. */
async function runner(): Promise<{ dir: string; env: Record<string, string> }> {
  const dir = join(root, `runner-${++n}`);
  await mkdir(join(dir, 'home'), { recursive: true });
  await mkdir(join(dir, 'tmp'));
  return {
    dir,
    env: { PATH: process.env['PATH'] ?? '', HOME: join(dir, 'home'), TMPDIR: join(dir, 'tmp'), npm_config_registry: registry.url },
  };
}

/** A project depending on these releases, its lockfile written by npm without registry URLs. */
async function project(dependencies: Record<string, string>): Promise<string> {
  const dir = join(root, `project-${++n}`);
  await mkdir(dir);
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'app', version: '1.0.0', private: true, dependencies }, null, 2)}\n`,
  );
  const r = await runner();
  const lock = await spawnCapture(
    'npm',
    [
      'install',
      '--package-lock-only',
      '--omit-lockfile-registry-resolved',
      '--no-audit',
      '--no-fund',
      '--cache',
      join(r.dir, 'lock-cache'),
    ],
    { cwd: dir, env: r.env, inheritEnv: false },
  );
  if (lock.exitCode !== 0) throw new Error(`npm install --package-lock-only failed: ${lock.stderr}`);
  expect(await readFile(join(dir, 'package-lock.json'), 'utf8')).not.toContain('"resolved"');
  return dir;
}

async function cacheRun(store: string, dir: string, env: Record<string, string>, args: string[] = []) {
  const out = await spawnCapture(
    process.execPath,
    [cli, 'cache', 'run', '--store', store, '--json', '--', 'npm', 'ci', '--no-audit', '--no-fund', ...args],
    { cwd: dir, env, inheritEnv: false },
  );
  if (out.exitCode !== 0) throw new Error(`slipway cache run failed (${out.exitCode}): ${out.stderr}`);
  return { ...out, json: decodeDocument(result, parseJson(out.stdout, 'stdout'), 'stdout') };
}

const version = async (dir: string, name: string): Promise<string> =>
  (JSON.parse(await readFile(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** Requests for metadata documents (not tarballs) from this point on. */
function metadataRequests(): () => string[] {
  const from = registry.requests.length;
  return () =>
    registry.requests
      .slice(from)
      .filter((r) => !r.path.endsWith('.tgz'))
      .map((r) => `${r.conditional ? 'conditional ' : ''}${r.path}`);
}

/** A run on a fresh runner whose store comes back from a restore key and whose tree does not; with the metadata requests it made. */
async function overRestoredStore(store: string, dir: string) {
  const seen = metadataRequests();
  const run = await cacheRun(store, dir, (await runner()).env);
  expect(run.json.layers.map((l) => [l.layer, l.hit])).toEqual([
    ['installed', 'miss'],
    ['deps', 'partial'],
  ]);
  return { run, seen: seen() };
}

describe('slipway cache run -- npm ci, over a store restored from a restore key', () => {
  it("trusts the store's metadata only for releases known to be in it, and never fails for one published since", async () => {
    const store = join(root, 'store');
    // Run 1: the store is filled; it lists the releases this install took from the metadata.
    const first = await project({ 'sw-alpha': '1.0.0', '@sw/beta': '1.0.0' });
    const one = await cacheRun(store, first, (await runner()).env);
    expect(one.json).toMatchObject({ installed: 'ran', installNote: '' });
    expect(one.json.layers.map((l) => [l.layer, l.hit, l.saved])).toEqual([
      ['installed', 'miss', true],
      ['deps', 'miss', true],
    ]);

    // A release is published after the store was saved, and the lockfile moves to it. The store
    // holds sw-alpha's metadata without 1.1.0: npm must check it with the registry.
    await registry.publish('sw-alpha', '1.1.0');
    const second = await project({ 'sw-alpha': '1.1.0', '@sw/beta': '1.0.0' });
    const { run: two, seen: seen2 } = await overRestoredStore(store, second);
    expect(two.json.installNote).toContain('not known to hold sw-alpha@1.1.0');
    expect(two.stderr).not.toMatch(/ETARGET|notarget/);
    expect(await version(second, 'sw-alpha')).toBe('1.1.0');
    expect(seen2).toEqual(expect.arrayContaining(['conditional /sw-alpha', 'conditional /@sw/beta']));

    // @sw/beta moves to 2.0.0: not installed by the store's last run, but in the metadata it holds.
    // npm is told to trust the store, and asks the registry for no metadata at all.
    const third = await project({ 'sw-alpha': '1.1.0', '@sw/beta': '2.0.0' });
    const { run: three, seen: seen3 } = await overRestoredStore(store, third);
    expect(three.json.installNote).toMatch(
      /holds the metadata of the 2 locked releases .*1 installed by its last run, 1 found in it, 0 not in it.*prefer-offline/,
    );
    expect(seen3).toEqual([]);
    expect(await version(third, '@sw/beta')).toBe('2.0.0');
    expect(await version(third, 'sw-alpha')).toBe('1.1.0');
  });

  // Why the store is not trusted blindly: over a store saved before a release was published,
  // npm's prefer-offline stops with ETARGET instead of asking the registry again.
  it('npm with prefer-offline over a store older than a locked release fails: the case the check exists for', async () => {
    const r = await runner();
    const cache = join(r.dir, 'npm-cache');
    await registry.publish('sw-gamma', '1.0.0');
    const before = await project({ 'sw-gamma': '1.0.0' });
    const ci = (dir: string, extra: Record<string, string>) =>
      spawnCapture('npm', ['ci', '--no-audit', '--no-fund', '--cache', cache], {
        cwd: dir,
        env: { ...r.env, ...extra },
        inheritEnv: false,
      });
    expect((await ci(before, {})).exitCode).toBe(0);
    await registry.publish('sw-gamma', '1.1.0');
    const after = await project({ 'sw-gamma': '1.1.0' });
    const blind = await ci(after, { npm_config_prefer_offline: 'true' });
    expect(blind.exitCode).not.toBe(0);
    expect(blind.stderr).toMatch(/ETARGET|No matching version found for sw-gamma@1\.1\.0/);
  });

  it('leaves npm as it is when the user chose how fresh metadata must be, or the command is not a plain npm ci', async () => {
    const store = join(root, 'store-own-choice');
    const first = await project({ 'sw-alpha': '1.0.0' });
    await cacheRun(store, first, (await runner()).env);
    const changed = await project({ 'sw-alpha': '1.0.0', '@sw/beta': '1.0.0' });

    const online = await runner();
    const seen = metadataRequests();
    const own = await cacheRun(store, changed, { ...online.env, npm_config_prefer_online: 'true' });
    expect(own.json.installNote).toBe("npm's prefer-online is set; left as it is");
    expect(seen()).toEqual(expect.arrayContaining(['conditional /sw-alpha']));

    // A flag on the command line is the user's choice too.
    await rm(join(changed, 'node_modules'), { recursive: true, force: true });
    const flagged = await cacheRun(store, changed, (await runner()).env, ['--prefer-online']);
    // The command is in the installed tree's key: this run installs, over the store the run before
    // saved for this lockfile (restored exactly), and is still not told to trust it.
    expect(flagged.json).toMatchObject({ installed: 'ran', installNote: '' });
    expect(flagged.json.layers.find((l) => l.layer === 'deps')?.hit).toBe('exact');
  });
});
