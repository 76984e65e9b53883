export type { History, RunRecord, JobRecord, StepRecord, DeploymentRecord, OutcomeRecord, ShippedCommit, Cursor } from './model.js';
export { emptyHistory, toSeconds, toIso } from './model.js';
export { loadHistory, saveHistory, serializeHistory, backupPath, type LoadedHistory } from './history-file.js';
export { historyDecoder } from './history-codec.js';
export { octokitApi, type GitHubApi, type ApiResponse, type OctokitRequest } from './github-port.js';
export {
  ApiClient,
  ApiUnavailable,
  RateLimitExhausted,
  SecondaryRateLimited,
  isTransient,
  nextLink,
  type ClientOptions,
} from './api-client.js';
export { githubFetch, GITHUB_RETRY, SECONDARY_MIN_WAIT_MS, type GitHubFetchOptions, type RequestCounter } from './github-fetch.js';
export {
  collect,
  collectMany,
  listOrgRepositories,
  mapLimit,
  REPOSITORY_NAME,
  type CollectOptions,
  type CollectResult,
} from './collect.js';
export { HistoryStore, type RepositoryState, type StoreCounts } from './store/history-store.js';
export { SqliteDriver } from './store/sqlite-driver.js';
export type { SqlDriver, Row, Param } from './store/sql-driver.js';
export { MIGRATIONS, SCHEMA_VERSION, migrate } from './store/schema.js';
export { recountDaily } from './store/daily-counts.js';
export {
  openStore,
  openSqlite,
  openPostgres,
  importHistory,
  copyStore,
  historyCounts,
  checkCounts,
  safeUrl,
  type OpenedStore,
  type StoreLocation,
} from './store/open-store.js';
export { reportFromStore, windowOf, type Window } from './store/sql-report.js';
export { orgReportFromStore, type OrgReport, type RepositoryFigures } from './store/org-report.js';
export { openMetricsText, METRIC } from './openmetrics.js';
export { orgDashboardHtml } from './org-dashboard-html.js';
export { SEARCH_CAP } from './collect-runs.js';
export { recordsFromArchive } from './outcome-records.js';
export { percentile, distribution, ratio, type Distribution } from './percentiles.js';
export { criticalPath, type PathJob } from './critical-path.js';
export { doraFigures, isProduction, type DoraFigures } from './dora.js';
export { cacheFigures, signatureFigures, scanFigures, reproducibilityFigures, type ReproducibilityFigures } from './outcome-figures.js';
export { runSeconds, runQueueSeconds, successRate, workflowFigures, type WorkflowFigures, type JobFigures } from './run-figures.js';
export { budgetRegressions, percentileRegressions, type Regression } from './regressions.js';
export { buildReport, type MetricsReport, type ReportOptions } from './report.js';
export { minutes, percent } from './format.js';
export { summaryMarkdown, trendMermaid } from './summary-markdown.js';
export { dashboardHtml } from './dashboard-html.js';
export { lineChart, barChart, niceTicks } from './svg-charts.js';
export { openRegressionIssue } from './regression-issue.js';
export { mergeHistories } from './history-merge.js';
