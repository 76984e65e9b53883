import { decode, outcomeRecord, type Decoder } from '@slipway/core';
import type { DeploymentRecord, History, JobRecord, OutcomeRecord, RunRecord, StepRecord } from './model.js';
import { toOutcome } from './outcome-records.js';

// Typed decoders for the history file: a file edited by hand or cut short fails with the
// field at fault instead of producing figures from garbage.

const int: Decoder<number> = (v, p) => {
  const n = decode.number(v, p);
  if (!Number.isInteger(n)) throw new decode.DecodeError(p, 'a whole number', v);
  return n;
};

// Times are Unix seconds; fractions are kept (local runs take well under a second per stage).
const time: Decoder<number> = decode.number;

const step: Decoder<StepRecord> = decode.object({ name: decode.string, conclusion: decode.string, seconds: decode.number });

const checkedJob: Decoder<JobRecord> = decode.object({
  id: int,
  name: decode.string,
  attempt: int,
  conclusion: decode.string,
  createdAt: decode.optional(time),
  startedAt: time,
  completedAt: time,
  steps: decode.array(step),
});

// The history keeps what toOutcome keeps of a record, so it is read with the records' own decoder.
const storedOutcome: Decoder<OutcomeRecord> = (v, p) => {
  const kept = toOutcome(outcomeRecord(v, p));
  if (!kept) throw new decode.DecodeError(p, 'a cache lookup with hit exact, partial or miss', v);
  return kept;
};

const checkedRun: Decoder<RunRecord> = decode.object({
  id: int,
  workflow: decode.string,
  event: decode.string,
  branch: decode.string,
  sha: decode.string,
  attempt: int,
  conclusion: decode.string,
  createdAt: time,
  startedAt: time,
  completedAt: time,
  jobs: decode.array(checkedJob),
  artifacts: int,
  outcomes: decode.array(storedOutcome),
});

// A history holds millions of steps: the generic decoders build a field path for every value,
// which dominates loading. These fast paths check the same types without paths and fall back to
// the checked decoders (which name the field at fault) only when something is wrong.
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

function fastJob(v: unknown): JobRecord | undefined {
  if (!isObject(v) || !isInt(v['id']) || typeof v['name'] !== 'string' || !isInt(v['attempt']) || typeof v['conclusion'] !== 'string')
    return undefined;
  if (
    !isNum(v['startedAt']) ||
    !isNum(v['completedAt']) ||
    !(v['createdAt'] === undefined || v['createdAt'] === null || isNum(v['createdAt']))
  )
    return undefined;
  const raw = v['steps'];
  if (!Array.isArray(raw)) return undefined;
  const steps: StepRecord[] = new Array<StepRecord>(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const s: unknown = raw[i];
    if (!isObject(s) || typeof s['name'] !== 'string' || typeof s['conclusion'] !== 'string' || !isNum(s['seconds'])) return undefined;
    steps[i] = { name: s['name'], conclusion: s['conclusion'], seconds: s['seconds'] };
  }
  const out: JobRecord = {
    id: v['id'],
    name: v['name'],
    attempt: v['attempt'],
    conclusion: v['conclusion'],
    startedAt: v['startedAt'],
    completedAt: v['completedAt'],
    steps,
  };
  if (isNum(v['createdAt'])) out.createdAt = v['createdAt'];
  return out;
}

const run: Decoder<RunRecord> = (v, p) => {
  if (isObject(v) && Array.isArray(v['jobs']) && isInt(v['id']) && typeof v['workflow'] === 'string' && typeof v['event'] === 'string') {
    const rawJobs = v['jobs'] as unknown[];
    const jobs: JobRecord[] = [];
    for (const j of rawJobs) {
      const decoded = fastJob(j);
      if (!decoded) return checkedRun(v, p);
      jobs.push(decoded);
    }
    const rest = checkedRun({ ...v, jobs: [] }, p);
    return { ...rest, jobs };
  }
  return checkedRun(v, p);
};

const deployment: Decoder<DeploymentRecord> = decode.object({
  id: int,
  environment: decode.string,
  production: decode.boolean,
  sha: decode.string,
  ref: decode.string,
  createdAt: time,
  state: decode.literal('success', 'failure', 'error', 'pending'),
  finishedAt: decode.optional(time),
  commits: decode.array(decode.object({ sha: decode.string, at: time })),
});

/** The history file format, version 1. */
export const historyDecoder: Decoder<History> = decode.object({
  version: decode.map(int, (v, p) => {
    if (v !== 1) throw new decode.DecodeError(p, 'version 1 (this release reads no other)', v);
    return 1 as const;
  }),
  repository: decode.string,
  defaultBranch: decode.string,
  updatedAt: time,
  cursor: decode.object({ runsFrom: decode.optional(int), deploymentsFrom: decode.optional(int) }),
  runs: decode.array(run),
  deployments: decode.array(deployment),
});
