import {
  bundleFromValue,
  connectRegistry,
  fetchClassicSignatures,
  fetchReferrerBundles,
  signatureTag,
  type CredentialSources,
} from '@slipway/supply-chain';
import { classicSignatureBundle } from './cosign-classic.js';
import type { SourcedBundle } from './verify-subject.js';
import type { ImageBundleFinder } from './image-subject.js';
import { parseJson, UserError } from '@slipway/core';

/** Where registry credentials come from: explicit ones, then the docker config (anonymous pull otherwise). */
export type RegistryAccess = CredentialSources;

/**
 * Finds an image's Sigstore bundles as OCI 1.1 referrers (the referrers API, or the
 * `sha256-<hex>` tag-schema index where the registry has none), as cosign v3 and our
 * cosign-sign push them, and cosign's classic `sha256-<hex>.sig` signatures. Registry errors
 * propagate: an unreachable registry is never a pass.
 */
export function registryBundleFinder(access: RegistryAccess = {}): ImageBundleFinder {
  return {
    async find(image) {
      const client = await connectRegistry(image.registry, access);
      if (!(await client.headManifest(image.repository, image.digest))) {
        throw new UserError(`The image ${image.registry}/${image.repository}@${image.digest} is not in the registry`, {
          hint: 'check the repository and the digest the build pushed',
        });
      }
      const found = await fetchReferrerBundles(client, image);
      const bundles: SourcedBundle[] = found.map((r) => {
        const source = `referrer ${r.manifest.digest.slice(0, 19)}…${r.predicateType ? ` (${r.predicateType})` : ''}`;
        return { bundle: bundleFromValue(parseJson(r.text, source), source), source };
      });
      const classic = await fetchClassicSignatures(client, image);
      classic.forEach((signature, i) => {
        const source = `${signatureTag(image.digest)}[${i}]`;
        const rebuilt = classicSignatureBundle(signature, source);
        bundles.push({ bundle: rebuilt.bundle, source, signedPayload: { bytes: rebuilt.payload, claimedDigest: rebuilt.claimedDigest } });
      });
      return bundles;
    },
  };
}
