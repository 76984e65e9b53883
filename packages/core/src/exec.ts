import { spawn } from 'node:child_process';
import type { Exec, ExecOptions, ExecResult } from './ports.js';

/** Runs a program without a shell, capturing its output; `onLine` sees output as it arrives. */
export function spawnCapture(
  command: string,
  args: string[],
  options: ExecOptions = {},
  onChunk?: (chunk: string, stream: 'stdout' | 'stderr') => void,
): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ? (options.inheritEnv === false ? options.env : { ...process.env, ...options.env }) : process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      stdout += c;
      onChunk?.(c, 'stdout');
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      stderr += c;
      onChunk?.(c, 'stderr');
    });
    child.on('error', reject);
    // A child may exit before reading its input; that EPIPE is not an error of ours.
    child.stdin.on('error', () => undefined);
    child.on('close', (code, signal) => resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** An `Exec` that runs real processes and echoes their output unless `silent`. */
export function processExec(write: (text: string) => void): Exec {
  return {
    run: (command, args, options = {}) => spawnCapture(command, args, options, options.silent ? undefined : (chunk) => write(chunk)),
  };
}
