import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';

// A package manager written in JavaScript prints its own package.json's version for `--version`;
// reading that file is what running it would say, without starting a Node process (npm's own start
// takes about 0.4 s, on the critical path of every cached install). Only where nothing else can
// change the answer: Yarn follows a project's `yarnPath` and Corepack's `packageManager`, and pnpm
// switches to the version a project pins, so those are left to running the tool.

/** Tools whose first executable on PATH may be read instead of run, and the package that must own it. */
const READABLE: Readonly<Record<string, string>> = { npm: 'npm', pnpm: 'pnpm' };

/** The nearest package.json above `file` (at most three folders up), when it is `name`'s own: its version. */
async function ownVersion(file: string, name: string): Promise<string | undefined> {
  let dir = dirname(file);
  for (let i = 0; i < 3; i++) {
    const text = await readFile(join(dir, 'package.json'), 'utf8').catch(() => undefined);
    if (text !== undefined) {
      let manifest: unknown;
      try {
        manifest = JSON.parse(text);
      } catch {
        return undefined;
      }
      const { name: owner, version } = (manifest ?? {}) as { name?: unknown; version?: unknown };
      return owner === name && typeof version === 'string' && /^\d+\.\d+\.\d+[-+.\w]*$/.test(version) ? version : undefined;
    }
    dir = dirname(dir);
  }
  return undefined;
}

/**
 * The first executable `tool` on `pathEnv` (a POSIX PATH of absolute folders), links resolved, as a
 * shell would run it; undefined when none is found or a relative entry comes first (relative to
 * wherever the tool would be started: only running it can tell).
 */
export async function firstOnPath(tool: string, pathEnv: string | undefined): Promise<string | undefined> {
  for (const dir of (pathEnv ?? '').split(':')) {
    if (!dir || !isAbsolute(dir)) return undefined;
    const candidate = join(dir, tool);
    const info = await stat(candidate).catch(() => undefined);
    if (!info?.isFile() || (info.mode & 0o111) === 0) continue;
    return realpath(candidate).catch(() => undefined);
  }
  return undefined;
}

/**
 * The version `tool --version` would print, read from the package that owns the first executable
 * `tool` on `pathEnv`; undefined whenever only running it can tell (not a readable tool, a native
 * binary, a shim of another package, a project that pins its package manager).
 */
export async function readToolVersion(tool: string, pathEnv: string | undefined, pinsPackageManager: boolean): Promise<string | undefined> {
  const owner = READABLE[tool];
  if (owner === undefined || (tool === 'pnpm' && pinsPackageManager)) return undefined;
  const real = await firstOnPath(tool, pathEnv);
  return real === undefined ? undefined : ownVersion(real, owner);
}

/** The Node binary running this process and its version (`process.execPath`, `process.version`). */
export interface RunningNode {
  execPath: string;
  version: string;
}

/** What `node --version` prints for the first node on `pathEnv` when it is the running binary; undefined otherwise. */
export async function readNodeVersion(pathEnv: string | undefined, self: RunningNode | undefined): Promise<string | undefined> {
  if (!self) return undefined;
  const [found, running] = await Promise.all([firstOnPath('node', pathEnv), realpath(self.execPath).catch(() => undefined)]);
  return found !== undefined && found === running ? self.version : undefined;
}

/** Whether a project's package.json pins its package manager (`packageManager`, `devEngines.packageManager`). */
export function pinsPackageManager(manifestText: string | undefined): boolean {
  if (manifestText === undefined) return false;
  try {
    const m = JSON.parse(manifestText) as { packageManager?: unknown; devEngines?: { packageManager?: unknown } };
    return m.packageManager !== undefined || m.devEngines?.packageManager !== undefined;
  } catch {
    // An unreadable manifest: let the tool itself answer.
    return true;
  }
}

/** This process's Node, for a Machine's `node` (the caller passes it: the engine never assumes it runs the project's Node). */
export function runningNode(): RunningNode {
  return { execPath: process.execPath, version: process.version };
}
