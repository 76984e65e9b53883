import { digestBytes, UserError } from '@slipway/core';

/** What was signed: the bytes themselves, or only their sha256 digest (images, `sha256:` conformance inputs). */
export type Artifact = { kind: 'bytes'; bytes: Buffer; sha256: string; name: string } | { kind: 'digest'; sha256: string; name: string };

/** An artifact from its bytes. */
export function artifactFromBytes(bytes: Buffer, name: string): Artifact {
  return { kind: 'bytes', bytes, sha256: digestBytes(bytes), name };
}

const DIGEST = /^sha256:([0-9a-fA-F]{64})$/;

/** True for a `sha256:<64 hex>` reference. */
export function isDigestReference(text: string): boolean {
  return DIGEST.test(text);
}

/** An artifact known only by `sha256:<hex>`. */
export function artifactFromDigest(reference: string, name = reference): Artifact {
  const match = DIGEST.exec(reference);
  if (!match?.[1]) throw new UserError(`'${reference}' is not a digest; expected sha256: followed by 64 hex digits`);
  return { kind: 'digest', sha256: match[1].toLowerCase(), name };
}
