import type { Bundle } from '@sigstore/bundle';
import { errorCodes } from '@slipway/core';
import { failed, passed, type Check } from './check.js';
import type { Statement } from './in-toto.js';
import type { Policy } from './policy.js';

/** SLSA's Verification Summary Attestation, the form a reproducibility verdict takes. */
export const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';
/** The verified level a passing rebuild check records. */
export const REPRODUCIBLE_LEVEL = 'SLIPWAY_REPRODUCIBLE_BUILD';
/** The verified level recorded when the rebuilds also ran without a network. */
export const HERMETIC_LEVEL = 'SLIPWAY_HERMETIC_BUILD';

const V03 = new Set(['application/vnd.dev.sigstore.bundle.v0.3+json', 'application/vnd.dev.sigstore.bundle+json;version=0.3']);
const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';

const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The levels a policy wants a verdict to vouch for. */
export function requiredLevels(policy: Policy): string[] {
  return [...(policy.requireReproducible ? [REPRODUCIBLE_LEVEL] : []), ...(policy.requireHermetic ? [HERMETIC_LEVEL] : [])];
}

/**
 * What a verdict says, checked against its form: a v0.3 bundle holding an in-toto Statement v1
 * whose VSA predicate says PASSED and lists the levels the policy requires (by default
 * reproducible). The signature, signer and subject digest are checked like any other bundle's.
 */
export function verdictChecks(bundle: Bundle, statement: Statement, policy: Policy): Check[] {
  const code = errorCodes.reproducibilityMissing;
  const checks: Check[] = [];
  checks.push(
    V03.has(bundle.mediaType) && statement.type === STATEMENT_V1
      ? passed('verdict format', 'Sigstore bundle v0.3, in-toto Statement v1, verification summary v1')
      : failed(
          'verdict format',
          `a verdict must be a v0.3 bundle with an in-toto Statement v1; this is ${bundle.mediaType} with ${statement.type}`,
          code,
        ),
  );
  const predicate = obj(statement.predicate);
  const result = predicate['verificationResult'];
  const levels = Array.isArray(predicate['verifiedLevels'])
    ? predicate['verifiedLevels'].filter((l): l is string => typeof l === 'string')
    : [];
  const wanted = requiredLevels(policy);
  const missing = (wanted.length > 0 ? wanted : [REPRODUCIBLE_LEVEL]).filter((l) => !levels.includes(l));
  const verifier = typeof obj(predicate['verifier'])['id'] === 'string' ? String(obj(predicate['verifier'])['id']) : 'an unnamed verifier';
  if (result !== 'PASSED')
    checks.push(
      failed('verdict', `the verification result is ${JSON.stringify(result ?? null)}, not "PASSED" (verifier ${verifier})`, code),
    );
  else if (missing.length > 0) checks.push(failed('verdict', `verified levels ${JSON.stringify(levels)} lack ${missing.join(', ')}`, code));
  else checks.push(passed('verdict', `PASSED with ${levels.join(', ')} (verifier ${verifier})`));
  return checks;
}
