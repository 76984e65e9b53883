import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { Octokit } from '@octokit/core';
import { startGitHubApi, type GitHubApiOptions, type GitHubApiServer } from '../../../test/services/github-api.js';
import { generateHistory, type GeneratedRepo } from '../../../test/services/github-api-history.js';
import { collect, emptyHistory, octokitApi, type CollectOptions, type History } from '../src/index.js';

// The collector against the local GitHub API server: the 1,000-result cap, Link pagination,
// rate limits and retries, and resumption. Waits go through a recording sleep where the server
// asks for them, so the test checks what was asked without spending the time.

jest.setTimeout(60_000);

let server: GitHubApiServer | undefined;
afterEach(async () => server?.close());

async function start(repo: GeneratedRepo, extra: Partial<GitHubApiOptions> = {}): Promise<GitHubApiServer> {
  server = await startGitHubApi({ repo, ...extra });
  return server;
}

function run(s: GitHubApiServer, history: History, options: Partial<CollectOptions> & { sleeps?: number[] } = {}) {
  const sleeps = options.sleeps ?? [];
  const octokit = new Octokit({ auth: 'ghs_good', baseUrl: s.url });
  return collect(octokitApi(octokit.request), history, {
    repository: 'octo-org/octo-repo',
    now: () => Date.now(),
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    ...options,
  });
}

const completedIds = (repo: GeneratedRepo): number[] =>
  repo.runs
    .filter((r) => r.status === 'completed')
    .map((r) => r.id)
    .sort((a, b) => a - b);
const end = Math.floor(Date.now() / 1000) - 120;

describe('collect', () => {
  it('walks created windows past the 1,000-result cap and follows Link pagination', async () => {
    const repo = generateHistory({ seed: 3, end, days: 20, runsPerDay: 55, deployEvery: 1000, inProgress: 1 });
    const s = await start(repo);
    // One 30-day window holds ~1,100 runs: the collector must split it.
    const result = await run(s, emptyHistory('octo-org/octo-repo'), { windowDays: 30, firstLookbackDays: 25 });
    expect(result.complete).toBe(true);
    expect(result.history.runs.map((r) => r.id).sort((a, b) => a - b)).toEqual(completedIds(repo));
    const lists = s.requests.filter((r) => r.path.startsWith('/repos/octo-org/octo-repo/actions/runs?'));
    expect(lists.some((r) => /page=2/.test(r.path))).toBe(true);
    // No page beyond the cap was ever asked for: every window that was paged fits in 1,000.
    expect(lists.every((r) => Number(/[?&]page=(\d+)/.exec(r.path)?.[1] ?? 1) <= 10)).toBe(true);
    // The in-progress run holds the cursor at its creation, so it is collected once it completes.
    const pending = repo.runs.find((r) => r.status !== 'completed');
    expect(result.history.cursor.runsFrom).toBe(pending?.createdAt);
  });

  it('retries 5xx with back-off and honours retry-after on secondary limits', async () => {
    const repo = generateHistory({ seed: 4, end, days: 4, runsPerDay: 10 });
    const s = await start(repo, { errorRate: 0.05, secondaryEvery: 17, seed: 11 });
    const sleeps: number[] = [];
    const result = await run(s, emptyHistory('octo-org/octo-repo'), { sleeps, backoffMs: 50 });
    expect(result.complete).toBe(true);
    expect(result.history.runs).toHaveLength(completedIds(repo).length);
    expect(s.requests.some((r) => r.status === 502)).toBe(true);
    expect(sleeps).toContain(1000);
    expect(sleeps).toContain(50);
    expect(result.requests).toBe(s.requests.filter((r) => !r.path.startsWith('/_blobs')).length);
  });

  it('waits for the quota to reset when it runs out', async () => {
    const repo = generateHistory({ seed: 5, end, days: 2, runsPerDay: 8, deployEvery: 1000 });
    const s = await start(repo, { quota: { limit: 25, windowSeconds: 1 } });
    const octokit = new Octokit({ auth: 'ghs_good', baseUrl: s.url });
    const waits: number[] = [];
    const result = await collect(octokitApi(octokit.request), emptyHistory('octo-org/octo-repo'), {
      repository: 'octo-org/octo-repo',
      reserve: 5,
      now: () => Date.now(),
      sleep: (ms) => {
        waits.push(ms);
        return new Promise((r) => setTimeout(r, ms));
      },
    });
    expect(result.complete).toBe(true);
    expect(result.history.runs).toHaveLength(completedIds(repo).length);
    expect(waits.length).toBeGreaterThan(0);
    // Waiting at the reserve keeps most requests clear of the limit; any that hit it were retried.
    expect(s.requests.filter((r) => r.status === 403).length).toBeLessThan(s.requests.length / 10);
  });

  it('stops early when the quota resets too far away, keeping what it has', async () => {
    const repo = generateHistory({ seed: 6, end, days: 2, runsPerDay: 8 });
    const s = await start(repo, { quota: { limit: 30, windowSeconds: 3600 } });
    const result = await run(s, emptyHistory('octo-org/octo-repo'), { reserve: 0, maxWaitSeconds: 60 });
    expect(result.complete).toBe(false);
    expect(result.error?.message).toMatch(/rate limit is used up until/);
  });

  it('resumes after the API fails part-way, collecting each run once', async () => {
    const repo = generateHistory({ seed: 7, end, days: 21, runsPerDay: 10 });
    const s = await start(repo);
    const saved: History[] = [];
    s.failAfter(250);
    const broken = await run(s, emptyHistory('octo-org/octo-repo'), {
      backoffMs: 1,
      checkpoint: (h) => {
        saved.push(structuredClone(h));
        return Promise.resolve();
      },
    });
    expect(broken.complete).toBe(false);
    expect(broken.error?.name).toBe('ApiUnavailable');
    expect(saved.length).toBeGreaterThan(0);
    const kept = saved[saved.length - 1] as History;
    expect(kept.runs.length).toBeGreaterThan(0);
    expect(kept.runs.length).toBeLessThan(completedIds(repo).length);
    s.down(false);
    const resumed = await run(s, kept);
    expect(resumed.complete).toBe(true);
    expect(resumed.newRuns).toBe(completedIds(repo).length - kept.runs.length);
    expect(resumed.history.runs.map((r) => r.id).sort((a, b) => a - b)).toEqual(completedIds(repo));
  });

  it('reads outcome records from artifact zips and names a file that is not one', async () => {
    const repo = generateHistory({ seed: 8, end, days: 3, runsPerDay: 6, corruptRecord: true });
    const s = await start(repo);
    const result = await run(s, emptyHistory('octo-org/octo-repo'));
    const want = repo.runs.flatMap((r) =>
      r.artifacts.filter((a) => a.name.startsWith('slipway-record')).flatMap((a) => Object.keys(a.files)),
    );
    const records = result.history.runs.reduce((n, r) => n + r.outcomes.length, 0);
    expect(records).toBe(want.length - 1);
    expect(result.problems).toEqual([expect.stringMatching(/slipway-records-extra of run \d+, broken\.json is not valid JSON/)]);
  });
});
