import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Octokit } from '@octokit/core';
import { readerFrom } from '@slipway/core';
import { recordingPorts } from '@slipway/core/testing';
import { githubFetch, octokitApi } from '@slipway/metrics';

import { startGitHubApi, type GitHubApiServer } from '../../../test/services/github-api.js';
import { generateHistory } from '../../../test/services/github-api-history.js';
import { parseInputs } from '../src/inputs.js';
import { run } from '../src/run.js';

jest.setTimeout(60_000);

let tmp: string;
let server: GitHubApiServer;
const repo = generateHistory({ seed: 12, end: Math.floor(Date.now() / 1000) - 300, days: 10, runsPerDay: 8, outlierRate: 0.2 });

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'ci-metrics-run-'));
  server = await startGitHubApi({ repo });
});
afterAll(async () => {
  await server.close();
  await rm(tmp, { recursive: true, force: true });
});

const deps = () => ({
  api: octokitApi(
    new Octokit({
      auth: 'ghs_good',
      baseUrl: server.url,
      request: { fetch: githubFetch({ sleep: () => Promise.resolve(), now: () => Date.now() }) },
    }).request,
  ),
  workspace: tmp,
  tempDir: tmp,
});

describe('parseInputs', () => {
  it.each([
    [{ repository: 'nope' }, /Input 'repository' must be OWNER\/NAME; got 'nope'/],
    [{ since: 'last tuesday' }, /Input 'since': 'last tuesday' is not a valid date/],
    [{ since: '2999-01-01' }, /Input 'since': 2999-01-01T00:00:00\.000Z is in the future/],
    [{ 'api-url': 'not a url' }, /Input 'api-url': 'not a url' is not a URL/],
    [{ store: 'mysql://db' }, /Input 'store': 'mysql:\/\/db' must use postgres or postgresql/],
    [{ storage: 'cache' }, /Input 'storage' must be one of branch, file; got 'cache'/],
    [{ 'max-minutes': '-3' }, /Input 'max-minutes' must be a number/],
  ])('rejects %j', (given, pattern) => {
    expect(() =>
      parseInputs(readerFrom({ 'github-token': 't', repository: 'o/r', 'api-url': 'https://api.github.com', ...given })),
    ).toThrow(pattern);
  });
});

describe('run', () => {
  it.each([
    [{ dashboard: 'ci-metrics/history.db' }, /input 'dashboard' .*history\.db is the same file as the input input 'data-file'/],
    [{ 'report-file': 'ci-metrics/history.db' }, /input 'report-file' .* is the same file as the input input 'data-file'/],
  ])('refuses an output that is the data file: %j', async (given, pattern) => {
    const inputs = parseInputs(
      readerFrom({
        'github-token': 'ghs_good',
        'api-url': 'https://api.github.com',
        repository: 'octo-org/octo-repo',
        storage: 'file',
        ...given,
      }),
    );
    await expect(run(inputs, recordingPorts(), deps())).rejects.toThrow(pattern);
  });

  it('collects into a workspace file, sets the outputs, warns on runs over the budget and writes the summary', async () => {
    const ports = recordingPorts();
    const inputs = parseInputs(
      readerFrom({
        'github-token': 'ghs_good',
        'api-url': 'https://api.github.com',
        repository: 'octo-org/octo-repo',
        storage: 'file',
        'max-minutes': '12',
        environments: 'production',
      }),
    );
    await run(inputs, ports, deps());
    const completed = repo.runs.filter((r) => r.status === 'completed').length;
    expect(ports.outputValues['runs']).toBe(String(completed));
    expect(ports.outputValues['complete']).toBe('true');
    expect(Number(ports.outputValues['p95-minutes'])).toBeGreaterThan(Number(ports.outputValues['p50-minutes']));
    const budget = ports.lines.filter((l) => l.level === 'warning' && /over the 12-minute budget/.test(l.message));
    expect(budget.length).toBeGreaterThan(0);
    expect(budget[0]?.annotation?.title).toBe('CI performance regression');
    expect(ports.summaryText()).toContain('## CI metrics: octo-org/octo-repo');
    const html = await readFile(ports.outputValues['dashboard'] ?? '', 'utf8');
    expect(html).toContain('<title>CI metrics: octo-org/octo-repo</title>');
    const again = recordingPorts();
    await run(inputs, again, deps());
    expect(again.outputValues['new-runs']).toBe('0');
    expect(again.lines.filter((l) => /over the 12-minute budget/.test(l.message))).toEqual([]);
  });
});
