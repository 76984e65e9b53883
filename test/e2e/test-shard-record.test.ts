import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runStep, type StepResult } from '../harness/index.js';
import { startCacheService, type CacheService } from '../services/cache-service.js';

// Each step starts a bundle; a loaded CI machine can take longer than jest's 5 s default.
jest.setTimeout(60_000);

const fixtures = join(repoRoot, 'test', 'fixtures', 'shard');
const SHA = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

interface Store {
  runs: number;
  tests: Record<string, { seconds: number; samples: number; flakyRuns: number }>;
}

/** A workspace whose reports/ holds pytest's real report, with its times scaled (a slower or faster run). */
async function reportsWorkspace(scale: number, breakSlug = false): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), 'test-shard-rec-'));
  await mkdir(join(ws, 'reports'));
  let xml = await readFile(join(fixtures, 'pytest-junit.xml'), 'utf8');
  xml = xml.replace(/time="([\d.]+)"/g, (_, t: string) => `time="${(Number(t) * scale).toFixed(3)}"`);
  if (breakSlug) xml = xml.replace(/(name="test_slug" time="[\d.]+") \/>/, '$1><failure message="boom">boom</failure></testcase>');
  await writeFile(join(ws, 'reports', 'shard-0.xml'), xml);
  await copyFile(join(fixtures, 'surefire-TEST-com.example.StockTest.xml'), join(ws, 'reports', 'shard-1.xml'));
  return ws;
}

const storeOf = async (r: StepResult): Promise<Store> => JSON.parse(await readFile(r.outputs['timings-file'] ?? '', 'utf8')) as Store;
const SLUG = 'tests/test_text.py::test_slug';

describe('test-shard record round-trips its timings through the Actions cache', () => {
  let service: CacheService;
  const runEnv = (runId: string, extra: Record<string, string> = {}): Record<string, string> => ({
    ...service.env,
    GITHUB_RUN_ID: runId,
    GITHUB_SHA: SHA,
    ...extra,
  });

  beforeAll(async () => {
    service = await startCacheService();
  });
  afterAll(async () => {
    await service.stop();
  });

  let first: StepResult;
  it('saves the merged timings under a per-branch key', async () => {
    first = await runStep({
      action: 'test-shard',
      workspace: await reportsWorkspace(1),
      env: runEnv('101'),
      inputs: { mode: 'record', reports: 'reports/*.xml' },
    });
    expect(first.exitCode).toBe(0);
    expect(first.outputs['timings-key']).toBe('slipway-test-shard-v1-main-101-1');
    const entries = await service.entries();
    expect(entries.map((e) => [e.key, e.scope])).toEqual([['slipway-test-shard-v1-main-101-1', 'refs/heads/main']]);
    expect((await storeOf(first)).tests[SLUG]?.seconds).toBeCloseTo(0.302);
    expect(first.summary).toContain('Saved to the cache as slipway-test-shard-v1-main-101-1');
  });

  it('smooths the next run into the restored timings and keeps a failed run out of them', async () => {
    const second = await runStep({
      action: 'test-shard',
      workspace: await reportsWorkspace(2),
      env: runEnv('102'),
      inputs: { mode: 'record', reports: 'reports/*.xml' },
    });
    expect(second.exitCode).toBe(0);
    const store = await storeOf(second);
    expect(store.runs).toBe(2);
    // 0.3 * 0.604 + 0.7 * 0.302
    expect(store.tests[SLUG]?.seconds).toBeCloseTo(0.3926, 3);
    expect(store.tests[SLUG]?.samples).toBe(2);

    const third = await runStep({
      action: 'test-shard',
      workspace: await reportsWorkspace(10, true),
      env: runEnv('103'),
      inputs: { mode: 'record', reports: 'reports/*.xml' },
    });
    const after = await storeOf(third);
    expect(after.tests[SLUG]?.seconds).toBeCloseTo(0.3926, 3);
    // It passed on this commit before and fails now: flaky.
    expect(third.outputs['flaky-tests']).toBe(SLUG);
    expect(third.summary).toContain('passed then failed on the same commit 4b825dc');
    expect((await service.entries()).map((e) => e.key)).toEqual([
      'slipway-test-shard-v1-main-101-1',
      'slipway-test-shard-v1-main-102-1',
      'slipway-test-shard-v1-main-103-1',
    ]);
  });

  let plan: StepResult;
  it('plans from the newest cached timings, with no timing file in the repository', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'test-shard-plan-'));
    plan = await runStep({ action: 'test-shard', workspace: ws, env: runEnv('104'), inputs: { mode: 'plan', shards: '2' } });
    expect(plan.exitCode).toBe(0);
    expect(plan.outputs['timings-key']).toBe('slipway-test-shard-v1-main-103-1');
    const planned = JSON.parse(await readFile(plan.outputs['plan-file'] ?? '', 'utf8')) as { shards: { tests: string[] }[] };
    // The store remembers the reports came from pytest, so the file longer than a shard is split by node id.
    expect(plan.outputs['runner']).toBe('pytest');
    // test_broken (failed) and test_later (skipped) never passed with a time: they are not
    // planned by id; the shard that owns their file runs it minus the other shards' tests.
    expect(planned.shards.flatMap((s) => s.tests).sort()).toEqual([
      'com.example.StockTest',
      'tests/store/test_stock.py::TestPricing::test_rounding',
      'tests/store/test_stock.py::test_low_stock[0]',
      'tests/store/test_stock.py::test_low_stock[12]',
      'tests/store/test_stock.py::test_low_stock[5]',
      'tests/store/test_stock.py::test_sum_quantities',
      'tests/test_text.py',
    ]);
    expect(plan.outputs['untimed-tests']).toBe('');
    // The restore folder is cleaned up: nothing is left in the checkout.
    expect(await readFile(join(ws, '.slipway-test-shard', 'timings.json'), 'utf8').catch(() => 'gone')).toBe('gone');
  });

  it('lets each shard restore exactly the plan\u2019s timings and get the plan\u2019s split', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'test-shard-sel-'));
    const planned = JSON.parse(await readFile(plan.outputs['plan-file'] ?? '', 'utf8')) as { shards: { tests: string[] }[] };
    const commands: string[] = [];
    for (const i of [0, 1]) {
      const s = await runStep({
        action: 'test-shard',
        workspace: ws,
        env: runEnv('104'),
        inputs: {
          mode: 'select',
          'shard-index': String(i),
          'shard-count': '2',
          'timings-key': plan.outputs['timings-key'] ?? '',
          'plan-fingerprint': plan.outputs['plan-fingerprint'] ?? '',
        },
      });
      expect(s.exitCode).toBe(0);
      expect((s.outputs['tests'] ?? '').split('\n')).toEqual(planned.shards[i]?.tests);
      commands.push(s.outputs['command'] ?? '');
    }
    // One shard runs tests/store/test_stock.py whole, deselecting what the other runs, so the
    // untimed test_broken and test_later still run exactly once.
    const owners = commands.filter((c) => / tests\/store\/test_stock\.py( |$)/.test(c));
    expect(owners).toHaveLength(1);
    expect(owners[0]).toMatch(/--deselect/);
    expect(owners[0]).not.toMatch(/test_broken|test_later/);
  });

  it('fails a shard whose timings are gone from the cache', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'test-shard-sel-'));
    const s = await runStep({
      action: 'test-shard',
      workspace: ws,
      env: runEnv('104'),
      inputs: { mode: 'select', 'shard-index': '0', 'shard-count': '2', 'timings-key': 'slipway-test-shard-v1-main-999-1' },
    });
    expect(s.exitCode).toBe(1);
    expect(s.annotations[0]?.message).toMatch(/cache key slipway-test-shard-v1-main-999-1\) are no longer in the cache/);
  });

  it('starts a pull request from the default branch\u2019s timings and saves its own apart', async () => {
    const env = {
      ...runEnv('105'),
      ...service.envForRef('refs/pull/7/merge'),
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_EVENT_NAME: 'pull_request',
    };
    const event = {
      pull_request: { number: 7, head: { repo: { full_name: 'octo-org/octo-repo' } } },
      repository: { default_branch: 'main' },
    };
    const pr = await runStep({
      action: 'test-shard',
      workspace: await reportsWorkspace(3),
      env,
      event,
      inputs: { mode: 'record', reports: 'reports/*.xml' },
    });
    expect(pr.exitCode).toBe(0);
    expect((await storeOf(pr)).runs).toBe(4);
    expect(pr.outputs['timings-key']).toBe('slipway-test-shard-v1-pr-7-105-1');
    const entries = await service.entries();
    expect(entries.at(-1)).toMatchObject({ key: 'slipway-test-shard-v1-pr-7-105-1', scope: 'refs/pull/7/merge' });

    // The default branch still plans from its own newest timings, not the pull request's.
    const main = await runStep({
      action: 'test-shard',
      workspace: await mkdtemp(join(tmpdir(), 'ws-')),
      env: runEnv('106'),
      inputs: { mode: 'plan', shards: '1' },
    });
    expect(main.outputs['timings-key']).toBe('slipway-test-shard-v1-main-103-1');
  });

  it.each([
    [
      'a pull request from a fork',
      'pull_request',
      'refs/pull/8/merge',
      { pull_request: { number: 8, head: { repo: { full_name: 'mallory/octo-repo' } } } },
      'the pull request comes from a fork',
    ],
    [
      'a pull_request_target run',
      'pull_request_target',
      'refs/heads/main',
      { pull_request: { number: 9, head: { repo: { full_name: 'mallory/octo-repo' } } } },
      'base branch scope',
    ],
  ])('never saves timings from %s', async (_, eventName, ref, event, why) => {
    const before = (await service.entries()).length;
    const env = {
      ...runEnv('107'),
      ...(ref.startsWith('refs/pull') ? service.envForRef(ref) : {}),
      GITHUB_REF: ref,
      GITHUB_EVENT_NAME: eventName,
    };
    const r = await runStep({
      action: 'test-shard',
      workspace: await reportsWorkspace(50),
      env,
      event,
      inputs: { mode: 'record', reports: 'reports/*.xml' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.annotations).toEqual(
      expect.arrayContaining([expect.objectContaining({ level: 'notice', message: expect.stringContaining(why) })]),
    );
    expect(r.summary).toContain('The timings were not saved');
    expect(await service.entries()).toHaveLength(before);
  });
});
