import { glob } from 'tinyglobby';
import picomatch from 'picomatch';
import { UserError } from './errors.js';

/** How a path pattern reads: picomatch's (bash-like) rules with the options a tool needs. */
export interface MatchOptions {
  /** `*` and `**` also match names that start with a dot (default true, as the runner's globs do). */
  dot?: boolean;
  /** A pattern without a slash matches the last path segment anywhere (gitignore style; default false). */
  basename?: boolean;
  /**
   * Folder names a wildcard never enters (globMatcher's default: none). A pattern that names such a
   * folder in a literal segment (as `node_modules/x/*.js` does) still enters it.
   */
  skipFolders?: readonly string[];
}

/** The folders `expandGlobs` never enters through a wildcard unless told otherwise. */
export const DEFAULT_SKIP_FOLDERS: readonly string[] = ['.git', 'node_modules'];

/** Options of `expandGlobs`: the matching rules plus what to do when nothing matches. */
export interface GlobOptions extends MatchOptions {
  /** Nothing matching is not an error (default false). */
  allowEmpty?: boolean;
  /** What the files are, for the error message ("files to sign"). */
  what?: string;
}

const MAGIC = /[*?[\]{}()!+@]/;
const stripDot = (p: string): string => p.replace(/^(\.\/)+/, '');

/** The segments of a pattern that are plain names (no wildcard, class, brace or extglob). */
function literalSegments(pattern: string): Set<string> {
  return new Set(
    stripDot(pattern)
      .split('/')
      .filter((s) => s !== '' && !MAGIC.test(s)),
  );
}

/**
 * A matcher over `/`-separated relative paths for patterns with `!` exclusions: a path
 * matches when some include matches and no exclude does. `*` and `?` never cross a `/`,
 * `**` spans whole segments only, and `{a,b}`, `[abc]` and `?` mean what they mean in a shell.
 * A path through a folder in `skipFolders` matches only a pattern that names that folder.
 */
export function globMatcher(patterns: readonly string[], options: MatchOptions = {}): (path: string) => boolean {
  // posix: `[!abc]` is a negated class, as in a shell (picomatch otherwise reads it as the set !, a, b, c).
  const opts = { dot: options.dot ?? true, basename: options.basename ?? false, strictSlashes: false, posix: true };
  const skip = new Set(options.skipFolders ?? []);
  const include = patterns.filter((p) => !p.startsWith('!')).map(stripDot);
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => stripDot(p.slice(1)));
  const includes = include.map((p) => {
    const test = picomatch(p, opts);
    const named = literalSegments(p);
    const barred = [...skip].filter((s) => !named.has(s));
    return { test, barred };
  });
  const isExcluded = exclude.length ? picomatch(exclude, opts) : (): boolean => false;
  return (path) => {
    const p = stripDot(path);
    if (isExcluded(p)) return false;
    const folders = skip.size > 0 ? p.split('/').slice(0, -1) : [];
    return includes.some(({ test, barred }) => test(p) && !barred.some((b) => folders.includes(b)));
  };
}

/**
 * Expands glob patterns (with `!` exclusions) to the sorted files under `cwd`, relative to it,
 * by exactly `globMatcher`'s rules: hidden files and folders are matched (`dot`, default true)
 * and wildcards do not enter `.git` or `node_modules` (`skipFolders`, default
 * `DEFAULT_SKIP_FOLDERS`). Patterns that match nothing are an error naming them, unless `allowEmpty`.
 */
export async function expandGlobs(patterns: readonly string[], cwd: string, options: GlobOptions = {}): Promise<string[]> {
  const skipFolders = options.skipFolders ?? DEFAULT_SKIP_FOLDERS;
  const include = patterns.filter((p) => !p.startsWith('!')).map(stripDot);
  // The walk finds a superset (every dot name, exclusions unapplied: an ignore pattern would also
  // prune folders it names) and only skips folders no pattern names; the matcher decides.
  const named = new Set(include.flatMap((p) => [...literalSegments(p)]));
  const prune = skipFolders.filter((s) => !named.has(s)).map((s) => `**/${s}/**`);
  // With `basename`, a pattern without a slash matches at any depth: walk for it everywhere.
  const walk = options.basename ? include.map((p) => (p.includes('/') ? p : `**/${p}`)) : include;
  const found =
    include.length === 0
      ? []
      : await glob(walk, {
          cwd,
          ignore: prune,
          onlyFiles: true,
          dot: true,
          expandDirectories: false,
        });
  const matches = globMatcher(patterns, { dot: options.dot ?? true, basename: options.basename ?? false, skipFolders });
  const files = [...new Set(found.map((f) => f.replace(/\\/g, '/')))].filter(matches);
  if (files.length === 0 && !options.allowEmpty) {
    throw new UserError(`No ${options.what ?? 'files'} matched ${include.map((p) => `'${p}'`).join(', ')} in ${cwd}`, {
      hint: 'patterns are relative to the workspace; check the path and the file names',
    });
  }
  return files.sort();
}
