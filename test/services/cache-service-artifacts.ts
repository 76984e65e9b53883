import { decode } from '@slipway/core';
import type { Azurite } from './cache-service-azurite.js';
import { decodeBody, TwirpError, type TwirpMethods } from './cache-service-twirp.js';
import type { RuntimeClaims } from './cache-service-token.js';

/** An artifact as the local results service stores it. */
export interface StoredArtifact {
  id: number;
  runId: string;
  jobId: string;
  name: string;
  blobName: string;
  sizeBytes: number;
  digest?: string;
  createdAt: Date;
  finalized: boolean;
}

const artifactIds = { workflow_run_backend_id: decode.string, workflow_job_run_backend_id: decode.string };
const createArtifact = decode.object({ ...artifactIds, name: decode.string, version: decode.optional(decode.number) });
const finalizeArtifact = decode.object({
  ...artifactIds,
  name: decode.string,
  size: decode.oneOf<string | number>(decode.string, decode.number),
  hash: decode.optional(decode.string),
});
const listArtifacts = decode.object({
  ...artifactIds,
  name_filter: decode.optional(decode.string),
  id_filter: decode.optional(decode.string),
});
const artifactByName = decode.object({ ...artifactIds, name: decode.string });

const ownArtifact = (claims: RuntimeClaims, runId: string): void => {
  if (runId !== claims.runId) throw new TwirpError(403, 'permission_denied', `the token is not for run ${runId}`);
};

/** The twirp `ArtifactService` methods @actions/artifact 6 calls, over Azurite. */
export function artifactMethods(azurite: Azurite, artifacts: StoredArtifact[], nextId: () => number): TwirpMethods {
  return {
    CreateArtifact: async (body, claims) => {
      const request = decodeBody(createArtifact, body);
      ownArtifact(claims, request.workflow_run_backend_id);
      if (artifacts.some((a) => a.runId === request.workflow_run_backend_id && a.name === request.name && a.finalized)) {
        throw new TwirpError(409, 'already_exists', `an artifact named ${request.name} already exists in this run`);
      }
      const id = nextId();
      const blobName = `artifacts/${request.workflow_run_backend_id}/${id}/${request.name}.zip`;
      artifacts.push({
        id,
        runId: request.workflow_run_backend_id,
        jobId: request.workflow_job_run_backend_id,
        name: request.name,
        blobName,
        sizeBytes: 0,
        createdAt: new Date(),
        finalized: false,
      });
      return Promise.resolve({ ok: true, signed_upload_url: azurite.signedUrl(blobName, 'cw') });
    },
    FinalizeArtifact: async (body, claims) => {
      const request = decodeBody(finalizeArtifact, body);
      ownArtifact(claims, request.workflow_run_backend_id);
      const artifact = artifacts.findLast((a) => a.runId === request.workflow_run_backend_id && a.name === request.name && !a.finalized);
      if (!artifact) throw new TwirpError(404, 'not_found', `no artifact named ${request.name} was created`);
      const properties = await azurite.container.getBlockBlobClient(artifact.blobName).getProperties();
      artifact.sizeBytes = properties.contentLength ?? 0;
      artifact.digest = request.hash;
      artifact.finalized = true;
      return { ok: true, artifact_id: String(artifact.id) };
    },
    ListArtifacts: async (body, claims) => {
      const request = decodeBody(listArtifacts, body);
      ownArtifact(claims, request.workflow_run_backend_id);
      const found = artifacts.filter(
        (a) =>
          a.finalized &&
          a.runId === request.workflow_run_backend_id &&
          (request.name_filter === undefined || a.name === request.name_filter) &&
          (request.id_filter === undefined || String(a.id) === request.id_filter),
      );
      return Promise.resolve({
        artifacts: found.map((a) => ({
          workflow_run_backend_id: a.runId,
          workflow_job_run_backend_id: a.jobId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.sizeBytes),
          created_at: a.createdAt.toISOString(),
          ...(a.digest ? { digest: a.digest } : {}),
        })),
      });
    },
    GetSignedArtifactURL: async (body, claims) => {
      const request = decodeBody(artifactByName, body);
      ownArtifact(claims, request.workflow_run_backend_id);
      const artifact = artifacts.findLast((a) => a.finalized && a.runId === request.workflow_run_backend_id && a.name === request.name);
      if (!artifact) throw new TwirpError(404, 'not_found', `no artifact named ${request.name}`);
      return Promise.resolve({ signed_url: azurite.signedUrl(artifact.blobName, 'r') });
    },
  };
}
