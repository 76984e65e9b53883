import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Folders never worth descending into when looking for manifests or hashing sources: VCS data,
 * installed dependencies, virtualenvs and the build outputs the build layer itself caches.
 */
export const SKIPPED_DIRS: ReadonlySet<string> = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  '.yarn',
  '.pnpm-store',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  '.mypy_cache',
  '.pytest_cache',
  '.gradle',
  'target',
  '.next',
  '.turbo',
  '.cache',
  'dist',
  'build',
  'out',
  'coverage',
  '.slipway',
]);

/** Every regular file under `root` as a sorted list of `/`-separated relative paths, skipping SKIPPED_DIRS. */
export async function listFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  let level = [''];
  // Breadth-first, one readdir per folder, a whole level at a time: fast on wide trees without unbounded concurrency.
  while (level.length > 0) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 64) {
      const batch = level.slice(i, i + 64);
      const listed = await Promise.all(
        batch.map(async (rel) => ({ rel, entries: await readdir(join(root, rel), { withFileTypes: true }) })),
      );
      for (const { rel, entries } of listed) {
        for (const entry of entries) {
          const path = rel ? `${rel}/${entry.name}` : entry.name;
          if (entry.isDirectory()) {
            if (!SKIPPED_DIRS.has(entry.name)) next.push(path);
          } else if (entry.isFile()) {
            files.push(path);
          } else if (entry.isSymbolicLink()) {
            // A link to a file counts as that file; a dangling one is listed so reading it names it; links to folders are not followed.
            const target = await stat(join(root, path)).catch(() => undefined);
            if (!target || target.isFile()) files.push(path);
          }
        }
      }
    }
    level = next;
  }
  return files.sort();
}
