import type { Bundle } from '@sigstore/bundle';
import { EMPTY_CONFIG, MEDIA, type Descriptor } from '../oci/media-types.js';
import { STATEMENT_TYPE_V1 } from '../statement.js';

/** The predicate type of cosign v3's image signature statement. */
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
/** cosign's in-band marker in a simple-signing payload. */
export const SIMPLE_SIGNING_TYPE = 'cosign container image signature';

/** The annotations cosign writes on a classic `.sig` layer and on bundle referrers. */
export const ANNOTATION = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  bundle: 'dev.sigstore.cosign/bundle',
  rfc3161: 'dev.sigstore.cosign/rfc3161timestamp',
  bundleContent: 'dev.sigstore.bundle.content',
  bundlePredicateType: 'dev.sigstore.bundle.predicateType',
  created: 'org.opencontainers.image.created',
} as const;

/** cosign's classic signature tag for an image digest: `sha256-<hex>.sig`. */
export function signatureTag(digest: string): string {
  return `${digest.replace(':', '-')}.sig`;
}

/** cosign's classic attestation tag: `sha256-<hex>.att`. */
export function attestationTag(digest: string): string {
  return `${digest.replace(':', '-')}.att`;
}

/** The in-toto statement cosign v3 signs for an image (subject by digest only, empty predicate). */
export function cosignSignStatement(digest: string): Record<string, unknown> {
  const [algorithm = 'sha256', hex = ''] = digest.split(':');
  return { _type: STATEMENT_TYPE_V1, subject: [{ digest: { [algorithm]: hex } }], predicateType: COSIGN_SIGN_PREDICATE, predicate: {} };
}

/** The simple-signing payload cosign signs in the classic format. */
export function simpleSigningPayload(dockerReference: string, digest: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': dockerReference },
        image: { 'docker-manifest-digest': digest },
        type: SIMPLE_SIGNING_TYPE,
      },
      optional: null,
    }),
  );
}

/** The OCI 1.1 referrer manifest that carries a Sigstore bundle (cosign v3's default layout). */
export function bundleReferrerManifest(
  bundleBlob: Descriptor,
  subject: Descriptor,
  annotations: { content: 'dsse-envelope' | 'message-signature'; predicateType: string; created: Date },
): { bytes: Buffer; annotations: Record<string, string> } {
  const notes = {
    [ANNOTATION.bundleContent]: annotations.content,
    [ANNOTATION.bundlePredicateType]: annotations.predicateType,
    [ANNOTATION.created]: annotations.created.toISOString(),
  };
  const manifest = {
    schemaVersion: 2,
    mediaType: MEDIA.ociManifest,
    artifactType: MEDIA.sigstoreBundle,
    config: EMPTY_CONFIG,
    layers: [{ mediaType: bundleBlob.mediaType, digest: bundleBlob.digest, size: bundleBlob.size }],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
    annotations: notes,
  };
  return { bytes: Buffer.from(JSON.stringify(manifest)), annotations: notes };
}

const pem = (der: Uint8Array): string =>
  `-----BEGIN CERTIFICATE-----\n${(
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g) ?? []
  ).join('\n')}\n-----END CERTIFICATE-----\n`;

/** The annotations of a classic `.sig` layer, taken from a message-signature bundle. */
export function classicSignatureAnnotations(bundle: Bundle): Record<string, string> {
  if (bundle.content.$case !== 'messageSignature') throw new Error('classicSignatureAnnotations: the bundle holds no message signature');
  const out: Record<string, string> = { [ANNOTATION.signature]: Buffer.from(bundle.content.messageSignature.signature).toString('base64') };
  const material = bundle.verificationMaterial.content;
  const certs =
    material.$case === 'certificate'
      ? [material.certificate.rawBytes]
      : material.$case === 'x509CertificateChain'
        ? material.x509CertificateChain.certificates.map((c) => c.rawBytes)
        : [];
  if (certs[0]) out[ANNOTATION.certificate] = pem(certs[0]);
  if (certs.length > 1) out[ANNOTATION.chain] = certs.slice(1).map(pem).join('');
  const entry = bundle.verificationMaterial.tlogEntries[0];
  if (entry?.inclusionPromise) {
    out[ANNOTATION.bundle] = JSON.stringify({
      SignedEntryTimestamp: Buffer.from(entry.inclusionPromise.signedEntryTimestamp).toString('base64'),
      Payload: {
        body: Buffer.from(entry.canonicalizedBody).toString('base64'),
        integratedTime: Number(entry.integratedTime),
        logIndex: Number(entry.logIndex),
        logID: Buffer.from(entry.logId.keyId).toString('hex'),
      },
    });
  }
  const stamp = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0];
  if (stamp) out[ANNOTATION.rfc3161] = JSON.stringify({ SignedRFC3161Timestamp: Buffer.from(stamp.signedTimestamp).toString('base64') });
  return out;
}

/** The config blob of a classic signature image (cosign writes an empty image config). */
export function classicSignatureConfig(layerDigests: readonly string[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      architecture: '',
      created: '0001-01-01T00:00:00Z',
      history: [{ created: '0001-01-01T00:00:00Z' }],
      os: '',
      rootfs: { type: 'layers', diff_ids: layerDigests },
      config: {},
    }),
  );
}

/** The classic `.sig` manifest: one simple-signing layer per signature. */
export function classicSignatureManifest(config: Descriptor, layers: readonly Descriptor[]): Buffer {
  return Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: MEDIA.ociManifest,
      config: { mediaType: config.mediaType, digest: config.digest, size: config.size },
      layers,
    }),
  );
}
