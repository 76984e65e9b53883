import { glob } from 'tinyglobby';
import picomatch from 'picomatch';
import { UserError } from './errors.js';

/**
 * Expands glob patterns (with `!` exclusions) to sorted file paths relative to `cwd`.
 * Patterns that match nothing are an error naming them, unless `allowEmpty`.
 */
export async function expandGlobs(
  patterns: readonly string[],
  cwd: string,
  options: { allowEmpty?: boolean; what?: string } = {},
): Promise<string[]> {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const ignore = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const files = await glob(include, { cwd, ignore, onlyFiles: true, dot: true, expandDirectories: false });
  if (files.length === 0 && !options.allowEmpty) {
    throw new UserError(`No ${options.what ?? 'files'} matched ${include.map((p) => `'${p}'`).join(', ')} in ${cwd}`, {
      hint: 'patterns are relative to the workspace; check the path and the file names',
    });
  }
  return files.sort();
}

/** How a path pattern reads: picomatch's (bash-like) rules with the options a tool needs. */
export interface MatchOptions {
  /** `*` and `**` also match names that start with a dot (default true, as the runner's globs do). */
  dot?: boolean;
  /** A pattern without a slash matches the last path segment anywhere (gitignore style; default false). */
  basename?: boolean;
}

/**
 * A matcher over `/`-separated relative paths for patterns with `!` exclusions: a path
 * matches when some include matches and no exclude does. `*` and `?` never cross a `/`,
 * `**` spans whole segments only, and `{a,b}`, `[abc]` and `?` mean what they mean in a shell.
 */
export function globMatcher(patterns: readonly string[], options: MatchOptions = {}): (path: string) => boolean {
  // posix: `[!abc]` is a negated class, as in a shell (picomatch otherwise reads it as the set !, a, b, c).
  const opts = { dot: options.dot ?? true, basename: options.basename ?? false, strictSlashes: false, posix: true };
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const isIncluded = include.length ? picomatch(include, opts) : (): boolean => false;
  const isExcluded = exclude.length ? picomatch(exclude, opts) : (): boolean => false;
  return (path) => {
    const p = path.replace(/^(\.\/)+/, '');
    return isIncluded(p) && !isExcluded(p);
  };
}
