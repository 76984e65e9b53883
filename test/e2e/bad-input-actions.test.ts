import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCapture } from '@slipway/core';
import { main as cliMain } from '../../packages/cli/src/index.js';
import {
  badFamilies,
  badOutputTarget,
  BUG_LINE,
  listTree,
  snapshotFiles,
  STACK_TRACE,
  TEMPORARY,
  type BadFamilyName,
  type BadOutput,
} from '../harness/bad-input.js';
import { repoRoot, runStep, type StepResult } from '../harness/index.js';
import { startGitHubApi, type GitHubApiServer } from '../services/github-api.js';
import { generateHistory } from '../services/github-api-history.js';

// The bad-input suite of the actions, through the runner harness on the bundles. The engines
// behind them get every family from the CLI suite in-process; here each action's own reading of
// its inputs and writing of its outputs is tried with a few families per input, chosen so that
// each file input and each output of every action is covered at least once. Each bad case must
// fail the step with an error annotation naming the file, print no stack trace, and leave the
// workspace as it was.

const fixture = (...p: string[]): string => join(repoRoot, 'test', 'fixtures', ...p);
const keyPem = fixture('supply-chain', 'ec-p256.key.pem');

interface FileTry {
  /** The action input that names the file. */
  input: string;
  /** The valid value (a path relative to the workspace). */
  file: string;
  families: BadFamilyName[];
}

interface OutputTry {
  /** The action input that names the output; undefined for an output the action names itself (a bundle beside a file). */
  input?: string;
  file: string;
  families: BadOutput[];
}

interface ActionCase {
  action: string;
  setup: (ws: string) => Promise<void>;
  inputs: () => Promise<Record<string, string>> | Record<string, string>;
  env?: () => Record<string, string>;
  files: FileTry[];
  outputs?: OutputTry[];
  /** Exit codes the valid run may end with (default 0). */
  baseline?: number[];
}

let githubApi: GitHubApiServer;
const token = 'ghs_bad_input_actions';
let historyDir: string;
const scratch: string[] = [];

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

async function git(dir: string, ...args: string[]): Promise<void> {
  const r = await spawnCapture('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: dir,
    env: { GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z' },
  });
  if (r.exitCode !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

const actionCases: ActionCase[] = [
  {
    action: 'container-scan-gate',
    setup: async (ws) => {
      await copyFile(fixture('scan', 'trivy', 'dimpact-nginx-latest.json'), join(ws, 'report.json'));
      await writeFile(join(ws, 'policy.yml'), 'vulnerabilities: {fail-on: none}\n');
    },
    inputs: () => ({
      reports: 'report.json',
      policy: 'policy.yml',
      sarif: 'out/gate.sarif',
      json: 'out/gate.json',
      'sla-cache': 'false',
      record: 'none',
    }),
    files: [
      { input: 'reports', file: 'report.json', families: ['truncated', 'binary'] },
      { input: 'policy', file: 'policy.yml', families: ['empty', 'huge'] },
    ],
    outputs: [
      { input: 'sarif', file: 'out/gate.sarif', families: ['the input'] },
      { input: 'json', file: 'out/gate.json', families: ['another output', 'a folder'] },
    ],
  },
  {
    action: 'pipeline-audit',
    setup: async (ws) => {
      await mkdir(join(ws, '.github', 'workflows'), { recursive: true });
      await copyFile(fixture('workflows', 'good', 'hardened.yml'), join(ws, '.github', 'workflows', 'ci.yml'));
    },
    inputs: () => ({ paths: '.github/workflows/ci.yml', 'sarif-file': 'out/audit.sarif', 'json-file': 'out/audit.json' }),
    files: [{ input: 'paths', file: '.github/workflows/ci.yml', families: ['missing', 'binary', 'huge'] }],
    outputs: [
      { input: 'sarif-file', file: 'out/audit.sarif', families: ['the input', 'a symbolic link'] },
      { input: 'json-file', file: 'out/audit.json', families: ['under a file'] },
    ],
  },
  {
    action: 'test-shard',
    setup: async (ws) => {
      await copyFile(fixture('shard', 'pytest-junit.xml'), join(ws, 'junit.xml'));
      await writeFile(join(ws, 'tests.txt'), 'tests/store/test_stock.py\ntests/store/test_pricing.py\n');
    },
    inputs: () => ({ mode: 'plan', timings: 'junit.xml', 'tests-from': 'tests.txt', shards: '2', cache: 'false' }),
    files: [
      { input: 'timings', file: 'junit.xml', families: ['truncated', 'empty'] },
      { input: 'tests-from', file: 'tests.txt', families: ['binary', 'folder'] },
    ],
  },
  {
    action: 'verify-deploy',
    setup: async (ws) => {
      const c = fixture('conformance', 'managed-key-and-trusted-root');
      await copyFile(join(c, 'bundle.sigstore.json'), join(ws, 'bundle.json'));
      await copyFile(join(c, 'key.pub'), join(ws, 'key.pub'));
      await copyFile(join(c, 'trusted_root.json'), join(ws, 'trusted_root.json'));
      await copyFile(fixture('conformance', 'a.txt'), join(ws, 'a.txt'));
      await writeFile(join(ws, 'policy.yml'), 'require-provenance: false\ntimestamps: 0\n');
    },
    inputs: () => ({
      artifacts: 'a.txt',
      bundles: 'bundle.json',
      policy: 'policy.yml',
      trust: 'public-key',
      'public-key': 'key.pub',
      'trusted-root': 'trusted_root.json',
      record: 'none',
    }),
    // A verdict either way: the point is that the inputs were read.
    baseline: [0, 1],
    files: [
      { input: 'artifacts', file: 'a.txt', families: ['missing'] },
      { input: 'bundles', file: 'bundle.json', families: ['truncated'] },
      { input: 'policy', file: 'policy.yml', families: ['huge', 'binary'] },
      { input: 'public-key', file: 'key.pub', families: ['empty'] },
      { input: 'trusted-root', file: 'trusted_root.json', families: ['wrong shape'] },
    ],
  },
  {
    action: 'cosign-sign',
    setup: async (ws) => {
      await mkdir(join(ws, 'dist'));
      await writeFile(join(ws, 'dist', 'app.tgz'), 'application bytes\n');
    },
    inputs: async () => ({
      files: 'dist/app.tgz',
      'checksums-file': 'out/SHA256SUMS',
      'private-key': await readFile(keyPem, 'utf8'),
      record: 'none',
    }),
    files: [{ input: 'files', file: 'dist/app.tgz', families: ['missing', 'folder'] }],
    outputs: [
      { input: 'checksums-file', file: 'out/SHA256SUMS', families: ['the input', 'a folder'] },
      // With checksums-file the action signs the list, not each file: its bundle sits beside the list.
      { file: 'out/SHA256SUMS.sigstore.json', families: ['a symbolic link'] },
    ],
  },
  {
    action: 'slsa-provenance',
    setup: async (ws) => {
      await mkdir(join(ws, 'dist'));
      await writeFile(join(ws, 'dist', 'app.tgz'), 'application bytes\n');
      await writeFile(join(ws, 'checksums.txt'), (await spawnCapture('sha256sum', ['dist/app.tgz'], { cwd: ws })).stdout);
    },
    inputs: async () => ({
      'subject-checksums': 'checksums.txt',
      'bundle-path': 'out/provenance.sigstore.json',
      'private-key': await readFile(keyPem, 'utf8'),
      record: 'none',
    }),
    files: [{ input: 'subject-checksums', file: 'checksums.txt', families: ['truncated', 'huge', 'binary'] }],
    outputs: [{ input: 'bundle-path', file: 'out/provenance.sigstore.json', families: ['the input', 'a symbolic link', 'under a file'] }],
  },
  {
    action: 'ci-metrics',
    setup: async (ws) => {
      await copyFile(join(historyDir, 'history.json'), join(ws, 'history.json'));
    },
    inputs: () => ({
      storage: 'file',
      'data-file': 'history.json',
      dashboard: 'out/index.html',
      'report-file': 'out/report.json',
      'api-url': githubApi.url,
      'github-token': token,
      repository: 'octo-org/octo-repo',
    }),
    files: [{ input: 'data-file', file: 'history.json', families: ['truncated', 'binary', 'folder'] }],
    outputs: [
      { input: 'dashboard', file: 'out/index.html', families: ['the input', 'a folder'] },
      { input: 'report-file', file: 'out/report.json', families: ['the input', 'another output'] },
    ],
  },
  {
    action: 'cache-setup',
    setup: async (ws) => {
      await cp(fixture('cache', 'npm-app'), join(ws, 'app'), { recursive: true });
    },
    inputs: () => ({ 'working-directory': 'app', layers: 'deps', record: 'none' }),
    files: [{ input: 'working-directory', file: 'app', families: ['missing', 'a file'] }],
  },
  {
    action: 'reproducible-build',
    setup: async (ws) => {
      await writeFile(join(ws, 'src.txt'), 'the source\n');
      await git(ws, 'init', '-q', '-b', 'main');
      await git(ws, 'add', 'src.txt');
      await git(ws, 'commit', '-q', '-m', 'source');
      // The action matches a published file to the rebuilt output of the same name.
      await mkdir(join(ws, 'published'));
      await writeFile(join(ws, 'published', 'built.txt'), 'the source\n');
    },
    inputs: async () => ({
      command: 'cp src.txt built.txt',
      outputs: 'built.txt',
      vary: 'none',
      diffoscope: 'false',
      expected: 'published/built.txt',
      'attestation-path': 'out/rebuild.sigstore.json',
      'private-key': await readFile(keyPem, 'utf8'),
      record: 'none',
    }),
    files: [{ input: 'expected', file: 'published/built.txt', families: ['missing'] }],
    outputs: [{ input: 'attestation-path', file: 'out/rebuild.sigstore.json', families: ['the input', 'a folder'] }],
  },
];

beforeAll(async () => {
  const now = Math.floor(Date.now() / 1000);
  githubApi = await startGitHubApi({
    repo: generateHistory({ seed: 17, end: now - 300, days: 3, runsPerDay: 4, deployEvery: 2 }),
    tokens: { [token]: { actions: true, deployments: true, contents: true } },
  });
  historyDir = await tempDir('bad-input-history-');
  let stderr = '';
  const code = await cliMain(['metrics', 'collect', '--repo', 'octo-org/octo-repo', '--data', 'history.json', '--api-url', githubApi.url], {
    stdout: () => undefined,
    stderr: (t) => void (stderr += t),
    env: { GITHUB_TOKEN: token },
    cwd: historyDir,
  });
  if (code !== 0) throw new Error(`could not collect the valid history: ${stderr}`);
});

afterAll(async () => {
  await githubApi?.close();
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});

const errorsOf = (r: StepResult): string =>
  r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');

const escape = (s: string): RegExp => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

function expectFailedNaming(r: StepResult, names: RegExp): void {
  for (const stream of [r.stdout, r.stderr]) {
    expect(stream).not.toMatch(STACK_TRACE);
    expect(stream).not.toMatch(BUG_LINE);
  }
  expect({ exit: r.exitCode, error: errorsOf(r) }).toEqual({ exit: 1, error: expect.stringMatching(names) });
}

it('has a case for every action, each file input tried and each output pointed wrong', async () => {
  const actions = (await readdir(join(repoRoot, 'actions'), { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  expect(actionCases.map((c) => c.action).sort()).toEqual(actions.sort());
  for (const c of actionCases) for (const t of [...c.files, ...(c.outputs ?? [])]) expect(t.families.length).toBeGreaterThan(0);
});

describe.each(actionCases)('$action on bad input', (c) => {
  let valid: string;

  beforeAll(async () => {
    valid = await tempDir('bad-input-ws-');
    await c.setup(valid);
  });

  async function workspace(): Promise<string> {
    const ws = await tempDir('bad-input-action-');
    await cp(valid, ws, { recursive: true });
    await mkdir(join(ws, 'out'), { recursive: true });
    return ws;
  }

  const step = async (ws: string, inputs: Record<string, string>): Promise<StepResult> =>
    runStep({ action: c.action, workspace: ws, inputs, ...(c.env ? { env: c.env() } : {}) });

  it('accepts its valid inputs (the baseline the bad cases vary)', async () => {
    const r = await step(await workspace(), await c.inputs());
    expect(r.stdout).not.toMatch(STACK_TRACE);
    expect({ exit: (c.baseline ?? [0]).includes(r.exitCode), errors: errorsOf(r) }).toEqual({
      exit: true,
      errors: c.baseline ? expect.any(String) : '',
    });
  });

  const fileCases = c.files.flatMap((t) => t.families.map((family) => ({ ...t, family })));
  it.each(fileCases)('$input $family: the step fails naming the file, no stack, nothing written', async ({ input, file, family }) => {
    const ws = await workspace();
    const bad = `bad-${file.split('/').pop() ?? file}`;
    await badFamilies[family].make(join(ws, bad), join(ws, file));
    const before = await listTree(ws);
    const r = await step(ws, { ...(await c.inputs()), [input]: bad });
    expectFailedNaming(r, escape(bad));
    expect(await listTree(ws)).toEqual(before);
  });

  const outputs = c.outputs ?? [];
  const outputCases = outputs.flatMap((t) => t.families.map((family) => ({ ...t, family })));
  if (outputCases.length === 0) return;

  it.each(outputCases)('$file pointed at $family: the step fails naming it, inputs intact, no output written', async (t) => {
    const ws = await workspace();
    const inputs = await c.inputs();
    const other = outputs.find((o) => o !== outputs.find((x) => x.file === t.file) && o.input)?.file;
    const firstInput = c.files[0]!.file;
    let target: string;
    if (t.input) {
      target = await badOutputTarget(ws, t.family, firstInput, other);
      inputs[t.input] = target;
    } else {
      // An output the action names itself: the bad thing sits at its path.
      target = t.file;
      await writeFile(join(ws, 'victim.txt'), 'keep');
      await mkdir(join(ws, 'taken'), { recursive: true });
      if (t.family === 'a symbolic link') await symlink(join(ws, 'victim.txt'), join(ws, target));
      else if (t.family === 'a folder') await mkdir(join(ws, target));
      else throw new Error(`harness: ${t.family} for an implied output`);
    }
    const kept = [...c.files.map((f) => f.file), 'victim.txt', 'taken/inside.txt'];
    const before = await snapshotFiles(ws, kept);
    const treeBefore = await listTree(ws);
    const r = await step(ws, inputs);
    expectFailedNaming(r, t.family === 'a symbolic link' ? /symbolic link/ : escape(target.replace(/\/out$/, '')));
    expect(await snapshotFiles(ws, kept)).toEqual(before);
    const treeAfter = await listTree(ws);
    expect(treeAfter.filter((p) => TEMPORARY.test(p.split('/').pop() ?? ''))).toEqual([]);
    expect(treeAfter).toEqual(treeBefore);
  });
});
