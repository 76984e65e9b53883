import { Markdown } from '@slipway/core';
import { KINDS, SEVERITIES } from './finding.js';
import type { FindingJson, GateJson } from './result-json.js';

const MAX_ROWS = 50;

function fixed(f: FindingJson): string {
  if (f.fixedVersions.length > 0) return f.fixedVersions.join(', ');
  return f.kind === 'vulnerability' ? `none (${f.fixState})` : '';
}

function findingRows(list: readonly FindingJson[], extra: (f: FindingJson) => string): string[][] {
  return list
    .slice(0, MAX_ROWS)
    .map((f) => [
      f.id,
      f.kind === 'vulnerability' ? (f.package ?? f.path ?? '') : [f.path ?? f.package ?? '', f.title].filter(Boolean).join(': '),
      f.version ?? '',
      fixed(f),
      f.severity.toLowerCase(),
      f.kind,
      f.image ?? '',
      extra(f),
    ]);
}

/** The job summary people read: decision and why, blocking findings, counts, then exceptions. */
export function gateSummary(result: GateJson, options: { title?: string } = {}): string {
  const md = new Markdown();
  const pass = result.decision === 'pass';
  md.heading(`${options.title ?? 'Container scan gate'}: ${pass ? '✅ pass' : '❌ fail'}`, 2);
  md.callout(pass ? 'NOTE' : 'CAUTION', result.why.join('\n'));
  if (result.notes.length > 0) md.callout('WARNING', result.notes.join('\n'));
  const header = ['id', 'package / file', 'installed', 'fixed in', 'severity', 'kind', 'image', 'why'];
  if (result.blocking.length > 0) {
    md.heading(`Blocking findings (${result.blocking.length})`, 3);
    md.table(
      header,
      findingRows(result.blocking, (f) => f.reasons.join('; ')),
    );
    if (result.blocking.length > MAX_ROWS) md.paragraph(`…and ${result.blocking.length - MAX_ROWS} more in the JSON result.`);
  }
  const { past, near } = result.sla;
  if (past.length + near.length > 0) {
    md.heading('Fix SLAs', 3);
    md.table(
      header.slice(0, 7).concat('SLA'),
      findingRows([...past, ...near], (f) =>
        f.sla ? (f.sla.daysLeft < 0 ? `${-f.sla.daysLeft} days overdue` : `${f.sla.daysLeft} days left`) : '',
      ),
    );
  }
  md.heading('Counts', 3);
  const kinds = KINDS.filter((k) => result.counts.byKind[k] > 0);
  const sevs = SEVERITIES.filter((s) => result.counts.bySeverity[s] > 0);
  if (kinds.length === 0) md.paragraph('No findings.');
  else {
    md.table(
      ['kind', ...sevs.map((s) => s.toLowerCase()), 'total'],
      kinds.map((k) => [k, ...sevs.map((s) => result.counts.byKindAndSeverity[k][s]), result.counts.byKind[k]]),
      ['l', ...sevs.map(() => 'r' as const), 'r'],
    );
  }
  md.paragraph(`${result.counts.total} findings counted, ${result.counts.blocking} blocking, ${result.counts.suppressed} suppressed.`);
  const { used, expiring, expired, unused } = result.exceptions;
  if (used.length + expired.length + unused.length > 0) {
    md.heading('Exceptions and ignore rules', 3);
    const notExpiring = (u: (typeof used)[number]): boolean =>
      !expiring.some((e) => e.id === u.id && e.source === u.source && e.expires === u.expires);
    const row = (state: string) => (r: GateJson['exceptions']['used'][number]) => [
      state,
      r.id,
      r.reason ?? '(no reason given)',
      r.expires ?? 'never',
      r.matched,
      r.source,
    ];
    md.table(
      ['state', 'id', 'reason', 'expires', 'findings', 'from'],
      [
        ...expired.map(row('⛔ expired')),
        ...expiring.map(row('⚠️ expiring')),
        ...used.filter(notExpiring).map(row('used')),
        ...unused.filter(notExpiring).map(row('unused')),
      ],
    );
  }
  if (result.vexProblems.length > 0) md.list(result.vexProblems.map((p) => `VEX ${p.source}: ${p.vulnerability}: ${p.problem}`));
  for (const cut of result.sarif?.cuts ?? []) {
    md.callout(
      'WARNING',
      `SARIF for ${cut.category}: ${cut.dropped} results left out to fit GitHub's limits (worst left out: ${cut.worstDropped ?? 'n/a'}).`,
    );
  }
  return md.toString();
}
