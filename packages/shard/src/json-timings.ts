import { decode, decodeDocument, UserError } from '@slipway/core';
import type { Outcome, TestRecord, TimingSource } from './model.js';

/** Collects pytest-split entries (`path::test` -> seconds) into tests, one string per file. */
export class DurationsBuilder {
  readonly tests: TestRecord[] = [];
  private readonly files = new Map<string, string>();

  constructor(private readonly source: string) {}

  add(id: string, seconds: unknown, where: string): void {
    if (typeof seconds !== 'number') throw new UserError(`${where}: expected a number, got ${JSON.stringify(seconds) ?? String(seconds)}`);
    const cut = id.indexOf('::');
    if (cut <= 0) throw new UserError(`${this.source}: key "${id}" is not a pytest node id (path::test)`);
    if (!Number.isFinite(seconds) || seconds < 0)
      throw new UserError(`${this.source}: "${id}": expected non-negative seconds, got ${seconds}`);
    const raw = id.slice(0, cut);
    let file = this.files.get(raw);
    if (file === undefined) {
      file = raw;
      this.files.set(raw, raw);
    }
    this.tests.push({ file, name: id.slice(cut + 2), seconds, outcome: 'passed', retried: false });
  }

  build(): TimingSource {
    return { source: this.source, format: 'pytest-durations', tests: this.tests, files: new Map() };
  }
}

/** Collects Knapsack entries (file -> seconds). */
export class KnapsackBuilder {
  readonly files = new Map<string, number>();

  constructor(private readonly source: string) {}

  add(file: string, seconds: unknown, where: string): void {
    if (typeof seconds !== 'number') throw new UserError(`${where}: expected a number, got ${JSON.stringify(seconds) ?? String(seconds)}`);
    if (!Number.isFinite(seconds) || seconds < 0)
      throw new UserError(`${this.source}: "${file}": expected non-negative seconds, got ${seconds}`);
    this.files.set(file, seconds);
  }

  build(): TimingSource {
    return { source: this.source, format: 'knapsack', tests: [], files: this.files };
  }
}

/** pytest-split's `.test_durations`: `{"path::test": seconds}` (or the older list of pairs). One pass, linear in its size. */
export function parsePytestDurations(value: unknown, source: string): TimingSource {
  const b = new DurationsBuilder(source);
  if (Array.isArray(value)) {
    for (const [i, pair] of (value as unknown[]).entries()) {
      const [id, seconds] = pairOf(Array.isArray(pair) ? (pair as unknown[]) : [], `${source}: [${i}]`);
      b.add(id, seconds, `${source}: [${i}]`);
    }
  } else if (typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    for (const id in obj) if (Object.hasOwn(obj, id)) b.add(id, obj[id], `${source}: ${id}`);
  } else {
    throw new UserError(`${source}: expected an object of "path::test": seconds`);
  }
  return b.build();
}

function pairOf(pair: unknown[], path: string): [string, number] {
  const [id, seconds] = pair;
  if (pair.length !== 2 || typeof id !== 'string' || typeof seconds !== 'number') {
    throw new UserError(`${path}: expected a pair ["path::test", seconds]`);
  }
  return [id, seconds];
}

/** A Knapsack report: `{"spec/a_spec.rb": seconds}`, whole files. */
export function parseKnapsack(value: unknown, source: string): TimingSource {
  const b = new KnapsackBuilder(source);
  const obj = value as Record<string, unknown>;
  for (const file in obj) if (Object.hasOwn(obj, file)) b.add(file, obj[file], `${source}: ${file}`);
  return b.build();
}

const assertion = decode.object({
  fullName: decode.string,
  status: decode.string,
  duration: decode.optional(decode.number),
  invocations: decode.optional(decode.number),
});
const jestResults = decode.object({
  testResults: decode.array(
    decode.object({
      name: decode.string,
      startTime: decode.optional(decode.number),
      endTime: decode.optional(decode.number),
      assertionResults: decode.withDefault(decode.array(assertion), []),
    }),
  ),
});

const JEST_OUTCOME: Record<string, Outcome> = {
  passed: 'passed',
  failed: 'failed',
  pending: 'skipped',
  skipped: 'skipped',
  todo: 'skipped',
  disabled: 'skipped',
  focused: 'passed',
};

/** jest `--json` results: per-test durations (ms) and per-file wall time. */
export function parseJestJson(value: unknown, source: string): TimingSource {
  const doc = decodeDocument(jestResults, value, source);
  const tests: TestRecord[] = [];
  const files = new Map<string, number>();
  for (const [i, file] of doc.testResults.entries()) {
    if (file.startTime !== undefined && file.endTime !== undefined && file.endTime >= file.startTime) {
      files.set(file.name, (file.endTime - file.startTime) / 1000);
    }
    for (const [j, a] of file.assertionResults.entries()) {
      const outcome = JEST_OUTCOME[a.status];
      if (!outcome) throw new UserError(`${source}: testResults[${i}].assertionResults[${j}].status: unknown status '${a.status}'`);
      tests.push({
        file: file.name,
        name: a.fullName,
        seconds: (a.duration ?? 0) / 1000,
        ...(a.duration === undefined ? { untimed: true } : {}),
        outcome,
        retried: outcome === 'passed' && (a.invocations ?? 1) > 1,
      });
    }
  }
  return { source, format: 'jest-json', tests, files };
}
