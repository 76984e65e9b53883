import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  bundleStatement,
  credentialsFor,
  dockerConfigDir,
  imageSubject,
  parseBundle,
  parseChallenge,
  parseChecksums,
  parseDigestReference,
  parseDockerConfig,
  parseImageReference,
  referrersFallbackTag,
  signatureTag,
  simpleSigningPayload,
} from '../src/index.js';

const fixtures = join(process.cwd(), 'test', 'fixtures', 'supply-chain');
const digest = `sha256:${'ab'.repeat(32)}`;

describe('image references', () => {
  it.each([
    ['ubuntu', { registry: 'docker.io', repository: 'library/ubuntu', tag: undefined, digest: undefined }],
    ['ghcr.io/org/app:v1', { registry: 'ghcr.io', repository: 'org/app', tag: 'v1', digest: undefined }],
    [`127.0.0.1:5000/a/b@${digest}`, { registry: '127.0.0.1:5000', repository: 'a/b', tag: undefined, digest }],
    [`localhost/app:1.2@${digest}`, { registry: 'localhost', repository: 'app', tag: '1.2', digest }],
    ['org/app', { registry: 'docker.io', repository: 'org/app', tag: undefined, digest: undefined }],
  ])('%s', (ref, expected) => expect(parseImageReference(ref)).toEqual(expected));

  it.each([
    ['ghcr.io/Org/App', 'invalid repository name'],
    ['ghcr.io/org/app@sha256:abc', 'not sha256:<64 hex digits>'],
    ['ghcr.io/org/app:-bad', 'invalid tag'],
  ])('refuses %s', (ref, message) => expect(() => parseImageReference(ref)).toThrow(message));

  it('refuses a tag where a digest is needed, and says how to get one', () => {
    expect(() => parseDigestReference('ghcr.io/org/app:v1')).toThrow(/has no digest/);
    try {
      parseDigestReference('ghcr.io/org/app:v1');
    } catch (error) {
      expect((error as { hint?: string }).hint).toContain('crane digest ghcr.io/org/app:v1');
    }
  });
});

describe('subjects', () => {
  it('reads sha256sum text and names the bad line', () => {
    const text = `${'a'.repeat(64)}  dist/x.tgz\n\n${'B'.repeat(64)} *y.zip\n`;
    expect(parseChecksums(text, 'SUMS')).toEqual([
      { name: 'dist/x.tgz', digest: { sha256: 'a'.repeat(64) } },
      { name: 'y.zip', digest: { sha256: 'b'.repeat(64) } },
    ]);
    expect(() => parseChecksums(`${'a'.repeat(64)}  x\nmd5 deadbeef  y\n`, 'SUMS')).toThrow('SUMS line 2 is not a sha256sum line');
    expect(() => parseChecksums('\n# nothing\n', 'SUMS')).toThrow('SUMS lists no checksums');
  });

  it('names an image without tag or digest and refuses a non-sha256 digest', () => {
    expect(imageSubject('ghcr.io/org/app:v1', digest)).toEqual({ name: 'ghcr.io/org/app', digest: { sha256: 'ab'.repeat(32) } });
    expect(imageSubject('127.0.0.1:5000/app', digest).name).toBe('127.0.0.1:5000/app');
    expect(() => imageSubject('app', 'sha512:abcd')).toThrow('is not a sha256 digest');
  });
});

describe("cosign's registry formats", () => {
  it('writes the simple-signing payload byte for byte as cosign does', () => {
    expect(simpleSigningPayload('ghcr.io/org/app', digest).toString()).toBe(
      `{"critical":{"identity":{"docker-reference":"ghcr.io/org/app"},"image":{"docker-manifest-digest":"${digest}"},"type":"cosign container image signature"},"optional":null}`,
    );
  });

  it('names the classic and fallback tags', () => {
    expect(signatureTag(digest)).toBe(`sha256-${'ab'.repeat(32)}.sig`);
    expect(referrersFallbackTag(digest)).toBe(`sha256-${'ab'.repeat(32)}`);
  });

  it('reads a public-good bundle and refuses its in-toto v0.1 statement by name', () => {
    const source = join(fixtures, 'bundleV03-dsse.sigstore');
    const bundle = parseBundle(readFileSync(source, 'utf8'), source);
    expect(bundle.content.$case).toBe('dsseEnvelope');
    expect(() => bundleStatement(bundle, source)).toThrow(/_type: expected one of https:\/\/in-toto.io\/Statement\/v1/);
    expect(() => parseBundle('{"mediaType": "nope"}', 'x.json')).toThrow('x.json: mediaType "nope" is not a Sigstore bundle version');
  });
});

describe('registry auth', () => {
  it('parses bearer challenges with quoted commas', () => {
    expect(parseChallenge('Bearer realm="https://auth.example/token",service="registry",scope="repository:a/b:pull,push"')).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://auth.example/token', service: 'registry', scope: 'repository:a/b:pull,push' },
    });
    expect(parseChallenge('Basic realm="Registry Realm"')?.scheme).toBe('basic');
  });

  it('finds credentials in a docker config under any key spelling', () => {
    const config = parseDockerConfig(
      JSON.stringify({
        auths: {
          'https://index.docker.io/v1/': { auth: Buffer.from('hub:pw:with:colons').toString('base64') },
          'ghcr.io': { username: 'u', password: 'p' },
          'https://quay.io': { identitytoken: 'tok' },
        },
        credHelpers: { 'gcr.io': 'gcloud' },
      }),
      'config.json',
    );
    expect(credentialsFor(config, 'docker.io')).toEqual({ username: 'hub', password: 'pw:with:colons' });
    expect(credentialsFor(config, 'ghcr.io')).toEqual({ username: 'u', password: 'p' });
    expect(credentialsFor(config, 'quay.io')).toEqual({ identityToken: 'tok' });
    expect(credentialsFor(config, 'gcr.io')).toBeUndefined();
    expect(() => parseDockerConfig('{"auths": []}', 'config.json')).toThrow('config.json: auths: expected an object');
  });

  it('looks for the docker config in $DOCKER_CONFIG, else ~/.docker', () => {
    expect(dockerConfigDir({ DOCKER_CONFIG: '/cfg', HOME: '/home/u' })).toBe('/cfg');
    expect(dockerConfigDir({ HOME: '/home/u' })).toBe(join('/home/u', '.docker'));
    expect(dockerConfigDir({})).toBeUndefined();
  });
});
