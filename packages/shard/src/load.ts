import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { expandGlobs, readTextFile, UserError } from '@slipway/core';
import type { FileFeatures } from './estimate.js';
import { normalizePath } from './file-matcher.js';
import type { TimingSource } from './model.js';
import { PytestFsResolver } from './pytest-address.js';
import { readTimingFile } from './timing-file.js';

/** A timings entry with a wildcard, class, brace or extglob is a pattern; anything else names a file. */
const GLOB = /[*?[\]{}]|[!@+]\(/;

/**
 * Reads timing files given as paths or globs. A path that does not exist is an error (it was
 * named on purpose); a glob that matches nothing is only a warning (the first run has no timings).
 * pytest reports without file attributes are resolved against the files under `cwd`.
 */
export async function readTimingFiles(patterns: readonly string[], cwd: string): Promise<{ sources: TimingSource[]; warnings: string[] }> {
  const sources: TimingSource[] = [];
  const warnings: string[] = [];
  const resolver = new PytestFsResolver(cwd);
  for (const pattern of patterns) {
    const paths = GLOB.test(pattern) ? await expandGlobs([pattern], cwd, { allowEmpty: true }) : [pattern];
    if (paths.length === 0) warnings.push(`No timing file matches '${pattern}'`);
    for (const p of paths) {
      const source = await readTimingFile(isAbsolute(p) ? p : join(cwd, p), p);
      resolvePytestFiles(source, resolver);
      sources.push(source);
    }
  }
  return { sources, warnings };
}

/** Replaces the guessed path of pytest classname addresses by the file that exists, where exactly one does. */
export function resolvePytestFiles(source: TimingSource, resolver: PytestFsResolver): void {
  for (const t of source.tests) {
    if (!t.pytest) continue;
    const found = resolver.resolve(t.pytest);
    if (found) {
      t.file = found.file;
      t.name = found.name;
    }
  }
}

/**
 * A list of test files or test ids, one per line. Blank lines and lines starting with `#` are
 * skipped and line ends (`\n`, `\r\n`) removed; the rest of a line is the id, byte for byte
 * (only spaces around its file part are ignored).
 */
export async function readTestList(path: string, cwd: string): Promise<string[]> {
  const text = await readTextFile(isAbsolute(path) ? path : join(cwd, path), 'test list');
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s+/, ''))
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => (l.includes('::') ? l : l.trimEnd()));
}

/**
 * The test files (or ids) to split: those matching the globs `tests`, else those the file
 * `testsFrom` lists, else undefined (every test the timings name). Either given but empty is an error.
 */
export async function readTestEntries(
  tests: readonly string[],
  testsFrom: string | undefined,
  cwd: string,
  under?: string,
): Promise<string[] | undefined> {
  if (tests.length > 0) {
    const entries = await expandGlobs(tests, cwd, { allowEmpty: true });
    if (entries.length === 0) {
      const where = under === undefined ? '' : ` under ${under}`;
      throw new UserError(`The test universe is empty: no file matches ${tests.map((t) => `'${t}'`).join(', ')}${where}`);
    }
    return entries;
  }
  if (!testsFrom) return undefined;
  const entries = await readTestList(testsFrom, cwd);
  if (entries.length === 0) throw new UserError(`The test universe is empty: ${testsFrom} lists no test`);
  return entries;
}

/** The test files a runner finds by default, as globs, and the folders it never looks in. */
export const DEFAULT_TEST_FILES: Record<string, { patterns: string[]; dot: boolean; skipFolders: string[] }> = {
  // pytest's python_files and norecursedirs defaults.
  pytest: {
    patterns: ['**/test_*.py', '**/*_test.py'],
    dot: false,
    skipFolders: ['.git', 'node_modules', 'build', 'dist', 'venv', '_darcs', 'CVS', '{arch}'],
  },
  // jest's testMatch and testPathIgnorePatterns defaults.
  jest: {
    patterns: ['**/__tests__/**/*.?([mc])[jt]s?(x)', '**/?(*.)+(spec|test).?([mc])[jt]s?(x)'],
    dot: true,
    skipFolders: ['.git', 'node_modules'],
  },
  // vitest's include and exclude defaults.
  vitest: { patterns: ['**/*.{test,spec}.?(c|m)[jt]s?(x)'], dot: true, skipFolders: ['.git', 'node_modules', 'dist'] },
  // Playwright's testMatch default.
  playwright: { patterns: ['**/*.@(spec|test).?(c|m)[jt]s?(x)'], dot: true, skipFolders: ['.git', 'node_modules'] },
  // RSpec's default --pattern.
  rspec: { patterns: ['spec/**/*_spec.rb'], dot: true, skipFolders: ['.git', 'node_modules'] },
};

/**
 * Without a file list, the universe is what the runner would find by default plus every timed
 * file that still exists: a test the timings do not name is never left out, and a timed file
 * that is gone is not handed to the runner. Returns undefined when the runner's files cannot be
 * found here (no default pattern, nothing under `cwd`, or none of the timed files is here): the
 * universe is then the timed tests.
 */
export async function discoverTestFiles(
  runner: string | undefined,
  sources: readonly TimingSource[],
  cwd: string,
): Promise<{ entries: string[]; gone: string[] } | undefined> {
  const rule = runner ? DEFAULT_TEST_FILES[runner] : undefined;
  if (!rule) return undefined;
  const found = await expandGlobs(rule.patterns, cwd, { allowEmpty: true, dot: rule.dot, skipFolders: rule.skipFolders });
  if (found.length === 0) return undefined;
  const entries = new Set(found);
  const gone = new Set<string>();
  const timed = new Set<string>();
  for (const s of sources) {
    for (const t of s.tests) timed.add(normalizePath(t.file, cwd));
    for (const f of s.files.keys()) timed.add(normalizePath(f, cwd));
  }
  for (const file of timed) {
    if (entries.has(file) || file === '') continue;
    const info = await stat(join(cwd, file)).catch(() => undefined);
    if (info?.isFile()) entries.add(file);
    else gone.add(file);
  }
  // None of the timed files is here: the timings describe another tree, so the files found here say nothing about them.
  if (timed.size > 0 && gone.size === [...timed].filter((f) => f !== '').length) return undefined;
  return { entries: [...entries].sort(), gone: [...gone].sort() };
}

const DECLARATIONS: [RegExp, RegExp][] = [
  [/\.py$/, /^\s*(?:async\s+)?def\s+test\w*\s*\(/gm],
  [/\.[cm]?[jt]sx?$/, /\b(?:it|test)(?:\.(?:only|concurrent|skip|each\s*\([^)]*\)))?\s*\(\s*['"`]/g],
  [/_test\.go$/, /^func\s+(?:Test|Fuzz|Example)\w*\s*\(/gm],
  [/\.rb$/, /^\s*(?:it|specify|scenario|example)\b/gm],
  [/\.(?:java|kt)$/, /@(?:Test|ParameterizedTest|RepeatedTest)\b/g],
];

/** Size and declared test count of each file that exists (others are left out), for estimating untimed ones. */
export async function readFileFeatures(files: readonly string[], cwd: string): Promise<Map<string, FileFeatures>> {
  const out = new Map<string, FileFeatures>();
  for (const file of files) {
    const abs = join(cwd, file);
    const info = await stat(abs).catch(() => undefined);
    if (!info?.isFile()) continue;
    const rule = DECLARATIONS.find(([ext]) => ext.test(file));
    let declaredTests: number | undefined;
    if (rule) {
      const text = await readFile(abs, 'utf8').catch(() => '');
      declaredTests = text.match(rule[1])?.length ?? 0;
    }
    out.set(file, { bytes: info.size, ...(declaredTests ? { declaredTests } : {}) });
  }
  return out;
}
