import { createHash } from 'node:crypto';
import type { Bundle } from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import { toSignedEntity, Verifier, VerificationError, type SignedEntity, type Signer } from '@sigstore/verify';
import { errorCodes, errorMessage } from '@slipway/core';
import type { Artifact } from './artifact.js';
import { failed, passed, skipped, type Check } from './check.js';
import { DigestSignatureContent } from './digest-signature.js';
import { matchStatement } from './digest-match.js';
import { statementFromBundle } from './in-toto.js';
import type { Trust } from './trust-material.js';

/** How many independent witnesses a bundle must carry. */
export interface Thresholds {
  tlogEntries: number;
  timestamps: number;
}

/** The cryptographic verdict on one bundle: each check, the verified signer and when it was signed. */
export interface SignatureResult {
  checks: Check[];
  signer: Signer | undefined;
  /** The earliest verified time: an RFC 3161 token or a log entry whose signed entry timestamp verified. */
  signedAt: Date | undefined;
}

// The library verifies in this order and stops at the first failure.
const STAGES = ['timestamps', 'signing certificate', 'transparency log', 'signature'] as const;
type Stage = (typeof STAGES)[number];

function stageOf(error: unknown): Stage {
  if (!(error instanceof VerificationError)) return 'signature';
  switch (error.code) {
    case 'TIMESTAMP_ERROR':
      return 'timestamps';
    case 'CERTIFICATE_ERROR':
    case 'PUBLIC_KEY_ERROR':
      return 'signing certificate';
    case 'SIGNATURE_ERROR':
      return 'signature';
    default:
      return 'transparency log';
  }
}

const HASHES: Partial<Record<HashAlgorithm, string>> = {
  [HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
  [HashAlgorithm.SHA2_256]: 'sha256',
  [HashAlgorithm.SHA2_384]: 'sha384',
  [HashAlgorithm.SHA2_512]: 'sha512',
};

// The bundle's digest is an unauthenticated hint, but it must agree with the artifact: a
// mismatch means the bundle was made for something else.
function artifactCheck(bundle: Bundle, artifact: Artifact): Check {
  const name = 'artifact digest';
  if (bundle.content.$case === 'messageSignature') {
    const md = bundle.content.messageSignature.messageDigest;
    if (!md) return failed(name, 'the bundle has no message digest', errorCodes.signatureInvalid);
    const algorithm = HASHES[md.algorithm];
    if (algorithm === undefined) return failed(name, `unsupported digest algorithm ${md.algorithm}`, errorCodes.signatureInvalid);
    const expected =
      artifact.kind === 'bytes'
        ? createHash(algorithm).update(artifact.bytes).digest('hex')
        : algorithm === 'sha256'
          ? artifact.sha256
          : '';
    const actual = Buffer.from(md.digest).toString('hex');
    return actual === expected
      ? passed(name, `${algorithm}:${actual.slice(0, 16)}… equals ${artifact.name}`)
      : failed(
          name,
          `the bundle signs ${algorithm}:${actual}, but ${artifact.name} is ${algorithm === 'sha256' ? 'sha256:' + artifact.sha256 : 'different'}`,
          errorCodes.signatureInvalid,
        );
  }
  const statement = statementFromBundle(bundle);
  if (!statement.ok) return failed(name, statement.reason, errorCodes.provenanceMismatch);
  const match = matchStatement(statement.value, artifact);
  return match.ok ? passed(name, match.detail) : failed(name, match.detail, errorCodes.provenanceMismatch);
}

function entityFor(bundle: Bundle, artifact: Artifact): SignedEntity {
  const entity = toSignedEntity(bundle, artifact.kind === 'bytes' ? artifact.bytes : undefined);
  if (bundle.content.$case === 'messageSignature' && artifact.kind === 'digest') {
    return { ...entity, signature: new DigestSignatureContent(bundle.content.messageSignature, artifact.sha256) };
  }
  return entity;
}

// Only signed times count. The library lists every log entry with an integratedTime as a
// timestamp, but an entry without a signed entry timestamp (SET) has an unsigned time anyone
// can rewrite. Once verify() has returned, every SET and RFC 3161 token present verified.
function verifiedTimes(entity: SignedEntity): Date[] {
  return entity.timestamps.flatMap((t) => {
    if (t.$case === 'timestamp-authority') return [t.timestamp.signingTime];
    return t.tlogEntry.inclusionPromise ? [new Date(Number(t.tlogEntry.integratedTime) * 1000)] : [];
  });
}

function earliest(times: readonly Date[]): Date | undefined {
  return times.length === 0 ? undefined : new Date(Math.min(...times.map((d) => d.getTime())));
}

function keyHintOf(bundle: Bundle): string | undefined {
  const content = bundle.verificationMaterial.content;
  return content.$case === 'publicKey' && content.publicKey.hint !== '' ? content.publicKey.hint : undefined;
}

/** Verifies a bundle against an artifact: digest agreement, timestamps, certificate chain, log inclusion, signature. */
export function verifySignature(bundle: Bundle, artifact: Artifact, trust: Trust, thresholds: Thresholds): SignatureResult {
  const checks: Check[] = [artifactCheck(bundle, artifact)];
  const keyBundle = bundle.verificationMaterial.content.$case === 'publicKey';
  const none = (check: Check): SignatureResult => ({ checks: [...checks, check], signer: undefined, signedAt: undefined });
  if (keyBundle && !trust.keyMode) {
    return none(
      failed(
        'signing certificate',
        'the bundle is signed with a public key, not a Fulcio certificate; verify it in key mode with that key',
        errorCodes.keyNotTrusted,
      ),
    );
  }
  if (!keyBundle && trust.keyMode) {
    return none(
      failed(
        'signing certificate',
        'key mode was chosen, but the bundle carries a certificate instead of a key hint',
        errorCodes.signatureInvalid,
      ),
    );
  }
  let entity: SignedEntity;
  try {
    entity = entityFor(bundle, artifact);
  } catch (error) {
    return none(failed('bundle', `cannot read the verification material: ${errorMessage(error)}`, errorCodes.signatureInvalid));
  }
  // A certificate is only valid at a verified time, so certificate mode needs at least one.
  const timestampThreshold = keyBundle ? thresholds.timestamps : Math.max(1, thresholds.timestamps);
  const verifier = new Verifier(trust.material, {
    tlogThreshold: thresholds.tlogEntries,
    ctlogThreshold: keyBundle ? 0 : 1,
    timestampThreshold,
  });
  try {
    const signer = verifier.verify(entity);
    const times = verifiedTimes(entity);
    const at = earliest(times);
    checks.push(
      passed('timestamps', `${times.length} verified (${timestampThreshold} required)${at ? `, signed ${at.toISOString()}` : ''}`),
      passed('signing certificate', keyBundle ? `key from ${trust.label}` : `chains to ${trust.label}; SCT verified`),
      passed(
        'transparency log',
        `${entity.tlogEntries.length} entr${entity.tlogEntries.length === 1 ? 'y' : 'ies'} included (${thresholds.tlogEntries} required)`,
      ),
      passed('signature', bundle.content.$case === 'dsseEnvelope' ? 'DSSE envelope signature valid' : 'message signature valid'),
    );
    return { checks, signer, signedAt: at };
  } catch (error) {
    const stage = stageOf(error);
    const at = STAGES.indexOf(stage);
    // In key mode a bundle that names another key than the trusted one was signed by an untrusted key.
    const hint = keyHintOf(bundle);
    const otherKey = trust.key !== undefined && hint !== undefined && hint !== trust.key.hint && stage !== 'timestamps';
    STAGES.forEach((s, i) => {
      if (i < at) checks.push(passed(s, 'verified'));
      else if (i === at)
        checks.push(
          otherKey
            ? failed(
                s,
                `${errorMessage(error)}: the bundle names the key ${hint}, not the trusted key ${trust.key?.fingerprint ?? ''}`,
                errorCodes.keyNotTrusted,
              )
            : failed(s, errorMessage(error), errorCodes.signatureInvalid),
        );
      else checks.push(skipped(s, `not reached: ${stage} failed`));
    });
    return { checks, signer: undefined, signedAt: undefined };
  }
}
