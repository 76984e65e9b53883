import type { MetricsReport } from './report.js';

// The figures as OpenMetrics text (https://openmetrics.io), for Prometheus to backfill
// (`promtool tsdb create-blocks-from openmetrics`) or a Pushgateway to take. Every sample has a
// timestamp: the window's figures at the report's time, the daily trend at each day's end.
// Durations are seconds and shares are ratios (0..1). A repository's totals carry no
// `workflow` label; a workflow's figures carry one.

type Labels = Record<string, string>;

interface Family {
  name: string;
  help: string;
  unit?: 'seconds';
  samples: string[];
}

const escape = (v: string): string => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labelText = (labels: Labels): string => {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escape(v)}"`);
  return parts.length > 0 ? `{${parts.join(',')}}` : '';
};
const value = (n: number): string => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15))));

class Families {
  private readonly byName = new Map<string, Family>();

  add(name: string, help: string, labels: Labels, v: number | null | undefined, at: number, unit?: 'seconds'): void {
    if (v === null || v === undefined || !Number.isFinite(v)) return;
    let f = this.byName.get(name);
    if (!f) this.byName.set(name, (f = { name, help, ...(unit ? { unit } : {}), samples: [] }));
    f.samples.push(`${name}${labelText(labels)} ${value(v)} ${value(at)}`);
  }

  text(): string {
    const out: string[] = [];
    for (const f of this.byName.values()) {
      out.push(`# TYPE ${f.name} gauge`);
      if (f.unit) out.push(`# UNIT ${f.name} ${f.unit}`);
      out.push(`# HELP ${f.name} ${f.help}`);
      out.push(...f.samples);
    }
    out.push('# EOF');
    return `${out.join('\n')}\n`;
  }
}

/** The metric names, so dashboards and tests spell them once. */
export const METRIC = {
  runs: 'slipway_ci_runs',
  p50: 'slipway_ci_run_duration_p50_seconds',
  p95: 'slipway_ci_run_duration_p95_seconds',
  success: 'slipway_ci_success_ratio',
  queueP50: 'slipway_ci_queue_p50_seconds',
  dailyP50: 'slipway_ci_daily_run_duration_p50_seconds',
  dailyP95: 'slipway_ci_daily_run_duration_p95_seconds',
  dailyRuns: 'slipway_ci_daily_runs',
  cacheHit: 'slipway_ci_cache_hit_ratio',
  signatures: 'slipway_ci_signature_coverage_ratio',
  scans: 'slipway_ci_scan_pass_ratio',
  reproducible: 'slipway_ci_reproducible_ratio',
  deploysPerDay: 'slipway_ci_deployments_per_day',
  leadTime: 'slipway_ci_lead_time_p50_seconds',
  changeFailure: 'slipway_ci_change_failure_ratio',
  recovery: 'slipway_ci_recovery_time_p50_seconds',
} as const;

/** OpenMetrics text of one or many repositories' reports, ending with `# EOF`. */
export function openMetricsText(reports: readonly MetricsReport[]): string {
  const f = new Families();
  for (const r of reports) {
    const at = Date.parse(r.window.to) / 1000;
    const repo = { repository: r.repository };
    const scopes: {
      labels: Labels;
      runs: number;
      successRate: number | null;
      p50: number | null;
      p95: number | null;
      queue: number | null;
      daily: MetricsReport['totals']['daily'];
    }[] = [
      {
        labels: repo,
        runs: r.totals.runs,
        successRate: r.totals.successRate,
        p50: r.totals.duration.p50,
        p95: r.totals.duration.p95,
        queue: r.totals.queue.p50,
        daily: r.totals.daily,
      },
      ...r.workflows.map((w) => ({
        labels: { ...repo, workflow: w.workflow },
        runs: w.runs,
        successRate: w.successRate,
        p50: w.duration.p50,
        p95: w.duration.p95,
        queue: w.queue.p50,
        daily: w.daily,
      })),
    ];
    for (const s of scopes) {
      f.add(METRIC.runs, `Runs created in the last ${r.window.days} days`, s.labels, s.runs, at);
      f.add(METRIC.p50, 'Median duration of successful runs in the window', s.labels, s.p50, at, 'seconds');
      f.add(METRIC.p95, '95th percentile duration of successful runs in the window', s.labels, s.p95, at, 'seconds');
      f.add(METRIC.success, 'Share of runs that succeeded, cancelled and skipped left out', s.labels, s.successRate, at);
      f.add(METRIC.queueP50, 'Median time from a run starting to its first job starting', s.labels, s.queue, at, 'seconds');
    }
    // The daily trend, oldest first within each series.
    for (const s of scopes) {
      for (const d of s.daily) {
        const dayEnd = Math.min(Date.parse(`${d.day}T23:59:59Z`) / 1000, at);
        f.add(METRIC.dailyRuns, 'Runs created that day (UTC)', s.labels, d.runs, dayEnd);
      }
    }
    for (const s of scopes)
      for (const d of s.daily)
        f.add(
          METRIC.dailyP50,
          'Median duration of successful runs that day',
          s.labels,
          d.p50,
          Math.min(Date.parse(`${d.day}T23:59:59Z`) / 1000, at),
          'seconds',
        );
    for (const s of scopes)
      for (const d of s.daily)
        f.add(
          METRIC.dailyP95,
          '95th percentile duration of successful runs that day',
          s.labels,
          d.p95,
          Math.min(Date.parse(`${d.day}T23:59:59Z`) / 1000, at),
          'seconds',
        );
    for (const c of r.cache)
      f.add(METRIC.cacheHit, 'Share of cache lookups that hit the exact key', { ...repo, layer: c.layer }, c.hitRate, at);
    f.add(METRIC.signatures, 'Share of default-branch builds whose artifacts were all signed', repo, r.signatures.coverage, at);
    f.add(METRIC.scans, 'Share of scan gate decisions that passed', repo, r.scans.passRate, at);
    f.add(METRIC.reproducible, 'Share of rebuild checks that gave the same bytes', repo, r.reproducibility.rate, at);
    f.add(
      METRIC.deploysPerDay,
      'Successful production deployments per day (DORA deployment frequency)',
      repo,
      r.dora.deploymentsPerDay,
      at,
    );
    f.add(
      METRIC.leadTime,
      'Median time from commit to its successful production deployment (DORA)',
      repo,
      r.dora.leadTime.p50,
      at,
      'seconds',
    );
    f.add(METRIC.changeFailure, 'Failed production deployments over all finished ones (DORA)', repo, r.dora.changeFailureRate, at);
    f.add(
      METRIC.recovery,
      'Median time from a failed deployment to the next successful one (DORA)',
      repo,
      r.dora.recoveryTime.p50,
      at,
      'seconds',
    );
  }
  return f.text();
}
