import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addCounts, distribution, distributionOfCounts } from '../src/percentiles.js';

// The organisation report and regressions read durations as counts per value (the day tables);
// their figures must be exactly those of the values themselves.
describe('distributionOfCounts', () => {
  const counted = (values: readonly number[]): Map<number, number> => {
    const m = new Map<number, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return m;
  };

  it('equals distribution of the values the counts stand for', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 300 }), (values) => {
        const d = distribution(values);
        const c = distributionOfCounts(counted(values));
        expect({ ...c, mean: c.mean === null ? null : Number(c.mean.toPrecision(12)) }).toEqual({
          ...d,
          mean: d.mean === null ? null : Number(d.mean.toPrecision(12)),
        });
      }),
      { numRuns: 300 },
    );
  });

  it('ignores values counted zero times, and merged counts equal the counts of both halves together', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 900 })), fc.array(fc.integer({ min: 0, max: 900 })), (a, b) => {
        const merged = addCounts(counted(a), counted(b));
        merged.set(123456, 0);
        expect(distributionOfCounts(merged)).toEqual(distributionOfCounts(counted([...a, ...b])));
      }),
      { numRuns: 200 },
    );
    expect(distributionOfCounts(new Map([[7, 0]]))).toEqual({ count: 0, p50: null, p95: null, mean: null, max: null });
  });
});
