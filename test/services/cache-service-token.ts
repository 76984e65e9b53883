import { createHmac, timingSafeEqual } from 'node:crypto';

/** A cache scope in the runtime token's `ac` claim; permission bits 1 = read, 2 = write. */
export interface TokenScope {
  scope: string;
  permission: number;
}

export interface RuntimeClaims {
  runId: string;
  jobId: string;
  scopes: TokenScope[];
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

/**
 * An `ACTIONS_RUNTIME_TOKEN` shaped like the runner's: a JWT whose `scp` carries
 * `Actions.Results:<runId>:<jobId>` (what @actions/artifact decodes) and whose `ac` lists the
 * cache scopes as GitHub's does (`[{"Scope":"refs/heads/main","Permission":3}]`).
 */
export function mintRuntimeToken(secret: Buffer, claims: RuntimeClaims): string {
  const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
  const now = Math.floor(Date.now() / 1000);
  const payload = b64url(
    JSON.stringify({
      scp: `Actions.ExampleScope Actions.Results:${claims.runId}:${claims.jobId}`,
      ac: JSON.stringify(claims.scopes.map((s) => ({ Scope: s.scope, Permission: s.permission }))),
      iat: now,
      nbf: now,
      exp: now + 6 * 3600,
      iss: 'vstoken.actions.githubusercontent.com',
    }),
  );
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

/** The claims of a token this service signed, or undefined when the signature or shape is wrong. */
export function verifyRuntimeToken(secret: Buffer, token: string): RuntimeClaims | undefined {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return undefined;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url'));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  let body: unknown;
  let ac: unknown;
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    ac = JSON.parse(String(field(body, 'ac')));
  } catch {
    return undefined;
  }
  const scp = field(body, 'scp');
  const results = typeof scp === 'string' ? scp.split(' ').find((s) => s.startsWith('Actions.Results:')) : undefined;
  const [, runId, jobId] = results?.split(':') ?? [];
  if (!runId || !jobId || !Array.isArray(ac)) return undefined;
  const scopes: TokenScope[] = [];
  for (const item of ac) {
    const scope = field(item, 'Scope');
    const permission = field(item, 'Permission');
    if (typeof scope !== 'string' || typeof permission !== 'number') return undefined;
    scopes.push({ scope, permission });
  }
  return { runId, jobId, scopes };
}
