import type { Ports } from '@slipway/core';
import type { RunContext } from './build-plan.js';
import type { Inputs } from './inputs.js';
import { planMode } from './plan-mode.js';
import { recordMode } from './record-mode.js';
import { selectMode } from './select-mode.js';

export type { RunContext } from './build-plan.js';

/** test-shard: plan the shards, select one shard's tests, or record the shards' timings. */
export async function run(inputs: Inputs, ports: Ports, ctx: RunContext): Promise<void> {
  if (inputs.mode === 'plan') return planMode(inputs, ports, ctx);
  if (inputs.mode === 'select') return selectMode(inputs, ports, ctx);
  return recordMode(inputs, ports, ctx);
}
