import { decode, decodeDocument } from '@slipway/core';
import { byCodeUnits, type TestRecord, type TimingSource } from './model.js';

/** The identifier of the timings file record mode writes (and every mode reads). */
export const STORE_FORMAT = 'slipway-test-shard-timings';

/** One test's smoothed timing and the outcome history flaky detection needs. */
export interface StoredTest {
  file: string;
  name: string;
  /** Exponentially weighted average over passing runs. */
  seconds: number;
  samples: number;
  /** The run number (store.runs) that last reported it. */
  lastRun: number;
  /** The commit and outcome of the last run that reported it: a flip on the same commit is flaky. */
  lastSha: string;
  lastOutcome: 'passed' | 'failed' | 'skipped';
  /** Runs in which it was flaky, and the last of them. */
  flakyRuns: number;
  lastFlakyRun: number;
}

export interface StoredFile {
  seconds: number;
  samples: number;
  lastRun: number;
}

/** The timings file: smoothed per-test and per-file seconds over many runs. */
export interface TimingStore {
  format: typeof STORE_FORMAT;
  version: 1;
  /** How many record runs went into it. */
  runs: number;
  updatedAt: string;
  /** The runner the recorded reports came from, so a plan from these timings alone knows it. */
  runner?: string;
  tests: Record<string, StoredTest>;
  files: Record<string, StoredFile>;
  /** What a shard's run costs beyond its tests, fitted from the shards' reports (smoothed). */
  overhead?: { shardSeconds: number; fileSeconds: number; samples: number };
}

const nonNegative = decode.map(decode.number, (v, p) => {
  if (!Number.isFinite(v) || v < 0) throw new decode.DecodeError(p, 'a non-negative number of seconds', v);
  return v;
});
const storedTest = decode.object({
  file: decode.string,
  name: decode.string,
  seconds: nonNegative,
  samples: decode.number,
  lastRun: decode.number,
  lastSha: decode.withDefault(decode.string, ''),
  lastOutcome: decode.withDefault(decode.literal('passed', 'failed', 'skipped'), 'passed'),
  flakyRuns: decode.withDefault(decode.number, 0),
  lastFlakyRun: decode.withDefault(decode.number, 0),
});
const storedFile = decode.object({ seconds: nonNegative, samples: decode.number, lastRun: decode.number });
const storeDecoder = decode.object({
  format: decode.literal(STORE_FORMAT),
  version: decode.map(decode.number, (v, p) => {
    if (v !== 1) throw new decode.DecodeError(p, 'version 1 (a newer Slipway wrote this file)', v);
    return 1 as const;
  }),
  runs: decode.number,
  updatedAt: decode.string,
  runner: decode.optional(decode.string),
  tests: decode.record(storedTest),
  files: decode.record(storedFile),
  overhead: decode.optional(decode.object({ shardSeconds: nonNegative, fileSeconds: nonNegative, samples: decode.number })),
});

/** An empty store. */
export function emptyStore(): TimingStore {
  return { format: STORE_FORMAT, version: 1, runs: 0, updatedAt: '', tests: {}, files: {} };
}

/** True when a parsed JSON document looks like a timings store. */
export function isStore(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)['format'] === STORE_FORMAT;
}

/** Decodes a timings store; errors name the file and the key at fault. */
export function decodeStore(value: unknown, source: string): TimingStore {
  return decodeDocument(storeDecoder, value, source);
}

/** Serialises a store with sorted keys, so equal stores are equal bytes. */
export function encodeStore(store: TimingStore): string {
  const sorted = <T>(r: Record<string, T>): Record<string, T> =>
    Object.fromEntries(
      Object.keys(r)
        .sort(byCodeUnits)
        .map((k) => [k, r[k] as T]),
    );
  return `${JSON.stringify({ ...store, tests: sorted(store.tests), files: sorted(store.files) })}\n`;
}

/** A store as a timing source for planning. */
export function storeAsSource(store: TimingStore, source: string): TimingSource {
  const tests: TestRecord[] = Object.values(store.tests).map((t) => ({
    file: t.file,
    name: t.name,
    seconds: t.seconds,
    outcome: 'passed',
    retried: false,
    // Never passed with a time (failed, skipped or untimed in every run): known, but not timed.
    ...(t.samples === 0 ? { untimed: true } : {}),
  }));
  return {
    source,
    format: 'slipway-store',
    tests,
    files: new Map(Object.entries(store.files).map(([f, v]) => [f, v.seconds])),
    ...(store.runner ? { runner: store.runner } : {}),
    ...(store.overhead ? { overhead: { shardSeconds: store.overhead.shardSeconds, fileSeconds: store.overhead.fileSeconds } } : {}),
  };
}
