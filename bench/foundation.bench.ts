// Bundle sizes and cold-start times: `node dist/<action>/main/index.js` from spawn to exit
// (median of 11 runs, each bundle side by side with an empty `node -e 0` as the floor).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = 11;

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

function folderKiB(dir: string): number {
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) bytes += statSync(join(e.parentPath, e.name)).size;
  return bytes / 1024;
}

function timeOnce(args: string[], env: Record<string, string>): number {
  const t = performance.now();
  spawnSync(process.execPath, args, { env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: 'ignore' });
  return performance.now() - t;
}

const scratch = mkdtempSync(join(tmpdir(), 'bench-cold-'));
const files = ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH'];
const env: Record<string, string> = { RUNNER_TEMP: scratch, GITHUB_WORKSPACE: scratch };
for (const f of files) {
  env[f] = join(scratch, f);
  writeFileSync(env[f], '');
}

const targets: [string, string[]][] = [
  ['node -e 0 (floor)', ['-e', '0']],
  ['slipway --version', [join(root, 'packages/cli/dist/index.js'), '--version']],
];
const sizes: [string, number][] = [['cli', folderKiB(join(root, 'packages/cli/dist'))]];
const distRoot = join(root, 'dist');
for (const action of existsSync(distRoot) ? readdirSync(distRoot).sort() : []) {
  for (const step of ['main', 'post']) {
    const entry = join(distRoot, action, step, 'index.js');
    if (!existsSync(entry)) continue;
    targets.push([`${action}/${step}`, [entry]]);
    sizes.push([`${action}/${step}`, folderKiB(join(distRoot, action, step))]);
  }
}

console.log('bundle sizes (index.js + chunks + licenses):');
for (const [name, kib] of sizes) console.log(`  ${name.padEnd(32)} ${kib.toFixed(0).padStart(6)} KiB`);

// Interleave the targets in each round so machine noise hits all of them alike.
const times = new Map<string, number[]>(targets.map(([n]) => [n, []]));
for (let i = 0; i < runs; i++) for (const [name, args] of targets) times.get(name)?.push(timeOnce(args, env));
const floor = median(times.get(targets[0]?.[0] ?? '') ?? []);
console.log(`\ncold start to exit, median of ${runs} (no inputs: each bundle loads, parses inputs and exits):`);
for (const [name] of targets) {
  const m = median(times.get(name) ?? []);
  console.log(`  ${name.padEnd(32)} ${m.toFixed(0).padStart(5)} ms   ${(m / floor).toFixed(2)}x the floor`);
}
