import { nextLink, type ApiClient } from './api-client.js';
import { compare, compareCommit, decodeApi, deployment, deploymentStatus, type ApiDeployment, type CompareCommit } from './api-shapes.js';
import { decode } from '@slipway/core';
import { toSeconds, type DeploymentRecord, type ShippedCommit } from './model.js';

const TERMINAL = ['success', 'failure', 'error'] as const;
type Terminal = (typeof TERMINAL)[number];
const isTerminal = (s: string): s is Terminal => (TERMINAL as readonly string[]).includes(s);

/**
 * Lists deployments newest first down to `from` (seconds) and reads how each ended: the first
 * terminal status (success, failure or error) in time order; none yet means pending.
 */
export async function listDeployments(
  client: ApiClient,
  repository: string,
  from: number,
  known: ReadonlyMap<number, DeploymentRecord>,
): Promise<DeploymentRecord[]> {
  const what = `the deployments of ${repository}`;
  const listed: ApiDeployment[] = [];
  for await (const page of client.pages(`/repos/${repository}/deployments?per_page=100`, what, (d) =>
    decodeApi(decode.array(deployment), d, what),
  )) {
    listed.push(...page.items);
    if (page.items.some((d) => toSeconds(d.created_at) < from)) break;
  }
  const out: DeploymentRecord[] = [];
  for (const d of listed) {
    const createdAt = toSeconds(d.created_at);
    const old = known.get(d.id);
    if (old && old.state !== 'pending') continue;
    if (createdAt < from && !old) continue;
    const statusWhat = `the statuses of deployment ${d.id} in ${repository}`;
    let ending: { state: Terminal; at: number } | undefined;
    for await (const page of client.pages(`/repos/${repository}/deployments/${d.id}/statuses?per_page=100`, statusWhat, (x) =>
      decodeApi(decode.array(deploymentStatus), x, statusWhat),
    )) {
      for (const s of page.items) {
        const at = toSeconds(s.created_at);
        if (isTerminal(s.state) && (!ending || at <= ending.at)) ending = { state: s.state, at };
      }
    }
    out.push({
      id: d.id,
      environment: d.environment,
      production: d.production_environment ?? d.environment === 'production',
      sha: d.sha,
      ref: d.ref,
      createdAt,
      state: ending?.state ?? 'pending',
      ...(ending ? { finishedAt: ending.at } : {}),
      commits: [],
    });
  }
  return out;
}

const commitTime = (c: CompareCommit): number => toSeconds(c.commit.committer?.date ?? c.commit.author?.date ?? '');

/**
 * The commits a successful deployment shipped: those between the previous successful
 * deployment of its environment and its own sha (the compare API), or its own commit alone
 * when it is the first one known.
 */
export async function shippedCommits(
  client: ApiClient,
  repository: string,
  deploymentRecord: DeploymentRecord,
  previousSha: string | undefined,
): Promise<ShippedCommit[]> {
  if (previousSha === deploymentRecord.sha) return [];
  const commits: CompareCommit[] = [];
  if (previousSha) {
    const what = `the commits between ${previousSha.slice(0, 12)} and ${deploymentRecord.sha.slice(0, 12)} in ${repository}`;
    const url = `/repos/${repository}/compare/${previousSha}...${deploymentRecord.sha}?per_page=100`;
    const first = await client.getOptional(url, what);
    if (first) {
      commits.push(...decodeApi(compare, first.data, what).commits);
      for (let next = nextLink(first.headers['link']); next;) {
        const page = await client.get(next, what);
        commits.push(...decodeApi(compare, page.data, what).commits);
        next = nextLink(page.headers['link']);
      }
      return commits.map((c) => ({ sha: c.sha, at: commitTime(c) })).filter((c) => Number.isFinite(c.at));
    }
  }
  const what = `commit ${deploymentRecord.sha.slice(0, 12)} in ${repository}`;
  const single = await client.getOptional(`/repos/${repository}/commits/${deploymentRecord.sha}`, what);
  if (!single) return [];
  const c = decodeApi(compareCommit, single.data, what);
  return [{ sha: c.sha, at: commitTime(c) }];
}
