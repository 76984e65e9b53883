import type { CacheLayerFigures, ReproducibilityFigures, ScanFigures } from '../outcome-figures.js';
import { ratio, type Distribution } from '../percentiles.js';
import type { ReportOptions } from '../report.js';
import type { HistoryStore } from './history-store.js';
import { cacheFromStore, percentileRises, reproducibilityFromStore, scansFromStore, windowOf } from './sql-report.js';
import { distributionColumns, distributionOf, successColumns, successOf } from './sql-figures.js';

/** One repository's line in the organisation report. */
export interface RepositoryFigures {
  repository: string;
  runs: number;
  successRate: number | null;
  duration: Distribution;
  queue: Distribution;
  /** The largest rise of a workflow's p50 or p95, recent window against the baseline, in percent. */
  rise: number | null;
  /** The workflow with that rise. */
  risingWorkflow: string | null;
  /** p50/p95 regressions over the allowed rise. */
  regressions: number;
  /** Signed builds of the default branch (as the repository report counts them). */
  signatureCoverage: number | null;
}

/** The figures of many repositories in one store: the organisation's totals, its slowest and most-regressed repositories first. */
export interface OrgReport {
  organisation: string;
  generatedAt: string;
  window: { from: string; to: string; days: number };
  budgetMinutes: number;
  regressionPercent: number;
  totals: {
    repositories: number;
    runs: number;
    successRate: number | null;
    duration: Distribution;
    queue: Distribution;
    signatureCoverage: number | null;
  };
  /** Slowest first: p95 of successful runs, highest first. */
  slowest: RepositoryFigures[];
  /** Most regressed first: repositories whose p50 or p95 rose, largest rise first. */
  mostRegressed: RepositoryFigures[];
  /** Every repository: most regressed (over the allowed rise) first, then slowest. */
  repositories: RepositoryFigures[];
  cache: CacheLayerFigures[];
  scans: ScanFigures;
  reproducibility: ReproducibilityFigures;
}

const iso = (s: number): string => new Date(s * 1000).toISOString();
const num = (v: unknown): number => Number(v ?? 0);

/** The organisation's report from the repositories named `ORG/...` in the store (or those given). */
export async function orgReportFromStore(
  store: HistoryStore,
  organisation: string,
  options: ReportOptions & { repositories?: readonly string[] },
): Promise<OrgReport> {
  const db = store.driver;
  const w = windowOf(options);
  const maxMinutes = options.maxMinutes ?? 15;
  const regressionPercent = options.regressionPercent ?? 20;
  const names = options.repositories ?? (await store.repositories(`${organisation}/`)).map((r) => r.repository);
  const empty: Distribution = { count: 0, p50: null, p95: null, mean: null, max: null };
  const base: OrgReport = {
    organisation,
    generatedAt: iso(w.to),
    window: { from: iso(w.from), to: iso(w.to), days: w.windowDays },
    budgetMinutes: maxMinutes,
    regressionPercent,
    totals: { repositories: names.length, runs: 0, successRate: null, duration: empty, queue: empty, signatureCoverage: null },
    slowest: [],
    mostRegressed: [],
    repositories: [],
    cache: [],
    scans: { total: 0, passed: 0, passRate: null },
    reproducibility: { total: 0, reproducible: 0, rate: null, hermetic: 0, notIsolated: 0 },
  };
  if (names.length === 0) return base;
  const repoIn = `repository IN (${names.map(() => '?').join(', ')})`;
  const params = [...names, w.from, w.to];
  const ok = "conclusion = 'success'";
  const queued = "conclusion <> 'cancelled' AND queue IS NOT NULL";
  const cols = `COUNT(*) AS runs, ${successColumns('conclusion', 's')}, ${distributionColumns(db, 'duration', 'd', ok)}, ${distributionColumns(db, 'queue', 'q', queued)}`;
  const where = `${repoIn} AND created_at >= ? AND created_at <= ?`;
  const [totals] = await db.all(`SELECT ${cols} FROM runs WHERE ${where}`, params);
  const rows = await db.all(`SELECT repository, ${cols} FROM runs WHERE ${where} GROUP BY repository`, params);
  const signed = await db.all(
    `SELECT r.repository, COUNT(*) AS builds, SUM(CASE WHEN COALESCE(s.n, 0) > 0 AND COALESCE(s.unsigned, 0) = 0 THEN 1 ELSE 0 END) AS signed
     FROM runs r JOIN repositories p ON p.repository = r.repository
     LEFT JOIN (
       SELECT repository, run_id, COUNT(*) AS n, SUM(CASE WHEN signed = 1 THEN 0 ELSE 1 END) AS unsigned FROM outcomes
       WHERE ${repoIn} AND type = 'signature' AND run_created_at >= ? AND run_created_at <= ? GROUP BY repository, run_id
     ) s ON s.repository = r.repository AND s.run_id = r.run_id
     WHERE r.${repoIn} AND r.created_at >= ? AND r.created_at <= ? AND r.conclusion = 'success' AND r.branch = p.default_branch
       AND r.event <> 'pull_request' AND (r.artifacts > 0 OR COALESCE(s.n, 0) > 0)
     GROUP BY r.repository`,
    [...params, ...params],
  );
  const signatures = new Map(signed.map((s) => [String(s['repository']), { builds: num(s['builds']), signed: num(s['signed']) }]));
  const rises = await percentileRises(store, names, w, { maxMinutes, regressionPercent });
  const figures: RepositoryFigures[] = rows.map((r) => {
    const repository = String(r['repository']);
    const mine = rises.filter((x) => x.repository === repository && x.percent !== null);
    const top = mine.sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0))[0];
    const sig = signatures.get(repository);
    return {
      repository,
      runs: num(r['runs']),
      successRate: successOf(r, 's'),
      duration: distributionOf(r, 'd'),
      queue: distributionOf(r, 'q'),
      rise: top?.percent ?? null,
      risingWorkflow: top?.workflow ?? null,
      regressions: rises.filter((x) => x.repository === repository).reduce((n, x) => n + x.regressions.length, 0),
      signatureCoverage: sig ? ratio(sig.signed, sig.builds) : null,
    };
  });
  const byP95 = (a: RepositoryFigures, b: RepositoryFigures): number =>
    (b.duration.p95 ?? -1) - (a.duration.p95 ?? -1) || a.repository.localeCompare(b.repository);
  const byRise = (a: RepositoryFigures, b: RepositoryFigures): number => (b.rise ?? -Infinity) - (a.rise ?? -Infinity) || byP95(a, b);
  const allSig = [...signatures.values()].reduce((t, s) => ({ builds: t.builds + s.builds, signed: t.signed + s.signed }), {
    builds: 0,
    signed: 0,
  });
  return {
    ...base,
    totals: {
      repositories: names.length,
      runs: num(totals?.['runs']),
      successRate: successOf(totals, 's'),
      duration: distributionOf(totals, 'd'),
      queue: distributionOf(totals, 'q'),
      signatureCoverage: ratio(allSig.signed, allSig.builds),
    },
    slowest: [...figures].sort(byP95),
    mostRegressed: figures.filter((f) => f.rise !== null && f.rise > 0).sort(byRise),
    repositories: [...figures].sort((a, b) => b.regressions - a.regressions || byRise(a, b)),
    cache: await cacheFromStore(store, names, w),
    scans: await scansFromStore(store, names, w),
    reproducibility: await reproducibilityFromStore(store, names, w),
  };
}
