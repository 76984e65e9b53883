import { resolve } from 'node:path';
import { readTextFile } from '@slipway/core';
import {
  actionsIdentityProvider,
  cachedIdentity,
  PUBLIC_GOOD_FULCIO,
  PUBLIC_GOOD_REKOR,
  signingMethod,
  staticIdentityProvider,
  type IdentityProvider,
  type SigningMethod,
} from '@slipway/supply-chain';
import type { CliIO, OptionSpec } from '../command.js';

/** The signing flags `slipway provenance` and `slipway sign` share. */
export const signingOptions = {
  key: {
    type: 'string',
    value: 'PEM',
    description: 'sign with this PEM private key (passphrase in $SLIPWAY_KEY_PASSPHRASE); keyless without it',
  },
  'fulcio-url': { type: 'string', value: 'URL', description: `keyless: the Fulcio CA (default ${PUBLIC_GOOD_FULCIO})` },
  'rekor-url': { type: 'string', value: 'URL', description: `the Rekor log (default ${PUBLIC_GOOD_REKOR})` },
  'tsa-url': { type: 'string', value: 'URL', description: 'an RFC 3161 timestamp authority (optional)' },
  'tlog-upload': { type: 'boolean', description: 'with --key, also record the signature in Rekor' },
} as const satisfies Record<string, OptionSpec>;

type SigningValues = { key?: string; 'fulcio-url'?: string; 'rekor-url'?: string; 'tsa-url'?: string; 'tlog-upload'?: boolean };

/** The OIDC identity for keyless signing: $SIGSTORE_ID_TOKEN, else the GitHub runner's token service. */
export function cliIdentity(io: CliIO): IdentityProvider {
  const token = io.env['SIGSTORE_ID_TOKEN'];
  if (token) return staticIdentityProvider(token);
  return cachedIdentity(
    actionsIdentityProvider({ url: io.env['ACTIONS_ID_TOKEN_REQUEST_URL'], token: io.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] }),
  );
}

/** Key mode with --key, keyless otherwise. */
export async function cliSigningMethod(values: SigningValues, io: CliIO, identity = cliIdentity(io)): Promise<SigningMethod> {
  const keyPath = values.key ? resolve(io.cwd, values.key) : undefined;
  return signingMethod({
    privateKey: keyPath ? await readTextFile(keyPath, 'private key') : undefined,
    privateKeySource: keyPath ?? '',
    passphrase: io.env['SLIPWAY_KEY_PASSPHRASE'],
    fulcioURL: values['fulcio-url'] ?? PUBLIC_GOOD_FULCIO,
    rekorURL: values['rekor-url'] ?? PUBLIC_GOOD_REKOR,
    tsaURL: values['tsa-url'],
    tlogUpload: values['tlog-upload'] ?? false,
    identity,
  });
}
