import { constants } from 'node:fs';
import { access, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// `npm --version` starts npm (about a quarter of a second of CPU, the biggest part of
// cache-setup's own start) to print the version in npm's package.json, and `node --version`
// starts a process to print what this process already knows when it is the same binary. Where
// the program on PATH is certainly that file, the version is read without starting it; anything
// else (a shim, a wrapper script, Windows) is left to the probe that runs the program.

/** The first executable file named `command` on `path`, as a spawn would find it; undefined when an empty entry (the working directory) comes first or none is found. */
async function onPath(command: string, path: string): Promise<string | undefined> {
  for (const dir of path.split(':')) {
    if (dir === '') return undefined;
    const candidate = join(dir, command);
    try {
      await access(candidate, constants.X_OK);
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** npm's version from the package.json of the npm that `file` (npm's own bin/npm-cli.js, links resolved) belongs to. */
async function npmVersion(file: string): Promise<string | undefined> {
  if (basename(file) !== 'npm-cli.js' || basename(dirname(file)) !== 'bin') return undefined;
  const manifest: unknown = JSON.parse(await readFile(join(dirname(dirname(file)), 'package.json'), 'utf8'));
  if (typeof manifest !== 'object' || manifest === null) return undefined;
  const { name, version } = manifest as Record<string, unknown>;
  return name === 'npm' && typeof version === 'string' && /^\d+\.\d+\.\d+\S*$/.test(version) ? version : undefined;
}

/**
 * What `<command> --version` prints for node and npm on a POSIX PATH, read without starting the
 * program when the file on PATH is this very node binary or npm's own entry script; undefined
 * when that is not certain (the caller then runs the program).
 */
export async function versionWithoutSpawn(command: string, args: readonly string[], path: string, os: string): Promise<string | undefined> {
  if (os === 'Windows' || args.length !== 1 || args[0] !== '--version' || (command !== 'node' && command !== 'npm')) return undefined;
  try {
    const found = await onPath(command, path);
    if (!found) return undefined;
    const real = await realpath(found);
    if (command === 'node') return real === (await realpath(process.execPath)) ? process.version : undefined;
    return await npmVersion(real);
  } catch {
    return undefined;
  }
}
