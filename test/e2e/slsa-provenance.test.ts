import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSLSAProvenancePredicate } from '@actions/attest';
import { fetchReferrerBundles, OciClient, parseDigestReference, SLSA_PROVENANCE_V1 } from '@slipway/supply-chain';
import { repoRoot, runStep } from '../harness/index.js';
import { startCacheService, type CacheService } from '../services/cache-service.js';
import { recordArtifacts } from '../services/record-artifacts.js';
import { pushTestImage, startRegistry, type Registry } from '../services/registry.js';
import { startSigstoreMock, verifyBundle, type SigstoreMock } from '../services/sigstore-mock.js';

const fixtures = join(repoRoot, 'test/fixtures/supply-chain');
const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

interface StatementShape {
  _type: string;
  subject: { name: string; digest: { sha256: string } }[];
  predicateType: string;
  predicate: Record<string, unknown>;
}

async function statementOf(bundlePath: string): Promise<{ bundle: unknown; statement: StatementShape }> {
  const bundle = JSON.parse(await readFile(bundlePath, 'utf8')) as { dsseEnvelope: { payload: string } };
  return { bundle, statement: JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as StatementShape };
}

let sigstore: SigstoreMock;
let registry: Registry;
let workspace: string;

beforeAll(async () => {
  [sigstore, registry] = await Promise.all([startSigstoreMock(), startRegistry()]);
  workspace = await mkdtemp(join(tmpdir(), 'slsa-ws-'));
  await mkdir(join(workspace, 'dist'));
  await writeFile(join(workspace, 'dist', 'app-1.0.0.tgz'), 'pretend tarball one\n');
  await writeFile(join(workspace, 'dist', 'app-1.0.0.zip'), 'pretend zip two\n');
  await writeFile(join(workspace, 'README.md'), 'not a subject\n');
});

afterAll(async () => {
  await Promise.all([sigstore?.stop(), registry?.stop()]);
});

const keyless = (): Record<string, string> => ({
  'fulcio-url': sigstore.fulcioURL,
  'rekor-url': sigstore.rekorURL,
  'tsa-url': sigstore.tsaURL,
});

describe('slsa-provenance (bundle through the runner harness)', () => {
  it('attests files keylessly; the bundle verifies and the predicate is what GitHub builds for the same job', async () => {
    const result = await runStep({
      action: 'slsa-provenance',
      workspace,
      inputs: { 'subject-path': 'dist/*.tgz\ndist/*.zip\n!dist/*.txt', ...keyless() },
      env: sigstore.actionsTokenEnv(),
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs['subject-count']).toBe('2');
    expect(result.outputs['predicate-type']).toBe(SLSA_PROVENANCE_V1);
    expect(result.outputs['signer']).toBe('https://github.com/octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main');
    expect(result.outputs['log-index']).toMatch(/^\d+$/);
    expect(result.summary).toContain('SLSA provenance');

    const { bundle, statement } = await statementOf(result.outputs['bundle-path'] ?? '');
    const signer = await verifyBundle(bundle, { trustedRoot: sigstore.trustedRoot, timestamps: 1 });
    expect(signer).toBe(result.outputs['signer']);
    expect(statement._type).toBe('https://in-toto.io/Statement/v1');
    expect(statement.subject).toEqual([
      { name: 'app-1.0.0.tgz', digest: { sha256: sha256('pretend tarball one\n') } },
      { name: 'app-1.0.0.zip', digest: { sha256: sha256('pretend zip two\n') } },
    ]);

    // GitHub's own builder (@actions/attest) for a token with the same claims, in this process.
    const env = sigstore.actionsTokenEnv({ iss: sigstore.issuerURL, aud: 'nobody' });
    Object.assign(process.env, env, { GITHUB_SERVER_URL: 'https://github.com' });
    try {
      const github = await buildSLSAProvenancePredicate(sigstore.issuerURL);
      expect(statement.predicateType).toBe(github.type);
      expect(statement.predicate).toEqual(github.params);
    } finally {
      delete process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
      delete process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    }
  });

  it('names the reusable workflow as builder when the token says the job ran in one', async () => {
    const job = 'octo-org/slipway/.github/workflows/build.yml@refs/tags/v1';
    const result = await runStep({
      action: 'slsa-provenance',
      workspace,
      inputs: { 'subject-path': 'dist/*.tgz', ...keyless(), 'bundle-path': 'out/reusable.sigstore.json' },
      env: sigstore.actionsTokenEnv({ job_workflow_ref: job }),
    });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['bundle-path']).toBe(join(workspace, 'out/reusable.sigstore.json'));
    const { statement } = await statementOf(result.outputs['bundle-path'] ?? '');
    const predicate = statement.predicate as { runDetails: { builder: { id: string } }; buildDefinition: { externalParameters: unknown } };
    expect(predicate.runDetails.builder.id).toBe(`https://github.com/${job}`);
    expect(predicate.buildDefinition.externalParameters).toEqual({
      workflow: { ref: 'refs/heads/main', repository: 'https://github.com/octo-org/octo-repo', path: '.github/workflows/ci.yml' },
    });
  });

  it('attests an image with an encrypted key and attaches the provenance to it in the registry', async () => {
    const image = await pushTestImage(registry, 'octo/provenance-app', 'v1');
    const result = await runStep({
      action: 'slsa-provenance',
      workspace,
      inputs: {
        'subject-name': `${registry.host}/octo/provenance-app:v1`,
        'subject-digest': image.digest,
        'private-key': await readFile(join(fixtures, 'ec-p256-encrypted.key.pem'), 'utf8'),
        'private-key-passphrase': 'correct-horse',
        'push-to-registry': 'true',
      },
    });
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.masked).toContain('correct-horse');
    expect(result.annotations.some((a) => a.level === 'warning' && a.message.includes('No OIDC token'))).toBe(true);
    expect(result.outputs['log-index']).toBe('');
    const text = await readFile(result.outputs['bundle-path'] ?? '', 'utf8');
    const { bundle, statement } = await statementOf(result.outputs['bundle-path'] ?? '');
    await verifyBundle(bundle, { publicKeyPem: await readFile(join(fixtures, 'ec-p256-encrypted.pub.pem'), 'utf8') });
    expect(statement.subject).toEqual([{ name: `${registry.host}/octo/provenance-app`, digest: { sha256: image.digest.slice(7) } }]);
    // builder falls back to GITHUB_WORKFLOW_REF without a token
    expect((statement.predicate as { runDetails: { builder: { id: string } } }).runDetails.builder.id).toBe(
      'https://github.com/octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main',
    );

    const client = new OciClient({ registry: registry.host });
    const found = await fetchReferrerBundles(client, parseDigestReference(image.ref), SLSA_PROVENANCE_V1);
    expect(found).toHaveLength(1);
    expect(found[0]?.manifest.digest).toBe(result.outputs['referrer-digest']);
    expect(found[0]?.text).toBe(text);
  });

  it('takes subjects from a sha256sum file and signs with an Ed25519 key', async () => {
    await writeFile(join(workspace, 'SHA256SUMS'), `${sha256('a')}  a.bin\n${sha256('b')} *b.bin\n`);
    const result = await runStep({
      action: 'slsa-provenance',
      workspace,
      inputs: { 'subject-checksums': 'SHA256SUMS', 'private-key': await readFile(join(fixtures, 'ed25519.key.pem'), 'utf8') },
    });
    expect(result.exitCode).toBe(0);
    const { bundle, statement } = await statementOf(result.outputs['bundle-path'] ?? '');
    await verifyBundle(bundle, { publicKeyPem: await readFile(join(fixtures, 'ed25519.pub.pem'), 'utf8') });
    expect(statement.subject.map((s) => s.name)).toEqual(['a.bin', 'b.bin']);
  });

  describe('bad input fails with the cause and reports nothing as signed', () => {
    it.each<[string, Record<string, string>, { key?: string }, string]>([
      ['no subject matched', { 'subject-path': 'build/*.jar', ...{} }, {}, "No subject files matched 'build/*.jar'"],
      ['an image without a digest', { 'subject-name': 'ghcr.io/octo/app:v1' }, {}, "'subject-name' and 'subject-digest' go together"],
      ['keyless without id-token: write', { 'subject-path': 'dist/*.tgz' }, {}, 'id-token: write'],
      [
        'a wrong passphrase',
        { 'subject-path': 'dist/*.tgz', 'private-key-passphrase': 'wrong' },
        { key: 'ec-p256-encrypted.key.pem' },
        'The passphrase does not decrypt the private key',
      ],
      ['an RSA key', { 'subject-path': 'dist/*.tgz' }, { key: 'rsa-2048.key.pem' }, 'only ECDSA P-256/P-384 and Ed25519'],
    ])('%s', async (_name, inputs, opts, message) => {
      const extra: Record<string, string> = opts.key ? { 'private-key': await readFile(join(fixtures, opts.key), 'utf8') } : {};
      const result = await runStep({ action: 'slsa-provenance', workspace, inputs: { ...inputs, ...extra, 'bundle-path': 'bad/x.json' } });
      expect(result.exitCode).toBe(1);
      expect(result.annotations.find((a) => a.level === 'error')?.message).toContain(message);
      expect(result.outputs).toEqual({});
      expect(existsSync(join(workspace, 'bad/x.json'))).toBe(false);
    });

    it('an OIDC token request that fails', async () => {
      const env = sigstore.actionsTokenEnv();
      const result = await runStep({
        action: 'slsa-provenance',
        workspace,
        inputs: { 'subject-path': 'dist/*.tgz', ...keyless() },
        env: { ...env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'revoked' },
      });
      expect(result.exitCode).toBe(1);
      expect(result.annotations.find((a) => a.level === 'error')?.message).toContain('The OIDC token request answered 401');
      expect(result.outputs).toEqual({});
    });

    it('a registry that refuses the push', async () => {
      const image = await pushTestImage(registry, 'octo/refused', 'v1');
      const result = await runStep({
        action: 'slsa-provenance',
        workspace,
        inputs: {
          'subject-name': `${registry.host}/octo/other-repo`,
          'subject-digest': image.digest,
          'private-key': await readFile(join(fixtures, 'ec-p256.key.pem'), 'utf8'),
          'push-to-registry': 'true',
          'bundle-path': 'refused.json',
        },
      });
      expect(result.exitCode).toBe(1);
      expect(result.annotations.find((a) => a.level === 'error')?.message).toContain('is not in the registry');
      expect(result.outputs).toEqual({});
      expect(existsSync(join(workspace, 'refused.json'))).toBe(false);
    });
  });
});

describe('slsa-provenance outcome records (through the local results service)', () => {
  let service: CacheService;
  beforeAll(async () => {
    service = await startCacheService();
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('uploads one provenance signature record per subject, in the format ci-metrics reads', async () => {
    const result = await runStep({
      action: 'slsa-provenance',
      workspace,
      inputs: { 'subject-path': 'dist/*.tgz\ndist/*.zip', ...keyless() },
      env: { ...sigstore.actionsTokenEnv(), ...service.env },
    });
    expect(result.exitCode).toBe(0);
    expect(result.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    const [artifact, ...more] = await recordArtifacts(service, 'slsa-provenance');
    expect(more).toEqual([]);
    expect(artifact?.name).toMatch(/^slipway-record-slsa-provenance-build-[0-9a-f]{8}$/);
    expect(artifact?.records).toEqual([
      {
        type: 'signature',
        kind: 'provenance',
        subject: 'app-1.0.0.tgz',
        digest: `sha256:${sha256('pretend tarball one\n')}`,
        signed: true,
        run: expect.objectContaining({ repository: 'octo-org/octo-repo', job: 'build' }),
      },
      {
        type: 'signature',
        kind: 'provenance',
        subject: 'app-1.0.0.zip',
        digest: `sha256:${sha256('pretend zip two\n')}`,
        signed: true,
        run: expect.objectContaining({ repository: 'octo-org/octo-repo', job: 'build' }),
      },
    ]);
    expect(artifact?.problems).toEqual([]);
    expect(artifact?.counted).toEqual([
      { type: 'signature', subject: 'app-1.0.0.tgz', signed: true },
      { type: 'signature', subject: 'app-1.0.0.zip', signed: true },
    ]);
  });
});
