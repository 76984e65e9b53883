import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startFakeGitHub, type FakeGitHub } from '../../../test/services/github-actions-api.js';
import { auditAll, githubApi, onlineFindings, type AuditInput } from '../src/index.js';

const sha = (c: string): string => c.repeat(40);
const [C1, C2, C3, T1, B1, B2] = [sha('1'), sha('2'), sha('3'), sha('4'), sha('5'), sha('6')];
const FORK = `f${'e'.repeat(39)}`;
const MISSING = sha('9');

let api: FakeGitHub;
beforeAll(async () => {
  api = await startFakeGitHub({
    token: 'ghp_test',
    repos: {
      'actions/checkout': { branches: { main: [C1, C2, C3] }, tags: { 'v4.2.2': C3, v4: C3 }, annotated: ['v4'] },
      'some-org/confused': { branches: { main: [B1], v1: [B2] }, tags: { v1: B1 } },
      'tj-actions/changed-files': { branches: { main: [T1] }, tags: { 'v45.0.7': T1 } },
      'old-org/archived-action': { archived: true, branches: { main: [C1] }, tags: { 'v1.0.0': C1 } },
      'actons/checkout': { branches: { main: [C1] }, tags: {} },
    },
    advisories: [
      {
        ghsa_id: 'GHSA-mrrh-fwg8-r2c3',
        cve_id: 'CVE-2025-30066',
        summary: 'tj-actions changed-files through 45.0.7 allows remote attackers to discover secrets by reading actions logs.',
        severity: 'high',
        vulnerabilities: [
          {
            package: { ecosystem: 'actions', name: 'tj-actions/changed-files' },
            vulnerable_version_range: '<= 45.0.7',
            first_patched_version: '46.0.1',
          },
        ],
      },
    ],
  });
});
afterAll(async () => api.close());

function input(steps: string[]): AuditInput {
  const content = [
    'name: online',
    'on: push',
    'permissions: {}',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-24.04',
    '    timeout-minutes: 10',
    '    permissions:',
    '      contents: read',
    '    steps:',
    ...steps.map((s) => `      - uses: ${s}`),
    '',
  ].join('\n');
  return { file: '.github/workflows/online.yml', kind: 'workflow', content };
}

const client = (): ReturnType<typeof githubApi> => githubApi({ baseUrl: api.url, token: 'ghp_test' });
const rules = async (steps: string[]): Promise<string[]> =>
  (await onlineFindings([input(steps)], client())).map((f) => `${f.rule}@${f.line}`).sort();

describe('online audits against the GitHub API', () => {
  it('finds an impostor commit from a fork, and passes a commit of a tag', async () => {
    expect(await rules([`actions/checkout@${FORK}`, `actions/checkout@${C3} # v4.2.2`])).toEqual(['impostor-commit@11']);
    expect(await rules([`actions/checkout@${MISSING}`])).toEqual(['impostor-commit@11']);
  });

  it('finds a version comment that names another commit, and a pin between releases', async () => {
    expect(await rules([`actions/checkout@${C2} # v4.2.2`])).toEqual(['ref-version-mismatch@11', 'stale-action-refs@11']);
    // An annotated tag is followed to its commit.
    expect(await rules([`actions/checkout@${C3} # v4`])).toEqual([]);
  });

  it('finds a ref that is both a branch and a tag, and not a plain tag', async () => {
    expect(await rules(['some-org/confused@v1', 'actions/checkout@v4'])).toEqual(['ref-confusion@11']);
  });

  it('finds archived repositories, look-alikes that exist, and advisories for a SHA pin resolved to its tag', async () => {
    expect(await rules([`old-org/archived-action@${C1}`])).toEqual(['archived-uses@11']);
    expect(await rules([`actons/checkout@${C1}`])).toEqual(['stale-action-refs@11', 'typosquat-uses@11']);
    const found = await onlineFindings([input([`tj-actions/changed-files@${T1}`])], client());
    expect(found.map((f) => [f.rule, f.confidence])).toEqual([['known-vulnerable-actions', 'high']]);
    expect(found[0]?.message).toContain('v45.0.7 is affected by GHSA-mrrh-fwg8-r2c3');
  });

  it('joins the offline audit: online findings are suppressible and counted', async () => {
    const file = input([`actions/checkout@${FORK} # slipway-audit: ignore impostor-commit -- vetted fork commit, see the review`]);
    const report = await auditAll([file], { trustedOwners: [] }, await onlineFindings([file], client()));
    expect(report.files[0]?.suppressed.map((f) => f.rule)).toEqual(['impostor-commit']);
  });

  it('refuses a bad token naming the API, and never reaches past loopback', async () => {
    await expect(onlineFindings([input([`actions/checkout@${C3}`])], githubApi({ baseUrl: api.url, token: 'wrong' }))).rejects.toThrow(
      /the GitHub API refused \/repos\/actions\/checkout \(401\)/,
    );
    expect(api.requests.every((r) => r.startsWith('GET /'))).toBe(true);
  });
});

describe("the online audits keep to GitHub's rate limits", () => {
  const limited = (): { api: ReturnType<typeof githubApi>; sleeps: number[] } => {
    const sleeps: number[] = [];
    const now = Date.now();
    return {
      sleeps,
      api: githubApi({
        baseUrl: api.url,
        token: 'ghp_test',
        now: () => now,
        sleep: (ms) => {
          sleeps.push(ms);
          return Promise.resolve();
        },
      }),
    };
  };
  const secondary = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' };

  it('waits as retry-after asks (seconds or an HTTP date), then audits as usual', async () => {
    const { api: client, sleeps } = limited();
    api.answerNext([
      { status: 403, headers: { 'retry-after': '7' }, body: secondary },
      { status: 429, headers: { 'retry-after': new Date(Date.now() + 30_000).toUTCString() }, body: secondary },
    ]);
    const found = await onlineFindings([input([`actions/checkout@${FORK}`])], client);
    expect(found.map((f) => f.rule)).toEqual(['impostor-commit']);
    expect(sleeps[0]).toBeGreaterThanOrEqual(7000);
    // The HTTP date is about 30 s away (to the second it was written in).
    expect(sleeps[1]).toBeGreaterThanOrEqual(28_000);
    expect(sleeps[1]).toBeLessThanOrEqual(31_000);
  });

  it('reads a 403 that says "secondary rate limit" without retry-after as a limit: a minute, not a bad token', async () => {
    const { api: client, sleeps } = limited();
    api.answerNext([{ status: 403, body: secondary }]);
    expect((await onlineFindings([input([`actions/checkout@${C3} # v4.2.2`])], client)).map((f) => f.rule)).toEqual([]);
    expect(sleeps[0]).toBeGreaterThanOrEqual(60_000);
  });

  it('stops at once with the limit named when the quota resets too far away, instead of waiting minutes', async () => {
    const { api: client, sleeps } = limited();
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    api.answerNext([
      { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }, body: { message: 'API rate limit exceeded' } },
    ]);
    const before = api.requests.length;
    await expect(onlineFindings([input([`actions/checkout@${C3}`])], client)).rejects.toThrow(
      /the GitHub API's rate limit stopped the audit at \/repos\/actions\/checkout \(403\)/,
    );
    expect(sleeps).toEqual([]);
    expect(api.requests.length - before).toBe(1);
  });

  it('never tries one request more than 5 times when every answer is a limit', async () => {
    const { api: client, sleeps } = limited();
    api.answerNext(Array.from({ length: 5 }, () => ({ status: 429, headers: { 'retry-after': '1' }, body: secondary })));
    const before = api.requests.length;
    await expect(onlineFindings([input([`actions/checkout@${C3}`])], client)).rejects.toThrow(/rate limit stopped the audit/);
    expect(api.requests.length - before).toBe(5);
    expect(sleeps).toHaveLength(4);
    // The next request is answered as usual: nothing was left queued.
    expect(await client.repository('actions', 'checkout')).toEqual({ archived: false });
  });

  it('does not retry a plain 403 (a token without access) and names the token as the fix', async () => {
    const { api: client, sleeps } = limited();
    api.answerNext([{ status: 403, body: { message: 'Resource not accessible by integration' } }]);
    await expect(onlineFindings([input([`actions/checkout@${C3}`])], client)).rejects.toThrow(/the GitHub API refused .*\(403\)/);
    expect(sleeps).toEqual([]);
  });
});
