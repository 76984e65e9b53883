import { resolve } from 'node:path';
import type { Ports } from '@slipway/core';
import { emptyOutcome, measurePaths, planCache, readPolicy, writePolicy, type KeyedLayerPlan, type LayerOutcome } from '@slipway/cache';
import type { CacheStore } from './cache-store.js';
import type { RunContext } from './context.js';
import type { Inputs } from './inputs.js';
import { saveMainState, type RestoredLayer } from './state.js';
import { restoreSummary } from './summary.js';

export interface MainDeps {
  context: RunContext;
  store: CacheStore;
}

const seconds = (ms: number): number => Math.round(ms / 100) / 10;

/** The default branch: the input, else the event payload's, else main. */
export function defaultBranchOf(inputs: Pick<Inputs, 'defaultBranch'>, context: Pick<RunContext, 'defaultBranch'>): string {
  return inputs.defaultBranch || context.defaultBranch || 'main';
}

async function restoreLayer(
  layer: KeyedLayerPlan,
  inputs: Inputs,
  ports: Ports,
  deps: MainDeps,
  read: { read: boolean; reason: string },
): Promise<LayerOutcome> {
  const base = emptyOutcome(layer.layer, layer.key);
  if (!read.read) return { ...base, hit: 'skipped', note: read.reason };
  if (!deps.store.available()) {
    ports.log.warning(`cache-setup: no cache service for this job (ACTIONS_RESULTS_URL is not set); ${layer.layer} runs uncached`);
    return { ...base, hit: 'error', note: 'no cache service (ACTIONS_RESULTS_URL unset)' };
  }
  const started = ports.clock.now().getTime();
  const result = await ports.log.group(`Restore ${layer.layer}: ${layer.key}`, () =>
    deps.store.restore(layer.paths, layer.key, layer.restoreKeys, inputs.lookupOnly),
  );
  const restoreSeconds = seconds(ports.clock.now().getTime() - started);
  if (result.error !== undefined) {
    ports.log.warning(`cache-setup: restoring ${layer.layer} failed, continuing without it: ${result.error}`);
    return { ...base, hit: 'error', restoreSeconds, note: result.error };
  }
  if (result.matchedKey === undefined) return { ...base, restoreSeconds, note: inputs.lookupOnly ? 'lookup only' : '' };
  const hit = result.matchedKey === layer.key ? 'exact' : 'partial';
  const sizeBytes = inputs.lookupOnly ? 0 : await measurePaths(layer.paths, { home: deps.context.home, base: deps.context.workspace });
  return {
    ...base,
    hit,
    matchedKey: result.matchedKey,
    sizeBytes,
    restoreSeconds,
    note: inputs.lookupOnly ? 'lookup only: not downloaded' : '',
  };
}

/** Main step: detect, compute keys, restore each layer, report, and leave the plan for the post step. */
export async function run(inputs: Inputs, ports: Ports, deps: MainDeps): Promise<void> {
  const ctx = deps.context;
  const facts = {
    save: inputs.save,
    ref: ctx.ref,
    defaultBranch: defaultBranchOf(inputs, ctx),
    eventName: ctx.eventName,
    cacheMode: ctx.cacheMode,
  };
  const write = writePolicy(facts);
  const read = readPolicy(facts);
  const root = resolve(ctx.workspace, inputs.workingDirectory);
  const plan = await planCache({
    root,
    baseDir: ctx.workspace,
    machine: { os: ctx.os, arch: ctx.arch, env: ctx.env, home: ctx.home },
    prefix: inputs.prefix,
    layers: inputs.layers,
    extraPaths: inputs.paths,
    keyFiles: inputs.keyFiles,
    nodeModules: inputs.cacheNodeModules,
    dockerImages: inputs.dockerImages,
    dockerWrite: write.write,
  });
  ports.log.info(
    `cache-setup: ${plan.projects.map((p) => `${p.ecosystem} in ${p.dir}`).join(', ') || 'no ecosystem detected'}; toolchain ${plan.toolchain}`,
  );
  for (const s of plan.skipped) ports.log.info(`cache-setup: ${s.layer} layer skipped: ${s.reason}`);

  const restored: RestoredLayer[] = [];
  const docker: LayerOutcome[] = [];
  for (const layer of plan.layers) {
    if (layer.layer === 'docker') {
      const [first] = layer.images;
      ports.outputs.set('docker-cache-from', first?.cacheFrom ?? '');
      ports.outputs.set('docker-cache-to', first?.cacheTo ?? '');
      ports.outputs.set(
        'docker-cache',
        JSON.stringify(Object.fromEntries(layer.images.map((i) => [i.image, { 'cache-from': i.cacheFrom, 'cache-to': i.cacheTo }]))),
      );
      for (const image of layer.images) {
        docker.push(
          emptyOutcome('docker', image.scope, {
            hit: 'skipped',
            note: `buildx cache for ${image.image}${image.cacheTo ? '' : ' (read-only)'}`,
          }),
        );
      }
      continue;
    }
    const outcome = await restoreLayer(layer, inputs, ports, deps, read);
    restored.push({ layer: layer.layer, paths: layer.paths, key: layer.key, outcome });
    ports.outputs.set(`${layer.layer}-hit`, outcome.hit);
    ports.outputs.set(`${layer.layer}-key`, layer.key);
    ports.outputs.set(`${layer.layer}-matched-key`, outcome.matchedKey);
    ports.outputs.set(`${layer.layer}-size`, outcome.sizeBytes);
    ports.outputs.set(`${layer.layer}-restore-seconds`, outcome.restoreSeconds);
    ports.outputs.set(`${layer.layer}-paths`, layer.paths.join('\n'));
  }
  const cacheHit = restored.length > 0 && restored.every((l) => l.outcome.hit === 'exact');
  ports.outputs.set('cache-hit', cacheHit);
  ports.outputs.set('ecosystems', [...new Set(plan.projects.map((p) => p.ecosystem))].join(','));
  await ports.summary.append(restoreSummary([...restored.map((l) => l.outcome), ...docker], write, inputs.workingDirectory));
  saveMainState(ports.state, {
    layers: restored,
    docker,
    write,
  });
}
