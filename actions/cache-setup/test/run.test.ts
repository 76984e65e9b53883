import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readerFrom, type OutcomeRecord, type RecordSink } from '@slipway/core';
import { recordingPorts } from '@slipway/core/testing';
import type { LayerStore } from '@slipway/cache';
import type { RunContext } from '../src/context.js';
import { parseInputs } from '../src/inputs.js';
import { runPost } from '../src/post-run.js';
import { run } from '../src/run.js';

const fixture = fileURLToPath(new URL('../../../test/fixtures/cache/npm-app', import.meta.url));
let ws: string;
beforeAll(async () => {
  ws = await mkdtemp(join(tmpdir(), 'slipway-cache-run-'));
  await cp(fixture, ws, { recursive: true });
});
afterAll(async () => {
  await rm(ws, { recursive: true, force: true });
});

const context = (over: Partial<RunContext> = {}): RunContext => ({
  workspace: ws,
  home: join(ws, 'home'),
  os: 'Linux',
  arch: 'X64',
  env: {},
  ref: 'refs/heads/main',
  eventName: 'push',
  defaultBranch: '',
  cacheMode: '',
  tmpdir: tmpdir(),
  uid: 1001,
  ...over,
});

/** A store that answers from a fixed table of keys (the port's contract; the real one is tested end to end). */
function tableStore(hits: Record<string, string>): LayerStore & { saved: string[] } {
  const saved: string[] = [];
  return {
    saved,
    available: () => ({ ok: true }),
    restore: ({ key, restoreKeys }) => {
      const match = [key, ...restoreKeys].map((k) => hits[k]).find((v) => v !== undefined);
      return Promise.resolve(match ? { matchedKey: match } : {});
    },
    save: ({ key }) => {
      saved.push(key);
      return Promise.resolve({ saved: true });
    },
  };
}

async function freshWorkspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'slipway-cache-install-'));
  await cp(fixture, dir, { recursive: true });
  return dir;
}

const records = (): RecordSink & { written: (readonly OutcomeRecord[])[] } => {
  const written: (readonly OutcomeRecord[])[] = [];
  return { written, write: (batch) => (written.push(batch), Promise.resolve({ path: join(ws, 'record.json') })) };
};

describe('run and runPost', () => {
  it('reports a partial hit, then saves the layer with the reason in the record', async () => {
    const store = tableStore({ 'slipway-deps-linux-x64-node24-': 'slipway-deps-linux-x64-node24-old' });
    const inputs = parseInputs(readerFrom({ layers: 'deps' }));
    const main = recordingPorts();
    await run(inputs, main, { context: context(), store });
    expect(main.outputValues).toMatchObject({
      'deps-hit': 'partial',
      'deps-matched-key': 'slipway-deps-linux-x64-node24-old',
      'cache-hit': 'false',
    });

    const post = recordingPorts({ state: main.stateValues });
    const sink = records();
    await runPost(inputs, post, { context: context(), store, records: sink });
    // Nothing is on disk under ~/.npm in this test: there is nothing to save.
    expect(store.saved).toEqual([]);
    expect(post.outputValues['record-path']).toBe(join(ws, 'record.json'));
    expect(sink.written[0]?.[0]).toMatchObject({
      type: 'cache',
      layer: 'deps',
      hit: 'partial',
      saved: false,
      note: 'nothing to save: the paths are empty or missing',
    });
  });

  it('warns when a layer is over max-size, and never saves from a read-only branch', async () => {
    const store = tableStore({});
    const inputs = parseInputs(readerFrom({ layers: 'deps', paths: 'vendor', 'max-size': '100' }));
    const ctx = context({ ref: 'refs/heads/feature' });
    const main = recordingPorts();
    await run(inputs, main, { context: ctx, store });
    const post = recordingPorts({ state: main.stateValues });
    await runPost(inputs, post, { context: ctx, store, records: records() });
    expect(post.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      expect.stringMatching(/^cache-setup: the deps layer is \d+ B, over max-size 100 B/),
    ]);
    expect(store.saved).toEqual([]);
    expect(post.summaryText()).toContain('read-only on refs/heads/feature (save: auto saves from main only)');
  });

  it('lookup-only reports the hit without measuring a download, and saves with save: always off the default branch', async () => {
    const inputs = parseInputs(readerFrom({ layers: 'deps', paths: 'vendor', 'lookup-only': 'true', save: 'always' }));
    const main = recordingPorts();
    const ctx = context({ ref: 'refs/heads/feature' });
    const store = tableStore({});
    await run(inputs, main, { context: ctx, store });
    expect(main.outputValues).toMatchObject({ 'deps-hit': 'miss', 'deps-size': '0' });
    await runPost(inputs, recordingPorts({ state: main.stateValues }), { context: ctx, store, records: records() });
    expect(store.saved).toEqual([main.outputValues['deps-key']]);
  });

  it('a post step without main state does nothing', async () => {
    const post = recordingPorts();
    await runPost(parseInputs(readerFrom({})), post, { context: context(), store: tableStore({}), records: records() });
    expect(post.lines.map((l) => l.message)).toEqual(['cache-setup: the main step did not plan any layer; nothing to save']);
  });

  it('rejects bad inputs naming them', () => {
    expect(() => parseInputs(readerFrom({ layers: 'deps, node_modules' }))).toThrow(
      "Input 'layers' accepts deps, installed, build and docker; got 'node_modules'",
    );
    expect(() => parseInputs(readerFrom({ install: 'npm ci', 'lookup-only': 'true' }))).toThrow(
      /'install' and 'lookup-only' cannot be combined/,
    );
    expect(() => parseInputs(readerFrom({ 'stall-timeout': '0' }))).toThrow(/stall-timeout/);
    expect(() => parseInputs(readerFrom({ save: 'sometimes' }))).toThrow(/save/);
    expect(() => parseInputs(readerFrom({ 'max-size': 'big' }))).toThrow("Input 'max-size' must be a size");
  });

  it('runs the install only when the installed tree was not restored exactly, without the runtime token', async () => {
    const dir = await freshWorkspace();
    const install =
      'mkdir -p node_modules && echo "token=${ACTIONS_RUNTIME_TOKEN:-none} results=${ACTIONS_RESULTS_URL:-none}" > node_modules/.ran';
    const inputs = parseInputs(readerFrom({ layers: 'deps', install }));
    expect(inputs.layers).toEqual(['deps', 'installed']);
    const ctx = context({
      workspace: dir,
      env: { PATH: process.env['PATH'], ACTIONS_RUNTIME_TOKEN: 'secret-token', ACTIONS_RESULTS_URL: 'http://x/' },
    });
    const first = recordingPorts();
    await run(inputs, first, { context: ctx, store: tableStore({}) });
    expect(first.outputValues).toMatchObject({ 'installed-hit': 'miss', installed: 'ran', 'install-needed': 'true' });
    // The install's environment is the step's without the action's own credentials.
    expect(await readFile(join(dir, 'node_modules', '.ran'), 'utf8')).toBe('token=none results=none\n');
    const key = first.outputValues['installed-key'] ?? '';
    expect(key).toMatch(/^slipway-installed-linux-x64-/);

    // The same tree restored exactly: no install, and the store is neither restored nor saved.
    await rm(join(dir, 'node_modules'), { recursive: true });
    const store = tableStore({ [key]: key, [first.outputValues['deps-key'] ?? '']: first.outputValues['deps-key'] ?? '' });
    const second = recordingPorts();
    await run(inputs, second, { context: ctx, store });
    expect(second.outputValues).toMatchObject({
      'installed-hit': 'exact',
      installed: 'restored',
      'install-needed': 'false',
      'deps-hit': 'skipped',
      'install-seconds': '0',
    });
    expect(await stat(join(dir, 'node_modules', '.ran')).catch(() => undefined)).toBeUndefined();
    expect(second.summaryText()).toContain('Install: skipped `' + install + '`: the installed tree was restored exactly');
    const post = recordingPorts({ state: second.stateValues });
    await runPost(inputs, post, { context: ctx, store, records: records() });
    expect(store.saved).toEqual([]);
    await rm(dir, { recursive: true, force: true });
  });

  // The same decision as `slipway cache run` (tested there against real npm and a registry): here,
  // that the action hands it to the command it runs. `npm` is a script that writes down what it got.
  it("tells a plain npm ci to trust a restored store that holds its locked releases' metadata", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'slipway-cache-npm-'));
    await cp(join(fixture, '..', 'npm-no-urls'), dir, { recursive: true });
    await cp(join(fixture, '..', 'npm-cache'), join(dir, 'home', '.npm'), { recursive: true });
    await mkdir(join(dir, 'bin'));
    await writeFile(
      join(dir, 'bin', 'npm'),
      '#!/bin/sh\nif [ "$1" = "--version" ]; then echo 11.19.1; exit 0; fi\nmkdir -p node_modules && echo "prefer-offline=${npm_config_prefer_offline:-unset} $*" > node_modules/.ran\n',
      { mode: 0o755 },
    );
    const ctx = context({ workspace: dir, home: join(dir, 'home'), env: { PATH: `${join(dir, 'bin')}:${process.env['PATH'] ?? ''}` } });
    const store = (deps: boolean): LayerStore => ({
      ...tableStore({}),
      restore: ({ key }) =>
        Promise.resolve(deps && key.startsWith('slipway-deps-') ? { matchedKey: 'slipway-deps-linux-x64-node24-old' } : {}),
    });
    const ran = async (install: string, deps: boolean): Promise<{ ran: string; summary: string }> => {
      await rm(join(dir, 'node_modules'), { recursive: true, force: true });
      const ports = recordingPorts();
      await run(parseInputs(readerFrom({ layers: 'deps', install })), ports, { context: ctx, store: store(deps) });
      return { ran: await readFile(join(dir, 'node_modules', '.ran'), 'utf8'), summary: ports.summaryText() };
    };
    const trusted = await ran('npm ci --no-audit', true);
    expect(trusted.ran).toBe('prefer-offline=true ci --no-audit\n');
    expect(trusted.summary).toContain('Note: the restored store holds the metadata of the 1 locked releases npm looks up');
    // Not for the user's own choice, another command, or a store that was not restored.
    expect((await ran('npm ci --prefer-online', true)).ran).toBe('prefer-offline=unset ci --prefer-online\n');
    expect((await ran('npm ci && true', true)).ran).toBe('prefer-offline=unset ci\n');
    expect((await ran('npm ci', false)).ran).toBe('prefer-offline=unset ci\n');
    await rm(dir, { recursive: true, force: true });
  });

  it('a failing install fails the step with its exit code', async () => {
    const dir = await freshWorkspace();
    const inputs = parseInputs(readerFrom({ install: 'exit 7' }));
    await expect(
      run(inputs, recordingPorts(), { context: context({ workspace: dir, env: { PATH: process.env['PATH'] } }), store: tableStore({}) }),
    ).rejects.toThrow('The install command failed with exit code 7: exit 7');
    await rm(dir, { recursive: true, force: true });
  });

  it('a key-prefix match of another tree is not restored as the installed tree', async () => {
    const dir = await freshWorkspace();
    const inputs = parseInputs(readerFrom({ layers: 'installed' }));
    const ctx = context({ workspace: dir });
    const first = recordingPorts();
    await run(inputs, first, { context: ctx, store: tableStore({}) });
    const key = first.outputValues['installed-key'] ?? '';
    const main = recordingPorts();
    await run(inputs, main, { context: ctx, store: tableStore({ [key]: `${key}-other` }) });
    expect(main.outputValues).toMatchObject({ 'installed-hit': 'miss', 'install-needed': 'true' });
    await rm(dir, { recursive: true, force: true });
  });
});

describe('the summary says what the build layer cannot use', () => {
  it('names a Next.js 15 app in a container job without a fixed server-actions key, and not outside one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'slipway-cache-next-'));
    await cp(fileURLToPath(new URL('../../../test/fixtures/cache/next/next15-npm', import.meta.url)), dir, { recursive: true });
    const inputs = parseInputs(readerFrom({ layers: 'build' }));
    const summaryIn = async (over: Partial<RunContext>): Promise<string> => {
      const ports = recordingPorts();
      await run(inputs, ports, { context: context({ workspace: dir, ...over }), store: tableStore({}) });
      return ports.summaryText();
    };
    const inContainer = await summaryIn({ container: true });
    expect(inContainer).toContain('Left out or not used, and why:');
    expect(inContainer).toContain('next.config.mjs: Next.js 15.5 in a container makes a new server-actions key for every build');
    expect(await summaryIn({ container: true, env: { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'a2V5' } })).not.toContain('server-actions key');
    expect(await summaryIn({ container: false })).not.toContain('server-actions key');
    await rm(dir, { recursive: true, force: true });
  });
});
