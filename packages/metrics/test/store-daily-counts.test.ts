import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateHistory } from '../../../test/services/github-api-history.js';
import { historyOf } from '../../../test/services/github-api-as-history.js';
import { startPostgres, type PostgresServer } from '../../../test/services/postgres.js';
import {
  buildReport,
  HistoryStore,
  importHistory,
  openPostgres,
  openSqlite,
  orgReportFromStore,
  reportFromStore,
  SqliteDriver,
  type History,
  type MetricsReport,
} from '../src/index.js';
import { DAILY_TABLES } from '../src/store/daily-counts.js';

// The counts per day kept at write time (schema v4): filled from the rows on migration, moved
// by exactly what a write changes, and read for a window's whole days while its partial days
// come from the rows. Every figure must stay what the JSON engine computes from the history.

jest.setTimeout(180_000);

let tmp: string;
let pg: PostgresServer;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'metrics-daily-'));
  pg = await startPostgres();
});
afterAll(async () => {
  await pg?.stop();
  await rm(tmp, { recursive: true, force: true });
});

const DAY = 86_400;
const end = Date.parse('2026-05-01T00:00:00Z') / 1000;
const history = historyOf(generateHistory({ seed: 77, end, days: 40, runsPerDay: 12, deployEvery: 3, outlierRate: 0.1 }), {
  reproducibility: true,
});

function normalise(r: MetricsReport): unknown {
  const round = (v: unknown): unknown => {
    if (typeof v === 'number') return Number.isInteger(v) ? v : Number(v.toPrecision(9));
    if (Array.isArray(v)) return v.map(round);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]));
    return v;
  };
  const copy = structuredClone(r);
  copy.regressions.sort((a, b) => a.message.localeCompare(b.message));
  for (const w of copy.workflows) {
    w.jobs.sort((a, b) => a.name.localeCompare(b.name));
    w.slowestSteps.sort((a, b) => `${a.job}/${a.step}`.localeCompare(`${b.job}/${b.step}`));
  }
  return round(copy);
}

/** Each day-count table, sorted, next to the counts its definition gives from the rows now. */
async function dailyAgainstRows(store: HistoryStore): Promise<{ stored: unknown[]; fromRows: unknown[] }> {
  const stored: unknown[] = [];
  const fromRows: unknown[] = [];
  for (const t of DAILY_TABLES) {
    const cols = [...t.keys, ...t.counters];
    const order = t.keys.join(', ');
    const norm = (rows: Record<string, unknown>[]): unknown[] =>
      rows.map((r) => cols.map((c) => (typeof r[c] === 'string' && /^-?\d+$/.test(r[c]) ? Number(r[c]) : r[c])));
    stored.push(norm(await store.driver.all(`SELECT ${cols.join(', ')} FROM ${t.table} WHERE ${t.counters[0]} <> 0 ORDER BY ${order}`)));
    fromRows.push(norm(await store.driver.all(`SELECT ${cols.join(', ')} FROM (${t.select('1 = 1')}) x ORDER BY ${order}`)));
  }
  return { stored, fromRows };
}

/** A v4 store turned back into the v3 schema it was migrated from (the day-count tables did not exist). */
async function downgradeToV3(store: HistoryStore): Promise<void> {
  for (const t of DAILY_TABLES) await store.driver.run(`DROP TABLE ${t.table}`);
  await store.driver.run('DROP INDEX steps_by_time');
  await store.driver.run('DROP INDEX outcomes_by_run');
  await store.driver.run('CREATE INDEX steps_seconds ON steps (repository, job_ok, workflow, job_name, name, seconds, run_created_at)');
  await store.driver.run('DELETE FROM schema_migrations WHERE version = 4');
}

/** The history with a third of its runs collected again and changed: step times, job and run conclusions, durations. */
function changed(h: History): History {
  const copy = structuredClone(h);
  copy.runs.forEach((r, i) => {
    if (i % 3 !== 0) return;
    r.completedAt += 45;
    // Among runs without a critical path (a successful run's path rows are kept by name).
    if (r.conclusion === 'failure') r.conclusion = 'cancelled';
    else if (r.conclusion === 'cancelled') r.conclusion = 'failure';
    const job = r.jobs[0];
    if (!job) return;
    job.conclusion = job.conclusion === 'success' ? 'failure' : 'success';
    for (const s of job.steps) s.seconds += 3;
    const other = r.jobs[1];
    if (other?.steps[0]) other.steps[0].seconds += 1;
  });
  return copy;
}

describe('day counts kept at write time', () => {
  it('a v3 store is brought to v4 on open with its day counts filled from its rows, and reports the same figures (SQLite and PostgreSQL)', async () => {
    const options = { now: end - 5 * 3600, windowDays: 30, recentDays: 7, maxMinutes: 12, environments: ['production'] };
    const want = normalise(buildReport(history, options));
    const path = join(tmp, 'v3.db');
    const sqlite = (await openSqlite(path)).store;
    await importHistory(sqlite, history);
    await downgradeToV3(sqlite);
    await sqlite.close();
    const url = await pg.database();
    const postgres = await openPostgres(url);
    await importHistory(postgres, history);
    await downgradeToV3(postgres);
    await postgres.close();
    for (const reopened of [(await openSqlite(path)).store, await openPostgres(url)]) {
      const versions = await reopened.driver.all('SELECT version FROM schema_migrations ORDER BY version');
      expect(versions.map((v) => Number(v['version']))).toEqual([1, 2, 3, 4]);
      const { stored, fromRows } = await dailyAgainstRows(reopened);
      expect((stored[0] as unknown[]).length).toBeGreaterThan(1000);
      expect(stored).toEqual(fromRows);
      expect(normalise(await reportFromStore(reopened, history.repository, options))).toEqual(want);
      await reopened.close();
    }
  });

  it('writing runs again, changed, moves the counts by the change only: nothing counted twice (SQLite and PostgreSQL)', async () => {
    const later = changed(history);
    const options = { now: end - 7_777, windowDays: 21, recentDays: 5, maxMinutes: 12, environments: ['production'] };
    const want = normalise(buildReport(later, options));
    for (const store of [await HistoryStore.open(SqliteDriver.open(':memory:'), 'memory'), await openPostgres(await pg.database())]) {
      await importHistory(store, history);
      await importHistory(store, history);
      await importHistory(store, later);
      const { stored, fromRows } = await dailyAgainstRows(store);
      expect(stored).toEqual(fromRows);
      expect(normalise(await reportFromStore(store, history.repository, options))).toEqual(want);
      const org = await orgReportFromStore(store, 'octo-org', options);
      const one = buildReport(later, options);
      expect(org.totals.runs).toBe(one.totals.runs);
      expect(org.totals.successRate).toBeCloseTo(one.totals.successRate ?? -1, 12);
      expect(org.totals.duration).toEqual(expect.objectContaining({ count: one.totals.duration.count, p50: one.totals.duration.p50 }));
      expect(org.totals.duration.p95).toBeCloseTo(one.totals.duration.p95 ?? -1, 9);
      expect(org.totals.queue.p95).toBeCloseTo(one.totals.queue.p95 ?? -1, 9);
      expect(org.totals.signatureCoverage).toBeCloseTo(one.signatures.coverage ?? -1, 12);
      await store.close();
    }
  });

  it('figures over windows that start and end part-way through a day equal the JSON engine’s', async () => {
    const store = await HistoryStore.open(SqliteDriver.open(':memory:'), 'memory');
    await importHistory(store, history);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 3 * DAY }),
        fc.integer({ min: 1, max: 45 }),
        fc.integer({ min: 0, max: 12 }),
        async (back, windowDays, recentDays) => {
          const options = { now: end - back, windowDays, recentDays, maxMinutes: 12, environments: ['production'] };
          const want = buildReport(history, options);
          expect(normalise(await reportFromStore(store, history.repository, options))).toEqual(normalise(want));
          const org = await orgReportFromStore(store, 'octo-org', options);
          expect(org.totals.runs).toBe(want.totals.runs);
          expect(org.totals.duration.count).toBe(want.totals.duration.count);
          expect(org.totals.duration.p95 ?? null).toBe(want.totals.duration.p95);
          expect(org.repositories[0]?.regressions ?? 0).toBe(want.regressions.filter((r) => r.kind !== 'budget').length);
        },
      ),
      { numRuns: 25 },
    );
    await store.close();
  });
});
