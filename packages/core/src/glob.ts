import { glob } from 'tinyglobby';
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
