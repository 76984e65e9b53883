import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubApi, type GitHubApiServer } from '../../../test/services/github-api.js';
import { expectedFigures } from '../../../test/services/github-api-expected.js';
import { generateHistory, type GeneratedRepo } from '../../../test/services/github-api-history.js';
import { openSqlite, serializeHistory } from '@slipway/metrics';
import { historyOf } from '../../../test/services/github-api-as-history.js';
import { lstat, readlink, symlink } from 'node:fs/promises';
import { EXIT, main } from '../src/index.js';
import { captureIO } from './cli-io.js';

jest.setTimeout(60_000);

let tmp: string;
let repo: GeneratedRepo;
let server: GitHubApiServer;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'slipway-metrics-cli-'));
  repo = generateHistory({ seed: 99, end: Math.floor(Date.now() / 1000) - 300, days: 12, runsPerDay: 12, deployEvery: 2 });
  server = await startGitHubApi({
    repo,
    tokens: { ghs_good: { actions: true, deployments: true, contents: true }, ghs_runs_only: { actions: true, contents: true } },
  });
});

afterAll(async () => {
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
});

const cli = async (args: string[], token: string | null = 'ghs_good'): Promise<{ code: number; out: string; err: string }> => {
  const io = captureIO(tmp, token === null ? {} : { GITHUB_TOKEN: token });
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
};
const collectArgs = (data: string): string[] => [
  'metrics',
  'collect',
  '--repo',
  'octo-org/octo-repo',
  '--data',
  data,
  '--api-url',
  server.url,
];

describe('slipway metrics', () => {
  it('collects a repository into a history file, then only what is new', async () => {
    const first = await cli(collectArgs('history.json'));
    expect(first.err).not.toMatch(/slipway: (?!warning)/);
    expect(first.code).toBe(EXIT.ok);
    const completed = repo.runs.filter((r) => r.status === 'completed').length;
    expect(first.out).toContain(`Collected ${completed} new runs and ${repo.deployments.length} deployments of octo-org/octo-repo`);
    const again = await cli(collectArgs('history.json'));
    expect(again.code).toBe(EXIT.ok);
    expect(again.out).toContain('Collected 0 new runs and 0 deployments');
    expect(again.out).toContain(`holds ${completed} runs`);
  });

  it('reports figures equal to those computed from the generated history, as HTML, markdown and JSON', async () => {
    const r = await cli([
      'metrics',
      'report',
      '--data',
      'history.json',
      '--html',
      'out/index.html',
      '--markdown',
      'out/summary.md',
      '--json',
      'out/report.json',
    ]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/octo-org\/octo-repo: \d+ runs in the last 30 days/);
    const report = JSON.parse(await readFile(join(tmp, 'out/report.json'), 'utf8')) as {
      window: { from: string; to: string };
      totals: { duration: { p50: number; p95: number } };
      dora: { deployments: number; leadTime: { p50: number }; changeFailureRate: number | null };
    };
    const want = expectedFigures(repo, Date.parse(report.window.from) / 1000, Date.parse(report.window.to) / 1000);
    expect(report.totals.duration.p50).toBeCloseTo(want.p50 ?? -1, 6);
    expect(report.totals.duration.p95).toBeCloseTo(want.p95 ?? -1, 6);
    expect(report.dora.deployments).toBe(want.dora.deployments);
    expect(report.dora.leadTime.p50).toBeCloseTo(want.dora.leadP50 ?? -1, 6);
    expect(report.dora.changeFailureRate ?? -1).toBeCloseTo(want.dora.cfr ?? -1, 9);
    const html = await readFile(join(tmp, 'out/index.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg class="chart"');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    expect(await readFile(join(tmp, 'out/summary.md'), 'utf8')).toContain('xychart-beta');
  });

  it('prints the markdown summary when no output is named, and JSON on stdout with --json -', async () => {
    const md = await cli(['metrics', 'report', '--data', 'history.json']);
    expect(md.code).toBe(EXIT.ok);
    expect(md.out).toContain('## CI metrics: octo-org/octo-repo');
    const json = await cli(['metrics', 'report', '--data', 'history.json', '--json', '-']);
    expect((JSON.parse(json.out) as { repository: string }).repository).toBe('octo-org/octo-repo');
  });

  it('keeps the runs it got when deployments may not be read, and exits 2 naming the permission', async () => {
    const r = await cli(collectArgs('partial.json'), 'ghs_runs_only');
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('may not read the deployments of octo-org/octo-repo');
    expect(r.err).toContain('deployments: read');
    const { store } = await openSqlite(join(tmp, 'partial.json'));
    expect((await store.counts()).runs).toBe(repo.runs.filter((x) => x.status === 'completed').length);
    await store.close();
  });

  it.each([
    ['no --repo', ['metrics', 'collect', '--data', 'x.json'], 'ghs_good', /--repo OWNER\/NAME or --org ORG is required/],
    ['a bad --repo', ['metrics', 'collect', '--repo', 'just-a-name', '--data', 'x.json'], 'ghs_good', /--repo must be OWNER\/NAME/],
    [
      'a bad --since',
      ['metrics', 'collect', '--repo', 'a/b', '--data', 'x.json', '--since', 'yesterday-ish'],
      'ghs_good',
      /--since: 'yesterday-ish' is not a valid date/,
    ],
    ['no GITHUB_TOKEN', ['metrics', 'collect', '--repo', 'a/b', '--data', 'x.json'], null, /GITHUB_TOKEN is not set/],
    ['a report of a missing store', ['metrics', 'report', '--data', 'missing.db'], 'ghs_good', /missing\.db does not exist/],
    [
      'a --since in the future',
      ['metrics', 'collect', '--repo', 'a/b', '--data', 'x.db', '--since', '2999-01-01'],
      'ghs_good',
      /--since: 2999-01-01T00:00:00\.000Z is in the future/,
    ],
    ['a --now in the future', ['metrics', 'report', '--data', 'x.db', '--now', '2999-01-01'], 'ghs_good', /--now: .* is in the future/],
    [
      'an --api-url that is no URL',
      ['metrics', 'collect', '--repo', 'a/b', '--data', 'x.db', '--api-url', 'localhost:3000'],
      'ghs_good',
      /--api-url: 'localhost:3000' must use http or https|is not a URL/,
    ],
    [
      'both --data and --store',
      ['metrics', 'report', '--data', 'x.db', '--store', 'postgres://h/db'],
      'ghs_good',
      /either --data FILE or --store URL/,
    ],
    ['an export without --format', ['metrics', 'export', '--data', 'x.db'], 'ghs_good', /--format openmetrics is required/],
  ])('exits 2 on %s', async (_name, args, token, pattern) => {
    const r = await cli(args, token);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(pattern);
  });

  it('exits 2 on a rejected token and on an unknown repository, writing nothing', async () => {
    const bad = await cli(collectArgs('never.json'), 'ghs_wrong');
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toContain('GitHub rejected the token');
    const missing = await cli(['metrics', 'collect', '--repo', 'octo-org/nope', '--data', 'never.json', '--api-url', server.url]);
    expect(missing.code).toBe(EXIT.usage);
    expect(missing.err).toContain('GitHub answered 404 Not Found for the repository octo-org/nope');
    await expect(stat(join(tmp, 'never.json'))).rejects.toThrow();
  });

  it('never overwrites a corrupt history that has no good copy', async () => {
    await writeFile(join(tmp, 'corrupt.json'), '{"version": 1, "runs": [ {"id": 1');
    const r = await cli(collectArgs('corrupt.json'));
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/corrupt\.json is corrupt and there is no good previous copy: .*not valid JSON/);
    expect(await readFile(join(tmp, 'corrupt.json'), 'utf8')).toBe('{"version": 1, "runs": [ {"id": 1');
  });

  it('refuses an output that is the history, and changes nothing', async () => {
    const before = await readFile(join(tmp, 'history.json'));
    const r = await cli(['metrics', 'report', '--data', 'history.json', '--json', 'history.json']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toMatch(/--json .*history\.json is the same file as the input --data/);
    expect((await readFile(join(tmp, 'history.json'))).equals(before)).toBe(true);
    // Two outputs on one file: refused before anything is written.
    const two = await cli(['metrics', 'report', '--data', 'history.json', '--html', 'same.out', '--json', 'same.out']);
    expect(two.code).toBe(EXIT.usage);
    await expect(stat(join(tmp, 'same.out'))).rejects.toThrow();
  });

  it('reports the window it is given, as of --now, keeping totals.runs and totals.duration', async () => {
    const now = new Date((repo.runs[repo.runs.length - 1]?.createdAt ?? 0) * 1000 + 60_000).toISOString();
    const r = await cli([
      'metrics',
      'report',
      '--data',
      'history.json',
      '--window-days',
      '5',
      '--recent-days',
      '2',
      '--max-minutes',
      '30',
      '--now',
      now,
      '--json',
      '-',
    ]);
    expect(r.code).toBe(EXIT.ok);
    const report = JSON.parse(r.out) as {
      window: { days: number; from: string; to: string };
      budgetMinutes: number;
      totals: { runs: number; duration: { p50: number; p95: number } };
    };
    expect(report.window.days).toBe(5);
    expect(report.budgetMinutes).toBe(30);
    const want = expectedFigures(repo, Date.parse(report.window.from) / 1000, Date.parse(report.window.to) / 1000);
    expect(report.totals.runs).toBe(want.runs);
    expect(report.totals.duration.p50).toBeCloseTo(want.p50 ?? -1, 6);
    expect(report.totals.duration.p95).toBeCloseTo(want.p95 ?? -1, 6);
    // A window before every run: no runs, rather than the last 30 days.
    const old = await cli(['metrics', 'report', '--data', 'history.json', '--now', '2020-01-01', '--json', '-']);
    expect((JSON.parse(old.out) as { totals: { runs: number } }).totals.runs).toBe(0);
  });

  it('exports OpenMetrics on stdout ending with # EOF, and to --out', async () => {
    const now = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    const r = await cli(['metrics', 'export', '--format', 'openmetrics', '--data', 'history.json', '--now', now]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out.endsWith('# EOF\n')).toBe(true);
    expect(r.out).toMatch(/^slipway_ci_run_duration_p95_seconds\{repository="octo-org\/octo-repo"\} [\d.]+ \d+(\.\d+)?$/m);
    const out = await cli(['metrics', 'export', '--format', 'openmetrics', '--data', 'history.json', '--now', now, '--out', 'metrics.om']);
    expect(out.code).toBe(EXIT.ok);
    expect(await readFile(join(tmp, 'metrics.om'), 'utf8')).toBe(r.out);
  });

  it('migrates a JSON history (checked by counts) and keeps a symlinked --data a link', async () => {
    const history = historyOf(repo);
    await writeFile(join(tmp, 'old.json'), serializeHistory(history));
    const m = await cli(['metrics', 'migrate', '--from', 'old.json', '--data', 'migrated.db']);
    expect(m.code).toBe(EXIT.ok);
    expect(m.out).toContain(`runs ${history.runs.length}`);
    await writeFile(join(tmp, 'real.json'), serializeHistory(history));
    await symlink(join(tmp, 'real.json'), join(tmp, 'link.json'));
    const r = await cli(['metrics', 'report', '--data', 'link.json', '--json', '-']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toMatch(/link\.json was a JSON history; it is now an SQLite store holding \d+ runs/);
    expect((await lstat(join(tmp, 'link.json'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(tmp, 'link.json'))).toBe(join(tmp, 'real.json'));
    expect((await readFile(join(tmp, 'real.json'))).subarray(0, 15).toString()).toBe('SQLite format 3');
  });
});

describe('slipway metrics for an organisation', () => {
  it('collects every repository of --org with bounded concurrency, resumes per repository, and reports the organisation', async () => {
    const end = Math.floor(Date.now() / 1000) - 300;
    const repos = ['api', 'web', 'docs'].map((name, i) =>
      generateHistory({ seed: 200 + i, end, days: 6, runsPerDay: 6, name, deployEvery: 3 }),
    );
    const org = await startGitHubApi({ repos });
    try {
      const args = ['metrics', 'collect', '--org', 'octo-org', '--data', 'org.db', '--parallel', '2', '--api-url', org.url];
      const first = await cli(args);
      expect(first.err).not.toMatch(/slipway: (?!warning)/);
      expect(first.code).toBe(EXIT.ok);
      expect(first.out).toContain('3 of 3 repositories collected completely');
      for (const r of repos) {
        const n = r.runs.filter((x) => x.status === 'completed').length;
        expect(first.out).toContain(`Collected ${n} new runs and ${r.deployments.length} deployments of octo-org/${r.name}`);
      }
      // Each repository resumes from its own cursor: nothing new the second time.
      const again = await cli(args);
      expect(again.out.match(/Collected 0 new runs and 0 deployments/g)).toHaveLength(3);
      const report = await cli(['metrics', 'report', '--org', 'octo-org', '--data', 'org.db', '--html', 'org.html', '--json', 'org.json']);
      expect(report.code).toBe(EXIT.ok);
      expect(report.out).toMatch(/^octo-org: 3 repositories, \d+ runs in the last 30 days/);
      const json = JSON.parse(await readFile(join(tmp, 'org.json'), 'utf8')) as {
        totals: { runs: number; duration: { p50: number; p95: number } };
        slowest: { repository: string; duration: { p95: number } }[];
      };
      expect(json.totals.runs).toBe(repos.reduce((n, r) => n + r.runs.filter((x) => x.status === 'completed').length, 0));
      expect(json.slowest.map((r) => r.duration.p95)).toEqual([...json.slowest.map((r) => r.duration.p95)].sort((a, b) => b - a));
      expect(await readFile(join(tmp, 'org.html'), 'utf8')).toContain('<h2>Slowest</h2>');
      // One repository's page from the same store.
      const page = await cli(['metrics', 'report', '--data', 'org.db', '--repo', 'octo-org/web', '--json', '-']);
      expect((JSON.parse(page.out) as { repository: string }).repository).toBe('octo-org/web');
      const none = await cli(['metrics', 'report', '--data', 'org.db']);
      expect(none.code).toBe(EXIT.usage);
      expect(none.err).toMatch(/holds 3 repositories; name one with --repo, or use --org/);
    } finally {
      await org.close();
    }
  });
});
