import { decode } from '@slipway/core';
import { LAYER_NAMES, type LayerName } from './keys.js';

/** One layer's outcome in a run: what was restored, what was saved, how long each took (written as a `cache` outcome record). */
export interface LayerOutcome {
  layer: LayerName;
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

/** A layer's outcome before any restore or save (a miss, nothing measured or saved), with `fields` over it. */
export function emptyOutcome(layer: LayerOutcome['layer'], key: string, fields: Partial<LayerOutcome> = {}): LayerOutcome {
  return { layer, key, hit: 'miss', matchedKey: '', sizeBytes: 0, restoreSeconds: 0, saved: false, saveSeconds: 0, note: '', ...fields };
}

/** Decodes one layer's outcome (records, and the state a main step hands its post step). */
export const layerOutcome: decode.Decoder<LayerOutcome> = decode.object({
  layer: decode.literal(...LAYER_NAMES),
  key: decode.string,
  hit: decode.literal('exact', 'partial', 'miss', 'skipped', 'error'),
  matchedKey: decode.string,
  sizeBytes: decode.number,
  restoreSeconds: decode.number,
  saved: decode.boolean,
  saveSeconds: decode.number,
  note: decode.string,
});

/** Exact restores over layers that were looked up; undefined when none was. */
export function hitRate(layers: readonly LayerOutcome[]): number | undefined {
  const looked = layers.filter((l) => l.hit === 'exact' || l.hit === 'partial' || l.hit === 'miss');
  return looked.length === 0 ? undefined : looked.filter((l) => l.hit === 'exact').length / looked.length;
}
