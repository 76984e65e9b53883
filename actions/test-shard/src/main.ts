import { tmpdir } from 'node:os';
import { readGitHubContext } from '@slipway/core';
import { actionsInput, actionsPorts, exitIfAbandoned, runAction } from '@slipway/core/actions';
import { actionsTimingCache } from './actions-cache.js';
import { parseInputs } from './inputs.js';
import { run } from './run.js';

await runAction(() =>
  run(parseInputs(actionsInput), actionsPorts(), {
    github: readGitHubContext(),
    tempDir: process.env['RUNNER_TEMP'] || tmpdir(),
    cache: actionsTimingCache(),
  }),
);
// A cache call abandoned after a stall may leave the cache client's timers behind.
await exitIfAbandoned();
