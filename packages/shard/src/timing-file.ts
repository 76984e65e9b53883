import { parseJson, UserError } from '@slipway/core';
import { parseJestJson, parseKnapsack, parsePytestDurations } from './json-timings.js';
import { JUnitReader, parseJUnit } from './junit.js';
import type { TimingSource } from './model.js';
import { textChunks } from './text-stream.js';
import { decodeStore, isStore, storeAsSource } from './timing-store.js';

const KINDS = 'JUnit XML, jest --json results, pytest-split .test_durations, a Knapsack report or a Slipway timings store';

/**
 * Parses any supported timing file, recognised by its content: JUnit XML, jest `--json`,
 * pytest-split `.test_durations`, a Knapsack report, or a Slipway timings store.
 */
export function parseTimingText(text: string, source: string): TimingSource {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') throw new UserError(`${source} is empty; expected JUnit XML or a JSON timing file`);
  if (trimmed.startsWith('<')) return parseJUnit(trimmed, source);
  return parseTimingJson(parseJson(trimmed, source), source);
}

function parseTimingJson(value: unknown, source: string): TimingSource {
  if (isStore(value)) return storeAsSource(decodeStore(value, source), source);
  if (Array.isArray(value)) return parsePytestDurations(value, source);
  if (typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    if ('testResults' in obj) return parseJestJson(value, source);
    let any = false;
    for (const k in obj) {
      if (!Object.hasOwn(obj, k)) continue;
      if (k.includes('::')) return parsePytestDurations(value, source);
      any = true;
    }
    if (!any) return { source, format: 'knapsack', tests: [], files: new Map() };
    return parseKnapsack(value, source);
  }
  throw new UserError(`${source} is not a timing file: expected ${KINDS}`);
}

/**
 * Reads a timing file from disk with the checks every input gets (missing, folder, too large,
 * binary). A JUnit report is streamed through the parser chunk by chunk, so its size costs no
 * memory beyond its tests; a JSON file is read whole and parsed in one linear pass.
 */
export async function readTimingFile(path: string, source: string): Promise<TimingSource> {
  let reader: JUnitReader | undefined;
  const json: string[] = [];
  let started = false;
  for await (const chunk of textChunks(path, 'timing file')) {
    if (reader) {
      reader.write(chunk);
      continue;
    }
    if (!started) {
      const text = chunk.replace(/^\uFEFF/, '').trimStart();
      if (text === '') continue;
      started = true;
      if (text.startsWith('<')) {
        reader = new JUnitReader(source);
        reader.write(text);
        continue;
      }
      json.push(text);
      continue;
    }
    json.push(chunk);
  }
  if (reader) return reader.finish();
  if (!started) throw new UserError(`${source} is empty; expected JUnit XML or a JSON timing file`);
  return parseTimingJson(parseJson(json.join(''), source), source);
}
