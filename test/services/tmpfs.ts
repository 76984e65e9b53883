import { spawnSync } from 'node:child_process';
import { mkdtemp, open, rm, rmdir, statfs } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A small tmpfs for the full-disk and read-only tests: a real file system that really runs out
// of space (ENOSPC from the kernel) or refuses writes (EROFS), no injected errors. It needs
// root (the test machine and CI run the suite as root); without it the mount fails the test
// with the reason, it is never skipped.

/** A mounted tmpfs; `unmount` removes it and its mount point. */
export interface Tmpfs {
  dir: string;
  /** Bytes still free for files. */
  free(): Promise<number>;
  /** Fills the file system until at most `leaveBytes` are free (rounded down to whole blocks). */
  fill(leaveBytes?: number): Promise<void>;
  /** Makes the mounted file system read-only (what is on it stays readable). */
  readOnly(): void;
  unmount(): Promise<void>;
}

export interface TmpfsOptions {
  /** Size in bytes (rounded up to pages by the kernel). */
  sizeBytes: number;
}

function mountCommand(args: string[]): void {
  const r = spawnSync(args[0]!, args.slice(1), { encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(
      `harness: ${args.join(' ')} failed (${r.stderr.trim() || r.error?.message || `exit ${r.status}`}); the full-disk tests need root`,
    );
  }
}

/** Mounts a fresh tmpfs of `sizeBytes` on a new folder under the system temp folder. */
export async function mountTmpfs(options: TmpfsOptions): Promise<Tmpfs> {
  const dir = await mkdtemp(join(tmpdir(), 'slipway-tmpfs-'));
  try {
    mountCommand(['mount', '-t', 'tmpfs', '-o', `size=${options.sizeBytes},mode=0777`, 'slipway-test', dir]);
  } catch (error) {
    await rmdir(dir).catch(() => undefined);
    throw error;
  }
  let filler = 0;
  const free = async (): Promise<number> => {
    const s = await statfs(dir);
    return s.bavail * s.bsize;
  };
  return {
    dir,
    free,
    fill: async (leaveBytes = 0) => {
      const s = await statfs(dir);
      const keep = Math.floor(leaveBytes / s.bsize) * s.bsize;
      const handle = await open(join(dir, `.filler-${filler++}`), 'w');
      try {
        const block = Buffer.alloc(s.bsize, 0x2e);
        while ((await free()) > keep) {
          try {
            await handle.write(block);
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
            throw error;
          }
        }
      } finally {
        await handle.close();
      }
    },
    readOnly: () => mountCommand(['mount', '-o', 'remount,ro', dir]),
    unmount: async () => {
      mountCommand(['umount', dir]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
