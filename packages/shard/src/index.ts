export {
  type Outcome,
  type TimingFormat,
  type JUnitFlavor,
  type TestRecord,
  type TimingSource,
  testId,
  splitTestId,
  byCodeUnits,
} from './model.js';
export { parseTimingText, readTimingFile } from './timing-file.js';
export { JUnitReader, parseJUnit } from './junit.js';
export { readSeconds, type NumberReading } from './report-number.js';
export { normalizePath } from './file-matcher.js';
export { PytestResolver, PytestFsResolver, dottedModule, guessPytestPath, type PytestAddress } from './pytest-address.js';
export { decodeStore, encodeStore, storeAsSource, type TimingStore, type StoredTest, type StoredFile } from './timing-store.js';
export { timeUniverse, type FileTiming, type TimedUniverse, type UniverseInput } from './universe.js';
export { estimateFiles, type FileFeatures, type Estimate, type EstimateMethod } from './estimate.js';
export { type WorkItem, type Granularity, type EstimatedFile, type ItemOptions } from './work-items.js';
export { assignShards, type Assignment, type Shard } from './plan.js';
export { planShards, planDocument, type PlanRequest, type ShardPlan, type PlannedShard, type PlanDocument } from './shard-plan.js';
export { selectShard } from './select.js';
export {
  RUNNERS,
  COMMAND_LINE_BUDGET,
  runnerCommand,
  shardSelection,
  exactTestSelection,
  canExcludeTests,
  escapeRegex,
  shellQuote,
  type Runner,
  type CommandOptions,
  type ShardSelection,
} from './runner-command.js';
export { recordRun, knownFlaky, type RecordOptions, type RecordResult, type FlakyTest } from './record.js';
export { readTimingFiles, readTestEntries, readTestList, readFileFeatures, discoverTestFiles, DEFAULT_TEST_FILES } from './load.js';
export { preparePlan, resolveRunner, type PlanSetup, type PreparedPlan } from './prepare.js';
export { planSummary, recordSummary, checkSummary } from './plan-summary.js';
export { checkPlan, fitOverhead, overheadOfReports, type PlanCheck, type ShardCheck } from './plan-check.js';
