import { statSync } from 'node:fs';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { availableParallelism } from 'node:os';
import type { Param, Row, SqlDriver } from './sql-driver.js';
import { SqliteReaders } from './sqlite-readers.js';

const TIMEOUT_MS = 30_000;

/**
 * The size (the file and its write-ahead log) from which reads go to reader threads. Each thread
 * costs tens of milliseconds to start and about 12 MiB; below this a report's queries take less
 * than that on the connection (a small history, such as a first collection, stays there).
 */
export const READER_THREADS_FROM_BYTES = 8 * 1024 * 1024;

/** Bytes of the database file and its WAL, 0 for what is not there. */
function databaseBytes(path: string): number {
  const size = (p: string): number => statSync(p, { throwIfNoEntry: false })?.size ?? 0;
  return size(path) + size(`${path}-wal`);
}

/**
 * SQLite through `node:sqlite` (built into Node 24): one file, no server, no native module.
 * WAL mode and a busy timeout let a second process read, or wait its turn to write. Reads
 * outside a transaction go to reader threads (one per core, at most 4) once the database holds
 * `readersFromBytes` (READER_THREADS_FROM_BYTES by default), so a large report's independent
 * queries run at once; writes and reads in a transaction use this connection.
 */
export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite';
  private depth = 0;
  private sharing = false;

  private constructor(
    private readonly db: DatabaseSync,
    private readonly readers: SqliteReaders | undefined,
    private readonly path: string,
    private readonly readersFromBytes: number,
  ) {}

  /** Opens (and creates) the database file; `:memory:` has no reader threads (nothing to share). */
  static open(path: string, options: { readersFromBytes?: number } = {}): SqliteDriver {
    const db = new DatabaseSync(path, { timeout: TIMEOUT_MS });
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA foreign_keys = ON');
    const size = Math.min(4, availableParallelism());
    const readers = path === ':memory:' || size < 2 ? undefined : new SqliteReaders(path, size, TIMEOUT_MS);
    return new SqliteDriver(db, readers, path, options.readersFromBytes ?? READER_THREADS_FROM_BYTES);
  }

  /** Whether reads outside a transaction go to reader threads: from the first read that finds the database big enough on. */
  get readsOnThreads(): boolean {
    if (!this.sharing && this.readers) this.sharing = databaseBytes(this.path) >= this.readersFromBytes;
    return this.sharing;
  }

  all<T extends Row = Row>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    if (this.readers && this.depth === 0 && this.readsOnThreads) return this.readers.all<T>(sql, params);
    return Promise.resolve(this.db.prepare(sql).all(...(params as SQLInputValue[])) as T[]);
  }

  iterate<T extends Row = Row>(sql: string, params: readonly Param[] = []): AsyncIterable<T> {
    const rows = this.db.prepare(sql).iterate(...(params as SQLInputValue[])) as Iterator<T>;
    return {
      [Symbol.asyncIterator]: () => ({
        next: () => Promise.resolve(rows.next()),
        return: () => Promise.resolve(rows.return?.() ?? { done: true, value: undefined }),
      }),
    };
  }

  run(sql: string, params: readonly Param[] = []): Promise<void> {
    this.db.prepare(sql).run(...(params as SQLInputValue[]));
    return Promise.resolve();
  }

  async transaction<T>(fn: (tx: SqlDriver) => Promise<T>): Promise<T> {
    // A nested call joins the open transaction. IMMEDIATE takes the write lock at once, so two
    // writers queue instead of failing half-way.
    if (this.depth > 0) return fn(this);
    this.db.exec('BEGIN IMMEDIATE');
    this.depth += 1;
    try {
      const value = await fn(this);
      this.db.exec('COMMIT');
      return value;
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw error;
    } finally {
      this.depth -= 1;
    }
  }

  async close(): Promise<void> {
    await this.readers?.close();
    if (this.db.isOpen) this.db.close();
  }
}
