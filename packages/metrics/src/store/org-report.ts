import type { CacheLayerFigures, ReproducibilityFigures, ScanFigures } from '../outcome-figures.js';
import { addCounts, distributionOfCounts, ratio, type Distribution } from '../percentiles.js';
import type { ReportOptions } from '../report.js';
import type { HistoryStore } from './history-store.js';
import { cacheFromStore, percentileRises, reproducibilityFromStore, scansFromStore, windowOf } from './sql-report.js';
import { runCounts, runValues } from './run-counts.js';

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

/** The organisation's report from the repositories named `ORG/...` in the store (or those given). */
export async function orgReportFromStore(
  store: HistoryStore,
  organisation: string,
  options: ReportOptions & { repositories?: readonly string[] },
): Promise<OrgReport> {
  const w = windowOf(options);
  const maxMinutes = options.maxMinutes ?? 15;
  const regressionPercent = options.regressionPercent ?? 20;
  const known = await store.repositories(options.repositories ? undefined : `${organisation}/`);
  const wanted = options.repositories ? new Set(options.repositories) : undefined;
  const names = wanted ? [...wanted] : known.map((r) => r.repository);
  const defaultBranch = new Map(known.map((r) => [r.repository, r.defaultBranch]));
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
  // Counts and per-value counts from the day counts: one pass over each for the whole report.
  const [counts, values, cache, scans, reproducibility] = await Promise.all([
    runCounts(store, names, w),
    runValues(store, names, w),
    cacheFromStore(store, names, w),
    scansFromStore(store, names, w),
    reproducibilityFromStore(store, names, w),
  ]);
  const rises = await percentileRises(store, names, w, { maxMinutes, regressionPercent }, values);
  const perRepo = new Map<
    string,
    { runs: number; ok: number; counted: number; builds: number; signed: number; duration: Map<number, number>; queue: Map<number, number> }
  >();
  const entry = (repository: string): NonNullable<ReturnType<typeof perRepo.get>> => {
    const e = perRepo.get(repository) ?? { runs: 0, ok: 0, counted: 0, builds: 0, signed: 0, duration: new Map(), queue: new Map() };
    perRepo.set(repository, e);
    return e;
  };
  for (const c of counts) {
    const e = entry(c.repository);
    e.runs += c.runs;
    e.ok += c.ok;
    e.counted += c.counted;
    if (c.branch === defaultBranch.get(c.repository)) {
      e.builds += c.builds;
      e.signed += c.signed;
    }
  }
  for (const v of values) {
    const e = perRepo.get(v.repository);
    if (!e) continue;
    addCounts(e.duration, v.duration);
    addCounts(e.queue, v.queue);
  }
  const all = { runs: 0, ok: 0, counted: 0, builds: 0, signed: 0, duration: new Map<number, number>(), queue: new Map<number, number>() };
  for (const e of perRepo.values()) {
    all.runs += e.runs;
    all.ok += e.ok;
    all.counted += e.counted;
    all.builds += e.builds;
    all.signed += e.signed;
    addCounts(all.duration, e.duration);
    addCounts(all.queue, e.queue);
  }
  const figures: RepositoryFigures[] = [...perRepo].map(([repository, e]) => {
    const mine = rises.filter((x) => x.repository === repository && x.percent !== null);
    const top = mine.sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0))[0];
    return {
      repository,
      runs: e.runs,
      successRate: ratio(e.ok, e.counted),
      duration: distributionOfCounts(e.duration),
      queue: distributionOfCounts(e.queue),
      rise: top?.percent ?? null,
      risingWorkflow: top?.workflow ?? null,
      regressions: rises.filter((x) => x.repository === repository).reduce((n, x) => n + x.regressions.length, 0),
      signatureCoverage: e.builds > 0 ? ratio(e.signed, e.builds) : null,
    };
  });
  const byP95 = (a: RepositoryFigures, b: RepositoryFigures): number =>
    (b.duration.p95 ?? -1) - (a.duration.p95 ?? -1) || a.repository.localeCompare(b.repository);
  const byRise = (a: RepositoryFigures, b: RepositoryFigures): number => (b.rise ?? -Infinity) - (a.rise ?? -Infinity) || byP95(a, b);
  return {
    ...base,
    totals: {
      repositories: names.length,
      runs: all.runs,
      successRate: ratio(all.ok, all.counted),
      duration: distributionOfCounts(all.duration),
      queue: distributionOfCounts(all.queue),
      signatureCoverage: ratio(all.signed, all.builds),
    },
    slowest: [...figures].sort(byP95),
    mostRegressed: figures.filter((f) => f.rise !== null && f.rise > 0).sort(byRise),
    repositories: [...figures].sort((a, b) => b.regressions - a.regressions || byRise(a, b)),
    cache,
    scans,
    reproducibility,
  };
}
