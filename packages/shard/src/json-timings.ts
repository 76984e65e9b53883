import { decode, decodeDocument, UserError } from '@slipway/core';
import type { Outcome, TestRecord, TimingSource } from './model.js';

/** pytest-split's `.test_durations`: `{"path::test": seconds}` (or the older list of pairs). */
export function parsePytestDurations(value: unknown, source: string): TimingSource {
  const entries: [string, number][] = Array.isArray(value)
    ? decodeDocument(decode.array(decode.map(decode.array(decode.unknown), (pair, p) => pairOf(pair, p))), value, source)
    : Object.entries(decodeDocument(decode.record(decode.number), value, source));
  const tests: TestRecord[] = entries.map(([id, seconds]) => {
    const cut = id.indexOf('::');
    if (cut <= 0) throw new UserError(`${source}: key "${id}" is not a pytest node id (path::test)`);
    if (seconds < 0) throw new UserError(`${source}: "${id}": expected non-negative seconds, got ${seconds}`);
    return { file: id.slice(0, cut), name: id.slice(cut + 2), seconds, outcome: 'passed', retried: false };
  });
  return { source, format: 'pytest-durations', tests, files: new Map() };
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
  const map = decodeDocument(decode.record(decode.number), value, source);
  const files = new Map<string, number>();
  for (const [file, seconds] of Object.entries(map)) {
    if (seconds < 0) throw new UserError(`${source}: "${file}": expected non-negative seconds, got ${seconds}`);
    files.set(file, seconds);
  }
  return { source, format: 'knapsack', tests: [], files };
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
        outcome,
        retried: outcome === 'passed' && (a.invocations ?? 1) > 1,
      });
    }
  }
  return { source, format: 'jest-json', tests, files };
}
