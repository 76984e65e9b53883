import { escapeHtml } from '@slipway/core';
import { STYLE, table, tile } from './dashboard-html.js';
import { minutes, percent } from './format.js';
import type { OrgReport, RepositoryFigures } from './store/org-report.js';
import { barChart } from './svg-charts.js';

const e = escapeHtml;
const m = (s: number | null): number => (s === null ? 0 : Math.round((s / 60) * 10) / 10);
const rise = (r: RepositoryFigures): string => (r.rise === null ? '—' : `${r.rise >= 0 ? '+' : ''}${r.rise.toFixed(0)}%`);

/** The organisation view: one static page, the slowest and most-regressed repositories first. */
export function orgDashboardHtml(report: OrgReport, options: { repositoryHref?: (repository: string) => string } = {}): string {
  const t = report.totals;
  const name = (r: RepositoryFigures): string =>
    options.repositoryHref ? `<a href="${e(options.repositoryHref(r.repository))}">${e(r.repository)}</a>` : e(r.repository);
  const rows = (list: readonly RepositoryFigures[]): string =>
    table(
      ['Repository', 'Runs', 'Success rate', 'p50', 'p95', 'Queue p50', 'Rise (recent vs baseline)', 'Regressions', 'Signed builds'],
      list.map((r) => [
        r.repository,
        r.runs,
        percent(r.successRate),
        minutes(r.duration.p50),
        minutes(r.duration.p95),
        minutes(r.queue.p50),
        `${rise(r)}${r.risingWorkflow ? ` (${r.risingWorkflow})` : ''}`,
        r.regressions,
        percent(r.signatureCoverage),
      ]),
    ).replace(/<td>([^<]+\/[^<]+)<\/td>/g, (all, repo: string) => {
      const found = list.find((r) => e(r.repository) === repo);
      return found ? `<td>${name(found)}</td>` : all;
    });
  const body = [
    `<h1>CI metrics: ${e(report.organisation)}</h1>`,
    `<p class="sub">${t.repositories} repositories, last ${report.window.days} days, ${e(report.window.from.slice(0, 10))} to ${e(report.window.to.slice(0, 10))}. Generated ${e(report.generatedAt)}.</p>`,
    `<h2>Organisation</h2><div class="tiles">${tile('Repositories', String(t.repositories))}${tile('Runs', String(t.runs))}${tile('Success rate', percent(t.successRate), 'cancelled runs left out')}${tile('Duration p50', minutes(t.duration.p50), 'successful runs')}${tile('Duration p95', minutes(t.duration.p95), `budget ${report.budgetMinutes} min`)}${tile('Queue p50', minutes(t.queue.p50))}${tile('Signature coverage', percent(t.signatureCoverage))}${tile('Scan pass rate', percent(report.scans.passRate), `${report.scans.passed} of ${report.scans.total}`)}${tile('Reproducible builds', percent(report.reproducibility.rate), `${report.reproducibility.reproducible} of ${report.reproducibility.total}`)}${report.cache.map((c) => tile(`Cache hit rate: ${c.layer}`, percent(c.hitRate))).join('')}</div>`,
    `<h2>Most regressed</h2>`,
    report.mostRegressed.length > 0
      ? rows(report.mostRegressed.slice(0, 20))
      : `<div class="callout ok">No repository's p50 or p95 rose against its baseline.</div>`,
    `<h2>Slowest</h2><div class="charts">${barChart({
      title: 'Slowest repositories: p50 (bar) and p95 (mark), minutes',
      unit: 'min',
      bars: report.slowest
        .slice(0, 20)
        .map((r) => ({ label: r.repository, value: m(r.duration.p50), marker: m(r.duration.p95), note: minutes(r.duration.p95) })),
    })}</div>`,
    rows(report.slowest.slice(0, 20)),
    `<h2>Every repository</h2>`,
    rows(report.repositories),
    `<footer>Rise: the largest increase of a workflow's p50 or p95 over the last ${e(String(report.window.days))} days' baseline. Made by Slipway ci-metrics.</footer>`,
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>CI metrics: ${e(report.organisation)}</title><style>${STYLE}</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}
