import { resolve } from 'node:path';
import type { Ports } from '@slipway/core';
import {
  emptyOutcome,
  commandWords,
  installUnlessRestored,
  npmInstallOf,
  planCache,
  readPolicy,
  restoreLayers,
  writePolicy,
  type KeyedLayerPlan,
  type LayerOutcome,
  type LayerStore,
  type RunDeps,
} from '@slipway/cache';
import type { RunContext } from './context.js';
import type { Inputs } from './inputs.js';
import { installRunner, versionProbe } from './install-command.js';
import { saveMainState } from './state.js';
import { restoreSummary } from './summary.js';

export interface MainDeps {
  context: RunContext;
  store: LayerStore;
}

/** The default branch: the input, else the event payload's, else main. */
export function defaultBranchOf(inputs: Pick<Inputs, 'defaultBranch'>, context: Pick<RunContext, 'defaultBranch'>): string {
  return inputs.defaultBranch || context.defaultBranch || 'main';
}

/** The engine's view of this step: where paths are, which store, how to log. */
export function runDeps(ports: Ports, deps: MainDeps): RunDeps {
  return {
    name: 'cache-setup',
    store: deps.store,
    log: ports.log,
    clock: ports.clock,
    where: { home: deps.context.home, base: deps.context.workspace },
  };
}

/** Main step: detect, compute keys, restore each layer, install unless the installed tree came back exactly, and leave the plan for post. */
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
  if (inputs.cacheNodeModules) {
    ports.log.warning(
      "cache-setup: 'cache-node-modules' is no longer needed: the installed layer caches node_modules, restored only on an exact key (a node_modules restored from another lockfile is wrong)",
    );
  }
  const machine = {
    os: ctx.os,
    arch: ctx.arch,
    env: ctx.env,
    home: ctx.home,
    tmpdir: ctx.tmpdir,
    uid: ctx.uid,
    node: ctx.node,
    container: ctx.container,
  };
  const plan = await planCache({
    root,
    baseDir: ctx.workspace,
    machine,
    prefix: inputs.prefix,
    layers: inputs.layers,
    extraPaths: inputs.paths,
    keyFiles: inputs.keyFiles,
    installCommand: inputs.install,
    probe: versionProbe(ports.exec, ctx),
    dockerImages: inputs.dockerImages,
    dockerWrite: write.write,
  });
  ports.log.info(
    `cache-setup: ${plan.projects.map((p) => `${p.ecosystem} in ${p.dir}`).join(', ') || 'no ecosystem detected'}; toolchain ${plan.toolchain}`,
  );
  for (const s of plan.skipped) ports.log.info(`cache-setup: ${s.layer} layer skipped: ${s.reason}`);

  const docker: LayerOutcome[] = [];
  const keyed: KeyedLayerPlan[] = [];
  for (const layer of plan.layers) {
    if (layer.layer !== 'docker') {
      keyed.push(layer);
      continue;
    }
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
  }
  const engine = runDeps(ports, deps);
  const restored = await restoreLayers(keyed, engine, { read, lookupOnly: inputs.lookupOnly });
  for (const l of restored.layers) {
    ports.outputs.set(`${l.layer}-hit`, l.outcome.hit);
    ports.outputs.set(`${l.layer}-key`, l.key);
    ports.outputs.set(`${l.layer}-matched-key`, l.outcome.matchedKey);
    ports.outputs.set(`${l.layer}-size`, l.outcome.sizeBytes);
    ports.outputs.set(`${l.layer}-restore-seconds`, l.outcome.restoreSeconds);
    ports.outputs.set(`${l.layer}-paths`, l.paths.join('\n'));
  }
  const cacheHit = restored.layers.length > 0 && restored.layers.every((l) => l.outcome.hit === 'exact' || l.keep !== undefined);
  ports.outputs.set('cache-hit', cacheHit);
  ports.outputs.set('ecosystems', [...new Set(plan.projects.map((p) => p.ecosystem))].join(','));
  ports.outputs.set('install-needed', !restored.installedRestored);
  const notes = [...new Set(keyed.flatMap((l) => l.notes))];
  saveMainState(ports.state, { layers: restored.layers, docker, write });

  let install: { command: string; installed: 'restored' | 'ran'; seconds: number; note: string } | undefined;
  if (inputs.install) {
    const command = inputs.install;
    const words = commandWords(command);
    const done = await installUnlessRestored(
      restored,
      {
        command,
        ...(words ? { words } : {}),
        npm: npmInstallOf(plan, machine, root, engine.where),
        run: installRunner(ports.exec, ctx, root, command),
      },
      engine,
    );
    install = { command, ...done };
    ports.outputs.set('installed', done.installed);
    ports.outputs.set('install-seconds', done.seconds);
  }
  await ports.summary.append(
    restoreSummary([...restored.layers.map((l) => l.outcome), ...docker], write, inputs.workingDirectory, {
      install,
      notes,
      stalled: restored.stalled,
    }),
  );
}
