import { UserError } from '@slipway/core';

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

/** Picks the build claims out of decoded OIDC claims or any record; missing ones are an error naming them. */
export function buildClaimsFrom(source: Record<string, unknown>, origin: string): BuildClaims {
  const out: Partial<Record<keyof BuildClaims, string>> = {};
  const missing: string[] = [];
  for (const key of REQUIRED) {
    const v = source[key];
    if ((typeof v === 'string' && v !== '') || typeof v === 'number') out[key] = String(v);
    else missing.push(key);
  }
  if (missing.length > 0) {
    throw new UserError(`The build context from ${origin} lacks ${missing.join(', ')}`, {
      hint: 'on GitHub these come from the job (grant `id-token: write` for the OIDC claims); elsewhere pass them as flags',
    });
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
