import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance } from '../src/text.js';

const words = Array.from({ length: 220 }, (_, i) => `w${(i * 7919).toString(36)}-${'x'.repeat(i % 40)}`);

test('edit distance is a metric over 220 words', () => {
  for (const a of words) {
    assert.equal(editDistance(a, a), 0);
    for (const b of words) {
      const d = editDistance(a, b);
      assert.equal(d, editDistance(b, a));
      assert.ok(d <= Math.max(a.length, b.length));
    }
  }
});
