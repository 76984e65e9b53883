import { rm } from 'node:fs/promises';
import { parseDateTime, UserError, assertNotFuture, systemClock } from '@slipway/core';
import { collectMany, listOrgRepositories, REPOSITORY_NAME, type CollectResult } from '@slipway/metrics';
import { EXIT, intFlag, leaf, UsageError } from '../command.js';
import { githubApi, openCommandStore, storeLocation, storeOptions } from './metrics-options.js';

/** `slipway metrics collect`: adds repositories' new CI runs and deployments to a store. */
export const metricsCollectCommand = leaf({
  name: 'collect',
  summary: "add repositories' new workflow runs, jobs and deployments to a metrics store",
  usage: 'metrics collect (--repo OWNER/NAME... | --org ORG) (--data FILE | --store URL) [--since DATE] [--parallel N] [--api-url URL]',
  options: {
    repo: { type: 'string', multiple: true, value: 'OWNER/NAME', description: 'a repository to collect' },
    org: { type: 'string', value: 'ORG', description: 'collect every repository of the organisation (archived ones left out)' },
    ...storeOptions,
    since: {
      type: 'string',
      value: 'DATE',
      description: 'collect runs created since this date or RFC 3339 time (default: where the last collection stopped, or 90 days back)',
    },
    parallel: { type: 'string', value: 'N', description: 'repositories collected at once (default 4)' },
    'api-url': { type: 'string', value: 'URL', description: 'the REST API URL (GitHub Enterprise Server; default https://api.github.com)' },
  },
  details: [
    'The token comes from GITHUB_TOKEN (actions: read and deployments: read; for --org, metadata: read).',
    'Each repository resumes from its own cursor: a collection that the API interrupts keeps every whole',
    'window; run the same command again to resume. Many collectors may share one --store at once.',
    '',
    'Exit codes: 0 collected, 2 bad usage, an unreadable store, a token or repository the API rejects,',
    'or an interrupted collection (what was collected is kept).',
  ].join('\n'),
  run: async ({ values }, io) => {
    const repos = values.repo ?? [];
    if (repos.length === 0 && values.org === undefined) throw new UsageError('--repo OWNER/NAME or --org ORG is required');
    if (repos.length > 0 && values.org !== undefined) throw new UsageError('give either --repo or --org, not both');
    for (const r of repos) if (!REPOSITORY_NAME.test(r)) throw new UsageError(`--repo must be OWNER/NAME; got '${r}'`);
    const location = storeLocation(values, io.cwd);
    const parallel = intFlag(values.parallel, 'parallel', 1, 64) ?? 4;
    const nowMs = systemClock.now().getTime();
    let since: number | undefined;
    if (values.since !== undefined) {
      const at = parseDateTime(values.since, '--since');
      assertNotFuture(at, nowMs, '--since');
      since = Math.floor(at / 1000);
    }
    const token = io.env['GITHUB_TOKEN'];
    if (!token)
      throw new UserError('GITHUB_TOKEN is not set', {
        hint: 'export a token that may read the repository: actions: read, deployments: read',
      });
    const { api, counter } = githubApi(token, values['api-url'], io);
    const opened = await openCommandStore(location, io, repos.length === 1 ? { repository: repos[0] as string } : { max: parallel + 2 });
    const store = opened.store;
    // A store this command created and left empty is removed again: a rejected token writes nothing.
    const discard = async (): Promise<void> => {
      if (!('data' in location)) return;
      await store.close();
      for (const suffix of ['', '-wal', '-shm']) await rm(`${location.data}${suffix}`, { force: true });
    };
    try {
      const repositories = values.org !== undefined ? await listOrgRepositories(api, values.org, { now: () => Date.now() }) : repos;
      if (repositories.length === 0) throw new UserError(`The organisation ${values.org ?? ''} has no repositories the token can see`);
      const results: CollectResult[] = await collectMany(api, store, repositories, {
        ...(since === undefined ? {} : { since, sinceField: '--since' }),
        parallel,
        now: () => Date.now(),
        log: (m) => io.stderr(`${m}\n`),
        onRepository: (r) => {
          for (const p of r.problems) io.stderr(`slipway: warning: ${p}\n`);
          if (r.cursorKept) io.stderr(`slipway: note: ${r.cursorKept}\n`);
        },
      });
      let failed = 0;
      for (const r of results) {
        const counts = await store.counts(r.repository);
        io.stdout(
          `Collected ${r.newRuns} new runs and ${r.newDeployments} deployments of ${r.repository} with ${r.requests} API calls; ${store.location} holds ${counts.runs} runs of it${r.complete ? '' : ' (incomplete)'}\n`,
        );
        if (r.error) {
          failed += 1;
          io.stderr(`slipway: ${r.repository}: ${r.error.message}\nHint: ${r.error.hint ?? 'run the same command again to resume'}\n`);
        }
      }
      if (results.length > 1)
        io.stdout(`${results.length - failed} of ${results.length} repositories collected completely; ${counter.requests} HTTP requests\n`);
      if (failed > 0 && opened.created && (await store.counts()).runs === 0) await discard();
      return failed === 0 ? EXIT.ok : EXIT.usage;
    } catch (error) {
      if (opened.created && (await store.counts().catch(() => ({ runs: 1 }))).runs === 0) await discard();
      throw error;
    } finally {
      await store.close();
    }
  },
});
