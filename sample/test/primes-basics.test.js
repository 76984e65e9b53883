import { test } from 'node:test';
import assert from 'node:assert/strict';
import { primesBelow, isPrime } from '../src/primes.js';

test('small primes', () => assert.deepEqual(primesBelow(20), [2, 3, 5, 7, 11, 13, 17, 19]));
test('limits 0, 1 and 2 have no primes', () => {
  for (const n of [0, 1, 2]) assert.deepEqual(primesBelow(n), []);
});
test('bad limits are rejected', () => assert.throws(() => primesBelow(-1), RangeError));
test('isPrime on edge cases', () => {
  assert.equal(isPrime(1), false);
  assert.equal(isPrime(2), true);
  assert.equal(isPrime(7919), true);
  assert.equal(isPrime(7917), false);
});
