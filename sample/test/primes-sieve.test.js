import { test } from 'node:test';
import assert from 'node:assert/strict';
import { primesBelow, isPrime } from '../src/primes.js';

test('the sieve agrees with trial division below 2,000,000', () => {
  const primes = new Set(primesBelow(2_000_000));
  for (let n = 0; n < 2_000_000; n++) assert.equal(primes.has(n), isPrime(n), `n=${n}`);
});

test('there are 78,498 primes below one million', () => {
  assert.equal(primesBelow(1_000_000).length, 78_498);
});
