import { TrustedRoot } from '@sigstore/protobuf-specs';
import seedsJson from '@sigstore/tuf/seeds.json' with { type: 'json' };
import { toTrustMaterial, type TrustMaterial } from '@sigstore/verify';
import { createHash } from 'node:crypto';
import { crypto } from '@sigstore/core';
import { decode, errorMessage, parseJson, UserError } from '@slipway/core';

/** Where trust comes from: the public-good root, a given trusted_root.json, or a public key (over either root's logs). */
export type TrustSource =
  | { kind: 'public-good' }
  | { kind: 'trusted-root'; json: string; source: string }
  | { kind: 'public-key'; pem: string; source: string; root?: { json: string; source: string } };

/** The trust the verifier uses, and a label for the report. */
export interface Trust {
  material: TrustMaterial;
  label: string;
  keyMode: boolean;
  /** In key mode: the key's `sha256:<hex>` fingerprint (of its SubjectPublicKeyInfo DER) and cosign-style base64 hint. */
  key?: { fingerprint: string; hint: string };
}

const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';

const seedsDecoder = decode.record(decode.object({ targets: decode.record(decode.string) }));

let publicGoodJson: string | undefined;

/**
 * The public-good trusted root that ships in `@sigstore/tuf` (the TUF seed target), so
 * verification works offline with the root the package was released with.
 */
export function publicGoodTrustedRootJson(): string {
  if (publicGoodJson !== undefined) return publicGoodJson;
  const seeds = seedsDecoder(seedsJson, '@sigstore/tuf/seeds.json');
  const target = seeds[PUBLIC_GOOD_MIRROR]?.targets['trusted_root.json'];
  if (target === undefined) throw new Error(`@sigstore/tuf seeds.json has no trusted_root.json for ${PUBLIC_GOOD_MIRROR}`);
  publicGoodJson = Buffer.from(target, 'base64').toString('utf8');
  return publicGoodJson;
}

/** Parses a trusted_root.json; a file that is not one fails with its name. */
export function parseTrustedRoot(json: string, source: string): TrustedRoot {
  const value = parseJson(json, source);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserError(`${source} is not a Sigstore trusted root: expected a JSON object`);
  }
  const mediaType = (value as Record<string, unknown>)['mediaType'];
  if (typeof mediaType !== 'string' || !mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
    throw new UserError(`${source} is not a Sigstore trusted root: mediaType is ${JSON.stringify(mediaType)}`, {
      hint: 'pass a trusted_root.json (mediaType application/vnd.dev.sigstore.trustedroot+json;version=0.1)',
    });
  }
  requireValidityStarts(value, source, '');
  try {
    return TrustedRoot.fromJSON(value);
  } catch (error) {
    throw new UserError(`${source} is not a valid Sigstore trusted root: ${errorMessage(error)}`, { cause: error });
  }
}

// A TimeRange without a start would be read as "valid since forever": reject the root instead.
function requireValidityStarts(value: unknown, source: string, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => requireValidityStarts(v, source, `${path}[${i}]`));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, inner] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key === 'validFor') {
      const start = typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>)['start'] : undefined;
      if (typeof start !== 'string' || Number.isNaN(Date.parse(start))) {
        throw new UserError(`${source}: ${at}.start is missing or not a time; every validity range needs a start`);
      }
    }
    requireValidityStarts(inner, source, at);
  }
}

/** A PEM public key as a key object; the error names the file. */
export function parsePublicKey(pem: string, source: string): crypto.KeyObject {
  try {
    return crypto.createPublicKey(pem);
  } catch (error) {
    throw new UserError(`${source} is not a PEM public key: ${errorMessage(error)}`, { cause: error });
  }
}

/** Builds the trust material for a source. In key mode every key hint resolves to the given key. */
export function loadTrust(source: TrustSource): Trust {
  switch (source.kind) {
    case 'public-good':
      return {
        material: toTrustMaterial(parseTrustedRoot(publicGoodTrustedRootJson(), 'public-good trusted root')),
        label: 'Sigstore public-good (root shipped with @sigstore/tuf)',
        keyMode: false,
      };
    case 'trusted-root':
      return {
        material: toTrustMaterial(parseTrustedRoot(source.json, source.source)),
        label: `trusted root ${source.source}`,
        keyMode: false,
      };
    case 'public-key': {
      const key = parsePublicKey(source.pem, source.source);
      const root = source.root ?? { json: publicGoodTrustedRootJson(), source: 'public-good trusted root' };
      // The bundle's key hint is not authenticated, so every hint maps to the one key we were given.
      const material = toTrustMaterial(parseTrustedRoot(root.json, root.source), () => ({ publicKey: key, validFor: () => true }));
      const der = key.export({ format: 'der', type: 'spki' });
      const digest = createHash('sha256').update(der).digest();
      return {
        material,
        label: `public key ${source.source}`,
        keyMode: true,
        key: { fingerprint: `sha256:${digest.toString('hex')}`, hint: digest.toString('base64') },
      };
    }
  }
}
