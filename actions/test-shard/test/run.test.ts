import { describe, expect, it } from '@jest/globals';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readerFrom, readGitHubContext, type GitHubContext } from '@slipway/core';
import { recordingPorts } from '@slipway/core/testing';
import { parseInputs } from '../src/inputs.js';
import { run } from '../src/run.js';
import { saveForbidden, type TimingCache } from '../src/timing-cache.js';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'shard');

/** A cache that keeps folders in memory by key (prefix matching as the service does), for run() tests. */
function memoryCache(workspace: string): TimingCache & { saved: string[] } {
  const store = new Map<string, string>();
  const saved: string[] = [];
  return {
    saved,
    restore: async (path, primary, keys) => {
      for (const k of [primary, ...keys]) {
        const hit = [...store.keys()].reverse().find((s) => s === k || s.startsWith(k));
        if (hit) {
          await cp(store.get(hit) ?? '', join(workspace, path), { recursive: true });
          return hit;
        }
      }
      return undefined;
    },
    save: async (path, key) => {
      const copy = await mkdtemp(join(tmpdir(), 'cache-entry-'));
      await cp(join(workspace, path), copy, { recursive: true });
      store.set(key, copy);
      saved.push(key);
      return true;
    },
  };
}

async function setup(): Promise<{ ws: string; github: GitHubContext; cache: ReturnType<typeof memoryCache> }> {
  const ws = await mkdtemp(join(tmpdir(), 'run-test-'));
  await mkdir(join(ws, 'reports'));
  await cp(join(fixtures, 'pytest-junit.xml'), join(ws, 'reports', 'a.xml'));
  const github = readGitHubContext(
    {},
    { workspace: ws, ref: 'refs/heads/main', refName: 'main', runId: '5', sha: 'abc', eventName: 'push' },
  );
  return { ws, github, cache: memoryCache(ws) };
}

describe('run()', () => {
  it('records, then plans and selects from the recorded timings', async () => {
    const { ws, github, cache } = await setup();
    const ctx = { github, tempDir: ws, cache };
    const rec = recordingPorts();
    await run(parseInputs(readerFrom({ mode: 'record', reports: 'reports/*.xml', cache: 'true' })), rec, ctx);
    expect(cache.saved).toEqual(['slipway-test-shard-v1-main-5-1']);
    await rm(join(ws, 'reports'), { recursive: true });

    const plan = recordingPorts();
    await run(parseInputs(readerFrom({ mode: 'plan', shards: '2' })), plan, ctx);
    expect(plan.outputValues['timings-key']).toBe('slipway-test-shard-v1-main-5-1');
    // The store remembers the runner its reports came from.
    expect(plan.outputValues['runner']).toBe('pytest');
    const sel = recordingPorts();
    await run(
      parseInputs(
        readerFrom({
          mode: 'select',
          'shard-index': '1',
          'shard-count': '2',
          runner: 'pytest',
          'plan-fingerprint': plan.outputValues['plan-fingerprint'],
        }),
      ),
      sel,
      ctx,
    );
    expect(sel.outputValues['command']).toMatch(/^pytest tests\//);
    expect(await readFile(sel.outputValues['tests-file'] ?? '', 'utf8')).toBe(`${sel.outputValues['tests']}\n`);
  });

  it('folds a second record into the timings restored from the cache', async () => {
    const { ws, github, cache } = await setup();
    const inputs = parseInputs(readerFrom({ mode: 'record', reports: 'reports/*.xml', cache: 'true' }));
    await run(inputs, recordingPorts(), { github, tempDir: ws, cache });
    const again = recordingPorts();
    await run(inputs, again, { github: { ...github, runId: '6' }, tempDir: ws, cache });
    expect(cache.saved).toEqual(['slipway-test-shard-v1-main-5-1', 'slipway-test-shard-v1-main-6-1']);
    const store = JSON.parse(await readFile(again.outputValues['timings-file'] ?? '', 'utf8')) as { runs: number };
    expect(store.runs).toBe(2);
  });

  it('warns and carries on without a cache service', async () => {
    const { ws, github } = await setup();
    const ports = recordingPorts();
    await run(parseInputs(readerFrom({ mode: 'record', reports: 'reports/*.xml' })), ports, { github, tempDir: ws, cache: undefined });
    expect(ports.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      'The Actions cache service is not available to this step, so timings are neither restored nor saved',
      'The cache service is not available to this step, so the timings were not saved.',
    ]);
    expect(ports.outputValues['test-count']).toBe('8');
  });
});

describe('record mode checks the plan the shards ran', () => {
  it('reports predicted against actual shard times and learns the cost outside the tests', async () => {
    const { ws, github, cache } = await setup();
    const ctx = { github, tempDir: ws, cache };
    await writeFile(join(ws, 'timings.json'), JSON.stringify({ 'tests/store/test_stock.py::x': 1, 'tests/test_text.py::y': 1 }));
    const plan = recordingPorts();
    await run(parseInputs(readerFrom({ mode: 'plan', shards: '2', timings: 'timings.json', runner: 'pytest', cache: 'false' })), plan, ctx);
    const rec = recordingPorts();
    await run(
      parseInputs(
        readerFrom({
          mode: 'record',
          reports: 'reports/*.xml',
          'shard-count': '2',
          timings: 'timings.json',
          runner: 'pytest',
          cache: 'false',
        }),
      ),
      rec,
      ctx,
    );
    const times = JSON.parse(rec.outputValues['shard-times'] ?? '[]') as {
      index: number;
      predictedSeconds: number;
      actualSeconds: number;
    }[];
    expect(times.map((t) => t.index)).toEqual([0, 1]);
    expect(times.every((t) => t.predictedSeconds > 0 && t.actualSeconds > 0)).toBe(true);
    expect(Number(rec.outputValues['prediction-error'])).toBeGreaterThan(0);
    expect(rec.summaryText()).toContain('Predicted against actual shard times');
    // The one report's wall time beyond its tests is learned as set-up per file.
    const store = JSON.parse(await readFile(rec.outputValues['timings-file'] ?? '', 'utf8')) as { overhead?: { fileSeconds: number } };
    expect(store.overhead?.fileSeconds).toBeGreaterThan(0);
  });

  it('refuses a binary tests-from file, naming it', async () => {
    const { ws, github } = await setup();
    await writeFile(join(ws, 'list.txt'), Buffer.from([0x61, 0x00, 0x62]));
    await expect(
      run(parseInputs(readerFrom({ mode: 'plan', shards: '2', 'tests-from': 'list.txt', timings: 'reports/a.xml' })), recordingPorts(), {
        github,
        tempDir: ws,
        cache: undefined,
      }),
    ).rejects.toThrow(/Cannot read test list .*list\.txt: it is a binary file \(a NUL byte at offset 1\)/);
  });

  it('writes the args file the command reads when the arguments are many', async () => {
    const { ws, github } = await setup();
    const sel = recordingPorts();
    await run(
      parseInputs(readerFrom({ mode: 'select', 'shard-index': '0', 'shard-count': '1', timings: 'reports/a.xml', granularity: 'test' })),
      sel,
      { github, tempDir: ws, cache: undefined },
    );
    const args = (await readFile(sel.outputValues['args-file'] ?? '', 'utf8')).trimEnd().split('\n');
    expect(sel.outputValues['command']).toBe(`pytest ${args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a}'`)).join(' ')}`);
  });
});

describe('inputs', () => {
  it.each([
    [{ mode: 'plan' }, /needs 'shards' \(a fixed count\) or 'target-seconds'/],
    [{ mode: 'plan', shards: '2', 'target-seconds': '60' }, /either 'shards' or 'target-seconds' in plan mode, not both/],
    [{ mode: 'plan', shards: '0' }, /Input 'shards' must be a whole number from 1 to 256; got '0'/],
    [{ mode: 'select', 'shard-count': '2' }, /'shard-index' is required when mode is select/],
    [{ mode: 'select', 'shard-index': '0' }, /'shard-count' is required when mode is select/],
    [{ mode: 'select', 'shard-index': '2', 'shard-count': '2' }, /'shard-index' is 2, out of range for shard-count 2/],
    [{ mode: 'select', 'shard-index': '0', 'shard-count': '2', runner: 'custom' }, /'command-template' is required when runner is custom/],
    [{ mode: 'record' }, /'reports' .* is required when mode is record/],
    [{ mode: 'plan', shards: '2', tests: 'a', 'tests-from': 'b' }, /either 'tests' \(globs\) or 'tests-from'/],
    [{ mode: 'plan', shards: '2', granularity: 'suite' }, /'granularity' must be one of auto, file, test; got 'suite'/],
    [{ mode: 'record', reports: 'r', smoothing: '2' }, /'smoothing' must be a number from 0.01 to 1; got '2'/],
  ])('%j is rejected', (values, message) => {
    expect(() => parseInputs(readerFrom(values))).toThrow(message);
  });
});

describe('who may save timings', () => {
  const ctx = (eventName: string, headRepo?: string): GitHubContext =>
    readGitHubContext(
      {},
      { repository: 'o/r', eventName, event: headRepo ? { pull_request: { head: { repo: { full_name: headRepo } } } } : {} },
    );
  it.each([
    ['push', undefined, undefined],
    ['pull_request', 'o/r', undefined],
    ['pull_request', 'fork/r', 'the pull request comes from a fork'],
    ['pull_request_target', 'fork/r', 'a pull_request_target run executes in the base branch scope'],
  ])('%s from %s', (event, head, reason) => {
    expect(saveForbidden(ctx(event, head))).toBe(reason);
  });
});
