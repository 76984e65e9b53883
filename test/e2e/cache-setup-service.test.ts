import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchEntry, type StoredEntry } from '../services/cache-service-match.js';
import { startCacheService, type CacheService } from '../services/cache-service.js';

const entry = (id: number, key: string, scope = 'refs/heads/main', version = 'v1'): StoredEntry => ({
  id,
  key,
  version,
  scope,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, id)),
  sizeBytes: 1,
  blobName: `cache/${id}`,
  finalized: true,
});

describe('the local results service: match order', () => {
  const main = ['refs/heads/main'];
  const cases: {
    name: string;
    entries: StoredEntry[];
    key: string;
    restoreKeys?: string[];
    scopes?: string[];
    version?: string;
    want?: number;
  }[] = [
    { name: 'exact key beats a newer prefix match', entries: [entry(1, 'deps-abc'), entry(2, 'deps-abc-2')], key: 'deps-abc', want: 1 },
    {
      name: 'key as prefix, newest first',
      entries: [entry(1, 'deps-abc-1'), entry(3, 'deps-abc-3'), entry(2, 'deps-abc-2')],
      key: 'deps-abc',
      want: 3,
    },
    {
      name: 'the primary key as prefix beats a restore key exact',
      entries: [entry(1, 'deps-'), entry(2, 'deps-abc-x')],
      key: 'deps-abc',
      restoreKeys: ['deps-'],
      want: 2,
    },
    {
      name: 'restore keys in order, each exact before prefix',
      entries: [entry(1, 'deps-linux-aaa'), entry(2, 'deps-linux'), entry(3, 'deps-linux-bbb'), entry(4, 'deps-zzz')],
      key: 'deps-linux-ccc',
      restoreKeys: ['deps-linux', 'deps-'],
      want: 2,
    },
    {
      name: 'a restore key as prefix picks the newest',
      entries: [entry(1, 'deps-linux-aaa'), entry(3, 'deps-linux-bbb'), entry(4, 'deps-zzz')],
      key: 'deps-linux-ccc',
      restoreKeys: ['deps-linux-', 'deps-'],
      want: 3,
    },
    {
      name: 'a different version never matches',
      entries: [entry(1, 'deps-abc', 'refs/heads/main', 'v2')],
      key: 'deps-abc',
      want: undefined,
    },
    { name: 'nothing matches: a miss', entries: [entry(1, 'build-abc')], key: 'deps-abc', restoreKeys: ['deps-'], want: undefined },
    {
      name: "the run's own ref is searched before the default branch, even for a weaker match",
      entries: [entry(1, 'deps-abc'), entry(2, 'deps-old', 'refs/pull/7/merge')],
      key: 'deps-abc',
      restoreKeys: ['deps-'],
      scopes: ['refs/pull/7/merge', 'refs/heads/main'],
      want: 2,
    },
    {
      name: 'entries of an unreadable scope are invisible',
      entries: [entry(1, 'deps-abc', 'refs/heads/other')],
      key: 'deps-abc',
      want: undefined,
    },
  ];
  it.each(cases)('$name', ({ entries, key, restoreKeys = [], scopes = main, version = 'v1', want }) => {
    expect(matchEntry(entries, { key, restoreKeys, version, scopes })?.id).toBe(want);
  });

  it('skips entries whose upload was never finalized', () => {
    expect(
      matchEntry([{ ...entry(1, 'deps-abc'), finalized: false }], { key: 'deps-abc', restoreKeys: [], version: 'v1', scopes: main }),
    ).toBeUndefined();
  });
});

describe('the local results service with @actions/cache and @actions/artifact', () => {
  let service: CacheService;
  let dir: string;
  const saved = { ...process.env };
  const write = process.stdout.write.bind(process.stdout);

  beforeAll(async () => {
    // @actions/core prints ::debug:: workflow commands straight to stdout; keep the test log readable.
    process.stdout.write = (chunk: string | Uint8Array, ...rest: unknown[]) =>
      /^::(debug|add-mask)::/.test(String(chunk)) ? true : (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
    service = await startCacheService();
    dir = await mkdtemp(join(tmpdir(), 'slipway-cache-service-'));
    await mkdir(join(dir, 'temp'));
    Object.assign(process.env, service.env, { GITHUB_WORKSPACE: dir, RUNNER_TEMP: join(dir, 'temp') });
  });
  afterAll(async () => {
    process.stdout.write = write;
    process.env = saved;
    await service?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('saves, restores exactly and by restore key, and lists the entry', async () => {
    const cache = await import('@actions/cache');
    const store = join(dir, 'store');
    await mkdir(store);
    await writeFile(join(store, 'a.txt'), 'alpha');
    expect(cache.isFeatureAvailable()).toBe(true);
    expect(await cache.restoreCache([store], 'deps-linux-abc', ['deps-linux-'])).toBeUndefined();
    expect(await cache.saveCache([store], 'deps-linux-abc')).toBeGreaterThan(0);
    const [stored] = await service.entries();
    expect(stored).toMatchObject({ key: 'deps-linux-abc', scope: 'refs/heads/main' });
    expect(stored?.sizeBytes).toBeGreaterThan(0);

    await rm(store, { recursive: true });
    expect(await cache.restoreCache([store], 'deps-linux-abc')).toBe('deps-linux-abc');
    expect(await readFile(join(store, 'a.txt'), 'utf8')).toBe('alpha');
    expect(await cache.restoreCache([store], 'deps-linux-def', ['deps-linux-'])).toBe('deps-linux-abc');
    // Saving the same key again is refused by the service, as GitHub's is; @actions/cache reports -1.
    expect(await cache.saveCache([store], 'deps-linux-abc')).toBe(-1);
    expect(await service.entries()).toHaveLength(1);
  });

  it('a failing service makes @actions/cache miss and not save, without throwing', async () => {
    const cache = await import('@actions/cache');
    const store = join(dir, 'store');
    service.failWith(403);
    try {
      expect(await cache.restoreCache([store], 'deps-linux-abc')).toBeUndefined();
      expect(await cache.saveCache([store], 'deps-linux-failed')).toBe(-1);
    } finally {
      service.failWith(undefined);
    }
    expect((await service.entries()).map((e) => e.key)).toEqual(['deps-linux-abc']);
  });

  it('rejects a request without the runtime token', async () => {
    const res = await fetch(new URL('/twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', service.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'k', version: 'v' }),
    });
    expect(res.status).toBe(401);
  });

  it('uploads, lists and reads back an artifact', async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const file = join(dir, 'record.json');
    await writeFile(file, '{"layer":"deps"}');
    const client = new DefaultArtifactClient();
    const { id, size } = await client.uploadArtifact('cache-record', [file], dir);
    expect(id).toBeGreaterThan(0);
    const { artifacts } = await client.listArtifacts();
    expect(artifacts.map((a) => a.name)).toEqual(['cache-record']);
    expect(await service.artifacts()).toEqual([{ name: 'cache-record', sizeBytes: size }]);
    const zip = await service.downloadArtifact('cache-record');
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    expect(zip.includes(Buffer.from('record.json'))).toBe(true);
  });
});
