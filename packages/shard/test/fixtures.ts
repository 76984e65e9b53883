import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTimingText, type TimingSource } from '../src/index.js';

/** The shared real fixtures of test-shard. */
export const fixtureDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'shard');

export function fixtureText(name: string): string {
  return readFileSync(join(fixtureDir, name), 'utf8');
}

export function fixture(name: string): TimingSource {
  return parseTimingText(fixtureText(name), name);
}
