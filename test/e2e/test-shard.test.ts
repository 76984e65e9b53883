import { describe, expect, it, beforeAll, jest } from '@jest/globals';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot, runStep, type StepResult } from '../harness/index.js';

// Each step starts a bundle; a loaded CI machine can take longer than jest's 5 s default.
jest.setTimeout(60_000);

const fixtures = join(repoRoot, 'test', 'fixtures', 'shard');

/** A fresh job workspace holding the named fixtures (and any extra files). */
async function workspace(names: string[], extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'test-shard-ws-'));
  for (const n of names) await copyFile(join(fixtures, n), join(dir, n));
  for (const [path, text] of Object.entries(extra)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

const step = (ws: string, inputs: Record<string, string>): Promise<StepResult> =>
  runStep({ action: 'test-shard', workspace: ws, inputs: { cache: 'false', ...inputs } });

interface Matrix {
  include: { 'shard-index': number; 'shard-count': number; 'predicted-seconds': number }[];
}
interface PlanFile {
  shards: { index: number; tests: string[]; predictedSeconds: number }[];
  lowerBoundSeconds: number;
  makespanSeconds: number;
}

describe('test-shard plan and select through the runner', () => {
  let ws: string;
  let plan: StepResult;
  let planFile: PlanFile;

  beforeAll(async () => {
    ws = await workspace(['pgmpy.test_durations.json']);
    plan = await step(ws, { mode: 'plan', timings: 'pgmpy.test_durations.json', shards: '4' });
    planFile = JSON.parse(await readFile(plan.outputs['plan-file'] ?? '', 'utf8')) as PlanFile;
  });

  it('outputs a matrix for fromJSON, the count, the predictions and a summary', () => {
    expect(plan.exitCode).toBe(0);
    const matrix = JSON.parse(plan.outputs['matrix'] ?? '') as Matrix;
    expect(matrix.include.map((m) => m['shard-index'])).toEqual([0, 1, 2, 3]);
    expect(matrix.include.every((m) => m['shard-count'] === 4)).toBe(true);
    expect(plan.outputs['shard-count']).toBe('4');
    expect(JSON.parse(plan.outputs['predicted-seconds'] ?? '')).toEqual(matrix.include.map((m) => m['predicted-seconds']));
    expect(Number(plan.outputs['makespan-seconds'])).toBeCloseTo(planFile.makespanSeconds);
    expect(plan.outputs['plan-fingerprint']).toMatch(/^[0-9a-f]{16}$/);
    expect(plan.outputs['runner']).toBe('pytest');
    expect(plan.summary).toContain('| shard | tests | predicted seconds |');
    expect(plan.summary).toMatch(/lower bound of 221\.1 s \(ratio 1\.000\)/);
    expect(plan.summary).toContain('a file-level split could not finish before 255.5 s');
  });

  it('beats the file-level bound by splitting the dominating file into pytest node ids', () => {
    expect(Number(plan.outputs['makespan-seconds'])).toBeLessThan(255.5);
    expect(planFile.shards.flatMap((s) => s.tests).some((t) => t.startsWith('pgmpy/tests/test_estimators/test_PC.py::'))).toBe(true);
  });

  it('gives every shard the plan\u2019s own list; together they cover each test exactly once', async () => {
    const selected = await Promise.all(
      [0, 1, 2, 3].map((i) =>
        step(ws, {
          mode: 'select',
          timings: 'pgmpy.test_durations.json',
          'shard-index': String(i),
          'shard-count': '4',
          'plan-fingerprint': plan.outputs['plan-fingerprint'] ?? '',
        }),
      ),
    );
    for (const [i, s] of selected.entries()) {
      expect(s.exitCode).toBe(0);
      const tests = (s.outputs['tests'] ?? '').split('\n');
      expect(tests).toEqual(planFile.shards[i]?.tests);
      expect((await readFile(s.outputs['tests-file'] ?? '', 'utf8')).trim().split('\n')).toEqual(tests);
      expect(s.outputs['test-count']).toBe(String(tests.length));
      expect(s.outputs['command']).toMatch(/^pytest /);
      expect(s.summary).toContain(`Test shard ${i + 1} of 4`);
    }
    const all = selected.flatMap((s) => (s.outputs['tests'] ?? '').split('\n'));
    expect(new Set(all).size).toBe(all.length);
    // Whole files plus the split file's tests: every test of the durations file exactly once.
    const durations = Object.keys(JSON.parse(await readFile(join(ws, 'pgmpy.test_durations.json'), 'utf8')) as Record<string, number>);
    const covered = durations.filter((id) => all.includes(id) || all.includes(id.slice(0, id.indexOf('::'))));
    expect(covered).toHaveLength(durations.length);
    const coveredTwice = durations.filter((id) => all.includes(id) && all.includes(id.slice(0, id.indexOf('::'))));
    expect(coveredTwice).toEqual([]);
  });

  it('fails a shard whose index is out of range, naming the range', async () => {
    const r = await step(ws, { mode: 'select', timings: 'pgmpy.test_durations.json', 'shard-index': '4', 'shard-count': '4' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toMatch(/'shard-index' is 4, out of range for shard-count 4: it must be 0 to 3/);
  });

  it('fails a shard whose recomputed plan differs from the planning job\u2019s', async () => {
    const r = await step(ws, {
      mode: 'select',
      timings: 'pgmpy.test_durations.json',
      'shard-index': '0',
      'shard-count': '4',
      granularity: 'file',
      'plan-fingerprint': plan.outputs['plan-fingerprint'] ?? '',
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/differs from the planning job's/);
  });
});

describe('test-shard plan chooses N from a target', () => {
  it('takes the smallest shard count that meets the target with the overhead', async () => {
    const ws = await workspace(['identity-idp.knapsack_rspec_report.json']);
    const r = await step(ws, {
      mode: 'plan',
      timings: 'identity-idp.knapsack_rspec_report.json',
      'target-seconds': '900',
      'shard-overhead-seconds': '90',
    });
    expect(r.exitCode).toBe(0);
    const n = Number(r.outputs['shard-count']);
    expect(Number(r.outputs['makespan-seconds']) + 90).toBeLessThanOrEqual(900);
    const fewer = await step(ws, { mode: 'plan', timings: 'identity-idp.knapsack_rspec_report.json', shards: String(n - 1) });
    expect(Number(fewer.outputs['makespan-seconds']) + 90).toBeGreaterThan(900);
    expect(r.outputs['runner']).toBe('rspec');
  });
});

describe('test-shard reads every timing format', () => {
  it.each([
    ['jest-junit.xml', 'jest', 'src/__tests__/cart.test.js'],
    ['jest-results.json', 'jest', 'src/__tests__/cart.test.js'],
    ['playwright-junit.xml', 'playwright', 'e2e/checkout.spec.ts'],
    ['pytest-junit.xml', 'pytest', 'tests/store/test_stock.py'],
    ['surefire-TEST-com.example.PricingTest.xml', 'custom', 'src/test/java/com/example/PricingTest.java'],
    // One package longer than a shard: go can run single tests, so it is split.
    ['go-junit-report-pass.xml', 'go', 'package/pass::TestPass'],
  ])('%s plans with runner %s', async (name, runner, expected) => {
    // Jest reports absolute paths under the checkout the report came from; Playwright paths relative to its testDir.
    const ws = await workspace([name], {
      'src/__tests__/cart.test.js': "test('a', () => {});\n",
      'src/__tests__/search.test.js': "test('b', () => {});\n",
      'e2e/checkout.spec.ts': "test('c', () => {});\n",
      'e2e/search.spec.ts': "test('d', () => {});\n",
      'src/test/java/com/example/PricingTest.java': '@Test void a() {}\n',
    });
    const tests = name.startsWith('jest')
      ? 'src/**/*.test.js'
      : name.startsWith('playwright')
        ? 'e2e/*.spec.ts'
        : name.startsWith('surefire')
          ? 'src/test/java/**/*Test.java'
          : '';
    const inputs: Record<string, string> = { mode: 'plan', timings: name, shards: '2', ...(tests ? { tests } : {}) };
    if (runner === 'custom') Object.assign(inputs, { runner: 'custom' });
    if (name === 'jest-results.json') {
      // jest --json names files by absolute path: rewrite it to this workspace, as a real run here would.
      const text = (await readFile(join(ws, name), 'utf8')).replaceAll('/home/runner/work/shop/shop', ws);
      await writeFile(join(ws, name), text);
    }
    const r = await step(ws, inputs);
    expect(r.exitCode).toBe(0);
    // Without test globs and no test file here, the plan says it holds only the timed tests.
    expect(r.annotations.filter((a) => a.level !== 'notice').map((a) => a.message)).toEqual(
      tests
        ? []
        : [
            'No test files were given and none could be found here, so the plan holds only the tests the timings name: a test file they miss runs in no shard. Pass tests or tests-from.',
          ],
    );
    const planned = JSON.parse(await readFile(r.outputs['plan-file'] ?? '', 'utf8')) as PlanFile;
    expect(planned.shards.flatMap((s) => s.tests)).toContain(expected);
    expect(r.outputs['runner']).toBe(runner);
    expect(r.outputs['untimed-tests'] ?? '').toBe('');
  });
});

describe('test-shard estimates tests with no timing', () => {
  it('plans new files from their declared tests and lists them', async () => {
    const slow = Array.from({ length: 4 }, (_, i) => `def test_${i}():\n    pass\n`).join('\n');
    const ws = await workspace(['pytest-junit.xml'], {
      'tests/store/test_stock.py': slow,
      'tests/test_text.py': 'def test_slug():\n    pass\n',
      'tests/store/test_new_orders.py': `${slow}\ndef test_9():\n    pass\n`,
    });
    const r = await step(ws, { mode: 'plan', timings: 'pytest-junit.xml', tests: 'tests/**/test_*.py', shards: '2' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['untimed-tests']).toBe('tests/store/test_new_orders.py');
    expect(r.summary).toContain('1 file(s) had no timing and were estimated');
    expect(r.summary).toMatch(/tests\/store\/test_new_orders\.py \| [\d.]+ \| per-test rate/);
  });

  it('plans a first run with no timings at all from the globs', async () => {
    const ws = await workspace([], {
      'test/a.test.js': "test('x', () => {});\n",
      'test/b.test.js': "test('y', () => {});\ntest('z', () => {});\n",
    });
    const r = await step(ws, { mode: 'plan', tests: 'test/*.test.js', timings: 'timings/*.json', shards: '2' });
    expect(r.exitCode).toBe(0);
    expect(r.annotations).toEqual([expect.objectContaining({ level: 'warning', message: "No timing file matches 'timings/*.json'" })]);
    expect((r.outputs['untimed-tests'] ?? '').split('\n')).toEqual(['test/a.test.js', 'test/b.test.js']);
  });
});

describe('test-shard takes the universe from a list', () => {
  it('splits exactly the files and node ids a tests-from file names', async () => {
    const ws = await workspace(['pgmpy.test_durations.json'], {
      'selected.txt':
        '# the tests to run\npgmpy/tests/test_estimators/test_PC.py::TestPCRealModels::test_pc_asia\npgmpy/tests/test_base/test_DAG.py\n\n',
    });
    const r = await step(ws, { mode: 'plan', timings: 'pgmpy.test_durations.json', 'tests-from': 'selected.txt', shards: '2' });
    expect(r.exitCode).toBe(0);
    const planned = JSON.parse(await readFile(r.outputs['plan-file'] ?? '', 'utf8')) as PlanFile;
    expect(planned.shards.flatMap((s) => s.tests).sort()).toEqual([
      'pgmpy/tests/test_base/test_DAG.py',
      'pgmpy/tests/test_estimators/test_PC.py::TestPCRealModels::test_pc_asia',
    ]);
  });
});

describe('test-shard in a working directory', () => {
  it('resolves globs, timing files and report paths against working-directory', async () => {
    const ws = await workspace([], {
      'app/reports/junit.xml': (await readFile(join(fixtures, 'jest-junit.xml'), 'utf8')).replaceAll('src/__tests__/', 'test/'),
      'app/test/cart.test.js': "test('a', () => {});\n",
      'app/test/search.test.js': "test('b', () => {});\n",
      'app/test/new.test.js': "test('c', () => {});\n",
    });
    const inputs = { timings: 'reports/*.xml', tests: 'test/*.test.js', 'working-directory': 'app', runner: 'jest' };
    const plan = await step(ws, { ...inputs, mode: 'plan', shards: '2' });
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs['untimed-tests']).toBe('test/new.test.js');
    const sel = await step(ws, {
      ...inputs,
      mode: 'select',
      'shard-index': '0',
      'shard-count': '2',
      'plan-fingerprint': plan.outputs['plan-fingerprint'] ?? '',
    });
    expect(sel.exitCode).toBe(0);
    expect(sel.outputs['command']).toMatch(/^npx jest --ci --runTestsByPath test\//);
  });
});

describe('test-shard fails closed on bad input', () => {
  it('names the file and line of a malformed JUnit report', async () => {
    const ws = await workspace([], {
      'reports/shard-1.xml': '<testsuites>\n  <testsuite name="a">\n    <testcase name="t" time="1">\n</testsuites>\n',
    });
    const r = await step(ws, { mode: 'plan', timings: 'reports/*.xml', shards: '2' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toMatch(/^reports\/shard-1\.xml is not well-formed JUnit XML at line 4/);
  });

  it('names the key of a bad timing value', async () => {
    const ws = await workspace([], { '.test_durations': '{"tests/a.py::t": "fast"}' });
    const r = await step(ws, { mode: 'plan', timings: '.test_durations', shards: '2' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toContain('.test_durations: tests/a.py::t: expected a number, got "fast"');
  });

  it('fails on an empty universe', async () => {
    const ws = await workspace([]);
    const r = await step(ws, { mode: 'plan', tests: 'spec/**/*_spec.rb', shards: '2' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toMatch(/test universe is empty: no file matches 'spec\/\*\*\/\*_spec\.rb'/);
  });

  it('warns about a timing file that matches no test in the universe', async () => {
    const ws = await workspace(['pytest-junit.xml'], { 'spec/a_spec.rb': "it 'x' do\nend\n" });
    const r = await step(ws, { mode: 'plan', timings: 'pytest-junit.xml', tests: 'spec/*_spec.rb', shards: '1' });
    expect(r.exitCode).toBe(0);
    expect(r.annotations).toEqual([
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/Timing file pytest-junit\.xml matches no test in the universe/),
      }),
    ]);
  });

  it('rejects plan mode without a shard count or target, naming both inputs', async () => {
    const ws = await workspace(['pgmpy.test_durations.json']);
    const r = await step(ws, { mode: 'plan', timings: 'pgmpy.test_durations.json' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toMatch(/needs 'shards' \(a fixed count\) or 'target-seconds'/);
  });

  it('rejects an unknown mode, listing the accepted ones', async () => {
    const ws = await workspace([]);
    const r = await step(ws, { mode: 'split' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toContain("Input 'mode' must be one of plan, select, record; got 'split'");
  });
});

describe('test-shard record without a cache', () => {
  it('merges the shards\u2019 reports, lists the flaky tests and writes the timings', async () => {
    const ws = await workspace([], {});
    await mkdir(join(ws, 'reports'), { recursive: true });
    for (const n of ['surefire-TEST-com.example.PricingTest.xml', 'surefire-TEST-com.example.StockTest.xml', 'jest-results.json']) {
      await copyFile(join(fixtures, n), join(ws, 'reports', n.replace('surefire-', '')));
    }
    const r = await step(ws, { mode: 'record', reports: 'reports/*' });
    expect(r.exitCode).toBe(0);
    expect((r.outputs['flaky-tests'] ?? '').split('\n').sort()).toEqual([
      '/home/runner/work/shop/shop/src/__tests__/search.test.js::flaky suggestion cache',
      'com.example.PricingTest::flakyRounding',
    ]);
    expect(r.outputs['flaky-count']).toBe('2');
    expect(r.outputs['test-count']).toBe('12');
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.title)).toEqual(['Flaky test', 'Flaky test']);
    expect(r.summary).toContain('### Flaky tests (2)');
    expect(r.summary).toContain('failed, then passed on a retry');
    const store = JSON.parse(await readFile(r.outputs['timings-file'] ?? '', 'utf8')) as {
      runs: number;
      tests: Record<string, { seconds: number }>;
    };
    expect(store.runs).toBe(1);
    expect(store.tests['com.example.PricingTest::largeCatalogue']?.seconds).toBeCloseTo(0.301);
    // The failing test's time is not an average yet.
    expect(r.summary).toMatch(/2 failed test\(s\) kept out of the averages/);
  });

  it('fails when no report matches', async () => {
    const ws = await workspace([]);
    const r = await step(ws, { mode: 'record', reports: 'reports/**/*.xml' });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toMatch(/No report matches 'reports\/\*\*\/\*\.xml'/);
  });
});
