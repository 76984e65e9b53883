import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import type { RecordSink } from './record-sink.js';

/** Writes the record under RUNNER_TEMP and uploads it with @actions/artifact (the results service). */
export function actionsRecordSink(runnerTemp: string): RecordSink {
  return {
    write: async (record, name, upload) => {
      const dir = join(runnerTemp, 'slipway-cache-records');
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${name}.json`);
      await writeFile(path, `${JSON.stringify(record, null, 2)}\n`);
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
