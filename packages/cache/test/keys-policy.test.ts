import { describe, expect, it } from '@jest/globals';
import {
  checkPrefix,
  dockerCache,
  emptyOutcome,
  formatSize,
  hitRate,
  layerKeys,
  parseBuildxCacheOption,
  parseSize,
  readPolicy,
  saveDecision,
  writePolicy,
  type LayerOutcome,
  type RunFacts,
} from '../src/index.js';

describe('layerKeys', () => {
  const hash = 'a'.repeat(64);
  it('builds <prefix>-<layer>-<os>-<arch>-<toolchain>-<hash> and drops the most specific parts first', () => {
    expect(layerKeys({ prefix: 'slipway', layer: 'deps', os: 'Linux', arch: 'X64', toolchain: 'node24', hash })).toEqual({
      key: `slipway-deps-linux-x64-node24-${hash}`,
      restoreKeys: ['slipway-deps-linux-x64-node24-', 'slipway-deps-linux-x64-'],
    });
  });

  it('stays within 512 characters when many toolchains would overflow it, and stays stable', () => {
    const toolchain = Array.from({ length: 80 }, (_, i) => `tool${i}`).join('_');
    const a = layerKeys({ prefix: 'slipway', layer: 'build', os: 'Linux', arch: 'X64', toolchain, hash });
    const b = layerKeys({ prefix: 'slipway', layer: 'build', os: 'Linux', arch: 'X64', toolchain, hash: 'b'.repeat(64) });
    expect(a.key.length).toBeLessThanOrEqual(512);
    expect(a.restoreKeys[0]).toBe(b.restoreKeys[0]);
    expect(a.key.includes(',')).toBe(false);
  });

  it.each([[''], ['a,b'], ['has space'], ['x'.repeat(101)]])('rejects the prefix %j', (prefix) => {
    expect(() => checkPrefix(prefix)).toThrow(/Input 'prefix'/);
  });
});

describe('policy', () => {
  const facts = (over: Partial<RunFacts>): RunFacts => ({
    save: 'auto',
    ref: 'refs/heads/main',
    defaultBranch: 'main',
    eventName: 'push',
    cacheMode: '',
    ...over,
  });
  it.each([
    [{}, true],
    [{ ref: 'refs/heads/feature' }, false],
    [{ ref: 'refs/pull/7/merge', eventName: 'pull_request' }, false],
    [{ eventName: 'pull_request_target' }, false],
    [{ ref: 'refs/heads/feature', save: 'always' as const }, true],
    [{ save: 'never' as const }, false],
    [{ save: 'always' as const, cacheMode: 'read' }, false],
    [{ cacheMode: 'write-only' }, true],
    [{ cacheMode: 'something-new' }, true],
  ])('writePolicy(%j) = %s', (over, write) => {
    expect(writePolicy(facts(over)).write).toBe(write);
  });

  it('explains a read-only branch', () => {
    expect(writePolicy(facts({ ref: 'refs/heads/feature' })).reason).toBe(
      'read-only on refs/heads/feature (save: auto saves from main only)',
    );
  });

  it.each([
    ['', true],
    ['read', true],
    ['write', true],
    ['none', false],
    ['write-only', false],
  ])('readPolicy(ACTIONS_CACHE_MODE=%j) = %s', (cacheMode, read) => {
    expect(readPolicy({ cacheMode }).read).toBe(read);
  });

  it.each([
    [{ write: true, reason: '' }, 'exact' as const, 10, false, 'exact hit: the entry is current'],
    [{ write: true, reason: '' }, 'partial' as const, 10, true, 'partial hit: saving the updated entry'],
    [{ write: true, reason: '' }, 'miss' as const, 10, true, 'miss: saving a new entry'],
    [{ write: true, reason: '' }, 'miss' as const, 0, false, 'nothing to save: the paths are empty or missing'],
    [{ write: false, reason: 'save: never' }, 'miss' as const, 10, false, 'save: never'],
    [{ write: true, reason: '' }, 'error' as const, 10, true, 'miss: saving a new entry'],
  ])('saveDecision(%j, %s, %d)', (write, hit, sizeBytes, save, reason) => {
    expect(saveDecision({ write, hit, sizeBytes })).toEqual({ save, reason });
  });

  it.each([
    ['5GB', 5e9],
    ['500MiB', 500 * 1024 ** 2],
    ['1.5 gb', 1.5e9],
    ['1000000', 1e6],
    ['0', 0],
  ])('parseSize(%j) = %d', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each([['five'], ['5 parsecs'], ['-1GB']])('parseSize rejects %j naming the input', (text) => {
    expect(() => parseSize(text)).toThrow(/Input 'max-size' must be a size/);
  });

  it('formats sizes', () => {
    expect([930, 12_345_678, 2.5e9].map(formatSize)).toEqual(['930 B', '12.3 MB', '2.5 GB']);
  });

  it('counts exact hits over the layers looked up', () => {
    const o = (hit: LayerOutcome['hit']): LayerOutcome => emptyOutcome('deps', 'k', { hit });
    expect(hitRate([o('exact'), o('partial'), o('skipped'), o('miss'), o('exact')])).toBe(0.5);
    expect(hitRate([o('skipped')])).toBeUndefined();
  });
});

describe('docker cache options', () => {
  it('gives each image its own scope, and no cache-to when read-only', () => {
    const api = dockerCache('slipway', 'API', true);
    expect(api).toEqual({
      image: 'api',
      scope: 'slipway-docker-api',
      cacheFrom: 'type=gha,scope=slipway-docker-api',
      cacheTo: 'type=gha,scope=slipway-docker-api,mode=max,ignore-error=true',
    });
    expect(parseBuildxCacheOption(api.cacheTo)).toEqual({ type: 'gha', scope: 'slipway-docker-api', mode: 'max', 'ignore-error': 'true' });
    expect(dockerCache('slipway', 'api', false).cacheTo).toBe('');
  });

  it.each([
    ['type=local,src=/tmp', /type must be gha/],
    ['type=gha,mode=all,scope=x', /mode must be min or max/],
    ['type=gha,scopes=x', /unknown gha attribute 'scopes'/],
    ['type=gha', /a scope is required/],
    ['type=gha,scope', /not key=value/],
  ])('rejects %j', (value, error) => {
    expect(() => parseBuildxCacheOption(value)).toThrow(error);
  });
});
