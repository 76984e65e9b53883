import { Octokit } from '@octokit/core';
import { sleep } from '@slipway/core';
import { githubFetch, octokitApi } from '@slipway/metrics';
import type { Inputs } from './inputs.js';
import type { RunDeps } from './run.js';

/**
 * The user agent @actions/github gives Octokit in a job: the runner's orchestration id as a
 * product token (`actions_orchestration_id/<id>`, characters outside [a-z0-9_.-] as `_`), which
 * lets GitHub tie the API calls to the job; undefined (Octokit's own) outside one.
 */
export function jobUserAgent(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const id = env['ACTIONS_ORCHESTRATION_ID']?.trim();
  return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined;
}

/**
 * The real dependencies: Octokit (@octokit/core, as the CLI uses it) with GitHub's rate-limit
 * rules (core's retry policy) underneath. @actions/github would add only the token header and
 * that user agent: its proxy fetch is replaced by ours, and it loads the event payload, its
 * REST plugins, @actions/http-client and undici at start.
 */
export function actionDeps(inputs: Inputs, env: Record<string, string | undefined> = process.env): RunDeps {
  const fetch = githubFetch({ sleep, now: () => Date.now(), log: (m) => console.log(m) });
  const userAgent = jobUserAgent(env);
  const octokit = new Octokit({
    auth: `token ${inputs.githubToken}`,
    baseUrl: inputs.apiUrl || 'https://api.github.com',
    ...(userAgent ? { userAgent } : {}),
    request: { fetch },
  });
  return {
    api: octokitApi(octokit.request),
    workspace: env['GITHUB_WORKSPACE'] ?? process.cwd(),
    tempDir: env['RUNNER_TEMP'] ?? process.cwd(),
  };
}
