export { UserError, PolicyError, isUserError, errorMessage, describeError } from './errors.js';
export * as decode from './decode.js';
export { DecodeError, decodeDocument, type Decoder } from './decode.js';
export * as input from './input-readers.js';
export { InputError, splitList, parseDuration, type InputSpec } from './input-readers.js';
export { readInputs, readerFrom, type ReadInput, type InputSchema, type InputsOf } from './inputs.js';
export type { Annotation, Logger, Outputs, Summary, State, Exec, ExecOptions, ExecResult, Clock, Environment, Ports } from './ports.js';
export { systemClock, fixedClock } from './ports.js';
export { spawnCapture } from './exec.js';
export { Markdown, escapeHtml } from './summary.js';
export { expandGlobs } from './glob.js';
export { digestFile, digestBytes, type DigestAlgorithm } from './digest.js';
export { readGitHubContext, isForkPullRequest, type GitHubContext } from './github-context.js';
export { readTextFile, writeTextFile, parseJson, parseYamlText, readJsonFile, readYamlFile } from './files.js';
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
  type RecordRun,
  type RecordMode,
  type RecordSink,
  type RecordWritten,
} from './outcome-records.js';
