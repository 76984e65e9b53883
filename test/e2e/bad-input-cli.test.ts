import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCapture } from '@slipway/core';
import { EXIT, main, resolveCommand, type Command } from '../../packages/cli/src/index.js';
import { commands } from '../../packages/cli/src/commands/index.js';
import {
  badFamilies,
  badOutputs,
  badOutputTarget,
  BUG_LINE,
  familiesFor,
  listTree,
  snapshotFiles,
  STACK_TRACE,
  TEMPORARY,
  type InputKind,
} from '../harness/bad-input.js';
import { repoRoot } from '../harness/index.js';
import { startGitHubApi, type GitHubApiServer } from '../services/github-api.js';
import { generateHistory } from '../services/github-api-history.js';
import { historyOf } from '../services/github-api-as-history.js';
import { serializeHistory } from '../../packages/metrics/src/index.js';

// The bad-input suite of the CLI. Every command is run in-process on a folder of valid inputs
// (the baseline), then once per bad family of each file input, with each output pointed where it
// must not write, without each required argument, with values out of range and with an unknown
// flag. Every bad case must exit 2 (bad usage or unreadable input), name the file or flag, print
// no stack trace, and leave the folder exactly as it was: no output, no temporary file.

const fixture = (...p: string[]): string => join(repoRoot, 'test', 'fixtures', ...p);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A file (or folder) input: the flag (or `POSITIONAL`), the valid file in the case's folder, and its kind. */
interface InputSlot {
  flag: string;
  file: string;
  kind: InputKind;
  /** Families this input need not refuse, each with the reason (shown in the test name). */
  accepts?: Partial<Record<string, string>>;
}

interface OutputSlot {
  flag: string;
  file: string;
}

/** A value that is out of range or malformed: the flag (or a whole argv), and what the message must say. */
interface RangeCase {
  name: string;
  args: (files: Record<string, string>) => string[];
  says: RegExp;
}

interface CommandCase {
  /** The command as `slipway --help` lists it. */
  command: string;
  /** Writes the valid inputs into `dir` (once; each case gets a copy). */
  setup: (dir: string) => Promise<void>;
  /** The argv, inputs and outputs named by slot flag, relative to the case's folder. */
  argv: (files: Record<string, string>) => string[];
  inputs: InputSlot[];
  outputs?: OutputSlot[];
  /** Arguments whose omission is bad usage: the flag (or POSITIONAL) and what the message must say. */
  required?: { flag: string; says: RegExp }[];
  ranges?: RangeCase[];
  /** Environment for the command (a token for API commands). */
  env?: () => Record<string, string>;
  /** Exit codes the baseline may end with (default 0 or 1: readable input, any verdict). */
  baseline?: number[];
}

const POSITIONAL = 'POSITIONAL';

let githubApi: GitHubApiServer;
const token = { GITHUB_TOKEN: 'ghs_bad_input' };

const keyPem = fixture('supply-chain', 'ec-p256.key.pem');
const context = [
  ...['--repository', 'acme/lib', '--repository-id', '11', '--repository-owner-id', '22', '--sha', 'a'.repeat(40)],
  ...['--ref', 'refs/tags/v1.0.0', '--event-name', 'push', '--run-id', '7', '--run-attempt', '1'],
  ...['--workflow-ref', 'acme/lib/.github/workflows/release.yml@refs/tags/v1.0.0', '--runner-environment', 'github-hosted'],
];

async function git(dir: string, ...args: string[]): Promise<void> {
  const r = await spawnCapture('git', args, {
    cwd: dir,
    env: { GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z' },
  });
  if (r.exitCode !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

const commandCases: CommandCase[] = [
  {
    command: 'demo',
    setup: async (dir) => {
      await cp(join(repoRoot, 'sample'), join(dir, 'sample'), { recursive: true, filter: (p) => !p.includes('node_modules') });
    },
    argv: (f) => ['demo', '--sample', f['--sample']!, '--out', 'out', '--only', 'no-such-stage'],
    inputs: [{ flag: '--sample', file: 'sample', kind: 'folder' }],
    // Only the refusals run: a whole demo takes a minute and has its own tests.
    baseline: [EXIT.usage],
    ranges: [{ name: '--only an unknown stage', args: () => ['demo', '--only', 'nope', '--sample', 'sample'], says: /nope/ }],
  },
  {
    command: 'shard plan',
    setup: async (dir) => {
      await copyFile(fixture('shard', 'pytest-junit.xml'), join(dir, 'junit.xml'));
      await writeFile(join(dir, 'tests.txt'), 'tests/store/test_stock.py\ntests/store/test_pricing.py\n');
    },
    argv: (f) => ['shard', 'plan', '--timings', f['--timings']!, '--tests-from', f['--tests-from']!, '--shards', '2', '--json'],
    inputs: [
      { flag: '--timings', file: 'junit.xml', kind: 'text' },
      { flag: '--tests-from', file: 'tests.txt', kind: 'list' },
    ],
    required: [{ flag: '--timings', says: /--timings/ }],
    ranges: [
      { name: '--shards 0', args: () => ['shard', 'plan', '--timings', 'junit.xml', '--shards', '0'], says: /--shards/ },
      { name: '--shards 257', args: () => ['shard', 'plan', '--timings', 'junit.xml', '--shards', '257'], says: /--shards/ },
      {
        name: '--target-seconds -5',
        args: () => ['shard', 'plan', '--timings', 'junit.xml', '--target-seconds', '-5'],
        says: /target-seconds/,
      },
    ],
  },
  {
    command: 'shard select',
    setup: async (dir) => {
      await copyFile(fixture('shard', 'pytest-junit.xml'), join(dir, 'junit.xml'));
      await writeFile(join(dir, 'tests.txt'), 'tests/store/test_stock.py\n');
    },
    argv: (f) => ['shard', 'select', '--timings', f['--timings']!, '--tests-from', f['--tests-from']!, '--index', '0', '--shards', '1'],
    inputs: [
      { flag: '--timings', file: 'junit.xml', kind: 'text' },
      { flag: '--tests-from', file: 'tests.txt', kind: 'list' },
    ],
    required: [
      { flag: '--index', says: /--index/ },
      { flag: '--shards', says: /--shards/ },
    ],
    ranges: [
      {
        name: '--index past the shards',
        args: () => ['shard', 'select', '--timings', 'junit.xml', '--index', '2', '--shards', '2'],
        says: /index/,
      },
    ],
  },
  {
    command: 'cache plan',
    setup: async (dir) => {
      await cp(fixture('cache', 'npm-app'), join(dir, 'app'), { recursive: true });
    },
    argv: (f) => ['cache', 'plan', '--working-directory', f['--working-directory']!, '--json'],
    inputs: [{ flag: '--working-directory', file: 'app', kind: 'folder' }],
    ranges: [
      { name: '--layer an unknown layer', args: () => ['cache', 'plan', '--working-directory', 'app', '--layer', 'nope'], says: /nope/ },
    ],
  },
  {
    command: 'cache run',
    setup: async (dir) => {
      await cp(fixture('cache', 'npm-app'), join(dir, 'app'), { recursive: true });
      await mkdir(join(dir, 'home'));
    },
    // The install command goes after `--`; `true` installs nothing, so the store gets what there is.
    argv: (f) => ['cache', 'run', '--store', 'store', '--working-directory', f['--working-directory']!, '--', 'true'],
    inputs: [{ flag: '--working-directory', file: 'app', kind: 'folder' }],
    env: () => ({ PATH: process.env['PATH'] ?? '', HOME: cacheHome }),
    required: [{ flag: '--store', says: /--store/ }],
    ranges: [
      { name: 'no install command', args: () => ['cache', 'run', '--store', 'store', '--working-directory', 'app'], says: /--/ },
      {
        name: '--store an unknown scheme',
        args: () => ['cache', 'run', '--store', 'ftp://x/y', '--working-directory', 'app', '--', 'true'],
        says: /ftp/,
      },
    ],
  },
  {
    command: 'scan-gate',
    setup: async (dir) => {
      await copyFile(fixture('scan', 'trivy', 'dimpact-nginx-latest.json'), join(dir, 'report.json'));
      await writeFile(join(dir, 'policy.yml'), 'vulnerabilities: {fail-on: none}\n');
    },
    argv: (f) => [
      ...['scan-gate', '--report', f['--report']!, '--policy', f['--policy']!],
      ...['--sarif', f['--sarif']!, '--json', f['--json']!, '--summary', f['--summary']!],
    ],
    inputs: [
      { flag: '--report', file: 'report.json', kind: 'text' },
      { flag: '--policy', file: 'policy.yml', kind: 'small' },
    ],
    outputs: [
      { flag: '--sarif', file: 'out/gate.sarif' },
      { flag: '--json', file: 'out/gate.json' },
      { flag: '--summary', file: 'out/gate.md' },
    ],
    required: [{ flag: '--report', says: /--report/ }],
  },
  {
    command: 'provenance',
    setup: async (dir) => {
      await mkdir(join(dir, 'dist'));
      await writeFile(join(dir, 'dist', 'lib-1.0.0.tgz'), 'library bytes\n');
      await copyFile(keyPem, join(dir, 'key.pem'));
      const sum = (await spawnCapture('sha256sum', ['dist/lib-1.0.0.tgz'], { cwd: dir })).stdout;
      await writeFile(join(dir, 'checksums.txt'), sum);
    },
    argv: (f) => [
      ...['provenance', '--subject-checksums', f['--subject-checksums']!, '--key', f['--key']!],
      ...['--out', f['--out']!, ...context],
    ],
    inputs: [
      { flag: '--subject-checksums', file: 'checksums.txt', kind: 'small' },
      { flag: '--key', file: 'key.pem', kind: 'small' },
    ],
    outputs: [{ flag: '--out', file: 'out/provenance.sigstore.json' }],
    required: [{ flag: '--out', says: /--out/ }],
    ranges: [
      { name: '--sha nope', args: (f) => [...caseArgv('provenance', f), '--sha', 'nope'], says: /--sha|nope/ },
      { name: '--run-attempt abc', args: (f) => [...caseArgv('provenance', f), '--run-attempt', 'abc'], says: /run-attempt|abc/ },
      {
        name: '--subject-path matching nothing',
        args: () => ['provenance', '--subject-path', 'nothing/*.tgz', '--key', 'key.pem', '--out', 'p.json', ...context],
        says: /nothing\/\*\.tgz|subject/,
      },
    ],
  },
  {
    command: 'sign',
    setup: async (dir) => {
      await writeFile(join(dir, 'app.tgz'), 'application bytes\n');
      await copyFile(keyPem, join(dir, 'key.pem'));
    },
    argv: (f) => ['sign', '--file', f['--file']!, '--key', f['--key']!, '--bundle', f['--bundle']!],
    inputs: [
      { flag: '--file', file: 'app.tgz', kind: 'bytes' },
      { flag: '--key', file: 'key.pem', kind: 'small' },
    ],
    outputs: [{ flag: '--bundle', file: 'out/app.tgz.sigstore.json' }],
    ranges: [
      { name: '--image without a digest', args: () => ['sign', '--image', 'ghcr.io/acme/app:latest', '--key', 'key.pem'], says: /digest/ },
    ],
  },
  {
    command: 'verify',
    setup: async (dir) => {
      const c = fixture('conformance', 'managed-key-and-trusted-root');
      await copyFile(join(c, 'bundle.sigstore.json'), join(dir, 'bundle.json'));
      await copyFile(join(c, 'key.pub'), join(dir, 'key.pub'));
      await copyFile(join(c, 'trusted_root.json'), join(dir, 'trusted_root.json'));
      await copyFile(fixture('conformance', 'a.txt'), join(dir, 'a.txt'));
      await writeFile(join(dir, 'policy.yml'), 'require-provenance: false\ntimestamps: 0\n');
    },
    argv: (f) => [
      ...['verify', '--artifact', f['--artifact']!, '--bundle', f['--bundle']!, '--policy', f['--policy']!],
      ...['--key', f['--key']!, '--trusted-root', f['--trusted-root']!],
    ],
    inputs: [
      { flag: '--artifact', file: 'a.txt', kind: 'bytes' },
      { flag: '--bundle', file: 'bundle.json', kind: 'text' },
      { flag: '--policy', file: 'policy.yml', kind: 'small' },
      { flag: '--key', file: 'key.pub', kind: 'small' },
      { flag: '--trusted-root', file: 'trusted_root.json', kind: 'small' },
    ],
    required: [{ flag: '--policy', says: /--policy/ }],
  },
  {
    command: 'rebuild',
    setup: async (dir) => {
      await writeFile(join(dir, 'src.txt'), 'the source\n');
      await git(dir, 'init', '-q', '-b', 'main');
      await git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', 'src.txt');
      await git(dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'source');
      await writeFile(join(dir, 'published.txt'), 'the source\n');
      await copyFile(keyPem, join(dir, 'key.pem'));
    },
    argv: (f) => [
      ...['rebuild', '--command', 'cp src.txt built.txt', '--outputs', 'built.txt', '--vary', 'none', '--no-diffoscope'],
      ...['--expect', f['--expect']!, '--key', f['--key']!, '--attestation', f['--attestation']!],
    ],
    inputs: [
      { flag: '--expect', file: 'published.txt', kind: 'bytes' },
      { flag: '--key', file: 'key.pem', kind: 'small' },
    ],
    outputs: [{ flag: '--attestation', file: 'out/rebuild.sigstore.json' }],
    required: [
      { flag: '--command', says: /--command/ },
      { flag: '--outputs', says: /--outputs/ },
    ],
    ranges: [
      { name: '--runs 11', args: () => ['rebuild', '--command', 'true', '--outputs', 'x', '--runs', '11'], says: /--runs/ },
      { name: '--network maybe', args: () => ['rebuild', '--command', 'true', '--outputs', 'x', '--network', 'maybe'], says: /--network/ },
    ],
  },
  {
    command: 'conformance verify-bundle',
    setup: async (dir) => {
      const c = fixture('conformance', 'managed-key-and-trusted-root');
      for (const f of await readdir(c)) await copyFile(join(c, f), join(dir, f));
      await copyFile(fixture('conformance', 'a.txt'), join(dir, 'a.txt'));
    },
    argv: (f) => [
      ...['conformance', 'verify-bundle', '--bundle', f['--bundle']!, '--key', f['--key']!],
      ...['--trusted-root', f['--trusted-root']!, f[POSITIONAL]!],
    ],
    inputs: [
      { flag: '--bundle', file: 'bundle.sigstore.json', kind: 'text' },
      { flag: '--key', file: 'key.pub', kind: 'small' },
      { flag: '--trusted-root', file: 'trusted_root.json', kind: 'small' },
      { flag: POSITIONAL, file: 'a.txt', kind: 'bytes' },
    ],
    required: [
      { flag: POSITIONAL, says: /FILE|DIGEST/ },
      { flag: '--bundle', says: /--bundle/ },
    ],
  },
  {
    command: 'metrics collect',
    setup: async (dir) => {
      await writeFile(join(dir, 'history.json'), await readFile(join(historyDir, 'history.json')));
    },
    argv: (f) => ['metrics', 'collect', '--repo', 'octo-org/octo-repo', '--data', f['--data']!, '--api-url', githubApi.url],
    inputs: [
      {
        flag: '--data',
        file: 'history.json',
        kind: 'text',
        accepts: { missing: 'a missing history is a first collection' },
      },
    ],
    env: () => token,
    required: [{ flag: '--repo', says: /--repo/ }],
    ranges: [
      { name: '--repo without an owner', args: () => ['metrics', 'collect', '--repo', 'nope', '--data', 'h.json'], says: /--repo/ },
      { name: '--since 2999-01-01', args: (f) => [...caseArgv('metrics collect', f), '--since', '2999-01-01'], says: /--since/ },
      { name: '--since 2025-02-30', args: (f) => [...caseArgv('metrics collect', f), '--since', '2025-02-30'], says: /--since/ },
      {
        name: '--api-url not a URL',
        args: () => ['metrics', 'collect', '--repo', 'octo-org/octo-repo', '--data', 'history.json', '--api-url', 'nope'],
        says: /--api-url/,
      },
    ],
  },
  {
    command: 'metrics report',
    setup: async (dir) => {
      await writeFile(join(dir, 'history.json'), await readFile(join(historyDir, 'history.json')));
    },
    argv: (f) => [
      ...['metrics', 'report', '--data', f['--data']!],
      ...['--html', f['--html']!, '--markdown', f['--markdown']!, '--json', f['--json']!],
    ],
    inputs: [{ flag: '--data', file: 'history.json', kind: 'text' }],
    outputs: [
      { flag: '--html', file: 'out/dashboard.html' },
      { flag: '--markdown', file: 'out/summary.md' },
      { flag: '--json', file: 'out/report.json' },
    ],
    required: [{ flag: '--data', says: /--data/ }],
  },
  {
    command: 'metrics export',
    setup: async (dir) => {
      await writeFile(join(dir, 'history.json'), await readFile(join(historyDir, 'history.json')));
    },
    argv: (f) => ['metrics', 'export', '--format', 'openmetrics', '--data', f['--data']!, '--out', f['--out']!],
    inputs: [{ flag: '--data', file: 'history.json', kind: 'text' }],
    outputs: [{ flag: '--out', file: 'out/metrics.om' }],
    required: [{ flag: '--format', says: /--format/ }],
    ranges: [
      {
        name: '--format json',
        args: () => ['metrics', 'export', '--format', 'json', '--data', 'history.json'],
        says: /--format/,
      },
    ],
  },
  {
    command: 'metrics migrate',
    setup: async (dir) => {
      const end = Math.floor(Date.now() / 1000) - 300;
      const json = serializeHistory(historyOf(generateHistory({ seed: 23, end, days: 2, runsPerDay: 3, deployEvery: 2 })));
      await writeFile(join(dir, 'history.json'), json);
    },
    argv: (f) => ['metrics', 'migrate', '--from', f['--from']!, '--data', 'out/store.db'],
    inputs: [{ flag: '--from', file: 'history.json', kind: 'text' }],
    required: [{ flag: '--from', says: /--from/ }],
    ranges: [
      {
        name: '--data the same file as --from',
        args: () => ['metrics', 'migrate', '--from', 'history.json', '--data', 'history.json'],
        says: /same file/,
      },
    ],
  },
  {
    command: 'audit',
    setup: async (dir) => {
      await copyFile(fixture('workflows', 'good', 'hardened.yml'), join(dir, 'ci.yml'));
    },
    argv: (f) => ['audit', f[POSITIONAL]!, '--sarif', f['--sarif']!, '--summary', f['--summary']!],
    inputs: [
      {
        flag: POSITIONAL,
        file: 'ci.yml',
        kind: 'small',
        accepts: {
          // Auditing is reading a workflow GitHub may reject: its parser's errors are invalid-file
          // findings at their line (exit 1, the audit fails), as for any broken workflow. A cut that
          // leaves a shorter valid workflow cannot be told from one (packages/workflows/test/named-files).
          truncated: 'a workflow cut short is audited: its parse errors are invalid-file findings and the audit fails (exit 1)',
        },
      },
    ],
    outputs: [
      { flag: '--sarif', file: 'out/audit.sarif' },
      { flag: '--summary', file: 'out/audit.md' },
    ],
    required: [{ flag: POSITIONAL, says: /workflow/ }],
    ranges: [{ name: '--format xml', args: (f) => [...caseArgv('audit', f), '--format', 'xml'], says: /--format/ }],
  },
  {
    command: 'pipeline estimate',
    setup: async (dir) => {
      await copyFile(join(repoRoot, '.github', 'workflows', 'ci.yml'), join(dir, 'ci.yml'));
      await copyFile(fixture('workflows', 'timings', 'ci.timings.json'), join(dir, 'timings.json'));
    },
    argv: (f) => ['pipeline', 'estimate', '--workflow', f['--workflow']!, '--timings', f['--timings']!, '--json'],
    inputs: [
      { flag: '--workflow', file: 'ci.yml', kind: 'small' },
      { flag: '--timings', file: 'timings.json', kind: 'text' },
    ],
    required: [
      { flag: '--workflow', says: /--workflow/ },
      { flag: '--timings', says: /--timings/ },
    ],
    ranges: [
      { name: '--shards 0', args: (f) => [...caseArgv('pipeline estimate', f), '--shards', '0'], says: /--shards/ },
      {
        name: '--budget-minutes -1',
        args: (f) => [...caseArgv('pipeline estimate', f), '--budget-minutes', '-1'],
        says: /--budget-minutes/,
      },
    ],
  },
];

/** The valid argv of a command, for cases that add one bad flag to it. */
function caseArgv(command: string, files: Record<string, string>): string[] {
  return commandCases.find((c) => c.command === command)!.argv(files);
}

/** Every runnable command of the CLI, by its full name (`metrics report`); lazy commands are loaded. */
async function leafCommands(list: Command[], prefix = ''): Promise<string[]> {
  const names: string[] = [];
  for (const listed of list) {
    const c = await resolveCommand(listed);
    names.push(...(c.subcommands ? await leafCommands(c.subcommands, `${prefix}${c.name} `) : [`${prefix}${c.name}`]));
  }
  return names;
}

let historyDir: string;
/** An empty HOME for `cache run`: the user's own caches are never read or saved. */
let cacheHome: string;
const scratch: string[] = [];

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

beforeAll(async () => {
  const now = Math.floor(Date.now() / 1000);
  githubApi = await startGitHubApi({
    repo: generateHistory({ seed: 13, end: now - 300, days: 3, runsPerDay: 4, deployEvery: 2 }),
    tokens: { [token.GITHUB_TOKEN]: { actions: true, deployments: true, contents: true } },
  });
  cacheHome = await tempDir('bad-input-home-');
  // A real history file, written by the command itself.
  historyDir = await tempDir('bad-input-history-');
  const r = await cli(
    ['metrics', 'collect', '--repo', 'octo-org/octo-repo', '--data', 'history.json', '--api-url', githubApi.url],
    historyDir,
    token,
  );
  if (r.code !== EXIT.ok) throw new Error(`could not collect the valid history: ${r.stderr}`);
});

afterAll(async () => {
  await githubApi?.close();
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});

async function cli(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env, cwd });
  return { code, stdout, stderr };
}

/** The shared expectations of every bad case: exit 2, the thing named, no stack, no "please report". */
function expectRefused(r: Run, names: string | RegExp): void {
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect(r.stderr).not.toMatch(BUG_LINE);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: EXIT.usage, stderr: expect.stringMatching(names) });
}

const escape = (s: string): RegExp => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

it('has a case for every command of the CLI', async () => {
  expect(commandCases.map((c) => c.command).sort()).toEqual((await leafCommands(commands)).sort());
});

describe.each(commandCases)('slipway $command on bad input', (command) => {
  let valid: string;
  const files = Object.fromEntries([...command.inputs, ...(command.outputs ?? [])].map((s) => [s.flag, s.file]));
  const env = (): Record<string, string> => command.env?.() ?? {};

  beforeAll(async () => {
    valid = await tempDir('bad-input-valid-');
    await command.setup(valid);
  });

  /** A fresh copy of the valid folder, with the outputs' folder. */
  async function caseDir(): Promise<string> {
    const dir = await tempDir('bad-input-');
    await cp(valid, dir, { recursive: true });
    if (command.outputs?.length) await mkdir(join(dir, 'out'), { recursive: true });
    return dir;
  }

  it('accepts its valid inputs (the baseline the bad cases vary)', async () => {
    const dir = await caseDir();
    const r = await cli(command.argv(files), dir, env());
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect({ code: (command.baseline ?? [EXIT.ok, EXIT.rejected]).includes(r.code as 0), stderr: r.stderr }).toEqual({
      code: true,
      stderr: r.stderr,
    });
  });

  const inputCases = command.inputs.flatMap((slot) =>
    familiesFor(slot.kind)
      .filter((family) => !slot.accepts?.[family])
      .map((family) => ({ slot, family })),
  );

  it.each(inputCases)('$slot.flag $family: exit 2, the file named, no stack, nothing written', async ({ slot, family }) => {
    const dir = await caseDir();
    const bad = `bad-${slot.file}`;
    await badFamilies[family].make(join(dir, bad), join(dir, slot.file));
    const before = await listTree(dir);
    const r = await cli(command.argv({ ...files, [slot.flag]: bad }), dir, env());
    expectRefused(r, escape(bad));
    expect(await listTree(dir)).toEqual(before);
  });

  const flagged = command.inputs.filter((s) => s.flag !== POSITIONAL);
  if (flagged.length) {
    it.each(flagged)('$flag given an empty value: exit 2, never the default', async ({ flag }) => {
      const dir = await caseDir();
      const before = await listTree(dir);
      expectRefused(await cli(command.argv({ ...files, [flag]: '' }), dir, env()), escape(`${flag} was given an empty value`));
      expect(await listTree(dir)).toEqual(before);
    });
  }

  it('names an unknown flag and exits 2', async () => {
    const dir = await caseDir();
    const before = await listTree(dir);
    // Before a `--`: what follows it is a command's own arguments.
    const argv = command.argv(files);
    const end = argv.indexOf('--');
    const r = await cli(
      end === -1 ? [...argv, '--no-such-flag'] : [...argv.slice(0, end), '--no-such-flag', ...argv.slice(end)],
      dir,
      env(),
    );
    expectRefused(r, /--no-such-flag/);
    expect(await listTree(dir)).toEqual(before);
  });

  if (command.required?.length) {
    it.each(command.required)('without $flag: exit 2, naming it', async ({ flag, says }) => {
      const dir = await caseDir();
      const argv = command.argv(files);
      const at = flag === POSITIONAL ? argv.indexOf(files[POSITIONAL]!) : argv.indexOf(flag);
      expect(at).toBeGreaterThan(-1);
      argv.splice(at, flag === POSITIONAL ? 1 : 2);
      const before = await listTree(dir);
      expectRefused(await cli(argv, dir, env()), says);
      expect(await listTree(dir)).toEqual(before);
    });
  }

  if (command.ranges?.length) {
    it.each(command.ranges)('$name: exit 2, naming it', async ({ args, says }) => {
      const dir = await caseDir();
      const before = await listTree(dir);
      expectRefused(await cli(args(files), dir, env()), says);
      expect(await listTree(dir)).toEqual(before);
    });
  }

  const outputs = command.outputs ?? [];
  const outputCases = outputs.flatMap((out) =>
    badOutputs.filter((family) => family !== 'another output' || outputs.length > 1).map((family) => ({ out, family })),
  );
  if (outputCases.length === 0) return;

  it.each(outputCases)('$out.flag pointed at $family: refused, inputs intact, no output written', async ({ out, family }) => {
    const dir = await caseDir();
    const other = outputs.find((o) => o !== out)?.file;
    const target = await badOutputTarget(dir, family, command.inputs[0]!.file, other);
    const kept = [...command.inputs.map((s) => s.file), 'victim.txt', 'taken/inside.txt'];
    const before = await snapshotFiles(dir, kept);
    const treeBefore = await listTree(dir);
    const r = await cli(command.argv({ ...files, [out.flag]: target }), dir, env());
    expectRefused(r, family === 'a symbolic link' ? /symbolic link/ : escape(target.replace(/\/out$/, '')));
    expect(await snapshotFiles(dir, kept)).toEqual(before);
    // All or none: no output was written, and no temporary file is left anywhere.
    const treeAfter = await listTree(dir);
    expect(treeAfter.filter((p) => TEMPORARY.test(p.split('/').pop() ?? ''))).toEqual([]);
    expect(treeAfter).toEqual(treeBefore);
  });
});
