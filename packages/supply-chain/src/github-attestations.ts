import type { SerializedBundle } from '@sigstore/bundle';
import { fetchWithPolicy, readBody, UserError } from '@slipway/core';

/** Where and as whom to store an attestation in GitHub. */
export interface AttestationUpload {
  apiUrl: string;
  /** `owner/repo` */
  repository: string;
  token: string;
  fetch?: typeof fetch;
}

/**
 * Stores a bundle with GitHub's attestations API (`POST /repos/{owner}/{repo}/attestations`),
 * where `gh attestation verify` finds it; returns the attestation id.
 */
export async function uploadAttestation(bundle: SerializedBundle, target: AttestationUpload): Promise<string> {
  const url = `${target.apiUrl.replace(/\/+$/, '')}/repos/${target.repository}/attestations`;
  // Deadlines and the suite's retries; storing the same bundle twice is harmless.
  const res = await fetchWithPolicy(
    url,
    {
      method: 'POST',
      headers: {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${target.token}`,
        'Content-Type': 'application/json',
        'X-GitHub-Api-Version': '2022-11-28',
      },
      body: JSON.stringify({ bundle }),
    },
    { what: 'the GitHub API', ...(target.fetch ? { fetch: target.fetch } : {}) },
  );
  const text = (await readBody(res, 'the GitHub API')).toString('utf8');
  if (!res.ok) {
    throw new UserError(`GitHub refused to store the attestation: ${res.status} ${text.slice(0, 300)}`, {
      hint: res.status === 403 || res.status === 404 ? 'the job needs `permissions: attestations: write` (and contents: read)' : undefined,
    });
  }
  let id: unknown;
  try {
    id = (JSON.parse(text) as { id?: unknown }).id;
  } catch {
    id = undefined;
  }
  if (typeof id !== 'number' && typeof id !== 'string') throw new UserError('GitHub stored the attestation but returned no id');
  return String(id);
}
