import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import type { Signer } from '@sigstore/sign';
import { UserError } from '@slipway/core';

/** A signer over a private key, with the public half verifiers need. */
export interface KeySigner {
  signer: Signer;
  /** SPKI PEM of the public key. */
  publicKeyPem: string;
  /** The bundle's key hint: base64 sha256 of the DER public key (as cosign writes it). */
  hint: string;
  /** `ecdsa-p256`, `ecdsa-p384` or `ed25519`. */
  algorithm: string;
  /** The hash a message-signature bundle records: the one Sigstore's algorithm registry pairs with the key type. */
  messageDigest: 'sha256' | 'sha384';
  /** Bundle kinds this key cannot make so that Sigstore verifiers accept them, each with the reason. */
  refuses: Partial<Record<BundleUse, string>>;
}

/** What a signature is for: a DSSE envelope (attestations, image signatures), a message signature (files), a Rekor entry of one. */
export type BundleUse = 'dsse' | 'message-signature' | 'message-signature-log';

interface KeyProfile {
  algorithm: string;
  /** The hash the signature is made over; null for pure Ed25519. */
  hash: 'sha256' | 'sha384' | null;
  messageDigest: 'sha256' | 'sha384';
  refuses: Partial<Record<BundleUse, string>>;
}

// Sigstore's algorithm registry: ecdsa-sha2-256-nistp256, ecdsa-sha2-384-nistp384, ed25519 (pure).
// Each key signs as the registry says; where the verifiers this suite and npm use (sigstore-js)
// cannot check the result, the key is refused for that use instead of making a bundle no one verifies.
const PROFILES: Record<string, KeyProfile> = {
  'ecdsa-p256': { algorithm: 'ecdsa-p256', hash: 'sha256', messageDigest: 'sha256', refuses: {} },
  'ecdsa-p384': {
    algorithm: 'ecdsa-p384',
    hash: 'sha384',
    messageDigest: 'sha384',
    refuses: {
      dsse: 'Sigstore signs P-384 with SHA-384, and sigstore-js verifiers check a DSSE envelope signature with SHA-256 only, so no attestation or image signature made with it would verify',
      'message-signature-log':
        "Sigstore signs P-384 with SHA-384, and sigstore-js's Rekor client labels every hashedrekord digest sha256, so Rekor refuses the entry",
    },
  },
  ed25519: {
    algorithm: 'ed25519',
    hash: null,
    messageDigest: 'sha256',
    refuses: {
      'message-signature':
        'Sigstore signs files with pure Ed25519 (over the whole file), and sigstore-js verifiers check a message signature with a digest, which pure Ed25519 does not take (Rekor wants Ed25519ph there)',
      'message-signature-log': 'Rekor takes Ed25519 file signatures only as Ed25519ph, which sigstore-js cannot verify',
    },
  },
};

function describeKeyError(error: unknown, source: string, hasPassphrase: boolean): UserError {
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_MISSING_PASSPHRASE' || /passphrase required/i.test(message)) {
    return new UserError(`The private key ${source} is encrypted and no passphrase was given`, {
      hint: 'pass the passphrase (private-key-passphrase / SLIPWAY_KEY_PASSPHRASE) from a secret',
    });
  }
  if (hasPassphrase && /bad decrypt|decrypt|interrupted or cancelled/i.test(message + code)) {
    return new UserError(`The passphrase does not decrypt the private key ${source}`, {
      hint: 'check that the passphrase secret belongs to this key',
    });
  }
  return new UserError(`The private key ${source} cannot be read: ${message}`, {
    hint: 'give a PEM private key (PKCS#8 "PRIVATE KEY", "EC PRIVATE KEY" or "ENCRYPTED PRIVATE KEY"): ECDSA P-256, P-384 or Ed25519',
  });
}

function profileOf(key: KeyObject, source: string): KeyProfile {
  if (key.asymmetricKeyType === 'ed25519') return PROFILES['ed25519']!;
  if (key.asymmetricKeyType === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve === 'prime256v1') return PROFILES['ecdsa-p256']!;
    if (curve === 'secp384r1') return PROFILES['ecdsa-p384']!;
    throw new UserError(`The private key ${source} is on curve ${curve ?? 'unknown'}, which Sigstore verifiers do not accept`, {
      hint: 'use ECDSA P-256 (openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256) or Ed25519',
    });
  }
  throw new UserError(
    `The private key ${source} is ${key.asymmetricKeyType ?? 'of an unknown type'}; only ECDSA P-256/P-384 and Ed25519 are supported`,
    {
      hint: 'generate one with `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256`',
    },
  );
}

/**
 * Loads a PEM private key (optionally encrypted) into a Sigstore `Signer`. `source` names the
 * key in errors (a path or the input name), never its content.
 */
export function keySigner(pem: string, options: { passphrase?: string; source?: string } = {}): KeySigner {
  const source = options.source ?? '(private key)';
  if (pem.trim() === '') {
    throw new UserError(`The private key ${source} is empty`, {
      hint: 'give the PEM private key to sign with; leave the key out entirely to sign keyless',
    });
  }
  if (/ENCRYPTED SIGSTORE PRIVATE KEY|ENCRYPTED COSIGN PRIVATE KEY/.test(pem)) {
    throw new UserError(`The private key ${source} is in cosign's own encrypted format, which only cosign reads`, {
      hint: 'use a PKCS#8 PEM key: `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -aes-256-cbc -out key.pem`',
    });
  }
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    throw new UserError(`The private key ${source} is not a PEM private key`, {
      hint: 'it must start with -----BEGIN PRIVATE KEY----- (or EC PRIVATE KEY / ENCRYPTED PRIVATE KEY)',
    });
  }
  if (!options.passphrase && /ENCRYPTED PRIVATE KEY|Proc-Type: 4,ENCRYPTED/.test(pem))
    throw describeKeyError({ code: 'ERR_MISSING_PASSPHRASE' }, source, false);
  let key: KeyObject;
  try {
    key = createPrivateKey(options.passphrase ? { key: pem, format: 'pem', passphrase: options.passphrase } : { key: pem, format: 'pem' });
  } catch (error) {
    throw describeKeyError(error, source, Boolean(options.passphrase));
  }
  const { algorithm, hash, messageDigest, refuses } = profileOf(key, source);
  const publicKey = createPublicKey(key);
  const der = publicKey.export({ format: 'der', type: 'spki' });
  const publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const hint = createHash('sha256').update(der).digest('base64');
  return {
    publicKeyPem,
    hint,
    algorithm,
    messageDigest,
    refuses,
    signer: {
      sign: (data: Buffer) =>
        Promise.resolve({ signature: sign(hash, data, key), key: { $case: 'publicKey', publicKey: publicKeyPem, hint } }),
    },
  };
}
