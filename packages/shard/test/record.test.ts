import { describe, expect, it } from '@jest/globals';
import { decodeStore, encodeStore, knownFlaky, recordRun, storeAsSource, type TestRecord, type TimingSource } from '../src/index.js';
import { fixture } from './fixtures.js';

const run = (tests: TestRecord[], files: [string, number][] = []): TimingSource => ({
  source: 'r.xml',
  format: 'junit',
  tests,
  files: new Map(files),
});
const t = (name: string, seconds: number, outcome: TestRecord['outcome'] = 'passed', file = 'tests/a.py'): TestRecord => ({
  file,
  name,
  seconds,
  outcome,
  retried: false,
});
const opts = (sha: string, smoothing = 0.5) => ({ sha, now: '2026-01-01T00:00:00Z', smoothing });

describe('recording timings', () => {
  it('smooths passing times with an exponentially weighted average', () => {
    const first = recordRun(undefined, [run([t('x', 10)])], opts('a'));
    expect(first.store.tests['tests/a.py::x']).toMatchObject({ seconds: 10, samples: 1 });
    const second = recordRun(first.store, [run([t('x', 20)])], opts('b'));
    expect(second.store.tests['tests/a.py::x']).toMatchObject({ seconds: 15, samples: 2 });
    expect(second.store.runs).toBe(2);
    expect(second.store.files['tests/a.py']?.seconds).toBe(15);
  });

  it('keeps failed runs out of the averages, for the test and its file', () => {
    const first = recordRun(undefined, [run([t('x', 10), t('y', 5)])], opts('a'));
    const second = recordRun(first.store, [run([t('x', 0.2, 'failed'), t('y', 7)])], opts('b'));
    expect(second.store.tests['tests/a.py::x']?.seconds).toBe(10);
    expect(second.store.tests['tests/a.py::y']?.seconds).toBe(6);
    expect(second.store.files['tests/a.py']?.seconds).toBe(15);
    expect(second.failedExcluded).toBe(1);
  });

  it('merges the shards\u2019 reports and flags a test that failed in one and passed in another (a retry)', () => {
    const r = recordRun(undefined, [run([t('x', 1, 'failed')]), run([t('x', 2)])], opts('a'));
    expect(r.flaky).toEqual([{ id: 'tests/a.py::x', reason: 'failed, then passed on a retry' }]);
    expect(r.store.tests['tests/a.py::x']).toMatchObject({ seconds: 2, flakyRuns: 1 });
  });

  it('flags a test whose outcome flips between runs on the same commit, not across commits', () => {
    const a = recordRun(undefined, [run([t('x', 1)])], opts('abc1234'));
    const b = recordRun(a.store, [run([t('x', 1, 'failed')])], opts('abc1234'));
    expect(b.flaky).toEqual([{ id: 'tests/a.py::x', reason: 'passed then failed on the same commit abc1234' }]);
    const c = recordRun(b.store, [run([t('x', 1)])], opts('def5678'));
    expect(c.flaky).toEqual([]);
    expect(knownFlaky(c.store)).toEqual([{ id: 'tests/a.py::x', flakyRuns: 1 }]);
  });

  it("finds Surefire's and jest's retried tests in real reports", () => {
    const surefire = recordRun(undefined, [fixture('surefire-TEST-com.example.PricingTest.xml')], opts('a'));
    expect(surefire.flaky.map((f) => f.id)).toEqual(['com.example.PricingTest::flakyRounding']);
    const jest = recordRun(undefined, [fixture('jest-results.json')], { ...opts('a'), root: '/home/runner/work/shop/shop' });
    expect(jest.flaky.map((f) => f.id)).toEqual(['src/__tests__/search.test.js::flaky suggestion cache']);
  });

  it('drops tests not reported for 30 runs', () => {
    let store = recordRun(undefined, [run([t('gone', 1), t('kept', 1)])], opts('a')).store;
    for (let i = 0; i < 30; i++) store = recordRun(store, [run([t('kept', 1)])], opts(`s${i}`)).store;
    expect(Object.keys(store.tests)).toEqual(['tests/a.py::kept']);
  });

  it('round-trips through its JSON form, byte for byte, and plans from it', () => {
    const r = recordRun(undefined, [fixture('pytest-junit.xml')], opts('a'));
    const text = encodeStore(r.store);
    const again = decodeStore(JSON.parse(text), 'timings.json');
    expect(encodeStore(again)).toBe(text);
    const source = storeAsSource(again, 'timings.json');
    expect(source.tests.find((x) => x.name === 'test_slug')?.seconds).toBeCloseTo(0.302);
  });

  it('remembers the runner the reports came from, keeping it when a later run does not say', () => {
    const a = recordRun(undefined, [run([t('x', 1)])], { ...opts('a'), runner: 'pytest' });
    const b = recordRun(a.store, [run([t('x', 1)])], opts('b'));
    expect(b.store.runner).toBe('pytest');
    expect(storeAsSource(decodeStore(JSON.parse(encodeStore(b.store)), 's'), 's').runner).toBe('pytest');
  });

  it('rejects a store written by a newer version, naming the field', () => {
    expect(() =>
      decodeStore({ format: 'slipway-test-shard-timings', version: 2, runs: 1, updatedAt: '', tests: {}, files: {} }, 'cache'),
    ).toThrow(/cache: version: expected version 1/);
  });
});
