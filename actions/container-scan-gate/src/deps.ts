import { readGitHubContext, type Ports } from '@slipway/core';
import { actionsRecordSink } from '@slipway/core/records';
import type { RunDeps } from './run.js';
import { toolCacheLocator } from './scanner-install.js';
import { actionsCacheStore } from './sla-store.js';

/** The runner's dependencies: the workspace, `@actions/cache` for SLA state, `@actions/tool-cache` for scanners. */
export function actionDeps(ports: Ports): RunDeps {
  const env = process.env;
  // The gate needs no event payload: leave it unread.
  const gh = readGitHubContext(env, { event: {} });
  return {
    cwd: gh.workspace,
    version: '0.1.0',
    records: actionsRecordSink(env),
    locator: toolCacheLocator({ PATH: env['PATH'] ?? '' }, ports.log),
    slaStore: actionsCacheStore({
      repository: gh.repository || 'local',
      runId: gh.runId || String(Date.now()),
      attempt: gh.runAttempt,
      cwd: gh.workspace,
      log: ports.log,
    }),
  };
}
