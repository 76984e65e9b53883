// Sharding quality on real suites: the actual longest shard against the predicted one and the
// lower bound, for N = 2, 4, 8 at file and test granularity, with all, 80% and 50% of the
// timings; a path-hash split (what `jest --shard` does) and mean-filled longest-first (what
// split-by-timings tools do) in the same run. Then reading huge reports and timing files, and
// planning 100,000 tests.
//
// The timing datasets (bench/data/shard) are replayed: "actual" is what the recorded times add up
// to. With SHARD_BENCH_REAL=1 the networkx suite from Debian (apt-get install python3-networkx
// python3-pytest) is also run for real, every shard of every plan, and timed.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkPlan,
  discoverTestFiles,
  overheadOfReports,
  parseTimingText,
  planShards,
  readFileFeatures,
  readTimingFile,
  shardSelection,
  testId,
  timeUniverse,
  type FileFeatures,
  type Granularity,
  type ShardPlan,
  type TimingSource,
} from '@slipway/shard';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'out', 'shard');
const NS = [2, 4, 8];
const SEEDS = Array.from({ length: 32 }, (_, i) => i);

interface Dataset {
  name: string;
  source: TimingSource;
  /** True seconds per file and per test id (test-level data only). */
  files: Map<string, number>;
  tests: Map<string, number>;
  /** Tests per file: what counting the declarations in the file would give. */
  counts: Map<string, number>;
}

function dataset(name: string, source: TimingSource): Dataset {
  const files = new Map(source.files);
  const tests = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const t of source.tests) {
    if (t.name === '') {
      if (!files.has(t.file)) files.set(t.file, 0);
      continue;
    }
    tests.set(testId(t.file, t.name), t.seconds);
    files.set(t.file, (files.get(t.file) ?? 0) + t.seconds);
    counts.set(t.file, (counts.get(t.file) ?? 0) + 1);
  }
  return { name, source, files, tests, counts };
}

const read = (name: string): TimingSource => parseTimingText(readFileSync(join(here, 'data', 'shard', name), 'utf8'), name);
const datasets = [
  dataset('identity-idp (RSpec, Knapsack)', read('identity-idp.knapsack_rspec_report.json')),
  dataset('onegov-cloud (pytest-split)', read('onegov-cloud.test_durations.json')),
  dataset('pgmpy (pytest-split)', read('pgmpy.test_durations.json')),
  dataset('networkx (pytest JUnit, run here)', read('networkx.pytest-junit.xml')),
];

const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');
const r3 = (x: number): string => x.toFixed(3);
const s1 = (x: number): string => x.toFixed(1);
const row = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;
const geomean = (xs: number[]): number => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / Math.max(1, xs.length));
const mean = (xs: number[]): number => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

/** Files hidden in a run: a fixed pseudo-random share, the same for every method. */
function hidden(d: Dataset, share: number, seed: number): Set<string> {
  if (share === 0) return new Set();
  return new Set([...d.files.keys()].filter((f) => parseInt(sha1(`hide:${seed}:${f}`).slice(0, 8), 16) / 0xffffffff < share));
}

function withHidden(source: TimingSource, hide: Set<string>): TimingSource {
  return {
    ...source,
    tests: source.tests.filter((t) => !hide.has(t.file)),
    files: new Map([...source.files].filter(([f]) => !hide.has(f))),
  };
}

function features(d: Dataset): Map<string, FileFeatures> {
  return new Map([...d.files.keys()].map((f) => [f, d.counts.has(f) ? { declaredTests: d.counts.get(f) ?? 0 } : {}]));
}

function plan(d: Dataset, hide: Set<string>, n: number, granularity: Granularity, estimate: 'features' | 'mean' = 'features'): ShardPlan {
  return planShards({
    universe: timeUniverse({ entries: [...d.files.keys()], sources: [withHidden(d.source, hide)] }),
    granularity,
    exactTestSelection: true,
    canExcludeTests: true,
    shards: n,
    features: features(d),
    estimate,
  });
}

/** What a plan's shards really take with the recorded times; the owner of a split file also runs its unlisted tests (none here). */
function actual(d: Dataset, p: ShardPlan): number {
  return Math.max(
    ...p.shards.map((s) => s.items.reduce((t, i) => t + (i.name === undefined ? (d.files.get(i.file) ?? 0) : (d.tests.get(i.id) ?? 0)), 0)),
  );
}

function bound(d: Dataset, n: number, granularity: Granularity): number {
  const units = granularity === 'test' && d.tests.size > 0 ? d.tests : d.files;
  let total = 0;
  let max = 0;
  for (const s of units.values()) {
    total += s;
    max = Math.max(max, s);
  }
  return Math.max(total / n, max);
}

/** jest --shard: files sorted by the sha1 of their path, contiguous slices whose counts differ by at most one. */
function hashSplit(files: string[], n: number): string[][] {
  const sorted = [...files].sort((a, b) => (sha1(a) < sha1(b) ? -1 : 1));
  return Array.from({ length: n }, (_, i) => sorted.slice(Math.floor((i * sorted.length) / n), Math.floor(((i + 1) * sorted.length) / n)));
}

/** Plain longest-first by file with untimed files given the mean: what split-by-timings tools do. */
function lptMeanFilled(d: Dataset, hide: Set<string>, n: number): string[][] {
  const known = [...d.files].filter(([f]) => !hide.has(f));
  const fill = known.reduce((s, [, x]) => s + x, 0) / Math.max(1, known.length);
  const shards: string[][] = Array.from({ length: n }, () => []);
  const loads = new Array<number>(n).fill(0);
  const items = [...d.files].map(([f, x]) => [f, hide.has(f) ? fill : x] as const);
  for (const [f, x] of items.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    const i = loads.indexOf(Math.min(...loads));
    loads[i] = (loads[i] ?? 0) + x;
    shards[i]?.push(f);
  }
  return shards;
}

const longest = (d: Dataset, shards: string[][]): number =>
  Math.max(...shards.map((s) => s.reduce((t, f) => t + (d.files.get(f) ?? 0), 0)));

if (process.env['SHARD_BENCH_ONLY'] !== 'real') {
  console.log('\n## Replayed real timings: predicted and actual longest shard against the lower bound\n');
  console.log(
    `Actual = the recorded times of what each shard holds; hidden timings are a pseudo-random share of the files, mean of ${SEEDS.length} draws. Bound = max(total / N, longest unit) at that granularity. Hash = jest --shard's path-hash split, by file.\n`,
  );
  const headline = new Map<number, { ours: number[]; lpt: number[] }>([
    [0.2, { ours: [], lpt: [] }],
    [0.5, { ours: [], lpt: [] }],
  ]);
  for (const d of datasets) {
    const grans: Granularity[] = d.tests.size > 0 ? ['file', 'test'] : ['file'];
    console.log(`### ${d.name}: ${d.files.size} files${d.tests.size > 0 ? `, ${d.tests.size} tests` : ''}\n`);
    console.log(
      row([
        'N',
        'granularity',
        'timings',
        'predicted s',
        'actual s',
        'bound s',
        'actual / bound',
        'LPT mean-filled / bound',
        'hash / bound',
      ]),
    );
    console.log(row(['--:', '--', '--:', '--:', '--:', '--:', '--:', '--:', '--:']));
    for (const n of NS) {
      const hash = longest(d, hashSplit([...d.files.keys()], n)) / bound(d, n, 'file');
      for (const g of grans) {
        for (const share of [0, 0.2, 0.5]) {
          const seeds = share === 0 ? [0] : SEEDS;
          const predicted: number[] = [];
          const act: number[] = [];
          const lpt: number[] = [];
          for (const seed of seeds) {
            const hide = hidden(d, share, seed);
            const p = plan(d, hide, n, g);
            predicted.push(p.makespanSeconds);
            act.push(actual(d, p));
            if (g === 'file') lpt.push(longest(d, lptMeanFilled(d, hide, n)) / bound(d, n, 'file'));
          }
          const b = bound(d, n, g);
          const ratio = mean(act) / b;
          if (g === 'file' && share > 0) {
            headline.get(share)?.ours.push(ratio);
            headline.get(share)?.lpt.push(mean(lpt));
          }
          console.log(
            row([
              n,
              g,
              `${100 - share * 100}%`,
              s1(mean(predicted)),
              s1(mean(act)),
              s1(b),
              r3(ratio),
              g === 'file' ? r3(mean(lpt)) : '',
              g === 'file' ? r3(hash) : '',
            ]),
          );
        }
      }
    }
    console.log('');
  }

  console.log(
    '\n## Hidden timings: geometric mean of actual longest shard / lower bound over the datasets and N = 2, 4, 8 (file granularity)\n',
  );
  console.log(row(['timings hidden', 'ours', 'mean-filled longest-first', 'ours / baseline']));
  console.log(row(['--:', '--:', '--:', '--:']));
  for (const [share, h] of headline) {
    console.log(row([`${share * 100}%`, r3(geomean(h.ours)), r3(geomean(h.lpt)), r3(geomean(h.ours) / geomean(h.lpt))]));
  }

  console.log('\n## Estimate error on hidden files (50% hidden): median |estimate - truth| / truth, over the draws\n');
  console.log(row(['dataset', 'ours', 'mean fill']));
  console.log(row(['--', '--:', '--:']));
  for (const d of datasets) {
    const errors = (estimate: 'features' | 'mean'): number => {
      const e: number[] = [];
      for (const seed of SEEDS.slice(0, 8)) {
        for (const x of plan(d, hidden(d, 0.5, seed), 1, 'file', estimate).estimated) {
          const truth = d.files.get(x.file) ?? 0;
          if (truth > 0) e.push(Math.abs(x.seconds - truth) / truth);
        }
      }
      e.sort((a, b) => a - b);
      return e[Math.floor(e.length / 2)] ?? 0;
    };
    console.log(row([d.name, r3(errors('features')), r3(errors('mean'))]));
  }

  /** Peak RSS while `fn` runs, sampled every 20 ms, in MiB. */
  async function peak<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; rssMiB: number }> {
    let max = process.memoryUsage().rss;
    const timer = setInterval(() => (max = Math.max(max, process.memoryUsage().rss)), 20);
    const t0 = performance.now();
    const value = await fn();
    const ms = performance.now() - t0;
    clearInterval(timer);
    max = Math.max(max, process.memoryUsage().rss);
    return { value, ms, rssMiB: max / 2 ** 20 };
  }

  async function writeLines(path: string, lines: (i: number) => string, count: number, head: string, tail: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    const w = createWriteStream(path);
    w.write(head);
    for (let i = 0; i < count; i++) if (!w.write(lines(i))) await new Promise<void>((r) => w.once('drain', () => r()));
    w.write(tail);
    await new Promise<void>((r) => w.end(() => r()));
  }

  console.log('\n## Reading huge inputs (streamed JUnit, linear JSON), peak resident memory of this process\n');
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const baseRss = process.memoryUsage().rss / 2 ** 20;
  console.log(`Resident before: ${s1(baseRss)} MiB.\n`);
  console.log(row(['input', 'size MiB', 'tests', 'seconds', 'peak RSS MiB']));
  console.log(row(['--', '--:', '--:', '--:', '--:']));
  const junit = join(out, 'million.xml');
  await writeLines(
    junit,
    (i) =>
      `<testcase classname="tests.pkg${i % 300}.test_mod${i % 9000}.TestCase" name="test_${i}[p-${i}]" time="${(i % 97) / 100}">${i % 50 === 0 ? '<system-out>some output</system-out>' : ''}</testcase>\n`,
    1_000_000,
    '<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" tests="1000000" time="12345.6">\n',
    '</testsuite></testsuites>\n',
  );
  {
    const size = Number(spawnSync('stat', ['-c', '%s', junit]).stdout.toString()) / 2 ** 20;
    const r = await peak(() => readTimingFile(junit, 'million.xml'));
    console.log(row(['JUnit, 1,000,000 test cases', s1(size), r.value.tests.length, s1(r.ms / 1000), s1(r.rssMiB)]));
  }
  gc?.();
  const durations = join(out, 'durations.json');
  await writeLines(
    durations,
    (i) => `${i === 0 ? '' : ','}"tests/d${i % 20000}/test_x.py::TestCase::test_case_${i}[param-${i}]": ${((i % 997) / 331).toFixed(6)}\n`,
    2_600_000,
    '{',
    '}',
  );
  {
    const size = Number(spawnSync('stat', ['-c', '%s', durations]).stdout.toString()) / 2 ** 20;
    const r = await peak(async () => {
      const source = await readTimingFile(durations, 'durations.json');
      const universe = timeUniverse({ entries: undefined, sources: [source] });
      planShards({ universe, granularity: 'file', exactTestSelection: true, shards: 8 });
      return source;
    });
    console.log(
      row([
        'pytest-split .test_durations, read, matched and planned (20,000 files of one name)',
        s1(size),
        r.value.tests.length,
        s1(r.ms / 1000),
        s1(r.rssMiB),
      ]),
    );
  }
  await rm(out, { recursive: true, force: true });

  console.log('\n## Planning 100,000 tests (onegov-cloud replicated), N = 32, median of 5\n');
  const onegov = datasets[1] as Dataset;
  const big: TimingSource = { source: 'big', format: 'pytest-durations', files: new Map(), tests: [] };
  for (let copy = 0; big.tests.length < 100_000; copy++) {
    for (const t of onegov.source.tests) {
      if (big.tests.length >= 100_000) break;
      big.tests.push({ ...t, file: `copy${copy}/${t.file}` });
    }
  }
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
      const p = planShards({ universe, granularity: g, exactTestSelection: true, canExcludeTests: true, shards: 32 });
      times.push(performance.now() - t0);
      heap = Math.max(heap, process.memoryUsage().heapUsed - before);
      if (p.shards.length !== 32) throw new Error('bad plan');
    }
    times.sort((a, b) => a - b);
    const files = new Set(big.tests.map((t) => t.file)).size;
    console.log(row([g, (times[2] ?? 0).toFixed(0), (heap / 2 ** 20).toFixed(0), big.tests.length, files]));
  }
}

if (process.env['SHARD_BENCH_REAL'] === '1') await realRuns();
else console.log('\n(Set SHARD_BENCH_REAL=1 to run the networkx suite for real, every shard of every plan.)');

/** Runs the networkx tests Debian ships with Debian's pytest: once to record, then every shard of every plan. */
async function realRuns(): Promise<void> {
  const installed = '/usr/lib/python3/dist-packages/networkx';
  if (!existsSync(installed)) {
    console.log('\nnetworkx is not installed (apt-get install python3-networkx): no real runs.');
    return;
  }
  const dir = join(here, 'out', 'shard-real');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await cp(installed, join(dir, 'networkx'), { recursive: true, filter: (p) => !p.includes('__pycache__') });
  const pytest = (args: string[], report: string): { seconds: number; source: TimingSource } => {
    const t0 = performance.now();
    const r = spawnSync('/usr/bin/python3', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `--junitxml=${report}`, ...args], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' },
    });
    const seconds = (performance.now() - t0) / 1000;
    if (r.status !== 0 && r.status !== 5) throw new Error(`pytest exited ${r.status}: ${r.stdout.slice(-2000)}`);
    return { seconds, source: parseTimingText(readFileSync(report, 'utf8'), report) };
  };
  console.log('\n## The networkx suite from Debian, run here for real (Debian pytest, shards run one after another)\n');
  const recorded = pytest(['networkx'], join(dir, 'record.xml'));
  const ran = (s: TimingSource): string[] => s.tests.filter((t) => t.name !== '').map((t) => testId(t.file, t.name));
  const all = new Set(ran(recorded.source));
  const found = await discoverTestFiles('pytest', [recorded.source], dir);
  const entries = found?.entries ?? [];
  const feats = await readFileFeatures(entries, dir);
  const testSum = recorded.source.tests.reduce((s, t) => s + t.seconds, 0);
  console.log(
    `Recording run: ${all.size} tests in ${entries.length} files, ${s1(recorded.seconds)} s wall, ${s1(testSum)} s in tests. Bound = max(tests / N, longest unit) from the recording, plus the fitted start-up per shard.\n`,
  );
  console.log(
    row(['plan', 'N', 'timings', 'predicted s', 'actual longest s', 'bound s', 'actual / bound', 'error of prediction', 'each test once']),
  );
  console.log(row(['--', '--:', '--:', '--:', '--:', '--:', '--:', '--:', '--']));
  const d = dataset('networkx', recorded.source);
  for (const n of NS) {
    let overhead: { shardSeconds: number; fileSeconds: number } | undefined;
    const runPlan = (label: string, p: ShardPlan | undefined, shards: string[][], share: number, g: Granularity): void => {
      const reports: TimingSource[] = [];
      const walls: number[] = [];
      const seen: string[] = [];
      for (const [i, files] of shards.entries()) {
        const args = p
          ? (shardSelection('pytest', p, p.shards[i] ?? p.shards[0]!, { budget: Number.POSITIVE_INFINITY }).invocations[0] ?? [])
          : files;
        const r = pytest(args, join(dir, `shard-${i}.xml`));
        walls.push(r.seconds);
        reports.push(r.source);
        seen.push(...ran(r.source));
      }
      const once = seen.length === all.size && new Set(seen).size === all.size && seen.every((id) => all.has(id));
      const fitted = overheadOfReports(reports);
      if (label === 'file' && share === 0) overhead = fitted;
      const start = fitted?.shardSeconds ?? 0;
      const b = bound(d, n, g) + start;
      const act = Math.max(...walls);
      const check = p ? checkPlan(p, reports, dir) : undefined;
      console.log(
        row([
          label,
          n,
          `${100 - share * 100}%`,
          p ? s1(p.makespanSeconds + start) : '',
          s1(act),
          s1(b),
          r3(act / b),
          check ? `${(check.meanAbsError * 100).toFixed(1)}%` : '',
          once ? 'yes' : `no (${seen.length} runs of ${new Set(seen).size} of ${all.size})`,
        ]),
      );
    };
    for (const g of ['file', 'test'] as const) {
      for (const share of [0, 0.2, 0.5]) {
        const hide = hidden(d, share, 0);
        const p = planShards({
          universe: timeUniverse({ entries, sources: [withHidden(recorded.source, hide)] }),
          granularity: g,
          exactTestSelection: true,
          canExcludeTests: true,
          shards: n,
          features: feats,
          ...(g === 'test' && overhead ? { fileSetupSeconds: overhead.fileSeconds } : {}),
        });
        runPlan(g === 'test' && overhead ? 'test (set-up learned)' : g, p, [], share, g);
      }
    }
    if (n === 4) {
      const p = planShards({
        universe: timeUniverse({ entries, sources: [recorded.source] }),
        granularity: 'test',
        exactTestSelection: true,
        canExcludeTests: true,
        shards: n,
        features: feats,
      });
      runPlan('test (no set-up model)', p, [], 0, 'test');
    }
    runPlan('path hash (jest --shard)', undefined, hashSplit(entries, n), 0, 'file');
  }
  await rm(dir, { recursive: true, force: true });
}
