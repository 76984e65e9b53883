export { type Outcome, type TimingFormat, type JUnitFlavor, type TestRecord, type TimingSource, testId, byCodeUnits } from './model.js';
export { parseJUnit } from './junit.js';
export { parsePytestDurations, parseKnapsack, parseJestJson } from './json-timings.js';
export { parseTimingText } from './timing-file.js';
export {
  STORE_FORMAT,
  emptyStore,
  decodeStore,
  encodeStore,
  storeAsSource,
  isStore,
  type TimingStore,
  type StoredTest,
  type StoredFile,
} from './timing-store.js';
export { FileMatcher, normalizePath } from './file-matcher.js';
export { timeUniverse, knownFileSeconds, type FileTiming, type TimedUniverse, type UniverseInput } from './universe.js';
export { estimateFiles, type FileFeatures, type Estimate, type EstimateMethod } from './estimate.js';
export { workItems, toMicros, type WorkItem, type Granularity, type EstimatedFile, type ItemOptions } from './work-items.js';
export { assignShards, type Assignment, type Shard } from './plan.js';
export {
  planShards,
  planDocument,
  fingerprintOf,
  type PlanRequest,
  type ShardPlan,
  type PlannedShard,
  type PlanDocument,
} from './shard-plan.js';
export { selectShard } from './select.js';
export { RUNNERS, runnerCommand, exactTestSelection, shellQuote, type Runner, type CommandOptions } from './runner-command.js';
export { recordRun, mergeReports, knownFlaky, type RecordOptions, type RecordResult, type FlakyTest } from './record.js';
export { expandGlobs, readTimingFiles, readTestList, readFileFeatures } from './load.js';
export { planSummary, recordSummary } from './plan-summary.js';
