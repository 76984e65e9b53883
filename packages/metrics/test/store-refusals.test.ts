import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateHistory } from '../../../test/services/github-api-history.js';
import { historyOf } from '../../../test/services/github-api-as-history.js';
import { importHistory, openSqlite } from '../src/index.js';

// A store that cannot be read is refused naming it and left exactly as it was: no -wal or -shm
// file beside it, not one byte changed. A store that must exist (a report) is never created.

let tmp: string;
let store: Buffer;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'metrics-refusals-'));
  const path = join(tmp, 'made.db');
  const opened = await openSqlite(path);
  const end = Date.parse('2026-05-01T00:00:00Z') / 1000;
  await importHistory(opened.store, historyOf(generateHistory({ seed: 5, end, days: 3, runsPerDay: 4, deployEvery: 2 })));
  await opened.store.close();
  store = await readFile(path);
});
afterAll(async () => rm(tmp, { recursive: true, force: true }));

async function fresh(): Promise<string> {
  const dir = await mkdtemp(join(tmp, 'case-'));
  return dir;
}

describe('opening the embedded store', () => {
  it('refuses a store cut short, at any length, naming it and leaving nothing beside it', async () => {
    expect(store.length).toBeGreaterThan(8192);
    for (const length of [16, 99, 100, 4096, Math.floor(store.length / 2), store.length - 4096, store.length - 1]) {
      const dir = await fresh();
      const path = join(dir, 'history.db');
      await writeFile(path, store.subarray(0, length));
      await expect(openSqlite(path)).rejects.toThrow(/The metrics store .*history\.db is not a readable SQLite database/);
      expect(await readdir(dir)).toEqual(['history.db']);
      expect((await readFile(path)).equals(store.subarray(0, length))).toBe(true);
    }
  });

  it('opens the whole store', async () => {
    const dir = await fresh();
    await writeFile(join(dir, 'history.db'), store);
    const opened = await openSqlite(join(dir, 'history.db'));
    expect((await opened.store.counts()).runs).toBeGreaterThan(0);
    await opened.store.close();
  });

  it('refuses a folder, naming it', async () => {
    const dir = await fresh();
    await mkdir(join(dir, 'history.db'));
    await expect(openSqlite(join(dir, 'history.db'))).rejects.toThrow(/The metrics store .*history\.db is a folder/);
    expect(await readdir(dir)).toEqual(['history.db']);
  });

  it('refuses a missing store that must exist, and creates nothing', async () => {
    const dir = await fresh();
    await expect(openSqlite(join(dir, 'history.db'), undefined, { mustExist: true })).rejects.toThrow(
      /The metrics store .*history\.db does not exist/,
    );
    expect(await readdir(dir)).toEqual([]);
  });
});
