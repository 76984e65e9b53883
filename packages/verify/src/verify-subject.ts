import type { Bundle } from '@sigstore/bundle';
import { errorMessage } from '@slipway/core';
import { artifactFromBytes, type Artifact } from './artifact.js';
import { allPassed, failed, passed, type Check } from './check.js';
import { certificateIdentity, leafCertificate, type CertificateIdentity } from './certificate-identity.js';
import { describeMatcher, matchesAny } from './identity-pattern.js';
import { statementFromBundle } from './in-toto.js';
import type { Policy } from './policy.js';
import { provenanceChecks, provenanceFacts } from './provenance.js';
import { verifySignature } from './signature-check.js';
import type { Trust } from './trust-material.js';

/** A bundle found for a subject, with where it came from (a file, a registry referrer). */
export interface SourcedBundle {
  bundle: Bundle;
  source: string;
  /** Set for cosign's classic signatures: what was signed is this payload, which names the image digest. */
  signedPayload?: { bytes: Buffer; claimedDigest: string | undefined };
}

/** The checks run on one bundle. */
export interface BundleReport {
  source: string;
  kind: 'signature' | 'attestation';
  predicateType: string | undefined;
  checks: Check[];
  verified: boolean;
}

/** The verdict on one subject (a file or an image digest), with every check that led to it. */
export interface SubjectReport {
  subject: string;
  digest: string;
  verified: boolean;
  /** The subject-level requirements: a verified signature, a verified provenance. */
  checks: Check[];
  bundles: BundleReport[];
}

function identityChecks(cert: CertificateIdentity | undefined, policy: Policy, trust: Trust): Check[] {
  if (trust.keyMode) return [passed('signer identity', `key mode: signed by the key from ${trust.label}`)];
  if (!cert) return [failed('signer identity', 'the bundle has no signing certificate')];
  const san = cert.subjectAlternativeName;
  return [
    policy.identities.length === 0
      ? failed('signer identity', `the policy lists no identities, so ${san ?? 'no identity'} cannot be trusted`)
      : matchesAny(san, policy.identities)
        ? passed('signer identity', san ?? '')
        : failed(
            'signer identity',
            `${san ?? 'no identity'} is not allowed; policy allows ${policy.identities.map(describeMatcher).join(', ')}`,
          ),
    policy.issuers.length === 0
      ? failed('OIDC issuer', 'the policy lists no issuers')
      : cert.issuer !== undefined && policy.issuers.includes(cert.issuer)
        ? passed('OIDC issuer', cert.issuer)
        : failed('OIDC issuer', `${cert.issuer ?? 'no issuer'} is not one of ${policy.issuers.join(', ')}`),
  ];
}

function ageCheck(signedAt: Date | undefined, policy: Policy, now: Date): Check[] {
  if (policy.maxAgeSeconds === undefined) return [];
  if (!signedAt) return [failed('age', 'no verified signing time, so the age cannot be checked')];
  const age = (now.getTime() - signedAt.getTime()) / 1000;
  const hours = (s: number): string => `${(s / 3600).toFixed(1)} h`;
  return [
    age <= policy.maxAgeSeconds
      ? passed('age', `signed ${hours(age)} ago (limit ${hours(policy.maxAgeSeconds)})`)
      : failed('age', `signed ${hours(age)} ago, older than the policy's max-age of ${hours(policy.maxAgeSeconds)}`),
  ];
}

/** Runs every check on one bundle for one artifact; a bundle that cannot even be read fails, never throws past here. */
export function verifyBundleAgainstPolicy(item: SourcedBundle, artifact: Artifact, policy: Policy, trust: Trust, now: Date): BundleReport {
  try {
    return checkBundle(item, artifact, policy, trust, now);
  } catch (error) {
    const kind = item.bundle.content.$case === 'dsseEnvelope' ? 'attestation' : 'signature';
    return { source: item.source, kind, predicateType: undefined, checks: [failed('bundle', errorMessage(error))], verified: false };
  }
}

function checkBundle(item: SourcedBundle, artifact: Artifact, policy: Policy, trust: Trust, now: Date): BundleReport {
  const { bundle, signedPayload } = item;
  const signed = signedPayload ? artifactFromBytes(signedPayload.bytes, 'the simple-signing payload') : artifact;
  const result = verifySignature(bundle, signed, trust, { tlogEntries: policy.tlogEntries, timestamps: policy.timestamps });
  const checks = [...result.checks];
  if (signedPayload) {
    const expected = `sha256:${artifact.sha256}`;
    checks.unshift(
      signedPayload.claimedDigest === expected
        ? passed('image digest', `the signed payload names ${expected}`)
        : failed('image digest', `the signed payload names ${signedPayload.claimedDigest ?? 'no digest'}, not ${expected}`),
    );
  }
  const cert = leafCertificate(bundle);
  const identity = cert ? certificateIdentity(cert) : undefined;
  checks.push(...identityChecks(identity, policy, trust), ...ageCheck(result.signedAt, policy, now));
  const statement = bundle.content.$case === 'dsseEnvelope' ? statementFromBundle(bundle) : undefined;
  const predicateType = statement?.ok ? statement.value.predicateType : undefined;
  if (statement?.ok && policy.predicateTypes.includes(statement.value.predicateType)) {
    checks.push(...provenanceChecks(provenanceFacts(statement.value), identity, policy));
  }
  return {
    source: item.source,
    kind: bundle.content.$case === 'dsseEnvelope' ? 'attestation' : 'signature',
    predicateType,
    checks,
    verified: result.signer !== undefined && allPassed(checks),
  };
}

/**
 * Verifies a subject: it passes when at least one bundle verifies in full and, when the policy
 * requires provenance, at least one verified bundle is SLSA provenance for it. No bundle, no pass.
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
  const verified = reports.filter((r) => r.verified);
  const checks: Check[] = [
    bundles.length === 0
      ? failed('signed', 'no signature or attestation bundle was found for this subject')
      : verified.length > 0
        ? passed('signed', `${verified.length} of ${reports.length} bundle(s) verified`)
        : failed('signed', `none of the ${reports.length} bundle(s) verified`),
  ];
  if (policy.requireProvenance) {
    const provenance = verified.filter((r) => r.predicateType !== undefined && policy.predicateTypes.includes(r.predicateType));
    checks.push(
      provenance.length > 0
        ? passed('provenance', `${provenance[0]?.predicateType ?? ''} from ${provenance[0]?.source ?? ''}`)
        : failed('provenance', `no verified attestation with predicate type ${policy.predicateTypes.join(' or ')}`),
    );
  }
  return { subject, digest: `sha256:${artifact.sha256}`, verified: allPassed(checks), checks, bundles: reports };
}
