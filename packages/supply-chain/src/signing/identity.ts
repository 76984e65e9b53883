import type { IdentityProvider } from '@sigstore/sign';
import { fetchWithPolicy, readBody, UserError } from '@slipway/core';

/** Where the runner hands out OIDC tokens (`ACTIONS_ID_TOKEN_REQUEST_URL` / `_TOKEN`). */
export interface ActionsTokenRequest {
  url: string | undefined;
  token: string | undefined;
  audience?: string;
}

/**
 * The job's OIDC token from the runner's token service. Absent variables mean the job lacks
 * `id-token: write`; a failed request names its status.
 */
export function actionsIdentityProvider(request: ActionsTokenRequest, fetchImpl: typeof fetch = fetch): IdentityProvider {
  return {
    getToken: async () => {
      if (!request.url || !request.token) {
        throw new UserError('Keyless signing needs the job’s OIDC token, and this job has none (ACTIONS_ID_TOKEN_REQUEST_URL is not set)', {
          hint: 'add `permissions: id-token: write` to the job, or sign with a key (private-key input)',
        });
      }
      const url = new URL(request.url);
      url.searchParams.append('audience', request.audience ?? 'sigstore');
      const what = `the runner's OIDC token service ${url.origin}`;
      const res = await fetchWithPolicy(
        url,
        { headers: { Accept: 'application/json', Authorization: `Bearer ${request.token}` } },
        { what, fetch: fetchImpl },
      );
      const text = (await readBody(res, what)).toString('utf8');
      if (!res.ok) {
        throw new UserError(`The OIDC token request answered ${res.status} ${res.statusText}: ${text.slice(0, 200)}`, {
          hint: 'the job needs `permissions: id-token: write`; a fork pull request never gets a token',
        });
      }
      let value: unknown;
      try {
        value = (JSON.parse(text) as { value?: unknown }).value;
      } catch {
        value = undefined;
      }
      if (typeof value !== 'string' || value.split('.').length !== 3) {
        throw new UserError('The OIDC token service answered without a token (no `value` JWT in its JSON)');
      }
      return value;
    },
  };
}

/** A fixed identity token (SIGSTORE_ID_TOKEN or a flag), for CI systems other than GitHub's. */
export function staticIdentityProvider(token: string): IdentityProvider {
  return { getToken: () => Promise.resolve(token) };
}
