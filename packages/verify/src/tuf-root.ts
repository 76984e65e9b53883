import { toTrustMaterial } from '@sigstore/verify';
import { DEFAULT_RETRY, errorMessage, libraryNetworkError, networkDeadlineMs, promiseRetryOptions, UserError } from '@slipway/core';
import type { Trust } from './trust-material.js';

export const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';

/** How long one metadata or target download from the mirror may take, body included (lowered by SLIPWAY_NETWORK_TIMEOUT). */
export const TUF_DEADLINE_MS = 10_000;

/** Where the TUF client keeps its verified metadata and which repository it follows. */
export interface TufOptions {
  cacheDir: string;
  mirrorUrl?: string;
  /** The initial root.json of a repository other than public-good (which ships with @sigstore/tuf). */
  rootPath?: string;
}

/**
 * The trusted root through TUF: the cache (seeded from the package's root.json) is used while
 * its metadata is unexpired, so a warm cache works offline; otherwise the mirror is asked. Any
 * failure is an error naming the mirror, never a fallback to something unverified.
 */
export async function tufTrust(options: TufOptions): Promise<Trust> {
  const mirror = options.mirrorUrl ?? PUBLIC_GOOD_TUF_MIRROR;
  const deadlineMs = networkDeadlineMs(TUF_DEADLINE_MS);
  try {
    // @sigstore/tuf (tuf-js and its HTTP client) only when a trusted root is asked of a mirror.
    const { getTrustedRoot } = await import('@sigstore/tuf');
    const root = await getTrustedRoot({
      mirrorURL: mirror,
      cachePath: options.cacheDir,
      ...(options.rootPath ? { rootPath: options.rootPath } : {}),
      forceCache: true,
      retry: promiseRetryOptions(DEFAULT_RETRY),
      timeout: deadlineMs,
    });
    return { material: toTrustMaterial(root), label: `Sigstore trusted root from TUF ${mirror}`, keyMode: false };
  } catch (error) {
    const network = libraryNetworkError(error, 'the mirror', mirror, deadlineMs);
    if (network) {
      throw new UserError(`Cannot get the Sigstore trusted root from the TUF repository ${mirror}: ${network.message}`, {
        code: network.code,
        hint: 'check that the mirror is reachable (or that the TUF cache was filled while it was), or pass a trusted_root.json',
        cause: error,
      });
    }
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new UserError(`Cannot get the Sigstore trusted root from the TUF repository ${mirror}: ${errorMessage(error)}${cause}`, {
      hint: 'check that the mirror is reachable (or that the TUF cache was filled while it was), or pass a trusted_root.json',
      cause: error,
    });
  }
}
