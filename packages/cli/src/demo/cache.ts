import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decode, readJsonFile, spawnCapture, type ExecResult } from '@slipway/core';
import { planCache, runnerNames, type KeyedLayerPlan } from '@slipway/cache';
import { localCacheStore } from './cache-local-store.js';
import type { DemoContext, DemoStage } from './stage.js';

/*
 * The sample has no dependencies, so an install would cache nothing. The stage gives it one that
 * needs no network: a package packed with `npm pack` into a local tarball. `npm ci` copies that
 * tarball into the npm store (~/.npm/_cacache), which is exactly what cache-setup's deps layer
 * caches; deleting the tarball before the second install proves the install was served from the
 * restored store (`npm ci --offline` fails without it).
 */

async function npm(ctx: DemoContext, args: string[], cwd: string): Promise<ExecResult & { seconds: number }> {
  // Under `npm start`, npm_execpath is the npm that runs us; elsewhere, npm from PATH.
  const npmCli = process.env['npm_execpath'];
  const started = performance.now();
  const result = npmCli ? await spawnCapture(ctx.node, [npmCli, ...args], { cwd }) : await spawnCapture('npm', args, { cwd });
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

async function ok(step: string, result: ExecResult): Promise<void> {
  if (result.exitCode !== 0)
    throw new Error(`${step} failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
  return Promise.resolve();
}

/** The sample with one local tarball dependency and its lockfile. */
async function prepareProject(ctx: DemoContext, work: string): Promise<{ project: string; vendor: string }> {
  const project = join(work, 'project');
  const vendor = join(work, 'vendor');
  const depSrc = join(work, 'dep-src');
  await rm(work, { recursive: true, force: true });
  await cp(ctx.sampleDir, project, { recursive: true, filter: (src) => !src.includes('node_modules') });
  await mkdir(depSrc, { recursive: true });
  await mkdir(vendor, { recursive: true });
  await writeFile(
    join(depSrc, 'package.json'),
    `${JSON.stringify({ name: 'slipway-pad', version: '1.0.0', main: 'index.js', license: 'MIT' }, null, 2)}\n`,
  );
  await writeFile(join(depSrc, 'index.js'), 'module.exports = (s, n) => String(s).padStart(n);\n');
  await ok('npm pack', await npm(ctx, ['pack', '--pack-destination', vendor, '--cache', join(work, 'scratch-npm')], depSrc));
  const manifest = await readJsonFile(join(project, 'package.json'), decode.record(decode.unknown), 'package.json');
  manifest['dependencies'] = { 'slipway-pad': 'file:../vendor/slipway-pad-1.0.0.tgz' };
  await writeFile(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  await ok(
    'npm install --package-lock-only',
    await npm(ctx, ['install', '--package-lock-only', '--no-audit', '--no-fund', '--cache', join(work, 'scratch-npm')], project),
  );
  return { project, vendor };
}

/** Two installs of the sample on fresh "runners": the second restores the npm store from cache and installs offline. */
export const cacheStage: DemoStage = {
  name: 'cache',
  title: 'Dependency cache (second install restored from cache)',
  run: async (ctx) => {
    const work = join(ctx.outDir, 'cache');
    const { project, vendor } = await prepareProject(ctx, work);
    const store = join(work, 'runner', 'npm-store');
    const service = localCacheStore(join(work, 'cache-service'));
    const { os, arch } = runnerNames(process.platform, process.arch);
    const planDeps = async (): Promise<KeyedLayerPlan> => {
      const plan = await planCache({
        root: project,
        baseDir: project,
        machine: { os, arch, env: { npm_config_cache: store } },
        prefix: 'slipway',
        layers: ['deps'],
      });
      const deps = plan.layers.find((l): l is KeyedLayerPlan => l.layer === 'deps');
      if (!deps) throw new Error('the deps layer found nothing to cache in the sample');
      return deps;
    };
    const install = async (offline: boolean): Promise<number> => {
      const result = await npm(ctx, ['ci', '--no-audit', '--no-fund', '--cache', store, ...(offline ? ['--offline'] : [])], project);
      await ok(`npm ci${offline ? ' --offline' : ''}`, result);
      return result.seconds;
    };

    // Run 1: cold runner, nothing cached yet.
    const first = await planDeps();
    const firstHit = await service.restore(first.paths, first.key, first.restoreKeys);
    const coldSeconds = await install(false);
    await service.save(first.paths, first.key);
    ctx.log(`run 1: ${firstHit ? 'hit' : 'miss'} on ${first.key}; npm ci ${coldSeconds.toFixed(2)} s; store saved`);

    // Run 2: a fresh runner (no store, no node_modules) and no way to fetch the dependency but the cache.
    await rm(join(work, 'runner'), { recursive: true, force: true });
    await rm(join(project, 'node_modules'), { recursive: true, force: true });
    await rm(vendor, { recursive: true, force: true });
    const second = await planDeps();
    const started = performance.now();
    const matched = await service.restore(second.paths, second.key, second.restoreKeys);
    const restoreSeconds = (performance.now() - started) / 1000;
    const warmSeconds = await install(true);
    const hit = matched === undefined ? 'miss' : matched === second.key ? 'exact' : 'partial';
    ctx.log(
      `run 2: ${hit} hit on ${matched ?? second.key}; restore ${restoreSeconds.toFixed(2)} s; npm ci --offline ${warmSeconds.toFixed(2)} s`,
    );
    const record = join(work, 'record.json');
    await writeFile(
      record,
      `${JSON.stringify(
        {
          key: second.key,
          restoreKeys: second.restoreKeys,
          paths: second.paths,
          runs: [
            { hit: firstHit ? 'exact' : 'miss', installSeconds: coldSeconds },
            { hit, matchedKey: matched ?? '', restoreSeconds, installSeconds: warmSeconds },
          ],
        },
        null,
        2,
      )}\n`,
    );
    return {
      ok: hit === 'exact',
      headline: `second install restored from cache (${hit} hit, restore ${restoreSeconds.toFixed(2)} s) and ran offline in ${warmSeconds.toFixed(2)} s; first install ${coldSeconds.toFixed(2)} s`,
      outputs: { 'cache key': second.key, 'hit record': record },
    };
  },
};
