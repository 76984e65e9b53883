import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '@slipway/core';

// Small files dominate (lockfiles, sources): read whole, many at a time; the OS page cache does the rest.
const CONCURRENCY = 64;

/** sha256 of each file's bytes, in the order given; an unreadable file is a UserError naming it. */
export async function digestFiles(root: string, files: readonly string[], what = 'file'): Promise<string[]> {
  const out = new Array<string>(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const rel = files[i] ?? '';
      let bytes: Buffer;
      try {
        bytes = await readFile(join(root, rel));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new UserError(`Cannot read ${what} ${join(root, rel)} to compute the cache key: ${code}`, {
          hint: 'check the file exists and is readable, or leave it out with key-files',
          cause: error,
        });
      }
      out[i] = createHash('sha256').update(bytes).digest('hex');
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, files.length) }, worker));
  return out;
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
