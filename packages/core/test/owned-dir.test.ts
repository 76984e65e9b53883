import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorCodes, OWNED_MARKER, prepareOwnedDir, removeOwnedDir, UserError } from '../src/index.js';

const fresh = (): Promise<string> => mkdtemp(join(tmpdir(), 'owned-'));
const what = 'the demo output folder';

async function refusal(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('owned folders', () => {
  it('creates a marked folder, and empties it on the next use', async () => {
    const dir = join(await fresh(), 'out');
    await prepareOwnedDir(dir, { what });
    await writeFile(join(dir, 'old.txt'), 'x');
    await prepareOwnedDir(dir, { what });
    expect(await readdir(dir)).toEqual([OWNED_MARKER]);
  });

  it('never empties a folder with files it did not make, nor replaces a file', async () => {
    const dir = await fresh();
    await writeFile(join(dir, 'notes.txt'), 'mine');
    expect((await refusal(prepareOwnedDir(dir, { what }))).code).toBe(errorCodes.outputNotOwned);
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect((await refusal(prepareOwnedDir(join(dir, 'notes.txt'), { what }))).message).toContain('it is a file');
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
    expect((await refusal(removeOwnedDir(dir, { what }))).code).toBe(errorCodes.outputNotOwned);
  });

  it('refuses a protected folder or one holding it, even when marked', async () => {
    const dir = await fresh();
    await mkdir(join(dir, 'sample'));
    await writeFile(join(dir, OWNED_MARKER), '');
    for (const target of [dir, join(dir, 'sample')]) {
      expect((await refusal(prepareOwnedDir(target, { what, protect: [join(dir, 'sample')] }))).message).toContain('must not be replaced');
    }
    expect(await readdir(join(dir, 'sample'))).toEqual([]);
  });
});
