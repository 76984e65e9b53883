import { resolve } from 'node:path';
import { parseUserUrl, readTextFile, SMALL_FILE_LIMIT } from '@slipway/core';
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
import { UsageError, type CliIO, type OptionSpec } from '../command.js';

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

const url = (value: string | undefined, flag: string): string | undefined =>
  value === undefined ? undefined : parseUserUrl(value, flag).href.replace(/\/$/, '');

/**
 * Key mode with --key, keyless otherwise. A --key that is given is always used: one that cannot
 * be read or parsed (missing, a folder, empty, not a key) is an error naming the file, never a
 * silent switch to keyless signing.
 */
export async function cliSigningMethod(values: SigningValues, io: CliIO, identity = cliIdentity(io)): Promise<SigningMethod> {
  if (values.key === '') throw new UsageError('--key needs a path to a PEM private key');
  const keyPath = values.key === undefined ? undefined : resolve(io.cwd, values.key);
  return signingMethod({
    privateKey: keyPath === undefined ? undefined : await readTextFile(keyPath, 'private key', { maxBytes: SMALL_FILE_LIMIT }),
    privateKeySource: keyPath ?? '',
    passphrase: io.env['SLIPWAY_KEY_PASSPHRASE'],
    fulcioURL: url(values['fulcio-url'], '--fulcio-url') ?? PUBLIC_GOOD_FULCIO,
    rekorURL: url(values['rekor-url'], '--rekor-url') ?? PUBLIC_GOOD_REKOR,
    tsaURL: url(values['tsa-url'], '--tsa-url'),
    tlogUpload: values['tlog-upload'] ?? false,
    identity,
  });
}
