import { yarnrcYmlValue } from './install-settings.js';
import { fromEnv, userCacheDir, userDataDir, type Machine } from './machine.js';

export type EcosystemId = 'npm' | 'yarn-classic' | 'yarn-berry' | 'pnpm' | 'pip' | 'poetry' | 'uv' | 'maven' | 'gradle' | 'go' | 'cargo';
export type Toolchain = 'node' | 'python' | 'java' | 'go' | 'rust';

/** What a project's folder holds, for the rules below (`dir` is relative to the working directory, '' for itself). */
export interface ProjectFiles {
  dir: string;
  /** Files directly in or below `dir`, relative to `dir`. */
  files: readonly string[];
  /** Reads a file relative to `dir` (small config files only). */
  read: (rel: string) => Promise<string | undefined>;
}

export interface Ecosystem {
  id: EcosystemId;
  toolchain: Toolchain;
  /** A file (by base name) whose presence in a folder makes that folder a project of this ecosystem. */
  marker: (name: string) => boolean;
  /** Files (by base name) whose content keys the deps layer: lockfiles first, manifests where there is no lockfile. */
  keyFile: (name: string) => boolean;
  /** The package manager's store: what the deps layer caches. */
  deps(machine: Machine, project: ProjectFiles): Promise<string[]>;
  /** Incremental build outputs, relative to the project unless they start with `~` or `/`. */
  build(machine: Machine, project: ProjectFiles): string[];
}

const is =
  (...names: string[]) =>
  (name: string): boolean =>
    names.includes(name);

/** Yarn's lockfile is YAML with a `__metadata` block from Yarn 2 on; classic's is its own format. */
export async function isYarnBerry(project: ProjectFiles): Promise<boolean> {
  return /^__metadata:/m.test((await project.read('yarn.lock')) ?? '');
}

/** The project's Next.js apps: each `next.config.*` and its folder ('' for the project's own). */
export const nextApps = (project: ProjectFiles): { config: string; dir: string }[] =>
  project.files.flatMap((config) => {
    const m = /^(?:(.*)\/)?next\.config\.(?:js|mjs|cjs|ts)$/.exec(config);
    return m ? [{ config, dir: m[1] ?? '' }] : [];
  });

const nodeBuild = (_m: Machine, project: ProjectFiles): string[] => {
  const out: string[] = [];
  if (project.files.some((f) => /(^|\/)tsconfig(\.[\w-]+)?\.json$/.test(f))) out.push('**/*.tsbuildinfo', '!**/node_modules/**');
  for (const app of nextApps(project)) out.push(app.dir ? `${app.dir}/.next/cache` : '.next/cache');
  return out;
};

/** npm's cache folder, as the deps layer caches it (`~/.npm`, or npm_config_cache). */
export const npmStore = (m: Machine): string =>
  fromEnv(m, 'npm_config_cache', m.os === 'Windows' ? `${userDataDir(m)}/npm-cache` : '~/.npm');
const gradleHome = (m: Machine): string => fromEnv(m, 'GRADLE_USER_HOME', '~/.gradle');
const cargoHome = (m: Machine): string => fromEnv(m, 'CARGO_HOME', '~/.cargo');

/** Every ecosystem cache-setup detects, in the order keys and paths list them. */
export const ECOSYSTEMS: readonly Ecosystem[] = [
  {
    id: 'npm',
    toolchain: 'node',
    marker: is('package-lock.json', 'npm-shrinkwrap.json'),
    keyFile: is('package-lock.json', 'npm-shrinkwrap.json'),
    deps: async (m) => Promise.resolve([npmStore(m)]),
    build: nodeBuild,
  },
  {
    id: 'yarn-classic',
    toolchain: 'node',
    marker: is('yarn.lock'),
    keyFile: is('yarn.lock'),
    deps: async (m) => {
      const fallback =
        m.os === 'Windows'
          ? `${userDataDir(m)}/Yarn/Cache/v6`
          : m.os === 'macOS'
            ? '~/Library/Caches/Yarn/v6'
            : `${userCacheDir(m)}/yarn/v6`;
      return Promise.resolve([fromEnv(m, 'YARN_CACHE_FOLDER', fallback)]);
    },
    build: nodeBuild,
  },
  {
    id: 'yarn-berry',
    toolchain: 'node',
    marker: is('yarn.lock'),
    keyFile: is('yarn.lock', '.yarnrc.yml'),
    deps: async (m, project) => {
      const rc = await project.read('.yarnrc.yml');
      const cacheFolder = m.env['YARN_CACHE_FOLDER'] ?? yarnrcYmlValue(rc, 'cacheFolder');
      if (cacheFolder) return [cacheFolder];
      // Yarn 4 keeps one global cache unless the project opts out (then it is .yarn/cache, often committed).
      if (yarnrcYmlValue(rc, 'enableGlobalCache') === 'false') return ['.yarn/cache'];
      return [`${fromEnv(m, 'YARN_GLOBAL_FOLDER', '~/.yarn/berry')}/cache`];
    },
    build: nodeBuild,
  },
  {
    id: 'pnpm',
    toolchain: 'node',
    marker: is('pnpm-lock.yaml'),
    keyFile: is('pnpm-lock.yaml'),
    deps: async (m) =>
      Promise.resolve([fromEnv(m, 'npm_config_store_dir', `${m.os === 'macOS' ? '~/Library' : userDataDir(m)}/pnpm/store`)]),
    build: nodeBuild,
  },
  {
    id: 'pip',
    toolchain: 'python',
    marker: (n) => /^requirements.*\.txt$/.test(n) || n === 'Pipfile.lock',
    keyFile: (n) => /^requirements.*\.txt$/.test(n) || n === 'Pipfile.lock' || n === 'constraints.txt',
    deps: async (m) =>
      Promise.resolve([fromEnv(m, 'PIP_CACHE_DIR', m.os === 'Windows' ? `${userCacheDir(m)}/pip/Cache` : `${userCacheDir(m)}/pip`)]),
    build: () => [],
  },
  {
    id: 'poetry',
    toolchain: 'python',
    marker: is('poetry.lock'),
    keyFile: is('poetry.lock'),
    deps: async (m) =>
      Promise.resolve([
        fromEnv(m, 'POETRY_CACHE_DIR', m.os === 'Windows' ? `${userCacheDir(m)}/pypoetry/Cache` : `${userCacheDir(m)}/pypoetry`),
      ]),
    build: () => [],
  },
  {
    id: 'uv',
    toolchain: 'python',
    marker: is('uv.lock'),
    keyFile: is('uv.lock'),
    deps: async (m) => Promise.resolve([fromEnv(m, 'UV_CACHE_DIR', m.os === 'Windows' ? `${userCacheDir(m)}/uv/cache` : '~/.cache/uv')]),
    build: () => [],
  },
  {
    id: 'maven',
    toolchain: 'java',
    marker: is('pom.xml'),
    keyFile: is('pom.xml', 'maven-wrapper.properties'),
    deps: async (_m, project) => {
      const wrapper = project.files.includes('.mvn/wrapper/maven-wrapper.properties');
      return Promise.resolve(wrapper ? ['~/.m2/repository', '~/.m2/wrapper'] : ['~/.m2/repository']);
    },
    build: () => [],
  },
  {
    id: 'gradle',
    toolchain: 'java',
    marker: is('settings.gradle', 'settings.gradle.kts', 'build.gradle', 'build.gradle.kts'),
    keyFile: (n) =>
      /\.gradle(\.kts)?$/.test(n) ||
      ['gradle-wrapper.properties', 'gradle.lockfile', 'libs.versions.toml', 'gradle.properties'].includes(n),
    deps: async (m) => Promise.resolve([`${gradleHome(m)}/caches/modules-2`, `${gradleHome(m)}/wrapper/dists`]),
    build: (m) => [`${gradleHome(m)}/caches/build-cache-1`],
  },
  {
    id: 'go',
    toolchain: 'go',
    marker: is('go.mod'),
    keyFile: is('go.sum', 'go.mod', 'go.work', 'go.work.sum'),
    deps: async (m) => Promise.resolve([fromEnv(m, 'GOMODCACHE', `${fromEnv(m, 'GOPATH', '~/go')}/pkg/mod`)]),
    build: (m) => [fromEnv(m, 'GOCACHE', m.os === 'macOS' ? '~/Library/Caches/go-build' : `${userCacheDir(m)}/go-build`)],
  },
  {
    id: 'cargo',
    toolchain: 'rust',
    marker: is('Cargo.lock'),
    keyFile: is('Cargo.lock', 'rust-toolchain', 'rust-toolchain.toml'),
    deps: async (m) => Promise.resolve([`${cargoHome(m)}/registry/index`, `${cargoHome(m)}/registry/cache`, `${cargoHome(m)}/git/db`]),
    build: () => ['target'],
  },
];
