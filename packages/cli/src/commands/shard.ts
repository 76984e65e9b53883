import { planDocument, planShards, selectShard } from '@slipway/shard';
import { EXIT, group, intFlag, leaf, printJson, required } from '../command.js';
import { countRequest, universeOptions, universeRequest } from './shard-inputs.js';

const EXIT_TEXT = 'Exit codes: 0 planned, 2 bad usage or an unreadable, malformed or empty input.';

const planCommand = leaf({
  name: 'plan',
  summary: 'split tests into timing-balanced shards',
  usage:
    'shard plan --timings FILE... [--tests GLOB|--tests-from FILE] (--shards N | --target-seconds S [--shard-overhead-seconds O] [--max-shards M]) [--granularity file|test] [--json]',
  options: {
    ...universeOptions,
    shards: { type: 'string', value: 'N', description: 'the number of shards' },
    'target-seconds': { type: 'string', value: 'S', description: 'choose the fewest shards whose longest takes at most S seconds' },
    'shard-overhead-seconds': {
      type: 'string',
      value: 'O',
      description: 'per-shard time outside the tests, counted against the target (default 0)',
    },
    'max-shards': { type: 'string', value: 'M', description: 'the most shards the target may choose (default 32)' },
  },
  details: `With --json: {"shards":[{"index":0,"tests":[...],"predictedSeconds":...}],"lowerBoundSeconds":...,"makespanSeconds":...}\n${EXIT_TEXT}`,
  run: async ({ values }, io) => {
    const plan = planShards({ ...(await universeRequest(values, io)), ...countRequest(values) });
    for (const note of plan.notes) io.stderr(`note: ${note}\n`);
    if (values.json) {
      printJson(io, planDocument(plan));
      return EXIT.ok;
    }
    io.stdout(
      `${plan.shardCount} shards, longest ${plan.makespanSeconds.toFixed(1)} s, lower bound ${plan.lowerBoundSeconds.toFixed(1)} s\n`,
    );
    for (const s of plan.shards) io.stdout(`  shard ${s.index}: ${s.tests.length} tests, ${s.predictedSeconds.toFixed(1)} s\n`);
    if (plan.estimated.length > 0) io.stdout(`No timing (estimated): ${plan.estimated.map((e) => e.file).join(', ')}\n`);
    return EXIT.ok;
  },
});

const selectCommand = leaf({
  name: 'select',
  summary: "print one shard's tests",
  usage: 'shard select --index I --shards N --timings FILE... [--tests GLOB|--tests-from FILE] [--granularity file|test] [--json]',
  options: {
    ...universeOptions,
    index: { type: 'string', value: 'I', description: 'the shard to print, from 0' },
    shards: { type: 'string', value: 'N', description: 'the number of shards' },
  },
  details: `Prints the tests one per line; with --json {"index":I,"tests":[...],"predictedSeconds":...}.\n${EXIT_TEXT}`,
  run: async ({ values }, io) => {
    const shards = intFlag(required(values.shards, 'shards'), 'shards', 1, 256) ?? 1;
    const index = intFlag(required(values.index, 'index'), 'index', 0, 255) ?? 0;
    const plan = planShards({ ...(await universeRequest(values, io)), shards });
    const shard = selectShard(plan, index, shards);
    if (values.json) printJson(io, { index: shard.index, tests: shard.tests, predictedSeconds: shard.predictedSeconds });
    else io.stdout(shard.tests.map((t) => `${t}\n`).join(''));
    return EXIT.ok;
  },
});

/** `slipway shard`: the test-shard engine from a terminal or any CI. */
export const shardCommand = group('shard', 'split tests into timing-balanced shards (plan, select)', [planCommand, selectCommand]);
