import { assertDistinctOutputs, writeTextFile, type ReproducibilityOutcomeRecord } from '@slipway/core';
import type { SignedBundle, SigningMethod, Statement } from '@slipway/supply-chain';
import {
  buildVerificationSummary,
  signVerificationSummary,
  sourceResourceUri,
  verdictSubjects,
  type VerificationSummary,
} from './attestation.js';
import { rebuild, type RebuildPorts, type RebuildRequest } from './rebuild.js';
import type { RebuildResult } from './result.js';

/** Where and how the verdict is signed; absent means no attestation. */
export interface AttestationRequest {
  /** The bundle file to write. */
  path: string;
  method: SigningMethod;
  verifierId: string;
  /** Named in `verifier.version` when given. */
  verifierVersion?: string | undefined;
  /** The source repository's URL (e.g. https://github.com/org/repo); the `origin` remote otherwise. */
  repositoryUrl: string | undefined;
}

/** A rebuild with its signed verdict and its outcome records. */
export interface RebuildCheck {
  result: RebuildResult;
  attestation: { path: string; statement: Statement<VerificationSummary>; bundle: SignedBundle } | undefined;
  /** Why no attestation was written although one was asked for. */
  attestationSkipped: string | undefined;
  records: ReproducibilityOutcomeRecord[];
}

/** One record per output for ci-metrics' "reproducible builds %". */
export function reproducibilityRecords(result: RebuildResult): ReproducibilityOutcomeRecord[] {
  return result.outputs.map((o) => ({
    type: 'reproducibility',
    subject: o.name,
    reproducible: o.reproducible,
    hermetic: result.hermetic,
    ...(o.published?.sha256 || o.digests[0] ? { digest: `sha256:${o.published?.sha256 ?? o.digests[0] ?? ''}` } : {}),
    runs: result.runs.length,
  }));
}

/**
 * The reproducible-build check, as the CLI and the action run it: rebuild, then sign the
 * Verification Summary Attestation (PASSED or FAILED) when asked and write it. A verdict with no
 * output to name (the build failed) has nothing to attest and says so.
 */
export async function checkReproducible(
  req: RebuildRequest,
  attest: AttestationRequest | undefined,
  ports: RebuildPorts,
): Promise<RebuildCheck> {
  // Before any build: the attestation written onto a published file would replace what was checked.
  if (attest) {
    const published = (req.published ?? []).flatMap((p) => (p.path ? [{ path: p.path, name: 'the expected file' }] : []));
    await assertDistinctOutputs(published, [{ path: attest.path, name: 'the attestation' }]);
  }
  const result = await rebuild(req, ports);
  let attestation: RebuildCheck['attestation'];
  let attestationSkipped: string | undefined;
  if (attest && verdictSubjects(result).length === 0)
    attestationSkipped = `no attestation written: ${result.headline}, so no output has a digest to attest`;
  else if (attest) {
    const statement = buildVerificationSummary(result, {
      verifierId: attest.verifierId,
      verifierVersion: attest.verifierVersion,
      resourceUri: sourceResourceUri(result, attest.repositoryUrl),
      time: ports.clock.now(),
    });
    const bundle = await signVerificationSummary(statement, attest.method);
    await writeTextFile(attest.path, bundle.text, { what: 'the rebuild attestation' });
    attestation = { path: attest.path, statement, bundle };
  }
  return { result, attestation, attestationSkipped, records: reproducibilityRecords(result) };
}
