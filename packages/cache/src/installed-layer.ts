import type { DetectedProject } from './detect.js';
import type { EcosystemId } from './ecosystems.js';
import { hashFileSet } from './hash.js';
import { nodeInstallSettings, pythonInstallSettings, settingsKeyLines, settingsText } from './install-settings.js';
import { installedKeyFiles, installedTree } from './installed.js';
import type { Machine } from './machine.js';
import { pinsPackageManager, readNodeVersion, readToolVersion, type RunningNode } from './tool-version.js';

/** Runs a program and returns its trimmed output, or undefined when it is missing or fails (reads tool versions). */
export type Probe = (command: string, args: string[]) => Promise<string | undefined>;

const PYTHON_PROBE = 'import sys, os; print(sys.version.split()[0], os.path.realpath(sys.executable))';

/** The version line of each tool and runtime that decides an installed tree; `missing` when it is not on PATH. */
async function versions(
  tools: readonly string[],
  runtimes: readonly string[],
  probe: Probe | undefined,
  read: { pathEnv: string | undefined; pins: boolean; node: RunningNode | undefined },
): Promise<string[]> {
  if (!probe) return [...runtimes, ...tools].map((t) => `${t} unprobed`);
  // Side by side: each probe starts a process (npm's own start takes about half a second).
  const runtimeLines = runtimes.map(async (runtime) => {
    if (runtime === 'node') {
      // Native addons are built for the runtime's ABI, which changes with the major version.
      const v = (await readNodeVersion(read.pathEnv, read.node)) ?? (await probe('node', ['--version']));
      return `node ${v ? (/^v?(\d+)/.exec(v)?.[1] ?? v) : 'missing'}`;
    }
    // A virtualenv links to its interpreter: the exact version and where it lives both matter.
    const v = (await probe('python3', ['-c', PYTHON_PROBE])) ?? (await probe('python', ['-c', PYTHON_PROBE]));
    return `python ${v ?? 'missing'}`;
  });
  const toolLines = tools
    .filter((tool) => tool !== 'pip')
    .map(async (tool) => {
      const version = (await readToolVersion(tool, read.pathEnv, read.pins)) ?? (await probe(tool, ['--version']));
      return `${tool} ${version?.split('\n')[0] ?? 'missing'}`;
    });
  return Promise.all([...runtimeLines, ...toolLines]);
}

export interface InstalledLayerPlan {
  ecosystems: EcosystemId[];
  paths: string[];
  hash: string;
  hashed: number;
  /** Tool and runtime versions in the key, for the summary. */
  versions: string[];
  /** Package-manager settings from outside the project's files in the key (`env ignore-scripts=true`), for the summary. */
  settings: string[];
  storeAtRuntime: boolean;
  /** Detected projects whose install leaves nothing in the project to cache, and why. */
  notes: string[];
}

/**
 * The installed-tree layer: node_modules, Yarn PnP files or a project virtualenv, keyed on every
 * lockfile and manifest, the package manager's and runtime's versions, the install command, the
 * settings that change an install wherever they are set (the environment, the user's and the
 * machine's config files), and (for virtualenvs, which hold absolute paths) the folder.
 */
export async function installedLayer(input: {
  root: string;
  projects: readonly DetectedProject[];
  machine: Machine;
  installCommand?: string;
  probe?: Probe;
  under: (dir: string, p: string) => string;
}): Promise<InstalledLayerPlan | { none: string[] }> {
  const paths: string[] = [];
  const keyFiles: string[] = [];
  const tools = new Set<string>();
  const runtimes = new Set<string>();
  const ecosystems: EcosystemId[] = [];
  const notes: string[] = [];
  let storeAtRuntime = false;
  let pinned = false;
  let pinsManager = false;
  for (const p of input.projects) {
    const found = await installedTree(p.ecosystem.id, input.machine, p.files);
    if ('none' in found) {
      notes.push(`${p.ecosystem.id} in ${p.dir || '.'}: ${found.none}`);
      continue;
    }
    const { tree } = found;
    ecosystems.push(p.ecosystem.id);
    paths.push(...tree.paths.map((x) => input.under(p.dir, x)));
    keyFiles.push(...installedKeyFiles(tree.runtime, p.files).map((f) => (p.dir ? `${p.dir}/${f}` : f)));
    tools.add(tree.tool);
    runtimes.add(tree.runtime);
    if (tree.runtime === 'node') pinsManager ||= pinsPackageManager(await p.files.read('package.json'));
    storeAtRuntime ||= tree.storeAtRuntime;
    pinned ||= tree.pinnedToPath;
  }
  if (ecosystems.length === 0) return { none: notes };
  const probed = await versions([...tools].sort(), [...runtimes].sort(), input.probe, {
    // Windows runs package managers through .cmd shims: only running them tells.
    pathEnv: input.machine.os === 'Windows' ? undefined : input.machine.env['PATH'],
    pins: pinsManager,
    node: input.machine.node,
  });
  const settings = [
    ...(runtimes.has('node') ? await nodeInstallSettings(input.machine) : []),
    ...(runtimes.has('python') ? await pythonInstallSettings(input.machine, tools) : []),
  ];
  const unique = [...new Set(paths)];
  const extra = [
    ...[...new Set(ecosystems)],
    ...unique,
    ...probed,
    ...settingsKeyLines(settings).map((s) => `setting: ${s}`),
    `install: ${input.installCommand ?? ''}`,
    ...(pinned ? [`folder: ${input.root}`] : []),
  ];
  const set = [...new Set(keyFiles)];
  const hash = await hashFileSet(input.root, set, extra, 'manifest');
  return {
    ecosystems: [...new Set(ecosystems)],
    paths: unique,
    hash,
    hashed: set.length,
    versions: probed,
    settings: settingsText(settings),
    storeAtRuntime,
    notes,
  };
}
