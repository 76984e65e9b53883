import { readFileFeatures, readTestEntries, readTimingFiles, timeUniverse, type PlanRequest } from '@slipway/shard';
import { intFlag, numberFlag, required, UsageError, type CliIO, type OptionSpec } from '../command.js';

/** The flags `shard plan` and `shard select` share. */
export const universeOptions = {
  timings: {
    type: 'string',
    multiple: true,
    value: 'FILE',
    description: 'a timing file: JUnit XML, pytest-split .test_durations, Knapsack JSON, jest --json, or a Slipway timings store',
  },
  tests: { type: 'string', multiple: true, value: 'GLOB', description: 'test files to split (default: every test in the timing files)' },
  'tests-from': { type: 'string', value: 'FILE', description: 'a file listing test files or test ids, one per line' },
  granularity: { type: 'string', value: 'file|test', description: 'split by file (default) or by single test' },
  json: { type: 'boolean', description: 'print JSON on stdout' },
} satisfies Record<string, OptionSpec>;

interface UniverseValues {
  timings?: string[];
  tests?: string[];
  'tests-from'?: string;
  granularity?: string;
}

/** Reads timings and the universe as the action does; warnings go to stderr. */
export async function universeRequest(
  values: UniverseValues,
  io: CliIO,
): Promise<Pick<PlanRequest, 'universe' | 'granularity' | 'exactTestSelection' | 'features'>> {
  const timings = required(values.timings, 'timings');
  if (values.tests && values['tests-from']) throw new UsageError('pass either --tests or --tests-from, not both');
  const granularity = values.granularity ?? 'file';
  if (granularity !== 'file' && granularity !== 'test') throw new UsageError(`--granularity must be file or test; got '${granularity}'`);
  const { sources, warnings } = await readTimingFiles(timings, io.cwd);
  for (const w of warnings) io.stderr(`warning: ${w}\n`);
  const entries = await readTestEntries(values.tests ?? [], values['tests-from'], io.cwd);
  const universe = timeUniverse({ entries, sources, root: io.cwd });
  for (const s of universe.unmatchedSources)
    io.stderr(`warning: timing file ${s} matches no test in the universe; its timings were ignored\n`);
  const features = entries
    ? await readFileFeatures(
        universe.files.map((f) => f.file),
        io.cwd,
      )
    : undefined;
  return { universe, granularity, exactTestSelection: true, ...(features ? { features } : {}) };
}

/** `--shards N`, or `--target-seconds S` with its overhead and cap. */
export function countRequest(values: {
  shards?: string;
  'target-seconds'?: string;
  'shard-overhead-seconds'?: string;
  'max-shards'?: string;
}): Pick<PlanRequest, 'shards' | 'targetSeconds' | 'overheadSeconds' | 'maxShards'> {
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
