import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Exec } from '@slipway/core';

/** Where diffoscope's reports on one output went, or why there are none. */
export interface DiffoscopeReport {
  text: string | undefined;
  html: string | undefined;
  /** Set when diffoscope failed or ran out of time. */
  problem: string | undefined;
  seconds: number;
}

/** A file name for an output's report: its path with separators flattened. */
export function reportName(output: string): string {
  return output.replace(/[^A-Za-z0-9._-]+/g, '_');
}

/**
 * Runs Debian's diffoscope on two builds of one output under a deadline (coreutils `timeout`),
 * writing its text and HTML reports into `dir`. Exit 1 means "differences found", as expected here.
 */
export async function runDiffoscope(
  exec: Exec,
  first: string,
  second: string,
  dir: string,
  output: string,
  timeoutSeconds: number,
): Promise<DiffoscopeReport> {
  await mkdir(dir, { recursive: true });
  const text = join(dir, `${reportName(output)}.txt`);
  const html = join(dir, `${reportName(output)}.html`);
  const started = performance.now();
  const r = await exec.run(
    'timeout',
    ['--kill-after=10', String(timeoutSeconds), 'diffoscope', '--no-progress', '--text', text, '--html', html, first, second],
    { silent: true },
  );
  const seconds = (performance.now() - started) / 1000;
  if (r.exitCode === 0 || r.exitCode === 1) return { text, html, problem: undefined, seconds };
  const why =
    r.exitCode === 124 || r.exitCode === 137
      ? `ran out of its ${timeoutSeconds} s`
      : `exited ${r.exitCode}: ${r.stderr.trim().split('\n').slice(-2).join(' ')}`;
  return { text: undefined, html: undefined, problem: `diffoscope ${why}`, seconds };
}
