import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, main } from '../src/index.js';
import { captureIO } from './cli-io.js';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'shard');

interface PlanJson {
  shards: { index: number; tests: string[]; predictedSeconds: number }[];
  lowerBoundSeconds: number;
  makespanSeconds: number;
}

async function cli(args: string[], cwd = fixtures): Promise<{ code: number; out: string; err: string }> {
  const io = captureIO(cwd);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('slipway shard plan', () => {
  it('prints exactly the documented JSON, the universe being every test in the timing files', async () => {
    const r = await cli(['shard', 'plan', '--timings', 'identity-idp.knapsack_rspec_report.json', '--shards', '4', '--json']);
    expect(r.code).toBe(EXIT.ok);
    const plan = JSON.parse(r.out) as PlanJson;
    expect(Object.keys(plan)).toEqual(['shards', 'lowerBoundSeconds', 'makespanSeconds']);
    expect(plan.shards.map((s) => Object.keys(s))).toEqual(Array(4).fill(['index', 'tests', 'predictedSeconds']));
    expect(plan.shards.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(plan.shards.flatMap((s) => s.tests)).toHaveLength(1122);
    expect(plan.makespanSeconds / plan.lowerBoundSeconds).toBeLessThan(1.01);
    expect(plan.makespanSeconds).toBe(Math.max(...plan.shards.map((s) => s.predictedSeconds)));
  });

  it('lists pytest node ids with --granularity test and files with --granularity file', async () => {
    const byTest = JSON.parse(
      (await cli(['shard', 'plan', '--timings', 'pgmpy.test_durations.json', '--shards', '4', '--granularity', 'test', '--json'])).out,
    ) as PlanJson;
    expect(byTest.shards.flatMap((s) => s.tests)).toContain('pgmpy/tests/test_estimators/test_PC.py::TestPCRealModels::test_pc_asia');
    expect(byTest.shards.flatMap((s) => s.tests)).toHaveLength(1196);
    const byFile = JSON.parse(
      (await cli(['shard', 'plan', '--timings', 'pgmpy.test_durations.json', '--shards', '4', '--granularity', 'file', '--json'])).out,
    ) as PlanJson;
    expect(byFile.shards.flatMap((s) => s.tests)).toHaveLength(65);
    expect(byFile.shards.flatMap((s) => s.tests).every((t) => !t.includes('::'))).toBe(true);
    // One file dominates: splitting by test beats what any file-level split can do.
    expect(byTest.makespanSeconds).toBeLessThan(byFile.lowerBoundSeconds);
  });

  it('chooses the count from --target-seconds with the overhead', async () => {
    const r = await cli([
      'shard',
      'plan',
      '--timings',
      'identity-idp.knapsack_rspec_report.json',
      '--target-seconds',
      '1200',
      '--shard-overhead-seconds',
      '60',
      '--max-shards',
      '20',
      '--json',
    ]);
    const plan = JSON.parse(r.out) as PlanJson;
    expect(plan.makespanSeconds + 60).toBeLessThanOrEqual(1200);
    expect(plan.shards.length).toBeLessThanOrEqual(20);
  });

  it('takes the universe from --tests globs and estimates files with no timing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-shard-'));
    await writeFile(join(dir, 'timings.json'), JSON.stringify({ 'spec/a_spec.rb': 30, 'spec/b_spec.rb': 10 }));
    await mkdir(join(dir, 'spec'));
    for (const f of ['a', 'b', 'c']) await writeFile(join(dir, 'spec', `${f}_spec.rb`), "it 'x' do\nend\n");
    const r = await cli(['shard', 'plan', '--timings', 'timings.json', '--tests', 'spec/*_spec.rb', '--shards', '2'], dir);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('2 shards, longest 30.0 s');
    expect(r.out).toContain('No timing (estimated): spec/c_spec.rb');
  });

  it.each([
    [['shard', 'plan', '--shards', '2'], '--timings is required'],
    [['shard', 'plan', '--timings', 'pgmpy.test_durations.json'], 'pass exactly one of --shards N and --target-seconds S'],
    [['shard', 'plan', '--timings', 'pgmpy.test_durations.json', '--shards', '2', '--target-seconds', '9'], 'pass exactly one of'],
    [
      ['shard', 'plan', '--timings', 'pgmpy.test_durations.json', '--shards', '0'],
      "--shards must be a whole number from 1 to 256; got '0'",
    ],
    [
      ['shard', 'plan', '--timings', 'pgmpy.test_durations.json', '--shards', '2', '--granularity', 'suite'],
      "--granularity must be file or test; got 'suite'",
    ],
    [['shard', 'plan', '--timings', 'missing.json', '--shards', '2'], 'Cannot read timing file'],
    [
      ['shard', 'plan', '--timings', 'pgmpy.test_durations.json', '--tests', 'nothing/*.py', '--shards', '2'],
      "The test universe is empty: no file matches 'nothing/*.py'",
    ],
    [['shard', 'plan', '--bogus'], "Unknown option '--bogus'"],
  ])('exits 2 on %j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain(message);
  });

  it('exits 2 naming the file and line of a malformed report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-shard-'));
    await writeFile(join(dir, 'junit.xml'), '<testsuites>\n<testsuite>\n<testcase name="a" time="1">\n</testsuites>');
    const r = await cli(['shard', 'plan', '--timings', 'junit.xml', '--shards', '2'], dir);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/junit\.xml is not well-formed JUnit XML at line 4/);
  });

  it('warns when a timing file matches no test in the universe', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-shard-'));
    await writeFile(join(dir, 'old.json'), JSON.stringify({ 'gone/x_spec.rb': 3 }));
    await writeFile(join(dir, 'a_spec.rb'), '');
    const r = await cli(['shard', 'plan', '--timings', 'old.json', '--tests', '*_spec.rb', '--shards', '1'], dir);
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toContain('warning: Timing file old.json matches no test in the universe');
  });
});

describe('slipway shard select', () => {
  it("prints each shard's pytest arguments: the plan's tests, and the owner of a split file runs the rest of it", async () => {
    const plan = JSON.parse(
      (await cli(['shard', 'plan', '--timings', 'pgmpy.test_durations.json', '--shards', '3', '--granularity', 'test', '--json'])).out,
    ) as PlanJson;
    const select = (index: number, ...more: string[]): ReturnType<typeof cli> =>
      cli([
        'shard',
        'select',
        '--index',
        String(index),
        '--shards',
        '3',
        '--timings',
        'pgmpy.test_durations.json',
        '--granularity',
        'test',
        ...more,
      ]);
    const owners: string[] = [];
    for (const i of [0, 1, 2]) {
      const r = await select(i);
      expect(r.code).toBe(EXIT.ok);
      const lines = r.out.trimEnd().split('\n');
      const tests = plan.shards[i]?.tests ?? [];
      // Every id of the plan is there; a whole split file stands for its other tests, minus the --deselect ones.
      for (const t of tests) expect(lines.includes(t) || lines.includes(t.split('::')[0] ?? '')).toBe(true);
      const deselected = lines.filter((_, j) => lines[j - 1] === '--deselect');
      for (const d of deselected) expect(plan.shards.some((s, k) => k !== i && s.tests.includes(d))).toBe(true);
      owners.push(...lines.filter((l) => !l.includes('::') && l !== '--deselect' && !tests.includes(l)));
    }
    // Each split file has exactly one owner: new or untimed tests in it run once.
    expect(new Set(owners).size).toBe(owners.length);
    expect(owners.length).toBeGreaterThan(0);
    const json = await select(1, '--json');
    expect(JSON.parse(json.out)).toMatchObject({
      index: 1,
      tests: plan.shards[1]?.tests,
      predictedSeconds: plan.shards[1]?.predictedSeconds,
      runner: 'pytest',
    });
    expect((await select(1, '--command')).out).toMatch(/^pytest /);
  });

  it('refuses a binary --tests-from, naming the file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-shard-'));
    await writeFile(join(dir, 'list.bin'), Buffer.from([0x74, 0x65, 0x00, 0x73, 0x74]));
    await writeFile(join(dir, 't.json'), JSON.stringify({ 'a.py::t': 1 }));
    const r = await cli(['shard', 'plan', '--timings', 't.json', '--tests-from', 'list.bin', '--shards', '1'], dir);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/Cannot read test list .*list\.bin: it is a binary file \(a NUL byte at offset 2\)/);
  });

  it('refuses test granularity for a runner that cannot run a file minus some of its tests', async () => {
    const r = await cli([
      'shard',
      'plan',
      '--timings',
      'pgmpy.test_durations.json',
      '--shards',
      '2',
      '--granularity',
      'test',
      '--runner',
      'rspec',
    ]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/Granularity test splits files into single tests/);
  });

  it('exits 2 on an index out of range, naming the range', async () => {
    const r = await cli(['shard', 'select', '--index', '3', '--shards', '3', '--timings', 'pgmpy.test_durations.json']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('Shard index 3 is out of range: with 3 shard(s) the index must be 0 to 2');
  });

  it('exits 2 rather than print an empty shard', async () => {
    const r = await cli(['shard', 'select', '--index', '2', '--shards', '3', '--timings', 'go-junit-report-pass.xml']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('Shard count 3 cannot be used: there are only 1 item(s) to split');
  });

  it('has help on both subcommands', async () => {
    expect((await cli(['shard', '--help'])).out).toContain('plan');
    expect((await cli(['shard', 'plan', '--help'])).out).toContain('--target-seconds S');
    expect((await cli(['shard', 'select', '--help'])).out).toContain('--index I');
  });
});
