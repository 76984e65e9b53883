import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COSIGN_SIGN_PREDICATE, fetchReferrerBundles, OciClient, parseDigestReference } from '@slipway/supply-chain';
import { pushTestImage, startRegistry, type Registry } from '../../../test/services/registry.js';
import { startSigstoreMock, verifyBundle, type SigstoreMock } from '../../../test/services/sigstore-mock.js';
import { EXIT, main } from '../src/index.js';
import { captureIO } from './cli-io.js';

const fixtures = join(process.cwd(), 'test', 'fixtures', 'supply-chain');
const key = join(fixtures, 'ec-p256.key.pem');

let sigstore: SigstoreMock;
let registry: Registry;
let cwd: string;

beforeAll(async () => {
  [sigstore, registry] = await Promise.all([startSigstoreMock(), startRegistry()]);
  cwd = await mkdtemp(join(tmpdir(), 'cli-sc-'));
  await mkdir(join(cwd, 'dist'));
  await writeFile(join(cwd, 'dist', 'lib-2.0.0.tgz'), 'library bytes\n');
});

afterAll(async () => {
  await Promise.all([sigstore?.stop(), registry?.stop()]);
});

const context = [
  '--repository',
  'acme/lib',
  '--repository-id',
  '11',
  '--repository-owner-id',
  '22',
  '--sha',
  'a'.repeat(40),
  '--ref',
  'refs/tags/v2.0.0',
];
const more = [
  '--event-name',
  'push',
  '--workflow-ref',
  'acme/lib/.github/workflows/release.yml@refs/tags/v2.0.0',
  '--run-id',
  '7',
  '--run-attempt',
  '2',
];

describe('slipway provenance', () => {
  it('writes a key-signed SLSA v1 bundle whose predicate carries the flags', async () => {
    const io = captureIO(cwd, {});
    const code = await main(
      ['provenance', '--subject-path', 'dist/*.tgz', '--out', 'out/prov.json', '--key', key, ...context, ...more, '--json'],
      io,
    );
    expect(io.err()).toBe('');
    expect(code).toBe(EXIT.ok);
    const result = JSON.parse(io.out()) as { bundle: string; builder: string; subjects: unknown[] };
    expect(result.builder).toBe('https://github.com/acme/lib/.github/workflows/release.yml@refs/tags/v2.0.0');
    expect(result.subjects).toEqual([
      { name: 'lib-2.0.0.tgz', digest: { sha256: createHash('sha256').update('library bytes\n').digest('hex') } },
    ]);
    const bundle = JSON.parse(await readFile(join(cwd, 'out/prov.json'), 'utf8')) as { dsseEnvelope: { payload: string } };
    await verifyBundle(bundle, { publicKeyPem: await readFile(join(fixtures, 'ec-p256.pub.pem'), 'utf8') });
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as {
      predicate: { runDetails: { metadata: { invocationId: string } } };
    };
    expect(statement.predicate.runDetails.metadata.invocationId).toBe('https://github.com/acme/lib/actions/runs/7/attempts/2');
  });

  it('signs keylessly with $SIGSTORE_ID_TOKEN against a private Sigstore', async () => {
    const io = captureIO(cwd, { SIGSTORE_ID_TOKEN: await sigstore.oidcToken() });
    const urls = ['--fulcio-url', sigstore.fulcioURL, '--rekor-url', sigstore.rekorURL, '--tsa-url', sigstore.tsaURL];
    expect(await main(['provenance', '--subject-path', 'dist/*', '--out', 'k.json', ...urls, ...context, ...more], io)).toBe(EXIT.ok);
    const bundle: unknown = JSON.parse(await readFile(join(cwd, 'k.json'), 'utf8'));
    expect(await verifyBundle(bundle, { trustedRoot: sigstore.trustedRoot, timestamps: 1 })).toBe(
      'https://github.com/octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main',
    );
  });

  it('exits 2 naming the cause: no subject matched, a missing context field, no --out', async () => {
    const none = captureIO(cwd, {});
    expect(await main(['provenance', '--subject-path', 'build/*.jar', '--out', 'x.json', '--key', key, ...context, ...more], none)).toBe(
      EXIT.usage,
    );
    expect(none.err()).toContain("No subject files matched 'build/*.jar'");
    const partial = captureIO(cwd, {});
    expect(await main(['provenance', '--subject-path', 'dist/*', '--out', 'x.json', '--key', key, ...context], partial)).toBe(EXIT.usage);
    expect(partial.err()).toContain(
      'lacks --event-name ($GITHUB_EVENT_NAME), --workflow-ref ($GITHUB_WORKFLOW_REF), --builder (or --workflow-ref), --run-id',
    );
    const noOut = captureIO(cwd, {});
    expect(await main(['provenance', '--subject-path', 'dist/*'], noOut)).toBe(EXIT.usage);
    expect(noOut.err()).toContain('--out is required');
  });
});

describe('slipway sign', () => {
  it('signs a file into the named bundle', async () => {
    const io = captureIO(cwd, {});
    expect(await main(['sign', '--file', 'dist/lib-2.0.0.tgz', '--key', key, '--bundle', 'sig/lib.sigstore.json', '--json'], io)).toBe(
      EXIT.ok,
    );
    const bundle: unknown = JSON.parse(await readFile(join(cwd, 'sig/lib.sigstore.json'), 'utf8'));
    await verifyBundle(bundle, {
      publicKeyPem: await readFile(join(fixtures, 'ec-p256.pub.pem'), 'utf8'),
      artifact: await readFile(join(cwd, 'dist/lib-2.0.0.tgz')),
    });
  });

  it('signs an image by digest in its registry, and refuses a tag with the fix', async () => {
    const image = await pushTestImage(registry, 'acme/cli-app', 'v2');
    const io = captureIO(cwd, {});
    expect(await main(['sign', '--image', image.ref, '--key', key, '--classic', '--json'], io)).toBe(EXIT.ok);
    const result = JSON.parse(io.out()) as { referrer: string; classicTag: string };
    expect(result.classicTag).toBe(`${image.digest.replace(':', '-')}.sig`);
    const [found] = await fetchReferrerBundles(
      new OciClient({ registry: registry.host }),
      parseDigestReference(image.ref),
      COSIGN_SIGN_PREDICATE,
    );
    expect(found?.manifest.digest).toBe(result.referrer);

    const tag = captureIO(cwd, {});
    expect(await main(['sign', '--image', `${registry.host}/acme/cli-app:v2`, '--key', key], tag)).toBe(EXIT.usage);
    expect(tag.err()).toContain('has no digest');
    const both = captureIO(cwd, {});
    expect(await main(['sign', '--file', 'a', '--image', image.ref], both)).toBe(EXIT.usage);
    expect(both.err()).toContain('exactly one of --file');
  });

  it('exits 2 for a wrong passphrase, naming the key file', async () => {
    const io = captureIO(cwd, { SLIPWAY_KEY_PASSPHRASE: 'nope' });
    const encrypted = join(fixtures, 'ec-p256-encrypted.key.pem');
    expect(await main(['sign', '--file', 'dist/lib-2.0.0.tgz', '--key', encrypted], io)).toBe(EXIT.usage);
    expect(io.err()).toContain(`The passphrase does not decrypt the private key ${encrypted}`);
  });
});

describe('an explicitly given --key is always used, or the command fails naming it', () => {
  // With an OIDC token present and Fulcio reachable, a silent fall back to keyless would succeed:
  // these must fail instead, and write nothing.
  async function keylessReady(): Promise<Record<string, string>> {
    return { SIGSTORE_ID_TOKEN: await sigstore.oidcToken() };
  }
  const urls = (): string[] => ['--fulcio-url', sigstore.fulcioURL, '--rekor-url', sigstore.rekorURL];

  it.each([
    ['an empty file', async (dir: string) => (await writeFile(join(dir, 'empty.pem'), ''), join(dir, 'empty.pem')), 'is empty'],
    ['a file of blank lines', async (dir: string) => (await writeFile(join(dir, 'blank.pem'), '\n\n'), join(dir, 'blank.pem')), 'is empty'],
    ['a missing file', (dir: string) => Promise.resolve(join(dir, 'missing.pem')), 'it does not exist'],
    ['a folder', async (dir: string) => (await mkdir(join(dir, 'keys.d')), join(dir, 'keys.d')), 'it is a directory'],
    ['a public key', (dir: string) => Promise.resolve(join(fixtures, 'ec-p256.pub.pem') || dir), 'is not a PEM private key'],
  ])('sign --file with %s', async (_, make, message) => {
    const dir = await mkdtemp(join(tmpdir(), 'cli-key-'));
    await writeFile(join(dir, 'a.txt'), 'artifact\n');
    const keyPath = await make(dir);
    const io = captureIO(dir, await keylessReady());
    expect(await main(['sign', '--file', 'a.txt', '--key', keyPath, ...urls()], io)).toBe(EXIT.usage);
    expect(io.err()).toContain(keyPath);
    expect(io.err()).toContain(message);
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(dir)).filter((f) => f.endsWith('.sigstore.json'))).toEqual([]);
  });

  it('provenance with an empty --key', async () => {
    const empty = join(cwd, 'empty.key.pem');
    await writeFile(empty, '');
    const io = captureIO(cwd, await keylessReady());
    expect(
      await main(['provenance', '--subject-path', 'dist/*', '--out', 'never.json', '--key', empty, ...urls(), ...context, ...more], io),
    ).toBe(EXIT.usage);
    expect(io.err()).toContain(`The private key ${empty} is empty`);
    await expect(readFile(join(cwd, 'never.json'))).rejects.toThrow();
  });
});

describe('slipway provenance refuses malformed build context with usage errors', () => {
  const replace = (args: string[], flag: string, value: string): string[] => {
    const i = args.indexOf(flag);
    return i < 0 ? [...args, flag, value] : [...args.slice(0, i + 1), value, ...args.slice(i + 2)];
  };
  it.each([
    ['--sha', 'nope', "--sha ($GITHUB_SHA) 'nope'", 'a full commit id'],
    ['--sha', 'a'.repeat(39), '--sha ($GITHUB_SHA)', 'a full commit id'],
    ['--run-attempt', 'abc', "--run-attempt ($GITHUB_RUN_ATTEMPT) 'abc'", 'an attempt number'],
    ['--run-attempt', '0', '--run-attempt', 'an attempt number'],
    ['--run-id', '7e3', '--run-id', 'a run number'],
    ['--ref', 'main', "--ref ($GITHUB_REF) 'main'", 'a full ref'],
    ['--repository', 'acme', '--repository', 'OWNER/REPO'],
    ['--workflow-ref', 'release.yml', '--workflow-ref', 'OWNER/REPO/PATH@REF'],
    ['--runner-environment', 'laptop', '--runner-environment', 'github-hosted or self-hosted'],
  ])('%s %s', async (flag, value, named, expected) => {
    const io = captureIO(cwd, {});
    const args = replace([...context, ...more], flag, value);
    expect(await main(['provenance', '--subject-path', 'dist/*', '--out', 'bad.json', '--key', key, ...args, '--json'], io)).toBe(
      EXIT.usage,
    );
    expect(io.err()).toContain(named);
    expect(io.err()).toContain(expected);
    await expect(readFile(join(cwd, 'bad.json'))).rejects.toThrow();
  });

  it.each([
    ['--fulcio-url', 'fulcio.example'],
    ['--tsa-url', 'ftp://tsa.example'],
    ['--server-url', 'github'],
  ])('%s %s', async (flag, value) => {
    const io = captureIO(cwd, {});
    expect(
      await main(['provenance', '--subject-path', 'dist/*', '--out', 'bad.json', '--key', key, ...context, ...more, flag, value], io),
    ).toBe(EXIT.usage);
    expect(io.err()).toContain(flag);
  });
});
