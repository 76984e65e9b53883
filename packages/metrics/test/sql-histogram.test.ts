import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { distribution, SqliteDriver } from '../src/index.js';
import { distributionOf, histogramDistribution } from '../src/store/sql-figures.js';

// The database's distributions from per-value counts against the JSON engine's, which sorts
// every value: the same count, p50, p95 and max to the last bit, the mean to rounding.

const sample = fc.array(
  fc.record({
    group: fc.constantFrom('a', 'b', 'c'),
    // Whole seconds (GitHub's resolution, many repeated values) and fractions (few repeats).
    value: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })),
  }),
  { minLength: 1, maxLength: 300 },
);

describe('distributions from per-value counts', () => {
  it('equal the distribution of the sorted values for any values, repeats and group sizes', async () => {
    const db = SqliteDriver.open(':memory:');
    await db.run('CREATE TABLE t (g TEXT NOT NULL, v DOUBLE PRECISION NOT NULL)');
    await db.run('CREATE INDEX t_values ON t (g, v)');
    const sql = histogramDistribution({ groups: ['g'], value: 'v', from: 't' }, 'd');
    await fc.assert(
      fc.asyncProperty(sample, async (rows) => {
        await db.run('DELETE FROM t');
        await db.run(
          `INSERT INTO t (g, v) VALUES ${rows.map(() => '(?, ?)').join(', ')}`,
          rows.flatMap((r) => [r.group, r.value]),
        );
        const got = new Map((await db.all(sql)).map((r) => [String(r['g']), distributionOf(r, 'd')]));
        const groups = new Set(rows.map((r) => r.group));
        expect([...got.keys()].sort()).toEqual([...groups].sort());
        for (const g of groups) {
          const want = distribution(rows.filter((r) => r.group === g).map((r) => r.value));
          const have = got.get(g);
          expect({ count: have?.count, p50: have?.p50, p95: have?.p95, max: have?.max }).toEqual({
            count: want.count,
            p50: want.p50,
            p95: want.p95,
            max: want.max,
          });
          expect(Math.abs((have?.mean ?? NaN) - (want.mean ?? NaN))).toBeLessThanOrEqual(1e-9 * Math.max(1, want.mean ?? 0));
        }
      }),
      { numRuns: 200 },
    );
    await db.close();
  });

  it('reads the counts from the index in one pass, without a sort of the rows', async () => {
    const db = SqliteDriver.open(':memory:');
    await db.run('CREATE TABLE t (g TEXT NOT NULL, v DOUBLE PRECISION NOT NULL, at DOUBLE PRECISION NOT NULL)');
    await db.run('CREATE INDEX t_values ON t (g, v, at)');
    const sql = histogramDistribution({ groups: ['g'], value: 'v', from: 't WHERE at >= ?' }, 'd');
    const plan = (await db.all(`EXPLAIN QUERY PLAN ${sql}`, [0])).map((r) => String(r['detail']));
    expect(plan).toContain('SCAN t USING COVERING INDEX t_values');
    // The only temporary b-trees sort the per-value counts, never the table's rows.
    const scan = plan.indexOf('SCAN t USING COVERING INDEX t_values');
    expect(plan[scan + 1]).not.toMatch(/TEMP B-TREE FOR GROUP BY/);
    await db.close();
  });
});
