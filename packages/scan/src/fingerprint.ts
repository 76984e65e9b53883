import { digestBytes } from '@slipway/core';
import type { Finding } from './finding.js';

/** `ghcr.io/org/app:1.2@sha256:..` -> `ghcr.io/org/app`: a rebuild changes the tag and digest, not the repository. */
export function imageRepository(image: string | undefined): string {
  if (!image) return '';
  const noDigest = image.split('@')[0] ?? image;
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > lastSlash ? noDigest.slice(0, colon) : noDigest;
}

/**
 * A finding's identity that survives a rebuild: rule, package (not its version, so an upgrade
 * that does not fix keeps the alert and its SLA clock), file for file-based kinds, image repository.
 */
export function fingerprint(f: Finding): string {
  // Scanners name package types differently (Trivy `debian`, Grype `deb`): an OS package is keyed as `os`.
  const path = (f.path ?? f.target ?? '').replace(/\\/g, '/').replace(/^\/+/, '');
  const where = f.kind === 'vulnerability' ? `${f.package?.os ? 'os' : path}/${f.package?.name ?? ''}` : `${path}|${f.package?.name ?? ''}`;
  return digestBytes(`${f.kind}|${f.id.toUpperCase()}|${where}|${imageRepository(f.image)}`).slice(0, 32);
}
