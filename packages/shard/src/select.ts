import { UserError } from '@slipway/core';
import type { PlannedShard, ShardPlan } from './shard-plan.js';

/**
 * One shard of a plan computed for `shardCount` shards. Fails rather than hand back an
 * empty or wrong shard: an index out of range, a count the plan had to lower, or a plan
 * whose fingerprint differs from the planning job's.
 */
export function selectShard(plan: ShardPlan, index: number, shardCount: number, expectedFingerprint?: string): PlannedShard {
  if (!Number.isInteger(index) || index < 0 || index >= shardCount) {
    throw new UserError(`Shard index ${index} is out of range: with ${shardCount} shard(s) the index must be 0 to ${shardCount - 1}`, {
      hint: "pass the matrix value (shard-index) and the plan's shard-count output",
    });
  }
  if (plan.shardCount !== shardCount) {
    throw new UserError(
      `Shard count ${shardCount} cannot be used: there are only ${plan.shardCount} item(s) to split, so some shards would run nothing`,
      { hint: "use the plan job's shard-count output" },
    );
  }
  if (expectedFingerprint && expectedFingerprint !== plan.fingerprint) {
    throw new UserError(
      `This shard's plan (fingerprint ${plan.fingerprint}) differs from the planning job's (${expectedFingerprint}): the timings or test files changed between the jobs, so shards could skip or repeat tests`,
      { hint: "pass the plan job's timings-key output so every shard restores the same timings, and check out the same commit" },
    );
  }
  const shard = plan.shards[index];
  if (!shard) throw new UserError(`Shard index ${index} is out of range`);
  return shard;
}
