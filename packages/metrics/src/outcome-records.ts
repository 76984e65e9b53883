import { decodeDocument, errorMessage, outcomeRecordFile, parseJson, readZip, type OutcomeRecord as WrittenRecord } from '@slipway/core';
import type { OutcomeRecord } from './model.js';

/**
 * What the history keeps of a record the actions wrote: the fields the figures count. A cache
 * layer that was not looked up (`skipped`, `error`) has no hit or miss to count and is dropped.
 */
export function toOutcome(r: WrittenRecord): OutcomeRecord | undefined {
  switch (r.type) {
    case 'cache':
      return r.hit === 'exact' || r.hit === 'partial' || r.hit === 'miss' ? { type: 'cache', layer: r.layer, hit: r.hit } : undefined;
    case 'signature':
      return { type: 'signature', subject: r.subject, signed: r.signed };
    case 'scan':
      return { type: 'scan', subject: r.subject, decision: r.decision };
    case 'verification':
      return r.environment === undefined
        ? { type: 'verification', subject: r.subject, verified: r.verified }
        : { type: 'verification', subject: r.subject, environment: r.environment, verified: r.verified };
    case 'reproducibility':
      return { type: 'reproducibility', subject: r.subject, reproducible: r.reproducible, hermetic: r.hermetic };
  }
}

/** What one record artifact held, and what in it could not be read. */
export interface ArtifactRecords {
  records: OutcomeRecord[];
  problems: string[];
}

/** A record file is a few kilobytes; a larger one in an artifact is not read. */
const RECORD_FILE_LIMIT = 16 * 1024 * 1024;

/**
 * Reads the outcome records in a record artifact's zip: every `.json` file in it. A file
 * that is not a record is reported and skipped, so one bad file does not hide the rest.
 */
export function recordsFromArchive(bytes: Buffer, artifactName: string): ArtifactRecords {
  const out: ArtifactRecords = { records: [], problems: [] };
  let entries;
  try {
    entries = readZip(bytes, `artifact ${artifactName}`);
  } catch (error) {
    out.problems.push(errorMessage(error));
    return out;
  }
  for (const entry of entries) {
    if (!entry.name.endsWith('.json')) continue;
    const where = `artifact ${artifactName}, ${entry.name}`;
    try {
      if (entry.size > RECORD_FILE_LIMIT)
        throw new Error(`${where} is ${entry.size} bytes, over the ${RECORD_FILE_LIMIT}-byte limit of a record file`);
      // The one record format, decoded by the same code the actions write it with (@slipway/core).
      for (const r of decodeDocument(outcomeRecordFile, parseJson(entry.data().toString('utf8'), where), where)) {
        const outcome = toOutcome(r);
        if (outcome) out.records.push(outcome);
      }
    } catch (error) {
      out.problems.push(errorMessage(error));
    }
  }
  return out;
}
