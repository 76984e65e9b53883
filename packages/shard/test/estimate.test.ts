import { describe, expect, it } from '@jest/globals';
import { estimateFiles } from '../src/index.js';

const known = [
  { file: 'tests/db/a.py', seconds: 40, features: { declaredTests: 4, bytes: 4000 } },
  { file: 'tests/db/b.py', seconds: 20, features: { declaredTests: 2, bytes: 1000 } },
  { file: 'tests/db/c.py', seconds: 30, features: { declaredTests: 3, bytes: 3000 } },
  { file: 'tests/unit/x.py', seconds: 1, features: { declaredTests: 10, bytes: 5000 } },
  { file: 'tests/unit/y.py', seconds: 2, features: { declaredTests: 20, bytes: 6000 } },
  { file: 'tests/unit/z.py', seconds: 3, features: { declaredTests: 30, bytes: 7000 } },
];

describe('estimating untimed files', () => {
  it.each([
    [
      'a new db file with 5 tests: the db rate (10 s per test)',
      { file: 'tests/db/new.py', features: { declaredTests: 5 } },
      50,
      'per-test rate',
    ],
    [
      'a new unit file with 5 tests: the unit rate (0.1 s per test)',
      { file: 'tests/unit/new.py', features: { declaredTests: 5 } },
      0.5,
      'per-test rate',
    ],
    [
      'a db file known only by size: the db byte rate',
      { file: 'tests/db/big.py', features: { bytes: 8000 } },
      (8000 * 90) / 8000,
      'per-byte rate',
    ],
    ['a db file with nothing known: its neighbours\u2019 mean', { file: 'tests/db/mystery.py' }, 30, 'neighbour mean'],
    ['a file in a new folder: the global mean', { file: 'other/q.py' }, 16, 'mean'],
  ])('%s', (_, unknown, seconds, method) => {
    const e = estimateFiles(known, [unknown]).get(unknown.file);
    expect(e?.method).toBe(method);
    expect(e?.seconds).toBeCloseTo(seconds);
  });

  it('fills every gap with the global mean in mean mode (the baseline it is measured against)', () => {
    const e = estimateFiles(known, [{ file: 'tests/db/new.py', features: { declaredTests: 5 } }], 'mean');
    expect(e.get('tests/db/new.py')).toEqual({ seconds: 16, method: 'mean' });
  });

  it('with no timing at all, weighs files by their declared tests', () => {
    const e = estimateFiles([], [{ file: 'a.py', features: { declaredTests: 7 } }, { file: 'b.py' }]);
    expect(e.get('a.py')).toEqual({ seconds: 7, method: 'default' });
    expect(e.get('b.py')).toEqual({ seconds: 1, method: 'default' });
  });
});
