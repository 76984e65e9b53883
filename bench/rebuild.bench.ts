// reproducible-build: (1) the check's overhead beyond N x the build time, on the sample's
// `npm pack` (and, with BENCH_BUNDLE=1, on this repository's own `npm run bundle`), side by side
// with what a user would otherwise do (export the commit twice, build, compare sha256);
// (2) the time to explain a difference in a 100 MB tarball, with our own readers and with diffoscope.
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestFile, spawnCapture, systemClock } from '@slipway/core';
import { explainDifference, nameCauses, parseVary, rebuild, runDiffoscope, type RebuildRequest } from '@slipway/rebuild';
import { makeRebuildProject } from '../test/fixtures/rebuild/make-project.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const exec = { run: (c: string, a: string[], o?: Parameters<typeof spawnCapture>[2]) => spawnCapture(c, a, { ...o }) };
const ports = { exec, clock: systemClock, log: () => undefined, sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) };
const identity = { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 };
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function sh(cwd: string, script: string): Promise<void> {
  const r = await spawnCapture('sh', ['-c', script], { cwd });
  if (r.exitCode !== 0) throw new Error(`${script}: ${r.stderr}`);
}

/** By hand: export the commit twice, build in each, compare the digests. */
async function byHand(top: string, subdir: string, command: string, output: string): Promise<{ total: number; builds: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-rebuild-hand-'));
  const started = performance.now();
  let builds = 0;
  const digests: string[] = [];
  for (const n of [1, 2]) {
    await mkdir(join(dir, `c${n}`));
    await sh(top, `git archive HEAD | tar -x -C ${join(dir, `c${n}`)}`);
    const t = performance.now();
    await sh(join(dir, `c${n}`, subdir), command);
    builds += performance.now() - t;
    digests.push(await digestFile(join(dir, `c${n}`, subdir, output)));
  }
  const total = performance.now() - started;
  await rm(dir, { recursive: true, force: true });
  if (digests[0] !== digests[1]) throw new Error('the by-hand builds differ');
  return { total, builds };
}

async function checked(req: RebuildRequest): Promise<{ total: number; builds: number; verdict: string }> {
  const started = performance.now();
  const result = await rebuild(req, ports);
  return { total: performance.now() - started, builds: result.runs.reduce((n, r) => n + r.seconds * 1000, 0), verdict: result.verdict };
}

async function overhead(): Promise<void> {
  const project = await makeRebuildProject(join(root, 'sample'));
  const rows: { hand: number; handBuilds: number; check: number; checkBuilds: number; verdict: string }[] = [];
  for (let i = 0; i < 3; i++) {
    const hand = await byHand(project.dir, 'sample', 'npm pack --silent >/dev/null', 'slipway-sample-1.0.0.tgz');
    const check = await checked({
      command: 'npm pack --silent',
      outputs: ['*.tgz'],
      runs: 2,
      network: 'deny',
      vary: parseVary('all'),
      cwd: join(project.dir, 'sample'),
      scratchDir: tmpdir(),
      diffoscope: false,
      baseEnv: process.env,
      identity,
    });
    rows.push({ hand: hand.total, handBuilds: hand.builds, check: check.total, checkBuilds: check.builds, verdict: check.verdict });
  }
  await rm(project.dir, { recursive: true, force: true });
  const m = (k: keyof (typeof rows)[number]): number => median(rows.map((r) => r[k] as number));
  console.log('sample npm pack, 2 runs, network deny, every variation (median of 3):');
  console.log(
    `  by hand (export twice, build, sha256): ${s(m('hand'))} total, builds ${s(m('handBuilds'))}, overhead ${s(m('hand') - m('handBuilds'))}`,
  );
  console.log(
    `  slipway rebuild: ${s(m('check'))} total, builds ${s(m('checkBuilds'))}, overhead ${s(m('check') - m('checkBuilds'))} (${rows[0]?.verdict})`,
  );
  console.log(`  ratio check/by hand: ${(m('check') / m('hand')).toFixed(2)}`);
  if (process.env['BENCH_BUNDLE'] === '1') {
    const r = await checked({
      command: 'npm run bundle',
      prepare: `cp -a ${join(root, 'node_modules')} .`,
      outputs: ['dist/**', 'packages/cli/dist/**'],
      runs: 2,
      network: 'deny',
      vary: parseVary('all'),
      cwd: root,
      scratchDir: tmpdir(),
      diffoscope: false,
      baseEnv: process.env,
      identity,
    });
    console.log(
      `this repository's npm run bundle (prepare: a copy of node_modules): ${r.verdict}; ${s(r.total)} total, builds ${s(r.builds)}, overhead ${s(r.total - r.builds)}`,
    );
  }
}

async function hundredMegabytes(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-rebuild-100mb-'));
  await mkdir(join(dir, 'data'));
  for (let i = 0; i < 100; i++) await writeFile(join(dir, 'data', `blob-${String(i).padStart(3, '0')}.bin`), randomBytes(1024 * 1024));
  await writeFile(join(dir, 'data', 'build-info.txt'), 'built at Sun Dec  6 10:00:00 UTC 2026\n');
  await sh(dir, 'tar --sort=name -czf one.tgz data');
  await writeFile(join(dir, 'data', 'build-info.txt'), 'built at Mon Dec  7 11:01:03 UTC 2026\n');
  for (let i = 0; i < 100; i += 10) await utimes(join(dir, 'data', `blob-${String(i).padStart(3, '0')}.bin`), 1_800_000_000, 1_800_000_000);
  await sh(dir, 'tar --sort=name -czf two.tgz data');
  const a = await readFile(join(dir, 'one.tgz'));
  const b = await readFile(join(dir, 'two.tgz'));
  const ours: number[] = [];
  let summary = '';
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const e = explainDifference('data.tgz', a, b);
    const causes = nameCauses(
      'data.tgz',
      e,
      { paths: [], hostname: undefined, user: undefined, timeZone: 'UTC', locale: 'C' },
      { paths: [], hostname: undefined, user: undefined, timeZone: 'UTC', locale: 'C' },
    );
    ours.push(performance.now() - t);
    summary = `${e.difference.summary}; causes ${causes.map((c) => c.id).join(', ')}`;
  }
  console.log(`explain a 100 MB tarball (${(a.length / 1e6).toFixed(0)} MB compressed): ${s(median(ours))} median of 3 - ${summary}`);
  const d = await runDiffoscope(exec, join(dir, 'one.tgz'), join(dir, 'two.tgz'), join(dir, 'diffoscope'), 'data.tgz', 900);
  console.log(
    `diffoscope on the same pair (text and HTML): ${d.problem ?? `${d.seconds.toFixed(1)} s`}; ratio diffoscope/ours ${((d.seconds * 1000) / median(ours)).toFixed(0)}x`,
  );
  await rm(dir, { recursive: true, force: true });
}

await overhead();
await hundredMegabytes();
