import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { prepareOwnedDir, systemClock, UserError } from '@slipway/core';
import { runStage } from '../src/commands/demo.js';
import { EXIT, main, resolveCommand, VERSION } from '../src/index.js';
import { captureIO } from './cli-io.js';

describe('slipway', () => {
  it('prints the version', async () => {
    const io = captureIO();
    expect(await main(['--version'], io)).toBe(EXIT.ok);
    expect(io.out()).toBe(`${VERSION}\n`);
  });

  it('lists the commands on --help and exits 0', async () => {
    const io = captureIO();
    expect(await main(['--help'], io)).toBe(EXIT.ok);
    expect(io.out()).toContain('Usage: slipway <command>');
    expect(io.out()).toContain('demo');
  });

  it('lists each command with the summary its own module states, and each loads as the command it is listed as', async () => {
    const listed = (await import('../src/commands/index.js')).commands;
    expect(listed.every((c) => c.load !== undefined)).toBe(true);
    for (const c of listed) {
      const loaded = await resolveCommand(c);
      expect({ name: loaded.name, summary: loaded.summary, lazy: loaded.load === undefined }).toEqual({
        name: c.name,
        summary: c.summary,
        lazy: true,
      });
      expect(loaded.run !== undefined || (loaded.subcommands?.length ?? 0) > 0).toBe(true);
    }
  });

  it('shows help and exits 2 when no command is given', async () => {
    const io = captureIO();
    expect(await main([], io)).toBe(EXIT.usage);
    expect(io.out()).toContain('Commands:');
  });

  it("shows a group's help and exits 2 when its subcommand is missing", async () => {
    for (const group of ['shard', 'metrics', 'cache', 'conformance']) {
      const io = captureIO();
      expect(await main([group], io)).toBe(EXIT.usage);
      expect(io.out()).toContain(`Usage: slipway ${group} <command>`);
    }
  });

  it('exits 2 naming the unknown command', async () => {
    const io = captureIO();
    expect(await main(['bogus'], io)).toBe(EXIT.usage);
    expect(io.err()).toContain("unknown command 'bogus'");
  });

  it('exits 2 on an unknown flag, naming it', async () => {
    const io = captureIO();
    expect(await main(['demo', '--no-such-flag'], io)).toBe(EXIT.usage);
    expect(io.err()).toContain("Unknown option '--no-such-flag'");
  });

  it.each([
    [['scan-gate', '--report', 'r.json', '--policy', ''], '--policy was given an empty value'],
    [['sign', '--file', 'a.tgz', '--key='], '--key was given an empty value'],
    [['shard', 'plan', '--timings', 'a.xml', '--timings', '', '--shards', '2'], '--timings was given an empty value'],
    [['audit', ''], 'an empty argument was given'],
  ])('refuses an explicitly empty value instead of taking the default: %j', async (argv, says) => {
    const io = captureIO(await mkdtemp(join(tmpdir(), 'cli-empty-')));
    expect(await main(argv, io)).toBe(EXIT.usage);
    expect(io.err()).toContain(says);
  });

  it('has --help on subcommands', async () => {
    const io = captureIO();
    expect(await main(['demo', '--help'], io)).toBe(EXIT.ok);
    expect(io.out()).toContain('Usage: slipway demo');
  });

  it('exits 2 with a hint when the sample project is missing', async () => {
    const io = captureIO('/nonexistent-dir');
    expect(await main(['demo'], io)).toBe(EXIT.usage);
    expect(io.err()).toContain('does not exist');
  });

  it.each([
    ['an empty folder', async (d: string) => void (await mkdir(d)), 'has no package.json'],
    ['a file', async (d: string) => void (await writeFile(d, 'x')), 'is a file, not a folder'],
    [
      'a project without tests',
      async (d: string) => {
        await mkdir(d);
        await writeFile(join(d, 'package.json'), '{}');
      },
      'has no test files',
    ],
  ])('refuses %s as the sample with exit 2, naming it, no stack and nothing written', async (_, make, says) => {
    const cwd = await mkdtemp(join(tmpdir(), 'demo-sample-'));
    await make(join(cwd, 'empty'));
    const io = captureIO(cwd);
    expect(await main(['demo', '--sample', 'empty', '--out', 'out'], io)).toBe(EXIT.usage);
    expect(io.err()).toContain(`${join(cwd, 'empty')} ${says}`);
    expect(io.err()).not.toMatch(/\n\s+at /);
    expect((await readdir(cwd)).sort()).toEqual(['empty']);
  });

  it('fails a stage that throws with its message, and a bug with the please-report line', async () => {
    const ctx = { sampleDir: '', outDir: '', node: '', log: () => undefined, clock: systemClock, shared: new Map<string, string>() };
    let err = '';
    const stderr = (t: string): void => void (err += t);
    const user = await runStage({ name: 'u', title: 'u', run: () => Promise.reject(new UserError('the tool is missing')) }, ctx, stderr);
    expect(user).toEqual({ ok: false, headline: 'the tool is missing', outputs: {} });
    expect(err).toBe('');
    const bug = await runStage({ name: 'b', title: 'b', run: () => Promise.reject(new TypeError('x is not a function')) }, ctx, stderr);
    expect(bug.ok).toBe(false);
    expect(err).toMatch(/^slipway: stage b: Unexpected error \(please report it\): TypeError: x is not a function\n\s+at /);
  });

  describe('demo --out', () => {
    const sample = resolve('sample');

    it('refuses the working folder, a file and the sample itself, and deletes nothing', async () => {
      const cwd = await mkdtemp(join(tmpdir(), 'demo-out-'));
      await writeFile(join(cwd, 'notes.txt'), 'keep me');
      for (const out of ['.', 'notes.txt', sample, cwd]) {
        const io = captureIO(cwd);
        expect(await main(['demo', '--sample', sample, '--out', out, '--only', 'baseline'], io)).toBe(EXIT.usage);
        expect(io.err()).toMatch(/Refusing to (use|empty)/);
      }
      expect(await readFile(join(cwd, 'notes.txt'), 'utf8')).toBe('keep me');
      expect((await stat(join(sample, 'package.json'))).isFile()).toBe(true);
    });

    it('refuses a folder with files it did not make, and reuses one it made', async () => {
      const cwd = await mkdtemp(join(tmpdir(), 'demo-out-'));
      await mkdir(join(cwd, 'theirs'));
      await writeFile(join(cwd, 'theirs', 'a.txt'), 'x');
      const io = captureIO(cwd);
      expect(await main(['demo', '--sample', sample, '--out', 'theirs', '--only', 'baseline'], io)).toBe(EXIT.usage);
      expect(io.err()).toContain('no .slipway-owned marker');
      expect(await readdir(join(cwd, 'theirs'))).toEqual(['a.txt']);
      await prepareOwnedDir(join(cwd, 'ours'), { what: 'test' });
      await writeFile(join(cwd, 'ours', 'stale.txt'), 'old run');
      expect(await main(['demo', '--sample', sample, '--out', 'ours', '--only', 'no-such-stage'], captureIO(cwd))).toBe(EXIT.usage);
      expect(await readdir(join(cwd, 'ours'))).toContain('stale.txt');
    });
  });
});
