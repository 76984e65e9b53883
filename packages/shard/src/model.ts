import type { PytestAddress } from './pytest-address.js';

/** How a test ended in one run. */
export type Outcome = 'passed' | 'failed' | 'skipped';

/** The formats a timing file can have. */
export type TimingFormat = 'junit' | 'pytest-durations' | 'knapsack' | 'jest-json' | 'slipway-store';

/** The dialect of a JUnit report, which decides how files and test names are read from it. */
export type JUnitFlavor = 'pytest' | 'jest-junit' | 'surefire' | 'go' | 'playwright' | 'node' | 'generic';

/** One test as a timing source reported it. */
export interface TestRecord {
  /** The file (or Go package, or Java class) the runner selects, as the report names it. */
  file: string;
  /**
   * The test's name within the file as the runner selects it (`Class::test[param]` for pytest),
   * carried byte for byte; empty for an entry about the whole file (a module skipped at import).
   */
  name: string;
  seconds: number;
  /** The report gave no time (a missing or empty attribute): `seconds` is 0 and means nothing. */
  untimed?: boolean;
  outcome: Outcome;
  /** It failed and then passed on a retry within this run. */
  retried: boolean;
  /** pytest's classname address when the report wrote no file: `file` and `name` are then a guess to resolve. */
  pytest?: PytestAddress;
}

/** What one timing file holds. */
export interface TimingSource {
  source: string;
  format: TimingFormat;
  flavor?: JUnitFlavor;
  tests: TestRecord[];
  /** Whole-file seconds where the source knows them (Knapsack, suite times, jest file times). */
  files: Map<string, number>;
  /** The runner that produced the timings, where the source says (a timings store remembers it). */
  runner?: string;
  /** The whole run's wall seconds where the report says (pytest's suite time includes collection). */
  wallSeconds?: number;
  /** Per-shard and per-file costs outside the tests, where a timings store learned them. */
  overhead?: { shardSeconds: number; fileSeconds: number };
}

/** A test id as the runner writes it: `path::name` (a whole file is just its path). */
export function testId(file: string, name: string | undefined): string {
  return name === undefined || name === '' ? file : `${file}::${name}`;
}

/**
 * Splits an id into its file part and its test part, once, at the first `::` (pytest node ids,
 * jest and Go `path::title`): a path never holds `::`, while a test part may (`test[a::b]`).
 * The test part is returned exactly as given.
 */
export function splitTestId(id: string): { file: string; name: string } {
  const cut = id.indexOf('::');
  return cut > 0 ? { file: id.slice(0, cut), name: id.slice(cut + 2) } : { file: id, name: '' };
}

/** Locale-independent ordering (UTF-16 code units), the same on every machine. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
