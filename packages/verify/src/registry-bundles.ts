import { fetchReferrerBundles, OciClient, type RegistryCredentials } from '@slipway/supply-chain';
import type { ImageBundleFinder } from './image-subject.js';
import { bundleFromValue } from './sigstore-bundle.js';
import { parseJson, UserError } from '@slipway/core';

/** How to reach a registry: credentials for private ones, plain HTTP for local ones. */
export interface RegistryAccess {
  credentials?: RegistryCredentials;
  plainHttp?: boolean;
}

/**
 * Finds an image's Sigstore bundles as OCI 1.1 referrers (the referrers API, or the
 * `sha256-<hex>` tag-schema index where the registry has none), as cosign v3 and our
 * cosign-sign push them. Registry errors propagate: an unreachable registry is never a pass.
 */
export function registryBundleFinder(access: RegistryAccess = {}): ImageBundleFinder {
  return {
    async find(image) {
      const client = new OciClient({
        registry: image.registry,
        ...(access.credentials ? { credentials: access.credentials } : {}),
        ...(access.plainHttp !== undefined ? { plainHttp: access.plainHttp } : {}),
      });
      if (!(await client.headManifest(image.repository, image.digest))) {
        throw new UserError(`The image ${image.registry}/${image.repository}@${image.digest} is not in the registry`, {
          hint: 'check the repository and the digest the build pushed',
        });
      }
      const found = await fetchReferrerBundles(client, image);
      return found.map((r) => {
        const source = `referrer ${r.manifest.digest.slice(0, 19)}…${r.predicateType ? ` (${r.predicateType})` : ''}`;
        return { bundle: bundleFromValue(parseJson(r.text, source), source), source };
      });
    },
  };
}
