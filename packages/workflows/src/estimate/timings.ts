import { decode, decodeDocument, errorCodes, median, UserError } from '@slipway/core';

/** What is known about one job's duration. */
export interface JobTiming {
  /** Measured or given wall-clock seconds (several measurements: the p50 is used). */
  seconds: number[];
  /** For a sharded job: the serial test seconds split across shards. */
  serialSeconds?: number;
  /** For a sharded job: per-shard fixed cost (checkout, install, cache restore). */
  overheadSeconds?: number;
}

/** Timings by job name (lower case). */
export interface Timings {
  jobs: Map<string, JobTiming>;
  source: 'given' | 'measured';
  budgetMinutes?: number;
}

const seconds = decode.oneOf<number[]>(
  decode.map(decode.number, (n) => [n]),
  decode.array(decode.number),
);

const givenFormat = decode.object(
  {
    budgetMinutes: decode.optional(decode.number),
    jobs: decode.record(
      decode.object(
        {
          seconds: decode.optional(seconds),
          serialSeconds: decode.optional(decode.number),
          overheadSeconds: decode.optional(decode.number),
        },
        { strict: true },
      ),
    ),
  },
  { strict: true },
);

const apiJob = decode.object({
  name: decode.string,
  started_at: decode.nullable(decode.string),
  completed_at: decode.nullable(decode.string),
  conclusion: decode.optional(decode.string),
});
const apiRun = decode.object({ jobs: decode.array(apiJob) });
const apiFormat = decode.oneOf(
  decode.map(apiRun, (r) => [r]),
  decode.array(apiRun),
);

/** One run's jobs with their start and end in Unix seconds (null when not started or not finished). */
interface MeasuredRun {
  jobs: { name: string; startedAt: number | null; completedAt: number | null; conclusion?: string | undefined }[];
}

const unixSeconds = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso) / 1000);

// The ci-metrics history file (`ci-metrics/history.json`): the fields an estimate needs.
const historyJob = decode.object({
  name: decode.string,
  attempt: decode.number,
  conclusion: decode.string,
  startedAt: decode.number,
  completedAt: decode.number,
});
const historyFormat = decode.object({
  version: decode.number,
  runs: decode.array(
    decode.object({ workflow: decode.string, conclusion: decode.string, attempt: decode.number, jobs: decode.array(historyJob) }),
  ),
});

/** Successful runs of one workflow from a ci-metrics history, the jobs of their last attempt. */
function fromHistory(value: unknown, source: string, workflowName: string | undefined): MeasuredRun[] {
  const history = decodeDocument(historyFormat, value, source);
  const names = [...new Set(history.runs.map((r) => r.workflow))];
  const wanted = workflowName ?? (names.length === 1 ? names[0] : undefined);
  if (wanted === undefined) {
    throw new UserError(`${source} holds runs of several workflows (${names.join(', ')})`, {
      hint: "give the workflow's name: field so its runs are picked",
    });
  }
  const runs = history.runs.filter((r) => r.workflow === wanted && r.conclusion === 'success');
  if (runs.length === 0) throw new UserError(`${source} has no successful run of '${wanted}' (workflows: ${names.join(', ') || 'none'})`);
  return runs.map((r) => ({ jobs: r.jobs.filter((j) => j.attempt === r.attempt) }));
}

/** `build (2)` -> `build`, `pipeline / test (0)` -> `pipeline / test`. */
function baseName(name: string): string {
  return name.replace(/\s*\([^()]*\)\s*$/, '').trim();
}

function measured(runs: readonly MeasuredRun[], overhead: number): Timings {
  const jobs = new Map<string, JobTiming>();
  const serials = new Map<string, number[]>();
  for (const run of runs) {
    const perName = new Map<string, number[]>();
    for (const job of run.jobs) {
      // Skipped and unfinished jobs say nothing about how long a job takes.
      if (job.startedAt === null || job.completedAt === null || job.conclusion === 'skipped' || job.conclusion === 'cancelled') continue;
      const s = job.completedAt - job.startedAt;
      if (!Number.isFinite(s) || s < 0) continue;
      const name = baseName(job.name).toLowerCase();
      perName.set(name, [...(perName.get(name) ?? []), s]);
    }
    for (const [name, durations] of perName) {
      const entry = jobs.get(name) ?? { seconds: [] };
      entry.seconds.push(Math.max(...durations));
      if (durations.length > 1) {
        // A matrix: the serial work is what the shards did beyond their fixed cost.
        serials.set(name, [...(serials.get(name) ?? []), durations.reduce((a, b) => a + Math.max(0, b - overhead), 0)]);
      }
      jobs.set(name, entry);
    }
  }
  for (const [name, values] of serials) {
    const entry = jobs.get(name);
    if (entry) Object.assign(entry, { serialSeconds: median(values) ?? 0, overheadSeconds: overhead });
  }
  return { jobs, source: 'measured' };
}

/**
 * Decodes a timings document: the given form `{ "jobs": { "lint": { "seconds": 90 }, "test":
 * { "serialSeconds": 720, "overheadSeconds": 60 } } }`, or measured data: a ci-metrics history
 * file (the successful runs of `workflowName`), or GitHub's list-jobs-for-a-run response (one
 * run or an array of runs).
 */
export function decodeTimings(value: unknown, source: string, defaultOverhead = 60, workflowName?: string): Timings {
  if (typeof value === 'object' && value !== null && 'runs' in value && 'version' in value) {
    return measured(fromHistory(value, source, workflowName), defaultOverhead);
  }
  const isApi = typeof value === 'object' && value !== null && (Array.isArray(value) || 'total_count' in value);
  if (isApi) {
    const runs = decodeDocument(apiFormat, value, source);
    if (runs.every((r) => r.jobs.length === 0)) throw new UserError(`${source}: the runs list no jobs`);
    return measured(
      runs.map((r) => ({
        jobs: r.jobs.map((j) => ({
          name: j.name,
          conclusion: j.conclusion,
          startedAt: unixSeconds(j.started_at),
          completedAt: unixSeconds(j.completed_at),
        })),
      })),
      defaultOverhead,
    );
  }
  const doc = decodeDocument(givenFormat, value, source);
  if (doc.budgetMinutes !== undefined && !(Number.isFinite(doc.budgetMinutes) && doc.budgetMinutes > 0)) {
    throw new UserError(`${source}: budgetMinutes must be a positive number of minutes; got ${doc.budgetMinutes}`, {
      code: errorCodes.invalidInput,
      hint: 'give the time budget in minutes, e.g. "budgetMinutes": 10, or leave it out for the default',
    });
  }
  const jobs = new Map<string, JobTiming>();
  for (const [name, t] of Object.entries(doc.jobs)) {
    if (t.seconds === undefined && t.serialSeconds === undefined) {
      throw new UserError(`${source}: jobs.${name}: give seconds (wall clock) or serialSeconds (for a sharded job)`);
    }
    if ([...(t.seconds ?? []), t.serialSeconds ?? 0, t.overheadSeconds ?? 0].some((n) => n < 0)) {
      throw new UserError(`${source}: jobs.${name}: durations cannot be negative`);
    }
    jobs.set(name.toLowerCase(), {
      seconds: t.seconds ?? [],
      ...(t.serialSeconds !== undefined ? { serialSeconds: t.serialSeconds } : {}),
      ...(t.overheadSeconds !== undefined ? { overheadSeconds: t.overheadSeconds } : {}),
    });
  }
  return { jobs, source: 'given', ...(doc.budgetMinutes !== undefined ? { budgetMinutes: doc.budgetMinutes } : {}) };
}
