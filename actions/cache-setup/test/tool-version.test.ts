import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { versionWithoutSpawn } from '../src/tool-version.js';

// The versions read without a process are what the programs themselves print: the real node and
// npm on this machine are the oracle, and anything that is not certainly them is left to the probe.

/** The real program's answer, run as the probe runs it. */
const printed = (command: string, path: string): string =>
  execFileSync(command, ['--version'], { env: { ...process.env, PATH: path }, encoding: 'utf8' }).trim();

describe('versionWithoutSpawn', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tool-version-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads node's version when the node on PATH is this binary (through a link), as node --version prints it", async () => {
    const bin = join(dir, 'linked');
    mkdirSync(bin);
    symlinkSync(process.execPath, join(bin, 'node'));
    const path = `${bin}${delimiter}${process.env['PATH']}`;
    expect(await versionWithoutSpawn('node', ['--version'], path, 'Linux')).toBe(printed('node', path));
  });

  it("reads npm's version from npm's own package, as npm --version prints it", async () => {
    // The npm that runs this test: npm_execpath is its bin/npm-cli.js.
    const cli = realpathSync(process.env['npm_execpath'] ?? execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim());
    const bin = join(dir, 'npm-bin');
    mkdirSync(bin);
    symlinkSync(cli, join(bin, 'npm'));
    const path = `${bin}${delimiter}${dirname(process.execPath)}${delimiter}${process.env['PATH']}`;
    const version = await versionWithoutSpawn('npm', ['--version'], path, 'Linux');
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(version).toBe(printed('npm', path));
  });

  it('leaves wrappers, other packages, other binaries, other arguments and Windows to the probe', async () => {
    // A wrapper script named npm: its version is whatever it prints.
    const wrap = join(dir, 'wrapper');
    mkdirSync(wrap);
    writeFileSync(join(wrap, 'npm'), '#!/bin/sh\necho 0.0.1-wrapped\n');
    chmodSync(join(wrap, 'npm'), 0o755);
    expect(await versionWithoutSpawn('npm', ['--version'], wrap, 'Linux')).toBeUndefined();
    // A shim package (corepack's layout) whose bin/npm-cli.js belongs to another package.
    const shim = join(dir, 'shim');
    mkdirSync(join(shim, 'pkg', 'bin'), { recursive: true });
    writeFileSync(join(shim, 'pkg', 'package.json'), JSON.stringify({ name: 'corepack', version: '0.31.0' }));
    writeFileSync(join(shim, 'pkg', 'bin', 'npm-cli.js'), '#!/usr/bin/env node\n');
    chmodSync(join(shim, 'pkg', 'bin', 'npm-cli.js'), 0o755);
    symlinkSync(join(shim, 'pkg', 'bin', 'npm-cli.js'), join(shim, 'npm'));
    expect(await versionWithoutSpawn('npm', ['--version'], shim, 'Linux')).toBeUndefined();
    // A node that is not this binary.
    const other = join(dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'node'), '#!/bin/sh\necho v0.0.1\n');
    chmodSync(join(other, 'node'), 0o755);
    expect(await versionWithoutSpawn('node', ['--version'], other, 'Linux')).toBeUndefined();
    // A file that is not executable is skipped, as a spawn skips it.
    const plain = join(dir, 'plain');
    mkdirSync(plain);
    writeFileSync(join(plain, 'node'), '');
    expect(await versionWithoutSpawn('node', ['--version'], `${plain}${delimiter}${other}`, 'Linux')).toBeUndefined();
    const linked = join(dir, 'linked');
    expect(await versionWithoutSpawn('node', ['--version'], `${plain}${delimiter}${linked}`, 'Linux')).toBe(process.version);
    expect(await versionWithoutSpawn('node', ['-v'], linked, 'Linux')).toBeUndefined();
    expect(await versionWithoutSpawn('pnpm', ['--version'], linked, 'Linux')).toBeUndefined();
    expect(await versionWithoutSpawn('node', ['--version'], linked, 'Windows')).toBeUndefined();
    // An empty entry is the working directory: not looked at, left to the probe.
    expect(await versionWithoutSpawn('node', ['--version'], `${delimiter}${linked}`, 'Linux')).toBeUndefined();
    expect(await versionWithoutSpawn('node', ['--version'], '', 'Linux')).toBeUndefined();
  });
});
