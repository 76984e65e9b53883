/** The outcome of one restore: the key that matched, or the store's failure (never thrown: caching is optional). */
export interface RestoreResult {
  matchedKey?: string;
  error?: string;
  /** The store stopped answering: later calls in this run would only wait for it again. */
  stalled?: boolean;
  /** A miss that needs saying: an entry was found but is corrupt, unreadable or unusable here. */
  warning?: string;
  /** Bytes of the files unpacked, when the store recorded them (else the caller measures the paths). */
  unpackedBytes?: number;
}

export interface SaveResult {
  saved: boolean;
  /** Why nothing was saved when the store refused or failed. */
  error?: string;
  stalled?: boolean;
  /** Another run saved this key first; its entry is kept (entries are immutable). */
  already?: boolean;
  /** Bytes of the layer's files, when the store measured them while saving. */
  sizeBytes?: number;
}

/** One layer as a store sees it: what to archive and under which keys. */
export interface StoreLayer {
  paths: readonly string[];
  key: string;
  restoreKeys: readonly string[];
  /** Bytes of the layer's files, when the caller measured them before saving (recorded for restores). */
  sizeBytes?: number;
}

/**
 * Where layers are restored from and saved to: the runner's cache service in the action, a
 * folder or object storage for `slipway cache run`. Paths are as planned (`~` for home, else
 * relative to the base folder).
 */
export interface LayerStore {
  /** Whether this run has a store at all; the reason when it has none. */
  available(): { ok: true } | { ok: false; reason: string };
  /**
   * The store measures a layer's bytes while it archives them (and reports them in SaveResult), so
   * the caller does not walk the layer first: on an installed tree that walk costs most of a second.
   */
  measuresSaves?: boolean;
  restore(layer: StoreLayer, options: { lookupOnly: boolean }): Promise<RestoreResult>;
  save(layer: StoreLayer): Promise<SaveResult>;
}
