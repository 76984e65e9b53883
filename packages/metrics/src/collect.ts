import { errorMessage, UserError } from '@slipway/core';
import { ApiClient, ApiUnavailable, RateLimitExhausted, type ClientOptions } from './api-client.js';
import { decodeApi, repository as repositoryShape, type WorkflowRun } from './api-shapes.js';
import { listDeployments, shippedCommits } from './collect-deployments.js';
import { listRuns, runDetails, type RunSource } from './collect-runs.js';
import type { GitHubApi } from './github-port.js';
import { toSeconds, type DeploymentRecord, type History } from './model.js';

const DAY = 86_400;

export interface CollectOptions extends ClientOptions {
  /** `owner/name` */
  repository: string;
  /** Collect runs created at or after this instant (seconds) when the history has no cursor yet. */
  since?: number;
  /** How far back a first collection reaches without `since` (default 90 days). */
  firstLookbackDays?: number;
  /** Artifact name prefix of outcome records (default `slipway-record`). */
  recordsPrefix?: string;
  /** Runs fetched in parallel (default 4). */
  concurrency?: number;
  /** The length of one listing window between checkpoints (default 7 days). */
  windowDays?: number;
  /** Called with the history after each window, so an interruption loses at most one window. */
  checkpoint?: (history: History) => Promise<void>;
}

export interface CollectResult {
  history: History;
  newRuns: number;
  newDeployments: number;
  requests: number;
  /** False when the API failed or the quota ran out part-way: the next collection resumes. */
  complete: boolean;
  error?: UserError;
  /** Things that did not stop collection (an unreadable record file). */
  problems: string[];
}

/** Pending runs older than this are given up on, so one stuck run cannot pin the cursor forever. */
const PENDING_PATIENCE = 3 * DAY;

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      // After one failure the other workers stop taking items, so nothing runs on unseen.
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

/**
 * Adds what is new since the last collection to a history: completed workflow runs (with jobs,
 * steps and outcome records) window by window, then deployments and the commits they shipped.
 * A failure part-way keeps everything collected up to the last checkpoint and says so.
 */
export async function collect(api: GitHubApi, start: History, options: CollectOptions): Promise<CollectResult> {
  const client = new ApiClient(api, options);
  const repo = options.repository;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new UserError(`'${repo}' is not a repository name; expected OWNER/NAME`);
  const now = Math.floor(options.now() / 1000);
  const repoInfo = decodeApi(
    repositoryShape,
    (await client.get(`/repos/${repo}`, `the repository ${repo}`)).data,
    `the repository ${repo}`,
  );
  const history: History = {
    ...start,
    repository: repo,
    defaultBranch: repoInfo.default_branch,
    cursor: { ...start.cursor },
    runs: [...start.runs],
    deployments: [...start.deployments],
  };
  const source: RunSource = { client, repository: repo, recordsPrefix: options.recordsPrefix ?? 'slipway-record', problems: [] };
  const result: CollectResult = { history, newRuns: 0, newDeployments: 0, requests: 0, complete: true, problems: source.problems };
  const save = async (): Promise<void> => {
    history.updatedAt = now;
    await options.checkpoint?.(history);
  };
  const firstFrom = now - (options.firstLookbackDays ?? 90) * DAY;
  try {
    const known = new Set(history.runs.map((r) => r.id));
    // An explicit `since` wins (a backfill lists known runs again but fetches only new ones).
    let from = options.since ?? history.cursor.runsFrom ?? firstFrom;
    const windowSeconds = (options.windowDays ?? 7) * DAY;
    let pendingFrom: number | undefined;
    while (from <= now) {
      const to = Math.min(from + windowSeconds - 1, now);
      const listed = await listRuns(source, from, to);
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
      history.runs.push(...records);
      result.newRuns += records.length;
      history.cursor.runsFrom = Math.min(pendingFrom ?? to + 1, to + 1);
      await save();
      from = to + 1;
    }
    result.newDeployments = await collectDeployments(client, history, options.since ?? history.cursor.deploymentsFrom ?? firstFrom, now);
    await save();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    result.complete = false;
    result.error =
      error instanceof ApiUnavailable || error instanceof RateLimitExhausted
        ? error
        : new UserError(errorMessage(error), { hint: error.hint, cause: error });
    // Keep what was collected; a failure before anything new arrived leaves the file as it was.
    if (result.newRuns > 0) await save().catch(() => undefined);
  }
  history.runs.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  result.requests = client.requests;
  return result;
}

async function collectDeployments(client: ApiClient, history: History, from: number, now: number): Promise<number> {
  const repo = history.repository;
  const byId = new Map(history.deployments.map((d) => [d.id, d]));
  const listed = await listDeployments(client, repo, from, byId);
  const added = listed.filter((d) => !byId.get(d.id));
  for (const d of listed) byId.set(d.id, d);
  const all = [...byId.values()].sort((a, b) => (a.finishedAt ?? a.createdAt) - (b.finishedAt ?? b.createdAt) || a.id - b.id);
  const lastSuccess = new Map<string, DeploymentRecord>();
  const updated = new Set(listed.map((d) => d.id));
  for (const d of all) {
    if (d.state !== 'success') continue;
    if (updated.has(d.id)) d.commits = await shippedCommits(client, repo, d, lastSuccess.get(d.environment)?.sha);
    lastSuccess.set(d.environment, d);
  }
  history.deployments = all.sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
  const pending = all.filter((d) => d.state === 'pending' && now - d.createdAt < PENDING_PATIENCE).map((d) => d.createdAt);
  history.cursor.deploymentsFrom = pending.length > 0 ? Math.min(...pending) : now;
  return added.length;
}
