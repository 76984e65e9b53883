import { describe, expect, it } from '@jest/globals';
import { estimateFiles } from '../src/index.js';

/** `count` timed files in `dir`, each declaring `tests` tests that take `rate` seconds each. */
const folder = (dir: string, count: number, tests: number, rate: number, bytes = 1000) =>
  Array.from({ length: count }, (_, i) => ({
    file: `${dir}/f${i}.py`,
    seconds: tests * rate,
    features: { declaredTests: tests, bytes },
  }));

describe('estimating untimed files', () => {
  const known = [...folder('tests/db', 20, 4, 10), ...folder('tests/unit', 20, 10, 0.1)];

  it("gives a new file its folder's per-test rate when the folder has many timed files", () => {
    const db = estimateFiles(known, [{ file: 'tests/db/new.py', features: { declaredTests: 5 } }]).get('tests/db/new.py');
    const unit = estimateFiles(known, [{ file: 'tests/unit/new.py', features: { declaredTests: 5 } }]).get('tests/unit/new.py');
    expect(db?.method).toBe('per-test rate');
    // 20 files of evidence against 5 pseudo-files of the suite's rate: 80% of the way to the folder's.
    expect(db?.seconds).toBeGreaterThan(0.75 * 50);
    expect(db?.seconds).toBeLessThan(50);
    expect(unit?.seconds).toBeGreaterThan(0.5);
    expect(unit?.seconds).toBeLessThan(0.25 * 50);
  });

  it('trusts a folder with few timed files less: its rate is pulled towards the folders above', () => {
    const few = [...folder('tests/db', 2, 4, 10), ...folder('tests/unit', 20, 10, 0.1)];
    const many = estimateFiles(known, [{ file: 'tests/db/new.py', features: { declaredTests: 5 } }]).get('tests/db/new.py')?.seconds ?? 0;
    const two = estimateFiles(few, [{ file: 'tests/db/new.py', features: { declaredTests: 5 } }]).get('tests/db/new.py')?.seconds ?? 0;
    expect(two).toBeLessThan(many);
    expect(two).toBeGreaterThan(5 * 0.1);
  });

  it('does not let one slow test set the rate of every untimed file beside it', () => {
    // 29 files of ten 0.1 s tests, and one whose single slow test takes a minute (the trial's 66.7 s vs 11 s).
    const slowOne = { file: 'tests/io/f29.py', seconds: 61, features: { declaredTests: 10, bytes: 1000 } };
    const timed = [...folder('tests/io', 29, 10, 0.1), slowOne];
    const e = estimateFiles(timed, [{ file: 'tests/io/new.py', features: { declaredTests: 10 } }]).get('tests/io/new.py');
    // The plain ratio of sums would say (29 + 61) / 300 * 10 = 3 s; the capped rate stays near 1 s.
    expect(e?.seconds).toBeCloseTo(1, 5);
  });

  it('uses the per-byte rate when only the size is known, then the neighbours, then the suite', () => {
    const bySize = estimateFiles(known, [{ file: 'tests/db/big.py', features: { bytes: 2000 } }]).get('tests/db/big.py');
    expect(bySize?.method).toBe('per-byte rate');
    expect(bySize?.seconds).toBeGreaterThan(60);
    const nothing = estimateFiles(known, [{ file: 'tests/db/mystery.py' }]).get('tests/db/mystery.py');
    expect(nothing?.method).toBe('neighbour mean');
    expect(nothing?.seconds).toBeGreaterThan(30);
    expect(nothing?.seconds).toBeLessThan(40);
    const elsewhere = estimateFiles(known, [{ file: 'other/q.py' }]).get('other/q.py');
    expect(elsewhere).toEqual({ seconds: (20 * 40 + 20 * 1) / 40, method: 'mean' });
  });

  it('fills every gap with the global mean in mean mode (the baseline it is measured against)', () => {
    const e = estimateFiles(known, [{ file: 'tests/db/new.py', features: { declaredTests: 5 } }], 'mean');
    expect(e.get('tests/db/new.py')).toEqual({ seconds: 20.5, method: 'mean' });
  });

  it('with no timing at all, weighs files by their declared tests', () => {
    const e = estimateFiles([], [{ file: 'a.py', features: { declaredTests: 7 } }, { file: 'b.py' }]);
    expect(e.get('a.py')).toEqual({ seconds: 7, method: 'default' });
    expect(e.get('b.py')).toEqual({ seconds: 1, method: 'default' });
  });
});
