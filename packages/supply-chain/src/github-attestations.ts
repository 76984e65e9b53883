import type { SerializedBundle } from '@sigstore/bundle';
import { UserError } from '@slipway/core';

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
  let res: Response;
  try {
    res = await (target.fetch ?? fetch)(url, {
      method: 'POST',
      headers: {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${target.token}`,
        'Content-Type': 'application/json',
        'X-GitHub-Api-Version': '2022-11-28',
      },
      body: JSON.stringify({ bundle }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new UserError(`Cannot reach the GitHub API at ${url}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  const text = await res.text();
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
