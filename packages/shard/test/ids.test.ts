import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodeStore,
  encodeStore,
  planShards,
  readTestEntries,
  readTimingFile,
  recordRun,
  selectShard,
  shardSelection,
  splitTestId,
  storeAsSource,
  testId,
  timeUniverse,
  type Granularity,
  type TestRecord,
  type TimingSource,
} from '../src/index.js';
import { fixture } from './fixtures.js';

const benchData = join(import.meta.dirname, '..', '..', '..', 'bench', 'data', 'shard');

/** Plans the ids given as a list, then selects every shard: the ids handed out, in shard order. */
async function roundTrip(ids: readonly string[], n: number, granularity: Granularity, timed: readonly TestRecord[]): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'shard-ids-'));
  try {
    await writeFile(join(dir, 'list.txt'), `${ids.join('\n')}\n`);
    const entries = await readTestEntries([], 'list.txt', dir);
    const source: TimingSource = { source: 'timed', format: 'junit', tests: [...timed], files: new Map() };
    const universe = timeUniverse({ entries, sources: [source], root: dir });
    const plan = planShards({ universe, granularity, exactTestSelection: true, canExcludeTests: true, shards: n });
    const out: string[] = [];
    for (let i = 0; i < plan.shardCount; i++) {
      const shard = selectShard(plan, i, plan.shardCount, plan.fingerprint);
      // What pytest is handed is the same ids, byte for byte.
      const args = shardSelection('pytest', plan, shard, { budget: Number.POSITIVE_INFINITY }).invocations[0] ?? [];
      expect(args).toEqual(shard.tests);
      out.push(...shard.tests);
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// Characters pytest and jest ids really hold: brackets, spaces, ::, backslashes, quotes, unicode.
const testChar = fc.oneof(
  fc.constantFrom('[', ']', ' ', ':', '::', '\\', '\\xf6', '"', "'", '-', '.', '/', '(', ')', '=', ',', '#', '\t', 'ö', '✓', '日本', '🦀'),
  fc.stringMatching(/^[A-Za-z0-9_]{1,6}$/),
);
const arbId = fc
  .tuple(
    fc.array(fc.stringMatching(/^[a-z0-9_][a-z0-9_.-]{0,7}$/), { minLength: 1, maxLength: 4 }),
    fc.array(testChar, { minLength: 1, maxLength: 40 }),
    fc.boolean(),
  )
  .map(([dirs, parts, long]) => {
    const name = parts.join('') + (long ? 'x'.repeat(1500) : '');
    return `${dirs.join('/')}/test_mod.py::${name.trimStart() || 'test'}`;
  })
  .filter((id) => !/[\r\n]/.test(id) && !splitTestId(id).file.includes(':'));

describe('test ids are opaque: plan then select hands back exactly the ids given, each once', () => {
  it('holds for generated ids with brackets, spaces, :: inside parameters, backslashes, quotes, unicode and very long names (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(arbId, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom<Granularity>('file', 'test', 'auto'),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (ids, n, granularity, share) => {
          // Some of them timed, under exactly their own names.
          const timed = ids
            .filter((_, i) => i / ids.length < share)
            .map((id, i) => ({ ...splitTestId(id), seconds: i + 0.5, outcome: 'passed' as const, retried: false }));
          const out = await roundTrip(ids, n, granularity, timed);
          expect([...out].sort()).toEqual([...ids].sort());
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each([
    ['onegov-cloud.test_durations.json'],
    ['pgmpy.test_durations.json'],
    ['networkx.pytest-junit.xml'],
    ['identity-idp.knapsack_rspec_report.json'],
  ])('holds for every real id in %s, and the timings keep each test part byte for byte', async (name) => {
    const source = await readTimingFile(join(benchData, name), name);
    const ids =
      source.tests.length > 0 ? source.tests.filter((t) => t.name !== '').map((t) => testId(t.file, t.name)) : [...source.files.keys()];
    expect(ids.length).toBeGreaterThan(1000);
    const out = await roundTrip(ids, 4, 'test', source.tests);
    expect(out).toHaveLength(ids.length);
    expect(new Set(out)).toEqual(new Set(ids));
    if (name.endsWith('.json') && source.tests.length > 0) {
      // The file's own keys, split once at the first ::, are exactly what was read.
      const raw = Object.keys(JSON.parse(await readFile(join(benchData, name), 'utf8')) as Record<string, number>);
      expect(new Set(ids)).toEqual(new Set(raw));
    }
  });

  it('keeps a pytest id with an escaped non-ASCII parameter (a real backslash) as it is, through the store too', () => {
    const id = 'tests/test_helpers.py::test_get_formatted_reservation_time[sv-L\\xf6 5.11.2022 10:00-12:00]';
    const universe = timeUniverse({ entries: [id, 'tests\\win\\test_a.py::test_b[c\\d]'], sources: [] });
    expect(universe.files.map((f) => [f.file, f.selected])).toEqual([
      ['tests/test_helpers.py', ['test_get_formatted_reservation_time[sv-L\\xf6 5.11.2022 10:00-12:00]']],
      // Only the file part is normalised: the test part keeps its backslash.
      ['tests/win/test_a.py', ['test_b[c\\d]']],
    ]);
    const { file, name } = splitTestId(id);
    const recorded = recordRun(
      undefined,
      [{ source: 'r', format: 'junit', tests: [{ file, name, seconds: 2, outcome: 'passed', retried: false }], files: new Map() }],
      {
        sha: 'a',
        now: '2026-01-01T00:00:00Z',
        smoothing: 0.3,
      },
    );
    const back = storeAsSource(decodeStore(JSON.parse(encodeStore(recorded.store)), 'store'), 'store');
    expect(back.tests.map((t) => testId(t.file, t.name))).toEqual([id]);
  });

  it('reads pytest JUnit names as pytest writes node ids, parameters untouched', () => {
    const ids = fixture('pytest-paths-xunit2.xml').tests.map((t) => testId(t.file, t.name));
    expect(ids).toContain('tests/API/test_x.py::TestFoo::test_y[sv-L\\xf6 5.11.2022 10:00-12:00]');
    expect(ids).toContain('tests/API/test_x.py::TestFoo::test_y[a::b]');
    expect(ids).toContain('tests/API/test_x.py::TestFoo::test_y[back\\\\slash]');
    expect(ids).toContain('tests/API/test_x.py::TestFoo::test_y[q"uote]');
    expect(ids).toContain('tests/API/test_x.py::TestFoo::test_y[tab\\there]');
  });
});
