import { assertDistinctOutputs, UserError, writeOutputFiles, type OutputFile } from '@slipway/core';
import { resolve } from 'node:path';
import {
  dashboardHtml,
  minutes,
  orgDashboardHtml,
  orgReportFromStore,
  percent,
  reportFromStore,
  summaryMarkdown,
  type HistoryStore,
  type MetricsReport,
  type OrgReport,
} from '@slipway/metrics';
import { EXIT, leaf, printJson, UsageError } from '../command.js';
import { openCommandStore, storeLocation, storeOptions, windowFlags, windowOptions } from './metrics-options.js';

function headline(r: MetricsReport): string {
  return [
    `${r.repository}: ${r.totals.runs} runs in the last ${r.window.days} days`,
    `  duration p50 ${minutes(r.totals.duration.p50)}, p95 ${minutes(r.totals.duration.p95)}; success rate ${percent(r.totals.successRate)}`,
    `  DORA: ${r.dora.deployments} deployments (${r.dora.deploymentsPerDay.toFixed(2)}/day), lead time p50 ${minutes(r.dora.leadTime.p50)}, change failure rate ${percent(r.dora.changeFailureRate)}, recovery p50 ${minutes(r.dora.recoveryTime.p50)}`,
    `  signature coverage ${percent(r.signatures.coverage)}, scan pass rate ${percent(r.scans.passRate)}, reproducible builds ${percent(r.reproducibility.rate)}`,
    `  ${r.regressions.length} regression(s)`,
  ].join('\n');
}

function orgHeadline(r: OrgReport): string {
  const lines = [
    `${r.organisation}: ${r.totals.repositories} repositories, ${r.totals.runs} runs in the last ${r.window.days} days; p50 ${minutes(r.totals.duration.p50)}, p95 ${minutes(r.totals.duration.p95)}, success rate ${percent(r.totals.successRate)}`,
    '  slowest (p95): ' +
      (r.slowest
        .slice(0, 5)
        .map((x) => `${x.repository} ${minutes(x.duration.p95)}`)
        .join(', ') || '—'),
    '  most regressed: ' +
      (r.mostRegressed
        .slice(0, 5)
        .map((x) => `${x.repository} +${(x.rise ?? 0).toFixed(0)}%`)
        .join(', ') || '—'),
  ];
  return lines.join('\n');
}

/** The repository a report is about: the flag, or the store's only one. */
export async function pickRepository(store: HistoryStore, repo: string | undefined): Promise<string> {
  const known = await store.repositories();
  if (repo !== undefined) {
    if (!known.some((r) => r.repository === repo))
      throw new UserError(`The metrics store ${store.location} holds no runs of ${repo}`, {
        hint:
          known.length > 0
            ? `it holds ${known
                .slice(0, 5)
                .map((r) => r.repository)
                .join(', ')}${known.length > 5 ? ', ...' : ''}`
            : 'collect it first with slipway metrics collect',
      });
    return repo;
  }
  if (known.length === 1) return (known[0] as { repository: string }).repository;
  if (known.length === 0)
    throw new UserError(`The metrics store ${store.location} is empty`, {
      hint: 'write it first with slipway metrics collect --repo OWNER/NAME --data FILE',
    });
  throw new UsageError(`The metrics store ${store.location} holds ${known.length} repositories; name one with --repo, or use --org`);
}

/** `slipway metrics report`: figures, summary and dashboard of a repository or an organisation. */
export const metricsReportCommand = leaf({
  name: 'report',
  summary: 'compute the figures of a store and render the markdown summary, HTML dashboard or JSON',
  usage:
    'metrics report (--data FILE | --store URL) [--repo OWNER/NAME | --org ORG] [--window-days N] [--recent-days N] [--max-minutes N] [--now ISO] [--html OUT] [--markdown OUT] [--json OUT]',
  options: {
    ...storeOptions,
    repo: { type: 'string', value: 'OWNER/NAME', description: "the repository (default the store's only one; with --org, its page)" },
    org: { type: 'string', value: 'ORG', description: 'the organisation view: every repository of ORG, slowest and most regressed first' },
    ...windowOptions,
    html: { type: 'string', value: 'OUT', description: 'write the self-contained HTML dashboard here' },
    markdown: { type: 'string', value: 'OUT', description: 'write the markdown summary (tables, mermaid charts) here' },
    json: { type: 'string', value: 'OUT', description: "write every figure as JSON here ('-' for stdout)" },
  },
  details: [
    'Regressions are runs of the recent window over the budget and p50/p95 rising more than the allowed',
    'percentage over the window before it. Without an output flag the markdown goes to stdout.',
    '',
    'Exit codes: 0 reported (regressions are printed as warnings), 2 bad usage or an unreadable store.',
  ].join('\n'),
  run: async ({ values }, io) => {
    const location = storeLocation(values, io.cwd);
    const window = windowFlags(values);
    const outputs = (['html', 'markdown', 'json'] as const).filter((k) => values[k] !== undefined && values[k] !== '-');
    await assertDistinctOutputs(
      location.inputPath ? [{ path: location.inputPath, name: '--data' }] : [],
      outputs.map((k) => ({ path: resolve(io.cwd, values[k] as string), name: `--${k}` })),
    );
    // A report reads a store: a missing one is a wrong path, never an empty store made there.
    const { store } = await openCommandStore(location, io, { mustExist: true });
    try {
      if (values.org !== undefined && values.repo === undefined) {
        const report = await orgReportFromStore(store, values.org, window);
        if (report.totals.repositories === 0)
          throw new UserError(`The metrics store ${store.location} holds no repository of ${values.org}`, {
            hint: `collect them first with slipway metrics collect --org ${values.org}`,
          });
        const files: OutputFile[] = [];
        if (values.html) files.push({ path: resolve(io.cwd, values.html), text: orgDashboardHtml(report), what: 'the dashboard' });
        if (values.json && values.json !== '-')
          files.push({ path: resolve(io.cwd, values.json), text: `${JSON.stringify(report, null, 2)}\n`, what: 'the JSON report' });
        if (values.markdown) throw new UsageError('--markdown is for one repository; use --html or --json with --org');
        await writeOutputFiles(files);
        if (values.json === '-') printJson(io, report);
        else io.stdout(`${orgHeadline(report)}\n`);
        return EXIT.ok;
      }
      const repository = await pickRepository(store, values.repo);
      const report = await reportFromStore(store, repository, window);
      const files: OutputFile[] = [];
      if (values.html) files.push({ path: resolve(io.cwd, values.html), text: dashboardHtml(report), what: 'the dashboard' });
      if (values.markdown) files.push({ path: resolve(io.cwd, values.markdown), text: summaryMarkdown(report), what: 'the summary' });
      if (values.json && values.json !== '-')
        files.push({ path: resolve(io.cwd, values.json), text: `${JSON.stringify(report, null, 2)}\n`, what: 'the JSON report' });
      await writeOutputFiles(files);
      if (values.json === '-') printJson(io, report);
      else if (files.length === 0) io.stdout(summaryMarkdown(report));
      else {
        io.stdout(`${headline(report)}\n`);
        for (const k of outputs) io.stdout(`  ${k}: ${resolve(io.cwd, values[k] as string)}\n`);
      }
      for (const r of report.regressions.slice(0, 20)) io.stderr(`slipway: warning: ${r.message}\n`);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
});
