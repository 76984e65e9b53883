import { lstatSync, readdirSync, type Dirent, type Stats } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { expandGlobs } from '@slipway/core';

/**
 * Bytes of regular files under a path (not following symlinks); 0 when it doesn't exist. A
 * synchronous walk: an installed tree has ~100,000 files, and one awaited lstat per file costs
 * about eight times as long as the same walk done in one go.
 */
export async function sizeOnDisk(path: string): Promise<number> {
  await Promise.resolve();
  return sizeSync(path);
}

function statOf(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/**
 * Calls `visit` with the size of each regular file under a path (not following symlinks), a
 * folder's own files before its subfolders; stops as soon as `visit` returns true, and says so.
 */
function eachFileSize(path: string, visit: (size: number) => boolean): boolean {
  const info = statOf(path);
  if (!info) return false;
  if (info.isFile()) return visit(info.size);
  if (!info.isDirectory()) return false;
  let entries: Dirent[];
  try {
    entries = readdirSync(path, { withFileTypes: true });
  } catch {
    return false;
  }
  for (const entry of entries) if (entry.isFile() && visit(statOf(join(path, entry.name))?.size ?? 0)) return true;
  for (const entry of entries) if (entry.isDirectory() && eachFileSize(join(path, entry.name), visit)) return true;
  return false;
}

function sizeSync(path: string): number {
  let total = 0;
  eachFileSize(path, (size) => {
    total += size;
    return false;
  });
  return total;
}

/**
 * Bytes of regular files under each of `rels` in `root`, walked synchronously: a store calls it
 * while its archiver runs as another process, so the walk costs the save no time of its own.
 */
export function bytesUnder(root: string, rels: readonly string[]): number {
  let total = 0;
  for (const rel of rels) total += sizeSync(join(root, rel));
  return total;
}

/** Whether a path holds at least one byte of a regular file: stops at the first it finds. */
const anyBytesSync = (path: string): boolean => eachFileSize(path, (size) => size > 0);

const GLOB = /[*?[\]{}]/;

/** Whether a planned path is a glob (or a `!` exclusion) rather than one file or folder. */
export const isGlobPath = (p: string): boolean => p.startsWith('!') || GLOB.test(p);

/** Where a planned path is on disk, as @actions/cache resolves it: `~` is `home`, relative paths are under `base`. */
export function locatePath(p: string, where: { home: string; base: string }): string {
  return p === '~' || p.startsWith('~/') ? join(where.home, p.slice(1)) : isAbsolute(p) ? p : join(where.base, p);
}

/**
 * Bytes on disk of a layer's cache paths as @actions/cache resolves them: `~` is `home`, relative
 * paths are under `base`, globs are expanded (with `!` exclusions).
 */
export async function measurePaths(paths: readonly string[], where: { home: string; base: string }): Promise<number> {
  const locate = (p: string): string => locatePath(p, where);
  let total = 0;
  const plain = paths.filter((p) => !p.startsWith('!') && !GLOB.test(p));
  for (const p of plain) total += await sizeOnDisk(locate(p));
  const globs = paths.filter((p) => GLOB.test(p.replace(/^!/, '')));
  if (globs.some((p) => !p.startsWith('!'))) {
    for (const file of await expandGlobs(globs, where.base, { allowEmpty: true }))
      total += (await lstat(join(where.base, file)).catch(() => undefined))?.size ?? 0;
  }
  return total;
}

/** Whether a layer's paths hold any bytes at all (what `measurePaths(...) > 0` says, without walking every file). */
export async function hasBytes(paths: readonly string[], where: { home: string; base: string }): Promise<boolean> {
  await Promise.resolve();
  for (const p of paths.filter((x) => !isGlobPath(x))) if (anyBytesSync(locatePath(p, where))) return true;
  return paths.some((p) => GLOB.test(p) && !p.startsWith('!')) && (await measurePaths(paths, where)) > 0;
}
