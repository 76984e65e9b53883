import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, decodeDocument, parseJson, spawnCapture } from '@slipway/core';
import { repoRoot, runUnderStrace } from '../harness/index.js';
import { startS3, type LocalS3 } from '../../packages/cache/test/support/s3rver.js';

// `slipway cache run` from the bundled CLI, as another CI system would call it: a real npm install
// of the cache fixture (a local tarball dependency, no network) against a folder store and s3rver.
jest.setTimeout(120_000);
const cli = join(repoRoot, 'packages/cli/dist/index.js');
const fixture = join(repoRoot, 'test', 'fixtures', 'cache', 'npm-app');
const install = ['npm', 'ci', '--no-audit', '--no-fund'];
let root: string;
let s3: LocalS3;

const result = decode.object({
  installed: decode.literal('restored', 'ran'),
  key: decode.string,
  restoreSeconds: decode.number,
  installSeconds: decode.number,
  saveSeconds: decode.number,
  layers: decode.array(decode.object({ layer: decode.string, hit: decode.string, saved: decode.boolean, note: decode.string })),
});

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'slipway-cache-run-'));
  s3 = await startS3();
});
afterAll(async () => {
  await s3?.stop();
  if (root) await rm(root, { recursive: true, force: true });
});

let n = 0;
/** A fresh runner: the project copied anew, an empty HOME (no npm store, no node_modules) and an empty TMPDIR. */
async function runner(): Promise<{ project: string; env: Record<string, string> }> {
  const dir = join(root, `runner-${++n}`);
  await cp(fixture, join(dir, 'project'), { recursive: true });
  await mkdir(join(dir, 'home'));
  await mkdir(join(dir, 'tmp'));
  return {
    project: join(dir, 'project'),
    env: { PATH: process.env['PATH'] ?? '', HOME: join(dir, 'home'), TMPDIR: join(dir, 'tmp') },
  };
}

async function run(args: string[], r: { project: string; env: Record<string, string> }, extraEnv: Record<string, string> = {}) {
  const out = await spawnCapture(process.execPath, [cli, 'cache', 'run', ...args], {
    cwd: r.project,
    env: { ...r.env, ...extraEnv },
    inheritEnv: false,
  });
  return {
    ...out,
    json: out.exitCode === 0 && args.includes('--json') ? decodeDocument(result, parseJson(out.stdout, 'stdout'), 'stdout') : undefined,
  };
}

describe('slipway cache run', () => {
  const store = (): string => join(root, 'store');

  it('first run installs and saves; a second runner restores the installed tree exactly and runs no install', async () => {
    const first = await run(['--store', store(), '--json', '--', ...install], await runner());
    expect(first.exitCode).toBe(0);
    expect(first.json).toMatchObject({
      installed: 'ran',
      key: expect.stringMatching(/^slipway-installed-linux-x64-/) as unknown as string,
    });
    expect(first.json?.installSeconds).toBeGreaterThan(0);
    expect(first.json?.layers.map((l) => [l.layer, l.hit, l.saved])).toEqual([
      ['installed', 'miss', true],
      ['deps', 'miss', true],
    ]);
    expect(first.stderr).toContain('added 1 package');

    const second = await runner();
    // Without the tarball an install would fail: the package can only come from the store.
    await rm(join(second.project, 'vendor'), { recursive: true });
    const again = await run(['--store', store(), '--json', '--', ...install], second);
    expect(again.exitCode).toBe(0);
    expect(again.json).toMatchObject({ installed: 'restored', key: first.json?.key, installSeconds: 0, saveSeconds: 0 });
    expect(again.json?.layers.map((l) => [l.layer, l.hit])).toEqual([
      ['installed', 'exact'],
      ['deps', 'skipped'],
    ]);
    expect(again.stderr).not.toContain('added 1 package');
    expect((await stat(join(second.project, 'node_modules', 'slipway-pad', 'index.js'))).isFile()).toBe(true);
  });

  it("passes on the install command's exit code, and exits 2 for bad usage", async () => {
    const r = await runner();
    expect((await run(['--store', join(root, 'other'), '--', 'sh', '-c', 'exit 3'], r)).exitCode).toBe(3);
    const noCommand = await run(['--store', store()], r);
    expect(noCommand.exitCode).toBe(2);
    expect(noCommand.stderr).toContain('give the install command after --');
    expect((await run(['--', 'npm', 'ci'], r)).exitCode).toBe(2);
    const badStore = await run(['--store', 'gs://bucket/x', '--', 'npm', 'ci'], r);
    expect(badStore.exitCode).toBe(2);
    expect(badStore.stderr).toContain('unknown scheme gs://');
    // Flags after -- belong to the install command, not to slipway.
    const help = await run(['--store', join(root, 'other'), '--', 'sh', '-c', 'echo "args: $0 $1"', '--help'], r);
    expect(help.exitCode).toBe(0);
    expect(help.stderr).toContain('args: --help');
  });

  it('a corrupt entry is a miss with a warning, and the install runs', async () => {
    const dir = join(root, 'corrupt-store');
    const first = await run(['--store', dir, '--json', '--', ...install], await runner());
    const pointer = JSON.parse(await readFile(join(dir, 'keys', `${first.json?.key ?? ''}.json`), 'utf8')) as { parts: { blob: string }[] };
    const blob = join(dir, pointer.parts[0]?.blob ?? '');
    const bytes = await readFile(blob);
    bytes[bytes.length - 8] = (bytes[bytes.length - 8] ?? 0) ^ 0xff;
    await writeFile(blob, bytes);
    const second = await runner();
    const again = await run(['--store', dir, '--json', '--', ...install], second);
    expect(again.exitCode).toBe(0);
    expect(again.json?.installed).toBe('ran');
    expect(again.stderr).toMatch(
      /warning: slipway cache run: installed: the entry slipway-installed-\S+ is corrupt: .* its pointer says sha256:/,
    );
    expect((await stat(join(second.project, 'node_modules', 'slipway-pad', 'index.js'))).isFile()).toBe(true);
  });

  // Adversarial: a runner whose environment turns lifecycle scripts off saves a tree without what
  // the project's postinstall builds. A runner where scripts run must not take that tree as its
  // own exact hit and skip the install: it would run with the build missing.
  it('a tree installed with ignore-scripts in the environment is not restored where scripts run', async () => {
    const dir = join(root, 'settings-store');
    const withPostinstall = async (): Promise<{ project: string; env: Record<string, string> }> => {
      const r = await runner();
      const manifest = join(r.project, 'package.json');
      const pkg = JSON.parse(await readFile(manifest, 'utf8')) as Record<string, unknown>;
      pkg['scripts'] = { postinstall: `node -e "require('fs').writeFileSync('node_modules/.built', 'yes')"` };
      await writeFile(manifest, `${JSON.stringify(pkg, null, 2)}\n`);
      return r;
    };
    const off = await withPostinstall();
    const first = await run(['--store', dir, '--json', '--', ...install], off, { npm_config_ignore_scripts: 'true' });
    expect(first.exitCode).toBe(0);
    expect(first.json?.layers[0]).toMatchObject({ layer: 'installed', hit: 'miss', saved: true });
    await expect(stat(join(off.project, 'node_modules', '.built'))).rejects.toThrow();

    const on = await withPostinstall();
    const second = await run(['--store', dir, '--json', '--', ...install], on);
    expect(second.exitCode).toBe(0);
    expect(second.json?.installed).toBe('ran');
    expect(second.json?.key).not.toBe(first.json?.key);
    expect(await readFile(join(on.project, 'node_modules', '.built'), 'utf8')).toBe('yes');
    // The same setting, spelt as npm also reads it, finds the first tree.
    const again = await run(['--store', dir, '--json', '--', ...install], await withPostinstall(), { NPM_CONFIG_IGNORE_SCRIPTS: 'true' });
    expect(again.json).toMatchObject({ installed: 'restored', key: first.json?.key });
  });

  it('a save killed with SIGKILL as it publishes its pointer leaves no entry that a later run restores', async () => {
    const dir = join(root, 'killed-store');
    const r = await runner();
    const big = ['sh', '-c', 'mkdir -p node_modules/big && head -c 20000000 /dev/urandom > node_modules/big/blob && echo installed'];
    // strace sends SIGKILL at the run's first link(2), the call that publishes the installed
    // tree's pointer: its archive is whole under blobs/ by then, and the pointer is all that is
    // missing. A kill at a fixed point, not after a guessed delay.
    const killed = await runUnderStrace([process.execPath, cli, 'cache', 'run', '--store', dir, '--', ...big], {
      kill: { syscalls: ['link', 'linkat'], when: 1 },
      cwd: r.project,
      env: r.env,
    });
    expect(killed.killed).toBe(true);
    expect(killed.stderr).toContain('== Save installed');
    expect((await readdir(join(dir, 'blobs', 'sha256'))).length).toBeGreaterThan(0);
    expect(await readdir(join(dir, 'keys')).catch(() => [])).toEqual([]);

    const next = await runner();
    const again = await run(['--store', dir, '--json', '--', ...big], next);
    expect(again.exitCode).toBe(0);
    expect(again.json?.installed).toBe('ran');
    expect(again.json?.layers[0]).toMatchObject({ layer: 'installed', hit: 'miss', saved: true });
  });

  it('shares one store through S3 (s3rver on loopback)', async () => {
    const spec = `s3://${s3.bucket}/fleet`;
    const one = await runner();
    const first = await run(['--store', spec, '--json', '--', ...install], one, s3.env);
    expect(first.json?.layers.filter((l) => l.saved).map((l) => l.layer)).toEqual(['installed', 'deps']);
    const second = await runner();
    await rm(join(second.project, 'vendor'), { recursive: true });
    const again = await run(['--store', spec, '--json', '--', ...install], second, s3.env);
    expect(again.json).toMatchObject({ installed: 'restored', key: first.json?.key });
    expect((await stat(join(second.project, 'node_modules', 'slipway-pad', 'index.js'))).isFile()).toBe(true);
    // The archives were staged in the runner's temporary directory, and nothing of them is left
    // there (Node's compile cache, which the CLI turns on for its start-up, is meant to stay).
    const left = async (r: { env: Record<string, string> }) =>
      (await readdir(r.env['TMPDIR'] ?? '')).filter((name) => name !== 'node-compile-cache');
    expect(await left(one)).toEqual([]);
    expect(await left(second)).toEqual([]);
  });
});
