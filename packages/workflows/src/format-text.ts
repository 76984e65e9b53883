import type { AuditReport } from './report.js';

/** The audit as a person reads it in a terminal: one block per finding, then the totals. */
export function formatAuditText(report: AuditReport): string {
  const out: string[] = [];
  for (const file of report.files) {
    for (const f of file.findings) {
      out.push(
        `${f.file}:${f.line}:${f.column}: ${f.severity} [${f.rule}] ${f.message}${f.confidence === 'high' ? '' : ` (${f.confidence} confidence)`}`,
        `  fix: ${f.fix}`,
      );
    }
    for (const s of file.unusedSuppressions)
      out.push(`${file.file}:${s.line}:1: note: suppression of ${s.rule} matches no finding; remove it`);
  }
  const { coverage, counts } = report;
  const severities = Object.entries(counts.bySeverity)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  if (out.length > 0) out.push('');
  out.push(
    `${coverage.passing} of ${coverage.files} file(s) pass (${coverage.percent}% coverage); ` +
      `${counts.findings} finding(s)${severities ? ` (${severities})` : ''}, ${counts.suppressed} suppressed with a reason.` +
      (counts.findings > 0
        ? ` By category: ${counts.byCategory.security} security, ${counts.byCategory.hygiene} hygiene, ${counts.byCategory.validation} validation.`
        : '') +
      (counts.belowConfidence > 0 ? ` ${counts.belowConfidence} lower-confidence finding(s) not shown (--all shows them).` : ''),
  );
  return out.join('\n') + '\n';
}
