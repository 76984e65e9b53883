import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { readTextFile, UserError } from '@slipway/core';
import type { FileFeatures } from './estimate.js';
import { byCodeUnits, type TimingSource } from './model.js';
import { parseTimingText } from './timing-file.js';

/** Files matching globs under `cwd`, relative to it, sorted (node_modules and .git left out). */
export async function expandGlobs(patterns: readonly string[], cwd: string): Promise<string[]> {
  if (patterns.length === 0) return [];
  const found = await glob([...patterns], { cwd, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'], expandDirectories: false });
  return [...new Set(found.map((f) => f.replace(/\\/g, '/')))].sort(byCodeUnits);
}

/**
 * Reads timing files given as paths or globs. A path that does not exist is an error (it was
 * named on purpose); a glob that matches nothing is only a warning (the first run has no timings).
 */
export async function readTimingFiles(patterns: readonly string[], cwd: string): Promise<{ sources: TimingSource[]; warnings: string[] }> {
  const sources: TimingSource[] = [];
  const warnings: string[] = [];
  for (const pattern of patterns) {
    const paths = isDynamicPattern(pattern) ? await expandGlobs([pattern], cwd) : [pattern];
    if (paths.length === 0) warnings.push(`No timing file matches '${pattern}'`);
    for (const p of paths) {
      const abs = isAbsolute(p) ? p : join(cwd, p);
      sources.push(parseTimingText(await readTextFile(abs, 'timing file'), p));
    }
  }
  return { sources, warnings };
}

/** A list of test files or test ids, one per line (`#` comments and blank lines skipped). */
export async function readTestList(path: string, cwd: string): Promise<string[]> {
  const text = await readTextFile(isAbsolute(path) ? path : join(cwd, path), 'test list');
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
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
    const entries = await expandGlobs(tests, cwd);
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
