import { estimateFiles, type EstimateMethod, type FileFeatures } from './estimate.js';
import { byCodeUnits, testId } from './model.js';
import { knownFileSeconds, type FileTiming, type TimedUniverse } from './universe.js';

/** `file`: whole files; `test`: single tests wherever timed; `auto`: split only files longer than a shard. */
export type Granularity = 'file' | 'test' | 'auto';

/** One unit of work a shard runs: a whole file or a single test. Seconds are integer microseconds. */
export interface WorkItem {
  id: string;
  file: string;
  /** Set when the item is one test of a file. */
  name?: string;
  /** The test's own time (a whole file: its tests and the part of its set-up not in `setupMicros`). */
  micros: number;
  estimated: boolean;
  /** The test was named one by one in the universe (a list of ids): exactly it runs. */
  listed?: boolean;
}

/** An untimed file and how its time was guessed. */
export interface EstimatedFile {
  file: string;
  seconds: number;
  method: EstimateMethod;
}

export interface ItemOptions {
  granularity: Granularity;
  shardCount: number;
  /** The runner can run single tests exactly (pytest node ids, go -run); `auto` splits only then. */
  exactTestSelection: boolean;
  features?: ReadonlyMap<string, FileFeatures>;
  estimate?: 'features' | 'mean';
  /** Seconds a shard spends on each file it runs any part of (imports, collection, fixtures of the module). */
  fileSetupSeconds?: number;
}

/** The items, and what each file costs a shard that runs any of it beyond its items' own times. */
export interface Items {
  items: WorkItem[];
  /** Per-file set-up in microseconds, paid once by every shard holding some of the file. */
  setupMicros: Map<string, number>;
  estimated: EstimatedFile[];
}

export const toMicros = (seconds: number): number => Math.max(0, Math.round(seconds * 1e6));

/** The median of the file's timed tests, for tests it lists without a time. */
function medianTest(f: FileTiming): number {
  const sorted = f.tests.map((t) => t.seconds).sort((a, b) => a - b);
  return sorted.length > 0 ? (sorted[Math.floor(sorted.length / 2)] ?? 0) : 0;
}

/** The seconds of a file with timings: its own or its tests' time, plus an estimate for tests it ran without a time. */
function timedSeconds(f: FileTiming): number | undefined {
  const known = knownFileSeconds(f);
  if (known === undefined) return undefined;
  return known + f.untimed.length * medianTest(f);
}

/** Turns the timed universe into the items to split, estimating untimed files. */
export function workItems(universe: TimedUniverse, options: ItemOptions): Items {
  const known: { file: string; seconds: number; features?: FileFeatures }[] = [];
  const unknown: { file: string; features?: FileFeatures }[] = [];
  for (const f of universe.files) {
    const seconds = timedSeconds(f);
    const features = options.features?.get(f.file);
    if (seconds === undefined) unknown.push({ file: f.file, ...(features ? { features } : {}) });
    else known.push({ file: f.file, seconds, ...(features ? { features } : {}) });
  }
  const estimates = estimateFiles(known, unknown, options.estimate ?? 'features');
  const globalSetup = toMicros(options.fileSetupSeconds ?? 0);
  const setupMicros = new Map<string, number>();
  const fileMicros = (f: FileTiming): number => toMicros(timedSeconds(f) ?? estimates.get(f.file)?.seconds ?? 0);
  const total = universe.files.reduce((s, f) => s + fileMicros(f) + globalSetup, 0);
  const ideal = total / Math.max(1, options.shardCount);

  const items: WorkItem[] = [];
  for (const f of universe.files) {
    const micros = fileMicros(f);
    const estimated = knownFileSeconds(f) === undefined;
    // What the file costs beyond its tests' own times: what its own time says, else the learned rate.
    const testSum = f.tests.reduce((s, t) => s + toMicros(t.seconds), 0);
    const ownSetup = f.seconds !== undefined && f.tests.length > 0 ? Math.max(0, toMicros(f.seconds) - testSum) : undefined;
    const setup = ownSetup ?? globalSetup;
    if (setup > 0) setupMicros.set(f.file, setup);
    const body = Math.max(0, micros - (ownSetup ?? 0));
    if (f.selected.length > 0) {
      items.push(...selectedTests(f, body));
      continue;
    }
    const split =
      f.tests.length > 1 &&
      (options.granularity === 'test' || (options.granularity === 'auto' && options.exactTestSelection && micros + setup > ideal));
    if (!split) {
      items.push({ id: f.file, file: f.file, micros: body, estimated });
      continue;
    }
    // Tests listed without a time get the file's median; the owner of the file runs them.
    const extra = f.untimed.length * toMicros(medianTest(f));
    const scale = testSum > 0 && extra > 0 ? (testSum + extra) / testSum : 1;
    for (const t of f.tests) {
      items.push({
        id: testId(f.file, t.name),
        file: f.file,
        name: t.name,
        micros: Math.round(toMicros(t.seconds) * scale),
        estimated: false,
      });
    }
  }
  items.sort((a, b) => byCodeUnits(a.id, b.id));
  const estimated = unknown
    .map((u) => ({ file: u.file, seconds: estimates.get(u.file)?.seconds ?? 0, method: estimates.get(u.file)?.method ?? 'default' }))
    .sort((a, b) => byCodeUnits(a.file, b.file));
  return { items, setupMicros, estimated };
}

/** The tests a list named one by one; untimed ones get the median of the file's timed tests. */
function selectedTests(f: FileTiming, fileMicros: number): WorkItem[] {
  const timed = new Map(f.tests.map((t) => [t.name, toMicros(t.seconds)]));
  const sorted = [...timed.values()].sort((a, b) => a - b);
  const median = sorted.length > 0 ? (sorted[Math.floor(sorted.length / 2)] ?? 0) : Math.round(fileMicros / f.selected.length);
  return f.selected.map((name) => {
    const micros = timed.get(name);
    return { id: testId(f.file, name), file: f.file, name, micros: micros ?? median, estimated: micros === undefined, listed: true };
  });
}
