import { afterEach, describe, expect, it } from '@jest/globals';
import * as cache from '@actions/cache';
import { cacheServiceAvailable } from '@slipway/core/actions';

// The store answers "is there a cache service?" without loading @actions/cache; the answer must
// be @actions/cache's own for every runner environment.
describe('cacheServiceAvailable', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  const servers = [
    undefined,
    '',
    'https://github.com',
    'https://octo.ghe.com',
    'http://github.localhost',
    'https://ghes.example.com',
    'not a url',
  ];
  const flags = [undefined, '', 'true'];
  const urls = [undefined, 'http://127.0.0.1:1/'];
  const cases: Record<string, string | undefined>[] = [];
  for (const GITHUB_SERVER_URL of servers)
    for (const ACTIONS_CACHE_SERVICE_V2 of flags)
      for (const ACTIONS_RESULTS_URL of urls)
        for (const ACTIONS_CACHE_URL of urls)
          cases.push({ GITHUB_SERVER_URL, ACTIONS_CACHE_SERVICE_V2, ACTIONS_RESULTS_URL, ACTIONS_CACHE_URL });

  it.each(cases.map((c) => [JSON.stringify(c), c] as const))('agrees with @actions/cache for %s', (_label, env) => {
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    let expected: boolean;
    try {
      expected = cache.isFeatureAvailable();
    } catch {
      // @actions/cache throws on a server URL that is not a URL; the store then reads v1's variable.
      expected = Boolean(env['ACTIONS_CACHE_URL']);
    }
    expect(cacheServiceAvailable(process.env)).toBe(expected);
  });
});
