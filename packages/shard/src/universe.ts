import { UserError } from '@slipway/core';
import { FileMatcher, normalizePath } from './file-matcher.js';
import { byCodeUnits, splitTestId, type TestRecord, type TimingSource } from './model.js';
import { PytestResolver } from './pytest-address.js';

/** What is known about the time of one file of the universe. */
export interface FileTiming {
  file: string;
  /** Whole-file seconds, when any source timed it. */
  seconds: number | undefined;
  /** Timed tests by name, sorted by name. */
  tests: { name: string; seconds: number }[];
  /** Names of tests a report listed without a time (it ran, but its time is unknown). */
  untimed: string[];
  /** Test names the universe lists explicitly (a `tests-from` file of test ids); empty for whole files. */
  selected: string[];
}

/** The tests to split, with their timings matched. */
export interface TimedUniverse {
  files: FileTiming[];
  /** Sources none of whose entries matched the universe (a warning, not an error). */
  unmatchedSources: string[];
}

/** Universe entries as given: file paths or `path::name` test ids. */
export interface UniverseInput {
  /** Files or test ids; undefined means "every test in the timing files". */
  entries: string[] | undefined;
  sources: TimingSource[];
  /** Absolute paths under this folder become relative to it. */
  root?: string;
}

/**
 * Matches timing sources onto the universe; later sources win where two time the same test.
 * Each id is split once into its file part, which is normalised, and its test part, which is
 * kept exactly as given.
 */
export function timeUniverse(input: UniverseInput): TimedUniverse {
  const { sources, root } = input;
  const explicit = new Map<string, Set<string>>();
  const note = (file: string, name: string): void => {
    const names = explicit.get(file) ?? new Set<string>();
    if (name !== '') names.add(name);
    explicit.set(file, names);
  };
  if (input.entries) {
    for (const raw of input.entries) {
      const { file, name } = splitTestId(raw);
      const path = normalizePath(file.trim(), root);
      if (path === '') continue;
      note(path, name);
    }
  } else {
    for (const s of sources) {
      let last: string | undefined;
      for (const t of s.tests) {
        if (t.file === last) continue;
        last = t.file;
        const path = normalizePath(t.file, root);
        if (!explicit.has(path)) explicit.set(path, new Set());
      }
      for (const f of s.files.keys()) {
        const path = normalizePath(f, root);
        if (!explicit.has(path)) explicit.set(path, new Set());
      }
    }
  }
  explicit.delete('');
  const universe = [...explicit.keys()].sort(byCodeUnits);
  if (universe.length === 0) {
    throw new UserError(
      input.entries
        ? 'The test universe is empty: the test globs or list matched no file'
        : 'The test universe is empty: the timing files list no tests',
      {
        hint: input.entries
          ? 'check the globs are relative to the working directory'
          : 'pass test globs or a file list, or timing files that name tests',
      },
    );
  }
  const matcher = new FileMatcher(universe);
  const pytest = input.entries ? new PytestResolver(universe) : undefined;
  // Many tests share a file: match each distinct key once.
  const matched = new Map<string, string | undefined>();
  const matchKey = (key: string): string | undefined => {
    if (matched.has(key)) return matched.get(key);
    const file = matcher.match(normalizePath(key, root));
    matched.set(key, file);
    return file;
  };
  const locate = (t: TestRecord): { file: string | undefined; name: string } => {
    if (t.pytest && pytest) {
      const found = pytest.resolve(t.pytest);
      if (found) return found;
    }
    return { file: matchKey(t.file), name: t.name };
  };
  const fileSeconds = new Map<string, number>();
  const testSeconds = new Map<string, Map<string, number>>();
  const known = new Map<string, Set<string>>();
  const unmatchedSources: string[] = [];
  for (const s of sources) {
    let matched = 0;
    for (const [key, seconds] of s.files) {
      const file = matchKey(key);
      if (file === undefined) continue;
      matched += 1;
      fileSeconds.set(file, seconds);
    }
    for (const t of s.tests) {
      const { file, name } = locate(t);
      if (file === undefined) continue;
      matched += 1;
      // An entry for the whole module (skipped or broken at import) times nothing.
      if (name === '') continue;
      // A skipped test's zero time says nothing about its cost when it runs.
      if (t.outcome === 'skipped' && (t.seconds === 0 || t.untimed)) continue;
      if (t.untimed) {
        const names = known.get(file) ?? new Set<string>();
        names.add(name);
        known.set(file, names);
        continue;
      }
      const tests = testSeconds.get(file) ?? new Map<string, number>();
      tests.set(name, t.seconds);
      testSeconds.set(file, tests);
    }
    const total = s.tests.length + s.files.size;
    if (total > 0 && matched === 0) unmatchedSources.push(s.source);
  }
  const files = universe.map((file) => {
    const timed = testSeconds.get(file) ?? new Map<string, number>();
    const tests = [...timed].map(([name, seconds]) => ({ name, seconds })).sort((a, b) => byCodeUnits(a.name, b.name));
    const untimed = [...(known.get(file) ?? [])].filter((n) => !timed.has(n)).sort(byCodeUnits);
    return { file, seconds: fileSeconds.get(file), tests, untimed, selected: [...(explicit.get(file) ?? [])].sort(byCodeUnits) };
  });
  return { files, unmatchedSources };
}

/** The whole-file seconds: the file's own time when known, else the sum of its tests. */
export function knownFileSeconds(f: FileTiming): number | undefined {
  const sum = f.tests.reduce((s, t) => s + t.seconds, 0);
  if (f.seconds !== undefined) return Math.max(f.seconds, sum);
  return f.tests.length > 0 ? sum : undefined;
}
