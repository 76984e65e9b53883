import { createHash } from 'node:crypto';
import { UserError } from '@slipway/core';
import { basicAuth, fetchBearerToken, parseChallenge } from './auth.js';
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
}

export const sha256Digest = (data: Uint8Array): string => `sha256:${createHash('sha256').update(data).digest('hex')}`;

function isLoopback(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

async function errorDetail(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
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

function parseDescriptorList(value: unknown, source: string): Descriptor[] {
  if (typeof value !== 'object' || value === null) throw new UserError(`${source} is not a JSON object`);
  const list = (value as Record<string, unknown>)['manifests'];
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new UserError(`${source}: manifests is not an array`);
  return list.map((d: unknown, i) => {
    const o = (typeof d === 'object' && d !== null ? d : {}) as Record<string, unknown>;
    if (typeof o['digest'] !== 'string' || typeof o['mediaType'] !== 'string' || typeof o['size'] !== 'number') {
      throw new UserError(`${source}: manifests[${i}] is not a descriptor (mediaType, digest, size)`);
    }
    const out: Descriptor = { mediaType: o['mediaType'], digest: o['digest'], size: o['size'] };
    if (typeof o['artifactType'] === 'string') out.artifactType = o['artifactType'];
    if (typeof o['annotations'] === 'object' && o['annotations'] !== null) out.annotations = o['annotations'] as Record<string, string>;
    return out;
  });
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

  constructor(options: OciClientOptions) {
    this.registry = options.registry === 'docker.io' ? 'registry-1.docker.io' : options.registry;
    const http = options.plainHttp ?? isLoopback(this.registry);
    this.baseUrl = `${http ? 'http' : 'https'}://${this.registry}`;
    this.credentials = options.credentials;
    this.fetchImpl = options.fetch ?? fetch;
    this.chunkSize = options.chunkSize ?? 8 * 1024 * 1024;
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
    const attempt = async (): Promise<Response> => {
      const auth = this.authHeader(scope);
      try {
        return await this.fetchImpl(target, {
          method,
          headers: { ...opts.headers, ...(auth ? { Authorization: auth } : {}) },
          ...(opts.body ? { body: opts.body } : {}),
          redirect: 'follow',
          signal: AbortSignal.timeout(60_000),
        });
      } catch (error) {
        throw new UserError(
          `Cannot reach the registry ${this.registry} (${method} ${new URL(target).pathname}): ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`,
          {
            hint: 'check the registry host and that it is reachable from here',
            cause: error,
          },
        );
      }
    };
    let res = await attempt();
    if (res.status !== 401) return res;
    const challenge = parseChallenge(res.headers.get('www-authenticate') ?? '');
    await res.body?.cancel();
    if (challenge?.scheme === 'bearer') {
      this.tokens.set(scope, await fetchBearerToken(challenge, scope, this.credentials, this.fetchImpl));
    } else if (challenge?.scheme === 'basic' && this.credentials) {
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

  private async fail(res: Response, what: string): Promise<never> {
    const hint =
      res.status === 403 || res.status === 401
        ? 'the credentials lack permission for this repository (a GITHUB_TOKEN needs `packages: write`)'
        : res.status === 404
          ? 'check the repository name and digest'
          : undefined;
    throw new UserError(`The registry ${this.registry} refused to ${what}: ${res.status} ${await errorDetail(res)}`, hint ? { hint } : {});
  }

  /** Fetches a manifest by tag or digest; a digest reference is checked against the bytes. */
  async getManifest(repository: string, reference: string, accept = MANIFEST_ACCEPT): Promise<FetchedManifest> {
    const res = await this.send('GET', `/v2/${repository}/manifests/${reference}`, { repository, headers: { Accept: accept } });
    if (!res.ok) await this.fail(res, `return the manifest ${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`);
    const bytes = Buffer.from(await res.arrayBuffer());
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
  ): Promise<{ descriptor: Descriptor; subjectIndexed: boolean }> {
    const digest = sha256Digest(bytes);
    const res = await this.send('PUT', `/v2/${repository}/manifests/${reference}`, {
      repository,
      push: true,
      headers: { 'Content-Type': mediaType },
      body: bytes,
    });
    if (res.status !== 201 && res.status !== 200)
      await this.fail(res, `store the manifest ${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`);
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
    const bytes = Buffer.from(await res.arrayBuffer());
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
    let manifests: Descriptor[];
    let via: Referrers['via'];
    if (res.ok && (res.headers.get('content-type') ?? '').includes(MEDIA.ociIndex)) {
      manifests = parseDescriptorList(await res.json(), `the referrers of ${repository}@${digest}`);
      via = 'api';
    } else if (res.status === 404 || res.ok) {
      await res.body?.cancel();
      manifests = await this.fallbackReferrers(repository, digest);
      via = 'tag-schema';
    } else {
      return this.fail(res, `list the referrers of ${repository}@${digest}`);
    }
    return { manifests: artifactType ? manifests.filter((m) => m.artifactType === artifactType) : manifests, via };
  }

  private async fallbackReferrers(repository: string, digest: string): Promise<Descriptor[]> {
    const tag = referrersFallbackTag(digest);
    if (!(await this.headManifest(repository, tag))) return [];
    const index = await this.getManifest(repository, tag, MEDIA.ociIndex);
    return parseDescriptorList(index.json, `the referrers index ${repository}:${tag}`);
  }

  /**
   * Stores an artifact manifest that has a `subject`, and where the registry did not index it,
   * adds it to the tag-schema index (read, append, write) so every reader finds it.
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
    const tag = referrersFallbackTag(subjectDigest);
    const existing = await this.fallbackReferrers(repository, subjectDigest);
    if (existing.some((m) => m.digest === digest)) return full;
    const index = { schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests: [...existing, full] };
    await this.putManifest(repository, tag, Buffer.from(JSON.stringify(index)), MEDIA.ociIndex);
    return full;
  }
}
