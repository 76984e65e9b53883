import { mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// The families of bad input that the CLI and action suites share: each family writes a bad
// file (or folder) at a path from the valid one. A case names the kind of each input, and the
// kind says which families apply: a policy must refuse a huge file, an artifact need not.

/** What an input is, and so which bad families it must refuse. */
export type InputKind =
  /** A document that may be large (a scanner report, timings, a bundle): every family but huge. */
  | 'text'
  /** A document whose format has no reason to be large (policy, workflow, key, configuration): every family. */
  | 'small'
  /** Bytes of any content (an artifact to sign or verify): only missing and folder. */
  | 'bytes'
  /** One entry a line: a cut list is still a list and has no shape, so not truncated nor wrong shape. */
  | 'list'
  /** A folder (a sample project, a working directory). */
  | 'folder';

export interface BadFamily {
  /** The kinds of input this family applies to. */
  kinds: readonly InputKind[];
  /** Writes the bad input at `path`; `valid` is the path of the good one. */
  make: (path: string, valid: string) => Promise<void>;
}

/** A huge small-format file: 9.4 MiB of YAML comment lines, above core's SMALL_FILE_LIMIT (8 MiB). */
export const HUGE_BYTES = 120_000 * 82;

/** A file cut short, as an interrupted download or copy leaves it. */
export async function truncate(path: string, valid: string): Promise<void> {
  const bytes = await readFile(valid);
  await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
}

/** The families every file input is tried with (those its kind allows). */
export const badFamilies = {
  missing: { kinds: ['text', 'small', 'bytes', 'list', 'folder'], make: () => Promise.resolve() },
  empty: { kinds: ['text', 'small', 'list'], make: (p) => writeFile(p, '') },
  folder: { kinds: ['text', 'small', 'bytes', 'list'], make: (p) => mkdir(p) },
  truncated: { kinds: ['text', 'small'], make: truncate },
  'wrong shape': { kinds: ['text', 'small'], make: (p) => writeFile(p, '[1, 2, 3]\n') },
  // The first bytes of an ELF executable: a NUL within them.
  binary: { kinds: ['text', 'small', 'list'], make: (p) => writeFile(p, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0])) },
  huge: { kinds: ['small'], make: (p) => writeFile(p, `# ${'x'.repeat(78)}\n`.repeat(HUGE_BYTES / 82)) },
  'a file': { kinds: ['folder'], make: (p) => writeFile(p, 'not a folder\n') },
  'an empty folder': { kinds: ['folder'], make: (p) => mkdir(p) },
} satisfies Record<string, BadFamily>;

export type BadFamilyName = keyof typeof badFamilies;

/** The families that apply to an input of this kind. */
export function familiesFor(kind: InputKind): BadFamilyName[] {
  return (Object.keys(badFamilies) as BadFamilyName[]).filter((f) => (badFamilies[f].kinds as readonly InputKind[]).includes(kind));
}

/** Where an output may be pointed that it must not write. */
export const badOutputs = ['the input', 'another output', 'a folder', 'under a file', 'a symbolic link'] as const;
export type BadOutput = (typeof badOutputs)[number];

/**
 * Prepares the bad target of an output family in `dir` and returns the path to give (relative
 * to `dir`). `input` is an input's path, `other` another output's path; `victim.txt` is a file
 * whose content must survive.
 */
export async function badOutputTarget(dir: string, family: BadOutput, input: string, other: string | undefined): Promise<string> {
  await writeFile(join(dir, 'victim.txt'), 'keep');
  switch (family) {
    case 'the input':
      return input;
    case 'another output':
      if (!other) throw new Error('harness: another output needs a second output');
      return other;
    case 'a folder':
      await mkdir(join(dir, 'taken'), { recursive: true });
      await writeFile(join(dir, 'taken', 'inside.txt'), 'keep');
      return 'taken';
    case 'under a file':
      return 'victim.txt/out';
    case 'a symbolic link':
      await rm(join(dir, 'link'), { force: true });
      await symlink(join(dir, 'victim.txt'), join(dir, 'link'));
      return 'link';
  }
}

/** A stack frame as Node prints it: a stack trace reached the user. */
export const STACK_TRACE = /\n\s+at .+(\(.*:\d+:\d+\)|:\d+:\d+)$/m;

/** The line core puts before a bug's stack: allowed only for real bugs, never for bad input. */
export const BUG_LINE = /please report/i;

/** The temporary files core's writer makes (`.name.pid.random.tmp`) and other common leftovers. */
export const TEMPORARY = /(^\..+\.\d+\.[0-9a-f]{12}\.tmp$|\.tmp$|\.partial$|~$)/;

/** Every path below `dir`, hidden ones included, sorted; folders end with `/`. */
export async function listTree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.map((e) => `${join(e.parentPath, e.name).slice(dir.length + 1)}${e.isDirectory() ? '/' : ''}`).sort();
}

/** The files of `dir` (recursively) with their bytes, to prove a run left them as they were. */
export async function snapshotFiles(dir: string, names: readonly string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of names) {
    try {
      out[name] = (await readFile(join(dir, name))).toString('base64');
    } catch (error) {
      out[name] = `<${(error as NodeJS.ErrnoException).code ?? 'unreadable'}>`;
    }
  }
  return out;
}
