import type { RunRecord } from './build-run.js';
import type { Cause } from './explain/causes.js';
import type { ContentDifference } from './explain/difference.js';
import type { DiffoscopeReport } from './diffoscope.js';
import type { Variation } from './vary.js';

/** The overall verdict of a rebuild. */
export type Verdict = 'reproducible' | 'not-reproducible' | 'build-failed' | 'no-outputs';

/** Whether the builds were shown to run without the network. */
export type Hermetic = 'yes' | 'no' | 'not-isolated';

/** A file the build under check published (the build job's artifact), to compare the rebuilds with. */
export interface PublishedOutput {
  name: string;
  sha256: string;
  /** The file itself, when at hand: differences from it are explained too. */
  path: string | undefined;
}

/** One declared output across the runs. */
export interface OutputVerdict {
  name: string;
  /** sha256 per run, in run order ('' when a run did not produce it). */
  digests: string[];
  reproducible: boolean;
  /** The published digest it was compared with, and whether it matched. */
  published?: { sha256: string; matches: boolean };
  /** Between run 1 and the first run (or the published file) that differs. */
  difference?: { between: string; explanation: ContentDifference; causes: Cause[] };
  diffoscope?: DiffoscopeReport;
}

/** What a run varied, as recorded in the result and the attestation. */
export interface RunEnvironment {
  run: number;
  buildPath: string;
  network: 'denied' | 'allowed';
  clockAtStart: string;
  clockShiftSeconds: number;
  timeZone: string;
  locale: string;
  umask: string;
  hostname: string | undefined;
  user: string | undefined;
  order: string;
}

/** Everything a rebuild found. */
export interface RebuildResult {
  verdict: Verdict;
  reproducible: boolean;
  hermetic: Hermetic;
  /** Why hermetic is what it is, in one sentence. */
  hermeticReason: string;
  /** Set when a build failed only without the network: that run's last output lines. */
  needsNetwork: { run: number; exitCode: number; lastLines: string[] } | undefined;
  /** Set when a build failed with the network too. */
  buildFailure: { run: number; exitCode: number; lastLines: string[] } | undefined;
  source: { commit: string; commitTime: string; sourceDateEpoch: number; subdir: string; dirty: boolean; remote: string | undefined };
  command: string;
  prepare: string | undefined;
  outputPatterns: string[];
  network: 'deny' | 'allow';
  varied: Variation[];
  /** Variations asked for that this machine could not apply, and why. */
  notVaried: { variation: Variation; reason: string }[];
  runs: (Omit<RunRecord, 'outputs' | 'log'> & { environment: RunEnvironment; outputs: { name: string; sha256: string; size: number }[] })[];
  outputs: OutputVerdict[];
  /** 0 reproducible (and hermetic when asked), 1 otherwise. */
  exitCode: 0 | 1;
  /** One line for people. */
  headline: string;
}
