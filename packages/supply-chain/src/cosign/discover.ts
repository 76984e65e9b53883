import { errorCodes, errorMessage, UserError } from '@slipway/core';
import { parseBundle } from '../bundle.js';
import type { OciClient } from '../oci/client.js';
import { MEDIA, type Descriptor } from '../oci/media-types.js';
import type { ImageReference } from '../oci/reference.js';
import { ANNOTATION, signatureTag } from './formats.js';

/** A Sigstore bundle found as a referrer of an image. */
export interface ReferrerBundle {
  manifest: Descriptor;
  /** `dev.sigstore.bundle.predicateType` of the referrer (cosign's sign type for signatures). */
  predicateType: string | undefined;
  /** The bundle JSON as stored. */
  text: string;
}

/** A classic cosign signature: the simple-signing payload and its layer's annotations. */
export interface ClassicSignature {
  payload: Buffer;
  annotations: Record<string, string>;
}

/** Larger than any Sigstore bundle or referrer manifest: a referrer that says so is set aside unread. */
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;

const NETWORK_CODES: readonly string[] = [errorCodes.networkTimeout, errorCodes.networkUnreachable, errorCodes.networkStatus];

/** One referrer as a bundle, or why it is not one. */
async function readReferrer(
  client: OciClient,
  ref: ImageReference & { digest: string },
  descriptor: Descriptor,
): Promise<{ bundle: ReferrerBundle } | { skip: string }> {
  const name = `${ref.repository}@${descriptor.digest}`;
  if (descriptor.mediaType !== MEDIA.ociManifest) return { skip: `${name} is a ${descriptor.mediaType}, not an OCI manifest` };
  if (descriptor.size > MAX_MANIFEST_BYTES)
    return { skip: `${name} says it is ${descriptor.size} bytes, more than a referrer manifest is` };
  const manifest = await client.findManifest(ref.repository, descriptor.digest, MEDIA.ociManifest);
  if (!manifest) return { skip: `${name} is listed but not in the registry` };
  const annotations = (manifest.json['annotations'] ?? descriptor.annotations ?? {}) as Record<string, string>;
  const layers = manifest.json['layers'];
  const layer = Array.isArray(layers)
    ? (layers as Partial<Descriptor>[]).find((l) => typeof l === 'object' && l !== null && l.mediaType === MEDIA.sigstoreBundle)
    : undefined;
  if (!layer || typeof layer.digest !== 'string' || typeof layer.size !== 'number') return { skip: `${name} has no Sigstore bundle layer` };
  if (layer.size > MAX_BUNDLE_BYTES) return { skip: `${name} has a bundle layer of ${layer.size} bytes, more than a Sigstore bundle is` };
  const text = (await client.getBlob(ref.repository, layer.digest)).toString('utf8');
  parseBundle(text, `the referrer ${name}`);
  return { bundle: { manifest: manifest.descriptor, predicateType: annotations[ANNOTATION.bundlePredicateType], text } };
}

/**
 * Every Sigstore bundle attached to the image as a referrer (API or tag-schema fallback),
 * optionally only those with one predicate type. Each blob is checked against its digest.
 * Anyone who may push to the repository can attach referrers, so a referrer that is not a
 * readable Sigstore bundle (another artifact type, an unknown media type, a missing or broken
 * layer, a bundle that does not parse) is set aside with a note to `note` (default: the client's
 * warn), never an error: it cannot make verification pass, and it must not make it fail. A
 * registry that cannot be reached is still an error.
 */
export async function fetchReferrerBundles(
  client: OciClient,
  ref: ImageReference & { digest: string },
  predicateType?: string,
  options: { note?: (message: string) => void } = {},
): Promise<ReferrerBundle[]> {
  const note = options.note ?? client.warn;
  const { manifests, skipped } = await client.referrers(ref.repository, ref.digest);
  for (const s of skipped) note(`Ignored an entry of the referrers of ${ref.repository}@${ref.digest}: ${s}`);
  const others = manifests.filter((m) => m.artifactType !== MEDIA.sigstoreBundle);
  if (others.length > 0) {
    const types = [...new Set(others.map((m) => m.artifactType ?? `no artifact type (${m.mediaType})`))];
    note(
      `Ignored ${others.length} referrer${others.length === 1 ? '' : 's'} of ${ref.repository}@${ref.digest} that ${others.length === 1 ? 'is' : 'are'} not a Sigstore bundle: ${types.join(', ')}`,
    );
  }
  const out: ReferrerBundle[] = [];
  for (const descriptor of manifests.filter((m) => m.artifactType === MEDIA.sigstoreBundle)) {
    let read: Awaited<ReturnType<typeof readReferrer>>;
    try {
      read = await readReferrer(client, ref, descriptor);
    } catch (error) {
      if (!(error instanceof UserError) || NETWORK_CODES.includes(error.code)) throw error;
      read = { skip: errorMessage(error) };
    }
    if ('skip' in read) {
      note(`Ignored the referrer ${descriptor.digest} of ${ref.repository}@${ref.digest}: ${read.skip}`);
      continue;
    }
    if (predicateType !== undefined && read.bundle.predicateType !== predicateType) continue;
    out.push(read.bundle);
  }
  return out;
}

/** The classic `sha256-<hex>.sig` signatures of an image (none when the tag is absent). */
export async function fetchClassicSignatures(client: OciClient, ref: ImageReference & { digest: string }): Promise<ClassicSignature[]> {
  const tag = signatureTag(ref.digest);
  if (!(await client.headManifest(ref.repository, tag))) return [];
  const manifest = await client.getManifest(ref.repository, tag);
  const layers = manifest.json['layers'];
  if (!Array.isArray(layers)) {
    client.warn(`Ignored the signature manifest ${ref.repository}:${tag}: it has no layers`);
    return [];
  }
  const out: ClassicSignature[] = [];
  for (const layer of layers as Descriptor[]) {
    if (layer.mediaType !== MEDIA.simpleSigning) continue;
    out.push({ payload: await client.getBlob(ref.repository, layer.digest), annotations: layer.annotations ?? {} });
  }
  return out;
}
