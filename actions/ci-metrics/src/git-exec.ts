import { execFile } from 'node:child_process';
import type { Exec } from '@slipway/core';

/**
 * Runs git without writing to its stdin: core's spawnCapture ends the child's stdin, and a git
 * that has already exited turns that write into an EPIPE that crashes the step.
 */
export const gitExec: Exec = {
  run: (command, args, options = {}) =>
    new Promise((resolve) => {
      execFile(
        command,
        args,
        { cwd: options.cwd, env: options.env ? { ...process.env, ...options.env } : process.env, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const code = error && typeof error.code === 'number' ? error.code : error ? 1 : 0;
          resolve({ exitCode: code, stdout, stderr });
        },
      );
    }),
};
