import { decode, decodeDocument, parseYamlText, readTextFile, SMALL_FILE_LIMIT, UserError, type NamedPath } from '@slipway/core';
import { parseIgnoreFile } from './ignore-files.js';
import { decodePolicy, DEFAULT_POLICY, type Policy } from './policy.js';
import { parseReport } from './read-report.js';
import type { ScanReport } from './report.js';
import type { SuppressionRule } from './suppression.js';
import { parseVex, type VexProblem } from './vex.js';

/** The files a gate run reads, named as the user gave them (a flag or an input), for the output-is-input check. */
export function gateInputPaths(
  files: GateFiles,
  names: { reports: string; policy: string; ignoreFiles?: string; vex?: string },
): NamedPath[] {
  return [
    ...files.reports.map((path) => ({ path, name: names.reports })),
    ...(files.policy === undefined ? [] : [{ path: files.policy, name: names.policy }]),
    ...(files.ignoreFiles ?? []).map((path) => ({ path, name: names.ignoreFiles ?? 'ignore-files' })),
    ...(files.vex ?? []).map((path) => ({ path, name: names.vex ?? 'vex' })),
  ];
}

/** The files one gate run reads. */
export interface GateFiles {
  reports: readonly string[];
  policy?: string;
  ignoreFiles?: readonly string[];
  vex?: readonly string[];
  /** The action may scan instead of reading reports; the CLI needs at least one. */
  allowNoReports?: boolean;
}

/**
 * The largest scanner report read. A report is parsed whole: about 2.7 times its size for the
 * text and the parsed tree, 5.4 times for a whole gate run (1.4 GB peak for a 255 MB Trivy report
 * of 130,853 vulnerabilities), which a 7 GB runner holds. Larger ones are refused, not run out of memory.
 */
export const REPORT_LIMIT = 256 * 1024 * 1024;

/** Reads one scanner report within REPORT_LIMIT; errors name the file. */
export async function readReport(path: string, what = 'scanner report'): Promise<ScanReport> {
  return parseReport(await readTextFile(path, what, { maxBytes: REPORT_LIMIT }), path);
}

/**
 * Reads a policy file (YAML); no file means the default policy. An empty file, or a key with no
 * value (a file cut short), is refused naming it: gating with the defaults instead would pass
 * what the written policy may block.
 */
export async function loadPolicy(path: string | undefined): Promise<Policy> {
  if (path === undefined) return DEFAULT_POLICY;
  const text = await readTextFile(path, 'policy file', { maxBytes: SMALL_FILE_LIMIT });
  return decodeDocument(decode.settings(decodePolicy), parseYamlText(text, path), path);
}

/** Reads and validates every file of a gate run; any unreadable one is an error naming it. */
export async function loadGateInputs(
  files: GateFiles,
): Promise<{ reports: ScanReport[]; policy: Policy; rules: SuppressionRule[]; vexProblems: VexProblem[] }> {
  if (files.reports.length === 0 && !files.allowNoReports)
    throw new UserError('No scanner report was given', { hint: 'pass at least one Trivy or Grype JSON report' });
  // One at a time: each report's text and tree are garbage before the next is read.
  const reports: ScanReport[] = [];
  for (const p of files.reports) reports.push(await readReport(p));
  const policy = await loadPolicy(files.policy);
  const rules: SuppressionRule[] = [];
  const vexProblems: VexProblem[] = [];
  for (const p of files.ignoreFiles ?? [])
    rules.push(...parseIgnoreFile(await readTextFile(p, 'ignore file', { maxBytes: SMALL_FILE_LIMIT }), p));
  for (const p of files.vex ?? []) {
    const vex = parseVex(await readTextFile(p, 'VEX document', { maxBytes: SMALL_FILE_LIMIT }), p);
    rules.push(...vex.rules);
    vexProblems.push(...vex.problems);
  }
  return { reports, policy, rules, vexProblems };
}
