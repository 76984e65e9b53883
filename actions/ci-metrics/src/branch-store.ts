import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError, type Exec } from '@slipway/core';

/**
 * A data branch (such as gh-pages) checked out in a worktree of the job's repository, so the
 * credentials actions/checkout left in it are used and the job's own checkout is untouched.
 */
export class BranchStore {
  private constructor(
    private readonly exec: Exec,
    private readonly repoDir: string,
    readonly dir: string,
    private readonly branch: string,
  ) {}

  /** Fetches the branch (or starts it empty when it does not exist yet) into a temporary worktree. */
  static async open(exec: Exec, repoDir: string, branch: string, tempRoot: string): Promise<BranchStore> {
    const dir = await mkdtemp(join(tempRoot, 'ci-metrics-branch-'));
    const store = new BranchStore(exec, repoDir, dir, branch);
    const inside = await store.git(repoDir, ['rev-parse', '--is-inside-work-tree']);
    if (inside.exitCode !== 0) {
      throw new UserError(`storage: branch needs a git checkout at ${repoDir}`, {
        hint: 'run actions/checkout before ci-metrics, or use storage: file',
      });
    }
    await rm(dir, { recursive: true, force: true });
    if (await store.fetch()) {
      await store.must(repoDir, ['worktree', 'add', '--detach', dir, `refs/remotes/origin/${branch}`]);
    } else {
      await store.must(repoDir, ['worktree', 'add', '--detach', dir, 'HEAD']);
      await store.must(dir, ['checkout', '--quiet', '--orphan', branch]);
      await store.must(dir, ['rm', '-r', '-f', '--quiet', '--ignore-unmatch', '.']);
    }
    return store;
  }

  /** Commits everything in the worktree and pushes; false when the push was rejected (someone pushed first). */
  async commitAndPush(message: string): Promise<boolean> {
    await this.must(this.dir, ['add', '-A', '.']);
    const staged = await this.git(this.dir, ['diff', '--cached', '--quiet']);
    if (staged.exitCode === 0) return true;
    await this.must(this.dir, [
      '-c',
      'user.name=github-actions[bot]',
      '-c',
      'user.email=41898282+github-actions[bot]@users.noreply.github.com',
      'commit',
      '--quiet',
      '-m',
      message,
    ]);
    const push = await this.git(this.dir, ['push', '--quiet', 'origin', `HEAD:refs/heads/${this.branch}`]);
    return push.exitCode === 0;
  }

  /** Moves the worktree to the branch as it is on the remote now (after a rejected push). */
  async reset(): Promise<void> {
    if (!(await this.fetch())) throw new UserError(`The branch ${this.branch} could not be fetched again after a rejected push`);
    await this.must(this.dir, ['reset', '--hard', '--quiet', `refs/remotes/origin/${this.branch}`]);
  }

  async close(): Promise<void> {
    await this.git(this.repoDir, ['worktree', 'remove', '--force', this.dir]);
    await rm(this.dir, { recursive: true, force: true });
  }

  private async fetch(): Promise<boolean> {
    const r = await this.git(this.repoDir, [
      'fetch',
      '--quiet',
      '--no-tags',
      'origin',
      `+refs/heads/${this.branch}:refs/remotes/origin/${this.branch}`,
    ]);
    return r.exitCode === 0;
  }

  private git(cwd: string, args: string[]): ReturnType<Exec['run']> {
    return this.exec.run('git', args, { cwd, silent: true });
  }

  private async must(cwd: string, args: string[]): Promise<void> {
    const r = await this.git(cwd, args);
    if (r.exitCode !== 0) throw new UserError(`git ${args.join(' ')} failed in ${cwd}: ${(r.stderr || r.stdout).trim()}`);
  }
}
