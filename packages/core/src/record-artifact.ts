import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordArtifactName, recordDocument, recordRunFrom, type RecordSink } from './outcome-records.js';
import { uploadSmallArtifact } from './record-upload.js';

// The Actions side of outcome records: only action entry points import this. The upload speaks
// the results service's artifact protocol itself (record-upload.ts), so no artifact client is
// bundled into every action for one small JSON file.

/**
 * Writes records under RUNNER_TEMP and uploads them as a `slipway-record-*` artifact (a zip of
 * the one JSON file) through the results service; the upload's failure is returned, not thrown.
 */
export { uploadSmallArtifact, zipOneFile, backendIdsFromToken, type UploadedArtifact, type UploadOptions } from './record-upload.js';

export function actionsRecordSink(env: Readonly<Record<string, string | undefined>> = process.env): RecordSink {
  return {
    write: async (records, action, upload) => {
      const run = recordRunFrom(env);
      const name = recordArtifactName(action, run, randomUUID().slice(0, 8));
      const dir = join(env['RUNNER_TEMP'] || tmpdir(), 'slipway-records', name);
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${name}.json`);
      const text = recordDocument(records, run);
      await writeFile(path, text);
      if (!upload) return { path };
      try {
        await uploadSmallArtifact(env, name, `${name}.json`, Buffer.from(text, 'utf8'), { retentionDays: 90 });
        return { path, artifact: name };
      } catch (error) {
        return { path, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
