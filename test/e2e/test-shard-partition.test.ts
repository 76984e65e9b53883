import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStep } from '../harness/index.js';

// Random pytest suites: file -> test times. Some files dominate, some tests take no time at all.
const arbSuite = fc.dictionary(
  fc.stringMatching(/^tests\/[a-z]{1,4}(\/[a-z]{1,3})?\/test_[a-z]{1,4}\.py$/),
  fc.array(fc.oneof(fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 20, max: 300, noNaN: true })), {
    minLength: 1,
    maxLength: 8,
  }),
  { minKeys: 1, maxKeys: 12 },
);

describe('test-shard partitions the universe exactly, end to end (property)', () => {
  it('the selected shards of every plan run each test exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbSuite,
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom('auto', 'file', 'test'),
        async (suite, shards, granularity) => {
          const durations: Record<string, number> = {};
          for (const [file, times] of Object.entries(suite)) times.forEach((t, i) => (durations[`${file}::test_${i}`] = t));
          const ws = await mkdtemp(join(tmpdir(), 'test-shard-prop-'));
          await writeFile(join(ws, '.test_durations'), JSON.stringify(durations));
          const common = { cache: 'false', timings: '.test_durations', granularity };
          const plan = await runStep({ action: 'test-shard', workspace: ws, inputs: { ...common, mode: 'plan', shards: String(shards) } });
          expect(plan.exitCode).toBe(0);
          const count = Number(plan.outputs['shard-count']);
          expect(count).toBeGreaterThanOrEqual(1);
          expect(count).toBeLessThanOrEqual(shards);
          const selected = await Promise.all(
            Array.from({ length: count }, (_, i) =>
              runStep({
                action: 'test-shard',
                workspace: ws,
                inputs: {
                  ...common,
                  mode: 'select',
                  'shard-index': String(i),
                  'shard-count': String(count),
                  'plan-fingerprint': plan.outputs['plan-fingerprint'] ?? '',
                },
              }),
            ),
          );
          const entries: string[] = [];
          for (const s of selected) {
            expect(s.exitCode).toBe(0);
            const tests = (s.outputs['tests'] ?? '').split('\n').filter(Boolean);
            // Never a silent empty shard.
            expect(tests.length).toBeGreaterThan(0);
            entries.push(...tests);
          }
          // Expand each entry (a file or a node id) to the tests it runs: each exactly once.
          const runs = new Map<string, number>();
          for (const e of entries) {
            const ids = e.includes('::') ? [e] : Object.keys(durations).filter((id) => id.startsWith(`${e}::`));
            expect(ids.length).toBeGreaterThan(0);
            for (const id of ids) runs.set(id, (runs.get(id) ?? 0) + 1);
          }
          expect([...runs.keys()].sort()).toEqual(Object.keys(durations).sort());
          expect([...runs.values()].every((n) => n === 1)).toBe(true);
          const planFile = JSON.parse(await readFile(plan.outputs['plan-file'] ?? '', 'utf8')) as { shards: { tests: string[] }[] };
          expect(planFile.shards.flatMap((s) => s.tests)).toEqual(entries);
        },
      ),
      { numRuns: 6 },
    );
  }, 120_000);
});
