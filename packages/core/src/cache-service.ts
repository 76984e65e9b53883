/**
 * Whether the job has a cache service, by @actions/cache 6's own rule (`isFeatureAvailable`):
 * the v2 service (ACTIONS_RESULTS_URL) when ACTIONS_CACHE_SERVICE_V2 is set and the server is
 * github.com, *.ghe.com or *.localhost, else v1 (ACTIONS_CACHE_URL). Read here so that a step
 * that only asks does not load the cache client (about 2 MB with the Azure SDK).
 */
export function cacheServiceAvailable(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  let host: string;
  try {
    host = new URL(env['GITHUB_SERVER_URL'] || 'https://github.com').hostname.trimEnd().toUpperCase();
  } catch {
    return Boolean(env['ACTIONS_CACHE_URL']);
  }
  const ghes = host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
  return !ghes && env['ACTIONS_CACHE_SERVICE_V2'] ? Boolean(env['ACTIONS_RESULTS_URL']) : Boolean(env['ACTIONS_CACHE_URL']);
}
