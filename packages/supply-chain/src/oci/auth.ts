import { errorMessage, fetchWithPolicy, readBody, UserError, type FetchPolicy } from '@slipway/core';
import type { RegistryCredentials } from './docker-config.js';

/** A parsed `WWW-Authenticate` challenge. */
export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses `Bearer realm="...",service="...",scope="..."` (quoted values may hold commas). */
export function parseChallenge(header: string): Challenge | undefined {
  const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of (m[2] ?? '').matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
    params[(p[1] ?? '').toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
  }
  return { scheme: (m[1] ?? '').toLowerCase(), params };
}

/** `Basic <base64 user:password>`; an identity token is never sent this way. */
export function basicAuth(credentials: RegistryCredentials): string | undefined {
  if ('identityToken' in credentials) return undefined;
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}

/** The client id Docker's CLI sends in the OAuth2 token flow. */
export const OAUTH_CLIENT_ID = 'docker';

/** How token requests are made: the registry client's fetch, deadlines and retry policy. */
export type TokenFetchPolicy = Omit<FetchPolicy, 'what' | 'body'>;

function tokenFrom(text: string, origin: string): string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const token = record['token'] ?? record['access_token'];
  if (typeof token !== 'string' || token === '') throw new UserError(`The registry's token service ${origin} answered without a token`);
  return token;
}

/**
 * Fetches a bearer token from the challenge's realm (the distribution token protocol). A user
 * and password go as basic auth on a GET (anonymous pull without them); an identity token (what
 * `docker login` keeps for registries that issue refresh tokens) is exchanged as Docker does,
 * through the OAuth2 flow: a form POST with `grant_type=refresh_token`.
 */
export async function fetchBearerToken(
  challenge: Challenge,
  scope: string,
  credentials: RegistryCredentials | undefined,
  policy: TokenFetchPolicy = {},
): Promise<string> {
  const realm = challenge.params['realm'];
  if (!realm) throw new UserError('The registry asked for a bearer token but named no realm to get it from');
  let url: URL;
  try {
    url = new URL(realm);
  } catch (error) {
    throw new UserError(`The registry's token realm '${realm}' is not a URL: ${errorMessage(error)}`);
  }
  const wanted = challenge.params['scope'] && !scope ? challenge.params['scope'] : scope;
  const what = `the registry's token service ${url.origin}`;
  let res: Response;
  if (credentials && 'identityToken' in credentials) {
    const form = new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: credentials.identityToken,
      client_id: OAUTH_CLIENT_ID,
      scope: wanted,
      ...(challenge.params['service'] ? { service: challenge.params['service'] } : {}),
    });
    res = await fetchWithPolicy(
      url,
      { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() },
      { ...policy, what },
    );
  } else {
    if (challenge.params['service']) url.searchParams.set('service', challenge.params['service']);
    url.searchParams.set('scope', wanted);
    const auth = credentials ? basicAuth(credentials) : undefined;
    res = await fetchWithPolicy(url, { headers: auth ? { Authorization: auth } : {} }, { ...policy, what });
  }
  const text = (await readBody(res, what)).toString('utf8');
  if (!res.ok) {
    throw new UserError(`The registry's token service ${url.origin} answered ${res.status} for ${scope}: ${text.slice(0, 200)}`, {
      hint: credentials
        ? 'identityToken' in credentials
          ? 'the identity token in the docker config was refused: log in to the registry again'
          : 'check the registry username and password (or token) and that they may push to this repository'
        : 'log in to the registry (docker/login-action, or registry-username and registry-password)',
    });
  }
  return tokenFrom(text, url.origin);
}
