import { describe, expect, it } from '@jest/globals';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCapture } from '@slipway/core';
import { parseTimingText, planShards, preparePlan, selectShard, shardSelection, testId, timeUniverse } from '../src/index.js';
import { fixtureDir } from './fixtures.js';

const repoRoot = join(import.meta.dirname, '..', '..', '..');
// Debian's pytest (python3-pytest, installed by .ci/run): the runner a shard really hands its tests to.
const PYTHON = '/usr/bin/python3';

async function suiteCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'shard-pysuite-'));
  await cp(join(fixtureDir, 'pysuite'), dir, { recursive: true });
  return dir;
}

async function pytest(cwd: string, args: string[], report: string): Promise<{ exitCode: number; ran: string[] }> {
  const r = await spawnCapture(PYTHON, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${report}`, ...args], {
    cwd,
    env: { PYTHONDONTWRITEBYTECODE: '1' },
  });
  const source = parseTimingText(await readFile(report, 'utf8'), report);
  // Counted from pytest's own JUnit report; the module skipped at import is not a test that ran.
  return { exitCode: r.exitCode, ran: source.tests.filter((t) => t.name !== '').map((t) => testId(t.file, t.name)) };
}

describe('a selected shard run by the real pytest runs exactly its tests', () => {
  it('at test granularity, ids with ::, backslashes, quotes and unicode, and the owner runs what the timings miss', async () => {
    const dir = await suiteCopy();
    try {
      // Timings from a real run, with two tests left out: they must still run, once.
      const report = parseTimingText(await readFile(join(fixtureDir, 'pytest-paths-xunit2.xml'), 'utf8'), 'r.xml');
      const missing = ['TestFoo::test_y[x y]', 'test_sleepy[5]'];
      await writeFile(
        join(dir, 'timings.json'),
        JSON.stringify(
          Object.fromEntries(
            report.tests
              .filter((t) => t.name !== '' && !missing.some((m) => t.name === m))
              .map((t) => [testId(t.file, t.name), t.seconds + 0.01]),
          ),
        ),
      );
      const { plan, runner } = await preparePlan({
        cwd: dir,
        timings: ['timings.json'],
        tests: [],
        runner: 'auto',
        granularity: 'test',
        shards: 3,
      });
      expect(runner).toBe('pytest');
      expect(plan.splitFiles.length).toBeGreaterThan(0);
      const ran: string[] = [];
      for (let i = 0; i < plan.shardCount; i++) {
        const shard = selectShard(plan, i, plan.shardCount);
        const selection = shardSelection('pytest', plan, shard);
        const args = selection.invocations[0] ?? [];
        const r = await pytest(dir, args, join(dir, `shard-${i}.xml`));
        expect(r.exitCode).toBe(0);
        // Every id the shard was given ran (the owner of a split file also runs the tests the timings miss).
        for (const id of shard.tests.filter((t) => t.includes('::'))) expect(r.ran).toContain(id);
        ran.push(...r.ran);
      }
      const everything = (await pytest(dir, ['tests'], join(dir, 'all.xml'))).ran;
      expect(everything).toHaveLength(19);
      expect([...ran].sort()).toEqual([...everything].sort());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('at file granularity with no file list: the files the timings miss are discovered, estimated and run', async () => {
    const dir = await suiteCopy();
    try {
      // Timings that name one file only (the others are new to them).
      await writeFile(join(dir, 'timings.json'), JSON.stringify({ 'tests/test_work.py::test_sleepy[1]': 0.5, 'tests/gone_test.py::t': 3 }));
      const prepared = await preparePlan({
        cwd: dir,
        timings: ['timings.json'],
        tests: [],
        runner: 'auto',
        granularity: 'file',
        shards: 2,
      });
      expect(prepared.notes.join('\n')).toMatch(/1 timed file\(s\) no longer exist and were left out: tests\/gone_test\.py/);
      const files = prepared.plan.shards.flatMap((s) => s.tests).sort();
      expect(files).toEqual(['tests/API/test_x.py', 'tests/test_skipmod.py', 'tests/test_work.py', 'tests/v1.2/test_dot.py']);
      const ran: string[] = [];
      for (const s of prepared.plan.shards) {
        const r = await pytest(dir, shardSelection('pytest', prepared.plan, s).invocations[0] ?? [], join(dir, `f-${s.index}.xml`));
        expect(r.exitCode).toBe(0);
        ran.push(...r.ran);
      }
      expect(ran).toHaveLength(19);
      expect(new Set(ran).size).toBe(19);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("writes an args file that Python's argparse (pytest 8.2+ reads @FILE with it) turns back into exactly the arguments", async () => {
    const ids = [
      'tests/API/test_x.py::TestFoo::test_y[sv-L\\xf6 5.11.2022 10:00-12:00]',
      'tests/API/test_x.py::TestFoo::test_y[a::b]',
      'tests/API/test_x.py::TestFoo::test_y[q"uote]',
      "tests/API/test_x.py::TestFoo::test_y[it's]",
      'tests/API/test_x.py::TestFoo::test_y[x y]',
    ];
    const plan = planShards({
      universe: timeUniverse({ entries: ids, sources: [] }),
      granularity: 'file',
      exactTestSelection: true,
      canExcludeTests: true,
      shards: 1,
    });
    const dir = await mkdtemp(join(tmpdir(), 'shard-args-'));
    const argsFile = join(dir, 'shard.args');
    // A budget of 100 bytes forces the file: thousands of ids would not fit a command line.
    const selection = shardSelection('pytest', plan, plan.shards[0]!, { argsFile, budget: 100 });
    expect(selection.command).toBe(`pytest @${argsFile}`);
    await writeFile(argsFile, selection.argsText ?? '');
    const r = await spawnCapture(PYTHON, [
      '-c',
      'import argparse, json, sys; p = argparse.ArgumentParser(fromfile_prefix_chars="@"); p.add_argument("a", nargs="*"); print(json.dumps(p.parse_args(sys.argv[1:]).a))',
      `@${argsFile}`,
    ]);
    expect(JSON.parse(r.stdout)).toEqual([...ids].sort());
    expect(() => shardSelection('pytest', plan, plan.shards[0]!, { budget: 100 })).toThrow(/too many for one command line/);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('jest runs exactly the selected files and tests', () => {
  it('by path, not by pattern, and the owner of a split file runs all but the other shards\u2019 tests', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shard-jest-'));
    try {
      await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'p', private: true, jest: { testEnvironment: 'node' } }));
      const body = (names: string[]): string => names.map((n) => `test(${JSON.stringify(n)}, () => {});`).join('\n');
      // As patterns, "a.test.js" would also pick "ba.test.js" and "(1)" would be a regex group.
      await writeFile(join(dir, 'a.test.js'), body(['one', 'two (slow)', 'three', 'new one']));
      await writeFile(join(dir, 'ba.test.js'), body(['b1']));
      await writeFile(join(dir, 'c(1).test.js'), body(['c1']));
      const timings = {
        testResults: [
          {
            name: join(dir, 'a.test.js'),
            assertionResults: ['one', 'two (slow)', 'three'].map((t, i) => ({
              fullName: t,
              status: 'passed',
              duration: [4000, 9000, 3000][i],
            })),
          },
          { name: join(dir, 'ba.test.js'), assertionResults: [{ fullName: 'b1', status: 'passed', duration: 1 }] },
          { name: join(dir, 'c(1).test.js'), assertionResults: [{ fullName: 'c1', status: 'passed', duration: 1 }] },
        ],
      };
      await writeFile(join(dir, 'timings.json'), JSON.stringify(timings));
      const { plan } = await preparePlan({
        cwd: dir,
        timings: ['timings.json'],
        tests: [],
        runner: 'auto',
        granularity: 'test',
        shards: 2,
      });
      const ran: string[] = [];
      for (const s of plan.shards) {
        for (const args of shardSelection('jest', plan, s).invocations) {
          const out = join(dir, `r-${s.index}-${ran.length}.json`);
          const r = await spawnCapture(
            join(repoRoot, 'node_modules', '.bin', 'jest'),
            ['--ci', '--runTestsByPath', '--json', `--outputFile=${out}`, '--rootDir', dir, ...args],
            { cwd: dir, env: { NODE_OPTIONS: '' } },
          );
          expect(r.exitCode).toBe(0);
          const result = JSON.parse(await readFile(out, 'utf8')) as {
            testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
          };
          for (const f of result.testResults) {
            for (const a of f.assertionResults) if (a.status === 'passed') ran.push(`${f.name.slice(dir.length + 1)}::${a.fullName}`);
          }
        }
      }
      expect(ran.sort()).toEqual([
        'a.test.js::new one',
        'a.test.js::one',
        'a.test.js::three',
        'a.test.js::two (slow)',
        'ba.test.js::b1',
        'c(1).test.js::c1',
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
