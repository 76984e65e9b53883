import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseReport, type ScanReport } from '../src/index.js';

/** The scanner fixtures shared by the engine, action and end-to-end tests. */
export const fixtureDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'test', 'fixtures', 'scan');

export function fixturePath(name: string): string {
  return join(fixtureDir, name);
}

export function fixtureText(name: string): string {
  return readFileSync(fixturePath(name), 'utf8');
}

export function report(name: string): ScanReport {
  return parseReport(fixtureText(name), name);
}
