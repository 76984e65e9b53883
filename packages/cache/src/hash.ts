import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '@slipway/core';

// Sources and lockfiles are small and many: synchronous open/read/close in one tight loop beats
// thousands of thread-pool round trips (3-5x here) and matches sha256sum; a 64 KiB buffer keeps
// memory flat for big files.
const CHUNK = 1 << 16;

/** sha256 of each file's bytes, in the order given; an unreadable file is a UserError naming it. */
export function digestFiles(root: string, files: readonly string[], what = 'file'): Promise<string[]> {
  const buffer = Buffer.allocUnsafe(CHUNK);
  const out = new Array<string>(files.length);
  for (let i = 0; i < files.length; i++) {
    const path = join(root, files[i] ?? '');
    const hash = createHash('sha256');
    let fd: number | undefined;
    try {
      fd = openSync(path, 'r');
      let n: number;
      while ((n = readSync(fd, buffer, 0, CHUNK, null)) > 0) hash.update(buffer.subarray(0, n));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      return Promise.reject(
        new UserError(`Cannot read ${what} ${path} to compute the cache key: ${code}`, {
          hint: 'check the file exists and is readable, or leave it out with key-files',
          cause: error,
        }),
      );
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    out[i] = hash.digest('hex');
  }
  return Promise.resolve(out);
}

/**
 * One sha256 over a set of files: each `path NUL sha256(bytes) LF`, paths sorted, then `extra`
 * (settings that change what is cached). Renaming a file changes it; reordering a listing does not.
 */
export async function hashFileSet(root: string, files: readonly string[], extra: readonly string[] = [], what = 'file'): Promise<string> {
  const sorted = [...new Set(files)].sort();
  const digests = await digestFiles(root, sorted, what);
  const hash = createHash('sha256');
  sorted.forEach((file, i) => hash.update(`${file}\0${digests[i] ?? ''}\n`));
  for (const e of extra) hash.update(`\0${e}\n`);
  return hash.digest('hex');
}
