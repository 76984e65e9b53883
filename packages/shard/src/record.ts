import { normalizePath } from './file-matcher.js';
import { byCodeUnits, testId, type Outcome, type TimingSource } from './model.js';
import { emptyStore, type StoredTest, type TimingStore } from './timing-store.js';

export interface RecordOptions {
  /** The commit the reports ran on: the same test passing and failing on one commit is flaky. */
  sha: string;
  /** ISO time of this record. */
  now: string;
  /** Weight of the new run in the exponentially weighted average (0 < smoothing <= 1). */
  smoothing: number;
  /** Tests not reported for this many runs are dropped (deleted tests). */
  keepRuns?: number;
  root?: string;
  /** The runner the reports came from; kept in the store (the previous one stays when unknown). */
  runner?: string;
  /** This run's fitted cost beyond the tests (see `checkPlan`), folded into the store's. */
  overhead?: { shardSeconds: number; fileSeconds: number };
}

/** A test flagged flaky by this run. */
export interface FlakyTest {
  id: string;
  reason: string;
}

export interface RecordResult {
  store: TimingStore;
  flaky: FlakyTest[];
  /** Tests whose average took this run's time. */
  updated: number;
  added: number;
  /** Failed tests whose time was left out of the averages. */
  failedExcluded: number;
  removed: number;
  reported: number;
}

interface Merged {
  file: string;
  name: string;
  seconds: number;
  outcome: Outcome;
  retried: boolean;
  /** No report gave it a time: its outcome counts, its time does not. */
  untimed: boolean;
}

/** Merges every shard's reports into per-test outcomes: a test seen failing and passing was retried. */
function mergeReports(reports: readonly TimingSource[], root?: string): { tests: Map<string, Merged>; fileSeconds: Map<string, number> } {
  const tests = new Map<string, Merged>();
  const fileSeconds = new Map<string, number>();
  for (const r of reports) {
    for (const [f, s] of r.files) {
      const file = normalizePath(f, root);
      fileSeconds.set(file, (fileSeconds.get(file) ?? 0) + s);
    }
    for (const t of r.tests) {
      // A module skipped or broken at import has no test to time.
      if (t.name === '') continue;
      const file = normalizePath(t.file, root);
      const id = testId(file, t.name);
      const prev = tests.get(id);
      if (!prev) {
        tests.set(id, { file, name: t.name, seconds: t.seconds, outcome: t.outcome, retried: t.retried, untimed: t.untimed === true });
        continue;
      }
      const outcomes = new Set([prev.outcome, t.outcome]);
      const flipped = outcomes.has('passed') && outcomes.has('failed');
      tests.set(id, {
        file,
        name: t.name,
        seconds: t.outcome === 'passed' && !t.untimed ? t.seconds : prev.seconds,
        outcome: flipped ? 'passed' : t.outcome,
        retried: prev.retried || t.retried || flipped,
        untimed: prev.untimed && t.untimed === true,
      });
    }
  }
  return { tests, fileSeconds };
}

/**
 * Folds one run's reports into the store: passing times enter an exponentially weighted
 * average, failed tests and files with failures keep their previous averages (a run cut
 * short says nothing about the time), and flaky tests are flagged.
 */
export function recordRun(previous: TimingStore | undefined, reports: readonly TimingSource[], options: RecordOptions): RecordResult {
  const base = previous ?? emptyStore();
  const run = base.runs + 1;
  const alpha = options.smoothing;
  const keep = options.keepRuns ?? 30;
  const runner = options.runner ?? base.runner;
  const overhead = smoothOverhead(base.overhead, options.overhead, alpha);
  const store: TimingStore = {
    ...emptyStore(),
    runs: run,
    updatedAt: options.now,
    ...(runner ? { runner } : {}),
    tests: { ...base.tests },
    files: { ...base.files },
    ...(overhead ? { overhead } : {}),
  };
  const { tests, fileSeconds } = mergeReports(reports, options.root);
  const flaky: FlakyTest[] = [];
  let updated = 0;
  let added = 0;
  let failedExcluded = 0;
  const failedFiles = new Set<string>();
  const perFile = new Map<string, number>();
  for (const [id, t] of [...tests].sort((a, b) => byCodeUnits(a[0], b[0]))) {
    const old = store.tests[id];
    const next: StoredTest = old
      ? { ...old, lastRun: run }
      : {
          file: t.file,
          name: t.name,
          seconds: t.seconds,
          samples: 0,
          lastRun: run,
          lastSha: '',
          lastOutcome: t.outcome,
          flakyRuns: 0,
          lastFlakyRun: 0,
        };
    if (!old) added += 1;
    let isFlaky = false;
    if (t.retried) {
      isFlaky = true;
      flaky.push({ id, reason: t.outcome === 'passed' ? 'failed, then passed on a retry' : 'passed and failed in this run' });
    } else if (
      old &&
      options.sha &&
      old.lastSha === options.sha &&
      t.outcome !== 'skipped' &&
      old.lastOutcome !== 'skipped' &&
      old.lastOutcome !== t.outcome
    ) {
      isFlaky = true;
      flaky.push({ id, reason: `${old.lastOutcome} then ${t.outcome} on the same commit ${options.sha.slice(0, 7)}` });
    }
    if (isFlaky) {
      next.flakyRuns += 1;
      next.lastFlakyRun = run;
    }
    if (t.outcome === 'passed' && t.untimed) {
      // It ran, but its time is unknown: the average stays as it was.
    } else if (t.outcome === 'passed') {
      next.seconds = next.samples === 0 ? t.seconds : alpha * t.seconds + (1 - alpha) * next.seconds;
      next.samples += 1;
      updated += 1;
      perFile.set(t.file, (perFile.get(t.file) ?? 0) + t.seconds);
    } else if (t.outcome === 'failed') {
      failedExcluded += 1;
      failedFiles.add(t.file);
    }
    if (t.outcome !== 'skipped') {
      next.lastSha = options.sha;
      next.lastOutcome = t.outcome;
    }
    store.tests[id] = next;
  }
  for (const [file, sum] of perFile) {
    if (failedFiles.has(file)) continue;
    const x = Math.max(sum, fileSeconds.get(file) ?? 0);
    const old = store.files[file];
    store.files[file] = old
      ? { seconds: alpha * x + (1 - alpha) * old.seconds, samples: old.samples + 1, lastRun: run }
      : { seconds: x, samples: 1, lastRun: run };
  }
  // Files a report timed as a whole (Knapsack-style, no tests) still count.
  const filesWithTests = new Set([...tests.values()].map((t) => t.file));
  for (const [file, x] of fileSeconds) {
    if (filesWithTests.has(file)) continue;
    const old = store.files[file];
    store.files[file] = old
      ? { seconds: alpha * x + (1 - alpha) * old.seconds, samples: old.samples + 1, lastRun: run }
      : { seconds: x, samples: 1, lastRun: run };
  }
  let removed = 0;
  for (const [id, t] of Object.entries(store.tests)) {
    if (run - t.lastRun >= keep) {
      delete store.tests[id];
      removed += 1;
    }
  }
  for (const [file, f] of Object.entries(store.files)) if (run - f.lastRun >= keep) delete store.files[file];
  return { store, flaky, updated, added, failedExcluded, removed, reported: tests.size };
}

function smoothOverhead(old: TimingStore['overhead'], now: RecordOptions['overhead'], alpha: number): TimingStore['overhead'] {
  if (!now) return old;
  if (!old) return { ...now, samples: 1 };
  const mix = (a: number, b: number): number => alpha * b + (1 - alpha) * a;
  return {
    shardSeconds: mix(old.shardSeconds, now.shardSeconds),
    fileSeconds: mix(old.fileSeconds, now.fileSeconds),
    samples: old.samples + 1,
  };
}

/** Tests flaky in any of the last `withinRuns` runs, most often flaky first. */
export function knownFlaky(store: TimingStore, withinRuns = 10): { id: string; flakyRuns: number }[] {
  return Object.entries(store.tests)
    .filter(([, t]) => t.flakyRuns > 0 && store.runs - t.lastFlakyRun < withinRuns)
    .map(([id, t]) => ({ id, flakyRuns: t.flakyRuns }))
    .sort((a, b) => b.flakyRuns - a.flakyRuns || byCodeUnits(a.id, b.id));
}
