import { auditText, type FileAudit, type Finding } from './audit.js';
import type { AuditInput } from './collect-files.js';
import { SEVERITIES, type AuditOptions, type Category, type Severity } from './rules/index.js';
import type { ReportOptions } from './audit.js';

/** The audit of many files, with the share of workflows that pass. */
export interface AuditReport {
  passed: boolean;
  files: FileAudit[];
  coverage: { files: number; passing: number; percent: number };
  counts: {
    findings: number;
    suppressed: number;
    /** Findings below the reported confidence (shown with `--all`). */
    belowConfidence: number;
    bySeverity: Record<Severity, number>;
    byCategory: Record<Category, number>;
    byRule: Record<string, number>;
  };
}

/** Audits every input and sums the result. */
export async function auditAll(
  inputs: readonly AuditInput[],
  options: AuditOptions & ReportOptions,
  extra: readonly Finding[] = [],
): Promise<AuditReport> {
  const files: FileAudit[] = [];
  // A local call (`./.github/workflows/x.yml`) is resolved among the audited files, by path suffix.
  const readLocalWorkflow = (path: string): string | undefined =>
    inputs.find((i) => i.file === path || i.file.endsWith(`/${path}`))?.content;
  const readLocalAction = (path: string): string | undefined =>
    inputs.find(
      (i) =>
        i.kind === 'action' &&
        (i.file === `${path}/action.yml` || i.file.endsWith(`/${path}/action.yml`) || i.file === `${path}/action.yaml`),
    )?.content;
  for (const input of inputs)
    files.push(await auditText(input.file, input.content, { readLocalWorkflow, readLocalAction, ...options }, input.kind, extra));
  return summarise(files);
}

/** Totals and coverage over file audits. */
export function summarise(files: FileAudit[]): AuditReport {
  const findings: Finding[] = files.flatMap((f) => f.findings);
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length])) as Record<
    Severity,
    number
  >;
  const byCategory: Record<Category, number> = { security: 0, hygiene: 0, validation: 0 };
  for (const f of findings) byCategory[f.category] += 1;
  const byRule: Record<string, number> = {};
  for (const f of findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
  const passing = files.filter((f) => f.passed).length;
  return {
    passed: findings.length === 0,
    files,
    coverage: { files: files.length, passing, percent: files.length === 0 ? 100 : Math.round((passing / files.length) * 1000) / 10 },
    counts: {
      findings: findings.length,
      suppressed: files.reduce((n, f) => n + f.suppressed.length, 0),
      belowConfidence: files.reduce((n, f) => n + f.belowConfidence.length, 0),
      bySeverity,
      byCategory,
      byRule,
    },
  };
}
