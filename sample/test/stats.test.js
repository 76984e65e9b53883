import { test } from 'node:test';
import assert from 'node:assert/strict';
import { percentile, mean } from '../src/stats.js';

test('median of an odd list', () => assert.equal(percentile([3, 1, 2], 50), 2));
test('p95 interpolates', () =>
  assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21], 95), 20));
test('mean', () => assert.equal(mean([1, 2, 3, 4]), 2.5));
test('empty lists are errors', () => assert.throws(() => mean([]), RangeError));
