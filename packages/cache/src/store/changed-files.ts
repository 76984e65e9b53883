import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join } from 'node:path';

// What an install added to a restored store: every file, folder and link under the layer's paths
// whose inode changed (ctime) at or after the restore finished. Tar sets each extracted folder's
// times last, so the newest ctime among the restored top-level paths marks the end of the restore
// on the file system's own clock. The file system stamps times from a coarse clock (a few
// milliseconds a tick), so files unpacked in the restore's last tick share its stamp: only a
// strictly newer change counts, which the install, started as a new process after the restore,
// always is. A hard link changes a file's ctime but not its content: pnpm links every store file
// it uses into node_modules, so a restored store file with more than one link and an older mtime
// is the restored file, not a change (a file with one link and a new ctime still counts: tools
// that unpack with the archive's mtime, as Cargo does, leave only the ctime new).

function statOf(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The newest ctime (ms) among `rels` under `root`; undefined when none exists. */
export function newestChange(root: string, rels: readonly string[]): number | undefined {
  let newest: number | undefined;
  for (const rel of rels) {
    const info = statOf(join(root, rel));
    if (info && (newest === undefined || info.ctimeMs > newest)) newest = info.ctimeMs;
  }
  return newest;
}

/**
 * Paths under `root` (relative, from `rels` down) changed after `sinceMs`, folders listed rather
 * than their whole content; and the bytes of every regular file the walk passed, changed or not
 * (the layer's size, from the one walk a save makes anyway).
 */
export function changedSince(root: string, rels: readonly string[], sinceMs: number): { changed: string[]; bytes: number } {
  const changed: string[] = [];
  let bytes = 0;
  const visit = (rel: string): void => {
    const path = join(root, rel);
    const info = statOf(path);
    if (!info) return;
    if (info.isFile()) bytes += info.size;
    const linkedOnly = !info.isDirectory() && info.nlink > 1 && info.mtimeMs <= sinceMs;
    if (info.ctimeMs > sinceMs && !linkedOnly) changed.push(rel);
    if (!info.isDirectory()) return;
    let names: string[];
    try {
      names = readdirSync(path);
    } catch {
      return;
    }
    for (const name of names) visit(rel === '.' ? name : `${rel}/${name}`);
  };
  for (const rel of rels) visit(rel);
  return { changed, bytes };
}
