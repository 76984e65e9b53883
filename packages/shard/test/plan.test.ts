import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { assignShards, planShards, timeUniverse, type Granularity, type TestRecord, type TimingSource } from '../src/index.js';
import { fixture } from './fixtures.js';

const source = (tests: TestRecord[], files: [string, number][] = []): TimingSource => ({
  source: 'gen',
  format: 'junit',
  tests,
  files: new Map(files),
});
const passed = (file: string, name: string, seconds: number): TestRecord => ({ file, name, seconds, outcome: 'passed', retried: false });

/** Every id a plan hands out, and what each stands for in whole tests. */
function coverage(plan: ReturnType<typeof planShards>): string[] {
  return plan.shards.flatMap((s) => s.items.map((i) => i.id));
}

const arbUniverse = fc
  .record({
    files: fc.uniqueArray(fc.stringMatching(/^[a-z]{1,3}(\/[a-z]{1,3}){0,2}\.py$/), { minLength: 1, maxLength: 25 }),
    seed: fc.array(fc.array(fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: undefined }), { minLength: 1, maxLength: 6 }), {
      minLength: 25,
      maxLength: 25,
    }),
  })
  .map(({ files, seed }) => {
    const tests: TestRecord[] = [];
    const untimed: string[] = [];
    files.forEach((file, i) => {
      const times = seed[i] ?? [];
      if (times.every((t) => t === undefined)) untimed.push(file);
      times.forEach((t, j) => {
        if (t !== undefined) tests.push(passed(file, `test_${j}`, t));
      });
    });
    return { files, tests, untimed };
  });

describe('every plan partitions the universe exactly', () => {
  it('hands each test out once, whatever the universe, N and granularity (property)', () => {
    fc.assert(
      fc.property(
        arbUniverse,
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom<Granularity>('file', 'test', 'auto'),
        fc.boolean(),
        ({ files, tests }, n, granularity, exact) => {
          const universe = timeUniverse({ entries: files, sources: [source(tests)] });
          const plan = planShards({ universe, granularity, exactTestSelection: exact, shards: n });
          const ids = coverage(plan);
          // No id twice.
          expect(new Set(ids).size).toBe(ids.length);
          // Expand to whole tests: a file entry covers all of its tests; every file is covered exactly once.
          const covered = new Map<string, number>();
          for (const s of plan.shards) {
            for (const item of s.items) {
              const unit = item.name === undefined ? `${item.file}::*` : item.id;
              covered.set(unit, (covered.get(unit) ?? 0) + 1);
            }
          }
          for (const file of files) {
            const whole = covered.get(`${file}::*`) ?? 0;
            const names = tests.filter((t) => t.file === file).map((t) => `${file}::${t.name}`);
            const parts = names.map((id) => covered.get(id) ?? 0);
            if (whole === 1) expect(parts.every((p) => p === 0)).toBe(true);
            else {
              expect(whole).toBe(0);
              expect(parts.every((p) => p === 1)).toBe(true);
            }
          }
          // No empty shard, the count never above the items, the bound holds.
          expect(plan.shards.every((s) => s.items.length > 0)).toBe(true);
          expect(plan.shardCount).toBe(Math.min(n, ids.length));
          expect(plan.makespanSeconds + 1e-9).toBeGreaterThanOrEqual(plan.lowerBoundSeconds - 0.001);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves no shard empty when fewer shards stop auto from splitting the file that made the extra item', () => {
    // The property's counterexample: at 12 shards a/b.py is longer than a shard and splits into its
    // two tests (4 items); at 4 shards it no longer is, and only 3 items remain.
    const tests = [passed('a.py', 'test_0', 212.9730445), passed('a/b.py', 'test_0', 0), passed('a/b.py', 'test_1', 28.2253435)];
    const universe = timeUniverse({ entries: ['a.py', 'a/a.py', 'a/b.py'], sources: [source(tests)] });
    const plan = planShards({ universe, granularity: 'auto', exactTestSelection: true, shards: 12 });
    expect(plan.shardCount).toBe(3);
    expect(plan.shards.map((s) => s.items.map((i) => i.id))).toEqual([['a.py'], ['a/a.py'], ['a/b.py']]);
    expect(plan.notes).toContain('Only 3 item(s) to split, so 3 shard(s) instead of 12: a shard must never be empty.');
  });

  it('is a pure function of its inputs: shuffling the timing entries and the universe changes nothing (property)', () => {
    fc.assert(
      fc.property(arbUniverse, fc.integer({ min: 1, max: 8 }), fc.integer(), ({ files, tests }, n, seed) => {
        const shuffle = <T>(xs: T[]): T[] => {
          const out = [...xs];
          let s = seed >>> 0;
          for (let i = out.length - 1; i > 0; i--) {
            s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
            const j = s % (i + 1);
            [out[i], out[j]] = [out[j] as T, out[i] as T];
          }
          return out;
        };
        const a = planShards({
          universe: timeUniverse({ entries: files, sources: [source(tests)] }),
          granularity: 'auto',
          exactTestSelection: true,
          shards: n,
        });
        const b = planShards({
          universe: timeUniverse({ entries: shuffle(files), sources: [source(shuffle(tests))] }),
          granularity: 'auto',
          exactTestSelection: true,
          shards: n,
        });
        expect(b.shards.map((s) => s.tests)).toEqual(a.shards.map((s) => s.tests));
        expect(b.fingerprint).toBe(a.fingerprint);
      }),
      { numRuns: 200 },
    );
  });
});

describe('planning on real timings', () => {
  const pgmpy = timeUniverse({ entries: undefined, sources: [fixture('pgmpy.test_durations.json')] });
  const knapsack = timeUniverse({ entries: undefined, sources: [fixture('identity-idp.knapsack_rspec_report.json')] });

  it('meets the file-level bound within 1% on the Knapsack report', () => {
    for (const n of [2, 4, 8, 16]) {
      const plan = planShards({ universe: knapsack, granularity: 'file', exactTestSelection: false, shards: n });
      expect(plan.makespanSeconds / plan.lowerBoundSeconds).toBeLessThanOrEqual(1.01);
      expect(plan.shards.flatMap((s) => s.tests)).toHaveLength(1122);
    }
  });

  it('splits the file that dominates pgmpy by test and beats the file-level bound', () => {
    const file = planShards({ universe: pgmpy, granularity: 'file', exactTestSelection: true, shards: 4 });
    const auto = planShards({ universe: pgmpy, granularity: 'auto', exactTestSelection: true, shards: 4 });
    expect(file.makespanSeconds).toBeCloseTo(file.fileLowerBoundSeconds, 1);
    expect(auto.makespanSeconds).toBeLessThan(file.fileLowerBoundSeconds * 0.9);
    expect(auto.splitFiles).toEqual(['pgmpy/tests/test_estimators/test_PC.py']);
    expect(
      auto.shards.flatMap((s) => s.tests).filter((t) => t.startsWith('pgmpy/tests/test_estimators/test_PC.py::')).length,
    ).toBeGreaterThan(1);
  });

  it('does not split files for a runner that cannot select single tests exactly', () => {
    const plan = planShards({ universe: pgmpy, granularity: 'auto', exactTestSelection: false, shards: 4 });
    expect(plan.splitFiles).toEqual([]);
    expect(plan.shards.flatMap((s) => s.tests).every((t) => !t.includes('::'))).toBe(true);
  });

  it('lists test ids as the runner writes them with test granularity', () => {
    const plan = planShards({ universe: pgmpy, granularity: 'test', exactTestSelection: true, shards: 3 });
    const all = plan.shards.flatMap((s) => s.tests);
    expect(all).toHaveLength(1196);
    expect(all).toContain('pgmpy/tests/test_base/test_DAG.py::TestDAGCreation::test_add_edge_string');
  });

  it('chooses the smallest N that meets the target, counting the overhead', () => {
    const total = planShards({ universe: knapsack, granularity: 'file', exactTestSelection: false, shards: 1 }).totalSeconds;
    const plan = planShards({
      universe: knapsack,
      granularity: 'file',
      exactTestSelection: false,
      targetSeconds: 1200,
      overheadSeconds: 60,
      maxShards: 32,
    });
    expect(plan.makespanSeconds + 60).toBeLessThanOrEqual(1200);
    const fewer = planShards({ universe: knapsack, granularity: 'file', exactTestSelection: false, shards: plan.shardCount - 1 });
    expect(fewer.makespanSeconds + 60).toBeGreaterThan(1200);
    expect(plan.shardCount).toBeGreaterThanOrEqual(Math.ceil(total / 1140));
    expect(plan.notes).toEqual([]);
  });

  it('says so when the target cannot be met and stops adding shards that cannot help', () => {
    const plan = planShards({
      universe: knapsack,
      granularity: 'file',
      exactTestSelection: false,
      targetSeconds: 100,
      overheadSeconds: 30,
      maxShards: 64,
    });
    expect(plan.notes[0]).toMatch(/target of 100 s per shard cannot be met/);
    expect(plan.makespanSeconds).toBeCloseTo(plan.fileLowerBoundSeconds, 1);
    expect(plan.shardCount).toBeLessThan(64);
  });
});

describe('edge cases', () => {
  it('never hands out an empty shard: more shards than files lowers the count, with a note', () => {
    const universe = timeUniverse({ entries: ['a.py', 'b.py'], sources: [] });
    const plan = planShards({ universe, granularity: 'file', exactTestSelection: false, shards: 5 });
    expect(plan.shardCount).toBe(2);
    expect(plan.notes[0]).toMatch(/Only 2 item\(s\) to split, so 2 shard\(s\) instead of 5/);
  });

  it('fails on an empty universe, naming the cause', () => {
    expect(() => timeUniverse({ entries: [], sources: [] })).toThrow(/test universe is empty: the test globs or list matched no file/);
    expect(() => timeUniverse({ entries: undefined, sources: [source([])] })).toThrow(/timing files list no tests/);
  });

  it('plans a list of test ids as those tests, estimating untimed ones from their file', () => {
    const universe = timeUniverse({
      entries: ['tests/a.py::test_1', 'tests/a.py::test_new', 'tests/b.py'],
      sources: [source([passed('tests/a.py', 'test_1', 4), passed('tests/a.py', 'test_2', 8), passed('tests/b.py', 'test_x', 6)])],
    });
    const plan = planShards({ universe, granularity: 'file', exactTestSelection: true, shards: 3 });
    const items = plan.shards.flatMap((s) => s.items).sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(items.map((i) => [i.id, i.micros / 1e6, i.estimated])).toEqual([
      ['tests/a.py::test_1', 4, false],
      ['tests/a.py::test_new', 8, true],
      ['tests/b.py', 6, false],
    ]);
  });

  it('reports a timing file that matches nothing in the universe', () => {
    const u = timeUniverse({ entries: ['tests/a.py'], sources: [{ ...source([passed('other/x.py', 't', 1)]), source: 'stale.json' }] });
    expect(u.unmatchedSources).toEqual(['stale.json']);
  });

  it('matches absolute paths, Playwright testDir paths and Java class names onto the universe', () => {
    const u = timeUniverse({
      entries: ['e2e/checkout.spec.ts', 'src/test/java/com/example/PricingTest.java', 'test/inventory.test.js'],
      sources: [
        fixture('playwright-junit.xml'),
        fixture('surefire-TEST-com.example.PricingTest.xml'),
        source([passed('/ci/repo/test/inventory.test.js', 'parses', 2)]),
      ],
      root: '/ci/repo',
    });
    expect(u.unmatchedSources).toEqual([]);
    const timed = Object.fromEntries(u.files.map((f) => [f.file, f.tests.length]));
    expect(timed).toEqual({ 'e2e/checkout.spec.ts': 2, 'src/test/java/com/example/PricingTest.java': 3, 'test/inventory.test.js': 1 });
  });

  it('balances by LPT then local search to the optimum on a classic hard case', () => {
    // LPT alone gives 11 for {3,3,2,2,2} on 2 shards; the optimum is 6.
    const items = [3, 3, 2, 2, 2].map((s, i) => ({ id: `f${i}`, file: `f${i}`, micros: s * 1e6, estimated: false }));
    const a = assignShards(items, 2);
    expect(a.makespanMicros).toBe(6e6);
  });
});
