import pg from 'pg';
import Cursor from 'pg-cursor';
import { withRetry } from '@slipway/core';
import { numberedPlaceholders, type Param, type Row, type SqlDriver } from './sql-driver.js';

// 64-bit integers (ids, counts) and numerics as numbers: every value the store keeps is far
// below 2^53, and the figures are doubles anyway.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary'): unknown =>
    oid === 20 || oid === 1700
      ? (v: string) => Number(v)
      : (pg.types.getTypeParser(oid, format) as unknown)) as typeof pg.types.getTypeParser,
};

/** Deadlocks and serialization failures are worth another try of the whole transaction. */
const RETRYABLE = new Set(['40P01', '40001']);

/** PostgreSQL through node-postgres: a pool for many concurrent collectors, cursors for long reads. */
export class PostgresDriver implements SqlDriver {
  readonly dialect = 'postgres';

  private constructor(
    private readonly pool: pg.Pool | undefined,
    private readonly client: pg.PoolClient | undefined,
  ) {}

  /** A pool on the connection URL; statements and connections have deadlines. */
  static open(url: string, options: { max?: number } = {}): PostgresDriver {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.max ?? 4,
      types,
      connectionTimeoutMillis: 15_000,
      statement_timeout: 600_000,
      idleTimeoutMillis: 10_000,
      // Percentiles sort their values: room for the sort in memory keeps a year of an
      // organisation's runs off temporary files (this session only; the server's default stays).
      options: '-c work_mem=64MB',
    });
    // An idle client that loses its server must not crash the process; the next query reports it.
    pool.on('error', () => undefined);
    return new PostgresDriver(pool, undefined);
  }

  private async use<T>(fn: (c: pg.PoolClient | pg.Pool) => Promise<T>): Promise<T> {
    return fn(this.client ?? (this.pool as pg.Pool));
  }

  async all<T extends Row = Row>(sql: string, params: readonly Param[] = []): Promise<T[]> {
    return this.use(async (c) => (await c.query<T>(numberedPlaceholders(sql), params as Param[])).rows);
  }

  async *iterate<T extends Row = Row>(sql: string, params: readonly Param[] = []): AsyncIterable<T> {
    const client = this.client ?? (await (this.pool as pg.Pool).connect());
    const cursor = client.query(new Cursor<T>(numberedPlaceholders(sql), params as Param[], { types }));
    try {
      for (;;) {
        const rows = await cursor.read(2000);
        if (rows.length === 0) break;
        yield* rows;
      }
    } finally {
      await cursor.close().catch(() => undefined);
      if (!this.client) client.release();
    }
  }

  async run(sql: string, params: readonly Param[] = []): Promise<void> {
    await this.use((c) => c.query(numberedPlaceholders(sql), params as Param[]));
  }

  async transaction<T>(fn: (tx: SqlDriver) => Promise<T>): Promise<T> {
    if (this.client) return fn(this);
    const pool = this.pool as pg.Pool;
    return withRetry(
      async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const value = await fn(new PostgresDriver(undefined, client));
          await client.query('COMMIT');
          return value;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      },
      (outcome) =>
        'error' in outcome && RETRYABLE.has(String((outcome.error as { code?: unknown }).code))
          ? { retry: true, reason: 'a concurrent writer held the same rows' }
          : { retry: false },
      { attempts: 5, baseDelayMs: 50, maxDelayMs: 1000, maxRetryAfterMs: 0 },
    );
  }

  async close(): Promise<void> {
    await this.pool?.end();
  }
}
