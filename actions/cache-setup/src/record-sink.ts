import type { CacheRecord } from '@slipway/cache';

/** Where the hit record goes: always a JSON file; with `record: artifact` also a run artifact. */
export interface RecordSink {
  write(record: CacheRecord, name: string, upload: boolean): Promise<{ path: string; artifact?: string; error?: string }>;
}
