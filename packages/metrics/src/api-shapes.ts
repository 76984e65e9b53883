import { decode, decodeDocument, type Decoder } from '@slipway/core';

// Decoders for the parts of GitHub's REST responses the collector reads. Unknown fields are
// ignored, so new API fields never break collection; a missing field we need is an error
// that names it.

const str = decode.string;
const optStr = decode.optional(decode.string);
const id = decode.number;

export const workflowRun = decode.object({
  id,
  name: decode.withDefault(str, ''),
  path: decode.withDefault(str, ''),
  head_branch: decode.withDefault(str, ''),
  head_sha: str,
  event: str,
  status: decode.withDefault(str, ''),
  conclusion: optStr,
  run_attempt: decode.withDefault(id, 1),
  created_at: str,
  run_started_at: optStr,
  updated_at: str,
});
export type WorkflowRun = ReturnType<typeof workflowRun>;

export const runsPage = decode.object({ total_count: id, workflow_runs: decode.array(workflowRun) });

const apiStep = decode.object({
  name: str,
  status: str,
  conclusion: optStr,
  started_at: optStr,
  completed_at: optStr,
});

export const apiJob = decode.object({
  id,
  name: str,
  run_attempt: decode.withDefault(id, 1),
  status: str,
  conclusion: optStr,
  created_at: optStr,
  started_at: optStr,
  completed_at: optStr,
  steps: decode.withDefault(decode.array(apiStep), []),
});
export type ApiJob = ReturnType<typeof apiJob>;

export const jobsPage = decode.object({ total_count: id, jobs: decode.array(apiJob) });

export const artifact = decode.object({ id, name: str, expired: decode.withDefault(decode.boolean, false) });
export const artifactsPage = decode.object({ total_count: id, artifacts: decode.array(artifact) });

export const repository = decode.object({ full_name: str, default_branch: decode.withDefault(str, 'main') });

export const deployment = decode.object({
  id,
  sha: str,
  ref: decode.withDefault(str, ''),
  environment: str,
  production_environment: decode.optional(decode.boolean),
  created_at: str,
});
export type ApiDeployment = ReturnType<typeof deployment>;

export const deploymentStatus = decode.object({ id, state: str, created_at: str });

export const compareCommit = decode.object({
  sha: str,
  commit: decode.object({
    author: decode.optional(decode.object({ date: optStr })),
    committer: decode.optional(decode.object({ date: optStr })),
  }),
});
export const compare = decode.object({ commits: decode.array(compareCommit) });
export type CompareCommit = ReturnType<typeof compareCommit>;

/** Decodes with the endpoint in the error, so an unexpected API answer names where it came from. */
export function decodeApi<T>(decoder: Decoder<T>, data: unknown, what: string): T {
  return decodeDocument(decoder, data, `GitHub's answer for ${what}`);
}
