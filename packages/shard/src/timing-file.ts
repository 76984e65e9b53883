import { parseJson, UserError } from '@slipway/core';
import { FlatJsonReader } from './flat-json.js';
import { DurationsBuilder, KnapsackBuilder, parseJestJson, parseKnapsack, parsePytestDurations } from './json-timings.js';
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
 * binary). A JUnit report and a flat JSON object (pytest-split, Knapsack) are streamed chunk by
 * chunk, so their size costs no memory beyond their tests; other JSON is read whole and parsed.
 */
export async function readTimingFile(path: string, source: string): Promise<TimingSource> {
  let reader: JUnitReader | undefined;
  let flat: FlatJsonReader | undefined;
  let builder: DurationsBuilder | KnapsackBuilder | undefined;
  /** Text kept until the document is known to be flat; all of it when it is not. */
  let kept: string[] | undefined;
  let started = false;
  const entry = (key: string, seconds: number): void => {
    builder ??= key.includes('::') ? new DurationsBuilder(source) : new KnapsackBuilder(source);
    builder.add(key, seconds, `${source}: ${key}`);
  };
  for await (const raw of textChunks(path, 'timing file')) {
    let chunk = raw;
    if (!started) {
      chunk = raw.replace(/^\uFEFF/, '').trimStart();
      if (chunk === '') continue;
      started = true;
      if (chunk.startsWith('<')) reader = new JUnitReader(source);
      else {
        flat = new FlatJsonReader(source, entry);
        kept = [];
      }
    }
    if (reader) {
      reader.write(chunk);
      continue;
    }
    kept?.push(chunk);
    if (flat && !flat.write(chunk)) flat = undefined;
    // A flat document needs none of its text kept.
    if (flat?.flat === true) kept = undefined;
  }
  if (reader) return reader.finish();
  if (!started) throw new UserError(`${source} is empty; expected JUnit XML or a JSON timing file`);
  if (flat) {
    flat.close();
    if (builder) return builder.build();
    return { source, format: 'knapsack', tests: [], files: new Map() };
  }
  return parseTimingJson(parseJson((kept ?? []).join(''), source), source);
}
