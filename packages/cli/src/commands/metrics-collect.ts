import { resolve } from 'node:path';
import { Octokit } from '@octokit/core';
import { systemClock, UserError } from '@slipway/core';
import { collect, loadHistory, octokitApi, saveHistory } from '@slipway/metrics';
import { EXIT, leaf, required, UsageError } from '../command.js';

/** `slipway metrics collect`: adds a repository's new CI runs and deployments to a history file. */
export const metricsCollectCommand = leaf({
  name: 'collect',
  summary: "add a repository's new workflow runs, jobs and deployments to a history file",
  usage: 'metrics collect --repo OWNER/NAME [--since DATE] --data FILE [--api-url URL]',
  options: {
    repo: { type: 'string', value: 'OWNER/NAME', description: 'the repository to collect' },
    since: {
      type: 'string',
      value: 'DATE',
      description: 'collect runs created since this date (default: where the last collection stopped, or 90 days back)',
    },
    data: { type: 'string', value: 'FILE', description: 'the history file to read and extend (created when missing)' },
    'api-url': { type: 'string', value: 'URL', description: 'the REST API URL (GitHub Enterprise Server; default https://api.github.com)' },
  },
  details: [
    'The token comes from GITHUB_TOKEN (actions: read and deployments: read).',
    'A collection that the API interrupts keeps what it got; run the same command again to resume.',
    '',
    'Exit codes: 0 collected, 2 bad usage, an unreadable or corrupt history, a token or repository',
    'the API rejects, or an interrupted collection (what was collected is saved).',
  ].join('\n'),
  run: async ({ values }, io) => {
    const repository = required(values.repo, 'repo');
    if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) throw new UsageError(`--repo must be OWNER/NAME; got '${repository}'`);
    const dataPath = resolve(io.cwd, required(values.data, 'data'));
    let since: number | undefined;
    if (values.since !== undefined) {
      const ms = Date.parse(values.since);
      if (Number.isNaN(ms)) throw new UsageError(`--since must be a date such as 2025-01-31 or an ISO 8601 instant; got '${values.since}'`);
      since = Math.floor(ms / 1000);
    }
    const token = io.env['GITHUB_TOKEN'];
    if (!token)
      throw new UserError('GITHUB_TOKEN is not set', {
        hint: 'export a token that may read the repository: actions: read, deployments: read',
      });
    const loaded = await loadHistory(dataPath, repository);
    if (loaded.source === 'backup') {
      io.stderr(
        `slipway: warning: ${dataPath} is corrupt (${loaded.problem ?? ''}); continuing from the previous good copy (${loaded.history.runs.length} runs)\n`,
      );
    }
    const octokit = new Octokit({ auth: token, baseUrl: (values['api-url'] ?? 'https://api.github.com').replace(/\/$/, '') });
    const result = await collect(octokitApi(octokit.request), loaded.history, {
      repository,
      ...(since === undefined ? {} : { since }),
      sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
      now: () => systemClock.now().getTime(),
      log: (m) => io.stderr(`${m}\n`),
      checkpoint: (h) => saveHistory(dataPath, h),
    });
    for (const p of result.problems) io.stderr(`slipway: warning: ${p}\n`);
    if (result.newRuns > 0 || result.complete) await saveHistory(dataPath, result.history);
    io.stdout(
      `Collected ${result.newRuns} new runs and ${result.newDeployments} deployments of ${repository} with ${result.requests} API requests; ${dataPath} holds ${result.history.runs.length} runs\n`,
    );
    if (result.error) {
      io.stderr(`slipway: ${result.error.message}\nHint: ${result.error.hint ?? 'run the same command again to resume'}\n`);
      return EXIT.usage;
    }
    return EXIT.ok;
  },
});
