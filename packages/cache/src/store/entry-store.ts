import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { decode, describeError, expandGlobs, parseJson, type Exec } from '@slipway/core';
import type { LayerStore, RestoreResult, SaveResult, StoreLayer } from '../layer-store.js';
import { bytesUnder, isGlobPath, locatePath } from '../size.js';
import type { BlobBackend } from './blob-backend.js';
import { changedSince, newestChange } from './changed-files.js';

// An entry is immutable and content-addressed: each archive is stored under its sha256
// (`blobs/sha256/<hex>.tar.zst`), and a key's pointer (`keys/<key>.json`) names the archives and
// their digests. The pointer is written last and never replaced, so a reader sees a whole entry or
// none, two savers of one key leave the first one's entry, and an archive that does not match its
// digest is never unpacked.

const SCHEMA = 'slipway-cache-entry/1';
type Root = 'base' | 'home' | 'abs';
type Compression = 'zstd' | 'gzip';

const pointer = decode.object({
  schema: decode.literal(SCHEMA),
  key: decode.string,
  createdAt: decode.string,
  compression: decode.literal('zstd', 'gzip'),
  parts: decode.array(
    decode.object({ root: decode.literal('base', 'home', 'abs'), digest: decode.string, size: decode.number, blob: decode.string }),
  ),
  /** The layer's planned paths: a later entry reuses these parts only for the same paths. */
  paths: decode.optional(decode.array(decode.string)),
  /** Bytes of the layer's files when it was saved. */
  unpackedBytes: decode.optional(decode.number),
});
type Pointer = ReturnType<typeof pointer>;

export interface EntryStoreOptions {
  backend: BlobBackend;
  /** `~` paths are under home; other relative paths under base. */
  where: { home: string; base: string };
  /** Runs tar and zstd. */
  exec: Exec;
  now?: () => Date;
}

const pointerName = (key: string): string => `keys/${encodeURIComponent(key)}.json`;

/** An entry built on a restored one holds at most this many parts; past it the next save archives the whole layer again. */
const MAX_PARTS = 6;

const samePaths = (a: readonly string[] | undefined, b: readonly string[]): boolean =>
  a !== undefined && a.length === b.length && [...a].sort().join('\0') === [...b].sort().join('\0');

async function sha256File(file: string): Promise<{ digest: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { digest: `sha256:${hash.digest('hex')}`, size };
}

/** The entry store: a LayerStore over any blob backend (folder, S3, Azure). */
export function entryStore(options: EntryStoreOptions): LayerStore & { compression(): Promise<Compression> } {
  const { backend, exec, where } = options;
  const now = options.now ?? (() => new Date());
  let compression: Promise<Compression> | undefined;
  const detect = (): Promise<Compression> =>
    (compression ??= exec
      .run('zstd', ['--version'], { silent: true })
      .then((r) => (r.exitCode === 0 ? 'zstd' : 'gzip'))
      .catch(() => 'gzip'));
  // Records of 128 KiB instead of tar's 10 KiB: a tenth of the writes into the compressor's pipe
  // (archiving a 722 MB installed tree took 3.1-3.3 s instead of 3.6-3.7). Reading accepts either size.
  const flags = (c: Compression, create: boolean): string[] => [
    '-b',
    '256',
    ...(c === 'zstd' ? ['--use-compress-program', create ? 'zstd -T0 -3' : 'zstd -d'] : ['-z']),
  ];
  /** Entries this run restored by the key they were restored for, with when the restore ended (file-system clock). */
  const restored = new Map<string, { entry: Pointer; since: number }>();
  const rootDir = (root: Root): string => (root === 'base' ? where.base : root === 'home' ? where.home : sep);
  const tar = async (args: string[]): Promise<void> => {
    const result = await exec.run('tar', args, { silent: true });
    if (result.exitCode !== 0)
      throw new Error(`tar ${args[0]} failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
  };

  /** Each existing path by the root it is archived under, relative to that root. */
  const group = async (paths: readonly string[]): Promise<Map<Root, string[]>> => {
    const out = new Map<Root, string[]>();
    const add = (root: Root, rel: string): void => void out.set(root, [...(out.get(root) ?? []), rel]);
    for (const p of paths.filter((x) => !isGlobPath(x))) {
      const [root, rel] =
        p === '~' || p.startsWith('~/')
          ? (['home', p.slice(2) || '.'] as const)
          : isAbsolute(p)
            ? (['abs', relative(sep, p)] as const)
            : (['base', p] as const);
      if (await stat(join(rootDir(root), rel)).catch(() => undefined)) add(root, rel);
    }
    const globs = paths.filter((x) => isGlobPath(x) && !x.replace(/^!/, '').startsWith('~') && !isAbsolute(x.replace(/^!/, '')));
    if (globs.some((g) => !g.startsWith('!'))) for (const f of await expandGlobs(globs, where.base, { allowEmpty: true })) add('base', f);
    return out;
  };

  /** Whether none of the layer's paths exists (globs cannot say: never absent). */
  const absent = async (paths: readonly string[]): Promise<boolean> => {
    if (paths.some(isGlobPath)) return false;
    for (const p of paths) if (await lstat(locatePath(p, where)).catch(() => undefined)) return false;
    return true;
  };
  /** Removes a layer's paths after a bad restore; only called when none of them existed before it. */
  const discardAll = async (paths: readonly string[]): Promise<void> => {
    for (const p of paths) await rm(locatePath(p, where), { recursive: true, force: true });
  };

  const fetchPart = async (part: Pointer['parts'][number], staging: string): Promise<{ file: string; temp: boolean } | undefined> => {
    const local = backend.localPath?.(part.blob);
    if (local) return (await stat(local).catch(() => undefined)) ? { file: local, temp: false } : undefined;
    const file = join(staging, `.restore-${part.digest.slice(7, 23)}-${Math.random().toString(36).slice(2)}`);
    return (await backend.getFile(part.blob, file)) ? { file, temp: true } : undefined;
  };

  const readPointer = async (name: string): Promise<{ entry?: Pointer; warning?: string }> => {
    const text = await backend.getText(name);
    if (text === undefined) return {};
    try {
      return { entry: pointer(parseJson(text, name), '') };
    } catch (error) {
      return { warning: `the entry ${name} in ${backend.describe} is unreadable (${describeError(error)}): ignored` };
    }
  };

  const candidates = async (layer: StoreLayer): Promise<{ entries: Pointer[]; warnings: string[] }> => {
    const warnings: string[] = [];
    const exact = await readPointer(pointerName(layer.key));
    if (exact.warning) warnings.push(exact.warning);
    if (exact.entry) return { entries: [exact.entry], warnings };
    for (const prefix of layer.restoreKeys.length > 0 ? [layer.key, ...layer.restoreKeys] : []) {
      const names = await backend.list(`keys/${encodeURIComponent(prefix)}`);
      const found: Pointer[] = [];
      for (const name of names.filter((n) => n.endsWith('.json'))) {
        const read = await readPointer(name);
        if (read.warning) warnings.push(read.warning);
        if (read.entry) found.push(read.entry);
      }
      if (found.length > 0) return { entries: found.sort((a, b) => b.createdAt.localeCompare(a.createdAt)), warnings };
    }
    return { entries: [], warnings };
  };

  const restore = async (layer: StoreLayer, opts: { lookupOnly: boolean }): Promise<RestoreResult> => {
    try {
      const { entries, warnings } = await candidates(layer);
      const [entry] = entries;
      if (!entry) return warnings.length > 0 ? { warning: warnings.join('; ') } : {};
      if (opts.lookupOnly) return { matchedKey: entry.key };
      if (entry.compression === 'zstd' && (await detect()) !== 'zstd') {
        return { warning: `the entry ${entry.key} is zstd-compressed and zstd is not installed here: not restored` };
      }
      const staging = await backend.stagingDir();
      const fetched: { file: string; temp: boolean }[] = [];
      const corrupt = (part: Pointer['parts'][number], actual: { digest: string; size: number }): RestoreResult => ({
        warning: `the entry ${entry.key} is corrupt: ${part.blob} has ${actual.digest} (${actual.size} bytes), its pointer says ${part.digest} (${part.size} bytes); not restored`,
      });
      const missing = (part: Pointer['parts'][number]): RestoreResult => ({
        warning: `the entry ${entry.key} names ${part.blob}, which is missing from ${backend.describe}: not restored`,
      });
      const unpack = async (part: Pointer['parts'][number], file: string): Promise<void> => {
        const dir = rootDir(part.root);
        await mkdir(dir, { recursive: true });
        // Files belong to whoever restores them (as tar does for a user other than root): an
        // entry saved by another user of a shared store must not hand its files to that user.
        await tar(['-x', '--no-same-owner', ...flags(entry.compression, false), '-f', file, '-C', dir]);
      };
      try {
        if (await absent(layer.paths)) {
          // Nothing of the layer is on disk yet (a fresh runner; the installed tree always): each
          // archive is checked while it unpacks, and a bad one takes everything unpacked with it.
          // Parts in order: a later part (what an install added) may replace a file of an earlier one.
          for (const part of entry.parts) {
            const got = await fetchPart(part, staging);
            if (!got) {
              await discardAll(layer.paths);
              return missing(part);
            }
            fetched.push(got);
            const [actual, unpacked] = await Promise.allSettled([sha256File(got.file), unpack(part, got.file)]);
            const bad = actual.status === 'fulfilled' && (actual.value.digest !== part.digest || actual.value.size !== part.size);
            if (bad || actual.status === 'rejected' || unpacked.status === 'rejected') await discardAll(layer.paths);
            if (actual.status === 'rejected') throw actual.reason;
            if (bad) return corrupt(part, actual.value);
            if (unpacked.status === 'rejected') throw unpacked.reason;
          }
        } else {
          // Something is already there: every part is checked before any is unpacked, so a bad entry leaves the disk as it was.
          for (const part of entry.parts) {
            const got = await fetchPart(part, staging);
            if (!got) return missing(part);
            fetched.push(got);
            const actual = await sha256File(got.file);
            if (actual.digest !== part.digest || actual.size !== part.size) return corrupt(part, actual);
          }
          for (const [i, part] of entry.parts.entries()) await unpack(part, fetched[i]?.file ?? '');
        }
      } finally {
        for (const f of fetched.filter((x) => x.temp)) await rm(f.file, { force: true });
      }
      const ends = [...(await group(layer.paths))].map(([root, rels]) => newestChange(rootDir(root), rels) ?? 0);
      restored.set(layer.key, { entry, since: Math.max(0, ...ends) });
      return { matchedKey: entry.key, ...(entry.unpackedBytes !== undefined ? { unpackedBytes: entry.unpackedBytes } : {}) };
    } catch (error) {
      return { error: `${backend.describe}: ${describeError(error)}` };
    }
  };

  /**
   * Archives `rels` under one root into a blob named by its digest; the part that names it. `during`
   * runs while tar does (tar is another process), so a walk there costs the save no time of its own.
   */
  const archivePart = async (
    root: Root,
    rels: readonly string[],
    c: Compression,
    staging: string,
    temps: string[],
    whole: boolean,
    during: () => void = () => undefined,
  ) => {
    const list = join(staging, `.list-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const archive = join(staging, `.archive-${process.pid}-${Math.random().toString(36).slice(2)}`);
    temps.push(list, archive);
    await writeFile(list, `${rels.join('\0')}\0`);
    const archiving = tar([
      '-c',
      ...flags(c, true),
      '-f',
      archive,
      '-C',
      rootDir(root),
      ...(whole ? [] : ['--no-recursion']),
      '--null',
      '-T',
      list,
    ]);
    try {
      during();
    } finally {
      await archiving;
    }
    const { digest, size } = await sha256File(archive);
    const blob = `blobs/sha256/${digest.slice(7)}.tar.${c === 'zstd' ? 'zst' : 'gz'}`;
    // Content-addressed: an archive already stored under its digest is the same bytes.
    if (!(await backend.exists(blob))) await backend.putFile(blob, archive);
    return { root, digest, size, blob };
  };

  /**
   * Saves a layer. When this run restored it from another key (a restore key: the lockfile
   * changed), the new entry names the restored entry's archives and adds one archive of what
   * changed since the restore, instead of archiving the whole store again. A store only grows
   * (npm's, pnpm's, pip's, Go's and Cargo's caches add files), so a file the install deleted comes
   * back on a later restore; an entry of MAX_PARTS parts is archived whole again.
   */
  const save = async (layer: StoreLayer): Promise<SaveResult> => {
    const temps: string[] = [];
    try {
      if (await backend.exists(pointerName(layer.key))) return { saved: false, already: true };
      const groups = await group(layer.paths);
      if (groups.size === 0) return { saved: false, error: 'nothing to save: the paths are empty or missing' };
      const c = await detect();
      const staging = await backend.stagingDir();
      const base = restored.get(layer.key);
      const reuse =
        base !== undefined &&
        base.entry.key !== layer.key &&
        base.entry.compression === c &&
        base.entry.parts.length < MAX_PARTS &&
        samePaths(base.entry.paths, layer.paths);
      const parts: Pointer['parts'] = reuse ? [...base.entry.parts] : [];
      // The layer's bytes, unless the caller measured them: from the walk each kind of save makes.
      let bytes = 0;
      for (const [root, rels] of groups) {
        if (!reuse) {
          parts.push(await archivePart(root, rels, c, staging, temps, true, () => (bytes += bytesUnder(rootDir(root), rels))));
          continue;
        }
        const walked = changedSince(rootDir(root), rels, base.since);
        bytes += walked.bytes;
        if (walked.changed.length > 0) parts.push(await archivePart(root, walked.changed, c, staging, temps, false));
      }
      const unpackedBytes = layer.sizeBytes ?? bytes;
      const body: Pointer = {
        schema: SCHEMA,
        key: layer.key,
        createdAt: now().toISOString(),
        compression: c,
        parts,
        paths: [...layer.paths],
        unpackedBytes,
      };
      const written = await backend.putIfAbsent(pointerName(layer.key), `${JSON.stringify(body, null, 2)}\n`);
      return written ? { saved: true, sizeBytes: unpackedBytes } : { saved: false, already: true, sizeBytes: unpackedBytes };
    } catch (error) {
      return { saved: false, error: `${backend.describe}: ${describeError(error)}` };
    } finally {
      for (const t of temps) await rm(t, { force: true }).catch(() => undefined);
    }
  };

  return { available: () => ({ ok: true }), measuresSaves: true, restore, save, compression: detect };
}
