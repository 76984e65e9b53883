import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { spawnCapture } from '@slipway/core';
import { main as cliMain } from '../../packages/cli/src/index.js';
import { listTree, TEMPORARY } from '../harness/bad-input.js';
import { prepareStep, repoRoot, runUnderStrace } from '../harness/index.js';
import { startGitHubApi, type GitHubApiServer } from '../services/github-api.js';
import { generateHistory } from '../services/github-api-history.js';

// kill -9 during every write. Each command and action that writes files is run under strace,
// which sends SIGKILL at an exact system call: the first fsync (the first output's bytes are
// written to its temporary file, not yet in place) and the first and last rename (one output
// is about to replace its old file). The fs thread pool has one thread, so strace's count is the
// order of the writes. After every kill each output is its old content or a whole new file,
// never empty or half written; the next complete run puts every output in place through a
// rename of a temporary file (a trace proves it) and leaves no temporary file behind.

const cliBundle = join(repoRoot, 'packages/cli/dist/index.js');
const fixture = (...p: string[]): string => join(repoRoot, 'test', 'fixtures', ...p);
const keyPem = fixture('supply-chain', 'ec-p256.key.pem');

const json = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};
const sarif = (text: string): boolean => json(text) && (JSON.parse(text) as { version?: string }).version === '2.1.0';
const bundle = (text: string): boolean => json(text) && typeof (JSON.parse(text) as { mediaType?: unknown }).mediaType === 'string';
const markdown = (text: string): boolean => text.length > 0 && text.endsWith('\n');
const html = (text: string): boolean => text.trimEnd().endsWith('</html>');

interface KillCase {
  name: string;
  setup: (dir: string) => Promise<void>;
  /** The command line: the bundled CLI's arguments, or an action and its inputs. */
  run: { cli: string[] } | { action: string; inputs: () => Promise<Record<string, string>> };
  /** Outputs (relative to the case's folder) and how to tell a whole one. */
  outputs: Record<string, (text: string) => boolean>;
}

let githubApi: GitHubApiServer;
const token = 'ghs_faults_kill';
let historyFile: string;
const scratch: string[] = [];

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

const cases: KillCase[] = [
  {
    name: 'slipway scan-gate',
    setup: (dir) => copyFile(fixture('scan', 'grype', 'dimpact-nginx-latest.json'), join(dir, 'report.json')),
    run: {
      cli: ['scan-gate', '--report', 'report.json', '--sarif', 'out/gate.sarif', '--json', 'out/gate.json', '--summary', 'out/gate.md'],
    },
    outputs: { 'out/gate.sarif': sarif, 'out/gate.json': json, 'out/gate.md': markdown },
  },
  {
    name: 'slipway audit',
    setup: (dir) => copyFile(join(repoRoot, '.github', 'workflows', 'secure-pipeline.yml'), join(dir, 'pipeline.yml')),
    run: { cli: ['audit', 'pipeline.yml', '--sarif', 'out/audit.sarif', '--summary', 'out/audit.md'] },
    outputs: { 'out/audit.sarif': sarif, 'out/audit.md': markdown },
  },
  {
    name: 'slipway metrics report',
    setup: (dir) => copyFile(historyFile, join(dir, 'history.json')),
    run: { cli: ['metrics', 'report', '--data', 'history.json', '--html', 'out/d.html', '--markdown', 'out/s.md', '--json', 'out/r.json'] },
    outputs: { 'out/d.html': html, 'out/s.md': markdown, 'out/r.json': json },
  },
  // slipway metrics collect writes only its history, an SQLite store updated in place under
  // SQLite's journal (no rename to trace): killed with SIGKILL and run again, it is tested in
  // packages/metrics/test/store-postgres.test.ts for SQLite and PostgreSQL.
  {
    name: 'slipway sign',
    setup: async (dir) => {
      await writeFile(join(dir, 'app.tgz'), 'application bytes\n');
      await copyFile(keyPem, join(dir, 'key.pem'));
    },
    run: { cli: ['sign', '--file', 'app.tgz', '--key', 'key.pem', '--bundle', 'out/app.sigstore.json'] },
    outputs: { 'out/app.sigstore.json': bundle },
  },
  {
    name: 'slipway provenance',
    setup: async (dir) => {
      await writeFile(join(dir, 'app.tgz'), 'application bytes\n');
      await copyFile(keyPem, join(dir, 'key.pem'));
    },
    run: {
      cli: [
        ...['provenance', '--subject-path', 'app.tgz', '--key', 'key.pem', '--out', 'out/prov.sigstore.json'],
        ...['--repository', 'acme/app', '--repository-id', '1', '--repository-owner-id', '2', '--sha', 'a'.repeat(40)],
        ...['--ref', 'refs/heads/main', '--event-name', 'push', '--run-id', '3', '--run-attempt', '1'],
        ...['--workflow-ref', 'acme/app/.github/workflows/release.yml@refs/heads/main', '--runner-environment', 'github-hosted'],
      ],
    },
    outputs: { 'out/prov.sigstore.json': bundle },
  },
  {
    name: 'container-scan-gate',
    setup: (dir) => copyFile(fixture('scan', 'trivy', 'dimpact-nginx-latest.json'), join(dir, 'report.json')),
    run: {
      action: 'container-scan-gate',
      inputs: () =>
        Promise.resolve({ reports: 'report.json', sarif: 'out/gate.sarif', json: 'out/gate.json', 'sla-cache': 'false', record: 'none' }),
    },
    outputs: { 'out/gate.sarif': sarif, 'out/gate.json': json },
  },
  {
    name: 'pipeline-audit',
    setup: async (dir) => {
      await mkdir(join(dir, 'wf'));
      await copyFile(join(repoRoot, '.github', 'workflows', 'secure-pipeline.yml'), join(dir, 'wf', 'pipeline.yml'));
    },
    run: {
      action: 'pipeline-audit',
      inputs: () =>
        Promise.resolve({ paths: 'wf', 'sarif-file': 'out/audit.sarif', 'json-file': 'out/audit.json', 'fail-on-findings': 'false' }),
    },
    outputs: { 'out/audit.sarif': sarif, 'out/audit.json': json },
  },
  {
    name: 'ci-metrics',
    // The history is an SQLite store, written in place under SQLite's own journal (its kill -9
    // test is in packages/metrics); here a JSON history is migrated into it on the first run, and
    // the files written beside it must be old or whole.
    setup: (dir) => copyFile(historyFile, join(dir, 'history.db')),
    run: {
      action: 'ci-metrics',
      inputs: () =>
        Promise.resolve({
          storage: 'file',
          'data-file': 'history.db',
          dashboard: 'out/index.html',
          'report-file': 'out/report.json',
          'api-url': githubApi.url,
          'github-token': token,
          repository: 'octo-org/octo-repo',
        }),
    },
    outputs: { 'out/index.html': html, 'out/report.json': json },
  },
  {
    name: 'cosign-sign',
    setup: async (dir) => {
      await mkdir(join(dir, 'out'));
      await writeFile(join(dir, 'out', 'app.tgz'), 'application bytes\n');
      await writeFile(join(dir, 'out', 'tool.tgz'), 'tool bytes\n');
    },
    run: {
      action: 'cosign-sign',
      inputs: async () => ({ files: 'out/*.tgz', 'private-key': await readFile(keyPem, 'utf8'), record: 'none' }),
    },
    outputs: { 'out/app.tgz.sigstore.json': bundle, 'out/tool.tgz.sigstore.json': bundle },
  },
  {
    name: 'slsa-provenance',
    setup: async (dir) => {
      await writeFile(join(dir, 'app.tgz'), 'application bytes\n');
    },
    run: {
      action: 'slsa-provenance',
      inputs: async () => ({
        'subject-path': 'app.tgz',
        'bundle-path': 'out/prov.sigstore.json',
        'private-key': await readFile(keyPem, 'utf8'),
        record: 'none',
      }),
    },
    outputs: { 'out/prov.sigstore.json': bundle },
  },
];

beforeAll(async () => {
  const now = Math.floor(Date.now() / 1000);
  githubApi = await startGitHubApi({
    repo: generateHistory({ seed: 23, end: now - 300, days: 4, runsPerDay: 6, deployEvery: 2 }),
    tokens: { [token]: { actions: true, deployments: true, contents: true } },
  });
  const dir = await tempDir('faults-kill-history-');
  historyFile = join(dir, 'history.json');
  let stderr = '';
  const code = await cliMain(['metrics', 'collect', '--repo', 'octo-org/octo-repo', '--data', 'history.json', '--api-url', githubApi.url], {
    stdout: () => undefined,
    stderr: (t) => void (stderr += t),
    env: { GITHUB_TOKEN: token },
    cwd: dir,
  });
  if (code !== 0) throw new Error(`could not collect the valid history: ${stderr}`);
});

afterAll(async () => {
  await githubApi?.close();
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});

/** Where strace sends SIGKILL: at the `when`-th call of `syscall`, or nowhere (a traced complete run). */
type KillAt = { syscall: 'fsync' | 'rename'; when: number } | undefined;

interface Outcome {
  killed: boolean;
  code: number | null;
  /** The renames of the run (traced runs): [from, to], paths as the process gave them. */
  renames: [string, string][];
}

async function commandOf(c: KillCase, dir: string): Promise<{ argv: string[]; cwd: string; env: Record<string, string> }> {
  if ('cli' in c.run) {
    const argv = c.run.cli.map((a) => (a === '$API' ? githubApi.url : a));
    const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: dir, GITHUB_TOKEN: token, LANG: 'C.UTF-8' };
    return { argv: [cliBundle, ...argv], cwd: dir, env };
  }
  const step = await prepareStep({
    action: c.run.action,
    workspace: dir,
    inputs: await c.run.inputs(),
    jobDir: await tempDir('faults-kill-job-'),
  });
  return { argv: [step.bundle], cwd: dir, env: step.env };
}

async function runCase(c: KillCase, dir: string, kill: KillAt): Promise<Outcome> {
  const { argv, cwd, env } = await commandOf(c, dir);
  const run = await runUnderStrace([process.execPath, ...argv], {
    ...(kill ? { kill: { syscalls: [kill.syscall], when: kill.when } } : {}),
    trace: ['rename', 'renameat', 'renameat2'],
    cwd,
    // One fs thread: strace counts system calls per thread, so this makes the count the order of the writes.
    env: { ...env, UV_THREADPOOL_SIZE: '1' },
  });
  const renames = [...run.trace.matchAll(/rename(?:at2?)?\((?:AT_FDCWD, )?"([^"]+)", (?:AT_FDCWD, )?"([^"]+)"/g)].map(
    (m) => [m[1]!, m[2]!] as [string, string],
  );
  return { killed: run.killed, code: run.code, renames };
}

describe.each(cases)('kill -9 during the writes of $name', (c) => {
  it('leaves each output old or whole; the next run renames every output into place and leaves no temporary file', async () => {
    const dir = await tempDir('faults-kill-');
    await c.setup(dir);
    const outputs = Object.keys(c.outputs);
    for (const out of outputs) {
      await mkdir(join(dir, dirname(out)), { recursive: true });
      await writeFile(join(dir, out), 'OLD\n');
    }
    const kills: KillAt[] = [
      { syscall: 'fsync', when: 1 },
      { syscall: 'rename', when: 1 },
      ...(outputs.length > 1 ? [{ syscall: 'rename' as const, when: outputs.length }] : []),
    ];
    let killed = 0;
    for (const kill of kills) {
      const r = await runCase(c, dir, kill);
      if (r.killed) killed += 1;
      for (const [out, isWhole] of Object.entries(c.outputs)) {
        const text = await readFile(join(dir, out), 'utf8');
        expect({ kill, out, ok: text === 'OLD\n' || isWhole(text) }).toEqual({ kill, out, ok: true });
      }
    }
    // Every kill landed: each run really was stopped in the middle of its writes.
    expect(killed).toBe(kills.length);

    const last = await runCase(c, dir, undefined);
    expect([0, 1]).toContain(last.code);
    for (const [out, isWhole] of Object.entries(c.outputs)) {
      const text = await readFile(join(dir, out), 'utf8');
      expect({ out, whole: isWhole(text) }).toEqual({ out, whole: true });
      // It arrived by the rename of a temporary file beside it, never by writing the file in place.
      const arrival = last.renames.find(([, to]) => to === out || to === join(dir, out) || to.endsWith(`/${out}`));
      expect({ out, renamedFrom: arrival ? TEMPORARY.test(basename(arrival[0])) : 'not renamed' }).toEqual({ out, renamedFrom: true });
    }
    expect((await listTree(dir)).filter((p) => TEMPORARY.test(basename(p)))).toEqual([]);
  });
});

it('strace is here to stop a process at an exact system call', async () => {
  const r = await spawnCapture('strace', ['-V']);
  expect(r.stdout).toMatch(/strace -- version \d+/);
});
