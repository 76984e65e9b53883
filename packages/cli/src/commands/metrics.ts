import { group } from '../command.js';
import { metricsCollectCommand } from './metrics-collect.js';
import { metricsExportCommand } from './metrics-export.js';
import { metricsMigrateCommand } from './metrics-migrate.js';
import { metricsReportCommand } from './metrics-report.js';

/** `slipway metrics`: CI history, figures and dashboard. */
export const metricsCommand = group('metrics', 'collect CI history from the GitHub API and report p50/p95, success rate and DORA figures', [
  metricsCollectCommand,
  metricsReportCommand,
  metricsExportCommand,
  metricsMigrateCommand,
]);
