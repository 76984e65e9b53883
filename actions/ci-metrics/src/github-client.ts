import { getOctokit } from '@actions/github';
import { sleep } from '@slipway/core';
import { githubFetch, octokitApi } from '@slipway/metrics';
import type { Inputs } from './inputs.js';
import type { RunDeps } from './run.js';

/** The real dependencies: Octokit from @actions/github with GitHub's rate-limit rules (core's retry policy) underneath. */
export function actionDeps(inputs: Inputs, env: Record<string, string | undefined> = process.env): RunDeps {
  const fetch = githubFetch({ sleep, now: () => Date.now(), log: (m) => console.log(m) });
  const octokit = getOctokit(inputs.githubToken, { baseUrl: inputs.apiUrl || 'https://api.github.com', request: { fetch } });
  return {
    api: octokitApi(octokit.request),
    workspace: env['GITHUB_WORKSPACE'] ?? process.cwd(),
    tempDir: env['RUNNER_TEMP'] ?? process.cwd(),
  };
}
