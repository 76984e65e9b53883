import { resolve } from 'node:path';
import { Octokit } from '@octokit/core';
import { assertNotFuture, parseDateTime, parseUserUrl, sleep, systemClock } from '@slipway/core';
import {
  githubFetch,
  openStore,
  octokitApi,
  type GitHubApi,
  type OpenedStore,
  type RequestCounter,
  type StoreLocation,
} from '@slipway/metrics';
import { intFlag, numberFlag, UsageError, type CliIO, type OptionSpec } from '../command.js';

// What every `slipway metrics` command shares: how the store is given, the report window, and
// the GitHub client.

export const storeOptions = {
  data: {
    type: 'string',
    value: 'FILE',
    description: 'the embedded store: an SQLite file (collect and migrate create it when missing; a JSON history there is migrated)',
  },
  store: { type: 'string', value: 'URL', description: 'a PostgreSQL store shared by many repositories and collectors (postgres://...)' },
} satisfies Record<string, OptionSpec>;

export const windowOptions = {
  'window-days': { type: 'string', value: 'N', description: 'the rolling window of the figures, in days (default 30)' },
  'recent-days': { type: 'string', value: 'N', description: 'the recent window compared with the baseline before it, in days (default 7)' },
  'max-minutes': { type: 'string', value: 'N', description: 'the run budget in minutes (default 15)' },
  'regression-percent': { type: 'string', value: 'N', description: 'allowed rise of p50/p95 over the baseline, in percent (default 20)' },
  now: { type: 'string', value: 'ISO', description: 'the report\'s "now", for reproducible reports (default the current time)' },
} satisfies Record<string, OptionSpec>;

/** The store a command was given: exactly one of --data and --store. */
export function storeLocation(values: { data?: string; store?: string }, cwd: string): StoreLocation & { inputPath?: string } {
  if (values.data !== undefined && values.store !== undefined) throw new UsageError('give either --data FILE or --store URL, not both');
  if (values.store !== undefined) {
    parseUserUrl(values.store, '--store', ['postgres:', 'postgresql:']);
    return { store: values.store };
  }
  if (values.data === undefined || values.data === '') throw new UsageError('--data FILE or --store URL is required');
  const path = resolve(cwd, values.data);
  return { data: path, inputPath: path };
}

/** Opens the store and tells the user about a migration that opening it did. */
export async function openCommandStore(
  location: StoreLocation,
  io: CliIO,
  options: { repository?: string; max?: number; mustExist?: boolean } = {},
): Promise<OpenedStore> {
  const opened = await openStore(location, options);
  if (opened.migrated) {
    const c = opened.migrated.counts;
    io.stderr(
      `slipway: note: ${opened.migrated.from} was a JSON history; it is now an SQLite store holding ${c.runs} runs, ${c.jobs} jobs and ${c.deployments} deployments (the JSON file is kept as ${opened.migrated.kept})\n`,
    );
    if (opened.migrated.problem)
      io.stderr(`slipway: warning: the JSON history was corrupt (${opened.migrated.problem}); its previous good copy was migrated\n`);
  }
  return opened;
}

/** The report window from the flags; --now must be a valid time that is not in the future. */
export function windowFlags(values: Partial<Record<keyof typeof windowOptions, string>>): {
  now: number;
  windowDays: number;
  recentDays: number;
  maxMinutes: number;
  regressionPercent: number;
} {
  const nowMs = systemClock.now().getTime();
  let now = nowMs / 1000;
  if (values.now !== undefined) {
    const at = parseDateTime(values.now, '--now');
    assertNotFuture(at, nowMs, '--now');
    now = at / 1000;
  }
  const windowDays = intFlag(values['window-days'], 'window-days', 1, 3660) ?? 30;
  const recentDays = intFlag(values['recent-days'], 'recent-days', 1, 366) ?? 7;
  if (recentDays > windowDays) throw new UsageError(`--recent-days (${recentDays}) must not be longer than --window-days (${windowDays})`);
  return {
    now,
    windowDays,
    recentDays,
    maxMinutes: numberFlag(values['max-minutes'], 'max-minutes', 0.1, 100_000) ?? 15,
    regressionPercent: numberFlag(values['regression-percent'], 'regression-percent', 0, 100_000) ?? 20,
  };
}

/** The GitHub API through Octokit with GitHub's rate-limit rules (core's retry policy underneath). */
export function githubApi(token: string, apiUrl: string | undefined, io: CliIO): { api: GitHubApi; counter: RequestCounter } {
  const base = parseUserUrl(apiUrl ?? 'https://api.github.com', '--api-url')
    .toString()
    .replace(/\/$/, '');
  const fetch = githubFetch({ sleep, now: () => Date.now(), log: (m) => io.stderr(`${m}\n`) });
  const octokit = new Octokit({ auth: token, baseUrl: base, request: { fetch } });
  return { api: octokitApi(octokit.request), counter: fetch };
}
