import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { bundleReferrerManifest, EMPTY_CONFIG, MEDIA, OciClient, sha256Digest } from '../src/index.js';
import { pushTestImage, startRegistry, type Registry } from '../../../test/services/registry.js';

let registry: Registry;
let locked: Registry;

beforeAll(async () => {
  [registry, locked] = await Promise.all([startRegistry(), startRegistry({ auth: { username: 'u', password: 'p' } })]);
});

afterAll(async () => {
  await Promise.all([registry?.stop(), locked?.stop()]);
});

describe('OciClient against docker-registry', () => {
  it('uploads monolithically and in chunks, and reads blobs back by digest', async () => {
    const client = new OciClient({ registry: registry.host, chunkSize: 64 * 1024 });
    const small = randomBytes(1000);
    const large = randomBytes(200 * 1024 + 17); // four PATCH chunks, the last one short
    for (const data of [small, large]) {
      const pushed = await client.pushBlob('blobs/test', data, 'application/octet-stream');
      expect(pushed).toEqual({ mediaType: 'application/octet-stream', digest: sha256Digest(data), size: data.length });
      expect((await client.getBlob('blobs/test', pushed.digest)).equals(data)).toBe(true);
    }
    expect(await client.hasBlob('blobs/test', sha256Digest(Buffer.from('never pushed')))).toBe(false);
    // pushing again is a no-op (HEAD finds it)
    expect((await client.pushBlob('blobs/test', small, 'application/octet-stream')).digest).toBe(sha256Digest(small));
  });

  it('stores referrers in the tag-schema index (no duplicates) and lists them by artifact type', async () => {
    const client = new OciClient({ registry: registry.host });
    const image = await pushTestImage(registry, 'refs/app');
    const subject = await client.headManifest('refs/app', image.digest);
    expect(subject?.digest).toBe(image.digest);
    await client.pushBlob('refs/app', Buffer.from('{}'), MEDIA.ociEmpty);
    const blob = await client.pushBlob('refs/app', Buffer.from('{"fake":"bundle"}'), MEDIA.sigstoreBundle);
    const manifest = bundleReferrerManifest(blob, subject!, { content: 'dsse-envelope', predicateType: 'x', created: new Date(0) });
    const meta = { mediaType: MEDIA.ociManifest, artifactType: MEDIA.sigstoreBundle, annotations: manifest.annotations };
    const first = await client.pushReferrer('refs/app', image.digest, manifest.bytes, meta);
    await client.pushReferrer('refs/app', image.digest, manifest.bytes, meta);
    const found = await client.referrers('refs/app', image.digest);
    expect(found).toEqual({ via: 'tag-schema', manifests: [first], skipped: [] });
    expect((await client.referrers('refs/app', image.digest, 'application/other')).manifests).toEqual([]);
    const stored = await client.getManifest('refs/app', first.digest);
    expect(stored.json['config']).toEqual(EMPTY_CONFIG);
    expect(stored.json['subject']).toEqual({ mediaType: subject!.mediaType, digest: image.digest, size: subject!.size });
  });

  it('answers bearer challenges with credentials, and explains a refusal', async () => {
    const image = await pushTestImage(locked, 'private/app');
    const anonymous = new OciClient({ registry: locked.host });
    expect((await anonymous.getManifest('private/app', image.digest)).descriptor.digest).toBe(image.digest); // pull is public
    await expect(anonymous.pushBlob('private/app', Buffer.from('x'), 'application/octet-stream')).rejects.toThrow(
      'needs credentials to push to private/app',
    );
    const wrong = new OciClient({ registry: locked.host, credentials: { username: 'u', password: 'nope' } });
    await expect(wrong.pushBlob('private/app', Buffer.from('x'), 'application/octet-stream')).rejects.toThrow(
      /token service .* answered 401/,
    );
    const right = new OciClient({ registry: locked.host, credentials: { username: 'u', password: 'p' } });
    expect((await right.pushBlob('private/app', Buffer.from('x'), 'application/octet-stream')).size).toBe(1);
  });

  it('names the registry when it cannot be reached or has no such manifest', async () => {
    const gone = new OciClient({ registry: '127.0.0.1:9' });
    await expect(gone.getManifest('a/b', 'latest')).rejects.toThrow('Cannot reach the registry 127.0.0.1:9');
    const client = new OciClient({ registry: registry.host });
    await expect(client.getManifest('a/b', 'latest')).rejects.toThrow(/refused to return the manifest a\/b:latest: 404/);
  });
});
