/**
 * The little SQL both embedded SQLite and PostgreSQL need from a connection: queries written
 * with `?` placeholders, a streamed read, and a transaction. The history store and the figures
 * speak only to this, so one set of statements serves both databases.
 */

/** A row as the database returns it. */
export type Row = Record<string, unknown>;
/** A bound parameter. */
export type Param = string | number | null;

export interface SqlDriver {
  readonly dialect: 'sqlite' | 'postgres';
  /** All rows of a query. */
  all<T extends Row = Row>(sql: string, params?: readonly Param[]): Promise<T[]>;
  /** The rows of a query in batches, so a long result never sits in memory whole. */
  iterate<T extends Row = Row>(sql: string, params?: readonly Param[]): AsyncIterable<T>;
  /** A statement without rows. */
  run(sql: string, params?: readonly Param[]): Promise<void>;
  /** Runs `fn` in one transaction: all of it is committed, or none. */
  transaction<T>(fn: (tx: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `percentile_cont` in each dialect: linear interpolation between the closest ranks, as core's `percentile`. */
export function pct(driver: SqlDriver, expr: string, p: number): string {
  return driver.dialect === 'postgres' ? `percentile_cont(${p}) WITHIN GROUP (ORDER BY ${expr})` : `percentile_cont(${expr}, ${p})`;
}

/** Variables per statement kept well under both databases' limits (SQLite 32766, PostgreSQL 65535). */
const MAX_PARAMS = 30_000;

/** What an upsert does with a row whose key exists. */
export interface Conflict {
  keys: readonly string[];
  /** Columns replaced from the new row (default every non-key column). */
  update?: readonly string[];
  /** Counter columns: the new row's value is added to the stored one (`n = table.n + excluded.n`). */
  add?: readonly string[];
  /** Replace only where this holds (`excluded.attempt >= runs.attempt`). */
  where?: string;
  /** PostgreSQL column types (`bigint`, `double precision`, `integer`, `text`), for the array insert. */
  types?: Readonly<Record<string, string>>;
}

/**
 * Inserts rows in multi-row statements; with `conflict`, an existing key is updated instead
 * (an idempotent upsert). Rows are sorted by key and de-duplicated first, so concurrent writers
 * lock rows in one order and a statement never touches one row twice.
 */
export async function upsertRows(
  driver: SqlDriver,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly Param[])[],
  conflict: Conflict,
): Promise<void> {
  if (rows.length === 0) return;
  const keyIndex = conflict.keys.map((k) => columns.indexOf(k));
  const keyOf = (r: readonly Param[]): string => JSON.stringify(keyIndex.map((i) => r[i]));
  const unique = new Map<string, readonly Param[]>();
  for (const r of rows) unique.set(keyOf(r), r);
  const sorted = [...unique.values()].sort((a, b) => {
    for (const i of keyIndex) {
      const x = a[i] as Param;
      const y = b[i] as Param;
      if (x === y) continue;
      if (x === null) return -1;
      if (y === null) return 1;
      return x < y ? -1 : 1;
    }
    return 0;
  });
  const add = conflict.add ?? [];
  const update = conflict.update ?? columns.filter((c) => !conflict.keys.includes(c) && !add.includes(c));
  const sets = [...update.map((c) => `${c} = excluded.${c}`), ...add.map((c) => `${c} = ${table}.${c} + excluded.${c}`)];
  const onConflict =
    sets.length === 0
      ? `ON CONFLICT (${conflict.keys.join(', ')}) DO NOTHING`
      : `ON CONFLICT (${conflict.keys.join(', ')}) DO UPDATE SET ${sets.join(', ')}${conflict.where ? ` WHERE ${conflict.where}` : ''}`;
  if (driver.dialect === 'postgres' && conflict.types) {
    // One array per column through unnest: one short statement however many rows, which
    // PostgreSQL parses and plans once (multi-row VALUES costs far more per row).
    const types = conflict.types;
    const arrays = columns.map((_, i) => sorted.map((r) => r[i] ?? null));
    for (let at = 0; at < sorted.length; at += 5000) {
      await driver.run(
        `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${columns.map((c) => `?::${types[c] ?? 'text'}[]`).join(', ')}) ${onConflict}`,
        arrays.map((a) => a.slice(at, at + 5000)) as unknown as Param[],
      );
    }
    return;
  }
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let at = 0; at < sorted.length; at += perStatement) {
    const chunk = sorted.slice(at, at + perStatement);
    await driver.run(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')} ${onConflict}`,
      chunk.flat(),
    );
  }
}

/** `?` placeholders to PostgreSQL's `$1, $2, ...` (the statements here hold no `?` in literals). */
export function numberedPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Ids in groups small enough for one `IN (...)` list of both engines, each with its placeholders. */
export function* inLists<T>(ids: readonly T[], size = 500): Generator<{ ids: T[]; marks: string }> {
  for (let i = 0; i < ids.length; i += size) {
    const chunk = ids.slice(i, i + size);
    yield { ids: chunk, marks: chunk.map(() => '?').join(', ') };
  }
}
