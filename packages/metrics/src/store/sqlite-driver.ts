import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import type { Param, Row, SqlDriver } from './sql-driver.js';

/**
 * SQLite through `node:sqlite` (built into Node 24): one file, no server, no native module.
 * WAL mode and a busy timeout let a second process read, or wait its turn to write.
 */
export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite';
  private depth = 0;

  private constructor(private readonly db: DatabaseSync) {}

  /** Opens (and creates) the database file. */
  static open(path: string): SqliteDriver {
    const db = new DatabaseSync(path, { timeout: 30_000 });
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA foreign_keys = ON');
    return new SqliteDriver(db);
  }

  all<T extends Row = Row>(sql: string, params: readonly Param[] = []): Promise<T[]> {
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

  close(): Promise<void> {
    if (this.db.isOpen) this.db.close();
    return Promise.resolve();
  }
}
