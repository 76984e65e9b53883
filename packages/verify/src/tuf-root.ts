import { getTrustedRoot } from '@sigstore/tuf';
import { toTrustMaterial } from '@sigstore/verify';
import { errorMessage, UserError } from '@slipway/core';
import type { Trust } from './trust-material.js';

export const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';

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
  try {
    const root = await getTrustedRoot({
      mirrorURL: mirror,
      cachePath: options.cacheDir,
      ...(options.rootPath ? { rootPath: options.rootPath } : {}),
      forceCache: true,
      retry: { retries: 1 },
      timeout: 10_000,
    });
    return { material: toTrustMaterial(root), label: `Sigstore trusted root from TUF ${mirror}`, keyMode: false };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new UserError(`Cannot get the Sigstore trusted root from the TUF repository ${mirror}: ${errorMessage(error)}${cause}`, {
      hint: 'check that the mirror is reachable (or that the TUF cache was filled while it was), or pass a trusted_root.json',
      cause: error,
    });
  }
}
