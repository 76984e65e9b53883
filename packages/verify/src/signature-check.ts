import { createHash } from 'node:crypto';
import type { Bundle } from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import { toSignedEntity, Verifier, VerificationError, type SignedEntity, type Signer } from '@sigstore/verify';
import { errorMessage } from '@slipway/core';
import type { Artifact } from './artifact.js';
import { failed, passed, skipped, type Check } from './check.js';
import { DigestSignatureContent } from './digest-signature.js';
import { statementFromBundle, subjectMatches } from './in-toto.js';
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
    if (!md) return failed(name, 'the bundle has no message digest');
    const algorithm = HASHES[md.algorithm];
    if (algorithm === undefined) return failed(name, `unsupported digest algorithm ${md.algorithm}`);
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
        );
  }
  const statement = statementFromBundle(bundle);
  if (!statement.ok) return failed(name, statement.reason);
  return subjectMatches(statement.value, artifact.sha256)
    ? passed(name, `in-toto subject sha256:${artifact.sha256.slice(0, 16)}… is ${artifact.name}`)
    : failed(
        name,
        `no in-toto subject has sha256:${artifact.sha256} (${artifact.name}); subjects: ${statement.value.subject.map((s) => `${s.name} sha256:${s.digest['sha256'] ?? '?'}`).join(', ') || 'none'}`,
      );
}

function entityFor(bundle: Bundle, artifact: Artifact): SignedEntity {
  const entity = toSignedEntity(bundle, artifact.kind === 'bytes' ? artifact.bytes : undefined);
  if (bundle.content.$case === 'messageSignature' && artifact.kind === 'digest') {
    return { ...entity, signature: new DigestSignatureContent(bundle.content.messageSignature, artifact.sha256) };
  }
  return entity;
}

function signedAt(entity: SignedEntity): Date | undefined {
  const times = entity.timestamps.map((t) =>
    t.$case === 'transparency-log' ? new Date(Number(t.tlogEntry.integratedTime) * 1000) : t.timestamp.signingTime,
  );
  return times.length === 0 ? undefined : new Date(Math.min(...times.map((d) => d.getTime())));
}

/** Verifies a bundle against an artifact: digest agreement, timestamps, certificate chain, log inclusion, signature. */
export function verifySignature(bundle: Bundle, artifact: Artifact, trust: Trust, thresholds: Thresholds): SignatureResult {
  const checks: Check[] = [artifactCheck(bundle, artifact)];
  const keyBundle = bundle.verificationMaterial.content.$case === 'publicKey';
  if (keyBundle && !trust.keyMode) {
    checks.push(
      failed(
        'signing certificate',
        'the bundle is signed with a public key, not a Fulcio certificate; verify it in key mode with that key',
      ),
    );
    return { checks, signer: undefined, signedAt: undefined };
  }
  if (!keyBundle && trust.keyMode) {
    checks.push(failed('signing certificate', 'key mode was chosen, but the bundle carries a certificate instead of a key hint'));
    return { checks, signer: undefined, signedAt: undefined };
  }
  let entity: SignedEntity;
  try {
    entity = entityFor(bundle, artifact);
  } catch (error) {
    checks.push(failed('bundle', `cannot read the verification material: ${errorMessage(error)}`));
    return { checks, signer: undefined, signedAt: undefined };
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
    const at = signedAt(entity);
    checks.push(
      passed(
        'timestamps',
        `${entity.timestamps.length} verified (${timestampThreshold} required)${at ? `, signed ${at.toISOString()}` : ''}`,
      ),
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
    STAGES.forEach((s, i) => {
      if (i < at) checks.push(passed(s, 'verified'));
      else if (i === at) checks.push(failed(s, errorMessage(error)));
      else checks.push(skipped(s, `not reached: ${stage} failed`));
    });
    return { checks, signer: undefined, signedAt: undefined };
  }
}
