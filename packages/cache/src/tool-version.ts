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
 * The version `tool --version` would print, read from the package that owns the first executable
 * `tool` on `pathEnv` (a POSIX PATH of absolute folders); undefined whenever only
 * running it can tell (not a readable tool, a native binary, a shim of another package, a project
 * that pins its package manager).
 */
export async function readToolVersion(tool: string, pathEnv: string | undefined, pinsPackageManager: boolean): Promise<string | undefined> {
  const owner = READABLE[tool];
  if (owner === undefined || !pathEnv || (tool === 'pnpm' && pinsPackageManager)) return undefined;
  for (const dir of pathEnv.split(':')) {
    // A relative entry is relative to wherever the tool would be started: let running it tell.
    if (!dir || !isAbsolute(dir)) return undefined;
    const candidate = join(dir, tool);
    const info = await stat(candidate).catch(() => undefined);
    if (!info?.isFile() || (info.mode & 0o111) === 0) continue;
    // The first executable on PATH is the one a shell runs: its own package decides, or nothing does.
    const real = await realpath(candidate).catch(() => undefined);
    return real === undefined ? undefined : ownVersion(real, owner);
  }
  return undefined;
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
