import { decode } from '@slipway/core';

/** One layer's outcome in a run: what was restored, what was saved, how long each took. */
export interface LayerOutcome {
  layer: 'deps' | 'build' | 'docker';
  key: string;
  /** exact, partial (a restore key matched), miss, skipped (not read: policy or mode), error (the service failed). */
  hit: 'exact' | 'partial' | 'miss' | 'skipped' | 'error';
  matchedKey: string;
  sizeBytes: number;
  restoreSeconds: number;
  saved: boolean;
  saveSeconds: number;
  /** Why it was or wasn't saved, or what went wrong. */
  note: string;
}

/** The machine-readable record of one cache-setup run, left for the metrics collector to count hit rates across runs. */
export interface CacheRecord {
  schema: 'slipway/cache-record@1';
  repository: string;
  workflow: string;
  job: string;
  runId: string;
  runAttempt: string;
  ref: string;
  sha: string;
  os: string;
  arch: string;
  recordedAt: string;
  layers: LayerOutcome[];
}

/** Decodes one layer's outcome (records, and the state a main step hands its post step). */
export const layerOutcome: decode.Decoder<LayerOutcome> = decode.object({
  layer: decode.literal('deps', 'build', 'docker'),
  key: decode.string,
  hit: decode.literal('exact', 'partial', 'miss', 'skipped', 'error'),
  matchedKey: decode.string,
  sizeBytes: decode.number,
  restoreSeconds: decode.number,
  saved: decode.boolean,
  saveSeconds: decode.number,
  note: decode.string,
});

/** Decodes a cache record (the collector's side, and the tests'). */
export const cacheRecord: decode.Decoder<CacheRecord> = decode.object({
  schema: decode.literal('slipway/cache-record@1'),
  repository: decode.string,
  workflow: decode.string,
  job: decode.string,
  runId: decode.string,
  runAttempt: decode.string,
  ref: decode.string,
  sha: decode.string,
  os: decode.string,
  arch: decode.string,
  recordedAt: decode.string,
  layers: decode.array(layerOutcome),
});

/** Exact restores over layers that were looked up; undefined when none was. */
export function hitRate(layers: readonly LayerOutcome[]): number | undefined {
  const looked = layers.filter((l) => l.hit === 'exact' || l.hit === 'partial' || l.hit === 'miss');
  return looked.length === 0 ? undefined : looked.filter((l) => l.hit === 'exact').length / looked.length;
}
