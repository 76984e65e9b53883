import { stat } from 'node:fs/promises';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { expandGlobs, parseJson, readTextFile, UserError } from '@slipway/core';
import { detectProjects, type DetectedProject } from './detect.js';
import { dockerCache, imagesFromDockerfiles, type DockerImageCache } from './docker.js';
import { buildSettings } from './build-settings.js';
import { ECOSYSTEMS, type EcosystemId } from './ecosystems.js';
import { hashFileSet } from './hash.js';
import { installedLayer, type Probe } from './installed-layer.js';
import { layerKeys, type LayerName } from './keys.js';
import type { Machine } from './machine.js';
import { toolchainPart } from './toolchain.js';
import { listFiles } from './walk.js';

export interface PlanOptions {
  /** The working directory to detect in (absolute). */
  root: string;
  /** Relative cache paths are written relative to this folder (the workspace; the CLI's cwd). */
  baseDir: string;
  machine: Machine;
  prefix: string;
  layers: readonly LayerName[];
  /** Extra paths for the deps layer, relative to `root` (the `paths` input). */
  extraPaths?: readonly string[];
  /** Extra files (globs relative to `root`) whose content keys the deps layer (the `key-files` input). */
  keyFiles?: readonly string[];
  /** The install command: its text is part of the installed layer's key (`npm ci --omit=dev` installs another tree). */
  installCommand?: string;
  /** Reads tool versions (`npm --version`) for the installed layer's key; without it they are `unprobed`. */
  probe?: Probe;
  /** Image names for the docker layer; by default one per Dockerfile found. */
  dockerImages?: readonly string[];
  /** Whether buildx may write the cache (false gives an empty cache-to). */
  dockerWrite?: boolean;
}

/** A layer cached through the cache service: its paths, primary key and restore keys. */
export interface KeyedLayerPlan {
  layer: 'deps' | 'installed' | 'build';
  ecosystems: EcosystemId[];
  paths: string[];
  key: string;
  /** Always empty for the installed layer: a tree from another key is wrong, so only an exact key restores it. */
  restoreKeys: string[];
  /** How many files the hash covers (lockfiles for deps, manifests for installed, sources for build). */
  hashedFiles: number;
  /** What this layer cannot cache and why (a tool setting that is missing, an ecosystem with no installed tree). */
  notes: string[];
  /** Installed layer: tool and runtime versions in its key. */
  versions?: string[];
  /** Installed layer: package-manager settings from outside the project's files in its key (`env ignore-scripts=true`). */
  settings?: string[];
  /** Installed layer: the tree reads the store at run time (Yarn PnP), so the deps layer is restored even on an exact hit. */
  storeAtRuntime?: boolean;
}

/** The docker layer: buildx cache options per image (buildx talks to the cache service itself). */
export interface DockerLayerPlan {
  layer: 'docker';
  images: DockerImageCache[];
}

export type LayerPlan = KeyedLayerPlan | DockerLayerPlan;

export interface CachePlan {
  workingDirectory: string;
  projects: { ecosystem: EcosystemId; dir: string }[];
  toolchain: string;
  layers: LayerPlan[];
  /** Requested layers with nothing to cache, and why. */
  skipped: { layer: LayerName; reason: string }[];
}

const KNOWN_FILES =
  'package-lock.json, yarn.lock, pnpm-lock.yaml, requirements*.txt, Pipfile.lock, poetry.lock, uv.lock, pom.xml, build.gradle(.kts), go.mod, Cargo.lock, Dockerfile';

function isRooted(p: string): boolean {
  return p.startsWith('~') || isAbsolute(p) || /^[A-Za-z]:[\\/]/.test(p);
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** Detects the ecosystems under `root` and computes each requested layer's paths and keys; the same for the action and the CLI. */
export async function planCache(options: PlanOptions): Promise<CachePlan> {
  const root = resolve(options.root);
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) throw new UserError(`working-directory ${root} does not exist or is not a folder`);
  const files = await listFiles(root);
  const projects = await detectProjects(root, files);
  const relRoot = relative(resolve(options.baseDir), root).split(sep).join('/');
  const under = (dir: string, p: string): string => {
    const negated = p.startsWith('!');
    const bare = negated ? p.slice(1) : p;
    if (isRooted(bare)) return p;
    const base = relRoot.startsWith('..') ? root.split(sep).join('/') : relRoot;
    return `${negated ? '!' : ''}${posix.join(base || '.', dir, bare)}`.replace(/^\.\//, '');
  };
  const extraPaths = options.extraPaths ?? [];
  const dockerfiles = imagesFromDockerfiles(files, posix.basename(root.split(sep).join('/')));
  const wantsDocker = options.layers.includes('docker') && (dockerfiles.length > 0 || (options.dockerImages?.length ?? 0) > 0);
  if (projects.length === 0 && extraPaths.length === 0 && !wantsDocker) {
    throw new UserError(`Nothing to cache under ${root}: no lockfile or manifest found (looked for ${KNOWN_FILES})`, {
      hint: "point working-directory at the project, or set 'paths' (and 'key-files') to say what to cache",
    });
  }
  const toolchain = await toolchainPart(
    projects.map((p) => p.ecosystem.toolchain),
    [projects.find((p) => p.dir === '')?.files, ...projects.map((p) => p.files)].filter((p) => p !== undefined),
  );
  const keyOf = (layer: 'deps' | 'installed' | 'build', hash: string) =>
    layerKeys({ prefix: options.prefix, layer, os: options.machine.os, arch: options.machine.arch, toolchain, hash });

  const plan: CachePlan = {
    workingDirectory: root,
    projects: projects.map((p) => ({ ecosystem: p.ecosystem.id, dir: p.dir || '.' })),
    toolchain,
    layers: [],
    skipped: [],
  };
  for (const layer of unique(options.layers)) {
    if (layer === 'deps') {
      const deps = await depsLayer(root, projects, options, under);
      if (deps.paths.length === 0) plan.skipped.push({ layer, reason: 'no package-manager store detected and no paths given' });
      else
        plan.layers.push({
          layer,
          ecosystems: deps.ecosystems,
          paths: deps.paths,
          ...keyOf(layer, deps.hash),
          hashedFiles: deps.hashed,
          notes: [],
        });
    } else if (layer === 'installed') {
      const installed = await installedLayer({
        root,
        projects,
        machine: options.machine,
        installCommand: options.installCommand,
        probe: options.probe,
        under,
      });
      if ('none' in installed) {
        plan.skipped.push({ layer, reason: installed.none.join('; ') || 'no package manager that installs into the project' });
        continue;
      }
      plan.layers.push({
        layer,
        ecosystems: installed.ecosystems,
        paths: installed.paths,
        key: keyOf(layer, installed.hash).key,
        restoreKeys: [],
        hashedFiles: installed.hashed,
        notes: installed.notes,
        versions: installed.versions,
        settings: installed.settings,
        storeAtRuntime: installed.storeAtRuntime,
      });
    } else if (layer === 'build') {
      const outputs: { dir: string; x: string }[] = [];
      const notes: string[] = [];
      const ecosystems: EcosystemId[] = [];
      for (const p of projects) {
        const settings = await buildSettings(p.ecosystem.id, options.machine, p.files);
        const own = [...p.ecosystem.build(options.machine, p.files), ...settings.paths];
        outputs.push(...own.map((x) => ({ dir: p.dir, x })));
        notes.push(...settings.notes);
        if (own.length > 0) ecosystems.push(p.ecosystem.id);
      }
      const paths = unique(outputs.map(({ dir, x }) => under(dir, x)));
      if (paths.filter((p) => !p.startsWith('!')).length === 0) {
        plan.skipped.push({
          layer,
          reason: ['no incremental build output known for the detected ecosystems', ...unique(notes)].join('; '),
        });
        continue;
      }
      // Build outputs are not sources: a restored .tsbuildinfo must not change the key it was restored by.
      const isOutput = outputMatcher(outputs);
      const hash = await hashFileSet(
        root,
        files.filter((f) => !isOutput(f)),
        paths,
        'source file',
      );
      plan.layers.push({
        layer,
        ecosystems: unique(ecosystems),
        paths,
        ...keyOf(layer, hash),
        hashedFiles: files.length,
        notes: unique(notes),
      });
    } else {
      const named = options.dockerImages ?? [];
      const images: DockerImageCache[] =
        named.length > 0
          ? named.map((image) => dockerCache(options.prefix, image, options.dockerWrite ?? true))
          : dockerfiles.map((d) => ({ ...dockerCache(options.prefix, d.image, options.dockerWrite ?? true), dockerfile: d.dockerfile }));
      const seen = new Set<string>();
      const distinct = images.filter((i) => !seen.has(i.scope) && seen.add(i.scope));
      if (distinct.length === 0) plan.skipped.push({ layer, reason: 'no Dockerfile found and no docker-images given' });
      else plan.layers.push({ layer, images: distinct });
    }
  }
  return plan;
}

/** A corrupt JSON lockfile would fail the install anyway; name it now rather than cache under a bogus key. */
async function checkJsonLockfile(root: string, rel: string): Promise<void> {
  parseJson(await readTextFile(join(root, rel), 'lockfile'), join(root, rel));
}

/** Whether a file (relative to the root) lies in one of the projects' build outputs; a set lookup per ancestor folder. */
function outputMatcher(outputs: readonly { dir: string; x: string }[]): (file: string) => boolean {
  const folders = new Set<string>();
  const suffixes = new Map<string, Set<string>>();
  for (const { dir, x } of outputs) {
    if (x.startsWith('!') || isRooted(x)) continue;
    if (x.startsWith('**/*')) {
      const dirs = suffixes.get(x.slice(4)) ?? new Set<string>();
      suffixes.set(x.slice(4), dirs.add(dir));
    } else {
      folders.add(dir ? `${dir}/${x}` : x);
    }
  }
  return (file) => {
    const ancestors = [''];
    for (let i = file.indexOf('/'); i >= 0; i = file.indexOf('/', i + 1)) ancestors.push(file.slice(0, i));
    if (ancestors.some((a) => a !== '' && folders.has(a))) return true;
    for (const [suffix, dirs] of suffixes) {
      if (file.endsWith(suffix) && ancestors.some((a) => dirs.has(a))) return true;
    }
    return false;
  };
}

async function depsLayer(
  root: string,
  projects: readonly DetectedProject[],
  options: PlanOptions,
  under: (dir: string, p: string) => string,
): Promise<{ ecosystems: EcosystemId[]; paths: string[]; hash: string; hashed: number }> {
  const paths: string[] = [];
  const keyFiles: string[] = [];
  for (const p of projects) {
    paths.push(...(await p.ecosystem.deps(options.machine, p.files)).map((x) => under(p.dir, x)));
    for (const f of p.files.files) {
      if (p.ecosystem.keyFile(posix.basename(f))) keyFiles.push(p.dir ? `${p.dir}/${f}` : f);
    }
  }
  paths.push(...(options.extraPaths ?? []).map((x) => under('', x)));
  if (options.keyFiles && options.keyFiles.length > 0) {
    keyFiles.push(...(await expandGlobs(options.keyFiles, root, { what: "files for input 'key-files'" })));
  }
  // Nested projects list the same lockfile twice; the sorted set keeps the hash independent of that.
  const set = unique(keyFiles);
  await Promise.all(set.filter((f) => /(^|\/)(package-lock|npm-shrinkwrap)\.json$/.test(f)).map((f) => checkJsonLockfile(root, f)));
  const ecosystems = unique(projects.map((p) => p.ecosystem.id)).sort(
    (a, b) => ECOSYSTEMS.findIndex((e) => e.id === a) - ECOSYSTEMS.findIndex((e) => e.id === b),
  );
  const hash = await hashFileSet(root, set, [...ecosystems, ...unique(paths)], 'lockfile');
  return { ecosystems, paths: unique(paths), hash, hashed: set.length };
}
