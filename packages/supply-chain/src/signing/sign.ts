import type { Bundle, SerializedBundle } from '@sigstore/bundle';
import type { IdentityProvider } from '@sigstore/sign';
import { UserError } from '@slipway/core';
import type { BundleUse, KeySigner } from './key-signer.js';

export const PUBLIC_GOOD_FULCIO = 'https://fulcio.sigstore.dev';
export const PUBLIC_GOOD_REKOR = 'https://rekor.sigstore.dev';

/** How to sign: a key (optionally logged in Rekor) or keyless (Fulcio certificate, Rekor entry). */
export type SigningMethod =
  | { mode: 'key'; key: KeySigner; rekorURL?: string; tsaURL?: string }
  | { mode: 'keyless'; identity: IdentityProvider; fulcioURL: string; rekorURL: string; tsaURL?: string };

/** A signed Sigstore bundle (v0.3) with what a report shows about it. */
export interface SignedBundle {
  bundle: Bundle;
  json: SerializedBundle;
  /** The bundle as written to disk (JSON, one trailing newline). */
  text: string;
  /** Who signed: the certificate's subject (keyless) or `key:<hint>`. */
  signer: string;
  /** The Rekor log index, when the signature was logged. */
  logIndex: string | undefined;
}

/** How long one call to Fulcio, Rekor or a timestamp authority may take (lowered by SLIPWAY_NETWORK_TIMEOUT). */
export const SIGSTORE_DEADLINE_MS = 30_000;

/**
 * Refuses, before anything is signed or pushed, a key that cannot make one of these bundle kinds
 * so that Sigstore verifiers accept it (P-384 DSSE, Ed25519 file signatures), naming the key and why.
 */
export function checkKeyFits(method: SigningMethod, uses: readonly ('dsse' | 'message-signature')[]): void {
  if (method.mode !== 'key') return;
  const wanted: BundleUse[] = [...uses];
  if (uses.includes('message-signature') && method.rekorURL) wanted.push('message-signature-log');
  for (const use of wanted) {
    const why = method.key.refuses[use];
    if (why === undefined) continue;
    const what =
      use === 'dsse'
        ? 'attestations and image signatures'
        : use === 'message-signature'
          ? 'file signatures'
          : 'file signatures logged in Rekor';
    throw new UserError(`The ${method.key.algorithm} key cannot make ${what}: ${why}`, {
      hint: 'sign with an ECDSA P-256 key (openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256), which every Sigstore verifier accepts',
    });
  }
}

/** @sigstore/sign (with its Fulcio, Rekor and timestamp clients and make-fetch-happen, about 1 MB), loaded on the first signing. */
const library = () => import('./sign-sigstore.js');

/** Signs a payload as a DSSE envelope (an in-toto statement, usually) and packs a v0.3 bundle. */
export async function signDsse(payload: Buffer, payloadType: string, method: SigningMethod): Promise<SignedBundle> {
  checkKeyFits(method, ['dsse']);
  return (await library()).signDsseWithLibrary(payload, payloadType, method);
}

/** Signs bytes with a plain message signature (the key type's digest + signature) in a v0.3 bundle. */
export async function signBlob(data: Buffer, method: SigningMethod): Promise<SignedBundle> {
  checkKeyFits(method, ['message-signature']);
  return (await library()).signBlobWithLibrary(data, method);
}
