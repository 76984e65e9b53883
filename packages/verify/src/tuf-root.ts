import { toTrustMaterial } from '@sigstore/verify';
import {
  decode,
  DEFAULT_RETRY,
  errorCodes,
  errorMessage,
  libraryNetworkError,
  networkDeadlineMs,
  promiseRetryOptions,
  readJsonFile,
  UserError,
} from '@slipway/core';
import type { Trust } from './trust-material.js';

export const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';

/** How long one metadata or target download from the mirror may take, body included (lowered by SLIPWAY_NETWORK_TIMEOUT). */
export const TUF_DEADLINE_MS = 10_000;

/** Where the TUF client keeps its verified metadata and which repository it follows. */
export interface TufOptions {
  cacheDir: string;
  mirrorUrl?: string;
  /**
   * The initial root.json of a repository other than public-good (whose root ships with
   * @sigstore/tuf), trusted on first use: later roots must be signed by it. Used only while the
   * cache holds no root of that mirror yet.
   */
  rootPath?: string;
  /** How rootPath is named in errors: "--tuf-root" or "input 'tuf-root'". */
  rootInput?: string;
}

/** What a TUF root.json must be at least: signed metadata of type root (tuf-js checks the rest: keys, threshold, expiry). */
const rootFile = decode.object({ signed: decode.object({ _type: decode.literal('root') }), signatures: decode.array(decode.unknown) });

/**
 * The trusted root through TUF: the cache (seeded from the package's root.json) is used while
 * its metadata is unexpired, so a warm cache works offline; otherwise the mirror is asked. Any
 * failure is an error naming the mirror, never a fallback to something unverified.
 */
export async function tufTrust(options: TufOptions): Promise<Trust> {
  const mirror = options.mirrorUrl ?? PUBLIC_GOOD_TUF_MIRROR;
  const deadlineMs = networkDeadlineMs(TUF_DEADLINE_MS);
  const rootInput = options.rootInput ?? 'rootPath';
  if (options.rootPath) await readJsonFile(options.rootPath, rootFile, rootInput);
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
    if ((error as { code?: unknown }).code === 'TUF_INIT_CACHE_ERROR') {
      throw new UserError(
        `The TUF repository ${mirror} is not public-good, and the TUF cache ${options.cacheDir} holds no root of it yet`,
        {
          code: errorCodes.usage,
          hint: `give the repository's initial root.json with ${rootInput} (from its operator, fetched over a channel you trust); it is used only to start the cache`,
          cause: error,
        },
      );
    }
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
