export { planCache, type PlanOptions, type CachePlan, type LayerPlan, type KeyedLayerPlan, type DockerLayerPlan } from './plan.js';
export { type Ecosystem, type EcosystemId, type Toolchain } from './ecosystems.js';
export { inContainer, realTmpdir, runnerNames, type Machine } from './machine.js';
export { layerKeys, checkPrefix, isLayerName, LAYER_NAMES, type LayerName, type KeyParts } from './keys.js';
export { dockerCache, parseBuildxCacheOption, type DockerImageCache } from './docker.js';
export { readPolicy, writePolicy, saveDecision, parseSize, formatSize, type SaveMode, type Hit, type RunFacts } from './policy.js';
export { emptyOutcome, layerOutcome, hitRate, type LayerOutcome } from './record.js';
export { digestFiles } from './hash.js';
export { listFiles } from './walk.js';
export { sizeOnDisk, measurePaths, locatePath, isGlobPath } from './size.js';
export { installedTree, installedKeyFiles, type InstalledTree } from './installed.js';
export { type Probe } from './installed-layer.js';
export { runningNode, type RunningNode } from './tool-version.js';
export { buildSettings, parseJsonc, type BuildSettings } from './build-settings.js';
export { type LayerStore, type StoreLayer, type RestoreResult, type SaveResult } from './layer-store.js';
export {
  restoreLayers,
  installUnlessRestored,
  npmInstallOf,
  saveLayers,
  cacheRun,
  InstallFailed,
  type RestoredLayer,
  type RestorePhase,
  type InstallOutcome,
  type InstallSpec,
  type RunDeps,
  type Where,
} from './cache-run.js';
export { commandWords } from './npm-metadata.js';
export { entryStore, type EntryStoreOptions } from './store/entry-store.js';
export { type BlobBackend } from './store/blob-backend.js';
export { dirBackend } from './store/dir-backend.js';
export { parseStoreSpec, openBackend, type StoreSpec } from './store/open-store.js';
