import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeTransport, recordDocument, recordRunFrom, type OutcomeRecord, type Transport } from '@slipway/core';
import { actionsRecordSink, uploadSmallArtifact } from '@slipway/core/records';
import { readZip } from '@slipway/core';
import { recordsFromArchive } from '@slipway/metrics';
import { startCacheService, type CacheService } from '../services/cache-service.js';

// The record uploader speaks the results service's artifact protocol itself. What it leaves must
// be the artifact @actions/artifact would have left: the same listing, a download that
// @actions/artifact itself unpacks (digest checked), the same files for ci-metrics to count.

const records: OutcomeRecord[] = [
  { type: 'cache', layer: 'deps', hit: 'exact', key: 'slipway-deps-linux-x64-abc', sizeBytes: 1024, restoreSeconds: 1.5 },
  { type: 'signature', kind: 'provenance', subject: 'app.tgz', digest: 'sha256:00', signed: true },
];

describe('outcome records uploaded without @actions/artifact', () => {
  let service: CacheService;
  let dir: string;
  let env: Record<string, string>;
  const saved = { ...process.env };
  const write = process.stdout.write.bind(process.stdout);

  beforeAll(async () => {
    // @actions/artifact prints ::debug:: workflow commands straight to stdout; keep the test log readable.
    process.stdout.write = (chunk: string | Uint8Array, ...rest: unknown[]) =>
      /^::(debug|add-mask)::/.test(String(chunk)) ? true : (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
    service = await startCacheService();
    dir = await mkdtemp(join(tmpdir(), 'slipway-record-upload-'));
    await mkdir(join(dir, 'temp'));
    env = {
      ...service.env,
      GITHUB_WORKSPACE: dir,
      RUNNER_TEMP: join(dir, 'temp'),
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_JOB: 'build',
      GITHUB_RUN_ID: '42',
    };
    Object.assign(process.env, env);
  });
  afterAll(async () => {
    process.stdout.write = write;
    process.env = saved;
    await service?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('leaves the artifact @actions/artifact leaves: listed with its size and digest, downloaded and unpacked by that client', async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const written = await actionsRecordSink(env).write(records, 'cache-setup', true);
    expect(written.error).toBeUndefined();
    const ours = written.artifact!;
    expect(ours).toMatch(/^slipway-record-cache-setup-build-[0-9a-f]{8}$/);

    // The same file uploaded by @actions/artifact, as the sink did before.
    const theirsDir = join(dir, 'theirs');
    await mkdir(theirsDir);
    await writeFile(join(theirsDir, 'slipway-record-reference.json'), await readFile(written.path));
    await client.uploadArtifact('slipway-record-reference', [join(theirsDir, 'slipway-record-reference.json')], theirsDir, {
      retentionDays: 90,
      compressionLevel: 9,
    });

    const { artifacts } = await client.listArtifacts();
    const listed = new Map(artifacts.map((a) => [a.name, a]));
    expect([...listed.keys()].sort()).toEqual([ours, 'slipway-record-reference'].sort());
    const stored = new Map((await service.artifacts()).map((a) => [a.name, a.sizeBytes]));
    for (const name of [ours, 'slipway-record-reference']) {
      const zip = await service.downloadArtifact(name);
      const a = listed.get(name)!;
      // Size as stored in the blob, digest as the sha256 of the bytes the blob holds.
      expect(a.size).toBe(zip.length);
      expect(stored.get(name)).toBe(zip.length);
      expect(a.digest).toBe(`sha256:${createHash('sha256').update(zip).digest('hex')}`);
      expect(a.id).toBeGreaterThan(0);

      const out = join(dir, 'download', name);
      const got = await client.downloadArtifact(a.id, { path: out, expectedHash: a.digest });
      expect(got.digestMismatch).toBe(false);
      const files = await readdir(out);
      expect(files).toEqual([`${name}.json`]);
      expect(await readFile(join(out, files[0]!), 'utf8')).toBe(await readFile(written.path, 'utf8'));
    }

    // ci-metrics reads both archives alike.
    const counted = recordsFromArchive(await service.downloadArtifact(ours), ours);
    const reference = recordsFromArchive(await service.downloadArtifact('slipway-record-reference'), 'slipway-record-reference');
    expect(counted.problems).toEqual([]);
    expect(counted.records).toEqual(reference.records);
    expect(counted.records).toHaveLength(2);
    expect(readZip(await service.downloadArtifact(ours), ours).map((e) => e.name)).toEqual([`${ours}.json`]);
  });

  it('returns the refusal of the service, naming the call, without throwing from the sink', async () => {
    service.failWith(403);
    try {
      const written = await actionsRecordSink(env).write(records, 'cosign-sign', true);
      expect(written.artifact).toBeUndefined();
      expect(written.error).toMatch(/refused CreateArtifact \(HTTP 403: failed_precondition injected failure\)/);
      expect(await readFile(written.path, 'utf8')).toBe(recordDocument(records, recordRunFrom(env)));
    } finally {
      service.failWith(undefined);
    }
  });

  it('retries a results service that answers 503, then uploads', async () => {
    let calls = 0;
    // The first request is answered 503 on the way (as a proxy in front of the service would); the rest reach the service.
    const flaky: Transport = async (url, request, deadlines, signal) => {
      calls += 1;
      if (calls > 1) return nodeTransport(url, request, deadlines, signal);
      const body = Buffer.from('{"code":"unavailable","msg":"try again"}');
      return {
        status: 503,
        ok: false,
        body,
        url: url.href,
        headers: { get: () => null, [Symbol.iterator]: () => new Map<string, string>().entries() },
      };
    };
    const retried: string[] = [];
    const done = await uploadSmallArtifact(env, 'slipway-record-retry', 'r.json', Buffer.from('{"records":[]}'), {
      transport: flaky,
      sleep: () => Promise.resolve(),
      onRetry: ({ reason }) => retried.push(reason),
    });
    expect(retried).toEqual(['the results service answered 503']);
    expect((await service.artifacts()).find((a) => a.name === 'slipway-record-retry')?.sizeBytes).toBe(done.size);
  });

  it('reports a refused blob upload without the signed URL, and finalizes nothing', async () => {
    const tamper: Transport = (url, request, deadlines, signal) => {
      const sent = new URL(url);
      // A signature the storage account did not make: Azurite refuses it as Azure does.
      if (request.method === 'PUT') sent.searchParams.set('sig', Buffer.from('forged').toString('base64'));
      return nodeTransport(sent, request, deadlines, signal);
    };
    const failure = uploadSmallArtifact(env, 'slipway-record-forged', 'r.json', Buffer.from('{}'), { transport: tamper });
    await expect(failure).rejects.toThrow(/blob storage refused the upload \(HTTP 403, Authori[sz]ationFailure\)/);
    const message = await failure.catch((e: Error) => e.message);
    expect(message).not.toMatch(/sig=|sv=/);
    expect((await service.artifacts()).map((a) => a.name)).not.toContain('slipway-record-forged');
  });

  it('uploads with any token of the run (whatever its cache scopes); a forged token is refused by the service', async () => {
    const other = { ...env, ACTIONS_RUNTIME_TOKEN: service.envForRef('refs/heads/feature').ACTIONS_RUNTIME_TOKEN! };
    await expect(uploadSmallArtifact(other, 'slipway-record-feature', 'r.json', Buffer.from('{}'))).resolves.toMatchObject({
      size: expect.any(Number),
    });
    const [h, p] = env.ACTIONS_RUNTIME_TOKEN!.split('.');
    const forged = { ...env, ACTIONS_RUNTIME_TOKEN: `${h}.${p}.${Buffer.from('nope').toString('base64url')}` };
    await expect(uploadSmallArtifact(forged, 'slipway-record-forged-token', 'r.json', Buffer.from('{}'))).rejects.toThrow(
      /refused CreateArtifact \(HTTP 401: unauthenticated/,
    );
  });
});
