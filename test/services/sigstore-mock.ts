import { createHash, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
  type HandlerFn,
} from '@sigstore/mock';

/**
 * `@sigstore/mock`'s Fulcio, Rekor (v1) and TSA served over real HTTP on loopback, plus the
 * runner's OIDC token endpoint, so a bundled action in a child process can sign keylessly offline.
 */
export interface SigstoreMock {
  fulcioURL: string;
  rekorURL: string;
  /** The TSA's base URL (clients append `/api/v1/timestamp`). */
  tsaURL: string;
  /** trusted_root.json content (protobuf-specs JSON form) built from the mock's keys. */
  trustedRoot: object;
  /** A JWT for a GitHub Actions identity, signed by the mock issuer; `claims` override the defaults. */
  oidcToken(claims?: Record<string, unknown>): Promise<string>;
  /**
   * The two variables the runner sets under `permissions: id-token: write`, pointing at this
   * mock's token endpoint, which answers with a token carrying `claims`.
   */
  actionsTokenEnv(claims?: Record<string, unknown>): { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  /**
   * This mock as an OIDC issuer (discovery document and JWKS), for clients that check tokens
   * themselves: mint tokens with `iss` set to it.
   */
  issuerURL: string;
  /** The default claims of `oidcToken()`: the harness's repository, commit and workflow. */
  defaultClaims: Record<string, unknown>;
  stop(): Promise<void>;
}

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** Claims of a push to main in the harness's default repository (see test/harness/runner.ts). */
export function githubClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  const repository = 'octo-org/octo-repo';
  const sha = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
  const workflowRef = `${repository}/.github/workflows/ci.yml@refs/heads/main`;
  return {
    iss: GITHUB_ISSUER,
    aud: 'sigstore',
    sub: `repo:${repository}:ref:refs/heads/main`,
    jti: randomBytes(8).toString('hex'),
    iat: now,
    nbf: now - 5,
    exp: now + 300,
    ref: 'refs/heads/main',
    ref_type: 'branch',
    sha,
    repository,
    repository_id: '123456789',
    repository_owner: 'octo-org',
    repository_owner_id: '987654321',
    repository_visibility: 'public',
    actor: 'octocat',
    actor_id: '583231',
    workflow: 'ci',
    workflow_ref: workflowRef,
    workflow_sha: sha,
    job_workflow_ref: workflowRef,
    job_workflow_sha: sha,
    event_name: 'push',
    run_id: '1658821493',
    run_number: '42',
    run_attempt: '1',
    runner_environment: 'github-hosted',
    ...overrides,
  };
}

const b64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

function signJwt(claims: Record<string, unknown>, key: KeyObject, kid: string): string {
  const input = `${b64url(JSON.stringify({ alg: 'ES256', typ: 'JWT', kid }))}.${b64url(JSON.stringify(claims))}`;
  return `${input}.${b64url(sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }))}`;
}

/** Checks the JWT against the issuer key, as real Fulcio does against the issuer's JWKS. */
function verifyJwt(token: string, key: KeyObject): Record<string, unknown> {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) throw new Error('not a JWT');
  const ok = verify('sha256', Buffer.from(`${header}.${payload}`), { key, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  if (!ok) throw new Error('the identity token signature does not verify against the issuer key');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
  if (typeof claims['exp'] === 'number' && claims['exp'] * 1000 < Date.now()) throw new Error('the identity token has expired');
  if (claims['aud'] !== 'sigstore') throw new Error(`the identity token's audience is ${String(claims['aud'])}, not sigstore`);
  return claims;
}

/** Real Fulcio's subject for a GitHub Actions token: the job's workflow as a URI. */
function subjectOf(claims: Record<string, unknown>): string {
  if (claims['iss'] === GITHUB_ISSUER && typeof claims['job_workflow_ref'] === 'string') {
    return `https://github.com/${claims['job_workflow_ref']}`;
  }
  return typeof claims['email'] === 'string' ? claims['email'] : String(claims['sub']);
}

const SUBJECT_CLAIM = 'x-fulcio-subject';

type Reply = { status: number; body: string | Uint8Array; type: string };
type Route = (req: IncomingMessage, body: Buffer) => Promise<Reply>;

interface Served {
  server: Server;
  url: string;
  /** Replaces the route (Rekor needs its own URL before its handler exists). */
  route: (next: Route) => void;
}

/** A loopback HTTP server; a route that throws answers `failStatus` with the reason. */
async function serve(initial: Route, failStatus = 500): Promise<Served> {
  let route = initial;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      route(req, Buffer.concat(chunks))
        .then((out) => res.writeHead(out.status, { 'Content-Type': out.type }).end(out.body))
        .catch((error: unknown) =>
          res.writeHead(failStatus, { 'Content-Type': 'text/plain' }).end(error instanceof Error ? error.message : String(error)),
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, route: (next) => void (route = next) };
}

function handlerRoute(path: string, fn: HandlerFn, rewrite?: (body: string) => string): Route {
  return async (req, body) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method !== 'POST' || url.pathname !== path)
      return { status: 404, body: `no route ${req.method} ${url.pathname}`, type: 'text/plain' };
    const text = rewrite ? rewrite(body.toString('utf8')) : body.toString('utf8');
    const out = await fn(text);
    const payload =
      typeof out.response === 'string'
        ? out.response
        : new Uint8Array(out.response.buffer, out.response.byteOffset, out.response.byteLength);
    return { status: out.statusCode, body: payload, type: out.contentType ?? 'text/plain' };
  };
}

const b64 = (data: ArrayBufferView | Buffer): string => Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');

/** Starts Fulcio, Rekor v1, TSA and an OIDC token endpoint on loopback ports, with fresh keys. */
export async function startSigstoreMock(): Promise<SigstoreMock> {
  const ec = (): { publicKey: KeyObject; privateKey: KeyObject } => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const caKeys = ec();
  const ctKeys = ec();
  const tlogKeys = ec();
  const tsaKeys = ec();
  const issuerKeys = ec();
  const kid = randomBytes(8).toString('hex');
  const start = new Date(Date.now() - 60_000);

  const ctlog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(caKeys, ctlog);
  const tsa = await initializeTSA(tsaKeys);
  // The mock stamps genTime with milliseconds, which asn1js writes with 1-3 digits; verifiers
  // accept exactly 3 or none. Whole seconds keep every timestamp parseable.
  Object.assign(tsa, { getCurrentTime: () => new Date(Math.floor(Date.now() / 1000) * 1000) });

  // Fulcio: check the token as the real one does, then let the mock issue a certificate for
  // the subject real Fulcio would use (the mock otherwise takes one claim verbatim).
  const fulcio = await serve(
    handlerRoute('/api/v2/signingCert', fulcioHandler(ca, { subjectClaim: SUBJECT_CLAIM }).fn, (text) => {
      const request = JSON.parse(text) as { credentials?: { oidcIdentityToken?: string } };
      const token = request.credentials?.oidcIdentityToken ?? '';
      const claims = verifyJwt(token, issuerKeys.publicKey);
      const [header = '', , signature = ''] = token.split('.');
      const rewritten = `${header}.${b64url(JSON.stringify({ ...claims, [SUBJECT_CLAIM]: subjectOf(claims) }))}.${signature}`;
      return JSON.stringify({ ...request, credentials: { oidcIdentityToken: rewritten } });
    }),
    401,
  );
  const rekor = await serve(() => Promise.resolve({ status: 503, body: 'starting', type: 'text/plain' }));
  const tlog = await initializeTLog(rekor.url, tlogKeys);
  rekor.route(handlerRoute('/api/v1/log/entries', rekorHandler(tlog).fn));
  const tsaServer = await serve(handlerRoute('/api/v1/timestamp', tsaHandler(tsa).fn));

  // The runner's token endpoint: GET <url>&audience=X with `Authorization: Bearer <request token>`.
  const requests = new Map<string, Record<string, unknown>>();
  let oidcBase = '';
  const oidcUrl = (): string => oidcBase;
  const oidc = await serve((req) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const auth = req.headers.authorization ?? '';
    const claims = requests.get(auth.replace(/^Bearer /i, ''));
    if (url.pathname === '/.well-known/openid-configuration') {
      return Promise.resolve({
        status: 200,
        body: JSON.stringify({ issuer: oidcUrl(), jwks_uri: `${oidcUrl()}/jwks` }),
        type: 'application/json',
      });
    }
    if (url.pathname === '/jwks') {
      const jwk = { ...issuerKeys.publicKey.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' };
      return Promise.resolve({ status: 200, body: JSON.stringify({ keys: [jwk] }), type: 'application/json' });
    }
    if (url.pathname !== '/token' || req.method !== 'GET') return Promise.resolve({ status: 404, body: 'not found', type: 'text/plain' });
    if (!claims) return Promise.resolve({ status: 401, body: '{"message":"Bad credentials"}', type: 'application/json' });
    const audience = url.searchParams.get('audience') ?? 'sigstore';
    const token = signJwt(githubClaims({ ...claims, aud: audience }), issuerKeys.privateKey, kid);
    return Promise.resolve({ status: 200, body: JSON.stringify({ value: token }), type: 'application/json' });
  });

  oidcBase = oidc.url;
  const spki = (key: KeyObject): Buffer => key.export({ format: 'der', type: 'spki' });
  const validFor = { start: start.toISOString() };
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: rekor.url,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: spki(tlogKeys.publicKey).toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
        logId: { keyId: createHash('sha256').update(spki(tlogKeys.publicKey)).digest('base64') },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: fulcio.url,
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor,
      },
    ],
    ctlogs: [
      {
        baseUrl: `${fulcio.url}/ct`,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: ctlog.publicKey.toString('base64'), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor },
        logId: { keyId: b64(ctlog.logID) },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore-tsa' },
        uri: tsaServer.url,
        certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] },
        validFor,
      },
    ],
  };

  const servers = [fulcio.server, rekor.server, tsaServer.server, oidc.server];
  return {
    fulcioURL: fulcio.url,
    rekorURL: rekor.url,
    tsaURL: tsaServer.url,
    trustedRoot,
    issuerURL: oidc.url,
    defaultClaims: githubClaims(),
    oidcToken: (claims = {}) => Promise.resolve(signJwt(githubClaims(claims), issuerKeys.privateKey, kid)),
    actionsTokenEnv: (claims = {}) => {
      const requestToken = randomBytes(16).toString('hex');
      requests.set(requestToken, claims);
      return { ACTIONS_ID_TOKEN_REQUEST_URL: `${oidc.url}/token?api-version=2.0`, ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken };
    },
    stop: async () => {
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.closeAllConnections();
              s.close(() => resolve());
            }),
        ),
      );
    },
  };
}

/**
 * Verifies a bundle (JSON) offline with `@sigstore/verify`: against `trustedRoot` for keyless
 * bundles, or against `publicKeyPem` for key bundles (matched by the bundle's key hint).
 * Returns the signer's certificate subject (keyless) or the key hint; throws when it does not verify.
 */
export async function verifyBundle(
  bundleJson: unknown,
  options: { trustedRoot?: object; publicKeyPem?: string; artifact?: Buffer; tlog?: number; timestamps?: number },
): Promise<string> {
  const { bundleFromJSON } = await import('@sigstore/bundle');
  const { TrustedRoot } = await import('@sigstore/protobuf-specs');
  const { Verifier, toSignedEntity, toTrustMaterial } = await import('@sigstore/verify');
  const { createPublicKey } = await import('node:crypto');
  const bundle = bundleFromJSON(bundleJson);
  const root = TrustedRoot.fromJSON(
    options.trustedRoot ?? {
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: [],
      certificateAuthorities: [],
      ctlogs: [],
      timestampAuthorities: [],
    },
  );
  const keyFinder = options.publicKeyPem
    ? (hint: string) => {
        const content = bundle.verificationMaterial.content;
        if (content.$case !== 'publicKey' || content.publicKey.hint !== hint) throw new Error(`no key for hint ${hint}`);
        return { publicKey: createPublicKey(options.publicKeyPem as string), validFor: () => true };
      }
    : undefined;
  const keyed = Boolean(options.publicKeyPem);
  const verifier = new Verifier(toTrustMaterial(root, keyFinder), {
    tlogThreshold: options.tlog ?? (keyed ? 0 : 1),
    ctlogThreshold: keyed ? 0 : 1,
    timestampThreshold: options.timestamps ?? 0,
  });
  const signer = verifier.verify(toSignedEntity(bundle, options.artifact));
  return (
    signer.identity?.subjectAlternativeName ??
    (bundle.verificationMaterial.content.$case === 'publicKey' ? bundle.verificationMaterial.content.publicKey.hint : 'unknown')
  );
}
