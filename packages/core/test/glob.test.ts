import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandGlobs } from '../src/index.js';

describe('expandGlobs', () => {
  it('expands with exclusions, sorted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'globs-'));
    await mkdir(join(dir, 'src/gen'), { recursive: true });
    for (const f of ['src/b.ts', 'src/a.ts', 'src/gen/x.ts', 'src/c.js']) await writeFile(join(dir, f), '');
    expect(await expandGlobs(['src/**/*.ts', '!src/gen/**'], dir)).toEqual(['src/a.ts', 'src/b.ts']);
  });

  it('fails naming the patterns when nothing matches', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'globs-'));
    await expect(expandGlobs(['dist/*.tgz'], dir, { what: 'subjects' })).rejects.toThrow(`No subjects matched 'dist/*.tgz' in ${dir}`);
    expect(await expandGlobs(['dist/*.tgz'], dir, { allowEmpty: true })).toEqual([]);
  });
});
