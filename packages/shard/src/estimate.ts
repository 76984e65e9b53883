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
  n: number;
  seconds: number;
  tests: number;
  secondsWithTests: number;
  bytes: number;
  secondsWithBytes: number;
}

/** Seconds given to a file when nothing at all is timed: the split is then by declared size alone. */
const DEFAULT_SECONDS = 1;
/** A directory's rates are trusted once this many of its files are timed; otherwise look one level up. */
const MIN_SCOPE = 3;

const parents = (file: string): string[] => {
  const parts = file.split('/').slice(0, -1);
  const out: string[] = [];
  for (let i = parts.length; i >= 0; i--) out.push(parts.slice(0, i).join('/'));
  return out;
};

/**
 * Estimates the seconds of untimed files from the timed ones. `features` uses what is known
 * about each file (declared tests, then size, each as a rate in the nearest directory with
 * enough timed files, then the neighbours' mean); `mean` fills every gap with the global mean
 * (the common practice, kept for comparison).
 */
export function estimateFiles(
  known: readonly { file: string; seconds: number; features?: FileFeatures }[],
  unknown: readonly { file: string; features?: FileFeatures }[],
  strategy: 'features' | 'mean' = 'features',
): Map<string, Estimate> {
  const scopes = new Map<string, Aggregate>();
  for (const k of known) {
    for (const dir of parents(k.file)) {
      const a = scopes.get(dir) ?? { n: 0, seconds: 0, tests: 0, secondsWithTests: 0, bytes: 0, secondsWithBytes: 0 };
      a.n += 1;
      a.seconds += k.seconds;
      if (k.features?.declaredTests) {
        a.tests += k.features.declaredTests;
        a.secondsWithTests += k.seconds;
      }
      if (k.features?.bytes) {
        a.bytes += k.features.bytes;
        a.secondsWithBytes += k.seconds;
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

function estimateOne(file: string, f: FileFeatures, scopes: Map<string, Aggregate>, global: Aggregate): Estimate {
  const chain = parents(file)
    .map((d) => scopes.get(d))
    .filter((a): a is Aggregate => a !== undefined);
  const nearest = (ok: (a: Aggregate) => boolean): Aggregate | undefined => chain.find(ok) ?? (ok(global) ? global : undefined);
  if (f.declaredTests && f.declaredTests > 0) {
    const a = nearest((x) => x.tests > 0 && x.n >= MIN_SCOPE) ?? nearest((x) => x.tests > 0);
    if (a) return { seconds: (f.declaredTests * a.secondsWithTests) / a.tests, method: 'per-test rate' };
  }
  if (f.bytes && f.bytes > 0) {
    const a = nearest((x) => x.bytes > 0 && x.n >= MIN_SCOPE) ?? nearest((x) => x.bytes > 0);
    if (a) return { seconds: (f.bytes * a.secondsWithBytes) / a.bytes, method: 'per-byte rate' };
  }
  const a = nearest((x) => x.n >= MIN_SCOPE) ?? global;
  return { seconds: a.seconds / a.n, method: a === global ? 'mean' : 'neighbour mean' };
}
