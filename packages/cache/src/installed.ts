import { posix } from 'node:path';
import type { EcosystemId, ProjectFiles } from './ecosystems.js';
import { poetrySetting, yarnSetting } from './install-settings.js';
import type { Machine } from './machine.js';

/** What one project's install produces, and what decides it. */
export interface InstalledTree {
  /** Paths relative to the project (`node_modules`, `.venv`); those missing after the install are not saved. */
  paths: string[];
  /** The package manager whose version keys the tree (`npm`, `pnpm`, `yarn`, `uv`, `poetry`, `pip`). */
  tool: string;
  runtime: 'node' | 'python';
  /** True when the tree reads the package manager's store at run time (Yarn PnP loads packages from the cache's zips). */
  storeAtRuntime: boolean;
  /** True when the tree holds absolute paths (a virtualenv): its key includes the project's absolute folder. */
  pinnedToPath: boolean;
}

const NODE_FILES = new Set([
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  '.pnpmfile.cjs',
  '.npmrc',
  '.yarnrc',
  '.yarnrc.yml',
  '.node-version',
  '.nvmrc',
]);
const PYTHON_FILES = new Set([
  'pyproject.toml',
  'poetry.lock',
  'poetry.toml',
  'uv.lock',
  'uv.toml',
  'Pipfile.lock',
  'setup.py',
  'setup.cfg',
  'constraints.txt',
  '.python-version',
]);

/** Files (relative to the project) whose content decides the installed tree: every lockfile and manifest, workspaces included, and patches. */
export function installedKeyFiles(runtime: InstalledTree['runtime'], project: ProjectFiles): string[] {
  return project.files.filter((f) => {
    const name = posix.basename(f);
    if (runtime === 'node') return NODE_FILES.has(name) || /^patches\/[^/]+\.patch$/.test(f);
    return PYTHON_FILES.has(name) || /^requirements.*\.txt$/.test(name);
  });
}

/** `node_modules` beside every package.json of the project (the root and each workspace package). */
function nodeModulesDirs(project: ProjectFiles): string[] {
  const dirs = project.files.filter((f) => posix.basename(f) === 'package.json').map((f) => posix.dirname(f));
  const out = ['node_modules', ...dirs.filter((d) => d !== '.').map((d) => `${d}/node_modules`)];
  return [...new Set(out)].sort((a, b) => (a === 'node_modules' ? -1 : b === 'node_modules' ? 1 : a.localeCompare(b)));
}

const truthy = (v: string | undefined): boolean => /^(1|true|yes)$/i.test(v?.trim() ?? '');

/**
 * The installed tree of a project, or why there is none to cache: go and cargo are store-only,
 * Maven and Gradle install nothing into the project, and Poetry's virtualenv lives outside the
 * project unless `virtualenvs.in-project` is set.
 */
export async function installedTree(
  id: EcosystemId,
  machine: Machine,
  project: ProjectFiles,
): Promise<{ tree: InstalledTree } | { none: string }> {
  const node = (tool: string, paths: string[], storeAtRuntime = false): { tree: InstalledTree } => ({
    tree: { paths, tool, runtime: 'node', storeAtRuntime, pinnedToPath: false },
  });
  const venv = (tool: string, paths: string[]): { tree: InstalledTree } => ({
    tree: { paths, tool, runtime: 'python', storeAtRuntime: false, pinnedToPath: true },
  });
  switch (id) {
    case 'npm':
      return node('npm', nodeModulesDirs(project));
    case 'yarn-classic':
      return node('yarn', nodeModulesDirs(project));
    case 'pnpm':
      return node('pnpm', nodeModulesDirs(project));
    case 'yarn-berry': {
      // YARN_NODE_LINKER or the user's .yarnrc.yml choose as well: the paths follow the linker Yarn will use.
      const linker = (await yarnSetting(machine, await project.read('.yarnrc.yml'), 'nodeLinker')) ?? 'pnp';
      if (linker === 'pnp') return node('yarn', ['.pnp.cjs', '.pnp.loader.mjs', '.yarn/unplugged', '.yarn/install-state.gz'], true);
      return node('yarn', [...nodeModulesDirs(project), '.yarn/install-state.gz']);
    }
    case 'uv': {
      const env = machine.env['UV_PROJECT_ENVIRONMENT']?.trim();
      if (env && (env.startsWith('/') || env.startsWith('~'))) return { none: `UV_PROJECT_ENVIRONMENT (${env}) is outside the project` };
      return venv('uv', [env || '.venv']);
    }
    case 'poetry': {
      const inProject = truthy(await poetrySetting(machine, await project.read('poetry.toml'), 'virtualenvs.in-project'));
      if (!inProject) return { none: 'Poetry keeps its virtualenv outside the project: set virtualenvs.in-project to cache it' };
      return venv('poetry', ['.venv']);
    }
    case 'pip':
      // pip installs into whatever environment is active: a project virtualenv is cached when the install made one.
      return venv('pip', ['.venv', 'venv']);
    case 'maven':
    case 'gradle':
      return { none: 'installs nothing into the project (its store is the deps layer)' };
    case 'go':
    case 'cargo':
      return { none: 'store-only: the deps layer is all it installs' };
  }
}
