import type { Bundle } from '@sigstore/bundle';
import { errorCodes, errorMessage, type ErrorCode } from '@slipway/core';
import { artifactFromBytes, type Artifact } from './artifact.js';
import { allPassed, failed, firstFailureCode, passed, type Check } from './check.js';
import { certificateIdentity, leafCertificate, type CertificateIdentity } from './certificate-identity.js';
import { describeMatcher, matchValue } from './identity-pattern.js';
import { statementFromBundle } from './in-toto.js';
import type { Policy, Signers } from './policy.js';
import { provenanceChecks, provenanceFacts } from './provenance.js';
import { requiredLevels, VSA_PREDICATE_TYPE, verdictChecks } from './reproducibility.js';
import { verifySignature } from './signature-check.js';
import type { Trust } from './trust-material.js';

/** A bundle found for a subject, with where it came from (a file, a registry referrer). */
export interface SourcedBundle {
  bundle: Bundle;
  source: string;
  /** Set for cosign's classic signatures: what was signed is this payload, which names the image digest. */
  signedPayload?: { bytes: Buffer; claimedDigest: string | undefined };
}

/** The checks run on one bundle; a `verdict` is a reproducibility verification summary. */
export interface BundleReport {
  source: string;
  kind: 'signature' | 'attestation' | 'verdict';
  predicateType: string | undefined;
  checks: Check[];
  verified: boolean;
}

/** The verdict on one subject (a file or an image digest), with every check that led to it. */
export interface SubjectReport {
  subject: string;
  digest: string;
  verified: boolean;
  /** The stable code of the first failed subject-level check (docs/error-codes.md); absent when verified. */
  errorCode?: ErrorCode;
  /** The subject-level requirements: a verified signature, a verified provenance, a reproducibility verdict. */
  checks: Check[];
  bundles: BundleReport[];
}

function keyChecks(signers: Signers, trust: Trust): Check[] {
  const code = errorCodes.keyNotTrusted;
  const fingerprint = trust.key?.fingerprint ?? 'unknown';
  if (signers.keys.length === 0) {
    const names = signers.identities.length > 0 ? '; it names signer identities, and a key cannot stand in for them' : '';
    return [failed('signing key', `the policy lists no keys, so the key ${fingerprint} from ${trust.label} is not trusted${names}`, code)];
  }
  return [
    signers.keys.includes(fingerprint)
      ? passed('signing key', `${fingerprint} (${trust.label}) is one of the policy's keys`)
      : failed(
          'signing key',
          `the key ${fingerprint} from ${trust.label} is not one of the policy's keys (${signers.keys.join(', ')})`,
          code,
        ),
  ];
}

function identityChecks(cert: CertificateIdentity | undefined, signers: Signers, trust: Trust): Check[] {
  if (trust.keyMode) return keyChecks(signers, trust);
  const code = errorCodes.identityMismatch;
  if (!cert) return [failed('signer identity', 'the bundle has no signing certificate', code)];
  const san = cert.subjectAlternativeName;
  const identity = (): Check => {
    if (san === undefined)
      return failed('signer identity', `the certificate's identity is refused: ${cert.identityProblem ?? 'none'}`, code);
    if (signers.identities.length === 0)
      return failed('signer identity', `the policy lists no identities, so ${san} cannot be trusted`, code);
    const match = matchValue(san, signers.identities);
    if (match.ok) return passed('signer identity', san);
    return failed(
      'signer identity',
      match.refused ? match.reason : `${san} is not allowed; policy allows ${signers.identities.map(describeMatcher).join(', ')}`,
      code,
    );
  };
  return [
    identity(),
    signers.issuers.length === 0
      ? failed('OIDC issuer', 'the policy lists no issuers', code)
      : cert.issuer !== undefined && signers.issuers.includes(cert.issuer)
        ? passed('OIDC issuer', cert.issuer)
        : failed(
            'OIDC issuer',
            `${cert.issuer ?? 'no issuer'} is not one of ${signers.issuers.join(', ')}${cert.malformed.length > 0 ? ` (unreadable extensions: ${cert.malformed.join(', ')})` : ''}`,
            code,
          ),
  ];
}

function ageCheck(signedAt: Date | undefined, policy: Policy, now: Date): Check[] {
  if (policy.maxAgeSeconds === undefined) return [];
  const code = errorCodes.signatureStale;
  if (!signedAt) {
    return [
      failed(
        'age',
        'no verified timestamp (RFC 3161 token or log entry with a signed entry timestamp), so the age cannot be checked',
        code,
      ),
    ];
  }
  const age = (now.getTime() - signedAt.getTime()) / 1000;
  const hours = (s: number): string => `${(s / 3600).toFixed(1)} h`;
  return [
    age <= policy.maxAgeSeconds
      ? passed('age', `signed ${hours(age)} ago (limit ${hours(policy.maxAgeSeconds)})`)
      : failed('age', `signed ${hours(age)} ago, older than the policy's max-age of ${hours(policy.maxAgeSeconds)}`, code),
  ];
}

function kindOf(bundle: Bundle, predicateType: string | undefined): BundleReport['kind'] {
  if (predicateType === VSA_PREDICATE_TYPE) return 'verdict';
  return bundle.content.$case === 'dsseEnvelope' ? 'attestation' : 'signature';
}

/** Runs every check on one bundle for one artifact; a bundle that cannot even be read fails, never throws past here. */
export function verifyBundleAgainstPolicy(item: SourcedBundle, artifact: Artifact, policy: Policy, trust: Trust, now: Date): BundleReport {
  try {
    return checkBundle(item, artifact, policy, trust, now);
  } catch (error) {
    return {
      source: item.source,
      kind: kindOf(item.bundle, undefined),
      predicateType: undefined,
      checks: [failed('bundle', errorMessage(error), errorCodes.signatureInvalid)],
      verified: false,
    };
  }
}

function checkBundle(item: SourcedBundle, artifact: Artifact, policy: Policy, trust: Trust, now: Date): BundleReport {
  const { bundle, signedPayload } = item;
  const statement = bundle.content.$case === 'dsseEnvelope' ? statementFromBundle(bundle) : undefined;
  const predicateType = statement?.ok ? statement.value.predicateType : undefined;
  const kind = kindOf(bundle, predicateType);
  const signed = signedPayload ? artifactFromBytes(signedPayload.bytes, 'the simple-signing payload') : artifact;
  const result = verifySignature(bundle, signed, trust, { tlogEntries: policy.tlogEntries, timestamps: policy.timestamps });
  const checks = [...result.checks];
  if (signedPayload) {
    const expected = `sha256:${artifact.sha256}`;
    checks.unshift(
      signedPayload.claimedDigest === expected
        ? passed('image digest', `the signed payload names ${expected}`)
        : failed(
            'image digest',
            `the signed payload names ${signedPayload.claimedDigest ?? 'no digest'}, not ${expected}`,
            errorCodes.signatureInvalid,
          ),
    );
  }
  const cert = leafCertificate(bundle);
  const identity = cert ? certificateIdentity(cert) : undefined;
  checks.push(
    ...identityChecks(identity, kind === 'verdict' ? policy.verdictSigners : policy, trust),
    ...ageCheck(result.signedAt, policy, now),
  );
  if (statement?.ok && kind === 'verdict') checks.push(...verdictChecks(bundle, statement.value, policy));
  else if (statement?.ok && policy.predicateTypes.includes(statement.value.predicateType)) {
    checks.push(...provenanceChecks(provenanceFacts(statement.value), identity, policy));
  }
  return { source: item.source, kind, predicateType, checks, verified: result.signer !== undefined && allPassed(checks) };
}

// The code of the first failed check of the first bundle in the list, for a subject-level failure that they explain.
const codeFrom = (reports: readonly BundleReport[], fallback: ErrorCode): ErrorCode =>
  reports.map((r) => firstFailureCode(r.checks)).find((c) => c !== undefined) ?? fallback;

/**
 * Verifies a subject: it passes when at least one bundle verifies in full and, when the policy
 * requires provenance, at least one verified bundle is SLSA provenance for it, and, when it
 * requires reproducibility, a verified verdict from a trusted verdict signer. No bundle, no pass.
 */
export function verifySubject(
  subject: string,
  artifact: Artifact,
  bundles: readonly SourcedBundle[],
  policy: Policy,
  trust: Trust,
  now: Date,
): SubjectReport {
  const reports = bundles.map((b) => verifyBundleAgainstPolicy(b, artifact, policy, trust, now));
  const signing = reports.filter((r) => r.kind !== 'verdict');
  const verified = signing.filter((r) => r.verified);
  const checks: Check[] = [
    signing.length === 0
      ? failed('signed', 'no signature or attestation bundle was found for this subject', errorCodes.signatureInvalid)
      : verified.length > 0
        ? passed('signed', `${verified.length} of ${signing.length} bundle(s) verified`)
        : failed('signed', `none of the ${signing.length} bundle(s) verified`, codeFrom(signing, errorCodes.signatureInvalid)),
  ];
  if (policy.requireProvenance) {
    const isProvenance = (r: BundleReport): boolean => r.predicateType !== undefined && policy.predicateTypes.includes(r.predicateType);
    const provenance = verified.filter(isProvenance);
    checks.push(
      provenance.length > 0
        ? passed('provenance', `${provenance[0]?.predicateType ?? ''} from ${provenance[0]?.source ?? ''}`)
        : failed(
            'provenance',
            `no verified attestation with predicate type ${policy.predicateTypes.join(' or ')}`,
            codeFrom(signing.filter(isProvenance), errorCodes.provenanceMismatch),
          ),
    );
  }
  const levels = requiredLevels(policy);
  if (levels.length > 0) {
    const verdicts = reports.filter((r) => r.kind === 'verdict');
    const good = verdicts.find((r) => r.verified);
    const firstProblem = verdicts.flatMap((r) =>
      r.checks.filter((c) => c.status === 'failed').map((c) => `${r.source}: ${c.name}: ${c.detail}`),
    )[0];
    checks.push(
      good
        ? passed('reproducible', `verdict from ${good.source} vouches for ${levels.join(', ')}`)
        : failed(
            'reproducible',
            verdicts.length === 0
              ? `no reproducibility verdict (${VSA_PREDICATE_TYPE}) was found for this subject; the policy requires ${levels.join(', ')}`
              : `none of the ${verdicts.length} reproducibility verdict(s) verified (${firstProblem ?? 'no reason'})`,
            errorCodes.reproducibilityMissing,
          ),
    );
  }
  const ok = allPassed(checks);
  const errorCode = firstFailureCode(checks);
  return { subject, digest: `sha256:${artifact.sha256}`, verified: ok, ...(errorCode ? { errorCode } : {}), checks, bundles: reports };
}
