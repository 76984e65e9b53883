import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decode, readJsonFile, spawnCapture, type ExecResult, type Logger } from '@slipway/core';
import { cacheRun, dirBackend, entryStore, planCache, runnerNames, type KeyedLayerPlan } from '@slipway/cache';
import type { DemoContext, DemoStage } from './stage.js';

/*
 * The sample has no dependencies, so an install would cache nothing. The stage gives it one that
 * needs no network: a package packed with `npm pack` into a local tarball. Deleting the tarball
 * before the second run proves the tree came from the cache (an install would fail without it).
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

const quietLog = (ctx: DemoContext): Logger => ({
  debug: () => undefined,
  info: () => undefined,
  notice: (m) => ctx.log(`notice: ${m}`),
  warning: (m) => ctx.log(`warning: ${m}`),
  error: (m) => ctx.log(`error: ${m}`),
  group: (_name, fn) => fn(),
  mask: () => undefined,
});

/**
 * Two runs of the sample on fresh "runners" through the same orchestration as `slipway cache run`
 * and the action's install input: the first installs and saves the installed tree and the npm
 * store to a folder store; the second restores the tree exactly and skips the install.
 */
export const cacheStage: DemoStage = {
  name: 'cache',
  title: 'Cached install (second run restores node_modules and skips npm ci)',
  run: async (ctx) => {
    const work = join(ctx.outDir, 'cache');
    const { project, vendor } = await prepareProject(ctx, work);
    const runner = join(work, 'runner');
    const npmStore = join(runner, 'npm-store');
    const backend = await dirBackend(join(work, 'store'));
    const { os, arch } = runnerNames(process.platform, process.arch);
    const where = { home: runner, base: project };
    const exec = { run: (c: string, a: string[], o?: Parameters<typeof spawnCapture>[2]) => spawnCapture(c, a, o) };
    const probe = async (cmd: string, args: string[]): Promise<string | undefined> => {
      const r = await spawnCapture(cmd, args).catch(() => undefined);
      return r?.exitCode === 0 ? r.stdout.trim() : undefined;
    };
    const once = async () => {
      const plan = await planCache({
        root: project,
        baseDir: project,
        machine: { os, arch, env: { npm_config_cache: npmStore }, home: runner },
        prefix: 'slipway',
        layers: ['installed', 'deps'],
        installCommand: 'npm ci',
        probe,
      });
      const layers = plan.layers.filter((l): l is KeyedLayerPlan => l.layer !== 'docker');
      return cacheRun(
        layers,
        {
          command: 'npm ci',
          run: async () => (await npm(ctx, ['ci', '--no-audit', '--no-fund', '--cache', npmStore], project)).exitCode,
        },
        { name: 'demo', store: entryStore({ backend, where, exec }), log: quietLog(ctx), clock: ctx.clock, where },
        { write: { write: true, reason: 'demo' }, maxSize: 0 },
      );
    };
    const seconds = (xs: readonly { restoreSeconds: number; saveSeconds: number }[], f: 'restoreSeconds' | 'saveSeconds'): string =>
      xs.reduce((t, x) => t + x[f], 0).toFixed(1);

    // Run 1: cold runner, nothing cached yet.
    const first = await once();
    ctx.log(
      `run 1: ${first.outcomes.map((o) => `${o.layer} ${o.hit}`).join(', ')}; npm ci ran in ${first.install.seconds.toFixed(1)} s; saved in ${seconds(first.outcomes, 'saveSeconds')} s`,
    );

    // Run 2: a fresh runner (no store, no node_modules) and no way to fetch the dependency but the cache.
    await rm(runner, { recursive: true, force: true });
    await rm(join(project, 'node_modules'), { recursive: true, force: true });
    await rm(vendor, { recursive: true, force: true });
    const second = await once();
    const restore = seconds(second.outcomes, 'restoreSeconds');
    ctx.log(
      `run 2: ${second.outcomes.map((o) => `${o.layer} ${o.hit}`).join(', ')}; restore ${restore} s; npm ci ${second.install.installed === 'restored' ? 'skipped (0.0 s)' : `ran in ${second.install.seconds.toFixed(1)} s`}`,
    );
    const record = join(work, 'record.json');
    await writeFile(
      record,
      `${JSON.stringify({ runs: [first, second].map((r) => ({ install: r.install, layers: r.outcomes })) }, null, 2)}\n`,
    );
    const installed = second.install.installed === 'restored';
    return {
      ok: installed,
      headline: installed
        ? `second run restored node_modules exactly in ${restore} s and skipped npm ci; the first run's npm ci took ${first.install.seconds.toFixed(1)} s`
        : `second run did not restore the installed tree: ${second.outcomes.map((o) => `${o.layer} ${o.hit} ${o.note}`).join('; ')}`,
      outputs: { 'installed key': second.outcomes.find((o) => o.layer === 'installed')?.key ?? '', 'hit record': record },
    };
  },
};
