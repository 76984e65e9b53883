import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, createPublicKey } from 'node:crypto';
import { spawnCapture } from '@slipway/core';
import {
  attachAttestation,
  connectRegistry,
  IN_TOTO_PAYLOAD_TYPE,
  makeStatement,
  parseDigestReference,
  signDsse,
  staticIdentityProvider,
} from '@slipway/supply-chain';
import { REPRODUCIBLE_LEVEL, VSA_PREDICATE_TYPE } from '@slipway/verify';
import { signatureFigures, type DeploymentRecord, type RunRecord } from '@slipway/metrics';
import { repoRoot, runStep, type StepResult } from '../harness/index.js';
import { startCacheService, type CacheService } from '../services/cache-service.js';
import { recordArtifacts, runWithRecords } from '../services/record-artifacts.js';
import { pushTestImage, startRegistry, type Registry } from '../services/registry.js';
import { startSigstoreMock, type SigstoreMock } from '../services/sigstore-mock.js';

// What slsa-provenance made (files, images in the local registry), verified by the bundled
// verify-deploy as the runner runs it, and the same refused with a wrong identity, builder or source.
const fixtures = join(repoRoot, 'test/fixtures/verify');
const CI = 'https://github.com/octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main';

let sigstore: SigstoreMock;
let registry: Registry;
let workspace: string;
let image: { ref: string; digest: string };

const policy = (over: Record<string, string> = {}): string => {
  const fields: Record<string, string> = {
    version: '1',
    identities: '\n  - pattern: https://github.com/octo-org/octo-repo/.github/workflows/*.yml@refs/heads/main',
    issuers: '[https://token.actions.githubusercontent.com]',
    'builder-ids': `[${CI}]`,
    'source-repositories': '[https://github.com/octo-org/octo-repo]',
    refs: '[refs/heads/main, {pattern: refs/tags/v*}]',
    'max-age': '1d',
    ...over,
  };
  return Object.entries(fields)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
};

async function writePolicy(name: string, over: Record<string, string> = {}): Promise<string> {
  await writeFile(join(workspace, name), `${policy(over)}\n`);
  return name;
}

const verify = (inputs: Record<string, string>): Promise<StepResult> =>
  runStep({ action: 'verify-deploy', workspace, inputs: { trust: 'trusted-root', 'trusted-root': 'trusted_root.json', ...inputs } });

const errorOf = (r: StepResult): string =>
  r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');

beforeAll(async () => {
  [sigstore, registry] = await Promise.all([startSigstoreMock(), startRegistry()]);
  workspace = await mkdtemp(join(tmpdir(), 'verify-deploy-ws-'));
  await mkdir(join(workspace, 'dist'));
  await writeFile(join(workspace, 'dist', 'app.tgz'), 'pretend release tarball\n');
  await writeFile(join(workspace, 'dist', 'tampered.tgz'), 'pretend release tarbalL\n');
  await writeFile(join(workspace, 'trusted_root.json'), JSON.stringify(sigstore.trustedRoot));
  await writePolicy('policy.yml');
  image = await pushTestImage(registry, 'octo/app', 'v1');
  const keyless = { 'fulcio-url': sigstore.fulcioURL, 'rekor-url': sigstore.rekorURL, 'tsa-url': sigstore.tsaURL };
  const made = await Promise.all([
    runStep({
      action: 'slsa-provenance',
      workspace,
      inputs: { 'subject-path': 'dist/app.tgz', 'bundle-path': 'out/app.provenance.json', ...keyless },
      env: sigstore.actionsTokenEnv(),
    }),
    runStep({
      action: 'slsa-provenance',
      workspace,
      inputs: {
        'subject-name': `${registry.host}/octo/app`,
        'subject-digest': image.digest,
        'push-to-registry': 'true',
        'bundle-path': 'out/image.provenance.json',
        ...keyless,
      },
      env: sigstore.actionsTokenEnv(),
    }),
    // The same build claims, signed from another workflow (release.yml called as a reusable workflow).
    runStep({
      action: 'slsa-provenance',
      workspace,
      inputs: { 'subject-path': 'dist/app.tgz', 'bundle-path': 'out/reusable.provenance.json', ...keyless },
      env: sigstore.actionsTokenEnv({ job_workflow_ref: 'octo-org/shared/.github/workflows/release.yml@refs/heads/main' }),
    }),
    runStep({
      action: 'slsa-provenance',
      workspace,
      inputs: {
        'subject-path': 'dist/app.tgz',
        'bundle-path': 'out/key.provenance.json',
        'private-key': await readFile(join(fixtures, 'ec-p256.key.pem'), 'utf8'),
      },
    }),
  ]);
  // cosign-sign: the file's signature bundle, and the image signed in cosign v3 (referrer) and classic layouts.
  const signed = await Promise.all([
    runStep({ action: 'cosign-sign', workspace, inputs: { files: 'dist/app.tgz', ...keyless }, env: sigstore.actionsTokenEnv() }),
    runStep({
      action: 'cosign-sign',
      workspace,
      inputs: { images: image.ref, 'classic-signature': 'true', ...keyless },
      env: sigstore.actionsTokenEnv(),
    }),
  ]);
  for (const r of [...made, ...signed]) expect({ exit: r.exitCode, errors: errorOf(r) }).toEqual({ exit: 0, errors: '' });
}, 120_000);

afterAll(async () => {
  await Promise.all([sigstore?.stop(), registry?.stop()]);
});

describe('verify-deploy (bundle through the runner harness)', () => {
  it('verifies a file with the provenance slsa-provenance made, and writes every check to the summary', async () => {
    const r = await verify({ policy: 'policy.yml', artifacts: 'dist/app.tgz', bundles: 'out/app.provenance.json' });
    expect(errorOf(r)).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ verified: 'true', 'verified-count': '1', 'rejected-count': '0' });
    for (const check of [
      'signing certificate',
      'transparency log',
      'signer identity',
      'builder ID',
      'source repository',
      'source ref',
      'source commit',
    ]) {
      expect(r.summary).toMatch(new RegExp(`\\| ${check} \\| ✅ passed \\|`));
    }
  });

  it('verifies a file signed by cosign-sign together with its provenance', async () => {
    const r = await verify({
      policy: 'policy.yml',
      artifacts: 'dist/app.tgz',
      bundles: 'dist/app.tgz.sigstore.json\nout/app.provenance.json',
    });
    expect(errorOf(r)).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.summary).toMatch(/\| app\.tgz\.sigstore\.json \| signature \| ✅ passed \| message signature valid \|/);
  });

  it('verifies an image in the local registry: the cosign-sign signature (referrer and classic .sig) and the provenance', async () => {
    const r = await verify({ policy: 'policy.yml', images: `${registry.host}/octo/app@${image.digest}` });
    expect(errorOf(r)).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.summary).toContain(`${registry.host}/octo/app@${image.digest}`);
    expect(r.summary).toContain('(https://sigstore.dev/cosign/sign/v1)');
    expect(r.summary).toContain('(https://slsa.dev/provenance/v1)');
    expect(r.summary).toContain(`| ${image.digest.replace(':', '-')}.sig[0] | image digest | ✅ passed |`);
    expect(r.summary).toContain('3 of 3 bundle(s) verified');
  });

  it('rejects the same file and image under a policy with another identity', async () => {
    await writePolicy('other-identity.yml', {
      identities: '[https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main]',
    });
    const r = await verify({
      policy: 'other-identity.yml',
      artifacts: 'dist/app.tgz',
      bundles: 'out/app.provenance.json',
      images: `${registry.host}/octo/app@${image.digest}`,
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ verified: 'false', 'rejected-count': '2' });
    expect(errorOf(r)).toContain(`signer identity: ${CI} is not allowed`);
    expect(r.summary).toContain('[!CAUTION]');
  });

  it('rejects another builder: provenance signed by a reusable workflow the policy does not trust as builder', async () => {
    const r = await verify({ policy: 'policy.yml', artifacts: 'dist/app.tgz', bundles: 'out/reusable.provenance.json' });
    expect(r.exitCode).toBe(1);
    expect(errorOf(r)).toMatch(
      /builder ID: provenance says https:\/\/github.com\/octo-org\/shared\/.github\/workflows\/release.yml@refs\/heads\/main, but policy allows/,
    );
  });

  it('rejects a source repository or ref the policy does not allow', async () => {
    await writePolicy('other-source.yml', {
      'source-repositories': '[https://github.com/octo-org/elsewhere]',
      refs: '[{pattern: refs/tags/v*}]',
    });
    const r = await verify({ policy: 'other-source.yml', artifacts: 'dist/app.tgz', bundles: 'out/app.provenance.json' });
    expect(r.exitCode).toBe(1);
    expect(errorOf(r)).toContain('source repository: provenance says https://github.com/octo-org/octo-repo');
    expect(errorOf(r)).toContain('source ref: provenance says refs/heads/main');
  });

  it('refuses a tampered file with the bundle of the real one', async () => {
    const r = await verify({ policy: 'policy.yml', artifacts: 'dist/tampered.tgz', bundles: 'out/app.provenance.json' });
    expect(r.exitCode).toBe(1);
    expect(errorOf(r)).toContain('artifact digest: no in-toto subject has sha256:');
    expect(r.outputs['error-code']).toBe('PROVENANCE_MISMATCH');
  });

  it('verifies key-signed provenance only in key mode, with the right key', async () => {
    const der = createPublicKey(await readFile(join(fixtures, 'ec-p256.pub.pem'), 'utf8')).export({ format: 'der', type: 'spki' });
    const fingerprint = `sha256:${createHash('sha256').update(der).digest('hex')}`;
    await writePolicy('key.yml', {
      identities: '[]',
      issuers: '[]',
      keys: `[${fingerprint}]`,
      'tlog-entries': '0',
      timestamps: '0',
      'max-age': '',
    });
    const inputs = { policy: 'key.yml', artifacts: 'dist/app.tgz', bundles: 'out/key.provenance.json' };
    const keyMode = await runStep({
      action: 'verify-deploy',
      workspace,
      inputs: { ...inputs, trust: 'public-key', 'public-key': join(fixtures, 'ec-p256.pub.pem') },
    });
    expect(errorOf(keyMode)).toBe('');
    expect(keyMode.exitCode).toBe(0);
    const keyless = await verify(inputs);
    expect(keyless.exitCode).toBe(1);
    expect(errorOf(keyless)).toContain('signed with a public key, not a Fulcio certificate');
    // The same key under a policy that names identities and no keys: a policy failure, KEY_NOT_TRUSTED.
    await writePolicy('key-identities.yml', { 'tlog-entries': '0', timestamps: '0', 'max-age': '' });
    const untrusted = await runStep({
      action: 'verify-deploy',
      workspace,
      inputs: { ...inputs, policy: 'key-identities.yml', trust: 'public-key', 'public-key': join(fixtures, 'ec-p256.pub.pem') },
    });
    expect(untrusted.exitCode).toBe(1);
    expect(untrusted.outputs['error-code']).toBe('KEY_NOT_TRUSTED');
  });

  it('requires a reproducibility verdict for an image: refused without one, verified once the rebuild verdict is a referrer', async () => {
    await writePolicy('reproducible.yml', { require: '{reproducible: true}' });
    const ref = `${registry.host}/octo/app@${image.digest}`;
    const before = await verify({ policy: 'reproducible.yml', images: ref });
    expect(before.exitCode).toBe(1);
    expect(before.outputs['error-code']).toBe('REPRODUCIBILITY_MISSING');
    const statement = makeStatement(
      [{ name: `${registry.host}/octo/app`, digest: { sha256: image.digest.slice(7) } }],
      VSA_PREDICATE_TYPE,
      {
        verifier: { id: 'https://github.com/octo-org/octo-repo/.github/workflows/rebuild.yml' },
        timeVerified: new Date().toISOString(),
        verificationResult: 'PASSED',
        verifiedLevels: [REPRODUCIBLE_LEVEL],
      },
    );
    const token = await sigstore.oidcToken({ job_workflow_ref: 'octo-org/octo-repo/.github/workflows/rebuild.yml@refs/heads/main' });
    const signed = await signDsse(Buffer.from(JSON.stringify(statement)), IN_TOTO_PAYLOAD_TYPE, {
      mode: 'keyless',
      identity: staticIdentityProvider(token),
      fulcioURL: sigstore.fulcioURL,
      rekorURL: sigstore.rekorURL,
      tsaURL: sigstore.tsaURL,
    });
    const client = await connectRegistry(registry.host, {});
    await attachAttestation(client, parseDigestReference(ref), signed.text, 'verdict');
    const after = await verify({ policy: 'reproducible.yml', images: ref });
    expect(errorOf(after)).toBe('');
    expect(after.outputs).toMatchObject({ verified: 'true', 'error-code': '' });
    expect(after.summary).toContain(`(${VSA_PREDICATE_TYPE})`);
  });

  it('gives the same verdicts through the bundled CLI: slipway verify --image', async () => {
    const cli = (policyFile: string) =>
      spawnCapture(
        process.execPath,
        [
          join(repoRoot, 'packages/cli/dist/index.js'),
          'verify',
          '--image',
          `${registry.host}/octo/app@${image.digest}`,
          '--policy',
          policyFile,
          '--trusted-root',
          'trusted_root.json',
        ],
        { cwd: workspace },
      );
    const ok = await cli('policy.yml');
    expect({ code: ok.exitCode, err: ok.stderr }).toEqual({ code: 0, err: '' });
    expect(ok.stdout).toMatch(/^VERIFIED /);
    expect(ok.stdout).toContain('ok   signer identity: https://github.com/octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main');
    await writePolicy('cli-other-builder.yml', {
      'builder-ids': '[https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main]',
    });
    const rejected = await cli('cli-other-builder.yml');
    expect(rejected.exitCode).toBe(1);
    expect(rejected.stdout).toContain('FAIL builder ID: provenance says');
  });

  describe('bad input is a rejection with a reason, never a pass', () => {
    it.each<[string, Record<string, string>, string]>([
      ['a missing bundle', { artifacts: 'dist/app.tgz', bundles: 'out/missing.json' }, 'Cannot read bundle'],
      ['an image given by tag', { images: 'REGISTRY/octo/app:v1' }, 'has no digest'],
      ['an image the registry does not have', { images: `REGISTRY/octo/app@sha256:${'0'.repeat(64)}` }, 'is not in the registry'],
      [
        'a registry that cannot be reached',
        { images: `127.0.0.1:9/octo/app@sha256:${'0'.repeat(64)}` },
        'Cannot reach the registry 127.0.0.1:9',
      ],
    ])('%s', async (_what, inputs, message) => {
      const resolved = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, v.replace('REGISTRY', registry.host)]));
      const r = await verify({ policy: 'policy.yml', ...resolved });
      expect(r.exitCode).toBe(1);
      expect(errorOf(r)).toContain(message);
      expect(r.outputs['verified']).not.toBe('true');
    });

    it('a policy with a typo in a field name', async () => {
      await writeFile(join(workspace, 'typo.yml'), `${policy()}\nbuilder-id: [x]\n`);
      const r = await verify({ policy: 'typo.yml', artifacts: 'dist/app.tgz', bundles: 'out/app.provenance.json' });
      expect(r.exitCode).toBe(1);
      expect(errorOf(r)).toContain('typo.yml: builder-id: unknown field');
    });
  });
});

describe('verify-deploy outcome records (through the local results service)', () => {
  let service: CacheService;
  beforeAll(async () => {
    service = await startCacheService();
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('uploads one verification record per subject for the environment, a rejection included, and ci-metrics credits the deploy', async () => {
    const run = (inputs: Record<string, string>): Promise<StepResult> =>
      runStep({
        action: 'verify-deploy',
        workspace,
        inputs: { trust: 'trusted-root', 'trusted-root': 'trusted_root.json', policy: 'policy.yml', environment: 'production', ...inputs },
        env: service.env,
      });
    const passed = await run({ artifacts: 'dist/app.tgz', bundles: 'out/app.provenance.json' });
    expect(passed.exitCode).toBe(0);
    const rejected = await run({ artifacts: 'dist/tampered.tgz', bundles: 'out/app.provenance.json' });
    expect(rejected.exitCode).not.toBe(0);
    // A record is never a reason to change the decision, and the decision never loses its record.
    expect(rejected.outputs['verified']).toBe('false');

    const artifacts = await recordArtifacts(service, 'verify-deploy');
    expect(artifacts.map((a) => a.name)).toEqual([
      expect.stringMatching(/^slipway-record-verify-deploy-build-[0-9a-f]{8}$/),
      expect.stringMatching(/^slipway-record-verify-deploy-build-[0-9a-f]{8}$/),
    ]);
    expect(artifacts.map((a) => a.records)).toEqual([
      [expect.objectContaining({ type: 'verification', subject: 'dist/app.tgz', environment: 'production', verified: true })],
      [expect.objectContaining({ type: 'verification', subject: 'dist/tampered.tgz', environment: 'production', verified: false })],
    ]);
    expect(artifacts[0]?.records[0]?.run).toMatchObject({ repository: 'octo-org/octo-repo', job: 'build' });
    expect(artifacts.flatMap((a) => a.problems)).toEqual([]);

    // ci-metrics: the passing run verifies its commit's production deployment; the rejected one does not.
    const runOf = (sha: string, outcomes: RunRecord['outcomes']): RunRecord =>
      runWithRecords(outcomes, { id: sha.charCodeAt(0), workflow: 'Deploy', sha });
    const deploy = (sha: string): DeploymentRecord => ({
      id: sha.charCodeAt(0),
      environment: 'production',
      production: true,
      sha,
      ref: 'main',
      createdAt: 0,
      state: 'success',
      commits: [],
    });
    const runs = [runOf('a', artifacts[0]?.counted ?? []), runOf('b', artifacts[1]?.counted ?? [])];
    expect(signatureFigures(runs, [deploy('a'), deploy('b')], runs, 'main')).toMatchObject({ deployments: 2, verifiedDeployments: 1 });
  });
});
