import { UserError } from '@slipway/core';
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

/**
 * Every Sigstore bundle attached to the image as a referrer (API or tag-schema fallback),
 * optionally only those with one predicate type. Each blob is checked against its digest.
 */
export async function fetchReferrerBundles(
  client: OciClient,
  ref: ImageReference & { digest: string },
  predicateType?: string,
): Promise<ReferrerBundle[]> {
  const { manifests } = await client.referrers(ref.repository, ref.digest, MEDIA.sigstoreBundle);
  const out: ReferrerBundle[] = [];
  for (const descriptor of manifests) {
    const manifest = await client.getManifest(ref.repository, descriptor.digest);
    const annotations = (manifest.json['annotations'] ?? descriptor.annotations ?? {}) as Record<string, string>;
    const type = annotations[ANNOTATION.bundlePredicateType];
    if (predicateType !== undefined && type !== predicateType) continue;
    const layers = manifest.json['layers'];
    const layer = Array.isArray(layers) ? (layers as Descriptor[]).find((l) => l.mediaType === MEDIA.sigstoreBundle) : undefined;
    if (!layer) throw new UserError(`The referrer ${ref.repository}@${descriptor.digest} has no Sigstore bundle layer`);
    const text = (await client.getBlob(ref.repository, layer.digest)).toString('utf8');
    out.push({ manifest: manifest.descriptor, predicateType: type, text });
  }
  return out;
}

/** The classic `sha256-<hex>.sig` signatures of an image (none when the tag is absent). */
export async function fetchClassicSignatures(client: OciClient, ref: ImageReference & { digest: string }): Promise<ClassicSignature[]> {
  const tag = signatureTag(ref.digest);
  if (!(await client.headManifest(ref.repository, tag))) return [];
  const manifest = await client.getManifest(ref.repository, tag);
  const layers = manifest.json['layers'];
  if (!Array.isArray(layers)) throw new UserError(`The signature manifest ${ref.repository}:${tag} has no layers`);
  const out: ClassicSignature[] = [];
  for (const layer of layers as Descriptor[]) {
    if (layer.mediaType !== MEDIA.simpleSigning) continue;
    out.push({ payload: await client.getBlob(ref.repository, layer.digest), annotations: layer.annotations ?? {} });
  }
  return out;
}
