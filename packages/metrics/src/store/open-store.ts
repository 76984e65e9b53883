import { mkdir, open as openFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { canonicalPath, errorCodes, errorMessage, parseUserUrl, UserError } from '@slipway/core';
import { loadHistory } from '../history-file.js';
import type { History } from '../model.js';
import { HistoryStore, type StoreCounts } from './history-store.js';
import { SqliteDriver } from './sqlite-driver.js';

/** Where a command's history lives: `--data FILE` (embedded SQLite) or `--store URL` (PostgreSQL). */
export type StoreLocation = { data: string } | { store: string };

/** An opened store and what the caller should tell the user about opening it. */
export interface OpenedStore {
  store: HistoryStore;
  /** Set when a JSON history was moved into the store on opening. */
  migrated?: { from: string; kept: string; counts: StoreCounts; problem?: string };
  /** True when the SQLite file did not exist before. */
  created: boolean;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';

async function firstBytes(path: string, shown: string, n: number): Promise<string | undefined> {
  const info = await stat(path).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`Cannot read the metrics store ${shown}: ${errorMessage(error)}`, { cause: error });
  });
  if (info === undefined) return undefined;
  if (!info.isFile()) {
    throw new UserError(`The metrics store ${shown} is ${info.isDirectory() ? 'a folder' : 'not a regular file'}`, {
      code: errorCodes.inputUnreadable,
      hint: 'give --data (or data-file) the path of the store file, not a folder',
    });
  }
  let handle;
  try {
    handle = await openFile(path, 'r');
  } catch (error) {
    throw new UserError(`Cannot read the metrics store ${shown}: ${errorMessage(error)}`, { cause: error });
  }
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await handle.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead).toString('latin1');
  } finally {
    await handle.close();
  }
}

/**
 * Refuses an SQLite file that its own header says is cut short (a copy or download that
 * stopped part-way), before SQLite opens it and adds its -wal and -shm files beside it. The
 * header's page count is trusted only when SQLite marks it valid, and only when no WAL file is
 * beside the store (pages not yet checkpointed live there).
 */
async function checkSqliteLength(path: string, shown: string): Promise<void> {
  const info = await stat(path);
  const handle = await openFile(path, 'r');
  const header = Buffer.alloc(100);
  let bytesRead: number;
  try {
    ({ bytesRead } = await handle.read(header, 0, 100, 0));
  } finally {
    await handle.close();
  }
  const cut = (detail: string): UserError =>
    new UserError(`The metrics store ${shown} is not a readable SQLite database: ${detail} (was the file cut short?)`, {
      code: errorCodes.inputUnreadable,
      hint: 'nothing was changed; restore it from its cache or branch, or move it away to start a new store',
    });
  if (bytesRead < 100) throw cut(`its header is ${bytesRead} of 100 bytes`);
  const raw = header.readUInt16BE(16);
  const pageSize = raw === 1 ? 65536 : raw;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) throw cut(`its header gives a page size of ${raw}`);
  const hasWal = await stat(`${path}-wal`).then(
    () => true,
    () => false,
  );
  if (hasWal) return;
  if (info.size % pageSize !== 0) throw cut(`${info.size} bytes is not a whole number of ${pageSize}-byte pages`);
  const pages = header.readUInt32BE(28);
  const valid = pages > 0 && header.readUInt32BE(92) === header.readUInt32BE(24);
  if (valid && info.size < pages * pageSize) throw cut(`it holds ${info.size} of the ${pages * pageSize} bytes its header declares`);
}

/** The URL as it may be shown: without its password. */
export function safeUrl(url: URL): string {
  const copy = new URL(url.toString());
  if (copy.password) copy.password = '***';
  return copy.toString();
}

/** Opens PostgreSQL from a `postgres://` URL; a bad URL or an unreachable server is a UserError naming it. */
export async function openPostgres(value: string, field = '--store', options: { max?: number } = {}): Promise<HistoryStore> {
  const url = parseUserUrl(value, field, ['postgres:', 'postgresql:']);
  const shown = safeUrl(url);
  // node-postgres is loaded only for a PostgreSQL store: a step on a SQLite file never needs it.
  const { PostgresDriver } = await import('./postgres-driver.js');
  const driver = PostgresDriver.open(url.toString(), options);
  try {
    return await HistoryStore.open(driver, shown);
  } catch (error) {
    await driver.close().catch(() => undefined);
    if (error instanceof UserError) throw error;
    const code = (error as { code?: unknown }).code;
    throw new UserError(`Cannot use the metrics store ${shown}: ${errorMessage(error)}${typeof code === 'string' ? ` (${code})` : ''}`, {
      cause: error,
      code: code === 'ECONNREFUSED' || code === 'ENOTFOUND' ? errorCodes.networkUnreachable : undefined,
      hint: 'check that PostgreSQL runs at that address and that the user may create tables in the database',
    });
  }
}

/** Copies a whole JSON history into a store: its repository, cursor, runs and deployments. */
export async function importHistory(store: HistoryStore, history: History): Promise<void> {
  const repo = history.repository;
  await store.ensureRepository(repo, history.defaultBranch);
  for (let i = 0; i < history.runs.length; i += 1000) await store.saveRuns(repo, history.runs.slice(i, i + 1000));
  await store.saveDeployments(repo, history.deployments);
  await store.saveRuns(repo, [], {
    ...(history.cursor.runsFrom === undefined ? {} : { runsFrom: history.cursor.runsFrom }),
    updatedAt: history.updatedAt,
  });
  if (history.cursor.deploymentsFrom !== undefined)
    await store.saveDeployments(repo, [], { deploymentsFrom: history.cursor.deploymentsFrom });
}

/** What a history holds, counted the way `StoreCounts` counts a store. */
export function historyCounts(history: History): Omit<StoreCounts, 'repositories'> {
  let jobs = 0;
  let steps = 0;
  let outcomes = 0;
  for (const r of history.runs) {
    jobs += r.jobs.length;
    outcomes += r.outcomes.length;
    for (const j of r.jobs) steps += j.steps.length;
  }
  return {
    runs: new Set(history.runs.map((r) => r.id)).size,
    jobs,
    steps,
    outcomes,
    deployments: new Set(history.deployments.map((d) => d.id)).size,
    commits: history.deployments.reduce((n, d) => n + d.commits.length, 0),
  };
}

/** Refuses a migration whose store does not hold every row of the history. */
export function checkCounts(history: History, counts: StoreCounts, where: string): void {
  const want = historyCounts(history);
  const short = (Object.keys(want) as (keyof typeof want)[]).filter((k) => counts[k] < want[k]);
  if (short.length > 0) {
    throw new UserError(`The migration into ${where} is incomplete: ${short.map((k) => `${k} ${counts[k]} of ${want[k]}`).join(', ')}`, {
      hint: 'the source history was not changed; run the migration again',
    });
  }
}

/**
 * Opens the embedded store at `path`: an SQLite file, created when missing unless `mustExist`. A JSON history
 * found there is migrated in place: the SQLite store is built beside it, checked by counts,
 * and renamed over it, while the JSON file is kept as `<path>.json-history`. A symbolic link
 * at `path` stays a link (its target becomes the store).
 */
export async function openSqlite(path: string, repository?: string, options: { mustExist?: boolean } = {}): Promise<OpenedStore> {
  const real = await canonicalPath(path);
  const head = await firstBytes(real, path, 16);
  if (head === undefined && options.mustExist) {
    throw new UserError(`The metrics store ${path} does not exist`, {
      code: errorCodes.inputUnreadable,
      hint: 'collect into it first (slipway metrics collect --data FILE), or give the path of an existing store',
    });
  }
  if (head === undefined || head.length === 0 || head === SQLITE_MAGIC) {
    const created = head === undefined;
    if (head !== undefined && head.length === 0) {
      throw new UserError(`The metrics store ${path} is an empty file`, { hint: 'remove it to start a new store, or give the right path' });
    }
    if (!created) await checkSqliteLength(real, path);
    return { store: await openSqliteFile(real, path), created };
  }
  if (!head.trimStart().startsWith('{')) {
    throw new UserError(`${path} is neither an SQLite metrics store nor a JSON history`, {
      hint: 'give --data a history file that slipway metrics wrote, or a new path',
    });
  }
  const loaded = await loadHistory(real, repository);
  const history = loaded.history;
  // A fixed name beside the target: a migration killed part-way is simply redone next time.
  const building = join(dirname(real), `.${basename(real)}.migrating`);
  await rm(building, { force: true });
  await rm(`${building}-wal`, { force: true });
  await rm(`${building}-shm`, { force: true });
  const store = await openSqliteFile(building, building);
  try {
    await importHistory(store, history);
    const counts = await store.counts();
    checkCounts(history, counts, path);
    await store.close();
    const kept = `${real}.json-history`;
    await rename(real, kept);
    await rename(building, real);
    await rm(`${building}-wal`, { force: true });
    await rm(`${building}-shm`, { force: true });
    return {
      store: await openSqliteFile(real, path),
      created: false,
      migrated: { from: path, kept, counts, ...(loaded.problem ? { problem: loaded.problem } : {}) },
    };
  } catch (error) {
    await store.close().catch(() => undefined);
    await rm(building, { force: true });
    throw error;
  }
}

/** Removes the -wal and -shm files that opening `file` made, when they were not there before. */
async function removeMadeSidecars(file: string, before: readonly string[]): Promise<void> {
  for (const suffix of ['-wal', '-shm']) {
    if (!before.includes(suffix)) await rm(`${file}${suffix}`, { force: true }).catch(() => undefined);
  }
}

async function openSqliteFile(file: string, shown: string): Promise<HistoryStore> {
  const sidecars: string[] = [];
  for (const suffix of ['-wal', '-shm']) if (await stat(`${file}${suffix}`).catch(() => undefined)) sidecars.push(suffix);
  let driver: SqliteDriver;
  try {
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' });
    if (file !== ':memory:') await mkdir(dirname(file), { recursive: true });
    driver = SqliteDriver.open(file);
  } catch (error) {
    if (file !== ':memory:') await removeMadeSidecars(file, sidecars);
    const detail = error instanceof Error ? error.message : errorMessage(error);
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file is there but damaged.
    const errcode = (error as { errcode?: unknown }).errcode;
    if (errcode === 11 || errcode === 26)
      throw new UserError(`The metrics store ${shown} is not a readable SQLite database: ${detail}`, {
        cause: error,
        hint: 'nothing was changed; restore it from its cache or branch, or move it away to start a new store',
      });
    throw new UserError(`Cannot open the metrics store ${shown}: ${detail}`, {
      cause: error,
      hint: 'give --data a file path in a writable folder',
    });
  }
  try {
    return await HistoryStore.open(driver, shown);
  } catch (error) {
    await driver.close();
    // Refused untouched: the damaged file is left as it was, with nothing new beside it.
    if (file !== ':memory:') await removeMadeSidecars(file, sidecars);
    if (error instanceof UserError) throw error;
    throw new UserError(`The metrics store ${shown} is not a readable SQLite database: ${errorMessage(error)}`, {
      cause: error,
      hint: 'restore it from its cache or branch, or move it away to start a new store',
    });
  }
}

/** Opens the store a command was given. */
export async function openStore(
  location: StoreLocation,
  options: { repository?: string; max?: number; mustExist?: boolean } = {},
): Promise<OpenedStore> {
  if ('store' in location) return { store: await openPostgres(location.store, '--store', options), created: false };
  return openSqlite(location.data, options.repository, { mustExist: options.mustExist ?? false });
}

/** Copies every repository, run and deployment of one store into another (idempotent upserts), for merging two copies of a store. */
export async function copyStore(from: HistoryStore, into: HistoryStore): Promise<void> {
  for (const repo of await from.repositories()) {
    await into.ensureRepository(repo.repository, repo.defaultBranch);
    let batch = [];
    for await (const run of from.runs(repo.repository)) {
      batch.push(run);
      if (batch.length >= 500) {
        await into.saveRuns(repo.repository, batch);
        batch = [];
      }
    }
    await into.saveRuns(repo.repository, batch, {
      ...(repo.cursor.runsFrom === undefined ? {} : { runsFrom: repo.cursor.runsFrom }),
      updatedAt: repo.updatedAt,
    });
    await into.saveDeployments(repo.repository, await from.deployments(repo.repository), {
      ...(repo.cursor.deploymentsFrom === undefined ? {} : { deploymentsFrom: repo.cursor.deploymentsFrom }),
    });
  }
}
