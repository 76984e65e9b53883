import { Worker } from 'node:worker_threads';
import type { Param, Row } from './sql-driver.js';

// Read-only connections to one SQLite file, each in a worker thread, so the independent queries
// of a report run on every core at once (WAL mode lets readers run beside each other and beside
// a writer). A query waits for the first idle reader.

// Plain JavaScript evaluated in the worker: no file to find, in a bundle or from the sources.
const READER = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.path, { readOnly: true, timeout: workerData.timeout });
parentPort.on('message', ({ sql, params }) => {
  try {
    parentPort.postMessage({ rows: db.prepare(sql).all(...params) });
  } catch (error) {
    parentPort.postMessage({ error: { message: String(error && error.message), code: error && error.code, errcode: error && error.errcode } });
  }
});
`;

interface Reader {
  worker: Worker;
  busy: boolean;
}

interface Reply {
  rows?: Row[];
  error?: { message: string; code?: unknown; errcode?: unknown };
}

/** A fixed number of reader threads on one database file, started at the first query. */
export class SqliteReaders {
  private readers: Reader[] = [];
  private readonly waiting: (() => void)[] = [];
  private closed = false;

  constructor(
    private readonly path: string,
    private readonly size: number,
    private readonly timeout: number,
  ) {}

  /** All rows of a read-only query, from the first idle reader. */
  async all<T extends Row = Row>(sql: string, params: readonly Param[]): Promise<T[]> {
    const reader = await this.idle();
    try {
      const reply = await new Promise<Reply>((resolve, reject) => {
        const fail = (error: Error): void => {
          // A reader that failed is not used again; the next query starts another.
          this.readers = this.readers.filter((r) => r !== reader);
          reject(error);
        };
        reader.worker.once('error', fail);
        reader.worker.once('message', (m: Reply) => {
          reader.worker.off('error', fail);
          resolve(m);
        });
        reader.worker.postMessage({ sql, params });
      });
      if (reply.error) throw Object.assign(new Error(reply.error.message), { code: reply.error.code, errcode: reply.error.errcode });
      return (reply.rows ?? []) as T[];
    } finally {
      reader.busy = false;
      this.waiting.shift()?.();
    }
  }

  private async idle(): Promise<Reader> {
    for (;;) {
      if (this.closed) throw new Error('the store is closed');
      const free = this.readers.find((r) => !r.busy);
      if (free) {
        free.busy = true;
        return free;
      }
      if (this.readers.length < this.size) {
        const worker = new Worker(READER, { eval: true, workerData: { path: this.path, timeout: this.timeout } });
        // A reader never keeps the process alive on its own.
        worker.unref();
        const reader = { worker, busy: true };
        this.readers.push(reader);
        return reader;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /** Stops every reader. */
  async close(): Promise<void> {
    this.closed = true;
    const readers = this.readers;
    this.readers = [];
    await Promise.all(readers.map((r) => r.worker.terminate()));
    for (const wake of this.waiting.splice(0)) wake();
  }
}
