import { decodeDocument, parseYamlText, readTextFile, UserError } from '@slipway/core';
import { parseIgnoreFile } from './ignore-files.js';
import { decodePolicy, DEFAULT_POLICY, type Policy } from './policy.js';
import { parseReport } from './read-report.js';
import type { ScanReport } from './report.js';
import type { SuppressionRule } from './suppression.js';
import { parseVex, type VexProblem } from './vex.js';

/** The files one gate run reads. */
export interface GateFiles {
  reports: readonly string[];
  policy?: string;
  ignoreFiles?: readonly string[];
  vex?: readonly string[];
  /** The action may scan instead of reading reports; the CLI needs at least one. */
  allowNoReports?: boolean;
}

/** Reads a policy file (YAML); no file means the default policy. */
export async function loadPolicy(path: string | undefined): Promise<Policy> {
  if (path === undefined) return DEFAULT_POLICY;
  const text = await readTextFile(path, 'policy file');
  return decodeDocument(decodePolicy, parseYamlText(text, path) ?? {}, path);
}

/** Reads and validates every file of a gate run; any unreadable one is an error naming it. */
export async function loadGateInputs(
  files: GateFiles,
): Promise<{ reports: ScanReport[]; policy: Policy; rules: SuppressionRule[]; vexProblems: VexProblem[] }> {
  if (files.reports.length === 0 && !files.allowNoReports)
    throw new UserError('No scanner report was given', { hint: 'pass at least one Trivy or Grype JSON report' });
  const reports = await Promise.all(files.reports.map(async (p) => parseReport(await readTextFile(p, 'scanner report'), p)));
  const policy = await loadPolicy(files.policy);
  const rules: SuppressionRule[] = [];
  const vexProblems: VexProblem[] = [];
  for (const p of files.ignoreFiles ?? []) rules.push(...parseIgnoreFile(await readTextFile(p, 'ignore file'), p));
  for (const p of files.vex ?? []) {
    const vex = parseVex(await readTextFile(p, 'VEX document'), p);
    rules.push(...vex.rules);
    vexProblems.push(...vex.problems);
  }
  return { reports, policy, rules, vexProblems };
}
