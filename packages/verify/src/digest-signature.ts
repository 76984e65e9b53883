import { p256, p384, p521 } from '@noble/curves/nist.js';
import type { MessageSignature } from '@sigstore/bundle';
import { crypto } from '@sigstore/core';

type KeyObject = crypto.KeyObject;

const CURVES = { prime256v1: p256, secp384r1: p384, secp521r1: p521 } as const;

/**
 * The signature content of a message-signature bundle when only the artifact's digest is
 * known. Node can only verify over the message, so the ECDSA check runs on the digest with
 * @noble/curves (prehash off). Non-ECDSA keys cannot be checked from a digest and fail.
 */
export class DigestSignatureContent {
  readonly signature: Buffer;
  private readonly digest: Buffer;
  private readonly bundleDigest: Buffer;

  constructor(messageSignature: MessageSignature, sha256: string) {
    this.signature = messageSignature.signature;
    this.bundleDigest = messageSignature.messageDigest?.digest ?? Buffer.alloc(0);
    this.digest = Buffer.from(sha256, 'hex');
  }

  compareSignature(signature: Buffer): boolean {
    return crypto.bufferEqual(signature, this.signature);
  }

  compareDigest(digest: Buffer): boolean {
    return crypto.bufferEqual(digest, this.bundleDigest);
  }

  compareSignedDigest(digest: Buffer): boolean {
    return this.compareDigest(digest);
  }

  verifySignature(key: KeyObject): boolean {
    if (key.asymmetricKeyType !== 'ec') return false;
    const curveName = key.asymmetricKeyDetails?.namedCurve;
    const curve = curveName === undefined ? undefined : CURVES[curveName as keyof typeof CURVES];
    if (curve === undefined) return false;
    const jwk = key.export({ format: 'jwk' });
    if (typeof jwk.x !== 'string' || typeof jwk.y !== 'string') return false;
    const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
    try {
      return curve.verify(this.signature, this.digest, point, { prehash: false, format: 'der', lowS: false });
    } catch {
      return false;
    }
  }
}
