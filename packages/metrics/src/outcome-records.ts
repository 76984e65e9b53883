import { decode, decodeDocument, errorMessage, parseJson } from '@slipway/core';
import { outcomeRecord } from './history-codec.js';
import type { OutcomeRecord } from './model.js';
import { readZip } from './zip-entries.js';

/** A record file's JSON: one record, an array of them, or `{ "records": [...] }`. */
const recordFile = decode.oneOf<OutcomeRecord[]>(
  decode.array(outcomeRecord),
  decode.map(outcomeRecord, (r) => [r]),
  decode.map(decode.object({ records: decode.array(outcomeRecord) }), (o) => o.records),
);

/** What one record artifact held, and what in it could not be read. */
export interface ArtifactRecords {
  records: OutcomeRecord[];
  problems: string[];
}

/**
 * Reads the outcome records in a record artifact's zip: every `.json` file in it. A file
 * that is not a record is reported and skipped, so one bad file does not hide the rest.
 */
export function recordsFromArchive(bytes: Buffer, artifactName: string): ArtifactRecords {
  const out: ArtifactRecords = { records: [], problems: [] };
  let entries;
  try {
    entries = readZip(bytes);
  } catch (error) {
    out.problems.push(`artifact ${artifactName}: ${errorMessage(error)}`);
    return out;
  }
  for (const entry of entries) {
    if (!entry.name.endsWith('.json')) continue;
    const where = `artifact ${artifactName}, ${entry.name}`;
    try {
      out.records.push(...decodeDocument(recordFile, parseJson(entry.data.toString('utf8'), where), where));
    } catch (error) {
      out.problems.push(errorMessage(error));
    }
  }
  return out;
}
