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
  /** The test's name within the file as the runner selects it (`Class::test` for pytest). */
  name: string;
  seconds: number;
  outcome: Outcome;
  /** It failed and then passed on a retry within this run. */
  retried: boolean;
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
}

/** A test id as the runner writes it: `path::name` (a whole file is just its path). */
export function testId(file: string, name: string | undefined): string {
  return name === undefined || name === '' ? file : `${file}::${name}`;
}

/** Locale-independent ordering (UTF-16 code units), the same on every machine. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
