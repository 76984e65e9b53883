import { errorCodes } from '@slipway/core';
import type { Artifact } from './artifact.js';
import { allPassed, failed, passed, type Check } from './check.js';
import { certificateIdentity, leafCertificate } from './certificate-identity.js';
import { verifySignature } from './signature-check.js';
import { parseBundle } from '@slipway/supply-chain';
import { loadTrust, type TrustSource } from './trust-material.js';

/** The inputs of sigstore-conformance's `verify-bundle`: a bundle, an artifact, and an identity or a key. */
export interface ConformanceRequest {
  bundle: { text: string; source: string };
  artifact: Artifact;
  expect: { identity: string; issuer: string } | { keyPem: string; keySource: string };
  trustedRoot?: { json: string; source: string };
}

/**
 * Verifies one bundle as the sigstore-conformance client protocol asks: default thresholds
 * (one log entry, one timestamp), the exact identity and issuer, or the given key.
 */
export function conformanceVerify(request: ConformanceRequest): { ok: boolean; checks: Check[] } {
  const bundle = parseBundle(request.bundle.text, request.bundle.source);
  const source: TrustSource =
    'keyPem' in request.expect
      ? {
          kind: 'public-key',
          pem: request.expect.keyPem,
          source: request.expect.keySource,
          ...(request.trustedRoot ? { root: request.trustedRoot } : {}),
        }
      : request.trustedRoot
        ? { kind: 'trusted-root', ...request.trustedRoot }
        : { kind: 'public-good' };
  const trust = loadTrust(source);
  const result = verifySignature(bundle, request.artifact, trust, { tlogEntries: 1, timestamps: 1 });
  const checks = [...result.checks];
  if ('identity' in request.expect && result.signer) {
    const cert = leafCertificate(bundle);
    const id = cert ? certificateIdentity(cert) : undefined;
    const code = errorCodes.identityMismatch;
    // The identity is read from the SAN's bytes: a non-ASCII byte that a 7-bit decoder would fold into the expected text is refused.
    const san = id?.subjectAlternativeName;
    checks.push(
      san !== undefined && san === request.expect.identity
        ? passed('signer identity', san)
        : failed(
            'signer identity',
            san === undefined
              ? `the certificate's identity is refused: ${id?.identityProblem ?? 'there is no certificate'}`
              : `certificate identity is ${san}, expected ${request.expect.identity}`,
            code,
          ),
      id?.issuer === request.expect.issuer
        ? passed('OIDC issuer', id.issuer)
        : failed('OIDC issuer', `certificate issuer is ${id?.issuer ?? 'missing'}, expected ${request.expect.issuer}`, code),
    );
  }
  return { ok: result.signer !== undefined && allPassed(checks), checks };
}
