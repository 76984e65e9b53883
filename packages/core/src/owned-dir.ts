import { lstat, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, isAbsolute, sep } from 'node:path';
import { canonicalPath, describeFsError } from './files.js';
import { errorCodes, UserError } from './errors.js';

/** The file that marks a folder as made by Slipway, and so one it may empty or delete. */
export const OWNED_MARKER = '.slipway-owned';

export interface OwnedDirOptions {
  /** Shown in errors: "the demo output folder". */
  what: string;
  /** Folders that must survive: the target may be neither one of them nor a folder holding one. */
  protect?: readonly string[];
}

function inside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

async function refuseProtected(path: string, options: OwnedDirOptions): Promise<void> {
  const target = await canonicalPath(path);
  for (const kept of options.protect ?? []) {
    if (inside(await canonicalPath(kept), target)) {
      throw new UserError(`Refusing to use ${path} as ${options.what}: it is or holds ${kept}, which must not be replaced`, {
        code: errorCodes.outputNotOwned,
        hint: 'choose a new folder of its own',
      });
    }
  }
}

/**
 * Makes `path` an empty folder owned by Slipway: a new folder, an empty one, or one this tool
 * made before (it holds the marker file), whose contents are then removed. Anything else (a
 * file, a folder with someone's files, a protected folder) is refused and left as it is.
 */
export async function prepareOwnedDir(path: string, options: OwnedDirOptions): Promise<void> {
  await refuseProtected(path, options);
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new UserError(`Cannot use ${path} as ${options.what}: ${describeFsError(error)}`, { code: errorCodes.outputUnwritable });
    }
  }
  if (info && !info.isDirectory()) {
    throw new UserError(
      `Refusing to use ${path} as ${options.what}: it is ${info.isSymbolicLink() ? 'a symbolic link' : 'a file'}, not a folder`,
      {
        code: errorCodes.outputNotOwned,
        hint: 'choose a path that does not exist yet',
      },
    );
  }
  if (info) {
    const entries = await readdir(path);
    if (entries.length > 0 && !entries.includes(OWNED_MARKER)) {
      throw new UserError(
        `Refusing to empty ${path} for ${options.what}: it holds files that Slipway did not create (no ${OWNED_MARKER} marker)`,
        {
          code: errorCodes.outputNotOwned,
          hint: 'choose a new or empty folder; Slipway only replaces folders it made itself',
        },
      );
    }
    for (const entry of entries) {
      if (entry !== OWNED_MARKER) await rm(join(path, entry), { recursive: true, force: true });
    }
  }
  try {
    await mkdir(path, { recursive: true });
    await writeFile(join(path, OWNED_MARKER), `This folder was made by Slipway (${options.what}); Slipway may empty or remove it.\n`);
  } catch (error) {
    throw new UserError(`Cannot create ${options.what} ${path}: ${describeFsError(error)}`, {
      cause: error,
      code: errorCodes.outputUnwritable,
    });
  }
}

/** Removes a folder only if Slipway made it (it holds the marker); anything else is left alone and refused. */
export async function removeOwnedDir(path: string, options: OwnedDirOptions): Promise<void> {
  await refuseProtected(path, options);
  let entries: string[];
  try {
    entries = await readdir(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new UserError(`Cannot remove ${options.what} ${path}: ${describeFsError(error)}`, { code: errorCodes.outputUnwritable });
  }
  if (!entries.includes(OWNED_MARKER)) {
    throw new UserError(`Refusing to remove ${path}: Slipway did not create it (no ${OWNED_MARKER} marker)`, {
      code: errorCodes.outputNotOwned,
    });
  }
  await rm(path, { recursive: true, force: true });
}
