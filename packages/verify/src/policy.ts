import { decode, decodeDocument, parseDuration, parseYamlText, UserError, type Decoder } from '@slipway/core';
import { SLSA_PROVENANCE_V1 } from '@slipway/supply-chain';
import { compilePattern, type Matcher } from './identity-pattern.js';
import { showValue, unsafeValueReason } from './safe-text.js';

export const SLSA_V02 = 'https://slsa.dev/provenance/v0.2';

/** Who may sign a kind of statement: certificate identities and issuers (keyless), key fingerprints (key mode). */
export interface Signers {
  identities: Matcher[];
  issuers: string[];
  /** `sha256:<hex>` of each trusted key's SubjectPublicKeyInfo DER, lower case. */
  keys: string[];
}

/** The deploy policy the platform team owns: who may sign, which builders, sources and refs, and how fresh. */
export interface Policy extends Signers {
  requireProvenance: boolean;
  predicateTypes: string[];
  builderIds: Matcher[];
  sourceRepositories: Matcher[];
  refs: Matcher[];
  /** Seconds since signing after which a subject is too old; undefined means no limit. */
  maxAgeSeconds: number | undefined;
  tlogEntries: number;
  timestamps: number;
  /** A verified reproducibility verdict must vouch for the artifact (and, with `hermetic`, a hermetic build). */
  requireReproducible: boolean;
  requireHermetic: boolean;
  /** Who may sign reproducibility verdicts; the policy's own signers when the policy gives none. */
  verdictSigners: Signers;
}

// A plain string is exact; `{pattern: ...}` is a wildcard pattern (validated now, so a bad one fails on load).
const matcher: Decoder<Matcher> = (value, path) => {
  const fail = (why: string): never => {
    throw new UserError(`${path}: ${why}`);
  };
  const exact = (text: string): Matcher => {
    const unsafe = unsafeValueReason(text);
    if (unsafe) fail(`${showValue(text)} can never match: ${unsafe}`);
    return { exact: text };
  };
  if (typeof value === 'string' && value !== '') return exact(value);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const entry = value as Record<string, unknown>;
    if (keys.length === 1 && typeof entry['exact'] === 'string') return exact(entry['exact']);
    if (keys.length === 1 && typeof entry['pattern'] === 'string') {
      try {
        compilePattern(entry['pattern']);
      } catch (error) {
        fail(`pattern: ${error instanceof Error ? error.message : String(error)}`);
      }
      return { pattern: entry['pattern'] };
    }
  }
  return fail(`expected a string (exact match), {exact: STRING} or {pattern: STRING}, got ${JSON.stringify(value)}`);
};

/** `sha256:<64 hex>`: the sha256 of a public key's SubjectPublicKeyInfo DER. */
const FINGERPRINT = /^sha256:([0-9a-fA-F]{64})$/;

const fingerprint: Decoder<string> = (value, path) => {
  const match = typeof value === 'string' ? FINGERPRINT.exec(value) : null;
  if (!match?.[1]) {
    throw new UserError(`${path}: expected a key fingerprint sha256:<64 hex digits>, got ${JSON.stringify(value)}`, {
      hint: 'the fingerprint is the sha256 of the public key in DER: `openssl pkey -pubin -in key.pub -outform DER | sha256sum`',
    });
  }
  return `sha256:${match[1].toLowerCase()}`;
};

const count = (max: number): Decoder<number> =>
  decode.map(decode.number, (n, path) => {
    if (!Number.isInteger(n) || n < 0 || n > max) throw new UserError(`${path}: expected a whole number from 0 to ${max}, got ${n}`);
    return n;
  });

const duration: Decoder<number> = (value, path) => {
  if (typeof value === 'number' && value > 0) return value;
  if (typeof value === 'string') {
    const seconds = parseDuration(value);
    if (seconds !== undefined && seconds > 0) return seconds;
  }
  throw new UserError(`${path}: expected a duration such as 12h, 30d or 2w, got ${JSON.stringify(value)}`);
};

const signersDecoder = decode.object(
  {
    identities: decode.withDefault(decode.array(matcher), []),
    issuers: decode.withDefault(decode.array(decode.string), []),
    keys: decode.withDefault(decode.array(fingerprint), []),
  },
  { strict: true },
);

const policyDecoder = decode.object(
  {
    version: decode.optional(decode.literal('1')),
    identities: decode.withDefault(decode.array(matcher), []),
    issuers: decode.withDefault(decode.array(decode.string), []),
    keys: decode.withDefault(decode.array(fingerprint), []),
    'require-provenance': decode.withDefault(decode.boolean, true),
    require: decode.optional(
      decode.object(
        { reproducible: decode.withDefault(decode.boolean, false), hermetic: decode.withDefault(decode.boolean, false) },
        { strict: true },
      ),
    ),
    'verdict-signers': decode.optional(signersDecoder),
    'predicate-types': decode.withDefault(decode.array(decode.string), [SLSA_PROVENANCE_V1, SLSA_V02]),
    'builder-ids': decode.withDefault(decode.array(matcher), []),
    'source-repositories': decode.withDefault(decode.array(matcher), []),
    refs: decode.withDefault(decode.array(matcher), []),
    'max-age': decode.optional(duration),
    'tlog-entries': decode.withDefault(count(8), 1),
    timestamps: decode.withDefault(count(8), 1),
  },
  { strict: true },
);

/** Decodes a policy document; unknown fields (a typo) and wrong types fail with the field's path. */
export function decodePolicy(value: unknown, source: string): Policy {
  const version = typeof value === 'object' && value !== null && 'version' in value ? value.version : undefined;
  // YAML reads `version: 1` as a number; accept it as the string the decoder expects.
  const normalised = version === 1 ? { ...(value as object), version: '1' } : value;
  const p = decodeDocument(policyDecoder, normalised, source);
  if (p['predicate-types'].length === 0 && p['require-provenance']) {
    throw new UserError(`${source}: predicate-types is empty but require-provenance is true`, { hint: `list ${SLSA_PROVENANCE_V1}` });
  }
  const verdictSigners = p['verdict-signers'] ?? { identities: p.identities, issuers: p.issuers, keys: p.keys };
  return {
    identities: p.identities,
    issuers: p.issuers,
    keys: p.keys,
    requireProvenance: p['require-provenance'],
    predicateTypes: p['predicate-types'],
    builderIds: p['builder-ids'],
    sourceRepositories: p['source-repositories'],
    refs: p.refs,
    maxAgeSeconds: p['max-age'],
    tlogEntries: p['tlog-entries'],
    timestamps: p.timestamps,
    requireReproducible: p.require?.reproducible ?? false,
    requireHermetic: p.require?.hermetic ?? false,
    verdictSigners,
  };
}

/** Parses policy YAML text. */
export function parsePolicy(text: string, source: string): Policy {
  if (text.trim() === '') throw new UserError(`${source} is empty; a policy must at least list identities and issuers`);
  // A key with no value (`require-provenance:` where a file was cut short) is refused, never read as its default.
  const document = decodeDocument(decode.settings(decode.unknown), parseYamlText(text, source), source);
  return decodePolicy(document, source);
}
