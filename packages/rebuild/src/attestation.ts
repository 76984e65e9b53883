import { basename } from 'node:path';
import { digestBytes } from '@slipway/core';
import {
  IN_TOTO_PAYLOAD_TYPE,
  makeStatement,
  signDsse,
  type SignedBundle,
  type SigningMethod,
  type Statement,
  type Subject,
} from '@slipway/supply-chain';
import type { RebuildResult } from './result.js';

/** SLSA's Verification Summary Attestation predicate type. */
export const VERIFICATION_SUMMARY_V1 = 'https://slsa.dev/verification_summary/v1';
/** The level a rebuild grants when every output was identical in every build. */
export const REPRODUCIBLE_LEVEL = 'SLIPWAY_REPRODUCIBLE_BUILD';
/** The level a rebuild grants when, besides, every build ran without the network. */
export const HERMETIC_LEVEL = 'SLIPWAY_HERMETIC_BUILD';
/** The policy a rebuild verifies against (its parameters are digested into `policy.digest`). */
export const REBUILD_POLICY_URI = 'https://slipway.dev/policies/reproducible-build/v1';
/** The extension field (a URI, as the spec allows) that carries the runs' environments. */
export const REBUILD_DETAILS_FIELD = 'https://slipway.dev/reproducible-build/v1';
/** The verifier id used when the caller names none. */
export const DEFAULT_VERIFIER_ID = 'https://slipway.dev/reproducible-build';

/** The predicate of a Verification Summary Attestation as a rebuild writes it. */
export interface VerificationSummary {
  verifier: { id: string; version?: Record<string, string> };
  timeVerified: string;
  resourceUri: string;
  policy: { uri: string; digest: { sha256: string } };
  verificationResult: 'PASSED' | 'FAILED';
  verifiedLevels: string[];
  slsaVersion: string;
  [REBUILD_DETAILS_FIELD]: unknown;
}

/** Who verified, what source and when. */
export interface SummaryContext {
  verifierId: string;
  verifierVersion?: string | undefined;
  resourceUri: string;
  time: Date;
}

/** The subjects a verdict speaks for: the published files when given, else run 1's outputs. */
export function verdictSubjects(result: RebuildResult): Subject[] {
  const seen = new Set<string>();
  const out: Subject[] = [];
  for (const o of result.outputs) {
    const sha256 = o.published?.sha256 ?? o.digests[0] ?? '';
    if (!sha256 || seen.has(sha256)) continue;
    seen.add(sha256);
    out.push({ name: basename(o.name), digest: { sha256 } });
  }
  return out;
}

/** The policy's parameters, digested so that two verdicts name the same check only when it was the same check. */
export function policyParameters(result: RebuildResult): Record<string, unknown> {
  return {
    command: result.command,
    prepare: result.prepare ?? null,
    outputs: result.outputPatterns,
    runs: result.runs.length,
    network: result.network,
    vary: result.varied,
  };
}

/**
 * The in-toto statement of a rebuild's verdict: PASSED with SLIPWAY_REPRODUCIBLE_BUILD (and
 * SLIPWAY_HERMETIC_BUILD when no build had the network) only when the check passed as asked;
 * otherwise FAILED. The runs' environments go in the extension field.
 */
export function buildVerificationSummary(result: RebuildResult, ctx: SummaryContext): Statement<VerificationSummary> {
  const subjects = verdictSubjects(result);
  const passed = result.exitCode === 0;
  const levels = passed ? [REPRODUCIBLE_LEVEL, ...(result.hermetic === 'yes' ? [HERMETIC_LEVEL] : [])] : ['FAILED'];
  return makeStatement(subjects, VERIFICATION_SUMMARY_V1, {
    verifier: { id: ctx.verifierId, ...(ctx.verifierVersion ? { version: { slipway: ctx.verifierVersion } } : {}) },
    timeVerified: ctx.time.toISOString(),
    resourceUri: ctx.resourceUri,
    policy: { uri: REBUILD_POLICY_URI, digest: { sha256: digestBytes(JSON.stringify(policyParameters(result))) } },
    verificationResult: passed ? 'PASSED' : 'FAILED',
    verifiedLevels: levels,
    slsaVersion: '1.0',
    [REBUILD_DETAILS_FIELD]: {
      verdict: result.verdict,
      reproducible: result.reproducible,
      hermetic: result.hermetic,
      hermeticReason: result.hermeticReason,
      source: result.source,
      policy: policyParameters(result),
      runs: result.runs.map((r) => ({
        ...r.environment,
        exitCode: r.exitCode,
        seconds: Math.round(r.seconds * 10) / 10,
        outputs: r.outputs,
      })),
      notVaried: result.notVaried,
      differences: result.outputs
        .filter((o) => o.difference)
        .map((o) => ({
          output: o.name,
          between: o.difference?.between,
          summary: o.difference?.explanation.summary,
          causes: o.difference?.causes.map((c) => c.id),
        })),
    },
  });
}

/** The resource a verdict is about: the source repository at the commit, without credentials. */
export function sourceResourceUri(result: RebuildResult, repositoryUrl: string | undefined): string {
  const url = repositoryUrl ?? result.source.remote;
  if (!url) return `urn:slipway:git-commit:${result.source.commit}`;
  return `git+${url.replace(/^git\+/, '')}@${result.source.commit}`;
}

/** Signs the verdict as a DSSE bundle, as the suite's other attestations are signed. */
export async function signVerificationSummary(statement: Statement<VerificationSummary>, method: SigningMethod): Promise<SignedBundle> {
  return signDsse(Buffer.from(JSON.stringify(statement)), IN_TOTO_PAYLOAD_TYPE, method);
}
