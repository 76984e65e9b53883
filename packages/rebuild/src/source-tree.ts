import { mkdir, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, relative, sep } from 'node:path';
import { canonicalPath, errorCodes, UserError, type Exec } from '@slipway/core';
import { readTar } from './explain/tar-read.js';

/** The commit a rebuild builds, and where in its tree the build runs. */
export interface SourceCommit {
  /** The checkout's top folder. */
  top: string;
  /** The build's working folder relative to `top` ('' for the top). */
  subdir: string;
  commit: string;
  /** The committer time, seconds since the epoch: SOURCE_DATE_EPOCH. */
  commitTime: number;
  /** True when the working tree has changes the commit does not hold (they are not built). */
  dirty: boolean;
  /** The `origin` remote, without credentials, when there is one. */
  remote: string | undefined;
}

async function git(exec: Exec, cwd: string, args: string[]): Promise<string> {
  const r = await exec.run('git', args, { cwd, silent: true });
  if (r.exitCode !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr.trim()}`);
  return r.stdout.trim();
}

function withoutCredentials(url: string): string {
  return url.replace(/^([a-z+]+:\/\/)[^@/]*@/i, '$1');
}

/** Finds the git checkout holding `cwd` and its HEAD commit; a folder outside git is a UserError. */
export async function findSourceCommit(exec: Exec, cwd: string): Promise<SourceCommit> {
  let top: string;
  try {
    top = await git(exec, cwd, ['rev-parse', '--show-toplevel']);
  } catch (error) {
    throw new UserError(`${cwd} is not inside a git checkout`, {
      code: errorCodes.usage,
      cause: error,
      hint: 'a rebuild builds a commit from a clean export of it, never the working tree: run it in a git checkout',
    });
  }
  const commit = await git(exec, top, ['rev-parse', 'HEAD']).catch((error: unknown) => {
    throw new UserError(`The checkout ${top} has no commit to rebuild`, { code: errorCodes.usage, cause: error });
  });
  const commitTime = Number(await git(exec, top, ['log', '-1', '--format=%ct', commit]));
  const dirty = (await git(exec, top, ['status', '--porcelain', '--untracked-files=no'])) !== '';
  const remote = await git(exec, top, ['remote', 'get-url', 'origin']).then(withoutCredentials, () => undefined);
  const subdir = relative(await canonicalPath(top), await canonicalPath(cwd));
  return { top, subdir: subdir.split(sep).join('/'), commit, commitTime, dirty, remote };
}

/**
 * Writes a clean copy of `commit` into the empty folder `dest` (git archive: tracked files only,
 * no .git), creating members in archive order or reversed. Files get the commit time as mtime
 * unless `checkoutTimes`, which leaves the time of writing, as a fresh checkout has.
 */
export async function exportCommit(
  exec: Exec,
  source: SourceCommit,
  dest: string,
  options: { reversed: boolean; checkoutTimes: boolean; scratchFile: string },
): Promise<number> {
  const r = await exec.run('git', ['archive', '--format=tar', '-o', options.scratchFile, source.commit], { cwd: source.top, silent: true });
  if (r.exitCode !== 0) throw new UserError(`git archive of ${source.commit} failed: ${r.stderr.trim()}`);
  const entries = readTar(await readFile(options.scratchFile), `git archive of ${source.commit}`);
  const ordered = options.reversed ? [...entries].reverse() : entries;
  for (const entry of ordered) {
    const name = normalize(entry.name);
    if (isAbsolute(name) || name === '..' || name.startsWith(`..${sep}`))
      throw new UserError(`git archive member ${entry.name} escapes the copy`);
    const path = join(dest, name);
    if (entry.type === 'directory') await mkdir(path, { recursive: true, mode: 0o755 });
    else if (entry.type === 'file') {
      await mkdir(dirname(path), { recursive: true });
      // git records only 644 and 755; the umask of the build applies to what the build writes.
      await writeFile(path, entry.data, { mode: entry.mode & 0o111 ? 0o755 : 0o644 });
    } else if (entry.type === 'symlink') {
      await mkdir(dirname(path), { recursive: true });
      await symlink(entry.linkname, path);
    }
  }
  if (!options.checkoutTimes) {
    const when = new Date(source.commitTime * 1000);
    for (const entry of entries) if (entry.type !== 'symlink') await utimes(join(dest, normalize(entry.name)), when, when);
  }
  return entries.length;
}
