/** What can be known about a file without running it. */
export interface FileFeatures {
  /** How many tests it declares (`test(`, `def test_`, `func Test`...). */
  declaredTests?: number;
  /** Its size in bytes. */
  bytes?: number;
}

export type EstimateMethod = 'per-test rate' | 'per-byte rate' | 'neighbour mean' | 'mean' | 'default';

export interface Estimate {
  seconds: number;
  method: EstimateMethod;
}

interface Aggregate {
  /** Timed files in the folder (and below). */
  n: number;
  seconds: number;
  /** Files that declare tests, their tests, and their seconds with each file's rate capped. */
  withTests: number;
  tests: number;
  secondsWithTests: number;
  withBytes: number;
  bytes: number;
  secondsWithBytes: number;
}

/** Seconds given to a file when nothing at all is timed: the split is then by declared size alone. */
const DEFAULT_SECONDS = 1;
/**
 * How many files of evidence the folder above is worth: a folder's own rate or mean is blended
 * with its parent's as n / (n + K), from the whole suite down to the file's own folder, so a
 * folder with few timed files borrows from its neighbours instead of trusting them blindly.
 */
const RATE_PSEUDO_FILES = 5;
const MEAN_PSEUDO_FILES = 3;
/** A folder's per-test and per-byte rates are capped at this quantile of its timed files' rates: one slow test does not set it. */
const RATE_CAP_QUANTILE = 0.9;

const parents = (file: string): string[] => {
  const parts = file.split('/').slice(0, -1);
  const out: string[] = [];
  for (let i = parts.length; i >= 0; i--) out.push(parts.slice(0, i).join('/'));
  return out;
};

function quantile(values: number[], q: number): number {
  if (values.length === 0) return Number.POSITIVE_INFINITY;
  values.sort((a, b) => a - b);
  return values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? Number.POSITIVE_INFINITY;
}

/**
 * Estimates the seconds of untimed files from the timed ones. `features` uses what is known
 * about each file: its declared tests times a per-test rate, else its size times a per-byte
 * rate, else the mean of its neighbours; each rate or mean is the file's folder's, shrunk towards
 * the folders above it in proportion to how few timed files it has, and rates are capped so one
 * slow test cannot inflate every file beside it. `mean` fills every gap with the global mean
 * (the common practice, kept for comparison).
 */
export function estimateFiles(
  known: readonly { file: string; seconds: number; features?: FileFeatures }[],
  unknown: readonly { file: string; features?: FileFeatures }[],
  strategy: 'features' | 'mean' = 'features',
): Map<string, Estimate> {
  return estimateWith(known, unknown, strategy);
}

function estimateWith(
  known: readonly { file: string; seconds: number; features?: FileFeatures }[],
  unknown: readonly { file: string; features?: FileFeatures }[],
  strategy: 'features' | 'mean',
): Map<string, Estimate> {
  // Each folder's rates are capped at the quantile of its own files' rates: an outlier in the
  // folder is cut to size, while a folder of uniformly slow files keeps its rate.
  const rates = new Map<string, { tests: number[]; bytes: number[] }>();
  for (const k of known) {
    const tests = k.features?.declaredTests ?? 0;
    const bytes = k.features?.bytes ?? 0;
    for (const dir of parents(k.file)) {
      const r = rates.get(dir) ?? { tests: [], bytes: [] };
      if (tests > 0) r.tests.push(k.seconds / tests);
      if (bytes > 0) r.bytes.push(k.seconds / bytes);
      rates.set(dir, r);
    }
  }
  const caps = new Map(
    [...rates].map(([dir, r]) => [dir, { test: quantile(r.tests, RATE_CAP_QUANTILE), byte: quantile(r.bytes, RATE_CAP_QUANTILE) }]),
  );
  const scopes = new Map<string, Aggregate>();
  for (const k of known) {
    const tests = k.features?.declaredTests ?? 0;
    const bytes = k.features?.bytes ?? 0;
    for (const dir of parents(k.file)) {
      const cap = caps.get(dir) ?? { test: Number.POSITIVE_INFINITY, byte: Number.POSITIVE_INFINITY };
      const a = scopes.get(dir) ?? {
        n: 0,
        seconds: 0,
        withTests: 0,
        tests: 0,
        secondsWithTests: 0,
        withBytes: 0,
        bytes: 0,
        secondsWithBytes: 0,
      };
      a.n += 1;
      a.seconds += k.seconds;
      if (tests > 0) {
        a.withTests += 1;
        a.tests += tests;
        a.secondsWithTests += Math.min(k.seconds, cap.test * tests);
      }
      if (bytes > 0) {
        a.withBytes += 1;
        a.bytes += bytes;
        a.secondsWithBytes += Math.min(k.seconds, cap.byte * bytes);
      }
      scopes.set(dir, a);
    }
  }
  const global = scopes.get('');
  const out = new Map<string, Estimate>();
  for (const u of unknown) {
    if (!global || global.n === 0) {
      out.set(u.file, { seconds: DEFAULT_SECONDS * Math.max(1, u.features?.declaredTests ?? 1), method: 'default' });
      continue;
    }
    if (strategy === 'mean') {
      out.set(u.file, { seconds: global.seconds / global.n, method: 'mean' });
      continue;
    }
    out.set(u.file, estimateOne(u.file, u.features ?? {}, scopes, global));
  }
  return out;
}

/** Blends a value down the folders, from the whole suite to the file's own, by each folder's evidence. */
function shrunk(
  chain: readonly Aggregate[],
  n: (a: Aggregate) => number,
  value: (a: Aggregate) => number,
  pseudo: number,
): { value: number; local: boolean } {
  let v = Number.NaN;
  let local = false;
  for (const [i, a] of chain.entries()) {
    const count = n(a);
    if (count === 0) continue;
    if (Number.isNaN(v)) {
      v = value(a);
      continue;
    }
    const w = count / (count + pseudo);
    v = w * value(a) + (1 - w) * v;
    if (i > 0) local = true;
  }
  return { value: v, local };
}

function estimateOne(file: string, f: FileFeatures, scopes: Map<string, Aggregate>, global: Aggregate): Estimate {
  // From the whole suite down to the file's own folder.
  const chain = parents(file)
    .reverse()
    .map((d) => scopes.get(d))
    .filter((a): a is Aggregate => a !== undefined);
  if (f.declaredTests && f.declaredTests > 0 && global.tests > 0) {
    const rate = shrunk(
      chain,
      (a) => a.withTests,
      (a) => a.secondsWithTests / a.tests,
      RATE_PSEUDO_FILES,
    );
    return { seconds: f.declaredTests * rate.value, method: 'per-test rate' };
  }
  if (f.bytes && f.bytes > 0 && global.bytes > 0) {
    const rate = shrunk(
      chain,
      (a) => a.withBytes,
      (a) => a.secondsWithBytes / a.bytes,
      RATE_PSEUDO_FILES,
    );
    return { seconds: f.bytes * rate.value, method: 'per-byte rate' };
  }
  const mean = shrunk(
    chain,
    (a) => a.n,
    (a) => a.seconds / a.n,
    MEAN_PSEUDO_FILES,
  );
  return { seconds: mean.value, method: mean.local ? 'neighbour mean' : 'mean' };
}
