import { UserError } from '@slipway/core';
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

export function basicAuth(credentials: RegistryCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}

/**
 * Fetches a bearer token from the challenge's realm (the distribution token protocol), sending
 * the credentials as basic auth when there are any (anonymous pull otherwise).
 */
export async function fetchBearerToken(
  challenge: Challenge,
  scope: string,
  credentials: RegistryCredentials | undefined,
  fetchImpl: typeof fetch,
): Promise<string> {
  const realm = challenge.params['realm'];
  if (!realm) throw new UserError('The registry asked for a bearer token but named no realm to get it from');
  const url = new URL(realm);
  if (challenge.params['service']) url.searchParams.set('service', challenge.params['service']);
  url.searchParams.set('scope', challenge.params['scope'] && !scope ? challenge.params['scope'] : scope);
  const res = await fetchImpl(url, {
    headers: credentials ? { Authorization: basicAuth(credentials) } : {},
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  if (!res.ok) {
    throw new UserError(`The registry's token service ${url.origin} answered ${res.status} for ${scope}: ${text.slice(0, 200)}`, {
      hint: credentials
        ? 'check the registry username and password (or token) and that they may push to this repository'
        : 'log in to the registry (docker/login-action, or registry-username and registry-password)',
    });
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const token =
    typeof body === 'object' && body !== null
      ? ((body as Record<string, unknown>)['token'] ?? (body as Record<string, unknown>)['access_token'])
      : undefined;
  if (typeof token !== 'string' || token === '') throw new UserError(`The registry's token service ${url.origin} answered without a token`);
  return token;
}
