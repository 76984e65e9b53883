import { input, readInputs, UserError, type InputsOf, type ReadInput } from '@slipway/core';

/** The one typed input schema of test-shard; action.yml declares the same names and defaults. */
export const inputSchema = {
  mode: input.oneOf(['plan', 'select', 'record'] as const, { default: 'plan' }),
  timings: input.lines(),
  tests: input.lines(),
  'tests-from': input.path(),
  shards: input.integer({ min: 1, max: 256 }),
  'target-seconds': input.number({ min: 1 }),
  'shard-overhead-seconds': input.number({ min: 0, default: '0' }),
  'max-shards': input.integer({ min: 1, max: 256, default: '32' }),
  granularity: input.oneOf(['auto', 'file', 'test'] as const, { default: 'auto' }),
  runner: input.oneOf(['auto', 'jest', 'vitest', 'pytest', 'go', 'playwright', 'rspec', 'custom'] as const, { default: 'auto' }),
  'command-template': input.string(),
  'shard-index': input.integer({ min: 0, max: 255 }),
  'shard-count': input.integer({ min: 1, max: 256 }),
  'plan-fingerprint': input.string(),
  'timings-key': input.string(),
  reports: input.lines(),
  cache: input.boolean({ default: 'true' }),
  'cache-key': input.string({ default: 'slipway-test-shard' }),
  'default-branch': input.string(),
  smoothing: input.number({ min: 0.01, max: 1, default: '0.3' }),
  'working-directory': input.path({ default: '.' }),
};

export type Inputs = InputsOf<typeof inputSchema>;

/** Reads and cross-checks the inputs; every error names the input and what it accepts. */
export function parseInputs(read: ReadInput): Inputs {
  const i = readInputs(inputSchema, read);
  if (i.tests.length > 0 && i.testsFrom !== undefined)
    throw new UserError("Set either 'tests' (globs) or 'tests-from' (a file list), not both");
  if (i.mode === 'plan') {
    if (i.shards !== undefined && i.targetSeconds !== undefined)
      throw new UserError("Set either 'shards' or 'target-seconds' in plan mode, not both");
    if (i.shards === undefined && i.targetSeconds === undefined)
      throw new UserError("Plan mode needs 'shards' (a fixed count) or 'target-seconds' (the longest a shard may take)");
  }
  if (i.mode === 'select') {
    if (i.shardIndex === undefined)
      throw new UserError("Input 'shard-index' is required when mode is select", { hint: 'shard-index: ${{ matrix.shard-index }}' });
    if (i.shardCount === undefined)
      throw new UserError("Input 'shard-count' is required when mode is select", {
        hint: 'shard-count: ${{ needs.plan.outputs.shard-count }}',
      });
    if (i.shardIndex >= i.shardCount)
      throw new UserError(
        `Input 'shard-index' is ${i.shardIndex}, out of range for shard-count ${i.shardCount}: it must be 0 to ${i.shardCount - 1}`,
      );
  }
  if (i.mode === 'record' && i.reports.length === 0)
    throw new UserError("Input 'reports' (globs of the shards' JUnit XML reports) is required when mode is record");
  if (i.runner === 'custom' && i.mode === 'select' && !i.commandTemplate)
    throw new UserError("Input 'command-template' is required when runner is custom", { hint: 'for example: mvn test -Dtest={tests}' });
  return i;
}
