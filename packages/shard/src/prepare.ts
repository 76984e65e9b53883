import { UserError } from '@slipway/core';
import type { Granularity } from './work-items.js';
import { discoverTestFiles, readFileFeatures, readTestEntries, readTimingFiles } from './load.js';
import type { TimingSource } from './model.js';
import { canExcludeTests, exactTestSelection, RUNNERS, type Runner } from './runner-command.js';
import { planShards, type ShardPlan } from './shard-plan.js';
import { timeUniverse, type TimedUniverse } from './universe.js';

/** What a plan is made from: the same for `slipway shard` and the test-shard action. */
export interface PlanSetup {
  /** The folder test paths, globs and timing files are relative to. */
  cwd: string;
  /** The folder as the user named it, for messages. */
  under?: string;
  /** Timing files or globs. */
  timings: readonly string[];
  /** Timings from elsewhere (the cache), read first: the files win where both time a test. */
  restored?: TimingSource;
  tests: readonly string[];
  testsFrom?: string;
  runner: Runner | 'auto';
  granularity: Granularity;
  shards?: number;
  targetSeconds?: number;
  overheadSeconds?: number;
  maxShards?: number;
  estimate?: 'features' | 'mean';
}

export interface PreparedPlan {
  plan: ShardPlan;
  runner: Runner | undefined;
  sources: TimingSource[];
  universe: TimedUniverse;
  /** Things to tell the user as warnings (unmatched timing files, globs that matched nothing). */
  warnings: string[];
  /** Things to tell the user as notes (how the universe was found). */
  notes: string[];
}

/** The runner named, or the one the timing files came from. */
export function resolveRunner(runner: Runner | 'auto', sources: readonly TimingSource[]): Runner | undefined {
  if (runner !== 'auto') return runner;
  for (const s of sources) {
    const remembered = RUNNERS.find((r) => r === s.runner);
    if (remembered) return remembered;
    if (s.format === 'pytest-durations' || s.flavor === 'pytest') return 'pytest';
    if (s.flavor === 'go') return 'go';
    if (s.flavor === 'playwright') return 'playwright';
    if (s.format === 'jest-json' || s.flavor === 'jest-junit') return 'jest';
    if (s.format === 'knapsack') return 'rspec';
  }
  return undefined;
}

/**
 * Reads the timings and the universe and plans. Without `tests` or `testsFrom` the universe is
 * every file the runner finds by default plus every timed file that still exists, so a file the
 * timings miss is estimated, not left out; only where no test file can be found here is it the
 * timed tests alone (with a warning).
 */
export async function preparePlan(setup: PlanSetup, count: { shards?: number } = {}): Promise<PreparedPlan> {
  const { cwd } = setup;
  const warnings: string[] = [];
  const notes: string[] = [];
  const files = await readTimingFiles(setup.timings, cwd);
  warnings.push(...files.warnings);
  const sources = [...(setup.restored ? [setup.restored] : []), ...files.sources];
  let entries = await readTestEntries(setup.tests, setup.testsFrom, cwd, setup.under);
  const runner = resolveRunner(setup.runner, sources);
  if (entries === undefined) {
    if (sources.length === 0) {
      throw new UserError('There is nothing to split: no timings were found and no test files were given', {
        hint: "set 'tests' (globs of test files) so the first run can plan without timings",
      });
    }
    const found = await discoverTestFiles(runner, sources, cwd);
    if (found) {
      entries = found.entries;
      notes.push(
        `No test files were given: planned the ${found.entries.length} file(s) ${runner ?? ''} finds by default and the timed ones.`,
      );
      if (found.gone.length > 0) {
        notes.push(
          `${found.gone.length} timed file(s) no longer exist and were left out: ${found.gone.slice(0, 10).join(', ')}${found.gone.length > 10 ? ', ...' : ''}`,
        );
      }
    } else {
      warnings.push(
        'No test files were given and none could be found here, so the plan holds only the tests the timings name: a test file they miss runs in no shard. Pass tests or tests-from.',
      );
    }
  }
  const universe = timeUniverse({ entries, sources, root: cwd });
  for (const s of universe.unmatchedSources) warnings.push(`Timing file ${s} matches no test in the universe, so its timings were ignored`);
  const features = entries
    ? await readFileFeatures(
        universe.files.map((f) => f.file),
        cwd,
      )
    : undefined;
  const overhead = sources.find((s) => s.overhead)?.overhead;
  const shards = count.shards ?? setup.shards;
  const plan = planShards({
    universe,
    granularity: setup.granularity,
    exactTestSelection: exactTestSelection(runner),
    canExcludeTests: canExcludeTests(runner),
    ...(features ? { features } : {}),
    ...(shards !== undefined ? { shards } : setup.targetSeconds !== undefined ? { targetSeconds: setup.targetSeconds } : {}),
    overheadSeconds: (setup.overheadSeconds ?? 0) + (overhead?.shardSeconds ?? 0),
    ...(setup.maxShards !== undefined ? { maxShards: setup.maxShards } : {}),
    ...(setup.estimate ? { estimate: setup.estimate } : {}),
    ...(overhead?.fileSeconds ? { fileSetupSeconds: overhead.fileSeconds } : {}),
  });
  return { plan, runner, sources, universe, warnings, notes };
}
