// Each bundle's own overhead on a runner: size on disk, cold start (process start to exit) and
// peak memory, every bundle doing its real first work with its inputs set as the runner sets
// them, against actions/cache's `dist/restore` bundle doing a cache lookup in the same rounds.
//
//   ACTIONS_CACHE_RESTORE=/path/to/actions-cache/dist/restore/index.js npm run bench -- bundles
//
// actions/cache does not publish its bundle to npm: build its src/restore.ts with its own ncc
// (`npm ci && npx ncc build -o dist/restore src/restore.ts` in a checkout of a release tag) and
// point ACTIONS_CACHE_RESTORE at the result. Steps talk to the local results service (Azurite
// behind it) and a local GitHub API, so cache lookups miss and record uploads happen for real.
import { spawn } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareStep, repoRoot, runStep, type PreparedStep, type RunStepOptions } from '../test/harness/index.js';
import { startCacheService } from '../test/services/cache-service.js';
import { startGitHubApi } from '../test/services/github-api.js';
import { generateHistory } from '../test/services/github-api-history.js';

const rounds = Number(process.env['BENCH_ROUNDS'] ?? 11);
const reference = process.env['ACTIONS_CACHE_RESTORE'];
if (!reference || !existsSync(reference)) {
  console.error('set ACTIONS_CACHE_RESTORE to actions/cache dist/restore/index.js (see the comment at the top of bench/bundles.bench.ts)');
  process.exit(2);
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const folderBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);

interface Target {
  name: string;
  step: PreparedStep;
  /** What the verification run must end with. */
  exitCode: number;
}

const service = await startCacheService();
const scratch = await mkdtemp(join(tmpdir(), 'bench-bundles-'));
const history = generateHistory({ seed: 7, end: Math.floor(Date.now() / 1000) - 600, days: 3, runsPerDay: 4, inProgress: 0 });
const github = await startGitHubApi({ repo: history });
const fixtures = join(repoRoot, 'test', 'fixtures');

async function workspace(name: string, fill: (dir: string) => Promise<void> = () => Promise.resolve()): Promise<string> {
  const dir = join(scratch, name);
  await mkdir(join(dir, 'dist'), { recursive: true });
  await writeFile(join(dir, 'dist', 'app.tgz'), 'pretend release tarball\n');
  await fill(dir);
  return dir;
}

// A fresh home, as on a hosted runner: the package managers' stores there are what the job restored.
const home = join(scratch, 'home');
await mkdir(home, { recursive: true });
const pushEnv = { ...service.env, HOME: home };
const prEnv = { ...service.envForRef('refs/pull/7/merge'), HOME: home, GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF: 'refs/pull/7/merge' };
const key = (file: string): Promise<string> => readFile(join(fixtures, file), 'utf8');

const steps: [string, RunStepOptions, number][] = [];
const add = (name: string, options: RunStepOptions, exitCode = 0): void => void steps.push([name, options, exitCode]);

// Pull-request runs: cache-setup restores (every lookup misses) and its post step does not save.
const npmApp = await workspace('cache-setup', (d) => cp(join(fixtures, 'cache', 'npm-app'), d, { recursive: true }));
const cacheMain = await runStep({ action: 'cache-setup', workspace: npmApp, env: prEnv });
add('cache-setup/main', { action: 'cache-setup', workspace: npmApp, env: prEnv });
add('cache-setup/post', { action: 'cache-setup', step: 'post', workspace: npmApp, env: prEnv, state: cacheMain.state });
add('ci-metrics/main', {
  action: 'ci-metrics',
  workspace: await workspace('ci-metrics'),
  inputs: { 'github-token': 'ghs_good', 'api-url': github.url, storage: 'file', 'window-days': '3', 'recent-days': '1' },
  env: { HOME: home },
});
add(
  'container-scan-gate/main',
  {
    action: 'container-scan-gate',
    workspace: await workspace('scan', (d) => cp(join(fixtures, 'scan', 'trivy'), join(d, 'reports'), { recursive: true })),
    inputs: { reports: 'reports/dimpact-nginx-latest.json', 'sla-cache': 'true' },
    env: pushEnv,
  },
  1,
);
add('cosign-sign/main', {
  action: 'cosign-sign',
  workspace: await workspace('cosign'),
  inputs: { files: 'dist/app.tgz', 'private-key': await key('supply-chain/ec-p256.key.pem') },
  env: pushEnv,
});
add('pipeline-audit/main', {
  action: 'pipeline-audit',
  workspace: await workspace('audit', (d) =>
    cp(join(repoRoot, '.github', 'workflows'), join(d, '.github', 'workflows'), { recursive: true }),
  ),
  inputs: { 'fail-on-findings': 'false' },
  env: { HOME: home },
});
const provenance = await workspace('provenance');
add('slsa-provenance/main', {
  action: 'slsa-provenance',
  workspace: provenance,
  inputs: { 'subject-path': 'dist/app.tgz', 'bundle-path': 'out/key.provenance.json', 'private-key': await key('verify/ec-p256.key.pem') },
  env: pushEnv,
});
const shard = await workspace('shard', async (d) => {
  await mkdir(join(d, 'test'), { recursive: true });
  for (let i = 0; i < 40; i++) await writeFile(join(d, 'test', `t${i}.test.ts`), 'it("works", () => {});\n');
});
add('test-shard/main', {
  action: 'test-shard',
  workspace: shard,
  inputs: { mode: 'plan', tests: 'test/**/*.test.ts', shards: '4' },
  env: pushEnv,
});

// verify-deploy checks what slsa-provenance signed with a key.
const made = await runStep(steps.find(([n]) => n === 'slsa-provenance/main')![1]);
if (made.exitCode !== 0) throw new Error(`slsa-provenance failed to make the bundle verify-deploy checks:\n${made.stdout}`);
await writeFile(
  join(provenance, 'key.yml'),
  [
    'version: 1',
    'identities: []',
    'issuers: []',
    // Key mode trusts only the keys the policy lists, by the sha256 of the key's DER.
    `keys: ['sha256:${createHash('sha256')
      .update(createPublicKey(readFileSync(join(fixtures, 'verify', 'ec-p256.pub.pem'))).export({ type: 'spki', format: 'der' }))
      .digest('hex')}']`,
    'builder-ids: [https://github.com/octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main]',
    'source-repositories: [https://github.com/octo-org/octo-repo]',
    'refs: [refs/heads/main]',
    'tlog-entries: 0',
    'timestamps: 0',
    '',
  ].join('\n'),
);
add('verify-deploy/main', {
  action: 'verify-deploy',
  workspace: provenance,
  inputs: {
    policy: 'key.yml',
    artifacts: 'dist/app.tgz',
    bundles: 'out/key.provenance.json',
    trust: 'public-key',
    'public-key': join(fixtures, 'verify', 'ec-p256.pub.pem'),
  },
  env: pushEnv,
});

const targets: Target[] = [];
for (const [name, options, exitCode] of steps) targets.push({ name, step: await prepareStep(options), exitCode });
// actions/cache's restore step, as a workflow runs it: a key and restore keys, a lookup that misses.
const restore = await prepareStep({ action: 'cache-setup', workspace: await workspace('actions-cache'), env: pushEnv });
for (const k of Object.keys(restore.env)) if (k.startsWith('INPUT_')) delete restore.env[k];
Object.assign(restore.env, {
  INPUT_KEY: 'npm-Linux-X64-7d4e1b2c',
  INPUT_PATH: '~/.npm',
  'INPUT_RESTORE-KEYS': 'npm-Linux-X64-',
  INPUT_ENABLECROSSOSARCHIVE: 'false',
  'INPUT_FAIL-ON-CACHE-MISS': 'false',
  'INPUT_LOOKUP-ONLY': 'false',
});
restore.bundle = reference;
const yardstick: Target = { name: 'actions/cache restore', step: restore, exitCode: 0 };
const all = [yardstick, ...targets];

/**
 * One run: wall milliseconds from spawn to exit and the peak resident set in MiB, through GNU
 * time. Asynchronous: the local services answering the step live in this process.
 */
async function once(
  t: Target,
  nodeFlags: string[] = [],
): Promise<{ ms: number; cpuMs: number; mib: number; exitCode: number; out: string }> {
  const rss = join(scratch, 'rss');
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-o', rss, '-f', '%M %U %S', process.execPath, ...nodeFlags, t.step.bundle], {
    cwd: t.step.workspace,
    env: t.step.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  const ms = performance.now() - started;
  const [kib, user, sys] = (readFileSync(rss, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return {
    ms,
    cpuMs: ((user ?? NaN) + (sys ?? NaN)) * 1000,
    mib: (kib ?? NaN) / 1024,
    exitCode,
    out: Buffer.concat(chunks).toString('utf8'),
  };
}

// One verification run each: the figures count only steps that did their work.
for (const t of all) {
  const r = await once(t);
  const errors = r.out.split('\n').filter((l) => l.startsWith('::error'));
  if (r.exitCode !== t.exitCode) {
    console.error(`${t.name}: exit ${r.exitCode}, expected ${t.exitCode}\n${r.out.slice(-3000)}`);
    process.exit(1);
  }
  const uploaded = /outcome record\(s\) uploaded as artifact/.test(r.out) ? ', record uploaded' : '';
  console.log(`checked ${t.name}: exit ${r.exitCode}${uploaded}${errors[0] ? ` (${errors[0].slice(0, 100)})` : ''}`);
}

// BENCH_PROFILE_DIR=DIR: one more run of each bundle under V8's CPU profiler, a .cpuprofile per
// bundle in DIR/<bundle>/ (open it in Chrome's DevTools), to see where a cold start goes.
const profiles = process.env['BENCH_PROFILE_DIR'];
if (profiles) {
  for (const t of all) await once(t, ['--cpu-prof', '--cpu-prof-dir', join(profiles, t.name.replace(/[^\w.-]+/g, '_'))]);
  console.log(`CPU profiles written under ${profiles}`);
}

const times = new Map(all.map((t) => [t.name, [] as number[]]));
const peaks = new Map(all.map((t) => [t.name, [] as number[]]));
const ratios = new Map(all.map((t) => [t.name, [] as number[]]));
const cpus = new Map(all.map((t) => [t.name, [] as number[]]));
const cpuRatios = new Map(all.map((t) => [t.name, [] as number[]]));
for (let i = 0; i < rounds; i++) {
  const base = await once(yardstick);
  times.get(yardstick.name)!.push(base.ms);
  peaks.get(yardstick.name)!.push(base.mib);
  cpus.get(yardstick.name)!.push(base.cpuMs);
  for (const t of targets) {
    const r = await once(t);
    times.get(t.name)!.push(r.ms);
    peaks.get(t.name)!.push(r.mib);
    ratios.get(t.name)!.push(r.ms / base.ms);
    cpus.get(t.name)!.push(r.cpuMs);
    cpuRatios.get(t.name)!.push(r.cpuMs / base.cpuMs);
  }
}

const sizeOf = (t: Target): string =>
  t.step.bundle === reference
    ? `${(folderBytes(join(reference, '..')) / 1e6).toFixed(2)} MB`
    : `${(folderBytes(join(t.step.bundle, '..')) / 1e6).toFixed(2)} MB`;
const baseMs = median(times.get(yardstick.name)!);
const baseMib = median(peaks.get(yardstick.name)!);
console.log(
  `\nmedians of ${rounds} rounds, each bundle right after actions/cache restore (ratios: medians of the per-round ratios; CPU = user + system)`,
);
console.log(
  `${'bundle'.padEnd(26)} ${'size'.padStart(9)} ${'cold start'.padStart(11)} ${'vs restore'.padStart(10)} ${'peak RSS'.padStart(10)}`,
);
for (const t of all) {
  const ms = median(times.get(t.name)!);
  const mib = median(peaks.get(t.name)!);
  const ratio = t === yardstick ? 1 : median(ratios.get(t.name)!);
  const cpu = median(cpus.get(t.name)!);
  const cpuRatio = t === yardstick ? 1 : median(cpuRatios.get(t.name)!);
  const over = t !== yardstick && (ratio > 1 || mib > baseMib) ? '  over' : '';
  console.log(
    `${t.name.padEnd(26)} ${sizeOf(t).padStart(9)} ${`${ms.toFixed(0)} ms`.padStart(11)} ${`${ratio.toFixed(2)}x`.padStart(10)} ${`${cpu.toFixed(0)} ms`.padStart(8)} ${`${cpuRatio.toFixed(2)}x`.padStart(10)} ${`${mib.toFixed(1)} MiB`.padStart(10)}${over}`,
  );
}
console.log(`(actions/cache restore: ${baseMs.toFixed(0)} ms, ${baseMib.toFixed(1)} MiB)`);
await github.close();
await service.stop();
