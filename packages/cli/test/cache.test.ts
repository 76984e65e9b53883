import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, decodeDocument } from '@slipway/core';
import { EXIT, main } from '../src/index.js';
import { captureIO } from './cli-io.js';

const root = join(import.meta.dirname, '../../..');
const env = { HOME: '/home/runner' };
const planShape = decode.object({
  projects: decode.array(decode.object({ ecosystem: decode.string })),
  layers: decode.array(
    decode.object({
      layer: decode.string,
      paths: decode.optional(decode.array(decode.string)),
      key: decode.optional(decode.string),
      restoreKeys: decode.optional(decode.array(decode.string)),
    }),
  ),
});

describe('slipway cache plan', () => {
  it('prints ecosystems, paths and keys per layer as JSON', async () => {
    const io = captureIO(root, env);
    expect(await main(['cache', 'plan', '--working-directory', 'test/fixtures/cache/monorepo', '--json'], io)).toBe(EXIT.ok);
    const plan = decodeDocument(planShape, JSON.parse(io.out()), 'stdout');
    expect(plan.projects.map((p) => p.ecosystem)).toEqual(['npm', 'gradle', 'cargo', 'maven', 'go', 'pip']);
    const build = plan.layers.find((l) => l.layer === 'build');
    expect(build?.paths).toContain('test/fixtures/cache/monorepo/crates/digenum/target');
    expect(build?.key).toMatch(/^slipway-build-[a-z0-9]+-[a-z0-9]+-go1\.13_gradle8\.7_node24_python_rust1\.79-[0-9a-f]{64}$/);
    expect(build?.restoreKeys).toHaveLength(2);
  });

  it('limits the plan to one layer and prints it readably without --json', async () => {
    const io = captureIO(root, env);
    expect(await main(['cache', 'plan', '--working-directory', 'test/fixtures/cache/npm-app', '--layer', 'docker'], io)).toBe(EXIT.ok);
    expect(io.out()).toContain(
      'docker layer\n  npm-app: --cache-from type=gha,scope=slipway-docker-npm-app --cache-to type=gha,scope=slipway-docker-npm-app,mode=max,ignore-error=true',
    );
    expect(io.out()).not.toContain('deps layer');
  });

  it('writes a store that an environment variable moves under home as ~/...', async () => {
    const io = captureIO(root, { ...env, npm_config_cache: '/home/runner/.npm' });
    expect(await main(['cache', 'plan', '--working-directory', 'test/fixtures/cache/npm-app', '--layer', 'deps', '--json'], io)).toBe(
      EXIT.ok,
    );
    expect(io.out()).toContain('"~/.npm"');
  });

  it('exits 2 on an unknown layer', async () => {
    const io = captureIO(root, env);
    expect(await main(['cache', 'plan', '--layer', 'node_modules'], io)).toBe(EXIT.usage);
    expect(io.err()).toContain("--layer must be deps, installed, build or docker; got 'node_modules'");
  });

  it('exits 2 with a clear error when nothing is detectable', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'slipway-cache-cli-'));
    await writeFile(join(dir, 'README.txt'), 'no lockfiles\n');
    const io = captureIO(dir, env);
    expect(await main(['cache', 'plan', '--json'], io)).toBe(EXIT.usage);
    expect(io.err()).toMatch(/Nothing to cache under .*: no lockfile or manifest found/);
    expect(io.out()).toBe('');
  });
});
