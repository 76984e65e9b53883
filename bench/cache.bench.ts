// cache-setup figures, side by side in one run:
//  1. key computation (deps + build layers) on a generated monorepo of 1,000 lockfiles and 100,000
//     source files: median seconds and peak RSS (each run in a fresh process), and hashing
//     throughput against `sha256sum` over the same bytes;
//  2. a realistic npm store (a project using @actions/cache, @actions/artifact, eslint, jest and
//     typescript) saved and restored with @actions/cache through the local results service over
//     Azurite, against a cold `npm ci` from the registry and a warm `npm ci --offline` after restore;
//  3. installs through `slipway cache run` (the bundled CLI, a folder store) on this repository's
//     own lockfile and on an outside project's own lockfile (bench/data/cache, see its SOURCE.md),
//     with npm and with pnpm, in interleaved rounds (each timed run in fresh folders, after a sync,
//     the order turned by one each round): a plain install with an empty store (what a user runs
//     without a cache), of the project and of it with one dependency changed; cold through cache
//     run (empty store: install and save), warm (a filled store: the installed tree restored
//     exactly, no install) and one dependency changed (the store restored from a restore key, the
//     install run, both layers saved); the targets as ratios within each round, then their median;
//  4. the build layer: this repository's TypeScript type-check, cold and with its .tsbuildinfo
//     kept; a Cargo build cold and with target/ kept; a Go module's test build cold and with
//     GOCACHE kept; this repository's jest on one package, cold and with its cacheDirectory kept;
//     a Gradle build (Apache Commons Lang, Debian's gradle) cold and with its build cache kept;
//     Next.js builds (webpack and Turbopack) cold and with .next/cache kept;
//  5. what a filled npm store alone gives `npm ci` on this repository's lockfile: the install with
//     an empty store against the same install with a filled one, both on tmpfs (the disk's own
//     noise left out), in interleaved rounds; only the install is timed.
// `--installs-only`, `--build-only`, `--keys-only`, `--npm-only`, `--store-effect-only` pick one part; `--runs N` sets the
// rounds and repetitions (default 3); `--project repo|minipass-sized` and `--pm npm|pnpm` narrow the installs.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statfsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestFiles, inContainer, listFiles, planCache, runnerNames, sizeOnDisk } from '@slipway/cache';

// Outside the repository: the generated .ts sources must not join the project's type-check.
const out = join(tmpdir(), 'slipway-bench-cache');
const tree = join(out, 'monorepo');
const machine = { ...runnerNames(process.platform, process.arch), env: {}, home: '/home/runner' };

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? Number.NaN : s.length % 2 === 1 ? (s[m] ?? Number.NaN) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

/** A package-lock.json v3 shaped like npm's, with `n` packages. */
function lockfile(name: string, n: number, seed: number): string {
  const packages: Record<string, unknown> = { '': { name, version: '1.0.0', dependencies: {} } };
  for (let i = 0; i < n; i++) {
    const dep = `dep-${(seed * 31 + i) % 5000}`;
    packages[`node_modules/${dep}`] = {
      version: `${1 + (i % 7)}.${i % 13}.${(seed + i) % 17}`,
      resolved: `https://registry.npmjs.org/${dep}/-/${dep}-1.0.0.tgz`,
      integrity: `sha512-${createHash('sha512').update(`${dep}${seed}`).digest('base64')}`,
      license: 'MIT',
    };
  }
  return `${JSON.stringify({ name, version: '1.0.0', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`;
}

async function generateTree(): Promise<void> {
  if (existsSync(join(tree, '.complete-v2'))) return;
  await rm(tree, { recursive: true, force: true });
  process.stdout.write('generating 1,000 projects x 100 source files ... ');
  const started = performance.now();
  for (let p = 0; p < 1000; p++) {
    const dir = join(tree, 'packages', `pkg-${String(p).padStart(4, '0')}`);
    await mkdir(join(dir, 'src'), { recursive: true });
    await writeFile(join(dir, 'package.json'), `${JSON.stringify({ name: `pkg-${p}`, version: '1.0.0' }, null, 2)}\n`);
    await writeFile(join(dir, 'package-lock.json'), lockfile(`pkg-${p}`, 20 + (p % 60), p));
    await writeFile(
      join(dir, 'tsconfig.json'),
      `${JSON.stringify({ compilerOptions: { composite: true, rootDir: 'src', outDir: 'out' } }, null, 2)}\n`,
    );
    await Promise.all(
      Array.from({ length: 100 }, (_, f) =>
        writeFile(
          join(dir, 'src', `m${String(f).padStart(2, '0')}.ts`),
          `// module ${p}/${f}\nexport const v${f} = '${randomBytes(600).toString('base64')}';\n`,
        ),
      ),
    );
  }
  await writeFile(join(tree, '.node-version'), '24\n');
  await writeFile(join(tree, '.complete-v2'), '');
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** In a fresh process: one plan of the deps and build layers; prints seconds and peak RSS. */
async function child(): Promise<void> {
  const started = performance.now();
  const plan = await planCache({ root: tree, baseDir: tree, machine, prefix: 'slipway', layers: ['deps', 'build'] });
  const seconds = (performance.now() - started) / 1000;
  const hashed = plan.layers.map((l) => (l.layer === 'docker' ? 0 : l.hashedFiles));
  console.log(JSON.stringify({ seconds, maxRssKiB: process.resourceUsage().maxRSS, hashed }));
}

function quiet<T>(fn: () => Promise<T>): Promise<T> {
  // @actions/core writes ::debug:: workflow commands to stdout; keep the figures readable.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk: string | Uint8Array, ...rest: unknown[]) =>
    String(chunk).startsWith('::') || /^(\[command\]|Cache|Received|Sent|Attempt|Uploaded|Finished|Beginning|Download)/.test(String(chunk))
      ? true
      : (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
  return fn().finally(() => (process.stdout.write = write));
}

async function keyComputation(): Promise<void> {
  await generateTree();
  const runs = 3;
  const results: { seconds: number; maxRssKiB: number; hashed: number[] }[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child'], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (r.status !== 0) throw new Error(`plan child failed: ${r.stderr}`);
    results.push(JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as (typeof results)[number]);
  }
  const files = await listFiles(tree);
  const lockfiles = files.filter((f) => f.endsWith('package-lock.json'));
  let bytes = 0;
  for (const f of files) bytes += (await stat(join(tree, f))).size;
  console.log(
    `\nKey computation (deps + build), ${lockfiles.length} lockfiles, ${files.length} files, ${mb(bytes)}; ${runs} fresh processes`,
  );
  const [depsFiles, buildFiles] = results[0]?.hashed ?? [];
  console.log(`  hashed: deps ${depsFiles} lockfiles, build ${buildFiles} source files`);
  console.log(
    `  median ${median(results.map((r) => r.seconds)).toFixed(2)} s, peak RSS ${(Math.max(...results.map((r) => r.maxRssKiB)) / 1024).toFixed(0)} MiB`,
  );

  // Hashing alone, ours against sha256sum, same files, page cache warm for both.
  const list = join(out, 'files.nul');
  await writeFile(list, files.map((f) => join(tree, f)).join('\0'));
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    await digestFiles(tree, files);
    ours.push((performance.now() - t) / 1000);
    t = performance.now();
    execFileSync('xargs', ['-0', '-a', list, 'sha256sum'], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
    theirs.push((performance.now() - t) / 1000);
  }
  const [o, s] = [median(ours), median(theirs)];
  console.log(
    `  hashing: slipway ${(bytes / 1e6 / o).toFixed(0)} MB/s (${o.toFixed(2)} s), sha256sum ${(bytes / 1e6 / s).toFixed(0)} MB/s (${s.toFixed(2)} s); ratio ${(s / o).toFixed(2)}x`,
  );
}

async function npmStore(): Promise<void> {
  const { startCacheService } = await import('../test/services/cache-service.js');
  const project = join(out, 'npm-project');
  const store = join(out, 'npm-store');
  await rm(project, { recursive: true, force: true });
  await mkdir(join(project, 'temp'), { recursive: true });
  const deps = { '@actions/cache': '^6.3.0', '@actions/artifact': '^6.2.1', eslint: '^10.0.0', jest: '^30.0.0', typescript: '~6.0.3' };
  await writeFile(
    join(project, 'package.json'),
    `${JSON.stringify({ name: 'bench-npm', version: '1.0.0', private: true, dependencies: deps }, null, 2)}\n`,
  );
  const npm = (args: string[]): number => {
    const t = performance.now();
    execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, stdio: ['ignore', 'ignore', 'inherit'] });
    return (performance.now() - t) / 1000;
  };
  npm(['install', '--package-lock-only', '--prefer-offline', '--cache', join(out, 'scratch-npm')]);
  const packages =
    Object.keys((JSON.parse(await readFile(join(project, 'package-lock.json'), 'utf8')) as { packages: object }).packages).length - 1;

  const cold: number[] = [];
  for (let i = 0; i < 2; i++) {
    await rm(store, { recursive: true, force: true });
    await rm(join(project, 'node_modules'), { recursive: true, force: true });
    cold.push(npm(['ci', '--cache', store]));
  }
  const storeBytes = await sizeOnDisk(store);

  const service = await startCacheService();
  const saved = { ...process.env };
  Object.assign(process.env, service.env, { GITHUB_WORKSPACE: project, RUNNER_TEMP: join(project, 'temp') });
  try {
    const cache = await import('@actions/cache');
    let t = performance.now();
    const id = await quiet(() => cache.saveCache([store], 'bench-npm-store'));
    const saveSeconds = (performance.now() - t) / 1000;
    if (id <= 0) throw new Error('the store was not saved');
    const archive = (await service.entries())[0]?.sizeBytes ?? 0;
    const restores: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < 3; i++) {
      await rm(store, { recursive: true, force: true });
      await rm(join(project, 'node_modules'), { recursive: true, force: true });
      t = performance.now();
      const hit = await quiet(() => cache.restoreCache([store], 'bench-npm-store'));
      restores.push((performance.now() - t) / 1000);
      if (hit !== 'bench-npm-store') throw new Error('the store was not restored');
      warm.push(npm(['ci', '--offline', '--cache', store]));
    }
    const [r, w, c] = [median(restores), median(warm), median(cold)];
    console.log(
      `\nnpm store of ${packages} packages: ${mb(storeBytes)} on disk, ${mb(archive)} archive (${spawnSync('zstd', ['--version']).status === 0 ? 'tar + zstd' : 'tar + gzip'})`,
    );
    console.log(`  save ${saveSeconds.toFixed(2)} s; restore median ${r.toFixed(2)} s`);
    console.log(
      `  cold npm ci (registry) median ${c.toFixed(2)} s; restore + npm ci --offline ${(r + w).toFixed(2)} s (npm ci ${w.toFixed(2)} s)`,
    );
    console.log(`  restore is ${(c / r).toFixed(1)}x faster than a cold npm ci; restore + offline install ${(c / (r + w)).toFixed(1)}x`);
  } finally {
    process.env = saved;
    await service.stop();
  }
}

const repo = fileURLToPath(new URL('..', import.meta.url));
const cliBundle = join(repo, 'packages', 'cli', 'dist', 'index.js');

interface RunJson {
  installed: string;
  restoreSeconds: number;
  installSeconds: number;
  saveSeconds: number;
  /** What the run told the install (npm's prefer-offline over a restored store), empty when nothing. */
  installNote?: string;
  layers: { layer: string; hit: string; saved: boolean }[];
}

/** This repository's manifests and lockfile in a fresh folder (workspace package.json files included). */
async function copyProject(to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  for (const f of ['package.json', 'package-lock.json', '.node-version']) await writeFile(join(to, f), await readFile(join(repo, f)));
  for (const group of ['packages', 'actions']) {
    for (const name of readdirSync(join(repo, group))) {
      const manifest = join(repo, group, name, 'package.json');
      if (!existsSync(manifest)) continue;
      await mkdir(join(to, group, name), { recursive: true });
      await writeFile(join(to, group, name, 'package.json'), await readFile(manifest));
    }
  }
}

// npm and npx export their settings to children (npm_config_cache among them, the machine's own
// npm cache, which would make every "cold" install warm); a CI shell has none of them. Kept: how
// to reach the registry.
const KEPT_NPM = new Set(['npm_config_userconfig', 'npm_config_cafile', 'npm_config_registry']);
const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k, v]) => v !== undefined && (!/^npm_/i.test(k) || KEPT_NPM.has(k.toLowerCase()))),
) as Record<string, string>;

const timeTool = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
let timeSeq = 0;

/**
 * Runs a command; its wall seconds, and its CPU seconds (user + system, its children included,
 * from /usr/bin/time): on a shared machine the CPU figure moves less with the other load.
 */
function timed(cmd: string, args: string[], cwd: string, env: Record<string, string>): { seconds: number; cpu: number; stdout: string } {
  const cpuFile = join(out, `.cpu-${process.pid}-${++timeSeq}`);
  const [program, argv] = timeTool ? [timeTool, ['-f', '%U %S', '-o', cpuFile, cmd, ...args]] : [cmd, args];
  const t = performance.now();
  // The machine's environment (its CA bundle for the registry) with this run's HOME and store folders.
  const r = spawnSync(program, argv, { cwd, env: { ...baseEnv, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${(r.stderr ?? '').slice(-2000)}`);
  let cpu = Number.NaN;
  if (timeTool && existsSync(cpuFile)) {
    const [user = 0, system = 0] = readFileSync(cpuFile, 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? [];
    cpu = user + system;
    rmSync(cpuFile, { force: true });
  }
  return { seconds, cpu, stdout: r.stdout };
}

/** A project the installs run on: how to lay it out, and its one dependency change (setup, not timed). */
interface InstallProject {
  id: string;
  label: string;
  /** pnpm's workspace globs, when the project has workspaces. */
  workspaces?: string[];
  copy(to: string): Promise<void>;
  /** npm arguments that move one dependency to another release, lockfile only. */
  change: string[];
}

const data = join(repo, 'bench', 'data', 'cache');
// The small project first: its blocks never follow the removal of the large project's trees.
const projects: InstallProject[] = [
  {
    id: 'minipass-sized',
    label: 'minipass-sized 1.0.3 (isaacs/minipass-sized, its own lockfile)',
    copy: async (to) => {
      await rm(to, { recursive: true, force: true });
      await mkdir(to, { recursive: true });
      await writeFile(join(to, 'package.json'), await readFile(join(data, 'minipass-sized.package.json')));
      await writeFile(join(to, 'package-lock.json'), await readFile(join(data, 'minipass-sized.package-lock.json')));
    },
    // minipass 3.0.0 (locked) moves to 3.3.6.
    change: ['minipass@3.3.6', '--save'],
  },
  {
    id: 'repo',
    label: "this repository's lockfile",
    workspaces: ['packages/*', 'actions/*'],
    copy: copyProject,
    // yaml moves to another release.
    change: ['yaml@2.8.0', '--save-dev'],
  },
];

interface Sample {
  wall: number;
  cpu: number;
  json?: RunJson;
}

/** Free space a round needs: four runs of this repository's npm block write about 5 GB. */
const ROUND_BYTES = 12e9;

/**
 * Makes room for a round before it starts. Earlier blocks' runs are kept to the end (see below);
 * when the disk runs short they are removed now, and the figures after it may pay for the discards.
 * Still short after that: stop with what is needed rather than fail mid-run.
 */
async function roomForRound(leftovers: string[]): Promise<void> {
  const free = (): number => {
    const s = statfsSync(tmpdir());
    return s.bavail * s.bsize;
  };
  if (free() >= ROUND_BYTES || leftovers.length === 0) {
    if (free() < ROUND_BYTES) throw new Error(`the installs need ${mb(ROUND_BYTES)} free in ${tmpdir()} per round; ${mb(free())} is free`);
    return;
  }
  console.log(`  (disk: ${mb(free())} free; removing earlier blocks' runs now, so later figures may be slower)`);
  for (const d of leftovers.splice(0)) await rm(d, { recursive: true, force: true });
  settle();
  if (free() < ROUND_BYTES) throw new Error(`the installs need ${mb(ROUND_BYTES)} free in ${tmpdir()} per round; ${mb(free())} is free`);
}

/** Writes the last run's files out before the next is timed, so no run pays for another's writeback. */
function settle(): void {
  execFileSync('sync');
}

/**
 * npm workspaces name a sibling package by its version range (`"@slipway/core": "*"`); pnpm links a
 * sibling only through the `workspace:` protocol and otherwise looks it up in the registry. The
 * pnpm copy of a workspace project says `workspace:*`, as a pnpm user of it would write.
 */
async function pnpmWorkspaceProtocol(dir: string, workspaces: readonly string[]): Promise<void> {
  const manifests = [join(dir, 'package.json')];
  for (const glob of workspaces) {
    const parent = join(dir, glob.replace(/\/\*$/, ''));
    if (existsSync(parent)) for (const sub of readdirSync(parent)) manifests.push(join(parent, sub, 'package.json'));
  }
  const present = manifests.filter((m) => existsSync(m));
  const texts = await Promise.all(present.map(async (m) => JSON.parse(await readFile(m, 'utf8')) as Record<string, unknown>));
  const names = new Set(texts.map((t) => t['name']).filter((n): n is string => typeof n === 'string'));
  for (const [i, manifest] of texts.entries()) {
    for (const field of ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies']) {
      const deps = manifest[field] as Record<string, string> | undefined;
      for (const name of Object.keys(deps ?? {})) if (deps && names.has(name)) deps[name] = 'workspace:*';
    }
    await writeFile(present[i] ?? '', `${JSON.stringify(manifest, null, 2)}\n`);
  }
}

/**
 * A fresh runner for one timed run: a new copy of the project's manifests and lockfiles (no
 * node_modules) and a new, empty HOME (an empty package-manager store), at paths never used
 * before. Nothing is deleted between timed runs: on this machine's ext4 (mounted without a
 * journal) creating files where many were just deleted costs several times more per file, which
 * a fresh CI runner never pays; the runs of a block are removed after its last round.
 */
async function freshRunner(
  runsDir: string,
  pm: string,
  source: string,
  name: string,
): Promise<{ dir: string; env: Record<string, string> }> {
  const home = join(runsDir, `${name}-home`);
  const dir = join(runsDir, `${name}-project`);
  await mkdir(home, { recursive: true });
  await cp(source, dir, { recursive: true, filter: (from) => !from.split(sep).includes('node_modules') });
  return {
    dir,
    env: {
      HOME: home,
      npm_config_cache: join(home, '.npm'),
      ...(pm === 'pnpm' ? { npm_config_store_dir: join(home, '.local/share/pnpm/store') } : {}),
    },
  };
}

/**
 * Installs through `slipway cache run` with a folder store, npm and pnpm, on each project, in
 * interleaved rounds (so the machine's load falls on every scenario alike): a plain install with
 * an empty package-manager store (what a user runs without a cache) of the project and of its
 * changed copy, cache run on an empty store (install and save), warm (a store a cold run filled:
 * the installed tree restored exactly, no install) and one dependency changed (the store restored
 * from a restore key, the install run, both layers saved). Medians over the rounds; the targets
 * (warm at most 0.25x cold, one changed no slower than cold, cold being the cache run on an empty
 * store) as the median of each round's ratio.
 */
async function installs(rounds: number): Promise<void> {
  const base = join(out, 'installs');
  await mkdir(base, { recursive: true });
  const tools = join(base, 'tools');
  if (!existsSync(join(tools, 'node_modules', '.bin', 'pnpm'))) {
    await mkdir(tools, { recursive: true });
    execFileSync('npm', ['install', '--prefix', tools, '--no-audit', '--no-fund', 'pnpm@10.34.9'], { stdio: 'ignore' });
  }
  const pnpm = join(tools, 'node_modules', '.bin', 'pnpm');
  const f = (x: number): string => x.toFixed(1).padStart(5);
  const summary: string[] = [];
  const leftovers: string[] = [];
  const pick = (flag: string): string | undefined => {
    const i = process.argv.indexOf(flag);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  for (const project of projects.filter((p) => (pick('--project') ?? p.id) === p.id)) {
    for (const pm of (['npm', 'pnpm'] as const).filter((m) => (pick('--pm') ?? m) === m)) {
      const dir = join(base, `${project.id}-${pm}-project`);
      const changed = join(base, `${project.id}-${pm}-changed`);
      // Lifecycle scripts off for every scenario alike: the node devDependency's script fetches a Node binary.
      const install =
        pm === 'npm'
          ? ['npm', 'ci', '--ignore-scripts', '--no-audit', '--no-fund']
          : [pnpm, 'install', '--frozen-lockfile', '--ignore-scripts'];
      const scratch = { HOME: join(base, 'prep-home') };
      await project.copy(dir);
      await project.copy(changed);
      // A lockfile keeps the registry URLs its project wrote, or leaves them out as it did: npm's
      // own setting (this machine's npm config leaves them out) would otherwise rewrite an outside
      // project's lockfile into one whose every package needs its registry metadata fetched.
      const urls = /"resolved": "https:\/\/registry\.npmjs\.org\//.test(await readFile(join(dir, 'package-lock.json'), 'utf8'));
      const lockOnly = [
        'install',
        '--package-lock-only',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        `--omit-lockfile-registry-resolved=${!urls}`,
      ];
      // npm's current lockfile format, every resolved version kept (a no-op for a current lockfile).
      timed('npm', lockOnly, dir, scratch);
      timed('npm', [...lockOnly, ...project.change], changed, scratch);
      const packages = Object.keys(
        (JSON.parse(await readFile(join(dir, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> }).packages,
      ).filter((k) => k.includes('node_modules/')).length;
      if (pm === 'pnpm') {
        for (const d of [dir, changed]) {
          if (project.workspaces) {
            await writeFile(join(d, 'pnpm-workspace.yaml'), `packages:\n${project.workspaces.map((w) => `  - ${w}\n`).join('')}`);
            await pnpmWorkspaceProtocol(d, project.workspaces);
          }
          timed(pnpm, ['import'], d, scratch);
          await rm(join(d, 'package-lock.json'));
        }
      }
      // A folder never used before, outside the trees earlier blocks made and removed.
      const runsDir = await mkdtemp(join(tmpdir(), `slipway-bench-${project.id}-${pm}-`));
      let seq = 0;
      const cacheRun = async (source: string, store: string): Promise<Sample> => {
        const { dir: d, env } = await freshRunner(runsDir, pm, source, `run-${++seq}`);
        settle();
        const r = timed(process.execPath, [cliBundle, 'cache', 'run', '--store', store, '--json', '--', ...install], d, env);
        return { wall: r.seconds, cpu: r.cpu, json: JSON.parse(r.stdout) as RunJson };
      };
      const plainRun = async (source: string): Promise<Sample> => {
        const fresh = await freshRunner(runsDir, pm, source, `run-${++seq}`);
        settle();
        const p = timed(install[0] ?? '', install.slice(1), fresh.dir, fresh.env);
        return { wall: p.seconds, cpu: p.cpu };
      };
      // Warm and one changed start from the store a cold run filled: that run is made once, untimed,
      // and each timed run gets the store as a hard-linked copy of its own (an entry is never
      // written in place, so the copies share its archives safely and nothing is rewritten to disk).
      // Every scenario is then independent of the others, and the order turns by one each round, so
      // none always follows the same one (the run before leaves the disk busier or quieter).
      const seedStore = join(runsDir, 'seed-store');
      await cacheRun(dir, seedStore);
      const storeFrom = (name: string): string => {
        const to = join(runsDir, name);
        execFileSync('cp', ['-al', seedStore, to]);
        return to;
      };
      const scenarios = [
        { name: 'plain', run: () => plainRun(dir) },
        { name: 'plainChanged', run: () => plainRun(changed) },
        { name: 'cold', run: () => cacheRun(dir, join(runsDir, `store-${seq}-cold`)) },
        { name: 'warm', run: () => cacheRun(dir, storeFrom(`store-${seq}-warm`)) },
        { name: 'changed', run: () => cacheRun(changed, storeFrom(`store-${seq}-changed`)) },
      ] as const;
      type Name = (typeof scenarios)[number]['name'];
      const rows: Record<Name, Sample>[] = [];
      for (let i = 0; i < rounds; i++) {
        await roomForRound(leftovers);
        const round: Partial<Record<Name, Sample>> = {};
        for (let j = 0; j < scenarios.length; j++) {
          const s = scenarios[(i + j) % scenarios.length];
          if (s) round[s.name] = await s.run();
        }
        rows.push(round as Record<Name, Sample>);
      }
      // Removed after the last block: this machine's ext4 discards freed blocks as files are
      // deleted (the `discard` mount option), and a block timed while gigabytes of an earlier
      // block's trees are being discarded restores several times slower than a fresh runner does.
      leftovers.push(runsDir);
      const col = (name: Name): Sample[] => rows.map((r) => r[name]);
      const mid = (xs: Sample[], k: 'restoreSeconds' | 'installSeconds' | 'saveSeconds' | 'wall' | 'cpu'): number =>
        median(xs.map((x) => (k === 'wall' ? x.wall : k === 'cpu' ? x.cpu : (x.json?.[k] ?? 0))));
      // Ratios within each round (the two runs of a ratio minutes apart, under the same load), then their median.
      const paired = (a: Name, b: Name, k: 'wall' | 'cpu' = 'wall'): number => median(rows.map((r) => r[a][k] / r[b][k]));
      const lockName = pm === 'npm' ? 'package-lock.json' : 'pnpm-lock.yaml';
      console.log(
        `\n${pm} on ${project.label}: ${lockName}, ${packages} packages; slipway cache run, folder store; medians of ${rounds} rounds, the order turned each round`,
      );
      console.log(`  ${''.padEnd(34)} wall  restore install  save   cpu`);
      const bare = (name: string, xs: Sample[]): void =>
        console.log(`  ${name.padEnd(34)}${f(mid(xs, 'wall'))}   ${''.padEnd(21)}${f(mid(xs, 'cpu'))}`);
      bare('plain install (no cache)', col('plain'));
      bare('plain install, one changed', col('plainChanged'));
      const row = (name: string, xs: Sample[]): void => {
        const first = xs[0]?.json;
        console.log(
          `  ${name.padEnd(34)}${f(mid(xs, 'wall'))}   ${f(mid(xs, 'restoreSeconds'))}   ${f(mid(xs, 'installSeconds'))} ${f(mid(xs, 'saveSeconds'))} ${f(mid(xs, 'cpu'))}  (${first?.installed}; ${first?.layers.map((l) => `${l.layer} ${l.hit}${l.saved ? ' saved' : ''}`).join(', ')})`,
        );
      };
      row('cold (empty store)', col('cold'));
      row('warm (filled store)', col('warm'));
      row('one dependency changed', col('changed'));
      const w = paired('warm', 'cold');
      const o = paired('changed', 'cold');
      const line = `${pm}, ${project.id}: warm / cold ${w.toFixed(2)} (target <= 0.25${w <= 0.25 ? ', met' : ', NOT met'}); one changed / cold ${o.toFixed(2)} (target <= 1${o <= 1 ? ', met' : ', NOT met'}); against no cache: warm / plain ${paired('warm', 'plain').toFixed(2)}, one changed / its plain install ${paired('changed', 'plainChanged').toFixed(2)}, cold / plain ${paired('cold', 'plain').toFixed(2)}; CPU one changed / cold ${paired('changed', 'cold', 'cpu').toFixed(2)}`;
      console.log(`  per round, then the median: ${line}`);
      console.log(
        `  one changed / cold, each round: ${rows.map((r) => (r.changed.wall / r.cold.wall).toFixed(2)).join(', ')}; warm / cold: ${rows.map((r) => (r.warm.wall / r.cold.wall).toFixed(2)).join(', ')}`,
      );
      const note = rows[0]?.changed.json?.installNote;
      if (note) console.log(`  one changed, the run's note: ${note}`);
      summary.push(line);
    }
  }
  for (const d of leftovers) await rm(d, { recursive: true, force: true });
  console.log(`\nInstalls summary (wall times include the CLI's start, key computation, restore, install and save):`);
  for (const l of summary) console.log(`  ${l}`);
}

/**
 * `npm ci` on this repository's lockfile with an empty store and with a filled one, each in a
 * fresh project and HOME on tmpfs (so the disk's write-back and discards do not move the figures),
 * interleaved; the filled store is a copy of one a first install wrote. Only the install is timed.
 */
async function npmStoreEffect(rounds: number): Promise<void> {
  const shm = '/dev/shm';
  const base = await mkdtemp(join(existsSync(shm) ? shm : tmpdir(), 'slipway-bench-store-effect-'));
  try {
    const install = ['ci', '--ignore-scripts', '--no-audit', '--no-fund'];
    const source = join(base, 'source');
    await copyProject(source);
    const filled = join(base, 'filled-home');
    await mkdir(filled);
    const first = join(base, 'first');
    await cp(source, first, { recursive: true });
    timed('npm', install, first, { HOME: filled, npm_config_cache: join(filled, '.npm') });
    await rm(first, { recursive: true, force: true });
    const empty: Sample[] = [];
    const warm: Sample[] = [];
    for (let i = 0; i < rounds; i++) {
      for (const [kind, into] of i % 2 === 0
        ? ([
            ['empty', empty],
            ['filled', warm],
          ] as const)
        : ([
            ['filled', warm],
            ['empty', empty],
          ] as const)) {
        const dir = join(base, `${kind}-${i}`);
        const home = join(dir, 'home');
        await cp(source, join(dir, 'project'), { recursive: true });
        await mkdir(home, { recursive: true });
        if (kind === 'filled') await cp(join(filled, '.npm'), join(home, '.npm'), { recursive: true });
        const r = timed('npm', install, join(dir, 'project'), { HOME: home, npm_config_cache: join(home, '.npm') });
        into.push({ wall: r.seconds, cpu: r.cpu });
        await rm(dir, { recursive: true, force: true });
      }
    }
    const m = (xs: Sample[], k: 'wall' | 'cpu'): number => median(xs.map((x) => x[k]));
    console.log(`
npm ci on this repository's lockfile, on ${existsSync(shm) ? 'tmpfs' : 'the temporary folder'}; medians of ${rounds} interleaved rounds`);
    console.log(`  empty store ${m(empty, 'wall').toFixed(1)} s wall, ${m(empty, 'cpu').toFixed(1)} s CPU`);
    console.log(`  filled store ${m(warm, 'wall').toFixed(1)} s wall, ${m(warm, 'cpu').toFixed(1)} s CPU`);
    console.log(
      `  filled / empty: wall ${(m(warm, 'wall') / m(empty, 'wall')).toFixed(2)}, CPU ${(m(warm, 'cpu') / m(empty, 'cpu')).toFixed(2)}`,
    );
  } finally {
    await rm(base, { recursive: true, force: true });
  }
}

async function buildLayer(runs: number): Promise<void> {
  const f = (x: number): string => x.toFixed(1);
  const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
  const info = join(out, 'tsc.tsbuildinfo');
  const check = (incremental: boolean): number =>
    timed(
      process.execPath,
      [tsc, '-p', join(repo, 'tsconfig.json'), ...(incremental ? ['--incremental', '--tsBuildInfoFile', info] : [])],
      repo,
      {
        HOME: process.env['HOME'] ?? '',
      },
    ).seconds;
  const plain = check(false);
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < runs; i++) {
    await rm(info, { force: true });
    cold.push(check(true));
    warm.push(check(true));
  }
  console.log(`\nBuild layer: this repository's type-check (tsc -p tsconfig.json, noEmit)`);
  console.log(`  as configured (no incremental: nothing for the build layer to keep): ${f(plain)} s`);
  console.log(
    `  --incremental, cold (no .tsbuildinfo) median ${f(median(cold))} s; warm (.tsbuildinfo kept, as the build layer restores it) median ${f(median(warm))} s; warm/cold ${(median(warm) / median(cold)).toFixed(2)}`,
  );

  // A real crate with no dependencies, built offline: regex-syntax 0.6.27 as Debian 12 ships its
  // source (librust-regex-syntax-dev, in .ci/run's package list).
  const source = '/usr/share/cargo/registry/regex-syntax-0.6.27';
  const crate = join(out, 'regex-syntax');
  // rustup installs cargo under ~/.cargo/bin, which a non-login shell may not have on PATH.
  const cargo = spawnSync('cargo', ['--version']).status === 0 ? 'cargo' : join(process.env['HOME'] ?? '', '.cargo', 'bin', 'cargo');
  if (spawnSync(cargo, ['--version']).status !== 0) console.log('  cargo: not installed here, not measured');
  else if (!existsSync(join(source, 'Cargo.toml')))
    console.log(`  cargo: ${source} is missing (apt-get install librust-regex-syntax-dev), not measured`);
  else {
    await rm(crate, { recursive: true, force: true });
    execFileSync('cp', ['-r', source, crate]);
    const lines = (await readFile(join(crate, 'src', 'lib.rs'), 'utf8')).split('\n').length;
    const build = (): number => timed(cargo, ['build', '--offline', '--quiet'], crate, { HOME: process.env['HOME'] ?? '' }).seconds;
    const c: number[] = [];
    const w: number[] = [];
    const edited: number[] = [];
    for (let i = 0; i < runs; i++) {
      await rm(join(crate, 'target'), { recursive: true, force: true });
      c.push(build());
      w.push(build());
      // One source file edited: the crate is compiled again; a debug build's incremental cache in target/ keeps the rest.
      await writeFile(join(crate, 'src', 'lib.rs'), `${await readFile(join(crate, 'src', 'lib.rs'), 'utf8')}\n`);
      edited.push(build());
    }
    console.log(
      `  cargo build (debug) of regex-syntax 0.6.27 (a real crate, no dependencies; lib.rs ${lines} lines): cold (no target/) median ${f(median(c))} s; warm (target/ kept, nothing changed) median ${f(median(w))} s (${(median(w) / median(c)).toFixed(2)}x); warm after editing one file median ${f(median(edited))} s (${(median(edited) / median(c)).toFixed(2)}x: the crate is compiled again, with rustc's incremental cache in target/ (debug builds) reusing what the edit did not touch)`,
    );
  }

  // A real Go module with no dependencies, built offline with the build cache (GOCACHE) cold and
  // kept: go-cmp 0.5.9 as Debian 12 ships its source (golang-github-google-go-cmp-dev, with golang-go).
  const goSource = '/usr/share/gocode/src/github.com/google/go-cmp';
  if (spawnSync('go', ['version']).status !== 0) console.log('  go: not installed here (apt-get install golang-go), not measured');
  else if (!existsSync(join(goSource, 'go.mod')))
    console.log(`  go: ${goSource} is missing (apt-get install golang-github-google-go-cmp-dev), not measured`);
  else {
    const mod = join(out, 'go-cmp');
    const gocache = join(out, 'go-build');
    await rm(mod, { recursive: true, force: true });
    execFileSync('cp', ['-rL', goSource, mod]);
    const env = { HOME: process.env['HOME'] ?? '', GOCACHE: gocache, GOFLAGS: '-mod=mod', GOPROXY: 'off', GO111MODULE: 'on' };
    const build = (): number => timed('go', ['test', '-vet=off', '-count=1', '-run', '^$', './...'], mod, env).seconds;
    const version = execFileSync('go', ['version'], { encoding: 'utf8' }).trim();
    const c: number[] = [];
    const w: number[] = [];
    const edited: number[] = [];
    const file = join(mod, 'cmp', 'options.go');
    for (let i = 0; i < runs; i++) {
      await rm(gocache, { recursive: true, force: true });
      c.push(build());
      w.push(build());
      await writeFile(file, `${await readFile(file, 'utf8')}\n// edited\n`);
      edited.push(build());
    }
    console.log(
      `  go test -run '^$' ./... (builds every package and its test binary, runs none) of go-cmp 0.5.9 (a real module, no dependencies; ${version}): cold (empty GOCACHE) median ${f(median(c))} s; warm (GOCACHE kept, as the build layer restores it) median ${f(median(w))} s (${(median(w) / median(c)).toFixed(2)}x); warm after editing one file of the cmp package median ${f(median(edited))} s (${(median(edited) / median(c)).toFixed(2)}x)`,
    );
  }

  // jest's transform cache, on this repository's own unit tests of one package: ts-jest compiles
  // each TypeScript file once and keeps the output under cacheDirectory, a plain folder the build
  // layer keeps when it is listed in `paths`.
  const jestCache = join(out, 'jest-cache');
  const jestRun = (): number =>
    timed(
      process.execPath,
      [
        '--experimental-vm-modules',
        '--disable-warning=ExperimentalWarning',
        join(repo, 'node_modules', 'jest', 'bin', 'jest.js'),
        '--cacheDirectory',
        jestCache,
        '--selectProjects',
        'unit',
        '--maxWorkers=2',
        'packages/core/',
      ],
      repo,
      { HOME: process.env['HOME'] ?? '' },
    ).seconds;
  const jc: number[] = [];
  const jw: number[] = [];
  for (let i = 0; i < runs; i++) {
    await rm(jestCache, { recursive: true, force: true });
    jc.push(jestRun());
    jw.push(jestRun());
  }
  console.log(
    `  jest (this repository's packages/core unit tests, ts-jest): cold (empty cacheDirectory) median ${f(median(jc))} s; warm (cacheDirectory kept) median ${f(median(jw))} s (${(median(jw) / median(jc)).toFixed(2)}x)`,
  );
  await gradleBuild(runs);
  await nextBuilds(runs);
}

/** Leaves `root` holding only `rel` below it, as the build layer restores a cache folder into a fresh checkout. */
async function keepOnly(root: string, rel: string): Promise<void> {
  const aside = join(out, '.kept');
  await rm(aside, { recursive: true, force: true });
  await rename(join(root, rel), aside);
  await rm(root, { recursive: true, force: true });
  await mkdir(join(root, rel, '..'), { recursive: true });
  await rename(aside, join(root, rel));
}

/**
 * Gradle: `gradle jar` of a real Java project with no dependencies, Apache Commons Lang 3.12.0
 * (its main sources as Debian 12 packages them: the source tarball from Debian's pool, checked by
 * its digest), with Debian 12's gradle (4.4.1, on its Java 17) and org.gradle.caching=true. Cold: an
 * empty Gradle home and a fresh checkout; warm: a fresh checkout with only the home's
 * caches/build-cache-1 restored, as the build layer keeps it; then the same after editing one file.
 */
async function gradleBuild(runs: number): Promise<void> {
  const f = (x: number): string => x.toFixed(1);
  if (spawnSync('gradle', ['--version'], { stdio: 'ignore' }).status !== 0) {
    console.log('  gradle: not installed here (apt-get install gradle), not measured');
    return;
  }
  const tarball = join(out, 'libcommons-lang3-java_3.12.0.orig.tar.xz');
  const digest = 'f7c22574707611b63bae19ff17f59e24cdd32e2b0e61a50ec9b1b525fbc909d1';
  if (!existsSync(tarball)) {
    const url = 'http://deb.debian.org/debian/pool/main/libc/libcommons-lang3-java/libcommons-lang3-java_3.12.0.orig.tar.xz';
    const res = await fetch(url, { signal: AbortSignal.timeout(60_000) }).catch(() => undefined);
    if (!res?.ok) {
      console.log(`  gradle: ${url} could not be fetched (${res?.status ?? 'no answer'}), not measured`);
      return;
    }
    const bytes = Buffer.from(await res.arrayBuffer());
    if (createHash('sha256').update(bytes).digest('hex') !== digest) {
      console.log(`  gradle: ${url} does not match its sha256 ${digest}, not measured`);
      return;
    }
    await writeFile(tarball, bytes);
  }
  const source = join(out, 'commons-lang3-src');
  if (!existsSync(join(source, 'src', 'main', 'java'))) {
    await rm(source, { recursive: true, force: true });
    await mkdir(source, { recursive: true });
    execFileSync('tar', ['-xJf', tarball, '-C', source, '--strip-components=1', 'commons-lang-rel-commons-lang-3.12.0/src/main']);
  }
  const project = join(out, 'commons-lang3');
  const home = join(out, 'gradle-home');
  // A fresh checkout: the sources and the three build files, no build/ and no .gradle/.
  const checkout = async (): Promise<void> => {
    await rm(project, { recursive: true, force: true });
    await mkdir(project, { recursive: true });
    await cp(join(source, 'src'), join(project, 'src'), { recursive: true });
    await writeFile(
      join(project, 'build.gradle'),
      "apply plugin: 'java'\nsourceCompatibility = '1.8'\ntargetCompatibility = '1.8'\ncompileJava.options.encoding = 'UTF-8'\n",
    );
    await writeFile(join(project, 'settings.gradle'), "rootProject.name = 'commons-lang3'\n");
    await writeFile(join(project, 'gradle.properties'), 'org.gradle.caching=true\n');
  };
  const build = (fromCache: boolean): number => {
    const r = timed('gradle', ['--no-daemon', '--offline', '--console=plain', 'jar'], project, {
      HOME: process.env['HOME'] ?? '',
      GRADLE_USER_HOME: home,
    });
    // The warm build must have taken compileJava from the cache, and the cold one must not.
    if (/compileJava FROM-CACHE/.test(r.stdout) !== fromCache)
      throw new Error(`gradle: compileJava ${fromCache ? 'not ' : ''}from the cache:\n${r.stdout}`);
    return r.seconds;
  };
  const version =
    /Gradle (\S+)/.exec(execFileSync('gradle', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[1] ?? '?';
  const c: number[] = [];
  const w: number[] = [];
  const edited: number[] = [];
  for (let i = 0; i < runs; i++) {
    await rm(home, { recursive: true, force: true });
    await checkout();
    c.push(build(false));
    await keepOnly(home, join('caches', 'build-cache-1'));
    await checkout();
    w.push(build(true));
    await keepOnly(home, join('caches', 'build-cache-1'));
    await checkout();
    const file = join(project, 'src', 'main', 'java', 'org', 'apache', 'commons', 'lang3', 'StringUtils.java');
    await writeFile(file, `${await readFile(file, 'utf8')}\n// edited\n`);
    edited.push(build(false));
  }
  console.log(
    `  gradle jar (Gradle ${version}, --no-daemon) of Apache Commons Lang 3.12.0 (215 source files, no dependencies): cold (empty Gradle home) median ${f(median(c))} s; warm (only caches/build-cache-1 kept, as the build layer restores it; compileJava FROM-CACHE) median ${f(median(w))} s (${(median(w) / median(c)).toFixed(2)}x); warm after editing one file median ${f(median(edited))} s (${(median(edited) / median(c)).toFixed(2)}x)`,
  );
}

/** A generated App Router app: 30 pages, each rendering 30 shared client components. */
async function writeNextPages(app: string): Promise<void> {
  await rm(join(app, 'app'), { recursive: true, force: true });
  await rm(join(app, 'components'), { recursive: true, force: true });
  await mkdir(join(app, 'components'), { recursive: true });
  await mkdir(join(app, 'app'), { recursive: true });
  await writeFile(
    join(app, 'app', 'layout.js'),
    'export const metadata = { title: \'bench\' };\n\nexport default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  );
  const components = 30;
  for (let c = 0; c < components; c++) {
    await writeFile(
      join(app, 'components', `c${c}.js`),
      `'use client';\nimport { useState } from 'react';\n\nexport default function C${c}({ label }) {\n  const [n, setN] = useState(${c});\n  const items = Array.from({ length: 5 }, (_, i) => ({ id: i, text: label + ' ' + (n + i) }));\n  return (\n    <section>\n      <h2>{label}</h2>\n      <button onClick={() => setN(n + 1)}>more</button>\n      <ul>{items.map((it) => <li key={it.id}>{it.text}</li>)}</ul>\n    </section>\n  );\n}\n`,
    );
  }
  for (let p = 0; p < 30; p++) {
    const dir = p === 0 ? join(app, 'app') : join(app, 'app', `p${p}`);
    const up = p === 0 ? '..' : '../..';
    await mkdir(dir, { recursive: true });
    const imports = Array.from({ length: components }, (_, c) => `import C${c} from '${up}/components/c${c}.js';`).join('\n');
    const uses = Array.from({ length: components }, (_, c) => `<C${c} label="p${p}c${c}" />`).join('');
    await writeFile(
      join(dir, 'page.js'),
      `import Link from 'next/link';\n${imports}\n\nexport default function Page() {\n  return (\n    <main>\n      <h1>Page ${p}</h1>\n      <Link href="/">Home</Link>\n      ${uses}\n    </main>\n  );\n}\n`,
    );
  }
}

/**
 * Next.js: `next build` of the generated app, cold (no .next) and warm (a fresh .next holding only
 * the .next/cache the build layer restores), with next 15.5 (webpack) and 16.5 (Turbopack, its
 * default). next is installed once, untimed. 15.5 runs twice: as it runs on this machine, which
 * Next.js takes for a container, and with NEXT_SERVER_ACTIONS_ENCRYPTION_KEY set, as the build
 * layer's note advises.
 */
async function nextBuilds(runs: number): Promise<void> {
  const f = (x: number): string => x.toFixed(1);
  const key = randomBytes(32).toString('base64');
  const where = inContainer() ? 'a container, as Next.js sees it (/.dockerenv)' : 'not a container';
  const cases: { version: string; react: string; label: string; env: Record<string, string> }[] = [
    { version: '15.5.29', react: '19.1.0', label: 'webpack, on this machine as it is', env: {} },
    {
      version: '15.5.29',
      react: '19.1.0',
      label: 'webpack, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY set',
      env: { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key },
    },
    { version: '16.5.0', react: '19.2.1', label: 'Turbopack, on this machine as it is', env: {} },
  ];
  console.log(`  next build of a generated App Router app (30 pages x 30 client components); this machine is ${where}:`);
  for (const c of cases) {
    const app = join(out, `next-${c.version}`);
    const next = join(app, 'node_modules', 'next', 'dist', 'bin', 'next');
    if (!existsSync(next)) {
      await mkdir(app, { recursive: true });
      const pkg = { private: true, dependencies: { next: c.version, react: c.react, 'react-dom': c.react } };
      await writeFile(join(app, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
      const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: app, env: baseEnv, stdio: 'ignore' });
      if (r.status !== 0) {
        console.log(`    next ${c.version}: npm install failed (no registry?), not measured`);
        continue;
      }
    }
    // The pages anew each case: nothing left from an earlier one joins the build.
    await writeNextPages(app);
    const build = (): number =>
      timed(process.execPath, [next, 'build'], app, { HOME: process.env['HOME'] ?? '', NEXT_TELEMETRY_DISABLED: '1', ...c.env }).seconds;
    const dotNext = join(app, '.next');
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) {
      await rm(dotNext, { recursive: true, force: true });
      cold.push(build());
      // A fresh checkout with the build layer restored: .next holds only its cache.
      await keepOnly(dotNext, 'cache');
      warm.push(build());
    }
    console.log(
      `    next ${c.version} (${c.label}): cold (no .next) median ${f(median(cold))} s; warm (.next/cache kept, as the build layer restores it) median ${f(median(warm))} s (${(median(warm) / median(cold)).toFixed(2)}x)`,
    );
  }
}

const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
if (process.argv.includes('--child')) {
  await child();
} else {
  await mkdir(out, { recursive: true });
  const only = ['--keys-only', '--npm-only', '--installs-only', '--build-only', '--store-effect-only'].find((x) =>
    process.argv.includes(x),
  );
  if (!only || only === '--keys-only') await keyComputation();
  if (!only || only === '--npm-only') await npmStore();
  if (!only || only === '--installs-only') await installs(runs);
  if (!only || only === '--build-only') await buildLayer(runs);
  if (!only || only === '--store-effect-only') await npmStoreEffect(runs);
}
