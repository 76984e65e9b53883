import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { RunningNode } from './tool-version.js';

/** The runner facts a cache plan depends on, passed in so the engine never reads the environment. */
export interface Machine {
  /** The runner's OS name: `Linux`, `macOS` or `Windows` (RUNNER_OS). */
  os: string;
  /** `X64`, `ARM64`, ... (RUNNER_ARCH). */
  arch: string;
  /** Environment variables that move package-manager stores (npm_config_cache, GOMODCACHE, ...). */
  env: Readonly<Record<string, string | undefined>>;
  /** The home folder: store paths under it are written `~/...`, so keys match whoever sets the variable. */
  home?: string;
  /** os.tmpdir() with symlinks resolved (jest keeps its cache below it). */
  tmpdir?: string;
  /** The user id on POSIX (jest names its cache folder after it). */
  uid?: number;
  /** The Node binary running Slipway: `node --version` is read, not run, when the node on PATH is this one. */
  node?: RunningNode;
  /** The job runs in a container, as Next.js's own check decides (a `/.dockerenv` file, or a docker cgroup). */
  container?: boolean;
}

/** Next.js's is-docker test: a `/.dockerenv` file, or `docker` in this process's cgroup (container jobs have both or one). */
export function inContainer(): boolean {
  if (existsSync('/.dockerenv')) return true;
  try {
    return readFileSync('/proc/self/cgroup', 'utf8').includes('docker');
  } catch {
    return false;
  }
}

/** This machine's os.tmpdir() with symlinks resolved, for Machine.tmpdir (as it is when it cannot be resolved). */
export function realTmpdir(): string {
  try {
    return realpathSync(tmpdir());
  } catch {
    return tmpdir();
  }
}

/** The runner's names for this process's platform and architecture (`Linux`/`X64`), as RUNNER_OS/RUNNER_ARCH spell them. */
export function runnerNames(platform: string, arch: string): { os: string; arch: string } {
  const os = platform === 'darwin' ? 'macOS' : platform === 'win32' ? 'Windows' : platform === 'linux' ? 'Linux' : platform;
  const archName = { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' }[arch] ?? arch.toUpperCase();
  return { os, arch: archName };
}

/** A folder from an environment variable, else the default. */
export function fromEnv(machine: Machine, name: string, fallback: string): string {
  const value = machine.env[name]?.trim().replace(/\\/g, '/');
  if (!value) return fallback;
  // npm exports npm_config_cache=/home/me/.npm to every script it runs: the same folder as the default ~/.npm.
  const home = machine.home?.replace(/\\/g, '/').replace(/\/+$/, '');
  if (home && (value === home || value.startsWith(`${home}/`))) return `~${value.slice(home.length)}`;
  return value;
}

/** The per-user cache folder (`~/.cache`, `~/Library/Caches`, `%LOCALAPPDATA%`), written with `~` so keys travel between runners. */
export function userCacheDir(machine: Machine): string {
  if (machine.os === 'macOS') return '~/Library/Caches';
  if (machine.os === 'Windows') return fromEnv(machine, 'LOCALAPPDATA', '~/AppData/Local');
  return fromEnv(machine, 'XDG_CACHE_HOME', '~/.cache');
}

/** The per-user data folder (`~/.local/share`, `~/Library`, `%LOCALAPPDATA%`). */
export function userDataDir(machine: Machine): string {
  if (machine.os === 'macOS') return '~/Library';
  if (machine.os === 'Windows') return fromEnv(machine, 'LOCALAPPDATA', '~/AppData/Local');
  return fromEnv(machine, 'XDG_DATA_HOME', '~/.local/share');
}
