import { errorCodes } from '@slipway/core';
import type { CertificateIdentity } from './certificate-identity.js';
import { failed, passed, type Check } from './check.js';
import { describeMatcher, matchValue } from './identity-pattern.js';
import type { Policy } from './policy.js';
import type { ProvenanceFacts } from './provenance.js';
import { showValue } from './safe-text.js';

/**
 * What a provenance's builder ID promises, by format:
 * - `signer` (the default: Slipway's slsa-provenance, current actions/attest-build-provenance,
 *   slsa-github-generator's own builders): the builder is the workflow that signed, so the
 *   builder ID must equal the certificate's identity.
 * - `github-runner` (older actions/attest-build-provenance and npm provenance): the builder ID
 *   `https://github.com/actions/runner/github-hosted` only says the job ran on a GitHub-hosted
 *   runner. The certificate's runner environment must say the same, the provenance's workflow
 *   must be the certificate's build config, and the policy must list the builder ID; who built
 *   it is the signer workflow the policy's identities check (as `gh attestation verify --signer-workflow`).
 * - `slsa-delegator` (slsa-github-generator BYOB, v1.10 to v2.1): the certificate is the delegator
 *   workflow at a release tag, which records the tool's reusable workflow that called it as the
 *   builder ID; the policy must list that builder (as `slsa-verifier --builder-id` must be given).
 */
export type ProvenanceFormat = 'signer' | 'github-runner' | 'slsa-delegator';

const RUNNER_BUILDERS: Readonly<Record<string, string>> = {
  'https://github.com/actions/runner/github-hosted': 'github-hosted',
  'https://github.com/actions/runner/self-hosted': 'self-hosted',
};
const GITHUB_BUILD_TYPES = new Set([
  'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
  'https://actions.github.io/buildtypes/workflow/v1',
]);
const GENERATOR = 'https://github.com/slsa-framework/slsa-github-generator';
const DELEGATORS = new Set([
  `${GENERATOR}/.github/workflows/delegator_generic_slsa3.yml`,
  `${GENERATOR}/.github/workflows/delegator_lowperms-generic_slsa3.yml`,
]);
const DELEGATOR_BUILD_TYPE = /^https:\/\/github\.com\/slsa-framework\/slsa-github-generator\/delegator-(lowperms-)?generic@v\d+$/;
const RELEASE_TAG = /^refs\/tags\/v\d+\.\d+\.\d+$/;

const isDelegatorIdentity = (san: string | undefined): boolean => san !== undefined && DELEGATORS.has(san.split('@')[0] ?? '');

/** Which rule relates a provenance's builder ID to its signing certificate. */
export function provenanceFormat(facts: ProvenanceFacts, cert: CertificateIdentity | undefined): ProvenanceFormat {
  if (facts.builderId !== undefined && RUNNER_BUILDERS[facts.builderId] !== undefined) return 'github-runner';
  if (DELEGATOR_BUILD_TYPE.test(facts.buildType ?? '') || isDelegatorIdentity(cert?.subjectAlternativeName)) return 'slsa-delegator';
  return 'signer';
}

const fail = (detail: string): Check => failed('builder ID', detail, errorCodes.provenanceMismatch);

function allowedByPolicy(id: string, policy: Policy, why: string): string | undefined {
  if (policy.builderIds.length === 0) return `the policy lists no builder-ids; ${why}`;
  const match = matchValue(id, policy.builderIds);
  return match.ok ? undefined : match.refused ? match.reason : `policy allows ${policy.builderIds.map(describeMatcher).join(', ')}`;
}

function runnerCheck(id: string, facts: ProvenanceFacts, cert: CertificateIdentity, policy: Policy): Check {
  const problems: string[] = [];
  const environment = RUNNER_BUILDERS[id];
  if (cert.runnerEnvironment !== environment) {
    problems.push(`the certificate says the job ran on ${cert.runnerEnvironment ?? 'an unrecorded runner environment'}`);
  }
  if (!GITHUB_BUILD_TYPES.has(facts.buildType ?? ''))
    problems.push(`the build type ${facts.buildType ?? '(none)'} is not a GitHub workflow build type`);
  const workflow = facts.workflow ? `${facts.workflow.repository}/${facts.workflow.path}@${facts.workflow.ref}` : undefined;
  if (workflow === undefined) problems.push('the provenance names no workflow (repository, path and ref)');
  else if (cert.buildConfigUri === undefined) problems.push('the certificate has no build config URI to compare its workflow with');
  else if (workflow !== cert.buildConfigUri)
    problems.push(`its workflow ${workflow} is not the certificate's build config ${cert.buildConfigUri}`);
  const policyProblem = allowedByPolicy(id, policy, 'a runner builder ID only says where the job ran, so it must be listed to be accepted');
  if (policyProblem) problems.push(policyProblem);
  if (problems.length > 0) return fail(`provenance says ${id}, but ${problems.join('; ')}`);
  return passed(
    'builder ID',
    `${id} (GitHub runner format: the job ran on a ${environment ?? ''} runner; workflow ${workflow ?? ''}; signed by ${cert.subjectAlternativeName ?? ''}) (allowed by policy)`,
  );
}

function delegatorCheck(id: string, facts: ProvenanceFacts, san: string, policy: Policy): Check {
  const problems: string[] = [];
  const [workflow = '', ref = ''] = san.split('@');
  if (!DELEGATORS.has(workflow) || !RELEASE_TAG.test(ref)) {
    problems.push(
      `delegator provenance must be signed by slsa-github-generator's delegator workflow at a vX.Y.Z release tag, and the certificate is ${san}`,
    );
  }
  if (!DELEGATOR_BUILD_TYPE.test(facts.buildType ?? ''))
    problems.push(`the build type ${facts.buildType ?? '(none)'} is not the delegator's`);
  const policyProblem = allowedByPolicy(
    id,
    policy,
    'the delegator signs for any builder that calls it, so the trusted builder must be listed',
  );
  if (policyProblem) problems.push(policyProblem);
  if (problems.length > 0) return fail(`provenance says ${id}, but ${problems.join('; ')}`);
  return passed('builder ID', `${id} (slsa-github-generator delegator format: recorded by ${san}) (allowed by policy)`);
}

/** The builder ID check, by the rule of the provenance's format (key mode: the policy's list alone). */
export function builderCheck(facts: ProvenanceFacts, cert: CertificateIdentity | undefined, policy: Policy): Check {
  const id = facts.builderId;
  if (id === undefined) return fail('the provenance does not say');
  if (cert === undefined) {
    const problem = policy.builderIds.length > 0 ? allowedByPolicy(id, policy, '') : undefined;
    return problem
      ? fail(`provenance says ${showValue(id)}, but ${problem}`)
      : passed('builder ID', `${id}${policy.builderIds.length > 0 ? ' (allowed by policy)' : ''}`);
  }
  const san = cert.subjectAlternativeName;
  if (san === undefined)
    return fail(`provenance says ${showValue(id)}, but the signing certificate has no usable identity: ${cert.identityProblem ?? 'none'}`);
  switch (provenanceFormat(facts, cert)) {
    case 'github-runner':
      return runnerCheck(id, facts, cert, policy);
    case 'slsa-delegator':
      return delegatorCheck(id, facts, san, policy);
    case 'signer': {
      if (id !== san) return fail(`provenance says ${showValue(id)}, but the signing certificate says ${san}`);
      const problem = policy.builderIds.length > 0 ? allowedByPolicy(id, policy, '') : undefined;
      if (problem) return fail(`provenance says ${id}, but ${problem}`);
      return passed('builder ID', `${id} (agrees with the certificate)${policy.builderIds.length > 0 ? ' (allowed by policy)' : ''}`);
    }
  }
}
