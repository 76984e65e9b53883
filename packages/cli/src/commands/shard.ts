import { planDocument, selectShard, shardSelection } from '@slipway/shard';
import { EXIT, group, intFlag, leaf, printJson, required, UsageError } from '../command.js';
import { countRequest, preparedPlan, universeOptions } from './shard-inputs.js';
import { SUMMARIES } from './summaries.js';

const EXIT_TEXT = 'Exit codes: 0 planned, 2 bad usage or an unreadable, malformed or empty input.';

const planCommand = leaf({
  name: 'plan',
  summary: 'split tests into timing-balanced shards',
  usage:
    'shard plan --timings FILE... [--tests GLOB|--tests-from FILE] (--shards N | --target-seconds S [--shard-overhead-seconds O] [--max-shards M]) [--granularity file|test] [--runner R] [--json]',
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
    const { plan } = await preparedPlan(values, countRequest(values), io);
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
  summary: "print one shard's runner arguments",
  usage:
    'shard select --index I --shards N --timings FILE... [--tests GLOB|--tests-from FILE] [--granularity file|test] [--runner R] [--command|--json]',
  options: {
    ...universeOptions,
    index: { type: 'string', value: 'I', description: 'the shard to print, from 0' },
    shards: { type: 'string', value: 'N', description: 'the number of shards' },
    command: { type: 'boolean', description: 'print the command line that runs the shard instead' },
  },
  details: [
    "Prints the runner's arguments one per line: the shard's files and test ids, and where a file is",
    'split, the whole file with --deselect lines (pytest) for the tests other shards run, so tests the',
    'timings do not name still run once. Hand the lines over as they are: `pytest @FILE` (pytest 8.2+)',
    "or `xargs -d '\\n' -a FILE pytest`. With --json:",
    '{"index":I,"tests":[...],"predictedSeconds":...,"runner":R,"invocations":[[...]],"command":"..."}.',
    EXIT_TEXT,
  ].join('\n'),
  run: async ({ values }, io) => {
    const shards = intFlag(required(values.shards, 'shards'), 'shards', 1, 256) ?? 1;
    const index = intFlag(required(values.index, 'index'), 'index', 0, 255) ?? 0;
    if (values.command && values.json) throw new UsageError('pass either --command or --json, not both');
    const { plan, runner } = await preparedPlan(values, { shards }, io);
    const shard = selectShard(plan, index, shards);
    // The lines and the JSON have no length limit (a file of arguments); a command line has.
    const selection = runner ? shardSelection(runner, plan, shard, values.command ? {} : { budget: Number.POSITIVE_INFINITY }) : undefined;
    if (values.json) {
      printJson(io, {
        index: shard.index,
        tests: shard.tests,
        predictedSeconds: shard.predictedSeconds,
        ...(selection ? { runner, invocations: selection.invocations, command: selection.command } : {}),
      });
      return EXIT.ok;
    }
    if (values.command) {
      if (!selection) throw new UsageError('no runner could be inferred from the timings; pass --runner');
      io.stdout(`${selection.command}\n`);
      return EXIT.ok;
    }
    const args = selection ? selection.invocations : [shard.tests];
    if (args.length > 1) {
      throw new UsageError(`shard ${index} needs ${args.length} runs of ${runner ?? 'the runner'}; print them with --command or --json`);
    }
    io.stdout((args[0] ?? []).map((a) => `${a}\n`).join(''));
    return EXIT.ok;
  },
});

/** `slipway shard`: the test-shard engine from a terminal or any CI. */
export const shardCommand = group('shard', SUMMARIES['shard'], [planCommand, selectCommand]);
