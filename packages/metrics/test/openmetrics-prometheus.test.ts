import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateHistory } from '../../../test/services/github-api-history.js';
import { historyOf } from '../../../test/services/github-api-as-history.js';
import { startPrometheusWith, type PrometheusServer } from '../../../test/services/prometheus.js';
import { HistoryStore, importHistory, METRIC, openMetricsText, reportFromStore, SqliteDriver } from '../src/index.js';

// The OpenMetrics export backfilled by a real promtool and queried from a real Prometheus:
// PromQL at the report's time gives the report's p50 and p95, per repository and workflow.

jest.setTimeout(120_000);

let prom: PrometheusServer | undefined;
let tmp: string | undefined;
afterAll(async () => {
  await prom?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('OpenMetrics export', () => {
  it('backfills into Prometheus, whose PromQL answers equal the report', async () => {
    const end = Math.floor(Date.parse('2026-11-20T12:00:00Z') / 1000);
    const store = await HistoryStore.open(SqliteDriver.open(':memory:'), 'memory');
    const repos = ['alpha', 'beta'].map((name, i) => historyOf(generateHistory({ seed: 60 + i, end, days: 20, runsPerDay: 10, name })));
    for (const h of repos) await importHistory(store, h);
    const reports = [];
    for (const h of repos) reports.push(await reportFromStore(store, h.repository, { now: end, windowDays: 14 }));
    await store.close();
    const text = openMetricsText(reports);
    expect(text.endsWith('# EOF\n')).toBe(true);
    tmp = await mkdtemp(join(tmpdir(), 'openmetrics-'));
    const file = join(tmp, 'export.om');
    await writeFile(file, text);
    prom = await startPrometheusWith(file);
    for (const r of reports) {
      const [p50] = await prom.query(`${METRIC.p50}{repository="${r.repository}",workflow=""}`, end);
      const [p95] = await prom.query(`${METRIC.p95}{repository="${r.repository}",workflow=""}`, end);
      expect(p50?.value).toBeCloseTo(r.totals.duration.p50 ?? -1, 6);
      expect(p95?.value).toBeCloseTo(r.totals.duration.p95 ?? -1, 6);
      for (const w of r.workflows) {
        const [wp95] = await prom.query(`${METRIC.p95}{repository="${r.repository}",workflow="${w.workflow}"}`, end);
        expect(wp95?.value).toBeCloseTo(w.duration.p95 ?? -1, 6);
      }
    }
    // The slowest repository by PromQL is the report's slowest.
    const top = await prom.query(`topk(1, ${METRIC.p95}{workflow=""})`, end);
    const slowest = [...reports].sort((a, b) => (b.totals.duration.p95 ?? 0) - (a.totals.duration.p95 ?? 0))[0];
    expect(top[0]?.metric['repository']).toBe(slowest?.repository);
    // The daily trend is there too: a day in the middle of the window has that day's p50.
    const day = reports[0]?.totals.daily.find((d) => d.p50 !== null && d.day < '2026-11-15');
    const at = Date.parse(`${day?.day ?? ''}T23:59:59Z`) / 1000;
    const [daily] = await prom.query(`${METRIC.dailyP50}{repository="${reports[0]?.repository ?? ''}",workflow=""}`, at);
    expect(daily?.value).toBeCloseTo(day?.p50 ?? -1, 6);
  });
});
