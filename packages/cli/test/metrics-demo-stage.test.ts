import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock } from '@slipway/core';
import { openSqlite, type RunRecord } from '@slipway/metrics';
import { metricsStage } from '../src/demo/metrics.js';
import type { DemoContext } from '../src/demo/stage.js';

let tmp: string;
beforeAll(async () => void (tmp = await mkdtemp(join(tmpdir(), 'slipway-metrics-stage-'))));
afterAll(async () => rm(tmp, { recursive: true, force: true }));

function context(run: number, seconds: Record<string, number>, end: number): DemoContext {
  const shared = new Map<string, string>();
  let t = end - Object.values(seconds).reduce((a, b) => a + b, 0);
  for (const [name, s] of Object.entries(seconds)) {
    t += s;
    shared.set(`timing.${name}`, JSON.stringify({ end: t, seconds: s, ok: true }));
  }
  shared.set('scan.decision', run === 1 ? 'pass' : 'fail');
  return {
    sampleDir: tmp,
    outDir: join(tmp, 'demo'),
    node: process.execPath,
    log: () => undefined,
    clock: fixedClock(new Date(end * 1000 + 1000).toISOString()),
    shared,
  };
}

describe('the metrics stage of the local pipeline', () => {
  it('records each run with its stage timings in a history that outlives the output folder, and renders the dashboard', async () => {
    const end = Date.parse('2026-03-01T12:00:00Z') / 1000;
    const first = await metricsStage.run(context(1, { baseline: 6, shard: 3, 'verify-deploy': 1 }, end));
    expect(first.ok).toBe(true);
    expect(first.headline).toMatch(/^run 1 recorded \(3 stages, 10\.0 s\)/);
    await rm(join(tmp, 'demo'), { recursive: true });
    const second = await metricsStage.run(context(2, { baseline: 8, shard: 4, 'verify-deploy': 2 }, end + 600));
    expect(second.ok).toBe(true);
    // p50 of 10 s and 14 s, interpolated.
    expect(second.headline).toMatch(/^run 2 recorded \(3 stages, 14\.0 s\); p50 12\.0 s over 2 local runs/);
    // The history is an embedded SQLite store beside the output folder.
    const { store } = await openSqlite(second.outputs['history'] ?? '');
    const history = { runs: [] as RunRecord[], deployments: await store.deployments('local/sample') };
    for await (const r of store.runs('local/sample')) history.runs.push(r);
    await store.close();
    expect(history.runs).toHaveLength(2);
    // The sample folder here is no git checkout, so the run has no commit.
    expect(history.runs.map((r) => r.sha)).toEqual(['local', 'local']);
    expect(history.runs[1]?.jobs.map((j) => j.name)).toEqual(['baseline', 'shard', 'verify-deploy']);
    expect(history.deployments.map((d) => d.state)).toEqual(['success', 'success']);
    const html = await readFile(second.outputs['dashboard'] ?? '', 'utf8');
    expect(html).toContain('CI metrics: local/sample');
    expect(html).toContain('Scan pass rate');
    expect(html).toMatch(/50\.0%/);
  });
});
