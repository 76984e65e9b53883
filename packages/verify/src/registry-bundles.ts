import { errorMessage, UserError } from '@slipway/core';
import type { ImageBundleFinder, ImageReference } from './image-subject.js';
import { bundleFromValue } from './sigstore-bundle.js';
import type { SourcedBundle } from './verify-subject.js';

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  artifactType?: string;
  annotations?: Record<string, string>;
}

/** The slice of an OCI distribution client this finder needs (supply-chain's `OciClient` has it). */
export interface RegistryReader {
  getManifest(repository: string, reference: string): Promise<{ json: Record<string, unknown> }>;
  headManifest(repository: string, reference: string): Promise<Descriptor | undefined>;
  getBlob(repository: string, digest: string): Promise<Buffer>;
  referrers(repository: string, digest: string): Promise<{ manifests: Descriptor[]; via: string }>;
}

const BUNDLE_MEDIA = /^application\/vnd\.dev\.sigstore\.bundle(\.v0\.\d+)?\+json/;

function layersOf(manifest: Record<string, unknown>): Descriptor[] {
  const layers = manifest['layers'];
  if (!Array.isArray(layers)) return [];
  return layers.filter(
    (l): l is Descriptor =>
      typeof l === 'object' &&
      l !== null &&
      typeof (l as Descriptor).digest === 'string' &&
      typeof (l as Descriptor).mediaType === 'string',
  );
}

function parseJsonBlob(bytes: Buffer, source: string): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    throw new UserError(`${source} is not JSON: ${errorMessage(error)}`);
  }
}

/**
 * Finds bundles for an image: OCI 1.1 referrers carrying a Sigstore bundle layer (through the
 * referrers API or the `sha256-<hex>` tag fallback), as cosign v3 and attest-build-provenance
 * push them. Registry errors propagate: an unreachable registry is never a pass.
 */
export function registryBundleFinder(client: RegistryReader): ImageBundleFinder {
  return {
    async find(image: ImageReference): Promise<SourcedBundle[]> {
      const { repository, digest } = image;
      const found: SourcedBundle[] = [];
      const subject = await client.headManifest(repository, digest);
      if (!subject)
        throw new UserError(`The image ${image.text} does not exist in ${image.registry}`, { hint: 'check the repository and digest' });
      const referrers = await client.referrers(repository, digest);
      for (const ref of referrers.manifests) {
        const manifest = await client.getManifest(repository, ref.digest);
        for (const layer of layersOf(manifest.json)) {
          if (!BUNDLE_MEDIA.test(layer.mediaType)) continue;
          const source = `referrer ${ref.digest.slice(0, 19)}…`;
          found.push({ bundle: bundleFromValue(parseJsonBlob(await client.getBlob(repository, layer.digest), source), source), source });
        }
      }
      return found;
    },
  };
}
