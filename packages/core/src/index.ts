export {
  UserError,
  PolicyError,
  isUserError,
  errorMessage,
  describeError,
  describeFailure,
  errorCode,
  errorCodes,
  BUG_PREFIX,
  type ErrorCode,
  type UserErrorOptions,
} from './errors.js';
export * as decode from './decode.js';
export { DecodeError, decodeDocument, type Decoder } from './decode.js';
export * as input from './input-readers.js';
export { InputError, splitList, parseDuration, type InputSpec } from './input-readers.js';
export { readInputs, readerFrom, type ReadInput, type InputSchema, type InputsOf } from './inputs.js';
export type { Annotation, Logger, Outputs, Summary, State, Exec, ExecOptions, ExecResult, Clock, Environment, Ports } from './ports.js';
export { systemClock, fixedClock } from './ports.js';
export { spawnCapture } from './exec.js';
export { Markdown, escapeHtml } from './summary.js';
export { DEFAULT_SKIP_FOLDERS, expandGlobs, globMatcher, type GlobOptions, type MatchOptions } from './glob.js';
export { digestFile, digestBytes, type DigestAlgorithm } from './digest.js';
export { readGitHubContext, isForkPullRequest, type GitHubContext } from './github-context.js';
export {
  readTextFile,
  readFileBytes,
  writeTextFile,
  writeOutputFiles,
  assertDistinctOutputs,
  canonicalPath,
  describeFsError,
  parseJson,
  parseYamlText,
  readJsonFile,
  readYamlFile,
  SMALL_FILE_LIMIT,
  LARGE_FILE_LIMIT,
  type WriteOptions,
  type SymlinkRule,
  type OutputFile,
  type NamedPath,
  type ReadOptions,
} from './files.js';
export { prepareOwnedDir, removeOwnedDir, OWNED_MARKER, type OwnedDirOptions } from './owned-dir.js';
export { parseDateTime, parseCalendarDate, assertNotFuture } from './dates.js';
export {
  DEFAULT_RETRY,
  NO_RETRY,
  backoffDelay,
  parseRetryAfter,
  withRetry,
  sleep,
  promiseRetryOptions,
  type PromiseRetryOptions,
  type RetryPolicy,
  type RetryVerdict,
  type RetryHooks,
} from './retry.js';
export {
  fetchWithPolicy,
  requestWithPolicy,
  nodeTransport,
  readBody,
  networkError,
  isTimeoutFailure,
  libraryNetworkError,
  parseUserUrl,
  describeUrl,
  isRetryableStatus,
  DEFAULT_DEADLINES,
  NETWORK_TIMEOUT_VARIABLE,
  networkTimeoutCap,
  networkDeadlineMs,
  type Deadlines,
  type FetchPolicy,
  type RequestPolicy,
  type BufferedRequest,
  type BufferedResponse,
  type Transport,
  type ResponseHead,
  type AnswerHeaders,
} from './http.js';
export { githubRequest, GITHUB_RETRY, SECONDARY_MIN_WAIT_MS, type GitHubRequestOptions } from './github-request.js';
export { consolePorts, type ConsoleOptions } from './console-ports.js';
export { percentile, median } from './percentile.js';
export {
  outcomeRecord,
  outcomeRecordFile,
  recordRunFrom,
  recordDocument,
  recordArtifactName,
  publishRecords,
  RECORD_ARTIFACT_PREFIX,
  RECORD_SCHEMA,
  type OutcomeRecord,
  type CacheOutcomeRecord,
  type SignatureOutcomeRecord,
  type ScanOutcomeRecord,
  type VerificationOutcomeRecord,
  type ReproducibilityOutcomeRecord,
  type RecordRun,
  type RecordMode,
  type RecordSink,
  type RecordWritten,
} from './outcome-records.js';
export { looksLikeZip, readZip, type ZipEntry } from './zip.js';
export { holdOptimizingCompilers, OPTIMIZE_AFTER_MS } from './step-tiering.js';
