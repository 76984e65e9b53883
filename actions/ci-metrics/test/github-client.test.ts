import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { actionDeps } from '../src/github-client.js';
import type { Inputs } from '../src/inputs.js';

// The action's Octokit (@octokit/core) sends what @actions/github's getOctokit sends, header for
// header, to a real HTTP server on loopback: the token and the job's user agent.

let server: Server;
let url: string;
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push(req.headers);
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"full_name":"o/r"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The headers each client sent for one GET. */
async function headersOf(token: string, env: Record<string, string | undefined>): Promise<[IncomingHttpHeaders, IncomingHttpHeaders]> {
  seen.length = 0;
  const saved = process.env['ACTIONS_ORCHESTRATION_ID'];
  if (env['ACTIONS_ORCHESTRATION_ID'] === undefined) delete process.env['ACTIONS_ORCHESTRATION_ID'];
  else process.env['ACTIONS_ORCHESTRATION_ID'] = env['ACTIONS_ORCHESTRATION_ID'];
  try {
    const ours = await actionDeps({ githubToken: token, apiUrl: url } as Inputs, env).api.get('/repos/o/r');
    expect(ours.status).toBe(200);
    await getOctokit(token, { baseUrl: url, request: { fetch } }).request('GET /repos/o/r');
  } finally {
    if (saved === undefined) delete process.env['ACTIONS_ORCHESTRATION_ID'];
    else process.env['ACTIONS_ORCHESTRATION_ID'] = saved;
  }
  expect(seen).toHaveLength(2);
  return [seen[0]!, seen[1]!];
}

describe('the action’s GitHub client', () => {
  it.each([
    ['an installation token', 'ghs_abc123', undefined],
    ['a JWT', 'aaa.bbb.ccc', undefined],
    ['a job with an orchestration id', 'ghs_abc123', ' run 7/job:3 '],
  ])('sends the headers @actions/github sends for %s', async (_, token, orchestration) => {
    const [ours, theirs] = await headersOf(token, { ACTIONS_ORCHESTRATION_ID: orchestration });
    expect(ours['authorization']).toBe(theirs['authorization']);
    expect(ours['user-agent']).toBe(theirs['user-agent']);
    expect(ours['accept']).toBe(theirs['accept']);
    if (orchestration) expect(ours['user-agent']).toContain('actions_orchestration_id/run_7_job_3');
  });
});
