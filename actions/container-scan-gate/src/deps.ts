import type { Ports } from '@slipway/core';
import { actionsRecordSink } from '@slipway/core/records';
import type { RunDeps } from './run.js';
import { toolCacheLocator } from './scanner-install.js';
import { actionsCacheStore } from './sla-store.js';

/** The runner's dependencies: the workspace, `@actions/cache` for SLA state, `@actions/tool-cache` for scanners. */
export function actionDeps(ports: Ports): RunDeps {
  const env = process.env;
  const cwd = env['GITHUB_WORKSPACE'] ?? process.cwd();
  return {
    cwd,
    version: '0.1.0',
    records: actionsRecordSink(env),
    locator: toolCacheLocator({ PATH: env['PATH'] ?? '' }, ports.log),
    slaStore: actionsCacheStore({
      repository: env['GITHUB_REPOSITORY'] ?? 'local',
      runId: env['GITHUB_RUN_ID'] ?? String(Date.now()),
      attempt: env['GITHUB_RUN_ATTEMPT'] ?? '1',
      cwd,
      log: ports.log,
    }),
  };
}
