import type { IdentityProvider } from '@sigstore/sign';
import { input, type InputsOf } from '@slipway/core';
import { signingMethod } from './method.js';
import type { SigningMethod } from './sign.js';

/** The signing inputs every signing action declares, with the same names and defaults. */
export const signingInputSchema = {
  'private-key': input.string(),
  'private-key-passphrase': input.string(),
  'fulcio-url': input.string({ default: 'https://fulcio.sigstore.dev' }),
  'rekor-url': input.string({ default: 'https://rekor.sigstore.dev' }),
  'tsa-url': input.string(),
  'tlog-upload': input.boolean({ default: 'false' }),
};

export type SigningInputs = InputsOf<typeof signingInputSchema>;

/** The signing method the inputs choose: key mode with `private-key`, keyless otherwise. */
export function signingMethodFromInputs(inputs: SigningInputs, identity: IdentityProvider): SigningMethod {
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
