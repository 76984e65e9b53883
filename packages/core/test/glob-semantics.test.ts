import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { DEFAULT_SKIP_FOLDERS, expandGlobs, globMatcher } from '../src/index.js';

async function tree(files: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'glob-semantics-'));
  for (const f of files) {
    await mkdir(dirname(join(dir, f)), { recursive: true });
    await writeFile(join(dir, f), '');
  }
  return dir;
}

async function everyFile(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      if (e.isDirectory()) await walk(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)));
    }
  };
  await walk(dir);
  return out.sort();
}

const FILES = [
  'src/a.test.ts',
  'src/skip.test.ts',
  'src/deep/b.test.ts',
  '.hidden/c.test.ts',
  '.github/workflows/ci.yml',
  'node_modules/x/d.test.ts',
  'packages/p/node_modules/y/e.test.ts',
  '.git/f.test.ts',
  'dist/app.tgz',
  'dist/.app.tgz.sig',
];

describe('one glob semantics: expandGlobs is globMatcher over every file', () => {
  it('hidden folders are matched, .git and node_modules are entered only when a pattern names them', async () => {
    const dir = await tree(FILES);
    expect(await expandGlobs(['**/*.test.ts', '!**/skip.test.ts'], dir)).toEqual([
      '.hidden/c.test.ts',
      'src/a.test.ts',
      'src/deep/b.test.ts',
    ]);
    expect(await expandGlobs(['node_modules/**/*.test.ts'], dir)).toEqual(['node_modules/x/d.test.ts']);
    expect(await expandGlobs(['**/node_modules/**/*.test.ts'], dir)).toEqual([
      'node_modules/x/d.test.ts',
      'packages/p/node_modules/y/e.test.ts',
    ]);
    expect(await expandGlobs(['**/*.test.ts'], dir, { dot: false })).toEqual(['src/a.test.ts', 'src/deep/b.test.ts', 'src/skip.test.ts']);
    expect(await expandGlobs(['.github/**/*.yml'], dir, { dot: false })).toEqual(['.github/workflows/ci.yml']);
    expect(await expandGlobs(['**/*.test.ts'], dir, { skipFolders: [] })).toHaveLength(7);
    expect(await expandGlobs(['dist/*'], dir)).toEqual(['dist/.app.tgz.sig', 'dist/app.tgz']);
    await rm(dir, { recursive: true });
  });

  it('gives the same files as the matcher applied to a full listing, for any patterns and options (property)', async () => {
    const dir = await tree(FILES);
    const all = await everyFile(dir);
    const segment = fc.constantFrom(
      '*',
      '**',
      'src',
      'node_modules',
      '.hidden',
      '.git',
      'x',
      '*.ts',
      '*.test.ts',
      '{a,b}.test.ts',
      'dist',
      '.*',
    );
    const pattern = fc
      .tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 4 }))
      .map(([not, parts]) => `${not ? '!' : ''}${parts.join('/')}`);
    await fc.assert(
      fc.asyncProperty(fc.array(pattern, { minLength: 1, maxLength: 3 }), fc.boolean(), async (patterns, dot) => {
        const expanded = await expandGlobs(patterns, dir, { dot, allowEmpty: true });
        const matcher = globMatcher(patterns, { dot, skipFolders: DEFAULT_SKIP_FOLDERS });
        expect(expanded).toEqual(all.filter(matcher));
      }),
      { numRuns: 150 },
    );
    await rm(dir, { recursive: true });
  });
});
