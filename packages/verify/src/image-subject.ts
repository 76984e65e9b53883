import { parseDigestReference, type ImageReference } from '@slipway/supply-chain';
import { artifactFromDigest } from './artifact.js';
import type { Policy } from './policy.js';
import type { Trust } from './trust-material.js';
import { verifySubject, type SourcedBundle, type SubjectReport } from './verify-subject.js';

/** An image pinned by digest. */
export type DigestImage = ImageReference & { digest: string };

/** Finds the signature and attestation bundles attached to an image in its registry. */
export interface ImageBundleFinder {
  find(image: DigestImage): Promise<SourcedBundle[]>;
}

/**
 * Verifies an image by digest (`REF@sha256:<hex>`) with the bundles its registry holds for it; an
 * image given only by tag is refused, since a tag can move after verification. `extra` are bundles
 * given besides (attestation files, such as reproducibility verdicts).
 */
export async function verifyImage(
  text: string,
  finder: ImageBundleFinder,
  policy: Policy,
  trust: Trust,
  now: Date,
  extra: readonly SourcedBundle[] = [],
): Promise<SubjectReport> {
  const image = parseDigestReference(text);
  const bundles = await finder.find(image);
  return verifySubject(text, artifactFromDigest(image.digest, text), [...bundles, ...extra], policy, trust, now);
}
