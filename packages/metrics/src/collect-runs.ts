import type { ApiClient } from './api-client.js';
import { artifactsPage, decodeApi, jobsPage, runsPage, type ApiJob, type WorkflowRun } from './api-shapes.js';
import { toIso, toSeconds, type JobRecord, type OutcomeRecord, type RunRecord } from './model.js';
import { recordsFromArchive } from './outcome-records.js';

/** GitHub returns at most this many results for a filtered run list, whatever `total_count` says. */
export const SEARCH_CAP = 1000;

/** Where the runs of one repository live. */
export interface RunSource {
  client: ApiClient;
  /** `owner/name` */
  repository: string;
  /** Artifacts whose name starts with this carry outcome records. */
  recordsPrefix: string;
  /** Problems that did not stop collection (an unreadable record file). */
  problems: string[];
}

const runsUrl = (repo: string, from: number, to: number): string =>
  `/repos/${repo}/actions/runs?per_page=100&exclude_pull_requests=true&created=${encodeURIComponent(`${toIso(from)}..${toIso(to)}`)}`;

/**
 * Lists the runs created in [from, to] (seconds, inclusive). A window whose total is over the
 * API's 1,000-result cap is split in halves until each half fits, oldest half first.
 */
export async function listRuns(source: RunSource, from: number, to: number): Promise<WorkflowRun[]> {
  const what = `the workflow runs of ${source.repository} created ${toIso(from)}..${toIso(to)}`;
  const out: WorkflowRun[] = [];
  let first = true;
  for await (const page of source.client.pages(
    runsUrl(source.repository, from, to),
    what,
    (d) => decodeApi(runsPage, d, what).workflow_runs,
  )) {
    if (first) {
      first = false;
      const total = decodeApi(runsPage, page.data, what).total_count;
      if (total > SEARCH_CAP && to > from) {
        const mid = from + Math.floor((to - from) / 2);
        return [...(await listRuns(source, from, mid)), ...(await listRuns(source, mid + 1, to))];
      }
    }
    out.push(...page.items);
  }
  return out;
}

const secondsOr = (iso: string | undefined, fallback: number): number => (iso ? toSeconds(iso) : fallback);

function jobRecord(job: ApiJob): JobRecord | undefined {
  if (job.status !== 'completed' || !job.started_at) return undefined;
  const startedAt = toSeconds(job.started_at);
  const completedAt = secondsOr(job.completed_at, startedAt);
  const steps = job.steps
    .filter((s) => s.started_at && s.completed_at)
    .map((s) => ({
      name: s.name,
      conclusion: s.conclusion ?? s.status,
      seconds: Math.max(0, (Date.parse(s.completed_at ?? '') - Date.parse(s.started_at ?? '')) / 1000),
    }));
  const record: JobRecord = {
    id: job.id,
    name: job.name,
    attempt: job.run_attempt,
    conclusion: job.conclusion ?? 'unknown',
    startedAt,
    completedAt,
    steps,
  };
  if (job.created_at) record.createdAt = toSeconds(job.created_at);
  return record;
}

function asBuffer(data: unknown): Buffer | undefined {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return undefined;
}

/** Fetches a completed run's jobs (every attempt), artifacts and outcome records. */
export async function runDetails(source: RunSource, run: WorkflowRun): Promise<RunRecord> {
  const repo = source.repository;
  const jobsWhat = `the jobs of run ${run.id} in ${repo}`;
  const jobs: JobRecord[] = [];
  for await (const page of source.client.pages(
    `/repos/${repo}/actions/runs/${run.id}/jobs?filter=all&per_page=100`,
    jobsWhat,
    (d) => decodeApi(jobsPage, d, jobsWhat).jobs,
  )) {
    for (const job of page.items) {
      const record = jobRecord(job);
      if (record) jobs.push(record);
    }
  }
  const artifactsWhat = `the artifacts of run ${run.id} in ${repo}`;
  let artifacts = 0;
  const outcomes: OutcomeRecord[] = [];
  for await (const page of source.client.pages(
    `/repos/${repo}/actions/runs/${run.id}/artifacts?per_page=100`,
    artifactsWhat,
    (d) => decodeApi(artifactsPage, d, artifactsWhat).artifacts,
  )) {
    for (const artifact of page.items) {
      if (!artifact.name.startsWith(source.recordsPrefix)) {
        artifacts += 1;
        continue;
      }
      if (artifact.expired) continue;
      const zip = await source.client.getOptional(
        `/repos/${repo}/actions/artifacts/${artifact.id}/zip`,
        `artifact ${artifact.name} of run ${run.id}`,
      );
      const bytes = asBuffer(zip?.data);
      if (!bytes) {
        source.problems.push(`artifact ${artifact.name} of run ${run.id}: no archive could be downloaded`);
        continue;
      }
      const read = recordsFromArchive(bytes, `${artifact.name} of run ${run.id}`);
      outcomes.push(...read.records);
      source.problems.push(...read.problems);
    }
  }
  const createdAt = toSeconds(run.created_at);
  const startedAt = secondsOr(run.run_started_at, createdAt);
  const latest = jobs.filter((j) => j.attempt === run.run_attempt);
  const completedAt = latest.length > 0 ? Math.max(...latest.map((j) => j.completedAt)) : toSeconds(run.updated_at);
  return {
    id: run.id,
    workflow: run.name || run.path,
    event: run.event,
    branch: run.head_branch,
    sha: run.head_sha,
    attempt: run.run_attempt,
    conclusion: run.conclusion ?? 'unknown',
    createdAt,
    startedAt,
    completedAt: Math.max(completedAt, startedAt),
    jobs,
    artifacts,
    outcomes,
  };
}
