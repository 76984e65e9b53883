import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, readlink, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { decodeDocument, type Decoder } from './decode.js';
import { errorCodes, UserError } from './errors.js';

/**
 * The largest text inputs whose format has no reason to be big (policies, workflows, keys,
 * configuration). Reports and timings, which may be large, are read with their own limit.
 */
export const SMALL_FILE_LIMIT = 8 * 1024 * 1024;

/** The largest file read whole into one string; above it a format must stream. */
export const LARGE_FILE_LIMIT = 400 * 1024 * 1024;

/** What a failed file-system call means to a person, from its errno code. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is exhausted';
    case 'EEXIST':
      return 'it already exists';
    case 'ELOOP':
      return 'it is a symbolic link loop';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'an input/output error';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

function writeError(what: string, path: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new UserError(`Cannot write ${what} ${path}: ${describeFsError(error)}${code ? ` (${code})` : ''}`, {
    cause: error,
    code: errorCodes.outputUnwritable,
    hint:
      code === 'ENOSPC' || code === 'EDQUOT'
        ? 'free some space or write the output elsewhere'
        : 'choose a path in a writable folder that is not a directory',
  });
}

/** How a write treats a target that is a symbolic link. */
export type SymlinkRule =
  /** Refuse: an output path is never written through a link someone else planted. */
  | 'refuse'
  /** Replace the link's target and keep the link (a data file the user keeps elsewhere). */
  | 'follow';

export interface WriteOptions {
  /** Shown in errors: "Cannot write <what> <path>". */
  what?: string;
  /** Default `refuse`. */
  symlinks?: SymlinkRule;
  /** File mode for a new file; an existing file keeps its own. Default 0o644 less the umask. */
  mode?: number;
}

interface PreparedWrite {
  target: string;
  tmp: string;
}

async function resolveTarget(path: string, what: string, rule: SymlinkRule): Promise<{ target: string; mode: number | undefined }> {
  let info;
  try {
    info = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { target: path, mode: undefined };
    throw writeError(what, path, error);
  }
  if (info.isSymbolicLink()) {
    if (rule === 'refuse') {
      throw new UserError(`Cannot write ${what} ${path}: it is a symbolic link`, {
        code: errorCodes.outputUnwritable,
        hint: 'write to the real file, or remove the link first',
      });
    }
    let target: string;
    try {
      target = await realpath(path);
    } catch (error) {
      // A dangling link: write where it points.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw writeError(what, path, error);
      target = resolve(dirname(path), await readlink(path));
      return { target, mode: undefined };
    }
    return resolveTarget(target, what, 'refuse');
  }
  if (info.isDirectory()) throw writeError(what, path, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
  return { target: path, mode: info.mode & 0o7777 };
}

/** Writes the text to a fresh temporary file beside the target; the caller renames it into place. */
async function prepareWrite(path: string, text: string | Uint8Array, options: WriteOptions): Promise<PreparedWrite> {
  const what = options.what ?? 'file';
  const { target, mode } = await resolveTarget(path, what, options.symlinks ?? 'refuse');
  try {
    await mkdir(dirname(target), { recursive: true });
  } catch (error) {
    throw writeError(what, path, error);
  }
  // A name no other writer uses, created exclusively: two concurrent writers each rename a
  // whole file of their own, and the last rename wins.
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(tmp, 'wx', mode ?? options.mode ?? 0o644);
  } catch (error) {
    throw writeError(what, path, error);
  }
  try {
    await handle.writeFile(text);
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw writeError(what, path, error);
  }
  await handle.close();
  return { target, tmp };
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files of this writer's own naming (`.<name>.<pid>.<random>.tmp`) that a
 * writer killed with SIGKILL left beside `target`: only those whose process is gone.
 */
async function sweepAbandoned(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const match = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length));
    if (match && Number(match[1]) !== process.pid && !processAlive(Number(match[1]))) {
      await rm(join(dirname(target), name), { force: true }).catch(() => undefined);
    }
  }
}

async function commit(prepared: PreparedWrite, what: string, shown: string): Promise<void> {
  try {
    await rename(prepared.tmp, prepared.target);
  } catch (error) {
    await rm(prepared.tmp, { force: true }).catch(() => undefined);
    throw writeError(what, shown, error);
  }
  await sweepAbandoned(prepared.target);
}

/**
 * Writes a text file, creating its folder, through a temporary file of its own and a rename:
 * a reader (or a step that fails half-way) never sees half a file, concurrent writers never mix
 * their bytes, a replaced file keeps its mode, and no temporary file is left behind on failure.
 * A target that is a symbolic link is refused unless `symlinks: 'follow'`.
 */
export async function writeTextFile(path: string, text: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const prepared = await prepareWrite(path, text, options);
  await commit(prepared, options.what ?? 'file', path);
}

/** One file of a multi-output write. */
export interface OutputFile extends WriteOptions {
  path: string;
  text: string | Uint8Array;
}

/**
 * Writes several outputs all or none: every file goes to a temporary file first, and only when
 * all of them are written are they renamed into place. A failure leaves no temporary file.
 */
export async function writeOutputFiles(files: readonly OutputFile[]): Promise<void> {
  // Each temporary file is written and synced at the same time as the others: the disk's waits overlap.
  const settled = await Promise.allSettled(files.map((file) => prepareWrite(file.path, file.text, file)));
  const prepared = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    await Promise.all(prepared.map((p) => rm(p.tmp, { force: true }).catch(() => undefined)));
    throw failed.reason;
  }
  for (const [i, p] of prepared.entries()) {
    const file = files[i]!;
    try {
      await commit(p, file.what ?? 'file', file.path);
    } catch (error) {
      await Promise.all(prepared.slice(i + 1).map((q) => rm(q.tmp, { force: true }).catch(() => undefined)));
      throw error;
    }
  }
}

/** The path a file is or would be at once symbolic links are followed (the parent's, for a file not yet there). */
export async function canonicalPath(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const parent = dirname(absolute);
    if (parent === absolute) return absolute;
    return join(await canonicalPath(parent), basename(absolute));
  }
}

/** A named path: `--data h.json`, input `data-file`. */
export interface NamedPath {
  path: string;
  /** How the user gave it: a flag (`--json`) or an input (`report-file`). */
  name: string;
}

/** Refuses an output that cannot be written as a file: a folder, a symbolic link, a path below a file. */
async function assertWritableShape(out: NamedPath): Promise<void> {
  try {
    const info = await lstat(out.path);
    if (info.isSymbolicLink() || info.isDirectory()) await resolveTarget(out.path, out.name, 'refuse');
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    throw writeError(out.name, out.path, error);
  }
}

/**
 * Refuses, before any work, outputs that resolve (symbolic links and `..` included) to one of
 * the inputs or to another output (writing one would replace what the run reads, or lose one of
 * two results), and outputs that cannot be written as files (a folder, a symbolic link, a path
 * below a file), so that a run never does its work and then fails at its last write.
 */
export async function assertDistinctOutputs(inputs: readonly NamedPath[], outputs: readonly NamedPath[]): Promise<void> {
  const seen = new Map<string, NamedPath & { role: 'input' | 'output' }>();
  for (const item of inputs) seen.set(await canonicalPath(item.path), { ...item, role: 'input' });
  for (const out of outputs) {
    const key = await canonicalPath(out.path);
    const clash = seen.get(key);
    if (clash) {
      throw new UserError(
        clash.role === 'input'
          ? `${out.name} ${out.path} is the same file as the input ${clash.name} ${clash.path}; writing it would replace the input`
          : `${out.name} ${out.path} and ${clash.name} ${clash.path} are the same file; one output would replace the other`,
        { code: errorCodes.outputIsInput, hint: `give ${out.name} a path of its own` },
      );
    }
    seen.set(key, { ...out, role: 'output' });
  }
  for (const out of outputs) await assertWritableShape(out);
}

export interface ReadOptions {
  /** Refuse files larger than this many bytes (default LARGE_FILE_LIMIT). */
  maxBytes?: number;
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}

/** Reads a file's bytes; a missing, unreadable or too large file is a UserError naming it. */
export async function readFileBytes(path: string, what = 'file', options: ReadOptions = {}): Promise<Buffer> {
  const limit = options.maxBytes ?? LARGE_FILE_LIMIT;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > limit) {
      throw new UserError(`Cannot read ${what} ${path}: it is ${sizeText(info.size)}, more than the ${sizeText(limit)} this input may be`, {
        code: errorCodes.inputTooLarge,
        hint: 'check that the path names the intended file',
      });
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Cannot read ${what} ${path}: ${describeFsError(error)}`, { cause: error, code: errorCodes.inputUnreadable });
  }
}

/**
 * Reads a text file; a missing, unreadable, too large or binary (NUL bytes) file is a UserError
 * naming it.
 */
export async function readTextFile(path: string, what = 'file', options: ReadOptions = {}): Promise<string> {
  const bytes = await readFileBytes(path, what, options);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new UserError(`Cannot read ${what} ${path}: it is a binary file (a NUL byte at offset ${nul}), not text`, {
      code: errorCodes.inputBinary,
      hint: 'check that the path names the intended file',
    });
  }
  return bytes.toString('utf8');
}

/** Parses JSON text; the error names the source and the line and column at fault. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pos = /position (\d+)/.exec(message);
    let where = '';
    if (pos) {
      const offset = Number(pos[1]);
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      where = ` at line ${line}, column ${offset - before.lastIndexOf('\n')}`;
    } else if (text.trim() === '') {
      where = ': the file is empty';
    }
    throw new UserError(`${source} is not valid JSON${where} (${message})`, { cause: error });
  }
}

/** Parses YAML text; the error names the source and the line at fault. Aliases are capped (no billion laughs). */
export function parseYamlText(text: string, source: string): unknown {
  try {
    return parseYaml(text, { prettyErrors: true, uniqueKeys: true, maxAliasCount: 1000 });
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const at = error.linePos?.[0];
      throw new UserError(
        `${source} is not valid YAML${at ? ` at line ${at.line}, column ${at.col}` : ''}: ${error.message.split('\n')[0] ?? ''}`,
        { cause: error },
      );
    }
    if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
      throw new UserError(`${source} is not valid YAML: ${error.message}`, { cause: error });
    }
    throw error;
  }
}

/** Reads and decodes a JSON file. */
export async function readJsonFile<T>(path: string, decoder: Decoder<T>, what = 'JSON file', options: ReadOptions = {}): Promise<T> {
  return decodeDocument(decoder, parseJson(await readTextFile(path, what, options), path), path);
}

/** Reads and decodes a YAML (or JSON, a subset) file; at most SMALL_FILE_LIMIT unless told. */
export async function readYamlFile<T>(path: string, decoder: Decoder<T>, what = 'YAML file', options: ReadOptions = {}): Promise<T> {
  const text = await readTextFile(path, what, { maxBytes: options.maxBytes ?? SMALL_FILE_LIMIT });
  return decodeDocument(decoder, parseYamlText(text, path), path);
}
