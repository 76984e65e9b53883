import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { openSqlite, serializeHistory } from '@slipway/metrics';
import { runStep, type StepResult } from '../harness/index.js';
import { historyOf } from '../services/github-api-as-history.js';
import { startGitHubApi, type GitHubApiServer } from '../services/github-api.js';
import { expectedFigures, generatedDuration } from '../services/github-api-expected.js';
import { generateHistory, type GeneratedRepo } from '../services/github-api-history.js';

// The bundled action against the local GitHub API server, as the runner runs it: collection
// into a data branch of a real git remote, figures checked against values computed from the
// generated history, resumption after an outage, corrupt history, and bad tokens and names.

// execFile, not core's spawnCapture: a git that exits before reading stdin must not EPIPE the test.
const git = (cwd: string, ...args: string[]): Promise<string> =>
  new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`git ${args.join(' ')}: ${stderr}`)) : resolve(stdout),
    );
  });
const gitBytes = (cwd: string, ...args: string[]): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'buffer' }, (error, stdout, stderr) =>
      error ? reject(new Error(`git ${args.join(' ')}: ${stderr.toString()}`)) : resolve(stdout),
    );
  });

/** The run ids of the SQLite store at `ref:path` in the remote. */
async function storedRunIds(ref: string): Promise<number[]> {
  const file = join(tmp, `stored-${Math.random().toString(36).slice(2)}.db`);
  await writeFile(file, await gitBytes(remote, 'show', `${ref}:ci-metrics/history.db`));
  const { store } = await openSqlite(file);
  try {
    const rows = await store.driver.all('SELECT run_id FROM runs ORDER BY run_id');
    return rows.map((r) => Number(r['run_id']));
  } finally {
    await store.close();
  }
}

jest.setTimeout(180_000);

let tmp: string;
let repo: GeneratedRepo;
let server: GitHubApiServer;
let workspace: string;
let remote: string;
const end = Math.floor(Date.now() / 1000) - 600;

const run = (inputs: Record<string, string>, token = 'ghs_good'): Promise<StepResult> =>
  runStep({ action: 'ci-metrics', workspace, inputs: { 'github-token': token, 'api-url': server.url, ...inputs }, timeoutMs: 150_000 });

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'ci-metrics-e2e-'));
  repo = generateHistory({ seed: 20_260_101, end, days: 36, runsPerDay: 10, inProgress: 2, corruptRecord: true });
  server = await startGitHubApi({
    repo,
    errorRate: 0.002,
    tokens: {
      ghs_good: { actions: true, deployments: true, contents: true, issues: true },
      ghs_no_actions: { deployments: true, contents: true },
    },
  });
  remote = join(tmp, 'origin.git');
  workspace = join(tmp, 'workspace');
  await git(tmp, 'init', '--quiet', '--bare', '-b', 'main', remote);
  await git(tmp, 'init', '--quiet', '-b', 'main', workspace);
  await writeFile(join(workspace, 'README.md'), 'octo-repo\n');
  await git(workspace, 'add', 'README.md');
  await git(workspace, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'init');
  await git(workspace, 'remote', 'add', 'origin', remote);
  await git(workspace, 'push', '--quiet', 'origin', 'main');
});

afterAll(async () => {
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
});

const completed = (): number => repo.runs.filter((r) => r.status === 'completed').length;

describe('ci-metrics through the runner harness', () => {
  let first: StepResult;

  it('collects every completed run into the data branch and reports figures that match the history', async () => {
    first = await run({ 'report-file': 'report.json', 'open-issue': 'true' });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(Number(first.outputs['runs'])).toBe(completed());
    expect(first.outputs['complete']).toBe('true');
    // The data branch on the remote holds the history and the dashboard.
    const files = await git(remote, 'ls-tree', '-r', '--name-only', 'gh-pages');
    expect(files.split('\n')).toEqual(expect.arrayContaining(['ci-metrics/history.db', 'ci-metrics/index.html']));
    // The store is committed whole: no write-ahead log beside it.
    expect(files.split('\n').filter((f) => /-(wal|shm)$/.test(f))).toEqual([]);
    expect(await storedRunIds('gh-pages')).toEqual(
      repo.runs
        .filter((r) => r.status === 'completed')
        .map((r) => r.id)
        .sort(),
    );

    const report = JSON.parse(await readFile(join(workspace, 'report.json'), 'utf8')) as {
      window: { from: string; to: string };
      totals: { runs: number; successRate: number; duration: { p50: number; p95: number } };
      workflows: { workflow: string; runs: number; duration: { p50: number; p95: number } }[];
      dora: {
        deployments: number;
        deploymentsPerDay: number;
        leadTime: { p50: number; p95: number };
        failedDeployments: number;
        changeFailureRate: number;
        recoveryTime: { p50: number };
      };
      regressions: { kind: string; runId?: number }[];
    };
    const want = expectedFigures(repo, Date.parse(report.window.from) / 1000, Date.parse(report.window.to) / 1000);
    expect(want.runs).toBeGreaterThan(250);
    expect(report.totals.runs).toBe(want.runs);
    expect(report.totals.successRate).toBeCloseTo(want.successRate ?? -1, 9);
    expect(report.totals.duration.p50).toBeCloseTo(want.p50 ?? -1, 6);
    expect(report.totals.duration.p95).toBeCloseTo(want.p95 ?? -1, 6);
    for (const w of report.workflows) {
      expect(w.runs).toBe(want.byWorkflow[w.workflow]?.runs);
      expect(w.duration.p50).toBeCloseTo(want.byWorkflow[w.workflow]?.p50 ?? -1, 6);
      expect(w.duration.p95).toBeCloseTo(want.byWorkflow[w.workflow]?.p95 ?? -1, 6);
    }
    expect(want.dora.deployments).toBeGreaterThan(15);
    expect(want.dora.failed).toBeGreaterThan(0);
    expect(report.dora.deployments).toBe(want.dora.deployments);
    expect(report.dora.deploymentsPerDay).toBeCloseTo(want.dora.perDay, 9);
    expect(report.dora.leadTime.p50).toBeCloseTo(want.dora.leadP50 ?? -1, 6);
    expect(report.dora.leadTime.p95).toBeCloseTo(want.dora.leadP95 ?? -1, 6);
    expect(report.dora.failedDeployments).toBe(want.dora.failed);
    expect(report.dora.changeFailureRate).toBeCloseTo(want.dora.cfr ?? -1, 9);
    expect(report.dora.recoveryTime.p50).toBeCloseTo(want.dora.recoveryP50 ?? -1, 6);

    // Every new run over the 15-minute budget is a regression, and the worst ones are annotated.
    const over = repo.runs.filter((r) => r.status === 'completed' && r.conclusion !== 'cancelled' && generatedDuration(r) > 900);
    expect(over.length).toBeGreaterThan(0);
    expect(
      report.regressions
        .filter((r) => r.kind === 'budget')
        .map((r) => r.runId)
        .sort(),
    ).toEqual(over.map((r) => r.id).sort());
    const warnings = first.annotations.filter((a) => a.level === 'warning' && a.title === 'CI performance regression');
    expect(warnings).toHaveLength(Math.min(10, report.regressions.length));
    expect(warnings[0]?.message).toMatch(/over the 15-minute budget/);
    // The record file that is not JSON is named, and collection went on.
    expect(first.annotations.some((a) => a.title === 'ci-metrics record' && /broken\.json is not valid JSON/.test(a.message))).toBe(true);
    // One issue was opened for the regressions.
    expect(server.issues).toHaveLength(1);
    expect(String(server.issues[0]?.['body'])).toMatch(/over the 15-minute budget/);

    expect(first.summary).toContain('## CI metrics: octo-org/octo-repo');
    expect(first.summary).toContain('> [!WARNING]');
    expect(first.summary).toMatch(/```mermaid\nxychart-beta/);
    expect(first.summary).toContain('| Workflow | Runs | Success rate | p50 | p95 | Queue p50 | Retried |');
  });

  it('renders a dashboard that Chromium shows with no errors, no network and non-empty charts', async () => {
    const html = join(tmp, 'dashboard', 'index.html');
    await mkdir(join(tmp, 'dashboard'), { recursive: true });
    await writeFile(html, await git(remote, 'show', 'gh-pages:ci-metrics/index.html'));
    const profile = await mkdtemp(join(tmp, 'chromium-profile-'));
    const browser = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
      page.on('pageerror', (e) => void problems.push(`pageerror: ${e.message}`));
      page.on('requestfailed', (r) => void problems.push(`requestfailed: ${r.url()}`));
      page.on('request', (r) => void requests.push(r.url()));
      await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
      // The script runs in the page; the test's lib has no DOM types, so it is passed as text.
      const measured = await page.evaluate<string>(
        `JSON.stringify({
          charts: [...document.querySelectorAll('svg.chart')].map((e) => ({
            width: e.getBoundingClientRect().width, height: e.getBoundingClientRect().height,
            lines: e.querySelectorAll('polyline').length, bars: e.querySelectorAll('rect').length,
            points: e.querySelectorAll('circle').length, label: e.getAttribute('aria-label') || '' })),
          tiles: [...document.querySelectorAll('.tile .k')].map((e) => e.textContent || ''),
        })`,
      );
      const { charts, tiles } = JSON.parse(measured) as {
        charts: { width: number; height: number; lines: number; bars: number; points: number; label: string }[];
        tiles: string[];
      };
      const shot = join(tmp, 'dashboard', 'dashboard.png');
      await page.screenshot({ path: shot, fullPage: true });
      expect(problems).toEqual([]);
      expect(requests).toEqual([pathToFileURL(html).href]);
      const trends = charts.filter((c) => /daily run duration/.test(c.label));
      expect(trends.length).toBeGreaterThanOrEqual(2);
      for (const c of trends) {
        expect(c.width).toBeGreaterThan(300);
        expect(c.height).toBeGreaterThan(150);
        expect(c.lines).toBeGreaterThanOrEqual(2);
        expect(c.points).toBeGreaterThan(20);
      }
      expect(charts.some((c) => /jobs, p50/.test(c.label) && c.bars >= 5)).toBe(true);
      expect(tiles).toEqual(
        expect.arrayContaining([
          'Deployment frequency',
          'Lead time for changes',
          'Change failure rate',
          'Failed deployment recovery',
          'Signature coverage',
        ]),
      );
      const png = await readFile(shot);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1280);
      expect(png.readUInt32BE(20)).toBeGreaterThan(900);
      if (process.env['CI_METRICS_KEEP_SCREENSHOT']) await writeFile(process.env['CI_METRICS_KEEP_SCREENSHOT'], png);
    } finally {
      await browser.close();
    }
  });

  it('collects only what is new on the next run, and opens no second issue', async () => {
    const before = server.requests.length;
    const second = await run({ 'open-issue': 'true' });
    expect(second.exitCode).toBe(0);
    expect(second.outputs['new-runs']).toBe('0');
    expect(Number(second.outputs['runs'])).toBe(completed());
    // Listing windows since the cursor, deployments and the repository: far fewer than a full collection.
    expect(server.requests.length - before).toBeLessThan(40);
    expect(server.issues).toHaveLength(1);
    // No new runs: no budget warnings repeated for old runs.
    expect(second.annotations.filter((a) => /over the 15-minute budget/.test(a.message))).toHaveLength(0);
  });

  it('keeps what it collected when the API fails part-way, and the next run resumes', async () => {
    server.failAfter(400);
    const broken = await run({ branch: 'metrics-outage' });
    server.down(false);
    expect(broken.exitCode).toBe(0);
    expect(broken.outputs['complete']).toBe('false');
    const kept = Number(broken.outputs['runs']);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(completed());
    expect(broken.annotations.some((a) => a.level === 'warning' && /did not answer/.test(a.message) && /resumes/.test(a.message))).toBe(
      true,
    );
    expect(await storedRunIds('metrics-outage')).toHaveLength(kept);

    const resumed = await run({ branch: 'metrics-outage' });
    expect(resumed.exitCode).toBe(0);
    expect(resumed.outputs['complete']).toBe('true');
    expect(Number(resumed.outputs['runs'])).toBe(completed());
    expect(Number(resumed.outputs['new-runs'])).toBe(completed() - kept);
  });

  it('moves a JSON history into the store, and refuses a store that is damaged without touching it', async () => {
    await mkdir(join(workspace, 'metrics'), { recursive: true });
    const legacy = join(workspace, 'metrics/history.json');
    const history = historyOf(repo);
    await writeFile(legacy, serializeHistory(history));
    const files = { storage: 'file', 'data-file': 'metrics/history.json', dashboard: 'metrics/index.html' };
    const migrated = await run(files);
    expect(migrated.exitCode).toBe(0);
    expect(migrated.stdout).toMatch(/Moved the JSON history .*history\.json into an SQLite store \(\d+ runs\)/);
    expect(Number(migrated.outputs['runs'])).toBe(completed());
    expect((await readFile(legacy)).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect(JSON.parse(await readFile(`${legacy}.json-history`, 'utf8'))).toMatchObject({ repository: 'octo-org/octo-repo' });

    const damaged = join(workspace, 'metrics/damaged.db');
    await writeFile(damaged, Buffer.concat([Buffer.from('SQLite format 3\u0000'), Buffer.alloc(4096, 7)]));
    const refused = await run({ ...files, 'data-file': 'metrics/damaged.db' });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toMatch(/::error::The metrics store .*damaged\.db is not a readable SQLite database/);
    expect((await readFile(damaged)).subarray(16).every((b) => b === 7)).toBe(true);
    const names = await readdir(join(workspace, 'metrics'));
    expect(names.filter((n) => n.endsWith('.tmp') || n.includes('migrating'))).toEqual([]);
  });

  it.each([
    ['a rejected token', { token: 'ghs_wrong', inputs: {} }, /rejected the token/],
    [
      'a token without actions: read',
      { token: 'ghs_no_actions', inputs: {} },
      /may not read the workflow runs.*%0AHint: grant the job these permissions: actions: read/,
    ],
    [
      'a repository that does not exist',
      { token: 'ghs_good', inputs: { repository: 'octo-org/nope' } },
      /404 Not Found for the repository octo-org\/nope/,
    ],
  ])('fails with a clear message on %s', async (_name, c, pattern) => {
    const r = await run({ storage: 'file', 'data-file': `bad-${c.token}/history.json`, ...c.inputs }, c.token);
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(pattern);
  });
});
