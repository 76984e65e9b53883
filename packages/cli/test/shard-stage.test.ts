import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '@slipway/core';
import { baselineStage } from '../src/demo/baseline.js';
import { shardStage } from '../src/demo/shard.js';
import type { DemoContext } from '../src/demo/stage.js';

const sampleDir = join(import.meta.dirname, '..', '..', '..', 'sample');

let tmp: string;
beforeAll(async () => void (tmp = await mkdtemp(join(tmpdir(), 'slipway-shard-stage-'))));
afterAll(async () => rm(tmp, { recursive: true, force: true }));

describe('the baseline and shard stages of the local pipeline', () => {
  it('plans from the baseline report, runs every sample file exactly once and records the shards\u2019 timings', async () => {
    const ctx: DemoContext = {
      sampleDir,
      outDir: tmp,
      node: process.execPath,
      log: () => undefined,
      clock: fixedClock('2026-03-01T12:00:00Z'),
      shared: new Map(),
    };
    expect((await baselineStage.run(ctx)).ok).toBe(true);
    const result = await shardStage.run(ctx);
    expect(result.ok).toBe(true);

    const plan = JSON.parse(await readFile(join(tmp, 'shard', 'plan.json'), 'utf8')) as {
      shards: { index: number; tests: string[]; predictedSeconds: number }[];
      makespanSeconds: number;
    };
    expect(Object.keys(plan)).toEqual(['shards', 'lowerBoundSeconds', 'makespanSeconds']);
    const files = plan.shards.flatMap((s) => s.tests).sort();
    expect(files).toHaveLength(8);
    expect(new Set(files).size).toBe(8);
    expect(result.headline).toContain(`8 test files in ${plan.shards.length} parallel shards`);

    const store = JSON.parse(await readFile(join(tmp, 'shard', 'timings.json'), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(store.files).sort()).toEqual(files);
  }, 60_000);
});
