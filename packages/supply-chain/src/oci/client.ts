import { createHash } from 'node:crypto';
import {
  DEFAULT_RETRY,
  fetchWithPolicy,
  readBody,
  sleep as realSleep,
  UserError,
  withRetry,
  type Deadlines,
  type RetryPolicy,
} from '@slipway/core';
import { basicAuth, fetchBearerToken, parseChallenge, type TokenFetchPolicy } from './auth.js';
import type { RegistryCredentials } from './docker-config.js';
import { MANIFEST_ACCEPT, MEDIA, type Descriptor } from './media-types.js';
import { referrersFallbackTag } from './referrers-tag.js';

export interface OciClientOptions {
  /** Host (and port) as in image references, e.g. `ghcr.io` or `127.0.0.1:5000`. */
  registry: string;
  credentials?: RegistryCredentials;
  /** Speak HTTP instead of HTTPS; the default for loopback hosts, as Docker does. */
  plainHttp?: boolean;
  /** Uploads larger than this go in PATCH chunks of this size (default 8 MiB). */
  chunkSize?: number;
  fetch?: typeof fetch;
  /** Per request: until the answer begins, and the longest silence while a body streams (default 30 s each). */
  deadlines?: Partial<Deadlines>;
  /** The suite's retry policy (429, 5xx and network failures, honouring `retry-after`) unless told otherwise. */
  retry?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  /** Told of retries, lost index races and referrers that were set aside. */
  warn?: (message: string) => void;
}

/** A manifest as fetched: its descriptor, exact bytes and parsed JSON. */
export interface FetchedManifest {
  descriptor: Descriptor;
  bytes: Buffer;
  json: Record<string, unknown>;
}

/** How referrers were found: the registry's API or the tag-schema fallback index. */
export interface Referrers {
  manifests: Descriptor[];
  via: 'api' | 'tag-schema';
  /** Entries of the list that are not descriptors, each with why: skipped, never fatal (anyone who may push can write one). */
  skipped: string[];
}

// The tag-schema index is read, changed and written back. A registry that honours If-Match
// answers 412 when another writer got there first; Debian's docker-registry (distribution 2.8)
// ignores it, so after each write the index is read again, once the other writers' reads and
// writes in flight have landed, and the entry is added again if a concurrent write dropped it.
const INDEX_ROUNDS = 10;
const SETTLE_MIN_MS = 250;

export const sha256Digest = (data: Uint8Array): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

function isLoopback(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

async function errorDetail(res: Response): Promise<string> {
  const text = await readBody(res, 'the registry')
    .then((b) => b.toString('utf8'))
    .catch(() => '');
  try {
    const body = JSON.parse(text) as { errors?: { code?: string; message?: string }[] };
    if (Array.isArray(body.errors) && body.errors.length > 0) {
      return body.errors.map((e) => `${e.code ?? 'ERROR'}: ${e.message ?? ''}`).join('; ');
    }
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.trim().slice(0, 300) || res.statusText;
}

const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** The descriptors of an index; entries that are not descriptors are set aside with why, not fatal. */
function parseDescriptorList(value: unknown, source: string): { manifests: Descriptor[]; skipped: string[] } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UserError(`${source} is not a JSON object`);
  const list = (value as Record<string, unknown>)['manifests'];
  if (list === undefined || list === null) return { manifests: [], skipped: [] };
  if (!Array.isArray(list)) throw new UserError(`${source}: manifests is not an array`);
  const manifests: Descriptor[] = [];
  const skipped: string[] = [];
  list.forEach((d: unknown, i) => {
    const o = (typeof d === 'object' && d !== null ? d : {}) as Record<string, unknown>;
    if (
      typeof o['digest'] !== 'string' ||
      !DIGEST.test(o['digest']) ||
      typeof o['mediaType'] !== 'string' ||
      typeof o['size'] !== 'number'
    ) {
      skipped.push(`${source}: manifests[${i}] is not a descriptor (mediaType, sha256 digest, size)`);
      return;
    }
    const out: Descriptor = { mediaType: o['mediaType'], digest: o['digest'], size: o['size'] };
    if (typeof o['artifactType'] === 'string') out.artifactType = o['artifactType'];
    if (typeof o['annotations'] === 'object' && o['annotations'] !== null) out.annotations = o['annotations'] as Record<string, string>;
    manifests.push(out);
  });
  return { manifests, skipped };
}

/**
 * A small client of the OCI distribution API for one registry: manifests and blobs by digest,
 * monolithic and chunked uploads, referrers (API or tag-schema fallback), bearer and basic auth.
 */
export class OciClient {
  readonly registry: string;
  readonly baseUrl: string;
  private readonly credentials: RegistryCredentials | undefined;
  private readonly fetchImpl: typeof fetch;
  private readonly chunkSize: number;
  private readonly tokens = new Map<string, string>();
  private basic = false;
  private readonly deadlines: Partial<Deadlines>;
  private readonly retry: RetryPolicy;
  private readonly sleep: (ms: number) => Promise<void>;
  /** Where notes go: retries, lost races, referrers set aside. */
  readonly warn: (message: string) => void;

  constructor(options: OciClientOptions) {
    this.registry = options.registry === 'docker.io' ? 'registry-1.docker.io' : options.registry;
    const http = options.plainHttp ?? isLoopback(this.registry);
    this.baseUrl = `${http ? 'http' : 'https'}://${this.registry}`;
    this.credentials = options.credentials;
    this.fetchImpl = options.fetch ?? fetch;
    this.chunkSize = options.chunkSize ?? 8 * 1024 * 1024;
    this.deadlines = options.deadlines ?? {};
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.sleep = options.sleep ?? realSleep;
    this.warn = options.warn ?? ((): void => undefined);
  }

  private get policy(): TokenFetchPolicy {
    return {
      fetch: this.fetchImpl,
      deadlines: this.deadlines,
      retry: this.retry,
      sleep: this.sleep,
      onRetry: ({ waitMs, reason }) => this.warn(`${reason}; trying again in ${(waitMs / 1000).toFixed(1)} s`),
    };
  }

  private authHeader(scope: string): string | undefined {
    const token = this.tokens.get(scope);
    if (token) return `Bearer ${token}`;
    if (this.basic && this.credentials) return basicAuth(this.credentials);
    return undefined;
  }

  /** One request with auth: on a 401 it answers the challenge once and retries. */
  private async send(
    method: string,
    url: string,
    opts: { repository: string; push?: boolean; headers?: Record<string, string>; body?: Uint8Array },
  ): Promise<Response> {
    const scope = `repository:${opts.repository}:${opts.push ? 'pull,push' : 'pull'}`;
    const target = url.startsWith('http') ? url : `${this.baseUrl}${url}`;
    // Every call has a first-byte and an idle deadline (not one timeout over a whole upload or
    // download) and the suite's retries on 429, 5xx and network failures.
    const attempt = (): Promise<Response> => {
      const auth = this.authHeader(scope);
      return fetchWithPolicy(
        target,
        {
          method,
          headers: { ...opts.headers, ...(auth ? { Authorization: auth } : {}) },
          ...(opts.body ? { body: opts.body } : {}),
          redirect: 'follow',
        },
        { ...this.policy, what: `the registry ${this.registry}` },
      );
    };
    let res = await attempt();
    if (res.status !== 401) return res;
    const challenge = parseChallenge(res.headers.get('www-authenticate') ?? '');
    await res.body?.cancel();
    if (challenge?.scheme === 'bearer') {
      this.tokens.set(scope, await fetchBearerToken(challenge, scope, this.credentials, this.policy));
    } else if (challenge?.scheme === 'basic' && this.credentials && !('identityToken' in this.credentials)) {
      this.basic = true;
    } else {
      throw new UserError(`The registry ${this.registry} asks for credentials for ${opts.repository} and none were given`, {
        hint: 'log in first (docker/login-action writes the docker config), or pass registry-username and registry-password',
      });
    }
    res = await attempt();
    if (res.status === 401 && !this.credentials) {
      await res.body?.cancel();
      throw new UserError(
        `The registry ${this.registry} needs credentials to ${opts.push ? 'push to' : 'read'} ${opts.repository}, and none were given`,
        {
          hint: 'log in first (docker/login-action writes the docker config), or pass registry-username and registry-password',
        },
      );
    }
    if (res.status === 401) {
      throw new UserError(`The registry ${this.registry} refused the credentials for ${scope}: ${await errorDetail(res)}`, {
        hint: 'check the username and password or token, and its permission on this repository',
      });
    }
    return res;
  }

  private async fail(res: Response, what: string, detail?: string): Promise<never> {
    const hint =
      res.status === 403 || res.status === 401
        ? 'the credentials lack permission for this repository (a GITHUB_TOKEN needs `packages: write`)'
        : res.status === 404
          ? 'check the repository name and digest'
          : undefined;
    throw new UserError(
      `The registry ${this.registry} refused to ${what}: ${res.status} ${detail ?? (await errorDetail(res))}`,
      hint ? { hint } : {},
    );
  }

  /** Fetches a manifest by tag or digest; a digest reference is checked against the bytes. */
  async getManifest(repository: string, reference: string, accept = MANIFEST_ACCEPT): Promise<FetchedManifest> {
    const res = await this.send('GET', `/v2/${repository}/manifests/${reference}`, { repository, headers: { Accept: accept } });
    if (!res.ok) await this.fail(res, `return the manifest ${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`);
    return this.readManifest(res, repository, reference);
  }

  /** A manifest by tag or digest with its ETag, or undefined when the registry has none by that name. */
  async findManifest(
    repository: string,
    reference: string,
    accept = MANIFEST_ACCEPT,
  ): Promise<(FetchedManifest & { etag: string | undefined }) | undefined> {
    const res = await this.send('GET', `/v2/${repository}/manifests/${reference}`, { repository, headers: { Accept: accept } });
    if (res.status === 404) {
      await res.body?.cancel();
      return undefined;
    }
    if (!res.ok) await this.fail(res, `return the manifest ${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`);
    const etag = res.headers.get('etag') ?? undefined;
    return { ...(await this.readManifest(res, repository, reference)), etag };
  }

  private async readManifest(res: Response, repository: string, reference: string): Promise<FetchedManifest> {
    const bytes = await readBody(res, `the registry ${this.registry}`);
    const digest = sha256Digest(bytes);
    if (reference.startsWith('sha256:') && digest !== reference) {
      throw new UserError(`The registry ${this.registry} returned a manifest for ${reference} whose bytes hash to ${digest}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw new UserError(`The manifest ${repository}@${digest} is not JSON`, { cause: error });
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
      throw new UserError(`The manifest ${repository}@${digest} is not a JSON object`);
    const obj = json as Record<string, unknown>;
    const mediaType = typeof obj['mediaType'] === 'string' ? obj['mediaType'] : (res.headers.get('content-type') ?? MEDIA.ociManifest);
    return { descriptor: { mediaType, digest, size: bytes.length }, bytes, json: obj };
  }

  /** The descriptor of a manifest by tag or digest, or undefined when there is none. */
  async headManifest(repository: string, reference: string): Promise<Descriptor | undefined> {
    const res = await this.send('HEAD', `/v2/${repository}/manifests/${reference}`, { repository, headers: { Accept: MANIFEST_ACCEPT } });
    if (res.status === 404) return undefined;
    if (!res.ok) await this.fail(res, `find the manifest ${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`);
    const digest = res.headers.get('docker-content-digest');
    const size = Number(res.headers.get('content-length') ?? Number.NaN);
    if (!digest || !Number.isFinite(size)) return (await this.getManifest(repository, reference)).descriptor;
    return { mediaType: res.headers.get('content-type') ?? MEDIA.ociManifest, digest, size };
  }

  /** Uploads a manifest under a tag or its digest; returns its descriptor and whether the registry indexed its subject. */
  async putManifest(
    repository: string,
    reference: string,
    bytes: Uint8Array,
    mediaType: string,
    conditions: Record<string, string> = {},
  ): Promise<{ descriptor: Descriptor; subjectIndexed: boolean; preconditionFailed?: true }> {
    const digest = sha256Digest(bytes);
    const name = `${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`;
    // A registry may not see a blob it has just stored: distribution's file-system driver
    // rewrites a repository's blob link in place, so a manifest written while a concurrent
    // upload of the same blob (the empty config every signature shares) rewrites that link
    // reads it empty, and a store that is only eventually consistent lags the upload. Such an
    // answer (MANIFEST_BLOB_UNKNOWN) is tried again under the suite's retry policy; a blob
    // that is truly missing still fails after the last try.
    const { res, detail } = await withRetry(
      async () => {
        const answer = await this.send('PUT', `/v2/${repository}/manifests/${reference}`, {
          repository,
          push: true,
          headers: { 'Content-Type': mediaType, ...conditions },
          body: bytes,
        });
        return { res: answer, detail: answer.status === 400 ? await errorDetail(answer) : undefined };
      },
      (outcome) =>
        'value' in outcome && outcome.value.detail?.includes('MANIFEST_BLOB_UNKNOWN')
          ? { retry: true, reason: `the registry ${this.registry} does not see every blob of the manifest ${name} yet` }
          : { retry: false },
      this.retry,
      this.policy,
    );
    if (res.status === 412 && Object.keys(conditions).length > 0) {
      await res.body?.cancel();
      return { descriptor: { mediaType, digest, size: bytes.length }, subjectIndexed: false, preconditionFailed: true };
    }
    if (res.status !== 201 && res.status !== 200) await this.fail(res, `store the manifest ${name}`, detail);
    const stored = res.headers.get('docker-content-digest');
    if (stored && stored !== digest) throw new UserError(`The registry ${this.registry} stored the manifest as ${stored}, not ${digest}`);
    await res.body?.cancel();
    // OCI 1.1: a registry that indexes `subject` for its referrers API says so in this header.
    return { descriptor: { mediaType, digest, size: bytes.length }, subjectIndexed: res.headers.has('oci-subject') };
  }

  /** Fetches a blob and checks its digest. */
  async getBlob(repository: string, digest: string): Promise<Buffer> {
    const res = await this.send('GET', `/v2/${repository}/blobs/${digest}`, { repository });
    if (!res.ok) await this.fail(res, `return the blob ${repository}@${digest}`);
    const bytes = await readBody(res, `the registry ${this.registry}`);
    if (sha256Digest(bytes) !== digest)
      throw new UserError(`The blob ${repository}@${digest} from ${this.registry} does not match its digest`);
    return bytes;
  }

  async hasBlob(repository: string, digest: string): Promise<boolean> {
    const res = await this.send('HEAD', `/v2/${repository}/blobs/${digest}`, { repository });
    if (res.status === 404) return false;
    if (!res.ok) await this.fail(res, `find the blob ${repository}@${digest}`);
    return true;
  }

  /** Uploads a blob unless present: in one PUT up to the chunk size, in PATCH chunks above it. */
  async pushBlob(repository: string, data: Uint8Array, mediaType: string): Promise<Descriptor> {
    const digest = sha256Digest(data);
    const descriptor = { mediaType, digest, size: data.length };
    if (await this.hasBlob(repository, digest)) return descriptor;
    const start = await this.send('POST', `/v2/${repository}/blobs/uploads/`, { repository, push: true });
    if (start.status !== 202) await this.fail(start, `start an upload to ${repository}`);
    await start.body?.cancel();
    let location = this.location(start, 'upload start');
    if (data.length > this.chunkSize) {
      for (let offset = 0; offset < data.length; offset += this.chunkSize) {
        const chunk = data.subarray(offset, Math.min(offset + this.chunkSize, data.length));
        const res = await this.send('PATCH', location, {
          repository,
          push: true,
          headers: {
            'Content-Type': 'application/octet-stream',
            'Content-Range': `${offset}-${offset + chunk.length - 1}`,
          },
          body: chunk,
        });
        if (res.status !== 202) await this.fail(res, `take bytes ${offset}-${offset + chunk.length - 1} of ${digest}`);
        await res.body?.cancel();
        location = this.location(res, 'chunk upload');
      }
    }
    const url = new URL(location);
    url.searchParams.set('digest', digest);
    const done = await this.send('PUT', url.toString(), {
      repository,
      push: true,
      headers: { 'Content-Type': 'application/octet-stream' },
      ...(data.length > this.chunkSize ? {} : { body: data }),
    });
    if (done.status !== 201) await this.fail(done, `complete the upload of ${digest}`);
    await done.body?.cancel();
    return descriptor;
  }

  private location(res: Response, what: string): string {
    const location = res.headers.get('location');
    if (!location) throw new UserError(`The registry ${this.registry} answered the ${what} without a Location`);
    return new URL(location, this.baseUrl).toString();
  }

  /**
   * The manifests that name `digest` as their subject: the referrers API, or (where it 404s)
   * the index tagged `sha256-<hex>` of the OCI tag schema. Filtered by artifact type if given.
   */
  async referrers(repository: string, digest: string, artifactType?: string): Promise<Referrers> {
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    const res = await this.send('GET', `/v2/${repository}/referrers/${digest}${query}`, {
      repository,
      headers: { Accept: MEDIA.ociIndex },
    });
    let list: { manifests: Descriptor[]; skipped: string[] };
    let via: Referrers['via'];
    if (res.ok && (res.headers.get('content-type') ?? '').includes(MEDIA.ociIndex)) {
      const text = (await readBody(res, `the registry ${this.registry}`)).toString('utf8');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new UserError(`The referrers of ${repository}@${digest} from ${this.registry} are not JSON`, { cause: error });
      }
      list = parseDescriptorList(value, `the referrers of ${repository}@${digest}`);
      via = 'api';
    } else if (res.status === 404 || res.ok) {
      await res.body?.cancel();
      list = (await this.fallbackIndex(repository, digest)).list;
      via = 'tag-schema';
    } else {
      return this.fail(res, `list the referrers of ${repository}@${digest}`);
    }
    const manifests = artifactType ? list.manifests.filter((m) => m.artifactType === artifactType) : list.manifests;
    return { manifests, via, skipped: list.skipped };
  }

  private async fallbackIndex(
    repository: string,
    digest: string,
  ): Promise<{ list: { manifests: Descriptor[]; skipped: string[] }; etag: string | undefined; exists: boolean }> {
    const tag = referrersFallbackTag(digest);
    const index = await this.findManifest(repository, tag, MEDIA.ociIndex);
    if (!index) return { list: { manifests: [], skipped: [] }, etag: undefined, exists: false };
    return { list: parseDescriptorList(index.json, `the referrers index ${repository}:${tag}`), etag: index.etag, exists: true };
  }

  /**
   * Stores an artifact manifest that has a `subject`, and where the registry did not index it,
   * adds it to the tag-schema index so every reader finds it, without dropping what concurrent
   * signers add: a conditional write (If-Match / If-None-Match) where the registry honours it,
   * and a check after every write, adding the entry again if a concurrent write replaced it.
   */
  async pushReferrer(
    repository: string,
    subjectDigest: string,
    manifest: Uint8Array,
    descriptor: Omit<Descriptor, 'digest' | 'size'>,
  ): Promise<Descriptor> {
    const digest = sha256Digest(manifest);
    const { subjectIndexed } = await this.putManifest(repository, digest, manifest, descriptor.mediaType);
    const full: Descriptor = { ...descriptor, digest, size: manifest.length };
    if (subjectIndexed) return full;
    await this.addToFallbackIndex(repository, subjectDigest, full);
    return full;
  }

  private async addToFallbackIndex(repository: string, subjectDigest: string, entry: Descriptor): Promise<void> {
    const tag = referrersFallbackTag(subjectDigest);
    for (let round = 1; round <= INDEX_ROUNDS; round++) {
      const started = Date.now();
      const current = await this.fallbackIndex(repository, subjectDigest);
      if (round === 1 && current.list.manifests.some((m) => m.digest === entry.digest)) return;
      if (!current.list.manifests.some((m) => m.digest === entry.digest)) {
        // Entries that are not descriptors are kept out of the rewritten index; they were never readable.
        const index = { schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests: [...current.list.manifests, entry] };
        const conditions: Record<string, string> = current.exists
          ? current.etag
            ? { 'If-Match': current.etag }
            : {}
          : { 'If-None-Match': '*' };
        const put = await this.putManifest(repository, tag, Buffer.from(JSON.stringify(index)), MEDIA.ociIndex, conditions);
        if (put.preconditionFailed) {
          this.warn(`The referrers index ${repository}:${tag} changed while it was updated; reading it again`);
          continue;
        }
      }
      // Wait until writes that read the index before ours would have landed, then look again.
      const window = Date.now() - started;
      await this.sleep(Math.max(SETTLE_MIN_MS, 4 * window) + Math.floor(Math.random() * 100));
      const after = await this.fallbackIndex(repository, subjectDigest);
      if (after.list.manifests.some((m) => m.digest === entry.digest)) return;
      this.warn(`A concurrent write to the referrers index ${repository}:${tag} dropped ${entry.digest}; adding it again`);
    }
    throw new UserError(
      `Could not keep ${entry.digest} in the referrers index ${repository}:${tag}: it was replaced ${INDEX_ROUNDS} times`,
      {
        hint: 'too many signers write to this image at once; retry the step, or use a registry with the OCI referrers API',
      },
    );
  }
}
