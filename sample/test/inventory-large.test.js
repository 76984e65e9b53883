import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseInventory, stockValue, lowStock } from '../src/inventory.js';

function bigCsv(rows) {
  const lines = ['sku,name,quantity,unitPrice'];
  for (let i = 0; i < rows; i++) lines.push(`S${i},item ${i},${i % 97},${((i % 13) + 1) / 4}`);
  return lines.join('\n');
}

test('a 300,000-row inventory parses and totals exactly', () => {
  const items = parseInventory(bigCsv(300_000));
  assert.equal(items.length, 300_000);
  let cents = 0;
  for (let i = 0; i < 300_000; i++) cents += (i % 97) * ((((i % 13) + 1) / 4) * 100);
  assert.equal(stockValue(items), Math.round(cents));
});

test('low stock over a large inventory', () => {
  const items = parseInventory(bigCsv(200_000));
  const low = lowStock(items, 0);
  assert.equal(low.length, Math.ceil(200_000 / 97));
  assert.ok(low.every((i) => i.quantity === 0));
});
