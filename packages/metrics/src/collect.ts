import { assertNotFuture, decode, errorMessage, UserError } from '@slipway/core';
import { ApiClient, isTransient, type ClientOptions } from './api-client.js';
import { decodeApi, repository as repositoryShape, type WorkflowRun } from './api-shapes.js';
import { listDeployments, shippedCommits } from './collect-deployments.js';
import { listRuns, runDetails, type RunSource } from './collect-runs.js';
import type { GitHubApi } from './github-port.js';
import { toIso, toSeconds, type DeploymentRecord } from './model.js';
import type { HistoryStore } from './store/history-store.js';

const DAY = 86_400;

export interface CollectOptions extends ClientOptions {
  /** `owner/name` */
  repository: string;
  /** Collect from this instant (seconds): a first collection's start, or a backfill. */
  since?: number;
  /** How the user named `since`, for errors (default `since`). */
  sinceField?: string;
  /** How far back a first collection reaches without `since` (default 90 days). */
  firstLookbackDays?: number;
  /** Artifact name prefix of outcome records (default `slipway-record`). */
  recordsPrefix?: string;
  /** Runs fetched in parallel (default 4). */
  concurrency?: number;
  /** The length of one listing window, committed with its cursor in one transaction (default 7 days). */
  windowDays?: number;
  /** Told after each committed window. */
  onWindow?: (info: { repository: string; from: number; to: number; runs: number }) => void;
}

export interface CollectResult {
  repository: string;
  newRuns: number;
  /** Ids of the runs this collection added (the ones judged against the budget). */
  newRunIds: number[];
  newDeployments: number;
  /** API calls made (each may have been tried more than once underneath). */
  requests: number;
  /** False when the API failed or the quota ran out part-way: the next collection resumes. */
  complete: boolean;
  error?: UserError;
  /** Things that did not stop collection (an unreadable record file). */
  problems: string[];
  /** Set when `since` lay after the stored cursor: that range was collected, the cursor stayed. */
  cursorKept?: string;
}

/** Pending runs older than this are given up on, so one stuck run cannot pin the cursor forever. */
const PENDING_PATIENCE = 3 * DAY;

/** Runs `fn` over `items` with at most `limit` at once; after one failure no new item starts. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  await Promise.all(
    Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
      for (let i = next++; i < items.length && !failed; i = next++) {
        try {
          out[i] = await fn(items[i] as T);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    }),
  );
  return out;
}

export const REPOSITORY_NAME = /^[\w.-]+\/[\w.-]+$/;

/**
 * Adds what is new since the last collection of a repository to the store: completed
 * workflow runs (with jobs, steps and outcome records) window by window, each window with its
 * cursor in one transaction, then deployments and the commits they shipped. The cursor only
 * ever moves over what was collected: a failure part-way keeps every whole window, and a
 * `since` after the cursor collects its range but leaves the cursor where it was.
 */
export async function collect(api: GitHubApi, store: HistoryStore, options: CollectOptions): Promise<CollectResult> {
  const client = new ApiClient(api, options);
  const repo = options.repository;
  if (!REPOSITORY_NAME.test(repo)) throw new UserError(`'${repo}' is not a repository name; expected OWNER/NAME`);
  const nowMs = options.now();
  const now = Math.floor(nowMs / 1000);
  if (options.since !== undefined) assertNotFuture(options.since * 1000, nowMs, options.sinceField ?? 'since');
  const repoInfo = decodeApi(
    repositoryShape,
    (await client.get(`/repos/${repo}`, `the repository ${repo}`)).data,
    `the repository ${repo}`,
  );
  await store.ensureRepository(repo, repoInfo.default_branch);
  const state = await store.repository(repo);
  const source: RunSource = { client, repository: repo, recordsPrefix: options.recordsPrefix ?? 'slipway-record', problems: [] };
  const result: CollectResult = {
    repository: repo,
    newRuns: 0,
    newRunIds: [],
    newDeployments: 0,
    requests: 0,
    complete: true,
    problems: source.problems,
  };
  const firstFrom = now - (options.firstLookbackDays ?? 90) * DAY;
  const runsCursor = state?.cursor.runsFrom;
  const depsCursor = state?.cursor.deploymentsFrom;
  const since = options.since;
  if (since !== undefined && runsCursor !== undefined && since > runsCursor) {
    result.cursorKept = `${options.sinceField ?? 'since'} ${toIso(since)} is after where the last collection stopped (${toIso(runsCursor)}): runs from ${toIso(since)} were collected, and the cursor stays at ${toIso(runsCursor)} so the runs before are collected next time`;
  }
  try {
    let from = since ?? runsCursor ?? firstFrom;
    const movesCursor = runsCursor === undefined || from <= runsCursor;
    const windowSeconds = (options.windowDays ?? 7) * DAY;
    let pendingFrom: number | undefined;
    while (from <= now) {
      const to = Math.min(from + windowSeconds - 1, now);
      const listed = await listRuns(source, from, to);
      const known = await store.knownRunIds(repo, from, to);
      const fresh: WorkflowRun[] = [];
      for (const run of listed) {
        if (known.has(run.id)) continue;
        if (run.status !== 'completed') {
          const created = toSeconds(run.created_at);
          if (now - created < PENDING_PATIENCE) pendingFrom = Math.min(pendingFrom ?? created, created);
          continue;
        }
        known.add(run.id);
        fresh.push(run);
      }
      const records = await mapLimit(fresh, options.concurrency ?? 4, (run) => runDetails(source, run));
      const cursor = Math.min(pendingFrom ?? to + 1, to + 1);
      await store.saveRuns(repo, records, { ...(movesCursor ? { runsFrom: cursor } : {}), updatedAt: now });
      result.newRuns += records.length;
      result.newRunIds.push(...records.map((r) => r.id));
      options.onWindow?.({ repository: repo, from, to, runs: records.length });
      from = to + 1;
    }
    const depFrom = since ?? depsCursor ?? firstFrom;
    result.newDeployments = await collectDeployments(client, store, repo, depFrom, now, depsCursor === undefined || depFrom <= depsCursor);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    result.complete = false;
    result.error = isTransient(error) ? error : new UserError(errorMessage(error), { hint: error.hint, cause: error, code: error.code });
  }
  result.requests = client.requests;
  return result;
}

async function collectDeployments(
  client: ApiClient,
  store: HistoryStore,
  repo: string,
  from: number,
  now: number,
  movesCursor: boolean,
): Promise<number> {
  const stored = await store.deployments(repo);
  const byId = new Map(stored.map((d) => [d.id, d]));
  const listed = await listDeployments(client, repo, from, byId);
  const added = listed.filter((d) => !byId.get(d.id)).length;
  for (const d of listed) byId.set(d.id, d);
  const all = [...byId.values()].sort((a, b) => (a.finishedAt ?? a.createdAt) - (b.finishedAt ?? b.createdAt) || a.id - b.id);
  const lastSuccess = new Map<string, DeploymentRecord>();
  const updated = new Set(listed.map((d) => d.id));
  for (const d of all) {
    if (d.state !== 'success') continue;
    if (updated.has(d.id)) d.commits = await shippedCommits(client, repo, d, lastSuccess.get(d.environment)?.sha);
    lastSuccess.set(d.environment, d);
  }
  const pending = all.filter((d) => d.state === 'pending' && now - d.createdAt < PENDING_PATIENCE).map((d) => d.createdAt);
  const cursor = pending.length > 0 ? Math.min(...pending) : now;
  await store.saveDeployments(repo, listed, { ...(movesCursor ? { deploymentsFrom: cursor } : {}), updatedAt: now });
  return added;
}

const orgRepo = decode.object({ full_name: decode.string, archived: decode.withDefault(decode.boolean, false) });

/** The repositories of an organisation (archived ones left out), by name. */
export async function listOrgRepositories(api: GitHubApi, org: string, options: ClientOptions): Promise<string[]> {
  if (!/^[\w.-]+$/.test(org)) throw new UserError(`'${org}' is not an organisation name`);
  const client = new ApiClient(api, options);
  const what = `the repositories of ${org}`;
  const names: string[] = [];
  for await (const page of client.pages(`/orgs/${org}/repos?per_page=100&type=all`, what, (d) => decodeApi(decode.array(orgRepo), d, what)))
    for (const r of page.items) if (!r.archived) names.push(r.full_name);
  return names.sort();
}

/**
 * Collects many repositories into one store, `parallel` at a time (default 4). Each repository
 * resumes from its own cursor; one that fails is reported and the others go on.
 */
export async function collectMany(
  api: GitHubApi,
  store: HistoryStore,
  repositories: readonly string[],
  options: Omit<CollectOptions, 'repository'> & { parallel?: number; onRepository?: (r: CollectResult) => void },
): Promise<CollectResult[]> {
  const results: CollectResult[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(Math.max(1, options.parallel ?? 4), repositories.length) }, async () => {
      for (let i = next++; i < repositories.length; i = next++) {
        const repository = repositories[i] as string;
        let r: CollectResult;
        try {
          r = await collect(api, store, { ...options, repository });
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          r = { repository, newRuns: 0, newRunIds: [], newDeployments: 0, requests: 0, complete: false, error, problems: [] };
        }
        results[i] = r;
        options.onRepository?.(r);
      }
    }),
  );
  return results;
}
