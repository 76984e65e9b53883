import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmod, copyFile, cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planCache, type KeyedLayerPlan, type Probe } from '../src/index.js';
import { pinsPackageManager, readNodeVersion, readToolVersion, runningNode } from '../src/tool-version.js';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/cache/', import.meta.url));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slipway-tool-version-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let n = 0;
/**
 * A global install laid out as npm lays one out: `<prefix>/lib/node_modules/<pkg>/bin/<file>` with
 * `<prefix>/bin/<tool>` a link to it; returns the bin folder.
 */
async function globalInstall(tool: string, manifest: { name: string; version: string }, file = `bin/${tool}.cjs`): Promise<string> {
  const prefix = join(dir, `prefix-${++n}`);
  const pkg = join(prefix, 'lib', 'node_modules', manifest.name);
  await mkdir(join(pkg, 'bin'), { recursive: true });
  await mkdir(join(prefix, 'bin'), { recursive: true });
  await writeFile(join(pkg, 'package.json'), JSON.stringify(manifest));
  await mkdir(join(pkg, file, '..'), { recursive: true });
  await writeFile(join(pkg, file), '#!/usr/bin/env node\n');
  await chmod(join(pkg, file), 0o755);
  await symlink(join(pkg, file), join(prefix, 'bin', tool));
  return join(prefix, 'bin');
}

describe('reading a package manager’s version instead of running it', () => {
  it('gives what `npm --version` prints for the npm on this PATH', async () => {
    const printed = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
    expect(await readToolVersion('npm', process.env['PATH'], false)).toBe(printed);
  });

  it('reads pnpm from its own package, unless the project pins its package manager', async () => {
    const bin = await globalInstall('pnpm', { name: 'pnpm', version: '10.34.9' }, 'bin/pnpm.cjs');
    expect(await readToolVersion('pnpm', `${bin}:/usr/bin`, false)).toBe('10.34.9');
    // pnpm switches to the version a project pins: only running it can tell.
    expect(await readToolVersion('pnpm', `${bin}:/usr/bin`, true)).toBeUndefined();
  });

  it('takes the first executable on PATH, as a shell does, and skips what is not one', async () => {
    const first = await globalInstall('npm', { name: 'npm', version: '10.9.0' }, 'bin/npm-cli.js');
    const second = await globalInstall('npm', { name: 'npm', version: '11.19.1' }, 'bin/npm-cli.js');
    expect(await readToolVersion('npm', `${first}:${second}`, false)).toBe('10.9.0');
    const notExecutable = join(dir, `plain-${++n}`);
    await mkdir(notExecutable, { recursive: true });
    await writeFile(join(notExecutable, 'npm'), '#!/bin/sh\n');
    const folder = join(dir, `folder-${++n}`);
    await mkdir(join(folder, 'npm'), { recursive: true });
    expect(await readToolVersion('npm', `${notExecutable}:${folder}:${second}`, false)).toBe('11.19.1');
  });

  it('refuses to guess: a shim of another package, a bad manifest, a relative PATH entry, an unknown tool', async () => {
    // Corepack's shims live in Corepack's own package: their version is not npm's.
    const shim = await globalInstall('npm', { name: 'corepack', version: '0.34.0' }, 'dist/npm.js');
    expect(await readToolVersion('npm', shim, false)).toBeUndefined();
    const tagged = await globalInstall('npm', { name: 'npm', version: 'latest' }, 'bin/npm-cli.js');
    expect(await readToolVersion('npm', tagged, false)).toBeUndefined();
    const broken = await globalInstall('npm', { name: 'npm', version: '11.0.0' }, 'bin/npm-cli.js');
    await writeFile(join(broken, '..', 'lib', 'node_modules', 'npm', 'package.json'), '{"name": "npm", "version": ');
    expect(await readToolVersion('npm', broken, false)).toBeUndefined();
    const good = await globalInstall('npm', { name: 'npm', version: '11.0.0' }, 'bin/npm-cli.js');
    expect(await readToolVersion('npm', `node_modules/.bin:${good}`, false)).toBeUndefined();
    expect(await readToolVersion('npm', '', false)).toBeUndefined();
    // Yarn follows a project's yarnPath and Corepack's packageManager: it is always run.
    const yarn = await globalInstall('yarn', { name: 'yarn', version: '1.22.22' }, 'bin/yarn.js');
    expect(await readToolVersion('yarn', yarn, false)).toBeUndefined();
  });

  it('reads node --version when the node on PATH is the running one, through a link, and only then', async () => {
    const linked = join(dir, `node-link-${++n}`);
    await mkdir(linked, { recursive: true });
    await symlink(process.execPath, join(linked, 'node'));
    const path = `${linked}:${process.env['PATH'] ?? ''}`;
    const printed = execFileSync('node', ['--version'], { env: { ...process.env, PATH: path }, encoding: 'utf8' }).trim();
    expect(await readNodeVersion(path, runningNode())).toBe(printed);
    // A copy of the same binary is another file: it is run, not assumed.
    const copied = join(dir, `node-copy-${++n}`);
    await mkdir(copied, { recursive: true });
    await copyFile(process.execPath, join(copied, 'node'));
    await chmod(join(copied, 'node'), 0o755);
    expect(await readNodeVersion(`${copied}:${path}`, runningNode())).toBeUndefined();
    // A wrapper script named node (nvm's, volta's shims) is run.
    const wrapper = join(dir, `node-wrapper-${++n}`);
    await mkdir(wrapper, { recursive: true });
    await writeFile(join(wrapper, 'node'), `#!/bin/sh\nexec ${process.execPath} "$@"\n`);
    await chmod(join(wrapper, 'node'), 0o755);
    expect(await readNodeVersion(`${wrapper}:${path}`, runningNode())).toBeUndefined();
    expect(await readNodeVersion(path, undefined)).toBeUndefined();
  });

  it('knows which manifests pin a package manager', () => {
    expect(pinsPackageManager('{"name":"a"}')).toBe(false);
    expect(pinsPackageManager(undefined)).toBe(false);
    expect(pinsPackageManager('{"packageManager":"pnpm@9.15.0"}')).toBe(true);
    expect(pinsPackageManager('{"devEngines":{"packageManager":{"name":"pnpm"}}}')).toBe(true);
    expect(pinsPackageManager('{not json')).toBe(true);
  });

  it('keys the installed tree exactly as running the tool would', async () => {
    const root = join(dir, `app-${++n}`);
    await cp(join(fixtures, 'npm-app'), root, { recursive: true });
    const printed = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
    const asked: string[] = [];
    const probe =
      (npm: string): Probe =>
      (command) => {
        asked.push(command);
        return Promise.resolve(command === 'node' ? 'v24.21.0' : command === 'npm' ? npm : undefined);
      };
    const key = async (env: Record<string, string>, p: Probe): Promise<string> => {
      const plan = await planCache({
        root,
        baseDir: root,
        machine: { os: 'Linux', arch: 'X64', env },
        prefix: 'slipway',
        layers: ['installed'],
        installCommand: 'npm ci',
        probe: p,
      });
      return plan.layers.find((l): l is KeyedLayerPlan => l.layer === 'installed')?.key ?? '';
    };
    const ran = await key({}, probe(printed));
    expect(asked).toContain('npm');
    asked.length = 0;
    // With npm on PATH its version is read, not asked: a probe that would lie is never consulted.
    const read = await key({ PATH: process.env['PATH'] ?? '' }, probe('0.0.0-never-asked'));
    expect(asked).not.toContain('npm');
    expect(read).toBe(ran);
  });
});
