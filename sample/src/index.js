export { primesBelow, isPrime } from './primes.js';
export { parseInventory, stockValue, lowStock } from './inventory.js';
export { percentile, mean } from './stats.js';
export { editDistance, slugify } from './text.js';
