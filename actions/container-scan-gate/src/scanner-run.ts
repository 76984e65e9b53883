import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { errorCodes, readTextFile, UserError, type Exec } from '@slipway/core';
import { parseReport, REPORT_LIMIT, type ScanReport } from '@slipway/scan';
import type { ImageTarget } from './inputs.js';

async function kindOf(path: string): Promise<'dir' | 'archive'> {
  const s = await stat(path).catch(() => undefined);
  if (!s)
    throw new UserError(`Input 'image': ${path} does not exist`, { hint: 'give an unpacked image filesystem or an image archive (.tar)' });
  return s.isDirectory() ? 'dir' : 'archive';
}

async function scannerArgs(tool: 'trivy' | 'grype', target: ImageTarget, cwd: string, out: string, scanners: string): Promise<string[]> {
  const path = target.path === undefined ? undefined : resolve(cwd, target.path);
  const kind = path === undefined ? 'name' : await kindOf(path);
  if (tool === 'trivy') {
    const subject =
      kind === 'dir' ? ['rootfs', path ?? ''] : kind === 'archive' ? ['image', '--input', path ?? ''] : ['image', target.name];
    return [...subject, '--format', 'json', '--output', out, '--scanners', scanners, '--quiet'];
  }
  const source = kind === 'dir' ? `dir:${path ?? ''}` : kind === 'archive' ? `docker-archive:${path ?? ''}` : target.name;
  return [source, '-o', 'json', '--file', out, '--quiet'];
}

/**
 * Runs a scanner on one image and reads its report; a scanner that fails, or writes no readable
 * report, is an error (never an empty, passing report). Findings are labelled with the image's name.
 */
export async function scanImage(
  exec: Exec,
  binary: string,
  tool: 'trivy' | 'grype',
  target: ImageTarget,
  options: { cwd: string; scanners: string; extraArgs: readonly string[] },
): Promise<ScanReport> {
  const dir = await mkdtemp(join(tmpdir(), 'slipway-scan-'));
  try {
    return await scanInto(exec, binary, tool, target, options, join(dir, `${tool}.json`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function scanInto(
  exec: Exec,
  binary: string,
  tool: 'trivy' | 'grype',
  target: ImageTarget,
  options: { cwd: string; scanners: string; extraArgs: readonly string[] },
  out: string,
): Promise<ScanReport> {
  const args = [...(await scannerArgs(tool, target, options.cwd, out, options.scanners)), ...options.extraArgs];
  const result = await exec.run(binary, args, { cwd: options.cwd, silent: true });
  if (result.exitCode !== 0) {
    const tail = result.stderr.trim().split('\n').slice(-5).join('\n');
    throw new UserError(`${tool} failed on ${target.name} (exit ${result.exitCode}): ${tail || 'no output'}`, {
      hint: `the command was: ${binary} ${args.join(' ')}`,
    });
  }
  const text = await readTextFile(out, `${tool} report of ${target.name}`, { maxBytes: REPORT_LIMIT }).catch((error: unknown) => {
    if (error instanceof UserError && error.code !== errorCodes.inputUnreadable) throw error;
    throw new UserError(`${tool} exited 0 on ${target.name} but wrote no report at ${out}`);
  });
  const report = parseReport(text, `${tool} report of ${target.name}`);
  for (const f of [...report.findings, ...report.suppressed.map((s) => s.finding)]) f.image = target.name;
  return { ...report, artifact: target.name };
}
