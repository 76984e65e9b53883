import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { recordArtifactName, recordDocument, recordRunFrom, type RecordSink } from './outcome-records.js';

// The Actions side of outcome records: only action entry points import this (it loads @actions/artifact).

/**
 * Writes records under RUNNER_TEMP and uploads them as a `slipway-record-*` artifact through the
 * results service (@actions/artifact); the upload's failure is returned, not thrown.
 */
export function actionsRecordSink(env: Readonly<Record<string, string | undefined>> = process.env): RecordSink {
  return {
    write: async (records, action, upload) => {
      const run = recordRunFrom(env);
      const name = recordArtifactName(action, run, randomUUID().slice(0, 8));
      const dir = join(env['RUNNER_TEMP'] || tmpdir(), 'slipway-records', name);
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${name}.json`);
      await writeFile(path, recordDocument(records, run));
      if (!upload) return { path };
      try {
        await new DefaultArtifactClient().uploadArtifact(name, [path], dir, { retentionDays: 90, compressionLevel: 9 });
        return { path, artifact: name };
      } catch (error) {
        return { path, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
