import { createHash } from 'node:crypto';
import type { Bundle } from '@sigstore/bundle';
import { pem } from '@sigstore/core';
import { ANNOTATION, bundleFromValue, type ClassicSignature } from '@slipway/supply-chain';
import { UserError } from '@slipway/core';

/** A classic cosign signature as a bundle over its simple-signing payload, with the digest the payload names. */
export interface ClassicBundle {
  bundle: Bundle;
  payload: Buffer;
  /** `critical.image.docker-manifest-digest` of the payload. */
  claimedDigest: string | undefined;
}

function certificates(notes: Record<string, string>): string[] {
  const text = `${notes[ANNOTATION.certificate] ?? ''}${notes[ANNOTATION.chain] ?? ''}`;
  return [...text.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)].map((m) => pem.toDER(m[0]).toString('base64'));
}

function parseJsonAnnotation(text: string, what: string, source: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new UserError(`${source}: the ${what} annotation is not a JSON object`);
}

const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

// cosign's rekor bundle annotation: {SignedEntryTimestamp, Payload: {body, integratedTime, logIndex, logID (hex)}}.
function tlogEntries(notes: Record<string, string>, source: string): unknown[] {
  const raw = notes[ANNOTATION.bundle];
  if (!raw) return [];
  const rekor = parseJsonAnnotation(raw, 'Rekor bundle', source);
  const payload = obj(rekor['Payload']);
  const body = typeof payload['body'] === 'string' ? payload['body'] : '';
  const kind = obj(JSON.parse(Buffer.from(body, 'base64').toString('utf8') || '{}'));
  return [
    {
      logIndex: String(payload['logIndex']),
      logId: { keyId: Buffer.from(String(payload['logID']), 'hex').toString('base64') },
      kindVersion: {
        kind: typeof kind['kind'] === 'string' ? kind['kind'] : 'hashedrekord',
        version: typeof kind['apiVersion'] === 'string' ? kind['apiVersion'] : '0.0.1',
      },
      integratedTime: String(payload['integratedTime']),
      inclusionPromise: { signedEntryTimestamp: rekor['SignedEntryTimestamp'] },
      canonicalizedBody: body,
    },
  ];
}

/**
 * Rebuilds a Sigstore bundle (v0.1: certificate chain, Rekor entry with its signed entry
 * timestamp, RFC 3161 timestamp) from a classic `.sig` layer's annotations, so the same
 * verifier checks it. The signature covers the simple-signing payload, not the image itself.
 */
export function classicSignatureBundle(signature: ClassicSignature, source: string): ClassicBundle {
  const notes = signature.annotations;
  const sig = notes[ANNOTATION.signature];
  if (!sig) throw new UserError(`${source}: the layer has no ${ANNOTATION.signature} annotation`);
  const certs = certificates(notes);
  const stamp = notes[ANNOTATION.rfc3161] ? parseJsonAnnotation(notes[ANNOTATION.rfc3161] ?? '', 'RFC 3161 timestamp', source) : undefined;
  const value = {
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    verificationMaterial: {
      ...(certs.length > 0
        ? { x509CertificateChain: { certificates: certs.map((rawBytes) => ({ rawBytes })) } }
        : { publicKey: { hint: '' } }),
      tlogEntries: tlogEntries(notes, source),
      ...(stamp ? { timestampVerificationData: { rfc3161Timestamps: [{ signedTimestamp: stamp['SignedRFC3161Timestamp'] }] } } : {}),
    },
    messageSignature: {
      messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(signature.payload).digest('base64') },
      signature: sig,
    },
  };
  let claimedDigest: string | undefined;
  try {
    const critical = obj(obj(JSON.parse(signature.payload.toString('utf8')))['critical']);
    const digest = obj(critical['image'])['docker-manifest-digest'];
    claimedDigest = typeof digest === 'string' ? digest : undefined;
  } catch {
    claimedDigest = undefined;
  }
  return { bundle: bundleFromValue(value, source), payload: signature.payload, claimedDigest };
}
