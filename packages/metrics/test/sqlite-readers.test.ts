import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDriver } from '../src/index.js';

// Reads outside a transaction go to reader threads on the same file: they must give the rows the
// connection would, see what was committed, leave a transaction's reads to the connection that
// holds it, report errors as errors, and stop with the store.

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'metrics-readers-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('SQLite reader threads', () => {
  it('answer many queries at once with the rows, committed writes and errors of the file', async () => {
    const db = SqliteDriver.open(join(tmp, 'a.db'), { readersFromBytes: 0 });
    await db.run('CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL)');
    await db.run(`INSERT INTO t (k, v) VALUES ${Array.from({ length: 200 }, (_, i) => `(${i}, 'v${i}')`).join(', ')}`);
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => db.all('SELECT k, v FROM t WHERE k % 40 = ? ORDER BY k', [i])));
    answers.forEach((rows, i) => {
      expect(rows.map((r) => r['k'])).toEqual([i, i + 40, i + 80, i + 120, i + 160]);
      expect(rows[0]?.['v']).toBe(`v${i}`);
    });
    // A write committed on the connection is seen by the next read.
    await db.run('UPDATE t SET v = ? WHERE k = 7', ['changed']);
    expect(await db.all('SELECT v FROM t WHERE k = 7')).toEqual([{ v: 'changed' }]);
    // Reads in a transaction see its own uncommitted rows; others see them after the commit.
    await db.transaction(async (tx) => {
      await tx.run('INSERT INTO t (k, v) VALUES (1000, ?)', ['new']);
      expect(await tx.all('SELECT v FROM t WHERE k = 1000')).toEqual([{ v: 'new' }]);
    });
    expect(await db.all('SELECT COUNT(*) AS n FROM t')).toEqual([{ n: 201 }]);
    // A reader's error is an error naming the cause, and the readers go on answering.
    await expect(db.all('SELECT nope FROM t')).rejects.toThrow(/no such column: nope/);
    await expect(db.all('INSERT INTO t (k, v) VALUES (5000, ?)', ['x'])).rejects.toThrow(/readonly/);
    expect(await db.all('SELECT COUNT(*) AS n FROM t')).toEqual([{ n: 201 }]);
    await db.close();
    await expect(db.all('SELECT 1')).rejects.toThrow();
  });

  it('keep a small database on the connection and start once it has grown, with the same rows', async () => {
    const db = SqliteDriver.open(join(tmp, 'b.db'), { readersFromBytes: 256 * 1024 });
    await db.run('CREATE TABLE t (k INTEGER PRIMARY KEY, v TEXT NOT NULL)');
    await db.run(`INSERT INTO t (k, v) VALUES ${Array.from({ length: 50 }, (_, i) => `(${i}, 'v${i}')`).join(', ')}`);
    const query = (): Promise<unknown[]> =>
      Promise.all(Array.from({ length: 8 }, (_, i) => db.all('SELECT k FROM t WHERE k % 8 = ? ORDER BY k', [i])));
    const small = await query();
    expect(db.readsOnThreads).toBe(false);
    // On the connection a write through all() is not refused: no reader thread answered it.
    await db.all('INSERT INTO t (k, v) VALUES (9999, ?)', ['on the connection']);
    await db.run('DELETE FROM t WHERE k = 9999');
    // Grown past the size (mostly in the WAL), the same queries go to the threads.
    const padding = 'x'.repeat(1000);
    await db.transaction(async (tx) => {
      for (let i = 1000; i < 1400; i++) await tx.run('INSERT INTO t (k, v) VALUES (?, ?)', [i, padding]);
    });
    await db.run('DELETE FROM t WHERE k >= 1000');
    expect(db.readsOnThreads).toBe(true);
    expect(await query()).toEqual(small);
    await expect(db.all('INSERT INTO t (k, v) VALUES (5000, ?)', ['x'])).rejects.toThrow(/readonly/);
    await db.close();
  });
});
