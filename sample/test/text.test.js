import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, slugify } from '../src/text.js';

test('edit distance', () => {
  assert.equal(editDistance('kitten', 'sitting'), 3);
  assert.equal(editDistance('', 'abc'), 3);
  assert.equal(editDistance('same', 'same'), 0);
});
test('slugify', () => assert.equal(slugify('  Crème Brûlée: 2 Ways! '), 'creme-brulee-2-ways'));
