import type { IdentityProvider } from '@sigstore/sign';
import { keySigner } from './key-signer.js';
import type { SigningMethod } from './sign.js';

/** What a caller (action inputs, CLI flags) says about signing. */
export interface SigningChoice {
  /** PEM private key content; absent (undefined) means keyless. Given but empty or unreadable is an error, never keyless. */
  privateKey: string | undefined;
  /** Names the key in messages (an input name or a path), never its content. */
  privateKeySource: string;
  passphrase: string | undefined;
  fulcioURL: string;
  rekorURL: string;
  tsaURL: string | undefined;
  /** Key mode only: also log in Rekor (keyless always logs). */
  tlogUpload: boolean;
  identity: IdentityProvider;
}

/** Key mode when a key is given (even an empty one, which keySigner refuses), keyless otherwise. */
export function signingMethod(choice: SigningChoice): SigningMethod {
  const tsaURL = choice.tsaURL || undefined;
  if (choice.privateKey !== undefined) {
    const key = keySigner(choice.privateKey, {
      source: choice.privateKeySource,
      ...(choice.passphrase ? { passphrase: choice.passphrase } : {}),
    });
    return { mode: 'key', key, ...(choice.tlogUpload ? { rekorURL: choice.rekorURL } : {}), ...(tsaURL ? { tsaURL } : {}) };
  }
  return {
    mode: 'keyless',
    identity: choice.identity,
    fulcioURL: choice.fulcioURL,
    rekorURL: choice.rekorURL,
    ...(tsaURL ? { tsaURL } : {}),
  };
}

/** An identity provider that asks once and reuses the token (provenance claims and Fulcio share it). */
export function cachedIdentity(provider: IdentityProvider): IdentityProvider {
  let token: Promise<string> | undefined;
  return {
    getToken: () => {
      token ??= provider.getToken();
      return token;
    },
  };
}
