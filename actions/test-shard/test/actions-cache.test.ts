import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readerFrom, readGitHubContext } from '@slipway/core';
import { recordingPorts } from '@slipway/core/testing';
import { startSilentServer, type StalledServer } from '../../../test/services/stall-server.js';
import { actionsTimingCache } from '../src/actions-cache.js';
import { parseInputs } from '../src/inputs.js';
import { run } from '../src/run.js';

// @actions/cache against a cache service that accepts the connection and never answers: its
// client has no deadline, so without the guard both the restore and the save hang the step.

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'shard');
let peer: StalledServer;
let runnerTemp = '';
const saved: Record<string, string | undefined> = {};
const env = (): Record<string, string> => ({
  ACTIONS_RESULTS_URL: `${peer.url}/`,
  ACTIONS_RUNTIME_TOKEN: 'runtime',
  ACTIONS_CACHE_SERVICE_V2: 'true',
  // Where the cache client builds its archive.
  RUNNER_TEMP: runnerTemp,
});

beforeAll(async () => {
  peer = await startSilentServer();
  runnerTemp = await mkdtemp(join(tmpdir(), 'shard-runner-temp-'));
  for (const [k, v] of Object.entries(env())) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
});
afterAll(async () => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  await peer.close();
});

describe('the timings cache on a stalled service', () => {
  it('restores nothing and saves nothing, with warnings naming the service, and the plan and the record go on', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'shard-stall-'));
    await mkdir(join(ws, 'reports'));
    await cp(join(fixtures, 'pytest-junit.xml'), join(ws, 'reports', 'a.xml'));
    const github = readGitHubContext(
      {},
      { workspace: ws, ref: 'refs/heads/main', refName: 'main', runId: '5', sha: 'abc', eventName: 'push' },
    );
    // The cache client resolves paths against the working folder, which is the workspace in a job.
    const cwd = process.cwd();
    process.chdir(ws);
    const cache = actionsTimingCache(300);
    expect(cache).toBeDefined();
    const ports = recordingPorts();
    try {
      await run(parseInputs(readerFrom({ mode: 'record', reports: 'reports/*.xml', cache: 'true' })), ports, {
        github,
        tempDir: ws,
        cache,
      });
    } finally {
      process.chdir(cwd);
    }
    const warnings = ports.lines.filter((l) => l.level === 'warning').map((l) => l.message);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^No cached timings were restored: the cache service stopped answering: http:\/\/127\.0\.0\.1:\d+\/twirp\/.* sent nothing/,
      ),
      expect.stringMatching(
        /^The timings were not saved to the cache as slipway-test-shard-v1-main-5-1 \(the cache service stopped answering/,
      ),
    ]);
    for (const w of warnings) expect(w).toContain(peer.host);
    expect(ports.outputValues['test-count']).toBe('8');
    expect(peer.connections()).toBeGreaterThan(0);
  });
});
