import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCapture } from '@slipway/core';
import { BUG_LINE, STACK_TRACE } from '../harness/bad-input.js';
import { repoRoot, runStep, type StepResult } from '../harness/index.js';
import { startMidBodyStallServer, startSilentServer, startTokenService, type StalledServer } from '../services/stall-server.js';

// A stalled service, for every command and action that talks to a network: the cache service,
// the GitHub API, an OCI registry, Fulcio, Rekor, a timestamp authority, the runner's OIDC token
// service and a TUF mirror. One peer accepts connections and never answers; another sends the
// headers and the first bytes of a body, then nothing. With SLIPWAY_NETWORK_TIMEOUT=1 every run
// must end well within BOUND_MS with a message that says the peer did not answer and names it,
// and no stack trace. A stalled cache is a warning and a miss, never a failed job.
// The cases wait on sockets, not on the CPU, so they run a few at a time.

const BOUND_MS = 60_000;
const cliBundle = join(repoRoot, 'packages/cli/dist/index.js');
const fixture = (...p: string[]): string => join(repoRoot, 'test', 'fixtures', ...p);
const keyPem = fixture('supply-chain', 'ec-p256.key.pem');
const digest = `sha256:${'ab'.repeat(32)}`;
const STALL_WORDS = /did not answer|stopped answering|no answer|no data|not answer|timed out|timeout|stalled/i;
const scratch: string[] = [];

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

afterAll(async () => {
  await tokenService?.close();
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});

/** A JWT shaped like a GitHub Actions OIDC token (not signed by anyone: the peer it goes to is stalled). */
function actionsToken(): string {
  const part = (v: object): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: 'https://token.actions.githubusercontent.com',
    sub: 'repo:acme/app:ref:refs/heads/main',
    aud: 'sigstore',
    iat: now,
    exp: now + 600,
    repository: 'acme/app',
    repository_id: '1',
    repository_owner_id: '2',
    sha: 'a'.repeat(40),
    ref: 'refs/heads/main',
    event_name: 'push',
    workflow_ref: 'acme/app/.github/workflows/release.yml@refs/heads/main',
    job_workflow_ref: 'acme/app/.github/workflows/release.yml@refs/heads/main',
    run_id: '3',
    run_attempt: '1',
    runner_environment: 'github-hosted',
  };
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.${Buffer.from('not a signature').toString('base64url')}`;
}

/** A runtime token shaped like the runner's (its scope names the run and job the results service files artifacts under). */
function runtimeToken(): string {
  const part = (v: object): string => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ scp: 'Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:3:4' })}.c2ln`;
}

type Run =
  | { cli: string[]; env?: Record<string, string> }
  | { action: string; inputs: Record<string, string>; env?: Record<string, string>; step?: 'main' | 'post' };

interface StallCase {
  name: string;
  /** The stall kinds this peer is tried with: every peer silent, those that stream a body also mid-body. */
  kinds: ('silent' | 'mid-body')[];
  setup?: (dir: string) => Promise<void>;
  run: (peer: StalledServer, dir: string) => Run | Promise<Run>;
  /** `fails` (default): the run fails naming the peer; `warns`: it carries on with a warning naming it. */
  outcome?: 'fails' | 'warns';
}

const provenanceContext = [
  ...['--repository', 'acme/app', '--repository-id', '1', '--repository-owner-id', '2', '--sha', 'a'.repeat(40)],
  ...['--ref', 'refs/heads/main', '--event-name', 'push', '--run-id', '3', '--run-attempt', '1'],
  ...['--workflow-ref', 'acme/app/.github/workflows/release.yml@refs/heads/main', '--runner-environment', 'github-hosted'],
];
const withKey = async (dir: string): Promise<void> => {
  await writeFile(join(dir, 'app.tgz'), 'application bytes\n');
  await copyFile(keyPem, join(dir, 'key.pem'));
};
const verifyFiles = async (dir: string): Promise<void> => {
  const c = fixture('conformance', 'managed-key-and-trusted-root');
  await copyFile(join(c, 'key.pub'), join(dir, 'key.pub'));
  await writeFile(join(dir, 'policy.yml'), 'require-provenance: false\ntimestamps: 0\n');
  await copyFile(fixture('conformance', 'a.txt'), join(dir, 'a.txt'));
  await copyFile(join(c, 'bundle.sigstore.json'), join(dir, 'bundle.json'));
};
const pem = (): Promise<string> => readFile(keyPem, 'utf8');

/**
 * A TUF cache for `mirror` holding only its initial root.json (public-good's, which ships with
 * @sigstore/tuf), where @sigstore/tuf keeps it: a mirror other than public-good cannot be used
 * without one, and with it the client must ask the mirror for everything else.
 */
async function seedTufCache(dir: string, mirror: string): Promise<void> {
  const seeds = JSON.parse(await readFile(join(repoRoot, 'node_modules/@sigstore/tuf/seeds.json'), 'utf8')) as Record<
    string,
    { 'root.json': string }
  >;
  const root = seeds['https://tuf-repo-cdn.sigstore.dev']?.['root.json'];
  if (!root) throw new Error('@sigstore/tuf/seeds.json has no public-good root.json');
  const url = new URL(mirror);
  const cache = join(dir, 'tuf', encodeURIComponent(url.host + url.pathname.replace(/\/$/, '')));
  await mkdir(cache, { recursive: true });
  await writeFile(join(cache, 'root.json'), Buffer.from(root, 'base64'));
}

let tokenService: { url: string; close: () => Promise<void> } | undefined;
/** The runner's OIDC variables, pointing at a token service that answers (the stalled peer is elsewhere). */
async function tokenEnv(): Promise<Record<string, string>> {
  tokenService ??= await startTokenService(actionsToken());
  return { ACTIONS_ID_TOKEN_REQUEST_URL: `${tokenService.url}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime' };
}

const cases: StallCase[] = [
  // The GitHub API.
  {
    name: 'slipway metrics collect (GitHub API)',
    kinds: ['silent', 'mid-body'],
    run: (p) => ({
      cli: ['metrics', 'collect', '--repo', 'acme/app', '--data', 'history.json', '--api-url', p.url],
      env: { GITHUB_TOKEN: 'ghs_x' },
    }),
  },
  {
    name: 'ci-metrics (GitHub API)',
    kinds: ['silent'],
    run: (p) => ({
      action: 'ci-metrics',
      inputs: { storage: 'file', 'data-file': 'history.json', 'api-url': p.url, 'github-token': 'ghs_x', repository: 'acme/app' },
    }),
  },
  {
    name: 'slsa-provenance upload-attestation (GitHub API)',
    kinds: ['silent'],
    setup: withKey,
    run: async (p) => ({
      action: 'slsa-provenance',
      inputs: { 'subject-path': 'app.tgz', 'private-key': await pem(), 'upload-attestation': 'true', record: 'none' },
      env: { GITHUB_API_URL: p.url },
    }),
  },
  // An OCI registry.
  {
    name: 'slipway sign --image (OCI registry)',
    kinds: ['silent', 'mid-body'],
    setup: withKey,
    run: (p) => ({ cli: ['sign', '--image', `${p.host}/acme/app@${digest}`, '--key', 'key.pem'] }),
  },
  {
    name: 'slipway verify --image (OCI registry)',
    kinds: ['silent', 'mid-body'],
    setup: verifyFiles,
    run: (p) => ({ cli: ['verify', '--image', `${p.host}/acme/app@${digest}`, '--policy', 'policy.yml', '--key', 'key.pub'] }),
  },
  {
    name: 'cosign-sign images (OCI registry)',
    kinds: ['silent'],
    run: async (p) => ({
      action: 'cosign-sign',
      inputs: { images: `${p.host}/acme/app@${digest}`, 'private-key': await pem(), record: 'none' },
    }),
  },
  {
    name: 'slsa-provenance push-to-registry (OCI registry)',
    kinds: ['silent'],
    run: async (p) => ({
      action: 'slsa-provenance',
      inputs: {
        'subject-name': `${p.host}/acme/app`,
        'subject-digest': digest,
        'push-to-registry': 'true',
        'private-key': await pem(),
        record: 'none',
      },
    }),
  },
  {
    name: 'verify-deploy images (OCI registry)',
    kinds: ['silent'],
    setup: verifyFiles,
    run: (p) => ({
      action: 'verify-deploy',
      inputs: {
        images: `${p.host}/acme/app@${digest}`,
        policy: 'policy.yml',
        trust: 'public-key',
        'public-key': 'key.pub',
        record: 'none',
      },
    }),
  },
  // Fulcio, Rekor, a timestamp authority and the runner's OIDC token service.
  {
    name: 'slipway sign keyless (Fulcio)',
    kinds: ['silent', 'mid-body'],
    setup: withKey,
    run: (p) => ({
      cli: ['sign', '--file', 'app.tgz', '--fulcio-url', p.url, '--rekor-url', p.url],
      env: { SIGSTORE_ID_TOKEN: actionsToken() },
    }),
  },
  {
    name: 'slipway sign --tlog-upload (Rekor)',
    kinds: ['silent'],
    setup: withKey,
    run: (p) => ({ cli: ['sign', '--file', 'app.tgz', '--key', 'key.pem', '--tlog-upload', '--rekor-url', p.url] }),
  },
  {
    name: 'slipway provenance --tsa-url (timestamp authority)',
    kinds: ['silent'],
    setup: withKey,
    run: (p) => ({
      cli: ['provenance', '--subject-path', 'app.tgz', '--key', 'key.pem', '--out', 'p.json', '--tsa-url', p.url, ...provenanceContext],
    }),
  },
  {
    name: 'cosign-sign keyless (the OIDC token service)',
    kinds: ['silent', 'mid-body'],
    setup: withKey,
    run: (p) => ({
      action: 'cosign-sign',
      inputs: { files: 'app.tgz', record: 'none' },
      env: { ACTIONS_ID_TOKEN_REQUEST_URL: `${p.url}/token?audience=x`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime' },
    }),
  },
  {
    name: 'slsa-provenance keyless (Fulcio)',
    kinds: ['silent'],
    setup: withKey,
    run: async (p) => ({
      action: 'slsa-provenance',
      inputs: { 'subject-path': 'app.tgz', 'fulcio-url': p.url, 'rekor-url': p.url, record: 'none' },
      env: await tokenEnv(),
    }),
  },
  {
    name: 'reproducible-build attestation (Rekor)',
    kinds: ['silent'],
    setup: async (dir) => {
      await writeFile(join(dir, 'src.txt'), 'the source\n');
      for (const args of [
        ['init', '-q', '-b', 'main'],
        ['add', 'src.txt'],
        ['commit', '-q', '-m', 'source'],
      ]) {
        await spawnCapture('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir });
      }
    },
    run: async (p) => ({
      action: 'reproducible-build',
      inputs: {
        command: 'cp src.txt built.txt',
        outputs: 'built.txt',
        vary: 'none',
        diffoscope: 'false',
        'attestation-path': 'att.json',
        'private-key': await pem(),
        'tlog-upload': 'true',
        'rekor-url': p.url,
        record: 'none',
      },
    }),
  },
  // A TUF mirror.
  {
    name: 'slipway verify --tuf-cache (TUF mirror)',
    kinds: ['silent', 'mid-body'],
    setup: verifyFiles,
    run: async (p, dir) => {
      await seedTufCache(dir, p.url);
      return {
        cli: [
          'verify',
          '--artifact',
          'a.txt',
          '--bundle',
          'bundle.json',
          '--policy',
          'policy.yml',
          '--tuf-cache',
          'tuf',
          '--tuf-mirror',
          p.url,
        ],
      };
    },
  },
  {
    name: 'verify-deploy tuf-cache (TUF mirror)',
    kinds: ['silent'],
    setup: verifyFiles,
    run: async (p, dir) => {
      await seedTufCache(dir, p.url);
      return {
        action: 'verify-deploy',
        inputs: {
          artifacts: 'a.txt',
          bundles: 'bundle.json',
          policy: 'policy.yml',
          'tuf-cache': 'tuf',
          'tuf-mirror': p.url,
          record: 'none',
        },
      };
    },
  },
  // The Actions cache and results service.
  {
    name: 'cache-setup (cache service)',
    kinds: ['silent', 'mid-body'],
    outcome: 'warns',
    setup: (dir) => copyFile(fixture('cache', 'npm-app', 'package-lock.json'), join(dir, 'package-lock.json')),
    run: (p) => ({
      action: 'cache-setup',
      inputs: { layers: 'deps', record: 'none' },
      env: { ACTIONS_RESULTS_URL: `${p.url}/`, ACTIONS_RUNTIME_TOKEN: 'runtime', ACTIONS_CACHE_SERVICE_V2: 'true' },
    }),
  },
  {
    name: 'test-shard timings cache (cache service)',
    kinds: ['silent'],
    outcome: 'warns',
    setup: (dir) => copyFile(fixture('shard', 'pytest-junit.xml'), join(dir, 'junit.xml')),
    run: (p) => ({
      action: 'test-shard',
      inputs: { mode: 'plan', timings: 'junit.xml', shards: '2' },
      env: { ACTIONS_RESULTS_URL: `${p.url}/`, ACTIONS_RUNTIME_TOKEN: 'runtime', ACTIONS_CACHE_SERVICE_V2: 'true' },
    }),
  },
  {
    name: 'outcome record upload (results service)',
    kinds: ['silent'],
    outcome: 'warns',
    // A clean scan, so the gate passes and the record upload is the only thing that can go wrong.
    setup: (dir) => copyFile(fixture('scan', 'trivy', 'dd-no-vulns.json'), join(dir, 'report.json')),
    run: (p) => ({
      action: 'container-scan-gate',
      inputs: { reports: 'report.json', 'sla-cache': 'false', record: 'artifact' },
      env: { ACTIONS_RESULTS_URL: `${p.url}/`, ACTIONS_RUNTIME_TOKEN: runtimeToken() },
    }),
  },
];

interface Ended {
  ms: number;
  exit: number;
  /** Everything a person would read: stderr, the error and warning annotations. */
  text: string;
  errors: string;
  warnings: string;
}

async function runCli(args: string[], cwd: string, env: Record<string, string>): Promise<Ended> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliBundle, ...args], {
      cwd,
      env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: cwd, LANG: 'C.UTF-8', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), BOUND_MS + 30_000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ ms: performance.now() - started, exit: code ?? (signal ? 137 : 1), text: out, errors: out, warnings: out });
    });
  });
}

const annotations = (r: StepResult, level: 'error' | 'warning'): string =>
  r.annotations
    .filter((a) => a.level === level)
    .map((a) => a.message)
    .join('\n');

const runs = cases.flatMap((c) => c.kinds.map((kind) => ({ ...c, kind })));

describe('a stalled service', () => {
  it.concurrent.each(runs)('$name, $kind: ends in bounded time, naming the peer that did not answer', async (c) => {
    const peer = c.kind === 'silent' ? await startSilentServer() : await startMidBodyStallServer();
    try {
      const dir = await tempDir('faults-stall-');
      await mkdir(dir, { recursive: true });
      await c.setup?.(dir);
      const run = await c.run(peer, dir);
      const env = { SLIPWAY_NETWORK_TIMEOUT: '1', ...run.env };
      let ended: Ended;
      if ('cli' in run) ended = await runCli(run.cli, dir, env);
      else {
        const started = performance.now();
        const r = await runStep({ action: run.action, workspace: dir, inputs: run.inputs, env, timeoutMs: BOUND_MS + 30_000 });
        ended = {
          ms: performance.now() - started,
          exit: r.exitCode,
          text: `${r.stdout}\n${r.stderr}`,
          errors: annotations(r, 'error'),
          warnings: annotations(r, 'warning'),
        };
      }
      expect(ended.text).not.toMatch(STACK_TRACE);
      expect(ended.text).not.toMatch(BUG_LINE);
      expect(peer.connections()).toBeGreaterThan(0);
      const told = c.outcome === 'warns' ? ended.warnings : ended.errors;
      expect({ exit: ended.exit, told }).toEqual({
        exit: c.outcome === 'warns' ? 0 : 'cli' in run ? 2 : 1,
        told: expect.stringMatching(STALL_WORDS),
      });
      expect(told).toContain(peer.host);
      expect(ended.ms).toBeLessThan(BOUND_MS);
    } finally {
      await peer.close();
    }
  });
});
