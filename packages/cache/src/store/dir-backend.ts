import { randomBytes } from 'node:crypto';
import { copyFile, link, lstat, mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { describeFsError, UserError } from '@slipway/core';
import type { BlobBackend } from './blob-backend.js';

const STALE_MS = 24 * 3600_000;

/** A unique name in the staging folder: `.<pid>-<random>`, never a name the store publishes. */
const tempName = (dir: string, suffix = ''): string => join(dir, `.${process.pid}-${randomBytes(6).toString('hex')}${suffix}`);

async function writeDurable(path: string, body: string): Promise<void> {
  const handle = await open(path, 'wx', 0o644);
  try {
    await handle.writeFile(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * A store in a folder (a shared disk on self-hosted runners, a laptop). Objects are published by
 * rename (archives) or hard link (pointers, which must not replace one another), so a reader sees
 * either nothing or a complete file; a killed writer leaves only a temporary file in `tmp/`,
 * which later saves sweep after a day.
 */
export async function dirBackend(root: string): Promise<BlobBackend> {
  const info = await stat(root).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UserError(`--store ${root} is not a folder`, { hint: 'give a folder for the cache store' });
  const tmp = join(root, 'tmp');
  const at = (name: string): string => {
    const path = join(root, ...name.split('/'));
    if (relative(root, path).startsWith('..')) throw new Error(`store object name escapes the store: ${name}`);
    return path;
  };
  let swept = false;
  const sweep = async (): Promise<void> => {
    if (swept) return;
    swept = true;
    const now = Date.now();
    for (const name of await readdir(tmp).catch(() => [] as string[])) {
      const s = await lstat(join(tmp, name)).catch(() => undefined);
      if (s && now - s.mtimeMs > STALE_MS) await rm(join(tmp, name), { force: true, recursive: true }).catch(() => undefined);
    }
  };
  const fsError = (error: unknown, what: string, path: string): UserError =>
    new UserError(`Cannot write ${what} ${path}: ${describeFsError(error)}`, {
      cause: error,
      hint: 'check the store folder is writable and has room',
    });
  return {
    describe: root,
    // tmp/ is the store's own (swept by every writer), so nothing of this run's is left to remove.
    close: () => Promise.resolve(),
    stagingDir: async () => {
      try {
        await mkdir(tmp, { recursive: true });
      } catch (error) {
        throw fsError(error, 'the store folder', tmp);
      }
      await sweep();
      return tmp;
    },
    putFile: async (name, file) => {
      const target = at(name);
      await mkdir(dirname(target), { recursive: true });
      try {
        await rename(file, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw fsError(error, 'the store entry', target);
        // Staged elsewhere: copy beside the target first, so the rename that publishes it stays atomic.
        const near = tempName(dirname(target));
        await copyFile(file, near);
        await rename(near, target);
        await unlink(file);
      }
    },
    putIfAbsent: async (name, body) => {
      const target = at(name);
      // Written in tmp/ and linked into place: a writer killed before the link leaves its
      // temporary file where the sweep finds it, never beside the pointers.
      const publish = async (dir: string): Promise<boolean> => {
        const temp = tempName(dir, '.tmp');
        try {
          await writeDurable(temp, body);
          await link(temp, target);
          return true;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
          throw error;
        } finally {
          await unlink(temp).catch(() => undefined);
        }
      };
      try {
        await mkdir(dirname(target), { recursive: true });
        await mkdir(tmp, { recursive: true });
        // tmp/ on another file system than the pointers (a mount inside the store): stage beside them.
        return await publish(tmp).catch((error: unknown) => {
          if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
          return publish(dirname(target));
        });
      } catch (error) {
        throw fsError(error, 'the store pointer', target);
      }
    },
    getText: async (name) => {
      try {
        return await readFile(at(name), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    getFile: async (name, file) => {
      try {
        await copyFile(at(name), file);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
    },
    localPath: (name) => at(name),
    exists: async (name) => (await lstat(at(name)).catch(() => undefined)) !== undefined,
    list: async (prefix) => {
      const slash = prefix.lastIndexOf('/');
      const folder = slash < 0 ? '' : prefix.slice(0, slash);
      const entries = await readdir(at(folder || '.'), { recursive: true, withFileTypes: true }).catch(() => []);
      return entries
        .filter((e) => e.isFile() && !e.name.startsWith('.'))
        .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
        .filter((n) => n.startsWith(prefix));
    },
  };
}
