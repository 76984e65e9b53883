import type { Bundle } from '@sigstore/bundle';
import { UserError } from '@slipway/core';
import type { OciClient } from '../oci/client.js';
import { MEDIA, type Descriptor } from '../oci/media-types.js';
import { repositoryName, type ImageReference } from '../oci/reference.js';
import { checkKeyFits, signBlob, signDsse, type SignedBundle, type SigningMethod } from '../signing/sign.js';
import { IN_TOTO_PAYLOAD_TYPE } from '../statement.js';
import {
  bundleReferrerManifest,
  classicSignatureAnnotations,
  classicSignatureConfig,
  classicSignatureManifest,
  COSIGN_SIGN_PREDICATE,
  cosignSignStatement,
  signatureTag,
  simpleSigningPayload,
} from './formats.js';

type DigestRef = ImageReference & { digest: string };

/** What signing one image wrote to its registry. */
export interface ImageSignature {
  image: string;
  digest: string;
  /** The referrer manifest carrying the Sigstore bundle. */
  referrer: Descriptor;
  bundle: SignedBundle;
  /** The classic `sha256-<hex>.sig` tag, when written. */
  classicTag: string | undefined;
}

/** The image's manifest descriptor; an image not in the registry is an error naming it. */
export async function subjectDescriptor(client: OciClient, ref: DigestRef): Promise<Descriptor> {
  const found = await client.headManifest(ref.repository, ref.digest);
  if (!found) {
    throw new UserError(`The image ${repositoryName(ref)}@${ref.digest} is not in the registry`, {
      hint: 'push the image before signing it, and check the digest',
    });
  }
  return found;
}

/** Pushes a bundle as an OCI 1.1 referrer of `subject` (tag-schema index where the registry has no API). */
export async function attachBundle(
  client: OciClient,
  repository: string,
  subject: Descriptor,
  bundleText: string,
  annotations: { content: 'dsse-envelope' | 'message-signature'; predicateType: string; created: Date },
): Promise<Descriptor> {
  const blob = await client.pushBlob(repository, Buffer.from(bundleText), MEDIA.sigstoreBundle);
  // The manifest's config is the empty descriptor; registries want its blob present too.
  await client.pushBlob(repository, Buffer.from('{}'), MEDIA.ociEmpty);
  const manifest = bundleReferrerManifest(blob, subject, annotations);
  return client.pushReferrer(repository, subject.digest, manifest.bytes, {
    mediaType: MEDIA.ociManifest,
    artifactType: MEDIA.sigstoreBundle,
    annotations: manifest.annotations,
  });
}

/** Appends a classic signature layer to the image's `.sig` manifest (creating it when absent). */
async function writeClassicSignature(client: OciClient, ref: DigestRef, payload: Buffer, bundle: Bundle): Promise<string> {
  const tag = signatureTag(ref.digest);
  const layer = {
    ...(await client.pushBlob(ref.repository, payload, MEDIA.simpleSigning)),
    annotations: classicSignatureAnnotations(bundle),
  };
  const layers: Descriptor[] = [];
  if (await client.headManifest(ref.repository, tag)) {
    const existing = await client.getManifest(ref.repository, tag);
    const old = existing.json['layers'];
    if (Array.isArray(old)) for (const l of old) layers.push(l as Descriptor);
  }
  const sig = layer.annotations['dev.cosignproject.cosign/signature'];
  if (!layers.some((l) => l.annotations?.['dev.cosignproject.cosign/signature'] === sig)) layers.push(layer);
  const config = await client.pushBlob(ref.repository, classicSignatureConfig(layers.map((l) => l.digest)), MEDIA.ociConfig);
  await client.putManifest(ref.repository, tag, classicSignatureManifest(config, layers), MEDIA.ociManifest);
  return tag;
}

/**
 * Signs an image by digest in cosign's formats: a DSSE bundle of cosign's sign statement as an
 * OCI referrer, and on request the classic `.sig` tag with a simple-signing payload. Nothing is
 * reported until every write succeeded.
 */
export async function signImage(
  client: OciClient,
  ref: DigestRef,
  method: SigningMethod,
  options: { classic?: boolean; now?: Date } = {},
): Promise<ImageSignature> {
  // Both kinds are checked first: the classic signature must not fail after the referrer is pushed.
  checkKeyFits(method, options.classic ? ['dsse', 'message-signature'] : ['dsse']);
  const subject = await subjectDescriptor(client, ref);
  const statement = Buffer.from(JSON.stringify(cosignSignStatement(ref.digest)));
  const bundle = await signDsse(statement, IN_TOTO_PAYLOAD_TYPE, method);
  const referrer = await attachBundle(client, ref.repository, subject, bundle.text, {
    content: 'dsse-envelope',
    predicateType: COSIGN_SIGN_PREDICATE,
    created: options.now ?? new Date(),
  });
  let classicTag: string | undefined;
  if (options.classic) {
    const payload = simpleSigningPayload(repositoryName(ref), ref.digest);
    const classic = await signBlob(payload, method);
    classicTag = await writeClassicSignature(client, ref, payload, classic.bundle);
  }
  return { image: `${repositoryName(ref)}@${ref.digest}`, digest: ref.digest, referrer, bundle, classicTag };
}
