import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { decode, describeError, expandGlobs, parseJson, type Exec } from '@slipway/core';
import type { LayerStore, RestoreResult, SaveResult, StoreLayer } from '../layer-store.js';
import { isGlobPath } from '../size.js';
import type { BlobBackend } from './blob-backend.js';

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
  const flags = (c: Compression, create: boolean): string[] =>
    c === 'zstd' ? ['--use-compress-program', create ? 'zstd -T0 -3' : 'zstd -d'] : ['-z'];
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
      try {
        // Every part is checked before any is unpacked: a bad entry leaves the disk as it was.
        for (const part of entry.parts) {
          const got = await fetchPart(part, staging);
          if (!got)
            return { warning: `the entry ${entry.key} names ${part.blob}, which is missing from ${backend.describe}: not restored` };
          fetched.push(got);
          const actual = await sha256File(got.file);
          if (actual.digest !== part.digest || actual.size !== part.size) {
            return {
              warning: `the entry ${entry.key} is corrupt: ${part.blob} has ${actual.digest} (${actual.size} bytes), its pointer says ${part.digest} (${part.size} bytes); not restored`,
            };
          }
        }
        for (const [i, part] of entry.parts.entries()) {
          const dir = rootDir(part.root);
          await mkdir(dir, { recursive: true });
          await tar(['-x', ...flags(entry.compression, false), '-f', fetched[i]?.file ?? '', '-C', dir]);
        }
      } finally {
        for (const f of fetched.filter((x) => x.temp)) await rm(f.file, { force: true });
      }
      return { matchedKey: entry.key };
    } catch (error) {
      return { error: `${backend.describe}: ${describeError(error)}` };
    }
  };

  const save = async (layer: StoreLayer): Promise<SaveResult> => {
    const temps: string[] = [];
    try {
      if (await backend.exists(pointerName(layer.key))) return { saved: false, already: true };
      const groups = await group(layer.paths);
      if (groups.size === 0) return { saved: false, error: 'nothing to save: the paths are empty or missing' };
      const c = await detect();
      const staging = await backend.stagingDir();
      const parts: Pointer['parts'] = [];
      for (const [root, rels] of groups) {
        const list = join(staging, `.list-${process.pid}-${Math.random().toString(36).slice(2)}`);
        const archive = join(staging, `.archive-${process.pid}-${Math.random().toString(36).slice(2)}`);
        temps.push(list, archive);
        await writeFile(list, `${rels.join('\0')}\0`);
        await tar(['-c', ...flags(c, true), '-f', archive, '-C', rootDir(root), '--null', '-T', list]);
        const { digest, size } = await sha256File(archive);
        const blob = `blobs/sha256/${digest.slice(7)}.tar.${c === 'zstd' ? 'zst' : 'gz'}`;
        // Content-addressed: an archive already stored under its digest is the same bytes.
        if (!(await backend.exists(blob))) await backend.putFile(blob, archive);
        parts.push({ root, digest, size, blob });
      }
      const body: Pointer = { schema: SCHEMA, key: layer.key, createdAt: now().toISOString(), compression: c, parts };
      const written = await backend.putIfAbsent(pointerName(layer.key), `${JSON.stringify(body, null, 2)}\n`);
      return written ? { saved: true } : { saved: false, already: true };
    } catch (error) {
      return { saved: false, error: `${backend.describe}: ${describeError(error)}` };
    } finally {
      for (const t of temps) await rm(t, { force: true }).catch(() => undefined);
    }
  };

  return { available: () => ({ ok: true }), restore, save, compression: detect };
}
