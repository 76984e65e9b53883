import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { decode } from '@slipway/core';
import { startAzurite } from './cache-service-azurite.js';
import { matchEntry, type StoredEntry } from './cache-service-match.js';
import { artifactMethods, type StoredArtifact } from './cache-service-artifacts.js';
import { mintRuntimeToken, verifyRuntimeToken, type RuntimeClaims, type TokenScope } from './cache-service-token.js';
import { decodeBody, readBody, TwirpError, type TwirpMethods } from './cache-service-twirp.js';

/**
 * A local implementation of the runner's results service (the twirp `CacheService` and
 * `ArtifactService` that `ACTIONS_RESULTS_URL` points at) in front of Azurite, so tests run
 * `@actions/cache` 6 and `@actions/artifact` 6 for real, on loopback only.
 */
export interface CacheEntry {
  key: string;
  version: string;
  sizeBytes: number;
  createdAt: string;
  scope?: string;
}

export interface CacheService {
  /** ACTIONS_RESULTS_URL */
  url: string;
  /** ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, ACTIONS_CACHE_SERVICE_V2, GITHUB_SERVER_URL for a run on the default branch. */
  env: Record<string, string>;
  /** Finalized cache entries, oldest first. */
  entries(): Promise<CacheEntry[]>;
  /** Finalized artifacts of every run, oldest first. */
  artifacts(): Promise<{ name: string; sizeBytes: number }[]>;
  /** Reads back an uploaded artifact's bytes (zip) by name. */
  downloadArtifact(name: string): Promise<Buffer>;
  /** Makes every request fail with this HTTP status until reset with undefined (to test a failing service). */
  failWith(status: number | undefined): void;
  /**
   * The environment of a run on another ref, with a token scoped as GitHub scopes it: write to `ref`,
   * read `ref` then the default branch (a pull request's run restores main's entries, saves its own).
   */
  envForRef(ref: string, defaultBranch?: string): Record<string, string>;
  stop(): Promise<void>;
}

const TWIRP = '/twirp/github.actions.results.api.v1.';
const RUN_ID = 'b1f4a8c2-5d3e-4f6a-9b7c-0d1e2f3a4b5c';
const JOB_ID = 'c2a5b9d3-6e4f-5a7b-8c9d-1e2f3a4b5c6d';

const cacheRequest = decode.object({ key: decode.string, version: decode.string });
const finalizeCache = decode.object({
  key: decode.string,
  version: decode.string,
  size_bytes: decode.oneOf<string | number>(decode.string, decode.number),
});
const lookupRequest = decode.object({
  key: decode.string,
  version: decode.string,
  restore_keys: decode.withDefault(decode.array(decode.string), []),
});

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Starts Azurite and the results service on loopback; stop() ends both. */
export async function startCacheService(): Promise<CacheService> {
  const azurite = await startAzurite('actions-results');
  const secret = randomBytes(32);
  const cache: StoredEntry[] = [];
  const artifacts: StoredArtifact[] = [];
  let nextId = 1;
  let failure: number | undefined;

  const authorize = (req: IncomingMessage): RuntimeClaims => {
    const header = req.headers.authorization ?? '';
    const claims = header.startsWith('Bearer ') ? verifyRuntimeToken(secret, header.slice(7)) : undefined;
    if (!claims) throw new TwirpError(401, 'unauthenticated', 'missing or invalid ACTIONS_RUNTIME_TOKEN');
    return claims;
  };
  const writeScope = (claims: RuntimeClaims): string => {
    const scope = claims.scopes.find((s) => (s.permission & 2) !== 0);
    if (!scope) throw new TwirpError(403, 'permission_denied', 'cache write denied: the token has no writable cache scope');
    return scope.scope;
  };
  const readScopes = (claims: RuntimeClaims): string[] => claims.scopes.filter((s) => (s.permission & 1) !== 0).map((s) => s.scope);

  const cacheMethods: TwirpMethods = {
    CreateCacheEntry: async (body, claims) => {
      const { key, version } = decodeBody(cacheRequest, body);
      const scope = writeScope(claims);
      if (cache.some((e) => e.key === key && e.version === version && e.scope === scope)) {
        throw new TwirpError(409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
      }
      const id = nextId++;
      const blobName = `cache/${id}.tzst`;
      cache.push({ id, key, version, scope, createdAt: new Date(), sizeBytes: 0, blobName, finalized: false });
      return Promise.resolve({ ok: true, signed_upload_url: azurite.signedUrl(blobName, 'cw') });
    },
    FinalizeCacheEntryUpload: async (body, claims) => {
      const request = decodeBody(finalizeCache, body);
      const scope = writeScope(claims);
      const entry = cache.find((e) => e.key === request.key && e.version === request.version && e.scope === scope && !e.finalized);
      if (!entry) throw new TwirpError(404, 'not_found', `no cache entry reserved for key ${request.key}`);
      const properties = await azurite.container.getBlockBlobClient(entry.blobName).getProperties();
      const size = Number(request.size_bytes);
      if (properties.contentLength !== size) {
        return { ok: false, message: `uploaded ${properties.contentLength ?? 0} bytes, finalize says ${size}` };
      }
      entry.sizeBytes = size;
      entry.finalized = true;
      entry.createdAt = new Date();
      return { ok: true, entry_id: String(entry.id) };
    },
    GetCacheEntryDownloadURL: async (body, claims) => {
      const request = decodeBody(lookupRequest, body);
      const scopes = readScopes(claims);
      if (scopes.length === 0) throw new TwirpError(403, 'permission_denied', 'cache read denied: the token has no readable cache scope');
      const found = matchEntry(cache, { key: request.key, restoreKeys: request.restore_keys, version: request.version, scopes });
      if (!found) return Promise.resolve({ ok: false });
      return Promise.resolve({ ok: true, signed_download_url: azurite.signedUrl(found.blobName, 'r'), matched_key: found.key });
    },
  };

  const artifactService = artifactMethods(azurite, artifacts, () => nextId++);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (failure !== undefined) throw new TwirpError(failure, failure >= 500 ? 'unavailable' : 'failed_precondition', 'injected failure');
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (req.method !== 'POST' || !path.startsWith(TWIRP)) throw new TwirpError(404, 'bad_route', `no route ${req.method} ${path}`);
      const [service, method] = path.slice(TWIRP.length).split('/');
      const methods = service === 'CacheService' ? cacheMethods : service === 'ArtifactService' ? artifactService : undefined;
      const fn = method !== undefined && methods ? methods[method] : undefined;
      if (!fn) throw new TwirpError(404, 'bad_route', `no method ${service}/${method}`);
      const claims = authorize(req);
      send(res, 200, await fn(await readBody(req), claims));
    } catch (error) {
      // Twirp errors are JSON bodies: @actions/* parse the body even on failure (non-JSON would be retried).
      if (error instanceof TwirpError) send(res, error.status, { code: error.code, msg: error.message });
      else send(res, 500, { code: 'internal', msg: error instanceof Error ? error.message : String(error) });
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  const url = `http://127.0.0.1:${port}/`;
  const envFor = (scopes: TokenScope[]): Record<string, string> => ({
    ACTIONS_RESULTS_URL: url,
    ACTIONS_RUNTIME_TOKEN: mintRuntimeToken(secret, { runId: RUN_ID, jobId: JOB_ID, scopes }),
    ACTIONS_CACHE_SERVICE_V2: 'True',
    // @actions/cache only speaks the v2 protocol to github.com, *.ghe.com and *.localhost.
    GITHUB_SERVER_URL: 'https://github.com',
  });

  return {
    url,
    env: envFor([{ scope: 'refs/heads/main', permission: 3 }]),
    envForRef: (ref, defaultBranch = 'main') =>
      envFor([
        { scope: ref, permission: 3 },
        { scope: `refs/heads/${defaultBranch}`, permission: 1 },
      ]),
    entries: () =>
      Promise.resolve(
        cache
          .filter((e) => e.finalized)
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id)
          .map((e) => ({ key: e.key, version: e.version, sizeBytes: e.sizeBytes, createdAt: e.createdAt.toISOString(), scope: e.scope })),
      ),
    artifacts: () => Promise.resolve(artifacts.filter((a) => a.finalized).map((a) => ({ name: a.name, sizeBytes: a.sizeBytes }))),
    downloadArtifact: async (name) => {
      const artifact = artifacts.findLast((a) => a.finalized && a.name === name);
      if (!artifact)
        throw new Error(`cache-service: no artifact named ${name} (have: ${artifacts.map((a) => a.name).join(', ') || 'none'})`);
      return azurite.container.getBlockBlobClient(artifact.blobName).downloadToBuffer();
    },
    failWith: (status) => {
      failure = status;
    },
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await azurite.stop();
    },
  };
}
