/** One cache entry as the local results service stores it. */
export interface StoredEntry {
  id: number;
  key: string;
  version: string;
  /** The git ref the entry was written from (`refs/heads/main`). */
  scope: string;
  createdAt: Date;
  sizeBytes: number;
  blobName: string;
  finalized: boolean;
}

export interface LookupRequest {
  key: string;
  restoreKeys: readonly string[];
  version: string;
  /** Readable scopes, most specific first (the run's ref, then the default branch). */
  scopes: readonly string[];
}

const newestFirst = (a: StoredEntry, b: StoredEntry): number => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id;

/**
 * GitHub's lookup order: scope by scope (the run's ref before the default branch), the primary key
 * exact, then as a prefix, then each restore key exact then as a prefix; newest entry first; the
 * version (paths + compression) must match exactly.
 */
export function matchEntry(entries: readonly StoredEntry[], request: LookupRequest): StoredEntry | undefined {
  const usable = entries.filter((e) => e.finalized && e.version === request.version).sort(newestFirst);
  for (const scope of request.scopes) {
    const inScope = usable.filter((e) => e.scope === scope);
    for (const key of [request.key, ...request.restoreKeys]) {
      const found = inScope.find((e) => e.key === key) ?? inScope.find((e) => e.key.startsWith(key));
      if (found) return found;
    }
  }
  return undefined;
}
