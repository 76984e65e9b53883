import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percentile } from '../src/stats.js';

// A seeded generator so the test is the same on every run.
function lcg(seed) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

test('percentiles are monotonic in p over 300 random lists', () => {
  const rand = lcg(42);
  for (let k = 0; k < 300; k++) {
    const values = Array.from({ length: 2_000 }, () => rand() * 1000);
    let last = -Infinity;
    for (let p = 0; p <= 100; p += 5) {
      const v = percentile(values, p);
      assert.ok(v >= last);
      last = v;
    }
    assert.equal(percentile(values, 0), Math.min(...values));
    assert.equal(percentile(values, 100), Math.max(...values));
  }
});
