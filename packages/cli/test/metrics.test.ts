import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubApi, type GitHubApiServer } from '../../../test/services/github-api.js';
import { expectedFigures } from '../../../test/services/github-api-expected.js';
import { generateHistory, type GeneratedRepo } from '../../../test/services/github-api-history.js';
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
    const saved = JSON.parse(await readFile(join(tmp, 'partial.json'), 'utf8')) as { runs: unknown[] };
    expect(saved.runs.length).toBe(repo.runs.filter((x) => x.status === 'completed').length);
  });

  it.each([
    ['no --repo', ['metrics', 'collect', '--data', 'x.json'], 'ghs_good', /--repo is required/],
    ['a bad --repo', ['metrics', 'collect', '--repo', 'just-a-name', '--data', 'x.json'], 'ghs_good', /--repo must be OWNER\/NAME/],
    [
      'a bad --since',
      ['metrics', 'collect', '--repo', 'a/b', '--data', 'x.json', '--since', 'yesterday-ish'],
      'ghs_good',
      /--since must be a date/,
    ],
    ['no GITHUB_TOKEN', ['metrics', 'collect', '--repo', 'a/b', '--data', 'x.json'], null, /GITHUB_TOKEN is not set/],
    ['a report of a missing file', ['metrics', 'report', '--data', 'missing.json'], 'ghs_good', /missing\.json does not exist/],
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
});
