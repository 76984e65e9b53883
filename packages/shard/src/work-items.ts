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
  micros: number;
  estimated: boolean;
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
}

export const toMicros = (seconds: number): number => Math.max(0, Math.round(seconds * 1e6));

/** Turns the timed universe into the items to split, estimating untimed files. */
export function workItems(universe: TimedUniverse, options: ItemOptions): { items: WorkItem[]; estimated: EstimatedFile[] } {
  const known: { file: string; seconds: number; features?: FileFeatures }[] = [];
  const unknown: { file: string; features?: FileFeatures }[] = [];
  for (const f of universe.files) {
    const seconds = knownFileSeconds(f);
    const features = options.features?.get(f.file);
    if (seconds === undefined) unknown.push({ file: f.file, ...(features ? { features } : {}) });
    else known.push({ file: f.file, seconds, ...(features ? { features } : {}) });
  }
  const estimates = estimateFiles(known, unknown, options.estimate ?? 'features');
  const fileMicros = (f: FileTiming): number => toMicros(knownFileSeconds(f) ?? estimates.get(f.file)?.seconds ?? 0);
  const total = universe.files.reduce((s, f) => s + fileMicros(f), 0);
  const ideal = total / Math.max(1, options.shardCount);

  const items: WorkItem[] = [];
  for (const f of universe.files) {
    const micros = fileMicros(f);
    const estimated = knownFileSeconds(f) === undefined;
    if (f.selected.length > 0) {
      items.push(...selectedTests(f, micros));
      continue;
    }
    const split =
      f.tests.length > 1 &&
      (options.granularity === 'test' || (options.granularity === 'auto' && options.exactTestSelection && micros > ideal));
    if (options.granularity === 'test' && f.tests.length === 1) {
      const only = f.tests[0];
      if (only) items.push({ id: testId(f.file, only.name), file: f.file, name: only.name, micros, estimated });
      continue;
    }
    if (!split) {
      items.push({ id: f.file, file: f.file, micros, estimated });
      continue;
    }
    // Set-up the test times miss (the file's own time is longer) is shared out in proportion.
    const sum = f.tests.reduce((s, t) => s + toMicros(t.seconds), 0);
    const scale = sum > 0 && micros > sum ? micros / sum : 1;
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
  return { items, estimated };
}

/** The tests a list named one by one; untimed ones get the median of the file's timed tests. */
function selectedTests(f: FileTiming, fileMicros: number): WorkItem[] {
  const timed = new Map(f.tests.map((t) => [t.name, toMicros(t.seconds)]));
  const sorted = [...timed.values()].sort((a, b) => a - b);
  const median = sorted.length > 0 ? (sorted[Math.floor(sorted.length / 2)] ?? 0) : Math.round(fileMicros / f.selected.length);
  return f.selected.map((name) => {
    const micros = timed.get(name);
    return { id: testId(f.file, name), file: f.file, name, micros: micros ?? median, estimated: micros === undefined };
  });
}
