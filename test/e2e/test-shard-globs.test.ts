import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readTestEntries } from '@slipway/shard';
import { subjectsFromPaths } from '@slipway/supply-chain';
import { repoRoot } from '../harness/index.js';

const FILES = [
  'src/a.test.ts',
  'src/skip.test.ts',
  'src/deep/b.test.ts',
  '.hidden/c.test.ts',
  'node_modules/x/d.test.ts',
  '.git/e.test.ts',
];

async function sources(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.ts') && !e.parentPath.includes('/test')) out.push(join(e.parentPath, e.name));
  }
  return out;
}

describe('every action expands a pattern to the same files', () => {
  it("test-shard's tests and the signers' subjects agree on the pattern the two used to disagree on", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shard-globs-'));
    for (const f of FILES) {
      await mkdir(dirname(join(dir, f)), { recursive: true });
      await writeFile(join(dir, f), f);
    }
    const patterns = ['**/*.test.ts', '!**/skip.test.ts'];
    const tests = await readTestEntries(patterns, undefined, dir);
    expect(tests).toEqual(['.hidden/c.test.ts', 'src/a.test.ts', 'src/deep/b.test.ts']);
    const subjects = await subjectsFromPaths(patterns, dir);
    expect(subjects.map((s) => s.name).sort()).toEqual((tests ?? []).map((t) => t.slice(t.lastIndexOf('/') + 1)).sort());
    await rm(dir, { recursive: true });
  });

  it('no engine or action walks the filesystem with a glob library of its own', async () => {
    const own: string[] = [];
    for (const top of ['packages', 'actions']) {
      for (const file of await sources(join(repoRoot, top))) {
        if (file.includes(`${join('packages', 'core')}/`) || file.includes('node_modules')) continue;
        if (/from '(tinyglobby|fast-glob|glob|@actions\/glob|picomatch|minimatch)'/.test(await readFile(file, 'utf8'))) own.push(file);
      }
    }
    expect(own).toEqual([]);
  });
});
