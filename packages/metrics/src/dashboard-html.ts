import { escapeHtml } from '@slipway/core';
import { frequency, minutes, percent, span } from './format.js';
import type { MetricsReport } from './report.js';
import type { WorkflowFigures } from './run-figures.js';
import { barChart, lineChart } from './svg-charts.js';

const e = escapeHtml;
const m = (s: number | null): number | null => (s === null ? null : Math.round((s / 60) * 10) / 10);

// Everything inline: no scripts, fonts or images from anywhere, so the page works from a file,
// from Pages, and under a Content-Security-Policy that forbids everything but inline styles.
export const STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--bg:#fff;--panel:#f6f8fa;--line:#d1d9e0;--warn:#9a6700;--warnbg:#fff8c5;--ok:#1a7f37}
*{box-sizing:border-box}body{margin:0;padding:24px;font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
.sub{color:var(--muted);margin:0 0 16px}.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px}
.tile{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:10px 12px}.tile .k{color:var(--muted);font-size:12px}
.tile .v{font-size:22px;font-weight:600}.tile .n{color:var(--muted);font-size:12px}
.callout{border-left:4px solid var(--warn);background:var(--warnbg);padding:8px 12px;border-radius:4px;margin:12px 0}
.callout.ok{border-color:var(--ok);background:#dafbe1}.charts{display:flex;flex-wrap:wrap;gap:16px}
.chart{background:var(--panel);border:1px solid var(--line);border-radius:8px;max-width:100%;height:auto}
.chart-title{font-size:13px;font-weight:600;fill:var(--fg)}.tick{font-size:11px;fill:var(--muted)}
.grid{stroke:var(--line);stroke-width:1}.budget{stroke:#cf222e;stroke-width:1.5;stroke-dasharray:6 4}.budget-label{font-size:11px;fill:#cf222e}
.marker{stroke:#1f2328;stroke-width:2}table{border-collapse:collapse;margin:8px 0;font-size:13px}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}th{background:var(--panel)}
footer{margin-top:32px;color:var(--muted);font-size:12px}`;

export function tile(key: string, value: string, note = ''): string {
  return `<div class="tile"><div class="k">${e(key)}</div><div class="v">${e(value)}</div><div class="n">${e(note)}</div></div>`;
}

export function table(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const head = header.map((h) => `<th>${e(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${e(String(c))}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function trendChart(title: string, daily: WorkflowFigures['daily'], budgetMinutes: number): string {
  return lineChart({
    title,
    labels: daily.map((d) => d.day.slice(5)),
    series: [
      { name: 'p95', color: '#d97706', values: daily.map((d) => m(d.p95)) },
      { name: 'p50', color: '#2563eb', values: daily.map((d) => m(d.p50)) },
    ],
    unit: 'minutes',
    threshold: { value: budgetMinutes, label: `budget ${budgetMinutes} min` },
  });
}

function workflowSection(w: WorkflowFigures, budgetMinutes: number): string {
  const jobs = w.jobs.slice(0, 20);
  const parts = [
    `<h2>${e(w.workflow)}</h2>`,
    `<div class="tiles">${tile('Runs', String(w.runs), `${w.retried} retried, ${w.cancelled} cancelled`)}${tile('Success rate', percent(w.successRate), `${w.successes} ok, ${w.failures} failed`)}${tile('p50', minutes(w.duration.p50))}${tile('p95', minutes(w.duration.p95))}${tile('Queue p50', minutes(w.queue.p50))}</div>`,
    `<div class="charts">${trendChart(`${w.workflow}: daily run duration`, w.daily, budgetMinutes)}`,
    barChart({
      title: `${w.workflow}: jobs, p50 (bar) and p95 (mark), minutes`,
      unit: 'min',
      bars: jobs.map((j) => ({
        label: j.name,
        value: m(j.duration.p50) ?? 0,
        ...(j.duration.p95 === null ? {} : { marker: m(j.duration.p95) ?? 0 }),
        note: `${minutes(j.duration.p50)}`,
      })),
    }),
    `</div>`,
    table(
      ['Job', 'Runs', 'p50', 'p95', 'Success rate', 'Flaky runs', 'On critical path'],
      jobs.map((j) => [
        j.name,
        j.count,
        minutes(j.duration.p50),
        minutes(j.duration.p95),
        percent(j.successRate),
        j.flaky,
        percent(j.onCriticalPath),
      ]),
    ),
  ];
  if (w.criticalPath) {
    parts.push(
      `<p>Critical path of run ${w.criticalPath.runId} (${e(minutes(w.criticalPath.seconds))}): ${w.criticalPath.jobs.map((j) => `${e(j.name)} (${e(minutes(j.seconds))})`).join(' → ')}</p>`,
    );
  }
  if (w.slowestSteps.length > 0) {
    parts.push(
      table(
        ['Slowest step', 'Job', 'Count', 'p50', 'p95'],
        w.slowestSteps.map((s) => [s.step, s.job, s.count, minutes(s.duration.p50), minutes(s.duration.p95)]),
      ),
    );
  }
  return parts.join('\n');
}

/** The dashboard: one static, self-contained HTML page with inline SVG charts. */
export function dashboardHtml(report: MetricsReport): string {
  const d = report.dora;
  const s = report.signatures;
  const regressions =
    report.regressions.length > 0
      ? `<div class="callout"><strong>${report.regressions.length} regression(s)</strong><ul>${report.regressions
          .slice(0, 20)
          .map((r) => `<li>${e(r.message)}</li>`)
          .join('')}</ul></div>`
      : `<div class="callout ok">No regressions: runs are within the ${report.budgetMinutes}-minute budget and p50/p95 hold against the baseline.</div>`;
  const body = [
    `<h1>CI metrics: ${e(report.repository)}</h1>`,
    `<p class="sub">Last ${report.window.days} days, ${e(report.window.from.slice(0, 10))} to ${e(report.window.to.slice(0, 10))}; ${report.historyRuns} runs in the history. Generated ${e(report.generatedAt)}.</p>`,
    regressions,
    `<h2>Overview</h2><div class="tiles">${tile('Runs', String(report.totals.runs))}${tile('Success rate', percent(report.totals.successRate), 'cancelled runs left out')}${tile('Duration p50', minutes(report.totals.duration.p50), 'successful runs')}${tile('Duration p95', minutes(report.totals.duration.p95), `budget ${report.budgetMinutes} min`)}${tile('Queue p50', minutes(report.totals.queue.p50))}</div>`,
    `<h2>DORA</h2><div class="tiles">${tile('Deployment frequency', frequency(d.deploymentsPerDay), `${d.deployments} successful production deploys`)}${tile('Lead time for changes', span(d.leadTime.p50), `median of ${d.leadTime.count} commits; p95 ${span(d.leadTime.p95)}`)}${tile('Change failure rate', percent(d.changeFailureRate), `${d.failedDeployments} failed`)}${tile('Failed deployment recovery', span(d.recoveryTime.p50), `median of ${d.recoveryTime.count}; ${d.unrecovered} not yet recovered`)}</div>`,
    `<h2>Supply chain and caching</h2><div class="tiles">${tile('Signature coverage', percent(s.coverage), `${s.signedBuilds} of ${s.builds} builds signed`)}${tile('Deploys verified', percent(s.verifiedCoverage), `${s.verifiedDeployments} of ${s.deployments}`)}${tile('Scan pass rate', percent(report.scans.passRate), `${report.scans.passed} of ${report.scans.total}`)}${tile('Reproducible builds', percent(report.reproducibility.rate), `${report.reproducibility.reproducible} of ${report.reproducibility.total} rebuilt identically`)}${report.cache.map((c) => tile(`Cache hit rate: ${c.layer}`, percent(c.hitRate), `${percent(c.restoreRate)} restored incl. partial`)).join('')}</div>`,
    `<div class="charts">${trendChart('All workflows: daily run duration', report.totals.daily, report.budgetMinutes)}</div>`,
    ...report.workflows.slice(0, 6).map((w) => workflowSection(w, report.budgetMinutes)),
    `<footer>Definitions: duration is a successful run's latest attempt from its start to its last job's end; percentiles interpolate between ranks. Made by Slipway ci-metrics.</footer>`,
  ];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>CI metrics: ${e(report.repository)}</title><style>${STYLE}</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}
