import * as decode from './decode.js';
import type { Decoder } from './decode.js';
import type { Logger } from './ports.js';

// The one format of outcome records: what cache-setup, container-scan-gate, cosign-sign,
// slsa-provenance and verify-deploy leave behind in run artifacts named `slipway-record*`,
// and what ci-metrics reads back to compute hit rates, pass rates and signature coverage.

/** The run a record came from, as the step saw it (GITHUB_* variables). */
export interface RecordRun {
  repository: string;
  workflow: string;
  job: string;
  runId: string;
  runAttempt: string;
  ref: string;
  sha: string;
}

/** One cache layer's lookup: `exact`, `partial` and `miss` count in hit rates; `skipped` and `error` were not looked up. */
export interface CacheOutcomeRecord {
  type: 'cache';
  layer: string;
  hit: 'exact' | 'partial' | 'miss' | 'skipped' | 'error';
  key?: string;
  matchedKey?: string;
  sizeBytes?: number;
  restoreSeconds?: number;
  saved?: boolean;
  saveSeconds?: number;
  note?: string;
  /** The runner's OS and architecture (cache keys differ by them). */
  os?: string;
  arch?: string;
  run?: RecordRun;
}

/** One signed subject; `kind` says what was signed (`signature` or `provenance`). */
export interface SignatureOutcomeRecord {
  type: 'signature';
  subject: string;
  signed: boolean;
  kind?: string;
  digest?: string;
  run?: RecordRun;
}

/** One scanned image or report and the gate's decision on it. */
export interface ScanOutcomeRecord {
  type: 'scan';
  subject: string;
  decision: 'pass' | 'fail';
  blocking?: number;
  run?: RecordRun;
}

/** One subject checked before a deploy, for the environment when the workflow names it. */
export interface VerificationOutcomeRecord {
  type: 'verification';
  subject: string;
  environment?: string;
  verified: boolean;
  digest?: string;
  run?: RecordRun;
}

/**
 * One output checked by rebuilding (reproducible-build): whether every build gave the same
 * bytes, and whether the builds ran without the network (`not-isolated` when that could not be enforced).
 */
export interface ReproducibilityOutcomeRecord {
  type: 'reproducibility';
  subject: string;
  reproducible: boolean;
  hermetic: 'yes' | 'no' | 'not-isolated';
  digest?: string;
  runs?: number;
  run?: RecordRun;
}

/** One outcome record. */
export type OutcomeRecord =
  CacheOutcomeRecord | SignatureOutcomeRecord | ScanOutcomeRecord | VerificationOutcomeRecord | ReproducibilityOutcomeRecord;

/** What every record artifact's name starts with (ci-metrics' `records-prefix` default). */
export const RECORD_ARTIFACT_PREFIX = 'slipway-record';

/** The document schema the writer stamps; readers accept files without it too. */
export const RECORD_SCHEMA = 'slipway/outcome-records@1';

const text = decode.withDefault(decode.string, '');
const optionalNumber = decode.optional(decode.number);

const recordRun: Decoder<RecordRun> = decode.object({
  repository: text,
  workflow: text,
  job: text,
  runId: text,
  runAttempt: text,
  ref: text,
  sha: text,
});

/** Decodes one record; unknown fields are ignored so older readers accept richer records. */
export const outcomeRecord: Decoder<OutcomeRecord> = (v, p) => {
  const { type, run } = decode.object({
    type: decode.literal('cache', 'signature', 'scan', 'verification', 'reproducibility'),
    run: decode.optional(recordRun),
  })(v, p);
  const withRun = <T extends object>(r: T): T & { run?: RecordRun } => (run === undefined ? r : { ...r, run });
  switch (type) {
    case 'cache': {
      const r = decode.object({
        layer: decode.string,
        hit: decode.literal('exact', 'partial', 'miss', 'skipped', 'error'),
        key: decode.optional(decode.string),
        matchedKey: decode.optional(decode.string),
        sizeBytes: optionalNumber,
        restoreSeconds: optionalNumber,
        saved: decode.optional(decode.boolean),
        saveSeconds: optionalNumber,
        note: decode.optional(decode.string),
        os: decode.optional(decode.string),
        arch: decode.optional(decode.string),
      })(v, p);
      return withRun({ type, ...r });
    }
    case 'signature': {
      const r = decode.object({
        subject: text,
        signed: decode.boolean,
        kind: decode.optional(decode.string),
        digest: decode.optional(decode.string),
      })(v, p);
      return withRun({ type, ...r });
    }
    case 'scan': {
      const r = decode.object({ subject: text, decision: decode.literal('pass', 'fail'), blocking: optionalNumber })(v, p);
      return withRun({ type, ...r });
    }
    case 'verification': {
      const r = decode.object({
        subject: text,
        environment: decode.optional(decode.string),
        verified: decode.boolean,
        digest: decode.optional(decode.string),
      })(v, p);
      return withRun({ type, ...r });
    }
    case 'reproducibility': {
      const r = decode.object({
        subject: text,
        reproducible: decode.boolean,
        hermetic: decode.literal('yes', 'no', 'not-isolated'),
        digest: decode.optional(decode.string),
        runs: optionalNumber,
      })(v, p);
      return withRun({ type, ...r });
    }
  }
};

/** A record file's JSON: one record, an array of them, or `{ "records": [...] }` (what the writer writes). */
export const outcomeRecordFile: Decoder<OutcomeRecord[]> = decode.oneOf<OutcomeRecord[]>(
  decode.array(outcomeRecord),
  decode.map(outcomeRecord, (r) => [r]),
  decode.map(decode.object({ records: decode.array(outcomeRecord) }), (o) => o.records),
);

/** The record run of the step's environment. */
export function recordRunFrom(env: Readonly<Record<string, string | undefined>>): RecordRun {
  const get = (name: string): string => env[name] ?? '';
  return {
    repository: get('GITHUB_REPOSITORY'),
    workflow: get('GITHUB_WORKFLOW'),
    job: get('GITHUB_JOB'),
    runId: get('GITHUB_RUN_ID'),
    runAttempt: get('GITHUB_RUN_ATTEMPT'),
    ref: get('GITHUB_REF'),
    sha: get('GITHUB_SHA'),
  };
}

/** The JSON text of a record file: `{ schema, records }`, each record stamped with the run. */
export function recordDocument(records: readonly OutcomeRecord[], run: RecordRun): string {
  return `${JSON.stringify({ schema: RECORD_SCHEMA, records: records.map((r) => ({ ...r, run })) }, null, 2)}\n`;
}

/**
 * A record artifact's name: `slipway-record-<action>-<job>-<unique>`. Names must be unique in a
 * run (one per step), and may not hold the characters the artifact service rejects.
 */
export function recordArtifactName(action: string, run: RecordRun, unique: string): string {
  const clean = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, '_');
  return [RECORD_ARTIFACT_PREFIX, clean(action), clean(run.job || 'job'), clean(unique)].join('-');
}

/** Where records go: `artifact` (a file, uploaded), `file` (a file only) or `none`. */
export type RecordMode = 'artifact' | 'file' | 'none';

/** What writing the records did: the file, the artifact, or why the upload failed. */
export interface RecordWritten {
  path: string;
  artifact?: string;
  error?: string;
}

/** Writes records as a file and optionally uploads it; an upload failure is returned, never thrown. */
export interface RecordSink {
  write(records: readonly OutcomeRecord[], action: string, upload: boolean): Promise<RecordWritten>;
}

/**
 * Writes an action's records as `mode` says. A failure to write or upload only warns: records
 * feed metrics and never change the step's outcome. Returns what was written, if anything.
 */
export async function publishRecords(
  sink: RecordSink | undefined,
  mode: RecordMode,
  records: readonly OutcomeRecord[],
  action: string,
  log: Logger,
): Promise<RecordWritten | undefined> {
  if (mode === 'none' || !sink || records.length === 0) return undefined;
  try {
    const written = await sink.write(records, action, mode === 'artifact');
    if (written.error) log.warning(`${action}: the outcome records were written to ${written.path} but not uploaded: ${written.error}`);
    else if (written.artifact) log.info(`${action}: ${records.length} outcome record(s) uploaded as artifact ${written.artifact}`);
    return written;
  } catch (error) {
    log.warning(`${action}: the outcome records could not be written: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
