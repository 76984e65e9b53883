import { UserError } from '@slipway/core';
import { artifactFromDigest } from './artifact.js';
import type { Policy } from './policy.js';
import type { Trust } from './trust-material.js';
import { verifySubject, type SourcedBundle, type SubjectReport } from './verify-subject.js';

/** An image pinned by digest: `registry/repository@sha256:<hex>`. */
export interface ImageReference {
  registry: string;
  repository: string;
  digest: string;
  text: string;
}

/** Finds the signature and attestation bundles attached to an image in its registry. */
export interface ImageBundleFinder {
  find(image: ImageReference): Promise<SourcedBundle[]>;
}

/** Parses `REF@sha256:<hex>`; an image given only by tag is refused, since a tag can move after verification. */
export function parseImageReference(text: string): ImageReference {
  const at = text.lastIndexOf('@');
  if (at < 0) {
    throw new UserError(`The image ${text} is given by tag, not by digest`, {
      hint: 'pass REF@sha256:<digest> (the digest the build pushed); a tag can point elsewhere by deploy time',
    });
  }
  const name = text.slice(0, at);
  const digest = text.slice(at + 1);
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new UserError(`The image ${text} has no valid sha256 digest after @`);
  const withoutTag = name.replace(/:[\w][\w.-]{0,127}$/, '');
  const slash = withoutTag.indexOf('/');
  const first = slash < 0 ? '' : withoutTag.slice(0, slash);
  // As Docker does: the first component is a registry when it has a dot or a port, or is localhost.
  const isRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  const registry = isRegistry ? first : 'docker.io';
  let repository = isRegistry ? withoutTag.slice(slash + 1) : withoutTag;
  if (registry === 'docker.io' && !repository.includes('/')) repository = `library/${repository}`;
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository)) {
    throw new UserError(`The image ${text} has an invalid repository name '${repository}'`);
  }
  return { registry, repository, digest, text };
}

/** Verifies an image by digest with the bundles its registry holds for it. */
export async function verifyImage(
  text: string,
  finder: ImageBundleFinder,
  policy: Policy,
  trust: Trust,
  now: Date,
): Promise<SubjectReport> {
  const image = parseImageReference(text);
  const bundles = await finder.find(image);
  return verifySubject(text, artifactFromDigest(image.digest, text), bundles, policy, trust, now);
}
