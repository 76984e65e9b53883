import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ANNOTATION,
  COSIGN_SIGN_PREDICATE,
  fetchClassicSignatures,
  fetchReferrerBundles,
  OciClient,
  parseDigestReference,
  referrersFallbackTag,
  SLSA_PROVENANCE_V1,
} from '@slipway/supply-chain';
import { signatureFigures } from '@slipway/metrics';
import { repoRoot, runStep } from '../harness/index.js';
import { startCacheService, type CacheService } from '../services/cache-service.js';
import { recordArtifacts, runWithRecords } from '../services/record-artifacts.js';
import { pushTestImage, startRegistry, type Registry } from '../services/registry.js';
import { startSigstoreMock, verifyBundle, type SigstoreMock } from '../services/sigstore-mock.js';

const fixtures = join(repoRoot, 'test/fixtures/supply-chain');
const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

let sigstore: SigstoreMock;
let registry: Registry;
let locked: Registry;
let workspace: string;

beforeAll(async () => {
  [sigstore, registry, locked] = await Promise.all([
    startSigstoreMock(),
    startRegistry(),
    startRegistry({ auth: { username: 'ci-bot', password: 's3cret-token' } }),
  ]);
  workspace = await mkdtemp(join(tmpdir(), 'cosign-ws-'));
  await mkdir(join(workspace, 'dist'));
  await writeFile(join(workspace, 'dist', 'tool-linux-amd64'), 'binary one\n');
  await writeFile(join(workspace, 'dist', 'tool-darwin-arm64'), 'binary two\n');
});

afterAll(async () => {
  await Promise.all([sigstore?.stop(), registry?.stop(), locked?.stop()]);
});

const keyless = (): Record<string, string> => ({ 'fulcio-url': sigstore.fulcioURL, 'rekor-url': sigstore.rekorURL });
const errorOf = (r: { annotations: { level: string; message: string }[] }): string =>
  r.annotations.find((a) => a.level === 'error')?.message ?? '';

describe('cosign-sign (bundle through the runner harness)', () => {
  it('signs each file keylessly into <file>.sigstore.json, each verifying against the mock trusted root', async () => {
    const result = await runStep({
      action: 'cosign-sign',
      workspace,
      inputs: { files: 'dist/tool-*', ...keyless() },
      env: sigstore.actionsTokenEnv(),
    });
    expect(errorOf(result)).toBe('');
    expect(result.exitCode).toBe(0);
    const bundles = JSON.parse(result.outputs['bundles'] ?? '[]') as string[];
    expect(bundles).toEqual([
      join(workspace, 'dist/tool-darwin-arm64.sigstore.json'),
      join(workspace, 'dist/tool-linux-amd64.sigstore.json'),
    ]);
    for (const path of bundles) {
      const artifact = await readFile(path.replace(/\.sigstore\.json$/, ''));
      const bundle: unknown = JSON.parse(await readFile(path, 'utf8'));
      expect(await verifyBundle(bundle, { trustedRoot: sigstore.trustedRoot, artifact })).toBe(result.outputs['signer']);
      await expect(verifyBundle(bundle, { trustedRoot: sigstore.trustedRoot, artifact: Buffer.from('tampered') })).rejects.toThrow();
    }
    expect(result.outputs['count']).toBe('2');

    // A second run over the same folder signs the tools again, not last run's bundles.
    const again = await runStep({
      action: 'cosign-sign',
      workspace,
      inputs: { files: 'dist/*', ...keyless() },
      env: sigstore.actionsTokenEnv(),
    });
    expect(again.outputs['count']).toBe('2');
  });

  it('signs one checksums file with a key, logged in Rekor on request', async () => {
    const result = await runStep({
      action: 'cosign-sign',
      workspace,
      inputs: {
        files: 'dist/tool-*\n!dist/*.sigstore.json',
        'checksums-file': 'dist/SHA256SUMS',
        'private-key': await readFile(join(fixtures, 'ec-p256.key.pem'), 'utf8'),
        'tlog-upload': 'true',
        'rekor-url': sigstore.rekorURL,
      },
    });
    expect(result.exitCode).toBe(0);
    const sums = await readFile(join(workspace, 'dist/SHA256SUMS'), 'utf8');
    expect(sums).toBe(`${sha256('binary two\n')}  dist/tool-darwin-arm64\n${sha256('binary one\n')}  dist/tool-linux-amd64\n`);
    const bundle: unknown = JSON.parse(await readFile(join(workspace, 'dist/SHA256SUMS.sigstore.json'), 'utf8'));
    await verifyBundle(bundle, {
      trustedRoot: sigstore.trustedRoot,
      publicKeyPem: await readFile(join(fixtures, 'ec-p256.pub.pem'), 'utf8'),
      artifact: Buffer.from(sums),
      tlog: 1,
    });
    expect(result.outputs['signer']).toMatch(/^key:/);
  });

  it('signs an image keylessly in cosign v3 and classic layouts and attaches a provenance attestation', async () => {
    const image = await pushTestImage(registry, 'octo/signed-app', 'v2');
    const provenance = await runStep({
      action: 'slsa-provenance',
      workspace,
      inputs: {
        'subject-name': `${registry.host}/octo/signed-app`,
        'subject-digest': image.digest,
        'bundle-path': 'prov.json',
        ...keyless(),
      },
      env: sigstore.actionsTokenEnv(),
    });
    expect(provenance.exitCode).toBe(0);
    const result = await runStep({
      action: 'cosign-sign',
      workspace,
      inputs: { images: image.ref, 'classic-signature': 'true', attestations: 'prov.json', ...keyless() },
      env: sigstore.actionsTokenEnv(),
    });
    expect(errorOf(result)).toBe('');
    const [signed] = JSON.parse(result.outputs['images'] ?? '[]') as {
      image: string;
      referrer: string;
      classicTag: string;
      attestations: string[];
    }[];
    expect(signed?.image).toBe(image.ref);
    expect(signed?.classicTag).toBe(`${image.digest.replace(':', '-')}.sig`);

    // Read everything back through the registry's HTTP API.
    const client = new OciClient({ registry: registry.host });
    const ref = parseDigestReference(image.ref);
    const referrers = await client.referrers(ref.repository, ref.digest);
    expect(referrers.via).toBe('tag-schema'); // distribution 2.8 has no referrers API
    expect(referrers.manifests.map((m) => m.digest).sort()).toEqual([signed?.referrer, ...(signed?.attestations ?? [])].sort());
    expect(await client.headManifest(ref.repository, referrersFallbackTag(ref.digest))).toBeDefined();

    const [sig] = await fetchReferrerBundles(client, ref, COSIGN_SIGN_PREDICATE);
    const sigBundle = JSON.parse(sig?.text ?? '{}') as { dsseEnvelope: { payload: string } };
    expect(await verifyBundle(sigBundle, { trustedRoot: sigstore.trustedRoot })).toBe(result.outputs['signer']);
    const statement = JSON.parse(Buffer.from(sigBundle.dsseEnvelope.payload, 'base64').toString('utf8')) as {
      subject: { digest: { sha256: string } }[];
      predicateType: string;
    };
    expect(statement.predicateType).toBe(COSIGN_SIGN_PREDICATE);
    expect(statement.subject[0]?.digest.sha256).toBe(image.digest.slice(7));

    const [att] = await fetchReferrerBundles(client, ref, SLSA_PROVENANCE_V1);
    expect(att?.text).toBe(await readFile(join(workspace, 'prov.json'), 'utf8'));

    const [classic] = await fetchClassicSignatures(client, ref);
    const payload = JSON.parse(classic?.payload.toString('utf8') ?? '{}') as { critical: Record<string, Record<string, string> | string> };
    expect(payload.critical).toEqual({
      identity: { 'docker-reference': `${registry.host}/octo/signed-app` },
      image: { 'docker-manifest-digest': image.digest },
      type: 'cosign container image signature',
    });
    const notes = classic?.annotations ?? {};
    const cert = createPublicKey(notes[ANNOTATION.certificate] ?? '');
    expect(verify('sha256', classic?.payload ?? Buffer.alloc(0), cert, Buffer.from(notes[ANNOTATION.signature] ?? '', 'base64'))).toBe(
      true,
    );
    const rekor = JSON.parse(notes[ANNOTATION.bundle] ?? '{}') as { Payload: { logID: string; logIndex: number } };
    const tlogKey = (sigstore.trustedRoot as { tlogs: { logId: { keyId: string } }[] }).tlogs[0]?.logId.keyId ?? '';
    expect(rekor.Payload.logID).toBe(Buffer.from(tlogKey, 'base64').toString('hex'));
    expect(Number.isInteger(rekor.Payload.logIndex)).toBe(true);
  });

  it('pushes to a registry behind bearer auth with credentials from the docker config', async () => {
    const image = await pushTestImage(locked, 'octo/private-app', 'v1');
    const home = await mkdtemp(join(tmpdir(), 'cosign-home-'));
    await mkdir(join(home, '.docker'));
    const auth = Buffer.from('ci-bot:s3cret-token').toString('base64');
    await writeFile(join(home, '.docker', 'config.json'), JSON.stringify({ auths: { [locked.host]: { auth } } }));
    const result = await runStep({
      action: 'cosign-sign',
      workspace,
      inputs: { images: image.ref, 'private-key': await readFile(join(fixtures, 'ed25519.key.pem'), 'utf8') },
      env: { HOME: home },
    });
    expect(errorOf(result)).toBe('');
    const client = new OciClient({ registry: locked.host });
    const [sig] = await fetchReferrerBundles(client, parseDigestReference(image.ref), COSIGN_SIGN_PREDICATE);
    await verifyBundle(JSON.parse(sig?.text ?? '{}'), { publicKeyPem: await readFile(join(fixtures, 'ed25519.pub.pem'), 'utf8') });
  });

  describe('bad input fails with the cause and reports nothing as signed', () => {
    it('refuses an image named by tag, with the fix', async () => {
      const result = await runStep({ action: 'cosign-sign', workspace, inputs: { images: `${registry.host}/octo/app:v1`, ...keyless() } });
      expect(result.exitCode).toBe(1);
      expect(errorOf(result)).toContain('has no digest');
      expect(errorOf(result)).toContain('crane digest');
      expect(result.outputs).toEqual({});
    });

    it('a registry that refuses the push', async () => {
      const image = await pushTestImage(locked, 'octo/no-creds', 'v1');
      const result = await runStep({
        action: 'cosign-sign',
        workspace,
        inputs: { images: image.ref, 'private-key': await readFile(join(fixtures, 'ec-p256.key.pem'), 'utf8') },
      });
      expect(result.exitCode).toBe(1);
      expect(errorOf(result)).toContain(`needs credentials to push to octo/no-creds`);
      expect(result.outputs).toEqual({});
      const wrong = await runStep({
        action: 'cosign-sign',
        workspace,
        inputs: {
          images: image.ref,
          'private-key': await readFile(join(fixtures, 'ec-p256.key.pem'), 'utf8'),
          'registry-username': 'ci-bot',
          'registry-password': 'wrong',
        },
      });
      expect(wrong.exitCode).toBe(1);
      expect(errorOf(wrong)).toContain('token service');
    });

    it('an unreadable key and a missing passphrase', async () => {
      const garbage = await runStep({ action: 'cosign-sign', workspace, inputs: { files: 'dist/tool-*', 'private-key': 'not a key' } });
      expect(errorOf(garbage)).toContain('is not a PEM private key');
      const locked = await runStep({
        action: 'cosign-sign',
        workspace,
        inputs: { files: 'dist/tool-*', 'private-key': await readFile(join(fixtures, 'ec-p256-encrypted.key.pem'), 'utf8') },
      });
      expect(errorOf(locked)).toContain('is encrypted and no passphrase was given');
      expect(locked.outputs).toEqual({});
    });

    it('keyless without id-token: write, before any file is signed', async () => {
      await writeFile(join(workspace, 'dist', 'fresh.bin'), 'fresh\n');
      const result = await runStep({ action: 'cosign-sign', workspace, inputs: { files: 'dist/fresh.bin', ...keyless() } });
      expect(result.exitCode).toBe(1);
      expect(errorOf(result)).toContain('permissions: id-token: write');
      expect(existsSync(join(workspace, 'dist', 'fresh.bin.sigstore.json'))).toBe(false);
    });
  });
});

describe('cosign-sign outcome records (through the local results service)', () => {
  let service: CacheService;
  beforeAll(async () => {
    service = await startCacheService();
  });
  afterAll(async () => {
    await service?.stop();
  });

  it('uploads one signature record per signed file as a slipway-record artifact, which ci-metrics counts as a signed build', async () => {
    const none = await runStep({
      action: 'cosign-sign',
      workspace,
      inputs: { files: 'dist/tool-*', record: 'none', ...keyless() },
      env: { ...sigstore.actionsTokenEnv(), ...service.env },
    });
    expect(none.exitCode).toBe(0);
    expect(await service.artifacts()).toEqual([]);

    const result = await runStep({
      action: 'cosign-sign',
      workspace,
      inputs: { files: 'dist/tool-*', ...keyless() },
      env: { ...sigstore.actionsTokenEnv(), ...service.env },
    });
    expect(result.exitCode).toBe(0);
    expect(result.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    const [artifact, ...more] = await recordArtifacts(service, 'cosign-sign');
    expect(more).toEqual([]);
    expect(artifact?.name).toMatch(/^slipway-record-cosign-sign-build-[0-9a-f]{8}$/);
    expect(artifact?.records).toEqual(
      ['dist/tool-darwin-arm64', 'dist/tool-linux-amd64'].map((subject) => ({
        type: 'signature',
        kind: 'signature',
        subject,
        signed: true,
        run: expect.objectContaining({ repository: 'octo-org/octo-repo', job: 'build', ref: 'refs/heads/main' }),
      })),
    );
    expect(artifact?.problems).toEqual([]);
    const run = runWithRecords(artifact?.counted ?? []);
    expect(signatureFigures([run], [], [run], 'main')).toMatchObject({ builds: 1, signedBuilds: 1, coverage: 1 });
  });
});
