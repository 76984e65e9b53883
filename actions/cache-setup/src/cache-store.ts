/** The outcome of one restore: the key that matched, or the service's failure (never thrown: caching is optional). */
export interface RestoreResult {
  matchedKey?: string;
  error?: string;
}

export interface SaveResult {
  saved: boolean;
  /** Why nothing was saved when the service refused or failed. */
  error?: string;
}

/** Where layers are restored from and saved to: @actions/cache in the action, a folder in the local pipeline. */
export interface CacheStore {
  /** Whether this job has a cache service at all (ACTIONS_RESULTS_URL on a hosted runner). */
  available(): boolean;
  restore(paths: string[], key: string, restoreKeys: string[], lookupOnly: boolean): Promise<RestoreResult>;
  save(paths: string[], key: string): Promise<SaveResult>;
}
