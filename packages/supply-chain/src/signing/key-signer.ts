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
}

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
    hint: 'give a PEM private key (PKCS#8 "PRIVATE KEY", "EC PRIVATE KEY" or "ENCRYPTED PRIVATE KEY"): ECDSA P-256 or Ed25519',
  });
}

function algorithmOf(key: KeyObject, source: string): { algorithm: string; hash: string | null } {
  if (key.asymmetricKeyType === 'ed25519') return { algorithm: 'ed25519', hash: null };
  if (key.asymmetricKeyType === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    if (curve === 'prime256v1') return { algorithm: 'ecdsa-p256', hash: 'sha256' };
    if (curve === 'secp384r1') return { algorithm: 'ecdsa-p384', hash: 'sha384' };
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
  const { algorithm, hash } = algorithmOf(key, source);
  const publicKey = createPublicKey(key);
  const der = publicKey.export({ format: 'der', type: 'spki' });
  const publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  const hint = createHash('sha256').update(der).digest('base64');
  return {
    publicKeyPem,
    hint,
    algorithm,
    signer: {
      sign: (data: Buffer) =>
        Promise.resolve({ signature: sign(hash, data, key), key: { $case: 'publicKey', publicKey: publicKeyPem, hint } }),
    },
  };
}
