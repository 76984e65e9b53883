import { criticalPath, type PathJob } from './critical-path.js';
import type { JobRecord, RunRecord } from './model.js';
import { distribution, ratio, type Distribution } from './percentiles.js';

// Run outcomes that say nothing about the pipeline's health are left out of success rates.
const IGNORED = new Set(['cancelled', 'skipped', 'neutral', 'stale']);

/** A run's duration: from the start of its latest attempt to its last job's end (seconds). */
export const runSeconds = (r: RunRecord): number => r.completedAt - r.startedAt;

/** Jobs of the run's latest attempt. */
export const latestJobs = (r: RunRecord): JobRecord[] => r.jobs.filter((j) => j.attempt === r.attempt);

/** A run's queue time: from the start of its latest attempt to its first job's start (seconds). */
export function runQueueSeconds(r: RunRecord): number | undefined {
  let first = Infinity;
  for (const j of r.jobs) if (j.attempt === r.attempt && j.startedAt < first) first = j.startedAt;
  return Number.isFinite(first) ? Math.max(0, first - r.startedAt) : undefined;
}

export interface JobFigures {
  name: string;
  /** Job runs counted, every attempt. */
  count: number;
  duration: Distribution;
  /** Seconds from the job being queued to its start, where the API gave `created_at`. */
  queue: Distribution;
  successRate: number | null;
  /** Runs where this job failed in one attempt and passed in a later one. */
  flaky: number;
  /** Share of successful runs whose critical path went through this job. */
  onCriticalPath: number | null;
}

export interface StepFigures {
  job: string;
  step: string;
  count: number;
  duration: Distribution;
}

export interface DayFigures {
  /** YYYY-MM-DD (UTC) */
  day: string;
  runs: number;
  p50: number | null;
  p95: number | null;
  successRate: number | null;
}

export interface WorkflowFigures {
  workflow: string;
  runs: number;
  successes: number;
  failures: number;
  cancelled: number;
  /** Runs that needed more than one attempt. */
  retried: number;
  successRate: number | null;
  /** Durations of successful runs. */
  duration: Distribution;
  queue: Distribution;
  jobs: JobFigures[];
  slowestSteps: StepFigures[];
  /** The critical path of the latest successful run. */
  criticalPath: { runId: number; seconds: number; jobs: PathJob[] } | null;
  daily: DayFigures[];
}

/** Success rate of run or job conclusions, cancelled and skipped left out. */
export function successRate(conclusions: readonly string[]): number | null {
  let counted = 0;
  let ok = 0;
  for (const c of conclusions) {
    if (IGNORED.has(c)) continue;
    counted += 1;
    if (c === 'success') ok += 1;
  }
  return ratio(ok, counted);
}

function jobFigures(runs: readonly RunRecord[], successfulPaths: Map<string, number>, pathRuns: number): JobFigures[] {
  const byName = new Map<string, { jobs: JobRecord[]; flaky: number }>();
  for (const run of runs) {
    const outcomes = new Map<string, Set<string>>();
    for (const job of run.jobs) {
      let entry = byName.get(job.name);
      if (!entry) byName.set(job.name, (entry = { jobs: [], flaky: 0 }));
      entry.jobs.push(job);
      const seen = outcomes.get(job.name) ?? new Set<string>();
      seen.add(job.conclusion);
      outcomes.set(job.name, seen);
    }
    for (const [name, seen] of outcomes) if (seen.has('failure') && seen.has('success')) (byName.get(name) as { flaky: number }).flaky += 1;
  }
  return [...byName.entries()]
    .map(([name, { jobs, flaky }]) => ({
      name,
      count: jobs.length,
      duration: distribution(jobs.filter((j) => j.conclusion === 'success').map((j) => j.completedAt - j.startedAt)),
      queue: distribution(jobs.flatMap((j) => (j.createdAt === undefined ? [] : [Math.max(0, j.startedAt - j.createdAt)]))),
      successRate: successRate(jobs.map((j) => j.conclusion)),
      flaky,
      onCriticalPath: ratio(successfulPaths.get(name) ?? 0, pathRuns),
    }))
    .sort((a, b) => (b.duration.p50 ?? -1) - (a.duration.p50 ?? -1) || a.name.localeCompare(b.name));
}

/** Slowest p50 first; equal ones by job, then step name (so both engines cut the list at the same step). */
export function bySlowestStep(a: StepFigures, b: StepFigures): number {
  return (b.duration.p50 ?? 0) - (a.duration.p50 ?? 0) || a.job.localeCompare(b.job) || a.step.localeCompare(b.step);
}

function stepFigures(runs: readonly RunRecord[], limit: number): StepFigures[] {
  const bySteps = new Map<string, { job: string; step: string; seconds: number[] }>();
  for (const run of runs) {
    for (const job of run.jobs) {
      if (job.conclusion !== 'success') continue;
      for (const s of job.steps) {
        const key = `${job.name}\u0000${s.name}`;
        let e = bySteps.get(key);
        if (!e) bySteps.set(key, (e = { job: job.name, step: s.name, seconds: [] }));
        e.seconds.push(s.seconds);
      }
    }
  }
  return [...bySteps.values()]
    .map((e) => ({ job: e.job, step: e.step, count: e.seconds.length, duration: distribution(e.seconds) }))
    .sort(bySlowestStep)
    .slice(0, limit);
}

const dayOf = (seconds: number): string => new Date(seconds * 1000).toISOString().slice(0, 10);

/** One row per UTC day from `from` to `to`, days without runs included (gaps show in the trend). */
export function dailyFigures(runs: readonly RunRecord[], from: number, to: number): DayFigures[] {
  const byDay = new Map<string, RunRecord[]>();
  for (const r of runs) {
    const d = dayOf(r.createdAt);
    const list = byDay.get(d);
    if (list) list.push(r);
    else byDay.set(d, [r]);
  }
  const out: DayFigures[] = [];
  for (let t = Math.floor(from / 86_400) * 86_400; t <= to; t += 86_400) {
    const day = dayOf(t);
    const list = byDay.get(day) ?? [];
    const d = distribution(list.filter((r) => r.conclusion === 'success').map(runSeconds));
    out.push({ day, runs: list.length, p50: d.p50, p95: d.p95, successRate: successRate(list.map((r) => r.conclusion)) });
  }
  return out;
}

/** The figures of one workflow's runs in a window. */
export function workflowFigures(workflow: string, runs: readonly RunRecord[], from: number, to: number): WorkflowFigures {
  const successful = runs.filter((r) => r.conclusion === 'success');
  const onPath = new Map<string, number>();
  let latest: WorkflowFigures['criticalPath'] = null;
  let latestAt = -Infinity;
  for (const run of successful) {
    const path = criticalPath(latestJobs(run));
    for (const name of new Set(path.map((p) => p.name))) onPath.set(name, (onPath.get(name) ?? 0) + 1);
    if (run.createdAt > latestAt && path.length > 0) {
      latestAt = run.createdAt;
      latest = { runId: run.id, seconds: runSeconds(run), jobs: path };
    }
  }
  const queues = runs.flatMap((r) => {
    const q = runQueueSeconds(r);
    return q === undefined || r.conclusion === 'cancelled' ? [] : [q];
  });
  return {
    workflow,
    runs: runs.length,
    successes: successful.length,
    failures: runs.filter((r) => !IGNORED.has(r.conclusion) && r.conclusion !== 'success').length,
    cancelled: runs.filter((r) => r.conclusion === 'cancelled').length,
    retried: runs.filter((r) => r.attempt > 1).length,
    successRate: successRate(runs.map((r) => r.conclusion)),
    duration: distribution(successful.map(runSeconds)),
    queue: distribution(queues),
    jobs: jobFigures(runs, onPath, successful.length),
    slowestSteps: stepFigures(runs, 10),
    criticalPath: latest,
    daily: dailyFigures(runs, from, to),
  };
}
