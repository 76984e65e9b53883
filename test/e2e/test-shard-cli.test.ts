import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCapture } from '@slipway/core';
import { repoRoot } from '../harness/index.js';

const bin = join(repoRoot, 'node_modules/.bin/slipway');
const fixtures = join(repoRoot, 'test/fixtures/shard');

describe('slipway shard through the bundled CLI', () => {
  it('plans with --json and selects the same shard', async () => {
    const plan = await spawnCapture(
      bin,
      ['shard', 'plan', '--timings', 'pgmpy.test_durations.json', '--shards', '3', '--granularity', 'test', '--json'],
      {
        cwd: fixtures,
      },
    );
    expect(plan.exitCode).toBe(0);
    const json = JSON.parse(plan.stdout) as { shards: { tests: string[] }[]; makespanSeconds: number; lowerBoundSeconds: number };
    expect(json.makespanSeconds).toBe(json.lowerBoundSeconds);
    const select = await spawnCapture(
      bin,
      ['shard', 'select', '--index', '2', '--shards', '3', '--timings', 'pgmpy.test_durations.json', '--granularity', 'test'],
      {
        cwd: fixtures,
      },
    );
    expect(select.exitCode).toBe(0);
    // One runner argument per line: the plan's ids, and for a file this shard owns, the file and --deselect lines.
    const lines = select.stdout.trimEnd().split('\n');
    for (const t of json.shards[2]?.tests ?? []) expect(lines.includes(t) || lines.includes(t.split('::')[0] ?? '')).toBe(true);
    const asJson = await spawnCapture(
      bin,
      ['shard', 'select', '--index', '2', '--shards', '3', '--timings', 'pgmpy.test_durations.json', '--granularity', 'test', '--json'],
      { cwd: fixtures },
    );
    expect((JSON.parse(asJson.stdout) as { tests: string[] }).tests).toEqual(json.shards[2]?.tests);
  });

  it('exits 2 naming the line of a malformed report', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shard-cli-'));
    await writeFile(join(dir, 'junit.xml'), (await readFile(join(fixtures, 'jest-junit.xml'), 'utf8')).slice(0, 700));
    const r = await spawnCapture(bin, ['shard', 'plan', '--timings', 'junit.xml', '--shards', '2'], { cwd: dir });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/junit\.xml is not well-formed JUnit XML at line \d+/);
  });
});
