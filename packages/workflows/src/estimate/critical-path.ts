import { median, UserError } from '@slipway/core';
import type { GraphJob } from './job-graph.js';

import type { JobTiming, Timings } from './timings.js';

/** One job's predicted place in the run. */
export interface JobEstimate {
  id: string;
  seconds: number;
  startSeconds: number;
  finishSeconds: number;
  /** Set for the sharded job: its duration is overhead + serial / shards. */
  shards?: number;
  onCriticalPath: boolean;
}

/** What to change next, on the critical path. */
export interface Advice {
  action: 'shard' | 'cache' | 'none';
  job: string;
  /** For `shard`: the smallest shard count that meets the budget. */
  shards?: number;
  message: string;
}

/** The predicted run: critical path, p50 duration and the budget verdict. */
export interface Estimate {
  p50Seconds: number;
  budgetSeconds: number;
  meetsBudget: boolean;
  criticalPath: string[];
  jobs: JobEstimate[];
  advice: Advice;
}

function timingFor(job: GraphJob, timings: Timings): JobTiming | undefined {
  const names = [job.id, job.id.replace(/\//g, ' / '), ...job.aliases].map((n) => n.toLowerCase());
  for (const n of names) {
    const t = timings.jobs.get(n);
    if (t) return t;
  }
  return undefined;
}

/** The timings' job names that no job of the workflow answers to (by id, `caller / job` or name). */
export function unusedTimings(jobs: readonly GraphJob[], timings: Timings): string[] {
  const known = new Set(jobs.flatMap((j) => [j.id, j.id.replace(/\//g, ' / '), ...j.aliases].map((n) => n.toLowerCase())));
  return [...timings.jobs.keys()].filter((name) => !known.has(name));
}

const isCallWrapper = (job: GraphJob, all: readonly GraphJob[]): boolean => all.some((j) => j.id.startsWith(`${job.id}/`));

/** Duration of a job with a shard count; sharded jobs scale as overhead + serial / shards. */
function duration(t: JobTiming, shards: number | undefined): number {
  if (t.serialSeconds !== undefined) return (t.overheadSeconds ?? 0) + t.serialSeconds / Math.max(1, shards ?? 1);
  return median(t.seconds) ?? 0;
}

/** What test-shard's plan picks for a target: the smallest count whose shard meets it, within the cap. */
function plannedShards(t: JobTiming, target: number, max: number): number {
  for (let n = 1; n <= max; n += 1) if (duration(t, n) <= target) return n;
  return max;
}

interface Schedule {
  finish: Map<string, number>;
  start: Map<string, number>;
  seconds: Map<string, number>;
  path: string[];
  total: number;
}

function schedule(jobs: readonly GraphJob[], seconds: Map<string, number>): Schedule {
  const byId = new Map(jobs.map((j) => [j.id, j]));
  const finish = new Map<string, number>();
  const start = new Map<string, number>();
  const via = new Map<string, string | undefined>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const done = finish.get(id);
    if (done !== undefined) return done;
    if (visiting.has(id)) throw new UserError(`the needs: graph has a cycle through job '${id}'`);
    visiting.add(id);
    let begin = 0;
    let from: string | undefined;
    for (const need of byId.get(id)?.needs ?? []) {
      const f = visit(need);
      if (from === undefined || f > begin) {
        begin = f;
        from = need;
      }
    }
    visiting.delete(id);
    start.set(id, begin);
    via.set(id, from);
    const end = begin + (seconds.get(id) ?? 0);
    finish.set(id, end);
    return end;
  };
  for (const j of jobs) visit(j.id);
  let last: string | undefined;
  for (const j of jobs) if (last === undefined || (finish.get(j.id) ?? 0) > (finish.get(last) ?? 0)) last = j.id;
  const path: string[] = [];
  for (let at = last; at !== undefined; at = via.get(at)) path.unshift(at);
  return { finish, start, seconds, path, total: last === undefined ? 0 : (finish.get(last) ?? 0) };
}

/**
 * Predicts a run's p50 duration as the longest path through the `needs:` graph, each job at its
 * p50, the sharded job at overhead + serial / shards, and says which job to shard or cache next.
 * Jobs without a timing are an error that lists them (an estimate that guesses would hide them).
 */
export function estimate(jobs: readonly GraphJob[], timings: Timings, options: { budgetSeconds: number; shards?: number }): Estimate {
  const timing = new Map<string, JobTiming>();
  const missing: string[] = [];
  for (const j of jobs) {
    if (isCallWrapper(j, jobs)) continue;
    const t = timingFor(j, timings);
    if (t) timing.set(j.id, t);
    else missing.push(j.id);
  }
  if (missing.length > 0) {
    throw new UserError(`no timing for job(s) ${missing.join(', ')}`, {
      hint: `add them to the timings file's "jobs" (known: ${[...timings.jobs.keys()].join(', ') || 'none'})`,
    });
  }
  const shardsOf = (j: GraphJob): number | undefined => {
    const t = timing.get(j.id);
    if (t?.serialSeconds === undefined) return undefined;
    return options.shards ?? j.shards ?? (j.targetSeconds !== undefined ? plannedShards(t, j.targetSeconds, j.maxShards ?? 32) : 1);
  };
  const secondsWith = (override?: { id: string; shards: number }): Map<string, number> =>
    new Map(
      jobs.map((j) => [j.id, timing.has(j.id) ? duration(timing.get(j.id)!, override?.id === j.id ? override.shards : shardsOf(j)) : 0]),
    );
  const base = schedule(jobs, secondsWith());
  const onPath = new Set(base.path);
  const estimates: JobEstimate[] = jobs
    .filter((j) => !isCallWrapper(j, jobs))
    .map((j) => ({
      id: j.id,
      seconds: round(base.seconds.get(j.id) ?? 0),
      startSeconds: round(base.start.get(j.id) ?? 0),
      finishSeconds: round(base.finish.get(j.id) ?? 0),
      ...(shardsOf(j) !== undefined ? { shards: shardsOf(j) } : {}),
      onCriticalPath: onPath.has(j.id),
    }));
  const meets = base.total <= options.budgetSeconds;
  return {
    p50Seconds: round(base.total),
    budgetSeconds: options.budgetSeconds,
    meetsBudget: meets,
    criticalPath: base.path.filter(
      (id) =>
        !isCallWrapper(
          jobs.find((j) => j.id === id)!,
          jobs,
        ),
    ),
    jobs: estimates,
    advice: advise(jobs, base, timing, options.budgetSeconds, secondsWith, shardsOf),
  };
}

function advise(
  jobs: readonly GraphJob[],
  base: Schedule,
  timing: Map<string, JobTiming>,
  budget: number,
  secondsWith: (o?: { id: string; shards: number }) => Map<string, number>,
  shardsOf: (j: GraphJob) => number | undefined,
): Advice {
  const onPath = base.path.filter((id) => timing.has(id)).sort((a, b) => (base.seconds.get(b) ?? 0) - (base.seconds.get(a) ?? 0));
  const longest = onPath[0];
  if (longest === undefined) return { action: 'none', job: '', message: 'the workflow has no timed jobs' };
  const s = (id: string): number => round(base.seconds.get(id) ?? 0);
  if (base.total <= budget) {
    return {
      action: 'none',
      job: longest,
      message: `meets the budget with ${round(budget - base.total)} s to spare; the longest job on the critical path is '${longest}' (${s(longest)} s)`,
    };
  }
  const over = round(base.total - budget);
  for (const id of onPath) {
    const job = jobs.find((j) => j.id === id);
    if (!job || shardsOf(job) === undefined) continue;
    const current = shardsOf(job) ?? 1;
    for (let n = current + 1; n <= 64; n += 1) {
      if (schedule(jobs, secondsWith({ id, shards: n })).total <= budget) {
        return {
          action: 'shard',
          job: id,
          shards: n,
          message: `over budget by ${over} s: shard '${id}' into ${n} (now ${current}) to meet it`,
        };
      }
    }
  }
  const target = onPath.find((id) => timing.get(id)?.serialSeconds === undefined) ?? longest;
  return {
    action: 'cache',
    job: target,
    message: `over budget by ${over} s: '${target}' takes ${s(target)} s on the critical path; cache its dependencies and build outputs (cache-setup) or split it`,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
