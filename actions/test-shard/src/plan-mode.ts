import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Ports } from '@slipway/core';
import { planDocument, planSummary } from '@slipway/shard';
import { buildPlan, type RunContext } from './build-plan.js';
import type { Inputs } from './inputs.js';

/** Plan mode: choose N, split, and hand the matrix to the shard jobs. */
export async function planMode(inputs: Inputs, ports: Ports, ctx: RunContext): Promise<void> {
  const { plan, runner, timingsKey } = await buildPlan(inputs, ctx, ports, {});
  for (const note of plan.notes) ports.log.notice(note);
  if (plan.estimated.length > 0)
    ports.log.info(`${plan.estimated.length} file(s) had no timing and were estimated: ${plan.estimated.map((e) => e.file).join(', ')}`);
  const matrix = {
    include: plan.shards.map((s) => ({ 'shard-index': s.index, 'shard-count': plan.shardCount, 'predicted-seconds': s.predictedSeconds })),
  };
  const planFile = join(ctx.tempDir, 'slipway-test-shard-plan.json');
  await writeFile(planFile, `${JSON.stringify(planDocument(plan), null, 2)}\n`);
  ports.outputs.set('matrix', JSON.stringify(matrix));
  ports.outputs.set('shard-count', plan.shardCount);
  ports.outputs.set('predicted-seconds', JSON.stringify(plan.shards.map((s) => s.predictedSeconds)));
  ports.outputs.set('makespan-seconds', plan.makespanSeconds);
  ports.outputs.set('lower-bound-seconds', plan.lowerBoundSeconds);
  ports.outputs.set('plan-fingerprint', plan.fingerprint);
  ports.outputs.set('timings-key', timingsKey ?? '');
  ports.outputs.set('plan-file', planFile);
  ports.outputs.set('untimed-tests', plan.estimated.map((e) => e.file).join('\n'));
  ports.outputs.set('runner', runner ?? '');
  ports.log.info(
    `Planned ${plan.shardCount} shard(s): longest ${plan.makespanSeconds} s, lower bound ${plan.lowerBoundSeconds} s, fingerprint ${plan.fingerprint}`,
  );
  await ports.summary.append(planSummary(plan));
}
