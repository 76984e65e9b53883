// Sharding quality and speed on real timing files (bench/data/shard): the longest shard over the
// lower bound for our planner and the common alternatives, with full and partly hidden timings,
// file versus test granularity, and planning time and memory for 100,000 tests.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTimingText, planShards, timeUniverse, type FileFeatures, type TimedUniverse, type TimingSource } from '@slipway/shard';

const here = dirname(fileURLToPath(import.meta.url));
const NS = [2, 4, 8, 16, 32];

interface Dataset {
  name: string;
  source: TimingSource;
  /** True seconds per file. */
  files: Map<string, number>;
  /** Declared tests per file (what parsing the file would count), when the data has tests. */
  counts: Map<string, number>;
}

function load(name: string): Dataset {
  const source = parseTimingText(readFileSync(join(here, 'data', 'shard', name), 'utf8'), name);
  const files = new Map(source.files);
  const counts = new Map<string, number>();
  for (const t of source.tests) {
    files.set(t.file, (files.get(t.file) ?? 0) + t.seconds);
    counts.set(t.file, (counts.get(t.file) ?? 0) + 1);
  }
  return { name: name.replace(/\.json$/, ''), source, files, counts };
}

const datasets = ['identity-idp.knapsack_rspec_report.json', 'onegov-cloud.test_durations.json', 'pgmpy.test_durations.json'].map(load);

/** max(total / N, largest file): no file-level split can beat it. */
function fileBound(files: Map<string, number>, n: number): number {
  let total = 0;
  let max = 0;
  for (const s of files.values()) {
    total += s;
    max = Math.max(max, s);
  }
  return Math.max(total / n, max);
}

/** The longest shard, in true seconds, of an assignment of files (or test ids) to shards. */
function makespan(shards: string[][], trueSeconds: (id: string) => number): number {
  return Math.max(...shards.map((s) => s.reduce((sum, id) => sum + trueSeconds(id), 0)));
}

const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');

/** jest --shard: files sorted by the sha1 of their path, contiguous slices of ceil(n / N). */
function jestHash(files: string[], n: number): string[][] {
  const sorted = [...files].sort((a, b) => (sha1(a) < sha1(b) ? -1 : 1));
  const size = Math.ceil(sorted.length / n);
  return Array.from({ length: n }, (_, i) => sorted.slice(size * i, size * (i + 1)));
}

function roundRobin(files: string[], n: number): string[][] {
  const out: string[][] = Array.from({ length: n }, () => []);
  [...files].sort().forEach((f, i) => out[i % n]?.push(f));
  return out;
}

/** Plain longest-first by file with the given (possibly estimated) seconds. */
function lptByFile(seconds: Map<string, number>, n: number): string[][] {
  const out: string[][] = Array.from({ length: n }, () => []);
  const loads = new Array<number>(n).fill(0);
  for (const [f, s] of [...seconds].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    const i = loads.indexOf(Math.min(...loads));
    loads[i] = (loads[i] ?? 0) + s;
    out[i]?.push(f);
  }
  return out;
}

/** Files hidden in a run: a fixed pseudo-random share, the same for every method. */
function hidden(d: Dataset, share: number, seed = 0): Set<string> {
  return new Set([...d.files.keys()].filter((f) => parseInt(sha1(`hide:${seed}:${f}`).slice(0, 8), 16) / 0xffffffff < share));
}
const SEEDS = [0, 1, 2, 3, 4, 5, 6, 7];
const meanOver = (f: (seed: number) => number): number => SEEDS.reduce((s, seed) => s + f(seed), 0) / SEEDS.length;

function universeWith(d: Dataset, hide: Set<string>): TimedUniverse {
  const source: TimingSource = {
    ...d.source,
    tests: d.source.tests.filter((t) => !hide.has(t.file)),
    files: new Map([...d.source.files].filter(([f]) => !hide.has(f))),
  };
  return timeUniverse({ entries: [...d.files.keys()], sources: [source] });
}

function features(d: Dataset): Map<string, FileFeatures> {
  return new Map([...d.files.keys()].map((f) => [f, d.counts.has(f) ? { declaredTests: d.counts.get(f) ?? 0 } : {}]));
}

const oursFile = (d: Dataset, n: number, hide = new Set<string>(), estimate: 'features' | 'mean' = 'features'): string[][] =>
  planShards({
    universe: universeWith(d, hide),
    granularity: 'file',
    exactTestSelection: false,
    shards: n,
    features: features(d),
    estimate,
  }).shards.map((s) => s.tests);

const trueFile = (d: Dataset) => (id: string) => d.files.get(id) ?? 0;
const r = (x: number): string => x.toFixed(3);
const row = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;

console.log('\n## Longest shard / file-level lower bound, full timings (1.000 is optimal)\n');
for (const d of datasets) {
  console.log(`### ${d.name}: ${d.files.size} files, ${d.source.tests.length || d.files.size} timed entries\n`);
  console.log(row(['N', 'ours', 'jest hash', 'round robin', 'LPT by file']));
  console.log(row(['--:', '--:', '--:', '--:', '--:']));
  const files = [...d.files.keys()];
  for (const n of NS) {
    const b = fileBound(d.files, n);
    const t = trueFile(d);
    console.log(
      row([
        n,
        r(makespan(oursFile(d, n), t) / b),
        r(makespan(jestHash(files, n), t) / b),
        r(makespan(roundRobin(files, n), t) / b),
        r(makespan(lptByFile(d.files, n), t) / b),
      ]),
    );
  }
  console.log('');
}

console.log(`\n## Hidden timings: longest shard (true seconds) / file-level bound, mean over ${SEEDS.length} random hidden sets\n`);
console.log(
  'ours = our planner with its estimates (declared tests, neighbours); ours+mean = our planner, gaps filled with the mean; LPT+mean = plain longest-first on mean-filled times\n',
);
for (const share of [0.2, 0.5]) {
  console.log(`### ${share * 100}% of the files' timings hidden\n`);
  console.log(row(['dataset', 'N', 'ours', 'ours+mean', 'LPT+mean', 'jest hash']));
  console.log(row(['--', '--:', '--:', '--:', '--:', '--:']));
  for (const d of datasets) {
    const t = trueFile(d);
    for (const n of NS) {
      const b = fileBound(d.files, n);
      const lptMean = (seed: number): number => {
        const hide = hidden(d, share, seed);
        const known = [...d.files].filter(([f]) => !hide.has(f));
        const mean = known.reduce((s, [, x]) => s + x, 0) / known.length;
        return makespan(lptByFile(new Map([...d.files].map(([f, s]) => [f, hide.has(f) ? mean : s])), n), t) / b;
      };
      console.log(
        row([
          d.name,
          n,
          r(meanOver((seed) => makespan(oursFile(d, n, hidden(d, share, seed)), t) / b)),
          r(meanOver((seed) => makespan(oursFile(d, n, hidden(d, share, seed), 'mean'), t) / b)),
          r(meanOver(lptMean)),
          r(makespan(jestHash([...d.files.keys()], n), t) / b),
        ]),
      );
    }
  }
  console.log('');
}

console.log('\n## Estimate error on hidden files (50% hidden): median |estimate - truth| / truth\n');
console.log(row(['dataset', 'ours', 'mean fill']));
console.log(row(['--', '--:', '--:']));
for (const d of datasets) {
  const hide = hidden(d, 0.5);
  const errors = (estimate: 'features' | 'mean'): number => {
    const plan = planShards({
      universe: universeWith(d, hide),
      granularity: 'file',
      exactTestSelection: false,
      shards: 1,
      features: features(d),
      estimate,
    });
    const e = plan.estimated
      .filter((x) => (d.files.get(x.file) ?? 0) > 0)
      .map((x) => Math.abs(x.seconds - (d.files.get(x.file) ?? 0)) / (d.files.get(x.file) ?? 1));
    e.sort((a, b) => a - b);
    return e[Math.floor(e.length / 2)] ?? 0;
  };
  console.log(row([d.name, r(errors('features')), r(errors('mean'))]));
}

console.log('\n## File versus test granularity (test-level data only): longest shard / file-level bound\n');
console.log('Below 1.000 means faster than any file-level split can be.\n');
console.log(row(['dataset', 'N', 'file', 'auto (split long files)', 'test', 'test-level bound']));
console.log(row(['--', '--:', '--:', '--:', '--:', '--:']));
for (const d of datasets.filter((x) => x.source.tests.length > 0)) {
  const universe = timeUniverse({ entries: undefined, sources: [d.source] });
  for (const n of NS) {
    const b = fileBound(d.files, n);
    const m = (g: 'file' | 'auto' | 'test') => planShards({ universe, granularity: g, exactTestSelection: true, shards: n });
    const test = m('test');
    console.log(
      row([
        d.name,
        n,
        r(m('file').makespanSeconds / b),
        r(m('auto').makespanSeconds / b),
        r(test.makespanSeconds / b),
        r(test.lowerBoundSeconds / b),
      ]),
    );
  }
}

console.log('\n## Planning 100,000 tests (onegov-cloud replicated), N = 32, median of 5\n');
const onegov = datasets[1] as Dataset;
const big: TimingSource = { source: 'big', format: 'pytest-durations', files: new Map(), tests: [] };
for (let copy = 0; big.tests.length < 100_000; copy++) {
  for (const t of onegov.source.tests) {
    if (big.tests.length >= 100_000) break;
    big.tests.push({ ...t, file: `copy${copy}/${t.file}` });
  }
}
const gc = (globalThis as { gc?: () => void }).gc;
console.log(row(['granularity', 'median ms', 'heap MiB (after gc)', 'tests', 'files']));
console.log(row(['--', '--:', '--:', '--:', '--:']));
for (const g of ['file', 'auto', 'test'] as const) {
  const times: number[] = [];
  let heap = 0;
  for (let i = 0; i < 5; i++) {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const universe = timeUniverse({ entries: undefined, sources: [big] });
    const plan = planShards({ universe, granularity: g, exactTestSelection: true, shards: 32 });
    times.push(performance.now() - t0);
    heap = Math.max(heap, process.memoryUsage().heapUsed - before);
    if (plan.shards.length !== 32) throw new Error('bad plan');
  }
  times.sort((a, b) => a - b);
  const files = new Set(big.tests.map((t) => t.file)).size;
  console.log(row([g, (times[2] ?? 0).toFixed(0), (heap / 2 ** 20).toFixed(0), big.tests.length, files]));
}
