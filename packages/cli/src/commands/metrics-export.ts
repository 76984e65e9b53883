import { resolve } from 'node:path';
import { assertDistinctOutputs, writeTextFile } from '@slipway/core';
import { openMetricsText, reportFromStore, type MetricsReport } from '@slipway/metrics';
import { EXIT, leaf, UsageError } from '../command.js';
import { pickRepository } from './metrics-report.js';
import { openCommandStore, storeLocation, storeOptions, windowFlags, windowOptions } from './metrics-options.js';

/** `slipway metrics export`: the figures as OpenMetrics text for Prometheus or a Pushgateway. */
export const metricsExportCommand = leaf({
  name: 'export',
  summary: 'write the figures as OpenMetrics text (Prometheus backfill, Pushgateway)',
  usage:
    'metrics export --format openmetrics (--data FILE | --store URL) [--repo OWNER/NAME | --org ORG] [--window-days N] [--now ISO] [--out FILE]',
  options: {
    format: { type: 'string', value: 'FORMAT', description: 'openmetrics (the only format)' },
    ...storeOptions,
    repo: { type: 'string', value: 'OWNER/NAME', description: 'the repository (default every repository in the store)' },
    org: { type: 'string', value: 'ORG', description: 'every repository of the organisation' },
    ...windowOptions,
    out: { type: 'string', value: 'FILE', description: 'write here instead of stdout' },
  },
  details: [
    "Samples carry timestamps (seconds): the window figures at --now, the daily trend at each day's end.",
    'Durations are in seconds. The text ends with # EOF, as `promtool tsdb create-blocks-from openmetrics` wants.',
    '',
    'Exit codes: 0 written, 2 bad usage or an unreadable store.',
  ].join('\n'),
  run: async ({ values }, io) => {
    if (values.format !== 'openmetrics')
      throw new UsageError(
        values.format === undefined ? '--format openmetrics is required' : `--format must be openmetrics; got '${values.format}'`,
      );
    const location = storeLocation(values, io.cwd);
    const window = windowFlags(values);
    const out = values.out === undefined ? undefined : resolve(io.cwd, values.out);
    if (out)
      await assertDistinctOutputs(location.inputPath ? [{ path: location.inputPath, name: '--data' }] : [], [{ path: out, name: '--out' }]);
    // A report reads a store: a missing one is a wrong path, never an empty store made there.
    const { store } = await openCommandStore(location, io, { mustExist: true });
    try {
      const names =
        values.repo !== undefined
          ? [await pickRepository(store, values.repo)]
          : (await store.repositories(values.org === undefined ? undefined : `${values.org}/`)).map((r) => r.repository);
      const reports: MetricsReport[] = [];
      for (const name of names) reports.push(await reportFromStore(store, name, window));
      const text = openMetricsText(reports);
      if (out) {
        await writeTextFile(out, text, { what: 'the OpenMetrics export' });
        io.stderr(`slipway: wrote ${reports.length} repositories' figures to ${out}\n`);
      } else io.stdout(text);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
});
