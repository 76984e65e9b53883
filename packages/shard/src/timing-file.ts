import { parseJson, UserError } from '@slipway/core';
import { parseJestJson, parseKnapsack, parsePytestDurations } from './json-timings.js';
import { parseJUnit } from './junit.js';
import type { TimingSource } from './model.js';
import { decodeStore, isStore, storeAsSource } from './timing-store.js';

/**
 * Parses any supported timing file, recognised by its content: JUnit XML, jest `--json`,
 * pytest-split `.test_durations`, a Knapsack report, or a Slipway timings store.
 */
export function parseTimingText(text: string, source: string): TimingSource {
  const trimmed = text.trimStart();
  if (trimmed === '') throw new UserError(`${source} is empty; expected JUnit XML or a JSON timing file`);
  if (trimmed.startsWith('<')) return parseJUnit(text, source);
  const value = parseJson(text, source);
  if (isStore(value)) return storeAsSource(decodeStore(value, source), source);
  if (Array.isArray(value)) return parsePytestDurations(value, source);
  if (typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    if ('testResults' in obj) return parseJestJson(value, source);
    const keys = Object.keys(obj);
    if (keys.length === 0) return { source, format: 'knapsack', tests: [], files: new Map() };
    return keys.some((k) => k.includes('::')) ? parsePytestDurations(value, source) : parseKnapsack(value, source);
  }
  throw new UserError(
    `${source} is not a timing file: expected JUnit XML, jest --json results, pytest-split .test_durations, a Knapsack report or a Slipway timings store`,
  );
}
