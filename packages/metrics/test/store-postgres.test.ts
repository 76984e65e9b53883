import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Octokit } from '@octokit/core';
import { Ajv } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import pg from 'pg';
import { repoRoot } from '../../../test/harness/runner.js';
import { startGitHubApi, type GitHubApiServer } from '../../../test/services/github-api.js';
import { generateHistory, type GeneratedRepo } from '../../../test/services/github-api-history.js';
import { startPostgres, type PostgresServer } from '../../../test/services/postgres.js';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { historyOf } from '../../../test/services/github-api-as-history.js';
import { collect, githubFetch, importHistory, octokitApi, openPostgres, openSqlite, reportFromStore } from '../src/index.js';

// Many collectors, one PostgreSQL: two at once lose and duplicate nothing, and a collector
// killed with SIGKILL part-way and run again leaves the same database as one clean run.

jest.setTimeout(180_000);

let pgServer: PostgresServer;
let api: GitHubApiServer;
let repo: GeneratedRepo;
beforeAll(async () => {
  pgServer = await startPostgres();
  repo = generateHistory({ seed: 77, end: Math.floor(Date.now() / 1000) - 300, days: 12, runsPerDay: 12, deployEvery: 2 });
  api = await startGitHubApi({ repo });
});
afterAll(async () => {
  await api?.close();
  await pgServer?.stop();
});

const completed = (): number[] =>
  repo.runs
    .filter((r) => r.status === 'completed')
    .map((r) => r.id)
    .sort((a, b) => a - b);

/** Every row of every history table, in key order (the collection time left out). */
async function dump(url: string): Promise<Record<string, unknown[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, unknown[]> = {};
    for (const [table, order] of [
      ['runs', 'repository, run_id'],
      ['jobs', 'repository, run_id, attempt, job_id'],
      ['steps', 'repository, run_id, job_id, idx'],
      ['critical_path', 'repository, run_id, name'],
      ['outcomes', 'repository, run_id, idx'],
      ['deployments', 'repository, deployment_id'],
      ['deployment_commits', 'repository, deployment_id, idx'],
      ['repositories', 'repository'],
    ] as const) {
      const cols = table === 'repositories' ? 'repository, default_branch, runs_from, deployments_from' : '*';
      out[table] = (await client.query(`SELECT ${cols} FROM ${table} ORDER BY ${order}`)).rows;
    }
    return out;
  } finally {
    await client.end();
  }
}

describe('PostgreSQL store with many collectors', () => {
  it('many collectors opening one empty database at once migrate it once', async () => {
    const url = await pgServer.database();
    const stores = await Promise.all(Array.from({ length: 8 }, () => openPostgres(url)));
    await Promise.all(stores.map((s) => s.close()));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query('SELECT version FROM schema_migrations ORDER BY version');
    await client.end();
    expect(rows.map((r: { version: number }) => r.version)).toEqual([1, 2, 3, 4]);
  });

  it('two collectors of one repository at once lose and duplicate nothing', async () => {
    const url = await pgServer.database();
    const one = async (): Promise<number> => {
      const store = await openPostgres(url);
      try {
        const fetch = githubFetch({ sleep: () => Promise.resolve(), now: () => Date.now() });
        const octokit = new Octokit({ auth: 'ghs_good', baseUrl: api.url, request: { fetch } });
        const r = await collect(octokitApi(octokit.request), store, {
          repository: 'octo-org/octo-repo',
          now: () => Date.now(),
          windowDays: 3,
        });
        expect(r.complete).toBe(true);
        return r.newRuns;
      } finally {
        await store.close();
      }
    };
    const [a, b] = await Promise.all([one(), one()]);
    // Both saw every run as new at some point; the store holds each once.
    expect(a + b).toBeGreaterThanOrEqual(completed().length);
    const rows = await dump(url);
    const ids = rows['runs']?.map((r) => Number((r as { run_id: number }).run_id));
    expect(ids).toEqual(completed());
    const jobs = repo.runs.filter((r) => r.status === 'completed').reduce((n, r) => n + r.jobs.length, 0);
    expect(rows['jobs']).toHaveLength(jobs);
    expect(rows['deployments']).toHaveLength(repo.deployments.length);
  });

  const cli = join(repoRoot, 'packages/cli/dist/index.js');
  interface CollectExit {
    code: number | null;
    signal: NodeJS.Signals | null;
  }
  /** Runs the bundled collector on the fake API into `store`; with `killAfter`, SIGKILLs it after that many API requests. */
  const runCollector = (store: string[], killAfter?: number): Promise<CollectExit> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [cli, 'metrics', 'collect', '--repo', 'octo-org/octo-repo', ...store, '--api-url', api.url], {
        env: { ...process.env, GITHUB_TOKEN: 'ghs_good' },
        stdio: 'ignore',
      });
      const start = api.requests.length;
      const timer = killAfter
        ? setInterval(() => {
            if (api.requests.length - start >= killAfter) child.kill('SIGKILL');
          }, 5)
        : undefined;
      child.on('exit', (code, signal) => {
        clearInterval(timer);
        resolve({ code, signal });
      });
    });
  it('a collector killed with SIGKILL mid-window and run again gives the same database as one clean run', async () => {
    const run = (url: string, killAfter?: number): Promise<CollectExit> => runCollector(['--store', url], killAfter);
    const clean = await pgServer.database();
    expect((await run(clean)).code).toBe(0);
    const killed = await pgServer.database();
    const first = await run(killed, 200);
    expect(first.signal).toBe('SIGKILL');
    const partial = await dump(killed);
    expect(partial['runs']?.length).toBeLessThan(completed().length);
    expect((await run(killed)).code).toBe(0);
    // Equal rows everywhere; the cursors are the time each collection ended, so each must only
    // have reached past every run stored.
    const [got, want] = [await dump(killed), await dump(clean)];
    const cursors = (d: Record<string, unknown[]>): { runs_from: string; deployments_from: string } =>
      d['repositories']?.[0] as { runs_from: string; deployments_from: string };
    const newest = Math.max(...repo.runs.filter((r) => r.status === 'completed').map((r) => r.createdAt));
    for (const d of [got, want]) {
      expect(Number(cursors(d).runs_from)).toBeGreaterThan(newest);
      d['repositories'] = d['repositories']?.map((r) => ({ ...(r as object), runs_from: 'set', deployments_from: 'set' })) ?? [];
    }
    expect(got).toEqual(want);
  });

  it('a collector into embedded SQLite killed with SIGKILL leaves no temporary file, and the next run completes the store', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'metrics-kill-'));
    try {
      const data = join(dir, 'history.db');
      const collectOnce = async (killAfter?: number): Promise<NodeJS.Signals | null> =>
        (await runCollector(['--data', data], killAfter)).signal;
      expect(await collectOnce(250)).toBe('SIGKILL');
      // Only the store and SQLite's own journal (recovered on the next open): no temporary or empty file.
      expect((await readdir(dir)).filter((n) => !/^history\.db(-wal|-shm)?$/.test(n))).toEqual([]);
      expect(await collectOnce()).toBe(null);
      const { store } = await openSqlite(data);
      const ids: number[] = [];
      for await (const r of store.runs('octo-org/octo-repo')) ids.push(r.id);
      await store.close();
      expect(ids).toEqual(completed());
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('ships a provisioning-ready Grafana dashboard whose every panel query runs on the store and matches the report', async () => {
    const dashboard = JSON.parse(await readFile(join(repoRoot, 'actions/ci-metrics/grafana/ci-metrics-dashboard.json'), 'utf8')) as {
      uid: string;
      schemaVersion: number;
      templating: { list: { name: string; type: string }[] };
      panels: { id: number; title: string; type: string; datasource: { type: string }; targets: { rawSql: string; format: string }[] }[];
    };
    // Valid against Grafana's dashboard schema (a copy from grafana-foundation-sdk, see SOURCE.md).
    const schema = JSON.parse(await readFile(join(repoRoot, 'test/fixtures/metrics/grafana/dashboard.jsonschema.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    (addFormatsPlugin as unknown as (a: Ajv) => Ajv)(ajv);
    const validate = ajv.compile(schema);
    expect([validate(dashboard), validate.errors ?? []]).toEqual([true, []]);
    // The schema is strict enough to refuse what Grafana would not load.
    expect(validate({ ...dashboard, panels: [{ ...dashboard.panels[0], gridPos: { x: 30, y: 0, w: 4, h: 4 } }] })).toBe(false);
    expect(validate({ ...dashboard, annotations: undefined })).toBe(false);
    expect(dashboard.uid).toBe('slipway-ci-metrics');
    expect(dashboard.templating.list.map((v) => v.name)).toEqual(['datasource', 'repository']);
    expect(new Set(dashboard.panels.map((p) => p.id)).size).toBe(dashboard.panels.length);
    const url = await pgServer.database();
    const store = await openPostgres(url);
    const end = Math.floor(Date.parse('2026-10-01T00:00:00Z') / 1000);
    const history = historyOf(generateHistory({ seed: 88, end, days: 20, runsPerDay: 10, deployEvery: 2 }), { reproducibility: true });
    await importHistory(store, history);
    const report = await reportFromStore(store, history.repository, { now: end, windowDays: 30 });
    await store.close();
    // Grafana's macros and the repository variable, expanded as Grafana expands them.
    const expand = (sql: string): string =>
      sql
        .replace(/\$__unixEpochFrom\(\)/g, String(end - 30 * 86_400))
        .replace(/\$__unixEpochTo\(\)/g, String(end))
        .replace(/\$repository/g, `'${history.repository}'`);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const first = async (title: string): Promise<number> => {
        const panel = dashboard.panels.find((p) => p.title === title);
        const rows = (await client.query(expand(panel?.targets[0]?.rawSql ?? ''))).rows as Record<string, unknown>[];
        return Number(Object.values(rows[0] ?? {})[0]);
      };
      for (const panel of dashboard.panels) {
        expect(panel.datasource.type).toBe('grafana-postgresql-datasource');
        for (const t of panel.targets) {
          const rows = (await client.query(expand(t.rawSql))).rows;
          expect([panel.title, rows.length > 0]).toEqual([panel.title, true]);
        }
      }
      expect(await first('Runs')).toBe(report.totals.runs);
      expect(await first('Duration p50')).toBeCloseTo(report.totals.duration.p50 ?? -1, 6);
      expect(await first('Duration p95')).toBeCloseTo(report.totals.duration.p95 ?? -1, 6);
      expect(await first('Success rate')).toBeCloseTo(report.totals.successRate ?? -1, 9);
      expect(await first('Signature coverage')).toBeCloseTo(report.signatures.coverage ?? -1, 9);
      expect(await first('Scan pass rate')).toBeCloseTo(report.scans.passRate ?? -1, 9);
      expect(await first('Reproducible builds')).toBeCloseTo(report.reproducibility.rate ?? -1, 9);
    } finally {
      await client.end();
    }
  });
});
