import {
  BUNDLE_V01_MEDIA_TYPE,
  BUNDLE_V02_MEDIA_TYPE,
  BUNDLE_V03_LEGACY_MEDIA_TYPE,
  BUNDLE_V03_MEDIA_TYPE,
  bundleFromJSON,
  type Bundle,
} from '@sigstore/bundle';
import { errorMessage, parseJson, UserError } from '@slipway/core';

const KNOWN_MEDIA_TYPES = [BUNDLE_V01_MEDIA_TYPE, BUNDLE_V02_MEDIA_TYPE, BUNDLE_V03_LEGACY_MEDIA_TYPE, BUNDLE_V03_MEDIA_TYPE];

/** Decodes a Sigstore bundle (v0.1 to v0.3) from JSON; anything else is a UserError naming the source. */
export function parseBundle(text: string, source: string): Bundle {
  return bundleFromValue(parseJson(text, source), source);
}

/** Decodes an already-parsed Sigstore bundle document. */
export function bundleFromValue(value: unknown, source: string): Bundle {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserError(`${source} is not a Sigstore bundle: expected a JSON object`);
  }
  const mediaType = (value as Record<string, unknown>)['mediaType'];
  if (typeof mediaType !== 'string' || !KNOWN_MEDIA_TYPES.includes(mediaType)) {
    throw new UserError(`${source}: mediaType ${JSON.stringify(mediaType)} is not a Sigstore bundle version this verifier knows`, {
      hint: `accepted: ${KNOWN_MEDIA_TYPES.join(', ')}`,
    });
  }
  try {
    return bundleFromJSON(value);
  } catch (error) {
    throw new UserError(`${source} is not a valid Sigstore bundle: ${errorMessage(error)}`, { cause: error });
  }
}
