import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
  orgDashboardHtml,
  orgReportFromStore,
  openSqlite,
  reportFromStore,
  serializeHistory,
  SqliteDriver,
  type MetricsReport,
  type RunRecord,
} from '../src/index.js';

// The store against the in-memory engine: a history moved into SQLite or PostgreSQL must give
// the same figures as buildReport over the JSON file, percentiles computed by the database.

jest.setTimeout(120_000);

let tmp: string;
let pg: PostgresServer;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'metrics-store-'));
  pg = await startPostgres();
});
afterAll(async () => {
  await pg?.stop();
  await rm(tmp, { recursive: true, force: true });
});

const end = Date.parse('2026-05-01T00:00:00Z') / 1000;
const repo = generateHistory({ seed: 41, end, days: 45, runsPerDay: 14, deployEvery: 2, outlierRate: 0.1 });
const history = historyOf(repo, { reproducibility: true });
const options = { now: end, windowDays: 30, recentDays: 7, maxMinutes: 12, environments: ['production'] };

/** Equal figures: numbers to 9 significant digits, lists in a stable order. */
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

describe('the history store', () => {
  it('migrates a JSON history in place into SQLite with equal figures, keeping the JSON and a symlink', async () => {
    const json = join(tmp, 'history.json');
    await writeFile(json, serializeHistory(history));
    const want = buildReport(history, options);
    expect(want.totals.runs).toBeGreaterThan(300);
    expect(want.reproducibility.total).toBeGreaterThan(50);
    expect(want.regressions.length).toBeGreaterThan(0);
    const opened = await openSqlite(json, history.repository);
    expect(opened.migrated?.counts.runs).toBe(history.runs.length);
    const got = await reportFromStore(opened.store, history.repository, options);
    await opened.store.close();
    expect(normalise(got)).toEqual(normalise(want));
    // The file is an SQLite store now; the JSON is kept beside it.
    expect((await readFile(json)).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(JSON.parse(await readFile(`${json}.json-history`, 'utf8'))).toMatchObject({ repository: history.repository });
  });

  it('gives PostgreSQL the same figures as SQLite and the JSON engine, and upserts idempotently', async () => {
    const store = await openPostgres(await pg.database());
    await importHistory(store, history);
    await importHistory(store, history);
    const counts = await store.counts();
    expect(counts.runs).toBe(history.runs.length);
    expect(counts.jobs).toBe(history.runs.reduce((n, r) => n + r.jobs.length, 0));
    const got = await reportFromStore(store, history.repository, options);
    expect(normalise(got)).toEqual(normalise(buildReport(history, options)));
    // Streaming the runs back gives the history's runs.
    const back: RunRecord[] = [];
    for await (const r of store.runs(history.repository)) back.push(r);
    expect(back.map((r) => r.id)).toEqual(history.runs.map((r) => r.id).sort((a, b) => a - b));
    expect(back.find((r) => r.id === history.runs[5]?.id)?.jobs.length).toBe(history.runs[5]?.jobs.length);
    await store.close();
  });

  it('keeps a later attempt of a run and never turns a finished deployment back to pending', async () => {
    const store = await HistoryStore.open(SqliteDriver.open(':memory:'), 'memory');
    await store.ensureRepository('o/r', 'main');
    const run = history.runs[0] as RunRecord;
    await store.saveRuns('o/r', [{ ...run, attempt: 2, conclusion: 'success' }]);
    await store.saveRuns('o/r', [{ ...run, attempt: 1, conclusion: 'failure' }]);
    const [kept] = await store.driver.all('SELECT attempt, conclusion FROM runs');
    expect(kept).toMatchObject({ attempt: 2, conclusion: 'success' });
    const d = { ...(history.deployments[0] as (typeof history.deployments)[number]), state: 'success' as const, finishedAt: 5 };
    await store.saveDeployments('o/r', [d]);
    await store.saveDeployments('o/r', [{ ...d, state: 'pending' }]);
    expect((await store.deployments('o/r'))[0]?.state).toBe('success');
    await store.close();
  });

  it.each(['sqlite', 'postgres'])(
    'replaces the critical path of a run written again, on %s; an older attempt leaves it',
    async (engine) => {
      const store =
        engine === 'sqlite' ? await HistoryStore.open(SqliteDriver.open(':memory:'), 'memory') : await openPostgres(await pg.database());
      await store.ensureRepository('o/r', 'main');
      const run = history.runs.find((r) => r.conclusion === 'success' && r.jobs.length > 1) as RunRecord;
      const names = async (): Promise<string[]> =>
        (await store.driver.all('SELECT name FROM critical_path WHERE run_id = ? ORDER BY name', [run.id])).map((r) => String(r['name']));
      await store.saveRuns('o/r', [{ ...run, attempt: 1 }]);
      const first = await names();
      expect(first.length).toBeGreaterThan(0);
      // Attempt 2 keeps one job of the path only: the others leave it.
      const [onlyJob] = first;
      const second = { ...run, attempt: 2, jobs: run.jobs.filter((j) => j.name === onlyJob).map((j) => ({ ...j, attempt: 2 })) };
      await store.saveRuns('o/r', [second]);
      expect(await names()).toEqual([onlyJob]);
      // Attempt 3 failed: no critical path at all.
      await store.saveRuns('o/r', [{ ...second, attempt: 3, conclusion: 'failure', jobs: second.jobs.map((j) => ({ ...j, attempt: 3 })) }]);
      expect(await names()).toEqual([]);
      // Attempt 1 written late changes neither the run nor its path.
      await store.saveRuns('o/r', [{ ...run, attempt: 1 }]);
      expect(await names()).toEqual([]);
      expect((await store.driver.all('SELECT attempt FROM runs WHERE run_id = ?', [run.id]))[0]).toMatchObject({ attempt: 3 });
      await store.close();
    },
  );

  it('moves a cursor forward only, in the transaction of the rows', async () => {
    const store = await HistoryStore.open(SqliteDriver.open(':memory:'), 'memory');
    await store.ensureRepository('o/r', 'main');
    await store.saveRuns('o/r', [], { runsFrom: 500 });
    await store.saveRuns('o/r', [], { runsFrom: 100 });
    expect((await store.repository('o/r'))?.cursor.runsFrom).toBe(500);
    // A batch that fails part-way leaves neither rows nor cursor.
    const bad = {
      ...(history.runs[0] as RunRecord),
      jobs: [{ ...(history.runs[0]?.jobs[0] as RunRecord['jobs'][number]), name: null as unknown as string }],
    };
    await expect(store.saveRuns('o/r', [bad], { runsFrom: 900 })).rejects.toThrow();
    expect((await store.repository('o/r'))?.cursor.runsFrom).toBe(500);
    expect((await store.counts()).runs).toBe(0);
    await store.close();
  });

  it('refuses a store of a newer schema and a file that is neither a store nor a history', async () => {
    const path = join(tmp, 'newer.db');
    const s = (await openSqlite(path)).store;
    await s.driver.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 0)");
    await s.close();
    await expect(openSqlite(path)).rejects.toThrow(/schema version 99; this release knows up to 4/);
    await writeFile(join(tmp, 'notes.txt'), 'hello');
    await expect(openSqlite(join(tmp, 'notes.txt'))).rejects.toThrow(/neither an SQLite metrics store nor a JSON history/);
    await expect(openPostgres('mysql://x')).rejects.toThrow(/must use postgres or postgresql/);
    await expect(openPostgres('postgres://nobody@127.0.0.1:1/x')).rejects.toThrow(
      /Cannot use the metrics store postgres:\/\/nobody@127\.0\.0\.1:1\/x: .*ECONNREFUSED/,
    );
  });

  it('reports an organisation with the slowest and the most-regressed repositories first', async () => {
    const store = await HistoryStore.open(SqliteDriver.open(':memory:'), 'memory');
    const make = (name: string, seed: number): typeof history =>
      historyOf(generateHistory({ seed, end, days: 40, runsPerDay: 8, name, outlierRate: 0 }));
    const steady = make('steady', 1);
    const slow = make('slow', 2);
    const regressed = make('regressed', 3);
    // slow: every run takes twice as long; regressed: the last 7 days take 60% longer.
    const stretch = (h: typeof history, factor: number, from = -Infinity): void => {
      for (const r of h.runs) if (r.createdAt >= from) r.completedAt = r.startedAt + (r.completedAt - r.startedAt) * factor;
    };
    stretch(slow, 2);
    stretch(regressed, 1.6, end - 7 * 86_400);
    for (const h of [steady, slow, regressed]) await importHistory(store, h);
    await importHistory(store, { ...make('elsewhere', 4), repository: 'other-org/elsewhere' });
    const org = await orgReportFromStore(store, 'octo-org', { now: end });
    expect(org.totals.repositories).toBe(3);
    const inWindow = (h: typeof history): number => h.runs.filter((r) => r.createdAt >= end - 30 * 86_400 && r.createdAt <= end).length;
    expect(org.totals.runs).toBe(inWindow(steady) + inWindow(slow) + inWindow(regressed));
    expect(org.slowest[0]?.repository).toBe('octo-org/slow');
    expect(org.mostRegressed[0]?.repository).toBe('octo-org/regressed');
    expect(org.mostRegressed[0]?.rise).toBeGreaterThan(40);
    expect(org.repositories[0]?.repository).toBe('octo-org/regressed');
    // Each repository's line is its own report's figures.
    const one = await reportFromStore(store, 'octo-org/slow', { now: end });
    expect(org.slowest[0]?.duration.p95).toBeCloseTo(one.totals.duration.p95 ?? -1, 9);
    const html = orgDashboardHtml(org, { repositoryHref: (r) => `${r.replace('/', '-')}.html` });
    expect(html).toContain('<title>CI metrics: octo-org</title>');
    expect(html.indexOf('Most regressed')).toBeLessThan(html.indexOf('octo-org/regressed'));
    expect(html).toContain('<a href="octo-org-slow.html">octo-org/slow</a>');
    expect(html).not.toContain('other-org');
    await store.close();
  });
});
