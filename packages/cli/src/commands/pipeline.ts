import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { errorCodes, parseJson, readTextFile, SMALL_FILE_LIMIT, UserError } from '@slipway/core';
import {
  assertWorkflowParses,
  decodeTimings,
  estimate,
  formatEstimateText,
  jobGraph,
  unusedTimings,
  workflowNameOf,
  type WorkflowResolver,
} from '@slipway/workflows';
import { EXIT, group, intFlag, leaf, numberFlag, printJson, required } from '../command.js';
import { SUMMARIES } from './summaries.js';

/**
 * Finds a called workflow on disk: `./path` from the working folder, and `owner/repo/path@ref`
 * at `path` in the working folder or in the repository that holds the calling workflow.
 */
function fileResolver(cwd: string, workflowFile: string): WorkflowResolver {
  const repoOfWorkflow = resolve(dirname(workflowFile), '..', '..');
  return (uses) => {
    const path = uses.startsWith('./')
      ? uses.slice(2)
      : uses
          .replace(/@[^@]*$/, '')
          .split('/')
          .slice(2)
          .join('/');
    if (!path) return undefined;
    for (const candidate of [join(cwd, path), join(repoOfWorkflow, path)]) {
      if (existsSync(candidate)) return readFileSync(candidate, 'utf8');
    }
    return undefined;
  };
}

/** `slipway pipeline estimate`: the critical path of a workflow's needs: graph against a time budget. */
export const estimateCommand = leaf({
  name: 'estimate',
  summary: 'predict the p50 duration of a workflow from job timings and say what to shard or cache next',
  usage: 'pipeline estimate --workflow FILE --timings FILE [--shards N] [--budget-minutes M] [--shard-overhead-seconds S] [--json]',
  options: {
    workflow: {
      type: 'string',
      value: 'FILE',
      description: 'the workflow (a caller of a reusable workflow is expanded when the called file is found)',
    },
    timings: {
      type: 'string',
      value: 'FILE',
      description:
        'job durations: {"jobs":{"lint":{"seconds":90},"test":{"serialSeconds":720,"overheadSeconds":60}}}, or GitHub list-jobs responses',
    },
    shards: {
      type: 'string',
      value: 'N',
      description: "shard count of the test job (default: the workflow's matrix, its shards input, or what target-seconds would plan)",
    },
    'budget-minutes': { type: 'string', value: 'M', description: 'the time budget (default: the timings file budgetMinutes, else 10)' },
    'shard-overhead-seconds': {
      type: 'string',
      value: 'S',
      description: 'per-shard fixed cost assumed for measured matrix jobs (default 60)',
    },
    json: { type: 'boolean', description: 'print the estimate as JSON' },
  },
  details: 'Exit codes: 0 within budget, 1 over budget, 2 unreadable workflow or timings, or bad usage.',
  run: async ({ values }, io) => {
    const workflowFile = resolve(io.cwd, required(values.workflow, 'workflow'));
    const timingsFile = resolve(io.cwd, required(values.timings, 'timings'));
    const shards = intFlag(values.shards, 'shards', 1, 256);
    const overhead = numberFlag(values['shard-overhead-seconds'], 'shard-overhead-seconds', 0, 3600) ?? 60;
    const workflowText = await readTextFile(workflowFile, 'workflow', { maxBytes: SMALL_FILE_LIMIT });
    await assertWorkflowParses(workflowText, values.workflow ?? workflowFile);
    const timingsJson = parseJson(await readTextFile(timingsFile, 'timings file'), timingsFile);
    const timings = decodeTimings(timingsJson, timingsFile, overhead, workflowNameOf(workflowText, workflowFile));
    const budgetMinutes = numberFlag(values['budget-minutes'], 'budget-minutes', 0.1, 1440) ?? timings.budgetMinutes ?? 10;
    const graph = jobGraph(workflowText, workflowFile, fileResolver(io.cwd, workflowFile));
    // Timings written for this workflow that name a job it lacks: a typo, the wrong workflow, or
    // a workflow file cut short; an estimate without those jobs would look faster than it is.
    const unused = timings.source === 'given' ? unusedTimings(graph, timings) : [];
    if (unused.length > 0) {
      throw new UserError(`${values.timings} times job(s) ${unused.join(', ')} that the workflow ${values.workflow} does not have`, {
        code: errorCodes.invalidInput,
        hint: `name the workflow's jobs (${graph.map((j) => j.id).join(', ')}), or give the workflow the timings were written for`,
      });
    }
    const result = estimate(graph, timings, { budgetSeconds: budgetMinutes * 60, ...(shards !== undefined ? { shards } : {}) });
    if (values.json) printJson(io, { workflow: values.workflow, timingsSource: timings.source, ...result });
    else io.stdout(formatEstimateText(result, values.workflow ?? workflowFile));
    return result.meetsBudget ? EXIT.ok : EXIT.rejected;
  },
});

/** `slipway pipeline ...` */
export const pipelineCommand = group('pipeline', SUMMARIES['pipeline'], [estimateCommand]);
