/**
 * The history a collector keeps: one record per workflow run (with its jobs, steps and the
 * outcome records its artifacts carried) and one per deployment. Times are Unix seconds,
 * which keeps a year of history small and the figures cheap to compute.
 */

/** One step of a job, as the jobs API reports it. */
export interface StepRecord {
  name: string;
  conclusion: string;
  seconds: number;
}

/** One job of one attempt of a run. */
export interface JobRecord {
  id: number;
  name: string;
  attempt: number;
  conclusion: string;
  /** When the job was queued (absent on older API versions). */
  createdAt?: number;
  startedAt: number;
  completedAt: number;
  steps: StepRecord[];
}

/** What cache-setup, the signers, the scan gate and verify-deploy leave behind for a run. */
export type OutcomeRecord =
  | { type: 'cache'; layer: string; hit: 'exact' | 'partial' | 'miss' }
  | { type: 'signature'; subject: string; signed: boolean }
  | { type: 'scan'; subject: string; decision: 'pass' | 'fail' }
  | { type: 'verification'; subject: string; environment?: string; verified: boolean }
  | { type: 'reproducibility'; subject: string; reproducible: boolean; hermetic: 'yes' | 'no' | 'not-isolated' };

/** One workflow run (its latest attempt), completed. */
export interface RunRecord {
  id: number;
  workflow: string;
  event: string;
  branch: string;
  sha: string;
  attempt: number;
  conclusion: string;
  createdAt: number;
  /** `run_started_at`: the start of the latest attempt. */
  startedAt: number;
  /** The last job's `completed_at`; the run's duration is `completedAt - startedAt`. */
  completedAt: number;
  /** Jobs of every attempt (a job that failed and passed on a re-run appears twice). */
  jobs: JobRecord[];
  /** Artifacts the run uploaded that are not outcome records. */
  artifacts: number;
  outcomes: OutcomeRecord[];
}

/** A commit first shipped by a deployment, for lead time. */
export interface ShippedCommit {
  sha: string;
  at: number;
}

/** One deployment and how it ended. */
export interface DeploymentRecord {
  id: number;
  environment: string;
  production: boolean;
  sha: string;
  ref: string;
  createdAt: number;
  /** success, failure, error, or pending while no terminal status exists yet. */
  state: 'success' | 'failure' | 'error' | 'pending';
  /** When the terminal status was posted. */
  finishedAt?: number;
  /** Commits this deployment shipped that the previous successful one in its environment had not. */
  commits: ShippedCommit[];
}

/** The collector's resume point. */
export interface Cursor {
  /** Runs created at or after this instant are (re)listed next time. */
  runsFrom?: number;
  /** Deployments created at or after this instant are (re)listed next time. */
  deploymentsFrom?: number;
}

/** The whole history file. */
export interface History {
  version: 1;
  repository: string;
  defaultBranch: string;
  updatedAt: number;
  cursor: Cursor;
  runs: RunRecord[];
  deployments: DeploymentRecord[];
}

/** An empty history for a repository. */
export function emptyHistory(repository: string, defaultBranch = 'main'): History {
  return { version: 1, repository, defaultBranch, updatedAt: 0, cursor: {}, runs: [], deployments: [] };
}

/** ISO 8601 (or anything Date parses) to Unix seconds; NaN stays NaN for the caller to reject. */
export function toSeconds(iso: string): number {
  return Math.round(Date.parse(iso) / 1000);
}

/** Unix seconds to an ISO 8601 UTC instant without milliseconds, as GitHub writes them. */
export function toIso(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
