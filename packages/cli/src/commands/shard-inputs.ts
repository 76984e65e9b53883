import { preparePlan, RUNNERS, type PlanSetup, type PreparedPlan, type Runner } from '@slipway/shard';
import { intFlag, numberFlag, required, UsageError, type CliIO, type OptionSpec } from '../command.js';

/** The flags `shard plan` and `shard select` share. */
export const universeOptions = {
  timings: {
    type: 'string',
    multiple: true,
    value: 'FILE',
    description: 'a timing file: JUnit XML, pytest-split .test_durations, Knapsack JSON, jest --json, or a Slipway timings store',
  },
  tests: {
    type: 'string',
    multiple: true,
    value: 'GLOB',
    description: "test files to split (default: the files the runner finds by default here and the timed ones, else the timings' tests)",
  },
  'tests-from': { type: 'string', value: 'FILE', description: 'a file listing test files or test ids, one per line' },
  granularity: { type: 'string', value: 'file|test', description: 'split by file (default) or by single test' },
  runner: {
    type: 'string',
    value: 'R',
    description: `the test runner: ${RUNNERS.filter((r) => r !== 'custom').join(', ')} (default: inferred from the timings)`,
  },
  json: { type: 'boolean', description: 'print JSON on stdout' },
} satisfies Record<string, OptionSpec>;

interface UniverseValues {
  timings?: string[];
  tests?: string[];
  'tests-from'?: string;
  granularity?: string;
  runner?: string;
}

/** Reads timings and the universe and plans, through the same engine function as the action; warnings go to stderr. */
export async function preparedPlan(
  values: UniverseValues,
  count: Pick<PlanSetup, 'shards' | 'targetSeconds' | 'overheadSeconds' | 'maxShards'>,
  io: CliIO,
): Promise<PreparedPlan> {
  const timings = required(values.timings, 'timings');
  if (values.tests && values['tests-from']) throw new UsageError('pass either --tests or --tests-from, not both');
  const granularity = values.granularity ?? 'file';
  if (granularity !== 'file' && granularity !== 'test') throw new UsageError(`--granularity must be file or test; got '${granularity}'`);
  const runner = values.runner ?? 'auto';
  if (runner !== 'auto' && (!RUNNERS.includes(runner as Runner) || runner === 'custom')) {
    throw new UsageError(`--runner must be one of ${RUNNERS.filter((r) => r !== 'custom').join(', ')}; got '${runner}'`);
  }
  const prepared = await preparePlan({
    cwd: io.cwd,
    timings,
    tests: values.tests ?? [],
    ...(values['tests-from'] ? { testsFrom: values['tests-from'] } : {}),
    runner: runner as Runner | 'auto',
    granularity,
    ...count,
  });
  for (const w of prepared.warnings) io.stderr(`warning: ${w}\n`);
  for (const n of prepared.notes) io.stderr(`note: ${n}\n`);
  for (const n of prepared.plan.notes) io.stderr(`note: ${n}\n`);
  return prepared;
}

/** `--shards N`, or `--target-seconds S` with its overhead and cap. */
export function countRequest(values: {
  shards?: string;
  'target-seconds'?: string;
  'shard-overhead-seconds'?: string;
  'max-shards'?: string;
}): Pick<PlanSetup, 'shards' | 'targetSeconds' | 'overheadSeconds' | 'maxShards'> {
  const shards = intFlag(values.shards, 'shards', 1, 256);
  const target = numberFlag(values['target-seconds'], 'target-seconds', 1, 1e7);
  if ((shards === undefined) === (target === undefined)) throw new UsageError('pass exactly one of --shards N and --target-seconds S');
  if (shards !== undefined && (values['shard-overhead-seconds'] !== undefined || values['max-shards'] !== undefined)) {
    throw new UsageError('--shard-overhead-seconds and --max-shards go with --target-seconds');
  }
  return {
    ...(shards !== undefined ? { shards } : {}),
    ...(target !== undefined ? { targetSeconds: target } : {}),
    overheadSeconds: numberFlag(values['shard-overhead-seconds'], 'shard-overhead-seconds', 0, 1e6) ?? 0,
    maxShards: intFlag(values['max-shards'], 'max-shards', 1, 256) ?? 32,
  };
}
