import type { IdentityProvider } from '@sigstore/sign';
import { input, InputError, parseUserUrl, UserError, type InputSpec, type InputsOf } from '@slipway/core';
import { signingMethod } from './method.js';
import type { SigningMethod } from './sign.js';

/** A URL input: refused when it is not an http(s) URL, so a typo fails before anything is signed. */
function urlInput(opts: { default?: string } = {}): InputSpec<string | undefined> {
  const base = input.string(opts);
  return {
    ...base,
    parse: (raw, name) => {
      try {
        return parseUserUrl(raw, `Input '${name}'`).href.replace(/\/$/, '');
      } catch (error) {
        throw new InputError(name, `is not an http(s) URL: '${raw}'`, error instanceof UserError ? error.hint : undefined);
      }
    },
  };
}

/** The signing inputs every signing action declares, with the same names and defaults. */
export const signingInputSchema = {
  'private-key': input.string(),
  'private-key-passphrase': input.string(),
  'fulcio-url': urlInput({ default: 'https://fulcio.sigstore.dev' }) as InputSpec<string>,
  'rekor-url': urlInput({ default: 'https://rekor.sigstore.dev' }) as InputSpec<string>,
  'tsa-url': urlInput(),
  'tlog-upload': input.boolean({ default: 'false' }),
};

export type SigningInputs = InputsOf<typeof signingInputSchema>;

/**
 * The signing method the inputs choose: key mode with `private-key`, keyless otherwise. A
 * passphrase without a key means the key secret is missing (an unset secret reads as ''): that
 * is an error, never a silent switch to keyless signing.
 */
export function signingMethodFromInputs(inputs: SigningInputs, identity: IdentityProvider): SigningMethod {
  if (!inputs.privateKey && inputs.privateKeyPassphrase) {
    throw new InputError(
      'private-key',
      "is empty but 'private-key-passphrase' is set: the key's secret is missing or empty",
      'check the secret the private-key input names; to sign keyless, remove both inputs',
    );
  }
  return signingMethod({
    privateKey: inputs.privateKey,
    privateKeySource: "from input 'private-key'",
    passphrase: inputs.privateKeyPassphrase,
    fulcioURL: inputs.fulcioUrl,
    rekorURL: inputs.rekorUrl,
    tsaURL: inputs.tsaUrl,
    tlogUpload: inputs.tlogUpload,
    identity,
  });
}
