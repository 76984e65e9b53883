import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCapture, type Logger } from '@slipway/core';
import {
  dirBackend,
  emptyOutcome,
  entryStore,
  measurePaths,
  saveLayers,
  type LayerStore,
  type RestoredLayer,
  type StoreLayer,
} from '../src/index.js';

// The save phase against a real folder store, which measures a layer while tar archives it: the
// phase must not walk the tree first, and must still report the right size, refuse an empty
// layer and warn over max-size.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slipway-save-layers-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let n = 0;
const warnings: string[] = [];
const log: Logger = {
  debug: () => undefined,
  info: () => undefined,
  notice: () => undefined,
  warning: (m) => void warnings.push(m),
  error: () => undefined,
  group: (_name, fn) => fn(),
  mask: () => undefined,
};
const clock = { now: () => new Date() };

async function runner(files: Record<string, string>): Promise<string> {
  const base = join(dir, `runner-${++n}`);
  for (const [rel, body] of Object.entries(files)) {
    await mkdir(join(base, rel, '..'), { recursive: true });
    await writeFile(join(base, rel), body);
  }
  return base;
}

/** The real store, with each layer it was asked to save recorded. */
async function recordingStore(base: string): Promise<{ store: LayerStore; asked: StoreLayer[]; root: string }> {
  const root = join(dir, `store-${++n}`);
  const real = entryStore({ backend: await dirBackend(root), where: { home: base, base }, exec: { run: spawnCapture } });
  const asked: StoreLayer[] = [];
  const store: LayerStore = {
    available: () => real.available(),
    ...(real.measuresSaves ? { measuresSaves: true } : {}),
    restore: (l, o) => real.restore(l, o),
    save: (l) => {
      asked.push(l);
      return real.save(l);
    },
  };
  return { store, asked, root };
}

const miss = (paths: string[]): RestoredLayer => ({
  layer: 'installed',
  paths,
  key: `installed-${++n}`,
  restoreKeys: [],
  outcome: emptyOutcome('installed', `installed-${n}`),
});

describe('saving layers to a store that measures while it archives', () => {
  it('reports the bytes the store measured, which a walk of the tree confirms, and records them for restores', async () => {
    const base = await runner({ 'node_modules/a/index.js': 'module.exports = 1;\n', 'node_modules/b/lib/x.js': 'x'.repeat(5000) });
    const { store, asked, root } = await recordingStore(base);
    const layer = miss(['node_modules']);
    const [outcome] = await saveLayers(
      [layer],
      { name: 'test', store, log, clock, where: { home: base, base } },
      {
        write: { write: true, reason: '' },
        maxSize: 0,
      },
    );
    const walked = await measurePaths(['node_modules'], { home: base, base });
    expect(walked).toBe(20 + 5000);
    expect(outcome).toMatchObject({ saved: true, sizeBytes: walked });
    // The phase handed the size to the store to measure: it did not walk the tree first.
    expect(asked).toHaveLength(1);
    expect(asked[0]?.sizeBytes).toBeUndefined();
    const pointer = JSON.parse(await readFile(join(root, 'keys', `${layer.key}.json`), 'utf8')) as { unpackedBytes: number };
    expect(pointer.unpackedBytes).toBe(walked);
  });

  it('does not save a layer whose folders hold no bytes, as when it measured first', async () => {
    const base = join(dir, `runner-${++n}`);
    await mkdir(join(base, 'node_modules', '.bin'), { recursive: true });
    await writeFile(join(base, 'node_modules', '.bin', 'empty'), '');
    const { store, asked } = await recordingStore(base);
    const [outcome] = await saveLayers(
      [miss(['node_modules'])],
      { name: 'test', store, log, clock, where: { home: base, base } },
      {
        write: { write: true, reason: '' },
        maxSize: 0,
      },
    );
    expect(asked).toHaveLength(0);
    expect(outcome).toMatchObject({ saved: false, sizeBytes: 0, note: 'nothing to save: the paths are empty or missing' });
  });

  it('finds the bytes of a layer whose first folders are empty', async () => {
    const base = await runner({ 'node_modules/.cache/keep': '', 'node_modules/z/deep/er/file.js': 'z\n' });
    const { store } = await recordingStore(base);
    const [outcome] = await saveLayers(
      [miss(['node_modules'])],
      { name: 'test', store, log, clock, where: { home: base, base } },
      {
        write: { write: true, reason: '' },
        maxSize: 0,
      },
    );
    expect(outcome).toMatchObject({ saved: true, sizeBytes: 2 });
  });

  it('still warns over max-size, with the size the store measured', async () => {
    warnings.length = 0;
    const base = await runner({ 'node_modules/big.bin': 'b'.repeat(3000) });
    const { store } = await recordingStore(base);
    const [outcome] = await saveLayers(
      [miss(['node_modules'])],
      { name: 'test', store, log, clock, where: { home: base, base } },
      {
        write: { write: true, reason: '' },
        maxSize: 1000,
      },
    );
    expect(outcome).toMatchObject({ saved: true, sizeBytes: 3000 });
    expect(warnings).toEqual([expect.stringMatching(/^test: the installed layer is 3\.0 kB, over max-size 1\.0 kB/)]);
  });

  it('measures a layer it does not save (a read-only run) by walking it, as before', async () => {
    const base = await runner({ 'node_modules/a.js': 'a'.repeat(70) });
    const { store, asked } = await recordingStore(base);
    const [outcome] = await saveLayers(
      [miss(['node_modules'])],
      { name: 'test', store, log, clock, where: { home: base, base } },
      {
        write: { write: false, reason: 'a pull request: not saved' },
        maxSize: 0,
      },
    );
    expect(asked).toHaveLength(0);
    expect(outcome).toMatchObject({ saved: false, sizeBytes: 70, note: 'a pull request: not saved' });
  });
});
