import type { CliIO } from '../src/index.js';

/** A CLI I/O that records what a command printed. */
export function captureIO(
  cwd = process.cwd(),
  env: Record<string, string | undefined> = {},
): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    env,
    cwd,
    out: () => out,
    err: () => err,
  };
}
