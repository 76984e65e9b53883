import { Markdown } from '@slipway/core';
import type { AuditReport } from './report.js';

/** The job-summary section of an audit: the verdict and coverage first, then each finding with its fix. */
export function formatAuditSummary(report: AuditReport): string {
  const md = new Markdown().heading('Workflow audit');
  const { coverage, counts } = report;
  md.paragraph(
    report.passed
      ? `**Passed**: ${coverage.files} file(s), no findings${counts.suppressed ? ` (${counts.suppressed} suppressed with a reason)` : ''}.`
      : `**Failed**: ${counts.findings} finding(s) in ${coverage.files - coverage.passing} of ${coverage.files} file(s).`,
  );
  md.paragraph(`Coverage: **${coverage.percent}%** of audited workflows pass (${coverage.passing} of ${coverage.files}).`);
  const rows = report.files.flatMap((file) =>
    file.findings.map((f) => [f.severity, f.rule, `${f.file}:${f.line}`, f.message, f.fix] as const),
  );
  if (rows.length > 0) md.table(['Severity', 'Rule', 'Where', 'Finding', 'Fix'], rows);
  const perFile = report.files.map((f) => [f.file, f.kind, f.passed ? 'pass' : 'fail', f.findings.length, f.suppressed.length] as const);
  md.details(
    'Files',
    new Markdown().table(['File', 'Kind', 'Result', 'Findings', 'Suppressed'], perFile, ['l', 'l', 'l', 'r', 'r']).toString(),
  );
  const suppressed = report.files.flatMap((f) =>
    f.suppressed.map((s) => [s.rule, `${s.file}:${s.line}`, s.suppression?.reason ?? ''] as const),
  );
  if (suppressed.length > 0) md.details('Suppressed findings', new Markdown().table(['Rule', 'Where', 'Reason'], suppressed).toString());
  return md.toString();
}
