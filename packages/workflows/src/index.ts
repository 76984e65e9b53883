export { auditText, fileKind, INVALID_FILE, INVALID_SUPPRESSION, type FileAudit, type Finding, type ReportOptions } from './audit.js';
export { collectAuditInputs, type AuditInput } from './collect-files.js';
export { auditAll, summarise, type AuditReport } from './report.js';
export { formatAuditText } from './format-text.js';
export { formatAuditSarif } from './format-sarif.js';
export { formatAuditSummary } from './format-summary.js';
export {
  RULES,
  SEVERITIES,
  CONFIDENCES,
  type AuditOptions,
  type Category,
  type Confidence,
  type Rule,
  type Severity,
} from './rules/index.js';
export { ONLINE_RULES } from './online/online-rules.js';
export { githubApi, refreshAdvisories, type ActionsApi } from './online/github-api.js';
export { onlineFindings } from './online/online-audit.js';
export { fixFile, type FixOptions, type FixResult } from './fix/fix-file.js';
export { pinsFromApi, pinsFromFile, type Pin, type PinResolver } from './fix/pins.js';
export { unifiedDiff } from './fix/text-diff.js';
export { injectionSeverity, exposureOf, type Exposure } from './triggers.js';
export { expressionSources, templateExpressions, type Taint, type TaintScope, type TaintSource } from './taint.js';
export { embeddedExpressions, parseExpression } from './expressions.js';
export { readSuppressions, type Suppression } from './suppressions.js';
export { assertWorkflowParses, githubParserErrors, parseWithGitHub, type ParserError } from './github-parser.js';
export { decodeAdvisorySnapshot, shippedAdvisories, inRange, type AdvisorySnapshot, type ActionAdvisory } from './advisories.js';
export { jobGraph, workflowNameOf, type GraphJob, type WorkflowResolver } from './estimate/job-graph.js';
export { decodeTimings, type JobTiming, type Timings } from './estimate/timings.js';
export { estimate, unusedTimings, type Estimate, type JobEstimate, type Advice } from './estimate/critical-path.js';
export { formatEstimateText } from './estimate/format-estimate.js';
export { buildAuditRecord, formatAuditRecordSummary, type AuditRecord, type RunIdentity, type RecordedJob } from './audit-record.js';
export { runAudit, planFixes, type AuditRequest, type FileFix } from './run-audit.js';
