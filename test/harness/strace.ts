import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// kill -9 at an exact system call, for the fault tests: strace (Debian's package, installed by
// .ci/run) runs a command and its children and sends SIGKILL to whichever of them makes the
// `when`-th call of one of `syscalls` (counted per thread). A kill at a fixed point of a write,
// not after a guessed delay that a faster machine outruns.

export interface KillAt {
  /** System calls counted, such as ['fsync'], ['rename'] or ['link', 'linkat']. */
  syscalls: string[];
  when: number;
}

export interface StraceRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Whether strace's SIGKILL ended the command. */
  killed: boolean;
  stdout: string;
  stderr: string;
  /** strace's log of the `trace` system calls, one call a line. */
  trace: string;
}

/** Runs `command` under strace; `kill` stops it at an exact call, `trace` logs these calls as well. */
export async function runUnderStrace(
  command: string[],
  options: { kill?: KillAt; trace?: string[]; cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<StraceRun> {
  const logDir = await mkdtemp(join(tmpdir(), 'slipway-strace-'));
  const log = join(logDir, 'trace.log');
  const traced = [...(options.trace ?? []), ...(options.kill?.syscalls ?? [])];
  const args = ['-f', '-qq', '-o', log];
  if (traced.length > 0) args.push('-e', `trace=${[...new Set(traced)].join(',')}`);
  if (options.kill) args.push('-e', `inject=${options.kill.syscalls.join(',')}:signal=KILL:when=${options.kill.when}`);
  try {
    const run = await new Promise<Omit<StraceRun, 'trace' | 'killed'>>((resolve, reject) => {
      const child = spawn('strace', [...args, ...command], {
        ...(options.cwd ? { cwd: options.cwd } : {}),
        ...(options.env ? { env: options.env } : {}),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => (stdout += String(c)));
      child.stderr.on('data', (c: Buffer) => (stderr += String(c)));
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 100_000);
      child.on('error', reject);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal, stdout, stderr });
      });
    });
    const trace = await readFile(log, 'utf8').catch(() => '');
    return { ...run, killed: run.code === 137 || run.signal === 'SIGKILL', trace };
  } finally {
    await rm(logDir, { recursive: true, force: true });
  }
}
