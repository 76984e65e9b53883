import { Markdown } from '@slipway/core';
import type { Check } from './check.js';
import type { SubjectReport } from './verify-subject.js';

const MARK = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' } as const;
const ICON = { passed: '✅ passed', failed: '❌ failed', skipped: '⏭️ skipped' } as const;

function lines(checks: readonly Check[], indent: string): string[] {
  return checks.map((c) => `${indent}${MARK[c.status]} ${c.name}: ${c.detail}`);
}

/** The report as terminal lines: each subject, each bundle, each check. */
export function formatReportText(reports: readonly SubjectReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    out.push(`${r.verified ? 'VERIFIED' : 'REJECTED'} ${r.subject} (${r.digest})${r.errorCode ? ` ${r.errorCode}` : ''}`);
    for (const b of r.bundles) {
      out.push(`  ${b.kind} ${b.source}${b.predicateType ? ` [${b.predicateType}]` : ''}: ${b.verified ? 'verified' : 'not verified'}`);
      out.push(...lines(b.checks, '    '));
    }
    out.push(...lines(r.checks, '  '));
  }
  return `${out.join('\n')}\n`;
}

/** The job summary: a verdict table, then every check per subject and bundle. */
export function formatReportMarkdown(reports: readonly SubjectReport[]): string {
  const md = new Markdown().heading('verify-deploy');
  const rejected = reports.filter((r) => !r.verified);
  if (rejected.length > 0) md.callout('CAUTION', `${rejected.length} of ${reports.length} subject(s) rejected: do not deploy.`);
  else md.callout('NOTE', `All ${reports.length} subject(s) verified.`);
  md.table(
    ['Subject', 'Digest', 'Verdict', 'Why'],
    reports.map((r) => [
      r.subject,
      `\`${r.digest}\``,
      r.verified ? '✅ verified' : `❌ rejected (\`${r.errorCode ?? ''}\`)`,
      r.checks
        .filter((c) => c.status === 'failed')
        .map((c) => `${c.name}: ${c.detail}`)
        .join('; ') || 'every check passed',
    ]),
  );
  for (const r of reports) {
    md.heading(`${r.verified ? '✅' : '❌'} ${r.subject}`, 3);
    const rows: string[][] = [];
    for (const b of r.bundles) {
      for (const c of b.checks) rows.push([b.source, c.name, ICON[c.status], c.detail]);
    }
    for (const c of r.checks) rows.push(['(subject)', c.name, ICON[c.status], c.detail]);
    md.table(['Bundle', 'Check', 'Result', 'Detail'], rows);
  }
  return md.toString();
}
