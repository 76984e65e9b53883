import { group } from '../command.js';
import { metricsCollectCommand } from './metrics-collect.js';
import { metricsExportCommand } from './metrics-export.js';
import { metricsMigrateCommand } from './metrics-migrate.js';
import { metricsReportCommand } from './metrics-report.js';
import { SUMMARIES } from './summaries.js';

/** `slipway metrics`: CI history, figures and dashboard. */
export const metricsCommand = group('metrics', SUMMARIES['metrics'], [
  metricsCollectCommand,
  metricsReportCommand,
  metricsExportCommand,
  metricsMigrateCommand,
]);
