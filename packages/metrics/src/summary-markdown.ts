import { Markdown } from '@slipway/core';
import { frequency, minutes, percent, span } from './format.js';
import type { MetricsReport } from './report.js';
import type { WorkflowFigures } from './run-figures.js';

const label = (day: string): string => day.slice(5);

/** A mermaid xychart of a workflow's daily p50/p95 in minutes, with the budget line; days without runs are left out. */
export function trendMermaid(title: string, days: WorkflowFigures['daily'], budgetMinutes: number): string | undefined {
  const rows = days.filter((d) => d.p50 !== null);
  if (rows.length < 2) return undefined;
  const m = (s: number | null): string => ((s ?? 0) / 60).toFixed(1);
  const top = Math.ceil(Math.max(budgetMinutes, ...rows.map((d) => (d.p95 ?? 0) / 60)) * 1.1);
  return [
    'xychart-beta',
    `  title "${title.replace(/"/g, "'")}"`,
    `  x-axis [${rows.map((d) => `"${label(d.day)}"`).join(', ')}]`,
    `  y-axis "minutes" 0 --> ${top}`,
    `  line [${rows.map((d) => m(d.p95)).join(', ')}]`,
    `  line [${rows.map((d) => m(d.p50)).join(', ')}]`,
    `  line [${rows.map(() => budgetMinutes.toFixed(1)).join(', ')}]`,
  ].join('\n');
}

/** The job summary: regressions first, then the figures, tables and mermaid trend charts. */
export function summaryMarkdown(report: MetricsReport, options: { dashboardUrl?: string } = {}): string {
  const md = new Markdown().heading(`CI metrics: ${report.repository}`);
  md.paragraph(
    `${report.totals.runs} runs in the last ${report.window.days} days (to ${report.window.to.slice(0, 10)}); budget ${report.budgetMinutes} min, regression threshold +${report.regressionPercent}%.`,
  );
  if (report.regressions.length > 0) {
    const shown = report.regressions.slice(0, 10).map((r) => `- ${r.message}`);
    if (report.regressions.length > 10) shown.push(`- … and ${report.regressions.length - 10} more`);
    md.callout('WARNING', `**${report.regressions.length} regression(s)**\n${shown.join('\n')}`);
  } else {
    md.callout('TIP', 'No regressions: every new run is within the budget and p50/p95 hold against the baseline.');
  }
  const d = report.dora;
  md.heading('Overview', 3).table(
    ['Runs', 'Success rate', 'p50', 'p95', 'Queue p50', 'Deploys', 'Lead time p50', 'Change failure rate', 'Recovery p50'],
    [
      [
        report.totals.runs,
        percent(report.totals.successRate),
        minutes(report.totals.duration.p50),
        minutes(report.totals.duration.p95),
        minutes(report.totals.queue.p50),
        `${d.deployments} (${frequency(d.deploymentsPerDay)})`,
        span(d.leadTime.p50),
        percent(d.changeFailureRate),
        span(d.recoveryTime.p50),
      ],
    ],
    ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  md.heading('Workflows', 3).table(
    ['Workflow', 'Runs', 'Success rate', 'p50', 'p95', 'Queue p50', 'Retried'],
    report.workflows.map((w) => [
      w.workflow,
      w.runs,
      percent(w.successRate),
      minutes(w.duration.p50),
      minutes(w.duration.p95),
      minutes(w.queue.p50),
      w.retried,
    ]),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  for (const w of report.workflows.slice(0, 3)) {
    const chart = trendMermaid(`${w.workflow}: p95, p50 and budget (min)`, w.daily, report.budgetMinutes);
    const body = new Markdown();
    if (chart) body.mermaid(chart);
    body.table(
      ['Job', 'p50', 'p95', 'Success rate', 'Flaky runs', 'On critical path'],
      w.jobs
        .slice(0, 15)
        .map((j) => [j.name, minutes(j.duration.p50), minutes(j.duration.p95), percent(j.successRate), j.flaky, percent(j.onCriticalPath)]),
      ['l', 'r', 'r', 'r', 'r', 'r'],
    );
    if (w.criticalPath) {
      body.paragraph(
        `Critical path of run ${w.criticalPath.runId} (${minutes(w.criticalPath.seconds)}): ${w.criticalPath.jobs.map((j) => `${j.name} (${minutes(j.seconds)})`).join(' → ')}`,
      );
    }
    if (w.slowestSteps.length > 0) {
      body.table(
        ['Slowest steps', 'Job', 'p50', 'p95'],
        w.slowestSteps.slice(0, 5).map((s) => [s.step, s.job, minutes(s.duration.p50), minutes(s.duration.p95)]),
        ['l', 'l', 'r', 'r'],
      );
    }
    md.heading(w.workflow, 3).raw(body.toString());
  }
  md.heading('Supply chain and caching', 3).table(
    ['Figure', 'Value', 'Counted'],
    [
      [
        'Signature coverage (builds signed)',
        percent(report.signatures.coverage),
        `${report.signatures.signedBuilds} of ${report.signatures.builds}`,
      ],
      [
        'Deployments verified',
        percent(report.signatures.verifiedCoverage),
        `${report.signatures.verifiedDeployments} of ${report.signatures.deployments}`,
      ],
      ['Scan pass rate', percent(report.scans.passRate), `${report.scans.passed} of ${report.scans.total}`],
      [
        'Reproducible builds',
        percent(report.reproducibility.rate),
        `${report.reproducibility.reproducible} of ${report.reproducibility.total} (${report.reproducibility.hermetic} hermetic)`,
      ],
      ...report.cache.map((c) => [
        `Cache hit rate: ${c.layer}`,
        percent(c.hitRate),
        `${c.exact} exact, ${c.partial} partial, ${c.miss} miss`,
      ]),
    ],
    ['l', 'r', 'l'],
  );
  if (options.dashboardUrl) md.paragraph(`Dashboard: ${options.dashboardUrl}`);
  return md.toString();
}
