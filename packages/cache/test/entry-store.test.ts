import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { link, mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnCapture } from '@slipway/core';
import { runUnderStrace } from '../../../test/harness/strace.js';
import { startAzurite, type Azurite } from '../../../test/services/cache-service-azurite.js';
import { dirBackend, entryStore, measurePaths, openBackend, parseStoreSpec, type BlobBackend } from '../src/index.js';
import { startS3, type LocalS3 } from './support/s3rver.js';

jest.setTimeout(60_000);
const exec = { run: spawnCapture };
let scratch: string;
let s3: LocalS3;
let azurite: Azurite;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'slipway-entry-store-'));
  [s3, azurite] = await Promise.all([startS3(), startAzurite('unused')]);
});
afterAll(async () => {
  await Promise.all([s3?.stop(), azurite?.stop()]);
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

let n = 0;
/** A fresh "runner": a folder holding `tree/` with a few files. */
async function runner(withTree = true): Promise<string> {
  const base = join(scratch, `runner-${++n}`);
  await mkdir(join(base, 'tree', 'sub'), { recursive: true });
  if (withTree) {
    await writeFile(join(base, 'tree', 'a.txt'), 'alpha\n');
    await writeFile(join(base, 'tree', 'sub', 'b.bin'), randomBytes(4096));
  } else await rm(join(base, 'tree'), { recursive: true });
  return base;
}

const layer = (key: string, restoreKeys: string[] = []) => ({ paths: ['tree'], key, restoreKeys });

// Whether the backend refuses a second pointer under one key (If-None-Match: *). s3rver does not
// implement conditional PUT (AWS S3 does), so there the later pointer replaces the first: still
// one whole entry, which is what a restore depends on.
// Each opens a new store, or the one named (to open it again as another run would).
const backends: [string, (name?: string) => Promise<BlobBackend>, boolean][] = [
  ['a folder', async (name = `store-${++n}`) => dirBackend(join(scratch, name)), true],
  ['s3 (s3rver)', async (name = `run-${++n}`) => openBackend(parseStoreSpec(`s3://${s3.bucket}/${name}`, scratch), s3.env), false],
  [
    'azblob (Azurite)',
    async (name = `run-${++n}`) =>
      openBackend(parseStoreSpec(`azblob://slipway-cache/${name}`, scratch), {
        AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
      }),
    true,
  ],
];

describe.each(backends)('the entry store on %s', (name, open, exclusive) => {
  it("close() removes what the run staged on this machine, and none of the store's entries", async () => {
    const store = `closed-${++n}`;
    const backend = await open(store);
    const a = await runner();
    expect((await entryStore({ backend, where: { home: a, base: a }, exec }).save(layer('deps-linux-close'))).saved).toBe(true);
    const staging = await backend.stagingDir();
    // What a step killed mid-restore would leave: a downloaded archive in the staging folder.
    await writeFile(join(staging, '.restore-left-behind'), randomBytes(64));
    await backend.close();
    if (name === 'a folder') {
      // The folder store stages in its own tmp/, which every writer sweeps: not this run's to remove.
      expect(staging).toBe(join(scratch, store, 'tmp'));
      expect((await stat(staging)).isDirectory()).toBe(true);
    } else {
      expect(staging.startsWith(tmpdir())).toBe(true);
      await expect(stat(staging)).rejects.toMatchObject({ code: 'ENOENT' });
    }
    const b = await runner(false);
    const reopened = await open(store);
    try {
      expect(
        await entryStore({ backend: reopened, where: { home: b, base: b }, exec }).restore(layer('deps-linux-close'), {
          lookupOnly: false,
        }),
      ).toMatchObject({
        matchedKey: 'deps-linux-close',
      });
      expect(await readFile(join(b, 'tree', 'a.txt'), 'utf8')).toBe('alpha\n');
    } finally {
      await reopened.close();
    }
  });

  it('saves a content-addressed entry with its pointer and restores it exactly on another runner', async () => {
    const backend = await open();
    const a = await runner();
    const saved = await entryStore({ backend, where: { home: a, base: a }, exec }).save(layer('deps-linux-abc'));
    // The store measured the layer while tar archived it: a.txt and b.bin.
    expect(saved).toEqual({ saved: true, sizeBytes: 6 + 4096 });
    const pointer = JSON.parse((await backend.getText('keys/deps-linux-abc.json')) ?? '{}') as {
      parts: { blob: string; digest: string }[];
    };
    const [part] = pointer.parts;
    expect(part?.blob).toBe(`blobs/sha256/${part?.digest.slice(7)}.tar.zst`);
    const copy = join(scratch, `copy-${++n}`);
    expect(await backend.getFile(part?.blob ?? '', copy)).toBe(true);
    expect(
      `sha256:${createHash('sha256')
        .update(await readFile(copy))
        .digest('hex')}`,
    ).toBe(part?.digest);

    const b = await runner(false);
    const restored = await entryStore({ backend, where: { home: b, base: b }, exec }).restore(layer('deps-linux-abc'), {
      lookupOnly: false,
    });
    expect(restored).toEqual({ matchedKey: 'deps-linux-abc', unpackedBytes: 6 + 4096 });
    expect(await readFile(join(b, 'tree', 'a.txt'), 'utf8')).toBe('alpha\n');
    expect(await readFile(join(b, 'tree', 'sub', 'b.bin'))).toEqual(await readFile(join(a, 'tree', 'sub', 'b.bin')));
  });

  it('restores the newest entry of a restore key, and nothing for an exact-only lookup of another key', async () => {
    const backend = await open();
    let clock = Date.UTC(2026, 0, 1);
    const now = () => new Date((clock += 1000));
    const a = await runner();
    const store = entryStore({ backend, where: { home: a, base: a }, exec, now });
    await store.save(layer('deps-linux-old'));
    await writeFile(join(a, 'tree', 'a.txt'), 'newer\n');
    await store.save(layer('deps-linux-new'));
    const b = await runner(false);
    const other = entryStore({ backend, where: { home: b, base: b }, exec });
    expect(await other.restore(layer('deps-linux-zzz'), { lookupOnly: false })).toEqual({});
    expect(await other.restore(layer('deps-linux-zzz', ['deps-linux-']), { lookupOnly: false })).toEqual({
      matchedKey: 'deps-linux-new',
      unpackedBytes: 6 + 4096,
    });
    expect(await readFile(join(b, 'tree', 'a.txt'), 'utf8')).toBe('newer\n');
  });

  it('two runs saving one key at once leave one whole entry', async () => {
    const backend = await open();
    const [a, b] = [await runner(), await runner()];
    await writeFile(join(b, 'tree', 'a.txt'), 'from b\n');
    const results = await Promise.all([
      entryStore({ backend, where: { home: a, base: a }, exec }).save(layer('deps-linux-race')),
      entryStore({ backend, where: { home: b, base: b }, exec }).save(layer('deps-linux-race')),
    ]);
    if (exclusive) {
      expect(results.filter((r) => r.saved)).toHaveLength(1);
      expect(results.filter((r) => r.already)).toHaveLength(1);
    } else expect(results.every((r) => r.saved || r.already)).toBe(true);
    expect((await backend.list('keys/')).filter((k) => k.includes('race'))).toEqual(['keys/deps-linux-race.json']);
    const c = await runner(false);
    expect(
      await entryStore({ backend, where: { home: c, base: c }, exec }).restore(layer('deps-linux-race'), { lookupOnly: false }),
    ).toEqual({
      matchedKey: 'deps-linux-race',
      unpackedBytes: (await readFile(join(c, 'tree', 'a.txt'))).length + 4096,
    });
    expect(['alpha\n', 'from b\n']).toContain(await readFile(join(c, 'tree', 'a.txt'), 'utf8'));
  });

  it('an archive that does not match its digest is a miss with a warning, and nothing is unpacked', async () => {
    const backend = await open();
    const a = await runner();
    await entryStore({ backend, where: { home: a, base: a }, exec }).save(layer('deps-linux-bad'));
    const pointer = JSON.parse((await backend.getText('keys/deps-linux-bad.json')) ?? '{}') as { parts: { blob: string }[] };
    const blob = pointer.parts[0]?.blob ?? '';
    // Same length, one byte different: only the digest can tell.
    const copy = join(scratch, `corrupt-${++n}`);
    await backend.getFile(blob, copy);
    const bytes = await readFile(copy);
    const at = Math.floor(bytes.length / 2);
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    await writeFile(copy, bytes);
    await backend.putFile(blob, copy);
    const b = await runner(false);
    const result = await entryStore({ backend, where: { home: b, base: b }, exec }).restore(layer('deps-linux-bad'), { lookupOnly: false });
    expect(result.matchedKey).toBeUndefined();
    expect(result.warning).toMatch(/the entry deps-linux-bad is corrupt: .* its pointer says sha256:/);
    expect(await stat(join(b, 'tree')).catch(() => undefined)).toBeUndefined();
  });

  it('a corrupt archive over a path that already exists leaves that path as it was', async () => {
    const backend = await open();
    const a = await runner();
    await entryStore({ backend, where: { home: a, base: a }, exec }).save(layer('deps-linux-bad2'));
    const pointer = JSON.parse((await backend.getText('keys/deps-linux-bad2.json')) ?? '{}') as { parts: { blob: string }[] };
    const copy = join(scratch, `corrupt-${++n}`);
    await backend.getFile(pointer.parts[0]?.blob ?? '', copy);
    const bytes = await readFile(copy);
    bytes[bytes.length - 8] = (bytes[bytes.length - 8] ?? 0) ^ 0xff;
    await writeFile(copy, bytes);
    await backend.putFile(pointer.parts[0]?.blob ?? '', copy);
    const b = await runner();
    await writeFile(join(b, 'tree', 'a.txt'), 'mine\n');
    const result = await entryStore({ backend, where: { home: b, base: b }, exec }).restore(layer('deps-linux-bad2'), {
      lookupOnly: false,
    });
    expect(result.warning).toMatch(/is corrupt/);
    expect(await readFile(join(b, 'tree', 'a.txt'), 'utf8')).toBe('mine\n');
  });

  it('a save after a restore from a restore key names the restored archives and adds one of what the install changed', async () => {
    const backend = await open();
    const a = await runner();
    const sizeBytes = 6 + 4096;
    await entryStore({ backend, where: { home: a, base: a }, exec }).save({ ...layer('deps-linux-v1'), sizeBytes });
    const v1 = JSON.parse((await backend.getText('keys/deps-linux-v1.json')) ?? '{}') as { parts: { blob: string; size: number }[] };

    const b = await runner(false);
    const store = entryStore({ backend, where: { home: b, base: b }, exec });
    expect(await store.restore(layer('deps-linux-v2', ['deps-linux-']), { lookupOnly: false })).toEqual({
      matchedKey: 'deps-linux-v1',
      unpackedBytes: sizeBytes,
    });
    await new Promise((r) => setTimeout(r, 30));
    // What an install adds to a store: a new file in a new folder, and a file rewritten.
    await mkdir(join(b, 'tree', 'new'));
    await writeFile(join(b, 'tree', 'new', 'c.txt'), 'added\n');
    await writeFile(join(b, 'tree', 'a.txt'), 'rewritten\n');
    // The size is the whole layer's, unchanged files included, from the walk that finds the changes.
    expect(await store.save(layer('deps-linux-v2', ['deps-linux-']))).toEqual({ saved: true, sizeBytes: 10 + 4096 + 6 });
    const v2 = JSON.parse((await backend.getText('keys/deps-linux-v2.json')) ?? '{}') as { parts: { blob: string; size: number }[] };
    expect(v2.parts).toHaveLength(2);
    expect(v2.parts[0]).toEqual(v1.parts[0]);
    expect(v2.parts[1]?.size).toBeLessThan(v1.parts[0]?.size ?? 0);

    const c = await runner(false);
    expect(await entryStore({ backend, where: { home: c, base: c }, exec }).restore(layer('deps-linux-v2'), { lookupOnly: false })).toEqual(
      {
        matchedKey: 'deps-linux-v2',
        unpackedBytes: 10 + 4096 + 6,
      },
    );
    expect(await readFile(join(c, 'tree', 'a.txt'), 'utf8')).toBe('rewritten\n');
    expect(await readFile(join(c, 'tree', 'new', 'c.txt'), 'utf8')).toBe('added\n');
    expect(await readFile(join(c, 'tree', 'sub', 'b.bin'))).toEqual(await readFile(join(a, 'tree', 'sub', 'b.bin')));
  });

  it('a save after a restore key leaves out restored files the install only linked (pnpm), keeps what it unpacked with old times (Cargo)', async () => {
    const backend = await open();
    const a = await runner();
    await writeFile(join(a, 'tree', 'sub', 'c.txt'), 'gamma\n');
    await entryStore({ backend, where: { home: a, base: a }, exec }).save(layer('deps-linux-link1'));
    const b = await runner(false);
    const store = entryStore({ backend, where: { home: b, base: b }, exec });
    expect((await store.restore(layer('deps-linux-link2', ['deps-linux-link']), { lookupOnly: false })).matchedKey).toBe(
      'deps-linux-link1',
    );
    await new Promise((r) => setTimeout(r, 30));
    // pnpm hard-links each store file it uses into node_modules: the link count and ctime change, the content does not.
    await mkdir(join(b, 'node_modules'));
    await link(join(b, 'tree', 'a.txt'), join(b, 'node_modules', 'a.txt'));
    await link(join(b, 'tree', 'sub', 'b.bin'), join(b, 'node_modules', 'b.bin'));
    // Cargo unpacks a crate with the archive's own (old) mtimes: only the ctime is new.
    await writeFile(join(b, 'tree', 'sub', 'crate.rs'), 'fn main() {}\n');
    await utimes(join(b, 'tree', 'sub', 'crate.rs'), new Date('2020-01-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z'));
    // A linked file the install then rewrote in place is a change.
    await link(join(b, 'tree', 'sub', 'c.txt'), join(b, 'node_modules', 'c.txt'));
    await writeFile(join(b, 'tree', 'sub', 'c.txt'), 'gamma, patched\n');
    // tree/ only (node_modules is not in the layer): a.txt, b.bin, c.txt patched, crate.rs.
    expect(await store.save(layer('deps-linux-link2', ['deps-linux-link']))).toEqual({ saved: true, sizeBytes: 6 + 4096 + 15 + 13 });
    const v2 = JSON.parse((await backend.getText('keys/deps-linux-link2.json')) ?? '{}') as { parts: { blob: string }[] };
    expect(v2.parts).toHaveLength(2);
    const delta = join(scratch, `delta-${++n}`);
    await backend.getFile(v2.parts[1]?.blob ?? '', delta);
    const listed = execFileSync('tar', ['-t', '--use-compress-program', 'zstd -d', '-f', delta], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((x) => x.replace(/\/$/, ''))
      .sort();
    expect(listed).toEqual(['tree/sub', 'tree/sub/c.txt', 'tree/sub/crate.rs']);
    const c = await runner(false);
    await entryStore({ backend, where: { home: c, base: c }, exec }).restore(layer('deps-linux-link2'), { lookupOnly: false });
    expect(await readFile(join(c, 'tree', 'sub', 'c.txt'), 'utf8')).toBe('gamma, patched\n');
    expect(await readFile(join(c, 'tree', 'sub', 'crate.rs'), 'utf8')).toBe('fn main() {}\n');
    expect(await readFile(join(c, 'tree', 'a.txt'), 'utf8')).toBe('alpha\n');
  });

  it('a store the install left unchanged is saved under the new key without a new archive', async () => {
    const backend = await open();
    const a = await runner();
    await entryStore({ backend, where: { home: a, base: a }, exec }).save(layer('deps-linux-same1'));
    const blobs = (await backend.list('blobs/')).length;
    const b = await runner(false);
    const store = entryStore({ backend, where: { home: b, base: b }, exec });
    await store.restore(layer('deps-linux-same2', ['deps-linux-same']), { lookupOnly: false });
    expect(await store.save(layer('deps-linux-same2', ['deps-linux-same']))).toEqual({ saved: true, sizeBytes: 6 + 4096 });
    const [one, two] = await Promise.all(
      ['same1', 'same2'].map(
        async (k) => (JSON.parse((await backend.getText(`keys/deps-linux-${k}.json`)) ?? '{}') as { parts: unknown[] }).parts,
      ),
    );
    expect(two).toEqual(one);
    expect((await backend.list('blobs/')).length).toBe(blobs);
  });

  it('an unreadable pointer is a miss with a warning', async () => {
    const backend = await open();
    await backend.putIfAbsent('keys/deps-linux-garbage.json', '{"schema": "slipway-cache-entry/1", "key": 3');
    const b = await runner(false);
    const result = await entryStore({ backend, where: { home: b, base: b }, exec }).restore(layer('deps-linux-garbage'), {
      lookupOnly: false,
    });
    expect(result).toEqual({ warning: expect.stringMatching(/keys\/deps-linux-garbage\.json .* is unreadable/) as unknown as string });
  });
});

describe('entries built on restored ones', () => {
  it('past six parts the next save archives the whole layer again', async () => {
    const backend = await dirBackend(join(scratch, 'chain-store'));
    const a = await runner();
    await entryStore({ backend, where: { home: a, base: a }, exec }).save(layer('deps-linux-c0'));
    const parts = async (k: string): Promise<number> =>
      (JSON.parse((await backend.getText(`keys/deps-linux-${k}.json`)) ?? '{}') as { parts: unknown[] }).parts.length;
    const counts: number[] = [];
    for (let i = 1; i <= 6; i++) {
      const b = await runner(false);
      const store = entryStore({ backend, where: { home: b, base: b }, exec });
      await store.restore(layer(`deps-linux-c${i}`, [`deps-linux-c${i - 1}`]), { lookupOnly: false });
      await new Promise((r) => setTimeout(r, 30));
      await writeFile(join(b, 'tree', `f${i}.txt`), `${i}\n`);
      await store.save(layer(`deps-linux-c${i}`));
      counts.push(await parts(`c${i}`));
    }
    expect(counts).toEqual([2, 3, 4, 5, 6, 1]);
    const c = await runner(false);
    await entryStore({ backend, where: { home: c, base: c }, exec }).restore(layer('deps-linux-c6'), { lookupOnly: false });
    expect((await readdir(join(c, 'tree'))).sort()).toEqual(['a.txt', 'f1.txt', 'f2.txt', 'f3.txt', 'f4.txt', 'f5.txt', 'f6.txt', 'sub']);
  });
});

describe('the folder store under kill -9', () => {
  it('a save killed as it publishes its pointer leaves no entry a restore would take, and the next save works', async () => {
    const storeDir = join(scratch, 'killed-store');
    const base = await runner();
    for (let i = 0; i < 4; i++) await writeFile(join(base, 'tree', `big-${i}.bin`), randomBytes(4 << 20));
    // strace kills the saver at its first link(2): the call that publishes the key's pointer, the
    // last step of a save. The archive is by then whole and in place under blobs/; only the
    // pointer is missing. A kill at a fixed point, not after a guessed delay.
    const run = await runUnderStrace(
      [
        process.execPath,
        '--import',
        'tsx',
        fileURLToPath(new URL('./support/save-child.ts', import.meta.url)),
        storeDir,
        base,
        'deps-linux-killed',
      ],
      { kill: { syscalls: ['link', 'linkat'], when: 1 } },
    );
    // Killed, not finished: the saver printed no result.
    expect(run.killed).toBe(true);
    expect(run.stdout).toContain('tar started');
    expect(run.stdout).not.toContain('"saved"');
    expect(await readdir(join(storeDir, 'blobs', 'sha256'))).toHaveLength(1);

    expect(await readdir(join(storeDir, 'keys')).catch(() => [])).toEqual([]);
    const b = await runner(false);
    const store = entryStore({ backend: await dirBackend(storeDir), where: { home: b, base: b }, exec });
    expect(await store.restore(layer('deps-linux-killed'), { lookupOnly: false })).toEqual({});
    expect(await stat(join(b, 'tree')).catch(() => undefined)).toBeUndefined();
    // The killed run's pointer file stays in tmp/ (swept after a day); its archive is named by no pointer.
    expect((await readdir(join(storeDir, 'tmp'))).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    const saved = await entryStore({ backend: await dirBackend(storeDir), where: { home: base, base }, exec }).save(
      layer('deps-linux-killed'),
    );
    const bytes = await measurePaths(['tree'], { home: base, base });
    expect(saved).toEqual({ saved: true, sizeBytes: bytes });
    expect(await store.restore(layer('deps-linux-killed'), { lookupOnly: false })).toEqual({
      matchedKey: 'deps-linux-killed',
      unpackedBytes: bytes,
    });
  });

  it('restored files belong to the user who restores them, not to the owner the archive names', async () => {
    // An entry another user saved (a shared store): its archive names uid and gid 4242.
    const storeDir = join(scratch, `owned-store-${++n}`);
    const from = await runner();
    const archive = join(scratch, `owned-${n}.tar.zst`);
    execFileSync('tar', ['-c', '--owner=4242', '--group=4242', '--use-compress-program', 'zstd -q', '-f', archive, '-C', from, 'tree']);
    const body = await readFile(archive);
    const hex = createHash('sha256').update(body).digest('hex');
    await mkdir(join(storeDir, 'blobs', 'sha256'), { recursive: true });
    await mkdir(join(storeDir, 'keys'), { recursive: true });
    await writeFile(join(storeDir, 'blobs', 'sha256', `${hex}.tar.zst`), body);
    const part = { root: 'base', digest: `sha256:${hex}`, size: body.length, blob: `blobs/sha256/${hex}.tar.zst` };
    const entry = {
      schema: 'slipway-cache-entry/1',
      key: 'deps-linux-owned',
      createdAt: new Date().toISOString(),
      compression: 'zstd',
      parts: [part],
    };
    await writeFile(join(storeDir, 'keys', 'deps-linux-owned.json'), JSON.stringify(entry));

    const to = await runner(false);
    const store = entryStore({ backend: await dirBackend(storeDir), where: { home: to, base: to }, exec });
    expect(await store.restore(layer('deps-linux-owned'), { lookupOnly: false })).toEqual({ matchedKey: 'deps-linux-owned' });
    const uid = process.getuid?.() ?? -1;
    for (const file of ['tree/a.txt', 'tree/sub/b.bin', 'tree/sub']) expect((await stat(join(to, file))).uid).toBe(uid);
    expect(await readFile(join(to, 'tree', 'a.txt'), 'utf8')).toBe('alpha\n');
  });
});

describe('parseStoreSpec', () => {
  it.each([
    ['/srv/cache', { kind: 'dir', path: '/srv/cache' }],
    ['cache', { kind: 'dir', path: join('/work', 'cache') }],
    ['s3://my-bucket/ci/cache/', { kind: 's3', bucket: 'my-bucket', prefix: 'ci/cache' }],
    ['azblob://builds', { kind: 'azblob', bucket: 'builds', prefix: '' }],
  ])('%s', (value, want) => {
    expect(parseStoreSpec(value, '/work')).toEqual(want);
  });

  it.each(['gs://bucket/x', 's3://Bad_Bucket/x', 's3:///x', ''])('refuses %j', (value) => {
    expect(() => parseStoreSpec(value, '/work')).toThrow(/--store/);
  });
});
