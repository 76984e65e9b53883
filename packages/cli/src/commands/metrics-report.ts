import { resolve } from 'node:path';
import { systemClock, UserError, writeTextFile } from '@slipway/core';
import { buildReport, dashboardHtml, loadHistory, minutes, percent, summaryMarkdown, type MetricsReport } from '@slipway/metrics';
import { EXIT, leaf, printJson, required } from '../command.js';

function headline(r: MetricsReport): string {
  return [
    `${r.repository}: ${r.totals.runs} runs in the last ${r.window.days} days`,
    `  duration p50 ${minutes(r.totals.duration.p50)}, p95 ${minutes(r.totals.duration.p95)}; success rate ${percent(r.totals.successRate)}`,
    `  DORA: ${r.dora.deployments} deployments (${r.dora.deploymentsPerDay.toFixed(2)}/day), lead time p50 ${minutes(r.dora.leadTime.p50)}, change failure rate ${percent(r.dora.changeFailureRate)}, recovery p50 ${minutes(r.dora.recoveryTime.p50)}`,
    `  ${r.regressions.length} regression(s)`,
  ].join('\n');
}

/** `slipway metrics report`: figures, summary and dashboard from a history file. */
export const metricsReportCommand = leaf({
  name: 'report',
  summary: 'compute the figures of a history file and render the markdown summary, HTML dashboard or JSON',
  usage: 'metrics report --data FILE [--html OUT] [--markdown OUT] [--json OUT]',
  options: {
    data: { type: 'string', value: 'FILE', description: 'the history file that `metrics collect` wrote' },
    html: { type: 'string', value: 'OUT', description: 'write the self-contained HTML dashboard here' },
    markdown: { type: 'string', value: 'OUT', description: 'write the markdown summary (tables, mermaid charts) here' },
    json: { type: 'string', value: 'OUT', description: "write every figure as JSON here ('-' for stdout)" },
  },
  details: [
    'Figures cover the last 30 days; regressions are runs of the last 7 days over 15 minutes and p50/p95',
    'rising more than 20% over the 30 days before. Without an output flag the markdown goes to stdout.',
    '',
    'Exit codes: 0 reported (regressions are printed as warnings), 2 bad usage or an unreadable history.',
  ].join('\n'),
  run: async ({ values }, io) => {
    const dataPath = resolve(io.cwd, required(values.data, 'data'));
    const loaded = await loadHistory(dataPath);
    if (loaded.source === 'new')
      throw new UserError(`The metrics history ${dataPath} does not exist`, {
        hint: 'write it first with slipway metrics collect --repo OWNER/NAME --data FILE',
      });
    const report = buildReport(loaded.history, { now: Math.floor(systemClock.now().getTime() / 1000) });
    if (loaded.source === 'backup')
      io.stderr(`slipway: warning: ${dataPath} is corrupt (${loaded.problem ?? ''}); reported from the previous good copy\n`);
    if (values.html) await writeTextFile(resolve(io.cwd, values.html), dashboardHtml(report));
    if (values.markdown) await writeTextFile(resolve(io.cwd, values.markdown), summaryMarkdown(report));
    if (values.json === '-') printJson(io, report);
    else if (values.json) await writeTextFile(resolve(io.cwd, values.json), `${JSON.stringify(report, null, 2)}\n`);
    if (!values.html && !values.markdown && !values.json) io.stdout(summaryMarkdown(report));
    else if (values.json !== '-') {
      io.stdout(`${headline(report)}\n`);
      for (const [flag, path] of [
        ['html', values.html],
        ['markdown', values.markdown],
        ['json', values.json],
      ] as const)
        if (path) io.stdout(`  ${flag}: ${resolve(io.cwd, path)}\n`);
    }
    for (const r of report.regressions.slice(0, 20)) io.stderr(`slipway: warning: ${r.message}\n`);
    return EXIT.ok;
  },
});
