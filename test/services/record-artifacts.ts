import { decodeDocument, outcomeRecordFile, parseJson, readZip, type OutcomeRecord } from '@slipway/core';
import { recordsFromArchive, type OutcomeRecord as CountedRecord, type RunRecord } from '@slipway/metrics';
import type { CacheService } from './cache-service.js';

/** One uploaded record artifact, read both ways: every written field, and what ci-metrics counts. */
export interface RecordArtifact {
  name: string;
  /** The records as written (the shared decoder, all fields). */
  records: OutcomeRecord[];
  /** The records as ci-metrics' collector reads them from the artifact's zip. */
  counted: CountedRecord[];
  problems: string[];
}

/** The record artifacts an action uploaded to the local results service (`slipway-record-<action>-*`), oldest first. */
export async function recordArtifacts(service: CacheService, action: string): Promise<RecordArtifact[]> {
  const out: RecordArtifact[] = [];
  for (const { name } of await service.artifacts()) {
    if (!name.startsWith(`slipway-record-${action}-`)) continue;
    const zip = await service.downloadArtifact(name);
    const records = readZip(zip, 'record artifact')
      .filter((e) => e.name.endsWith('.json'))
      .flatMap((e) => decodeDocument(outcomeRecordFile, parseJson(e.data().toString('utf8'), e.name), e.name));
    const counted = recordsFromArchive(zip, name);
    out.push({ name, records, counted: counted.records, problems: counted.problems });
  }
  return out;
}

/** A minimal completed run on main carrying the given outcome records, to feed ci-metrics' figures. */
export function runWithRecords(outcomes: CountedRecord[], overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    id: 1,
    workflow: 'CI',
    event: 'push',
    branch: 'main',
    sha: 'a'.repeat(40),
    attempt: 1,
    conclusion: 'success',
    createdAt: 0,
    startedAt: 0,
    completedAt: 1,
    jobs: [],
    artifacts: 0,
    outcomes,
    ...overrides,
  };
}
