import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseInventory, stockValue, lowStock } from '../src/inventory.js';

const csv = 'sku,name,quantity,unitPrice\nA1,bolt,120,0.15\nB2,nut,3,0.05\nC3,gear,0,12.5\n';

test('parses rows', () => assert.equal(parseInventory(csv).length, 3));
test('stock value in cents', () => assert.equal(stockValue(parseInventory(csv)), 1815));
test('low stock sorted by quantity', () =>
  assert.deepEqual(
    lowStock(parseInventory(csv), 5).map((i) => i.sku),
    ['C3', 'B2'],
  ));
test('malformed rows name their line', () => assert.throws(() => parseInventory('sku,name,quantity,unitPrice\nA1,bolt,x,1'), /line 2/));
