import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { createServer, type AddressInfo } from 'node:net';
import { Octokit } from '@octokit/core';
import { startGitHubApi, type GitHubApiOptions, type GitHubApiServer } from '../../../test/services/github-api.js';
import { generateHistory, type GeneratedRepo } from '../../../test/services/github-api-history.js';
import { startMidBodyStallServer } from '../../../test/services/stall-server.js';
import {
  collect,
  githubFetch,
  HistoryStore,
  octokitApi,
  SECONDARY_MIN_WAIT_MS,
  SqliteDriver,
  type CollectOptions,
  type RunRecord,
} from '../src/index.js';

// The collector against the local GitHub API server into an embedded store: the 1,000-result
// cap, Link pagination, GitHub's rate-limit rules within a bounded budget, resumption and
// cursors. Waits go through a recording sleep, so the test checks what was asked without
// spending the time.

jest.setTimeout(60_000);

let server: GitHubApiServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(repo: GeneratedRepo, extra: Partial<GitHubApiOptions> = {}): Promise<GitHubApiServer> {
  server = await startGitHubApi({ repo, ...extra });
  return server;
}

const memoryStore = (): Promise<HistoryStore> => HistoryStore.open(SqliteDriver.open(':memory:'), 'memory');

function run(s: GitHubApiServer, store: HistoryStore, options: Partial<CollectOptions> & { sleeps?: number[]; realSleep?: boolean } = {}) {
  const sleeps = options.sleeps ?? [];
  const fetch = githubFetch({
    now: () => Date.now(),
    sleep: (ms) => {
      sleeps.push(ms);
      return options.realSleep ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
    },
    reserve: 5,
  });
  const octokit = new Octokit({ auth: 'ghs_good', baseUrl: s.url, request: { fetch } });
  return collect(octokitApi(octokit.request), store, { repository: 'octo-org/octo-repo', now: () => Date.now(), ...options });
}

async function storedIds(store: HistoryStore): Promise<number[]> {
  const ids: number[] = [];
  for await (const r of store.runs('octo-org/octo-repo')) ids.push(r.id);
  return ids.sort((a, b) => a - b);
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
    const store = await memoryStore();
    const result = await run(s, store, { windowDays: 30, firstLookbackDays: 25 });
    expect(result.complete).toBe(true);
    expect(await storedIds(store)).toEqual(completedIds(repo));
    const lists = s.requests.filter((r) => r.path.startsWith('/repos/octo-org/octo-repo/actions/runs?'));
    expect(lists.some((r) => /page=2/.test(r.path))).toBe(true);
    expect(lists.every((r) => Number(/[?&]page=(\d+)/.exec(r.path)?.[1] ?? 1) <= 10)).toBe(true);
    // The in-progress run holds the cursor at its creation, so it is collected once it completes.
    const pending = repo.runs.find((r) => r.status !== 'completed');
    expect((await store.repository('octo-org/octo-repo'))?.cursor.runsFrom).toBe(pending?.createdAt);
  });

  it('retries 5xx with back-off and honours retry-after on secondary limits', async () => {
    const repo = generateHistory({ seed: 4, end, days: 4, runsPerDay: 10 });
    const s = await start(repo, { errorRate: 0.05, secondaryEvery: 17, seed: 11 });
    const sleeps: number[] = [];
    const store = await memoryStore();
    const result = await run(s, store, { sleeps });
    expect(result.complete).toBe(true);
    expect(await storedIds(store)).toEqual(completedIds(repo));
    expect(s.requests.some((r) => r.status === 502)).toBe(true);
    expect(sleeps).toContain(1000);
    expect(sleeps.some((ms) => ms > 0 && ms < 1000)).toBe(true);
  });

  it('waits at least 60 s, doubling, on a secondary limit without retry-after, and calls it a rate limit', async () => {
    const repo = generateHistory({ seed: 9, end, days: 1, runsPerDay: 2 });
    // Every request hits the limit: the client must give up after its fixed tries.
    const s = await start(repo, { secondaryEvery: 1, secondary: { status: 403, retryAfter: null } });
    const sleeps: number[] = [];
    const store = await memoryStore();
    await expect(run(s, store, { sleeps })).rejects.toThrow(
      /secondary rate limit \(403\) still applied to the repository octo-org\/octo-repo after every try/,
    );
    // 60 s, 120 s, 240 s; the next wait (480 s) is over the 5-minute bound, so it stops at 4 tries.
    expect(sleeps).toEqual([SECONDARY_MIN_WAIT_MS, 2 * SECONDARY_MIN_WAIT_MS, 4 * SECONDARY_MIN_WAIT_MS]);
    expect(s.requests).toHaveLength(4);
  });

  it('never tries one request more than 5 times, even when every answer is 429 with retry-after', async () => {
    const repo = generateHistory({ seed: 10, end, days: 1, runsPerDay: 2 });
    const s = await start(repo, { secondaryEvery: 1, secondary: { status: 429, retryAfter: '2' } });
    const sleeps: number[] = [];
    const store = await memoryStore();
    await expect(run(s, store, { sleeps })).rejects.toThrow(/secondary rate limit \(429\)/);
    expect(s.requests).toHaveLength(5);
    expect(sleeps.filter((ms) => ms >= 2000)).toHaveLength(4);
  });

  it('waits for the quota to reset when it runs out', async () => {
    const repo = generateHistory({ seed: 5, end, days: 2, runsPerDay: 8, deployEvery: 1000 });
    const s = await start(repo, { quota: { limit: 25, windowSeconds: 1 } });
    const waits: number[] = [];
    const store = await memoryStore();
    const result = await run(s, store, { sleeps: waits, realSleep: true });
    expect(result.complete).toBe(true);
    expect(await storedIds(store)).toEqual(completedIds(repo));
    expect(waits.length).toBeGreaterThan(0);
    expect(s.requests.filter((r) => r.status === 403).length).toBeLessThan(s.requests.length / 10);
  });

  it('stops early when the quota resets too far away, keeping what it has', async () => {
    const repo = generateHistory({ seed: 6, end, days: 2, runsPerDay: 8 });
    const s = await start(repo, { quota: { limit: 30, windowSeconds: 3600 } });
    const store = await memoryStore();
    const result = await run(s, store);
    expect(result.complete).toBe(false);
    expect(result.error?.message).toMatch(/rate limit is used up until/);
  });

  it('resumes after the API fails part-way, collecting each run once, and keeps the cursor on what was collected', async () => {
    const repo = generateHistory({ seed: 7, end, days: 21, runsPerDay: 10 });
    const s = await start(repo);
    const store = await memoryStore();
    s.failAfter(250);
    const broken = await run(s, store);
    expect(broken.complete).toBe(false);
    expect(broken.error?.name).toBe('ApiUnavailable');
    const kept = await storedIds(store);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(completedIds(repo).length);
    // Every run before the cursor is stored: the cursor never passed what was collected.
    const cursor = (await store.repository('octo-org/octo-repo'))?.cursor.runsFrom ?? 0;
    expect(repo.runs.filter((r) => r.status === 'completed' && r.createdAt < cursor).every((r) => kept.includes(r.id))).toBe(true);
    s.down(false);
    const resumed = await run(s, store);
    expect(resumed.complete).toBe(true);
    expect(resumed.newRuns).toBe(completedIds(repo).length - kept.length);
    expect(await storedIds(store)).toEqual(completedIds(repo));
  });

  it('refuses a since in the future, and a since after the cursor leaves the cursor so no deployment is lost', async () => {
    const repo = generateHistory({ seed: 12, end, days: 20, runsPerDay: 6, deployEvery: 1 });
    const s = await start(repo);
    const store = await memoryStore();
    await expect(run(s, store, { since: Math.floor(Date.parse('2999-01-01') / 1000), sinceField: '--since' })).rejects.toThrow(
      /--since: 2999-01-01T00:00:00\.000Z is in the future/,
    );
    // A first collection of the first 10 days only (as if it ran then).
    const tenDays = end - 10 * 86_400;
    const first = await run(s, store, { now: () => tenDays * 1000, firstLookbackDays: 25 });
    expect(first.complete).toBe(true);
    const cursor = (await store.repository('octo-org/octo-repo'))?.cursor;
    expect(cursor?.deploymentsFrom).toBeLessThanOrEqual(tenDays);
    // Then a since five days after that cursor: its range is collected, the cursors stay put.
    const later = await run(s, store, { since: tenDays + 5 * 86_400 });
    expect(later.cursorKept).toMatch(/cursor stays at/);
    expect((await store.repository('octo-org/octo-repo'))?.cursor).toEqual(cursor);
    // The next plain collection picks up every deployment and run in the gap.
    await run(s, store);
    expect((await store.deployments('octo-org/octo-repo')).map((d) => d.id).sort()).toEqual(repo.deployments.map((d) => d.id).sort());
    expect(await storedIds(store)).toEqual(completedIds(repo));
  });

  it('reads outcome records from artifact zips and names a file that is not one', async () => {
    const repo = generateHistory({ seed: 8, end, days: 3, runsPerDay: 6, corruptRecord: true });
    const s = await start(repo);
    const store = await memoryStore();
    const result = await run(s, store);
    const want = repo.runs.flatMap((r) =>
      r.artifacts.filter((a) => a.name.startsWith('slipway-record')).flatMap((a) => Object.keys(a.files)),
    );
    const runs: RunRecord[] = [];
    for await (const r of store.runs('octo-org/octo-repo')) runs.push(r);
    expect(runs.reduce((n, r) => n + r.outcomes.length, 0)).toBe(want.length - 1);
    expect(result.problems).toEqual([expect.stringMatching(/slipway-records-extra of run \d+, broken\.json is not valid JSON/)]);
  });

  it('reports a refused connection as such, not as a 500', async () => {
    const store = await memoryStore();
    // A port nothing listens on.
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const port = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(port));
      });
    });
    const fetch = githubFetch({ now: () => Date.now(), sleep: () => Promise.resolve() });
    const octokit = new Octokit({ auth: 'ghs_good', baseUrl: `http://127.0.0.1:${closed}`, request: { fetch } });
    const error = await collect(octokitApi(octokit.request), store, { repository: 'o/r', now: () => Date.now() }).catch(
      (e: unknown) => e as Error,
    );
    expect(String((error as Error).message)).toMatch(
      /Cannot reach the GitHub API .* at http:\/\/127\.0\.0\.1:\d+\/repos\/o\/r: the connection was refused \(ECONNREFUSED\)/,
    );
    expect(String((error as Error).message)).not.toMatch(/500|undefined/);
  });

  it('reports an answer that stops mid-body as a stall naming the peer, not as a wrong-shaped answer', async () => {
    const store = await memoryStore();
    const peer = await startMidBodyStallServer();
    try {
      const fetch = githubFetch({ now: () => Date.now(), sleep: () => Promise.resolve(), deadlines: { firstByteMs: 2000, idleMs: 300 } });
      const octokit = new Octokit({ auth: 'ghs_good', baseUrl: peer.url, request: { fetch } });
      const error = await collect(octokitApi(octokit.request), store, { repository: 'o/r', now: () => Date.now() }).catch(
        (e: unknown) => e as Error,
      );
      expect(String((error as Error).message)).toMatch(/the GitHub API .* did not answer: no data within 0\.3 s/);
      expect(String((error as Error).message)).toContain(peer.host);
      expect(String((error as Error).message)).not.toMatch(/expected an object/);
    } finally {
      await peer.close();
    }
  });
});
