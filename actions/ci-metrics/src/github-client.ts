import { getOctokit } from '@actions/github';
import { octokitApi } from '@slipway/metrics';
import type { Inputs } from './inputs.js';
import type { RunDeps } from './run.js';

/** The real dependencies: Octokit from @actions/github against the job's API URL. */
export function actionDeps(inputs: Inputs, env: Record<string, string | undefined> = process.env): RunDeps {
  const octokit = getOctokit(inputs.githubToken, { baseUrl: inputs.apiUrl || 'https://api.github.com' });
  return {
    api: octokitApi(octokit.request),
    workspace: env['GITHUB_WORKSPACE'] ?? process.cwd(),
    tempDir: env['RUNNER_TEMP'] ?? process.cwd(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}
