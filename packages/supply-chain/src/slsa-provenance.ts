import { errorCodes, UserError, type ErrorCode } from '@slipway/core';

export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** GitHub's build type, which `gh attestation verify` and slsa-verifier read. */
export const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';

/**
 * What the provenance says about a run: the same fields GitHub's attest action takes from the
 * job's OIDC token (names as in the token's claims).
 */
export interface BuildClaims {
  repository: string;
  repository_id: string;
  repository_owner_id: string;
  ref: string;
  sha: string;
  event_name: string;
  /** `owner/repo/.github/workflows/ci.yml@refs/heads/main`: the workflow the run started from. */
  workflow_ref: string;
  /** The workflow file that ran this job: the reusable workflow when called from one. */
  job_workflow_ref: string;
  run_id: string;
  run_attempt: string;
  runner_environment: string;
}

/** SLSA provenance v1 in GitHub's workflow build type. */
export interface SlsaProvenance {
  buildDefinition: {
    buildType: string;
    externalParameters: { workflow: { ref: string; repository: string; path: string } };
    internalParameters: {
      github: { event_name: string; repository_id: string; repository_owner_id: string; runner_environment: string };
    };
    resolvedDependencies: { uri: string; digest: { gitCommit: string } }[];
  };
  runDetails: { builder: { id: string }; metadata: { invocationId: string } };
}

const REQUIRED: (keyof BuildClaims)[] = [
  'repository',
  'repository_id',
  'repository_owner_id',
  'ref',
  'sha',
  'event_name',
  'workflow_ref',
  'job_workflow_ref',
  'run_id',
  'run_attempt',
  'runner_environment',
];

/** What each claim must look like, and an example of a good value; the provenance is signed, so nothing malformed goes in. */
const SHAPES: Record<keyof BuildClaims, { test: RegExp; expected: string }> = {
  repository: { test: /^[A-Za-z0-9](?:[A-Za-z0-9-]*)\/[A-Za-z0-9._-]+$/, expected: 'OWNER/REPO, e.g. octo-org/app' },
  repository_id: { test: /^\d{1,20}$/, expected: 'a number, e.g. 123456789' },
  repository_owner_id: { test: /^\d{1,20}$/, expected: 'a number, e.g. 9919' },
  ref: { test: /^refs\/\S+$/, expected: 'a full ref, e.g. refs/heads/main or refs/tags/v1.2.0' },
  sha: { test: /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i, expected: 'a full commit id: 40 (or 64) hex digits' },
  event_name: { test: /^[a-z][a-z_]*$/, expected: 'an event name, e.g. push or workflow_dispatch' },
  workflow_ref: {
    test: /^[^/@\s]+\/[^/@\s]+\/[^@\s]+@\S+$/,
    expected: 'OWNER/REPO/PATH@REF, e.g. octo-org/app/.github/workflows/ci.yml@refs/heads/main',
  },
  job_workflow_ref: {
    test: /^[^/@\s]+\/[^/@\s]+\/[^@\s]+@\S+$/,
    expected: 'OWNER/REPO/PATH@REF, e.g. octo-org/app/.github/workflows/build.yml@refs/heads/main',
  },
  run_id: { test: /^\d{1,20}$/, expected: 'a run number, e.g. 9876543210' },
  run_attempt: { test: /^[1-9]\d{0,5}$/, expected: 'an attempt number: 1 or more' },
  runner_environment: { test: /^(?:github-hosted|self-hosted)$/, expected: 'github-hosted or self-hosted' },
};

/** How the claims are named to the user: flags or variables, and the error code a bad one gives. */
export interface ClaimNaming {
  /** A claim's name as the user gave it (`--sha`, `GITHUB_SHA`); the claim's own name otherwise. */
  names?: Partial<Record<keyof BuildClaims, string>>;
  /** `USAGE` for flags, `INPUT_INVALID` (the default) for an environment or a token. */
  code?: ErrorCode;
}

/**
 * Picks the build claims out of decoded OIDC claims or any record. A missing one is an error
 * naming it; so is a malformed one (`--sha nope`, `--run-attempt abc`), naming the flag or
 * variable and what it must look like, before anything is signed.
 */
export function buildClaimsFrom(source: Record<string, unknown>, origin: string, naming: ClaimNaming = {}): BuildClaims {
  const out: Partial<Record<keyof BuildClaims, string>> = {};
  const missing: (keyof BuildClaims)[] = [];
  for (const key of REQUIRED) {
    const v = source[key];
    if ((typeof v === 'string' && v !== '') || typeof v === 'number') out[key] = String(v);
    else missing.push(key);
  }
  if (missing.length > 0) {
    throw new UserError(`The build context from ${origin} lacks ${[...new Set(missing.map((k) => naming.names?.[k] ?? k))].join(', ')}`, {
      hint: 'on GitHub these come from the job (grant `id-token: write` for the OIDC claims); elsewhere pass them as flags',
      ...(naming.code ? { code: naming.code } : {}),
    });
  }
  const bad = REQUIRED.filter((k) => !SHAPES[k].test.test(out[k] ?? ''));
  if (bad.length > 0) {
    const first = bad[0]!;
    throw new UserError(
      `The build context from ${origin} has ${bad.map((k) => `${naming.names?.[k] ?? k} '${(out[k] ?? '').slice(0, 80)}'`).join(', ')}, which ${bad.length === 1 ? 'is' : 'are'} not valid`,
      { code: naming.code ?? errorCodes.invalidInput, hint: `${naming.names?.[first] ?? first} must be ${SHAPES[first].expected}` },
    );
  }
  return out as BuildClaims;
}

/**
 * The SLSA v1 predicate, field for field as GitHub's `buildSLSAProvenancePredicate` builds it,
 * so verifiers that accept GitHub's attestations accept ours.
 */
export function buildSlsaProvenance(claims: BuildClaims, serverUrl: string): SlsaProvenance {
  const server = serverUrl.replace(/\/+$/, '');
  // owner/repo/.github/workflows/ci.yml@refs/heads/main -> .github/workflows/ci.yml
  const [workflowPath = ''] = claims.workflow_ref.replace(`${claims.repository}/`, '').split('@');
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: claims.ref, repository: `${server}/${claims.repository}`, path: workflowPath },
      },
      internalParameters: {
        github: {
          event_name: claims.event_name,
          repository_id: claims.repository_id,
          repository_owner_id: claims.repository_owner_id,
          runner_environment: claims.runner_environment,
        },
      },
      resolvedDependencies: [{ uri: `git+${server}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } }],
    },
    runDetails: {
      builder: { id: `${server}/${claims.job_workflow_ref}` },
      metadata: { invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}` },
    },
  };
}

/** Decodes the claims (payload) of a JWT without checking its signature: Fulcio checks it. */
export function jwtClaims(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) throw new UserError('The OIDC token is not a JWT (it has no payload part)');
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw new UserError(`The OIDC token's payload is not a JSON object`, { cause: error });
  }
}
