// The public API of @slipway/rebuild: rebuild a commit under varied conditions, explain
// differences, and record the verdict as a signed SLSA Verification Summary Attestation.
export { VARIATIONS, parseVary, planRuns, variedLocale, type Variation, type RunPlan } from './vary.js';
export { rebuild, type RebuildRequest, type RebuildPorts } from './rebuild.js';
export { checkReproducible, reproducibilityRecords, type AttestationRequest, type RebuildCheck } from './check.js';
export { publishedFromFiles } from './published.js';
export type { RebuildResult, OutputVerdict, PublishedOutput, Verdict, Hermetic, RunEnvironment } from './result.js';
export { probeCapabilities, wrapCommand, type Capabilities, type BuildIdentity, type RunIsolation } from './isolation.js';
export { findSourceCommit, exportCommit, type SourceCommit } from './source-tree.js';
export { explainDifference, DEFAULT_LIMITS, type Explanation, type ExplainLimits } from './explain/explain.js';
export { nameCauses, type Cause, type CauseId, type RunFacts } from './explain/causes.js';
export type { ContentDifference, MemberDifference, LineDifference, Aspect, ContentFormat } from './explain/difference.js';
export { readTar, looksLikeTar, type TarEntry } from './explain/tar-read.js';
export { readZip, looksLikeZip, type ZipEntry } from '@slipway/core';
export { readGzipHeader, gunzip, looksLikeGzip, type GzipHeader } from './explain/gzip-read.js';
export { runDiffoscope, type DiffoscopeReport } from './diffoscope.js';
export {
  VERIFICATION_SUMMARY_V1,
  REPRODUCIBLE_LEVEL,
  HERMETIC_LEVEL,
  REBUILD_POLICY_URI,
  REBUILD_DETAILS_FIELD,
  DEFAULT_VERIFIER_ID,
  buildVerificationSummary,
  signVerificationSummary,
  sourceResourceUri,
  verdictSubjects,
  type VerificationSummary,
} from './attestation.js';
export { formatRebuildText, formatRebuildMarkdown } from './report.js';
