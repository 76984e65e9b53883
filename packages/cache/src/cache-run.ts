import { lstat, rm } from 'node:fs/promises';
import { errorCodes, UserError, type Clock, type Logger } from '@slipway/core';
import type { LayerStore, SaveResult, StoreLayer } from './layer-store.js';
import { npmStore } from './ecosystems.js';
import type { Machine } from './machine.js';
import type { CachePlan, KeyedLayerPlan } from './plan.js';
import { isPlainNpmCi, recordInstalledReleases, trustRestoredMetadata, type NpmInstall } from './npm-metadata.js';
import { formatSize, saveDecision } from './policy.js';
import { emptyOutcome, type LayerOutcome } from './record.js';
import { hasBytes, isGlobPath, locatePath, measurePaths } from './size.js';

// The one orchestration of a cached install, shared by the action (main: restore and install;
// post: save) and `slipway cache run` (all three in one process):
//   1. the installed tree, on an exact key only (a tree from another key is wrong);
//   2. the store (deps) and build outputs, by key then restore keys; the store is skipped when
//      the installed tree came back exactly, since nothing will read it (Yarn PnP excepted);
//   3. the install command, unless the installed tree came back exactly (a plain `npm ci` over a
//      restored store is told to trust the store's metadata when it holds every locked release);
//   4. on a miss, each layer saved under the run's write policy.

/** Where planned paths are on disk. */
export interface Where {
  home: string;
  /** Relative paths are under this folder (the workspace; the CLI's working folder). */
  base: string;
}

/** One keyed layer after restore, handed to the save phase. */
export interface RestoredLayer {
  layer: KeyedLayerPlan['layer'];
  paths: string[];
  key: string;
  restoreKeys: string[];
  outcome: LayerOutcome;
  /** Set when the save phase must leave this layer alone, with the reason. */
  keep?: string;
}

export interface RestorePhase {
  layers: RestoredLayer[];
  /** True when the installed tree was restored from its exact key: no install is needed. */
  installedRestored: boolean;
  /** The store stopped answering during restore. */
  stalled: boolean;
}

export interface RunDeps {
  /** Starts each log line: `cache-setup`, `slipway cache run`. */
  name: string;
  store: LayerStore;
  log: Logger;
  clock: Clock;
  where: Where;
}

const seconds = (ms: number): number => Math.round(ms / 100) / 10;
const ORDER: Record<KeyedLayerPlan['layer'], number> = { installed: 0, deps: 1, build: 2 };

async function exists(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined)) !== undefined;
}

/** Paths of a layer that already exist on disk (globs are not checked). */
async function present(paths: readonly string[], where: Where): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths.filter((x) => !isGlobPath(x))) if (await exists(locatePath(p, where))) out.push(p);
  return out;
}

/** Removes what a failed or wrong restore of the installed tree left; only paths that did not exist before it. */
async function discard(paths: readonly string[], where: Where): Promise<void> {
  for (const p of paths.filter((x) => !isGlobPath(x))) await rm(locatePath(p, where), { recursive: true, force: true });
}

async function restoreOne(
  layer: KeyedLayerPlan,
  deps: RunDeps,
  options: { lookupOnly: boolean },
): Promise<{ outcome: LayerOutcome; stalled: boolean }> {
  const base = emptyOutcome(layer.layer, layer.key);
  const exactOnly = layer.layer === 'installed';
  if (exactOnly) {
    const already = await present(layer.paths, deps.where);
    if (already.length > 0) {
      return {
        outcome: { ...base, note: `${already.join(', ')} already exists: not restored over (trees would mix); the install runs` },
        stalled: false,
      };
    }
  }
  const storeLayer: StoreLayer = { paths: layer.paths, key: layer.key, restoreKeys: exactOnly ? [] : layer.restoreKeys };
  const started = deps.clock.now().getTime();
  const result = await deps.log.group(`Restore ${layer.layer}: ${layer.key}`, () => deps.store.restore(storeLayer, options));
  const restoreSeconds = seconds(deps.clock.now().getTime() - started);
  if (result.error !== undefined) {
    if (exactOnly && !options.lookupOnly) await discard(layer.paths, deps.where);
    deps.log.warning(`${deps.name}: restoring ${layer.layer} failed, continuing without it: ${result.error}`);
    return { outcome: { ...base, hit: 'error', restoreSeconds, note: result.error }, stalled: result.stalled === true };
  }
  if (result.warning !== undefined) deps.log.warning(`${deps.name}: ${layer.layer}: ${result.warning}`);
  if (result.matchedKey === undefined) {
    return { outcome: { ...base, restoreSeconds, note: result.warning ?? (options.lookupOnly ? 'lookup only' : '') }, stalled: false };
  }
  if (exactOnly && result.matchedKey !== layer.key) {
    // The service also matches the key as a prefix; another key's tree is not this one.
    if (!options.lookupOnly) await discard(layer.paths, deps.where);
    return { outcome: { ...base, restoreSeconds, note: `only ${result.matchedKey} matched: not this tree, removed` }, stalled: false };
  }
  const hit = result.matchedKey === layer.key ? 'exact' : 'partial';
  // The store knows what it unpacked; walking a restored tree of ~100,000 files again costs seconds.
  const sizeBytes = options.lookupOnly ? 0 : (result.unpackedBytes ?? (await measurePaths(layer.paths, deps.where)));
  return {
    outcome: {
      ...base,
      hit,
      matchedKey: result.matchedKey,
      sizeBytes,
      restoreSeconds,
      note: options.lookupOnly ? 'lookup only: not downloaded' : '',
    },
    stalled: false,
  };
}

/** Restores the installed tree (exact key only), then the other layers; never throws for a store failure. */
export async function restoreLayers(
  layers: readonly KeyedLayerPlan[],
  deps: RunDeps,
  options: { read: { read: boolean; reason: string }; lookupOnly: boolean },
): Promise<RestorePhase> {
  const sorted = [...layers].sort((a, b) => ORDER[a.layer] - ORDER[b.layer]);
  const out: RestoredLayer[] = [];
  let installedRestored = false;
  let storeNeeded = true;
  let stalled = false;
  const available = deps.store.available();
  for (const layer of sorted) {
    const entry = { layer: layer.layer, paths: layer.paths, key: layer.key, restoreKeys: layer.restoreKeys };
    const base = emptyOutcome(layer.layer, layer.key);
    if (!options.read.read) {
      out.push({ ...entry, outcome: { ...base, hit: 'skipped', note: options.read.reason } });
      continue;
    }
    if (!available.ok) {
      deps.log.warning(`${deps.name}: ${available.reason}; ${layer.layer} runs uncached`);
      out.push({ ...entry, outcome: { ...base, hit: 'error', note: available.reason } });
      continue;
    }
    if (stalled) {
      out.push({ ...entry, outcome: { ...base, hit: 'error', note: 'not tried: the store stopped answering earlier in this run' } });
      continue;
    }
    if (layer.layer === 'deps' && !storeNeeded) {
      const keep = 'the installed tree was restored exactly: the store is not needed, so it is neither restored nor saved';
      out.push({ ...entry, outcome: { ...base, hit: 'skipped', note: keep }, keep });
      continue;
    }
    const restored = await restoreOne(layer, deps, { lookupOnly: options.lookupOnly });
    stalled ||= restored.stalled;
    if (layer.layer === 'installed' && restored.outcome.hit === 'exact' && !options.lookupOnly) {
      installedRestored = true;
      storeNeeded = layer.storeAtRuntime === true;
    }
    out.push({ ...entry, outcome: restored.outcome });
  }
  return { layers: out, installedRestored, stalled };
}

/** The install step's outcome: `restored` (skipped, the tree came back exactly) or `ran`. */
export interface InstallOutcome {
  installed: 'restored' | 'ran';
  seconds: number;
  /** What cache-setup told the install, and why (npm's prefer-offline over a restored store); empty when nothing. */
  note: string;
}

/** The install command, as each front runs it. */
export interface InstallSpec {
  /** As shown in the log. */
  command: string;
  /** Its words, when it is a plain command line (no shell syntax); undefined otherwise. */
  words?: readonly string[];
  /** Runs it with these variables added to its environment; resolves to its exit code. */
  run: (env: Record<string, string>) => Promise<number>;
  /** Where an npm project and its store are, when the working directory is one. */
  npm?: NpmInstall;
}

/** Whether the run restored npm's store (by its key or a restore key): its metadata is then stale. */
const npmStoreRestored = (restore: Pick<RestorePhase, 'layers'>, npm: NpmInstall, where: Where): boolean =>
  restore.layers.some(
    (l) =>
      l.layer === 'deps' &&
      (l.outcome.hit === 'exact' || l.outcome.hit === 'partial') &&
      l.paths.some((p) => !isGlobPath(p) && locatePath(p, where) === npm.cacheDir),
  );

/** The npm project at the plan's working directory and the store npm uses, or undefined when it is not one. */
export function npmInstallOf(plan: Pick<CachePlan, 'projects'>, machine: Machine, root: string, where: Where): NpmInstall | undefined {
  if (!plan.projects.some((p) => p.ecosystem === 'npm' && (p.dir === '.' || p.dir === ''))) return undefined;
  return { root, cacheDir: locatePath(npmStore(machine), where), machine };
}

/** Runs the install command; a non-zero exit. */
export class InstallFailed extends UserError {
  constructor(
    readonly command: string,
    readonly exitCode: number,
  ) {
    super(`The install command failed with exit code ${exitCode}: ${command}`, {
      code: errorCodes.installFailed,
      hint: 'the output above is the install command’s own; nothing was saved to the cache',
    });
    this.name = 'InstallFailed';
  }
}

/** Runs `install` unless the installed tree was restored exactly; throws InstallFailed on a non-zero exit. */
export async function installUnlessRestored(
  restore: Pick<RestorePhase, 'installedRestored' | 'layers'>,
  install: InstallSpec,
  deps: Pick<RunDeps, 'clock' | 'log' | 'name' | 'where'>,
): Promise<InstallOutcome> {
  if (restore.installedRestored) {
    deps.log.info(`${deps.name}: the installed tree was restored exactly; not running ${install.command}`);
    return { installed: 'restored', seconds: 0, note: '' };
  }
  const npmCi = install.npm !== undefined && install.words !== undefined && isPlainNpmCi(install.words) ? install.npm : undefined;
  const trust = npmCi && npmStoreRestored(restore, npmCi, deps.where) ? await trustRestoredMetadata(npmCi) : { env: {}, note: '' };
  if (trust.note) deps.log.info(`${deps.name}: ${trust.note}`);
  const started = deps.clock.now().getTime();
  const exitCode = await deps.log.group(`Install: ${install.command}`, () => install.run(trust.env));
  const took = seconds(deps.clock.now().getTime() - started);
  if (exitCode !== 0) throw new InstallFailed(install.command, exitCode);
  if (npmCi) await recordInstalledReleases(npmCi);
  return { installed: 'ran', seconds: took, note: trust.note };
}

/** Saves each layer the policy allows and that was not an exact hit; warns on size; never throws for a store failure. */
export async function saveLayers(
  layers: readonly RestoredLayer[],
  deps: RunDeps,
  options: { write: { write: boolean; reason: string }; maxSize: number; onSaved?: (outcome: LayerOutcome) => void },
): Promise<LayerOutcome[]> {
  const outcomes: LayerOutcome[] = [];
  let stalled = false;
  const overMax = (layer: RestoredLayer, sizeBytes: number): void => {
    if (options.maxSize > 0 && sizeBytes > options.maxSize) {
      deps.log.warning(
        `${deps.name}: the ${layer.layer} layer is ${formatSize(sizeBytes)}, over max-size ${formatSize(options.maxSize)}: restores slow down and it evicts other entries; trim its paths or raise max-size`,
      );
    }
  };
  for (const layer of layers) {
    const outcome = { ...layer.outcome };
    // An exact hit is not saved and a kept layer is left alone: their size is what the restore found.
    const measure = layer.keep === undefined && outcome.hit !== 'exact';
    const blocked: string | undefined = layer.keep ?? (stalled ? 'not tried: the store stopped answering earlier in this run' : undefined);
    // A store that measures while it archives is left to: only whether there is anything is asked first.
    const later: boolean = measure && blocked === undefined && deps.store.measuresSaves === true && options.write.write;
    if (later) outcome.sizeBytes = (await hasBytes(layer.paths, deps.where)) ? 1 : 0;
    else if (measure) outcome.sizeBytes = await measurePaths(layer.paths, deps.where);
    if (measure && !later) overMax(layer, outcome.sizeBytes);
    const decision =
      blocked !== undefined
        ? { save: false, reason: blocked }
        : saveDecision({ write: options.write, hit: outcome.hit, sizeBytes: outcome.sizeBytes });
    outcome.note = decision.reason;
    if (later && !decision.save) outcome.sizeBytes = await measurePaths(layer.paths, deps.where);
    if (decision.save) {
      const started = deps.clock.now().getTime();
      const sizeBytes: number | undefined = later ? undefined : outcome.sizeBytes;
      const result: SaveResult = await deps.log.group(`Save ${layer.layer}: ${layer.key}`, () =>
        deps.store.save({ ...layer, ...(sizeBytes !== undefined ? { sizeBytes } : {}) }),
      );
      outcome.saveSeconds = seconds(deps.clock.now().getTime() - started);
      if (later) {
        outcome.sizeBytes = result.sizeBytes ?? (await measurePaths(layer.paths, deps.where));
        overMax(layer, outcome.sizeBytes);
      }
      outcome.saved = result.saved;
      stalled ||= result.stalled === true;
      if (result.already) outcome.note = 'another run saved this key first; its entry is kept';
      else if (!result.saved) {
        outcome.note = `not saved: ${result.error ?? 'unknown reason'}`;
        deps.log.warning(`${deps.name}: saving ${layer.layer} failed; the job is unaffected: ${result.error ?? ''}`);
      }
    }
    options.onSaved?.(outcome);
    outcomes.push(outcome);
  }
  return outcomes;
}

/** `slipway cache run` in one call: restore, install unless the installed tree came back exactly, save on a miss. */
export async function cacheRun(
  layers: readonly KeyedLayerPlan[],
  install: InstallSpec,
  deps: RunDeps,
  options: { write: { write: boolean; reason: string }; maxSize: number },
): Promise<{ restore: RestorePhase; install: InstallOutcome; outcomes: LayerOutcome[] }> {
  const restore = await restoreLayers(layers, deps, { read: { read: true, reason: '' }, lookupOnly: false });
  const installed = await installUnlessRestored(restore, install, deps);
  const outcomes = await saveLayers(restore.layers, deps, options);
  return { restore, install: installed, outcomes };
}
