import { join, resolve } from 'node:path';
import {
  assertDistinctOutputs,
  digestBytes,
  Markdown,
  publishRecords,
  readGitHubContext,
  readTextFile,
  SMALL_FILE_LIMIT,
  type GitHubContext,
  type Ports,
  type RecordSink,
  writeTextFile,
} from '@slipway/core';
import {
  actionsIdentityProvider,
  attachAttestation,
  buildClaimsFrom,
  cachedIdentity,
  connectRegistry,
  dockerConfigDir,
  createProvenance,
  imageSubject,
  jwtClaims,
  parseChecksums,
  parseImageReference,
  provenanceInputPaths,
  signingMethodFromInputs,
  subjectsFromPaths,
  uniqueSubjects,
  uploadAttestation,
  type BuildClaims,
  type Subject,
} from '@slipway/supply-chain';
import type { Inputs } from './inputs.js';

type Env = Record<string, string | undefined>;

async function collectSubjects(inputs: Inputs, workspace: string): Promise<Subject[]> {
  const subjects: Subject[] = [];
  if (inputs.subjectPath.length > 0) subjects.push(...(await subjectsFromPaths(inputs.subjectPath, workspace)));
  if (inputs.subjectChecksums) {
    const path = resolve(workspace, inputs.subjectChecksums);
    subjects.push(...parseChecksums(await readTextFile(path, 'subject-checksums file', { maxBytes: SMALL_FILE_LIMIT }), path));
  }
  if (inputs.subjectName && inputs.subjectDigest) subjects.push(imageSubject(inputs.subjectName, inputs.subjectDigest));
  return uniqueSubjects(subjects);
}

/** Claims from the runner's environment, for key mode in a job without `id-token: write`. */
function claimsFromContext(ctx: GitHubContext): BuildClaims {
  return buildClaimsFrom(
    {
      repository: ctx.repository,
      repository_id: ctx.repositoryId,
      repository_owner_id: ctx.repositoryOwnerId,
      ref: ctx.ref,
      sha: ctx.sha,
      event_name: ctx.eventName,
      workflow_ref: ctx.workflowRef,
      job_workflow_ref: ctx.workflowRef,
      run_id: ctx.runId,
      run_attempt: ctx.runAttempt,
      runner_environment: ctx.runnerEnvironment,
    },
    'the runner environment (GITHUB_*)',
    {
      names: {
        repository: 'GITHUB_REPOSITORY',
        repository_id: 'GITHUB_REPOSITORY_ID',
        repository_owner_id: 'GITHUB_REPOSITORY_OWNER_ID',
        ref: 'GITHUB_REF',
        sha: 'GITHUB_SHA',
        event_name: 'GITHUB_EVENT_NAME',
        workflow_ref: 'GITHUB_WORKFLOW_REF',
        job_workflow_ref: 'GITHUB_WORKFLOW_REF',
        run_id: 'GITHUB_RUN_ID',
        run_attempt: 'GITHUB_RUN_ATTEMPT',
        runner_environment: 'RUNNER_ENVIRONMENT',
      },
    },
  );
}

/** slsa-provenance: subjects -> SLSA v1 statement -> DSSE Sigstore bundle -> file, registry, GitHub. */
export async function run(inputs: Inputs, ports: Ports, env: Env = process.env, records?: RecordSink): Promise<void> {
  const ctx = readGitHubContext(env);
  const workspace = ctx.workspace;
  if (inputs.privateKeyPassphrase) ports.log.mask(inputs.privateKeyPassphrase);

  // Before any work: the bundle written onto a subject or the checksums file would replace it.
  if (inputs.bundlePath) {
    const reads = await provenanceInputPaths({ subjectPaths: inputs.subjectPath, checksums: inputs.subjectChecksums }, workspace, {
      subjectPaths: "input 'subject-path'",
      checksums: "input 'subject-checksums'",
    });
    await assertDistinctOutputs(reads, [{ path: resolve(workspace, inputs.bundlePath), name: "input 'bundle-path'" }]);
  }
  const subjects = await collectSubjects(inputs, workspace);
  ports.log.info(
    `${subjects.length} subject(s): ${subjects
      .slice(0, 5)
      .map((s) => s.name)
      .join(', ')}${subjects.length > 5 ? ', …' : ''}`,
  );

  const tokenEnv = { url: env['ACTIONS_ID_TOKEN_REQUEST_URL'], token: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] };
  const identity = cachedIdentity(actionsIdentityProvider(tokenEnv));
  let claims: BuildClaims;
  if (tokenEnv.url && tokenEnv.token) {
    claims = buildClaimsFrom(jwtClaims(await identity.getToken()), "the job's OIDC token");
  } else if (inputs.privateKey) {
    ports.log.warning(
      'No OIDC token (the job lacks `id-token: write`): the provenance takes the build context from GITHUB_* variables and names the calling workflow as builder',
    );
    claims = claimsFromContext(ctx);
  } else {
    await identity.getToken(); // throws the message that names the missing permission
    throw new Error('unreachable: the identity provider returned a token without its variables');
  }

  const method = signingMethodFromInputs(inputs, identity);
  const { statement, bundle } = await ports.log.group('Sign the provenance', () =>
    createProvenance(subjects, claims, ctx.serverUrl, method),
  );
  ports.log.info(`Signed by ${bundle.signer}${bundle.logIndex ? `, Rekor log index ${bundle.logIndex}` : ''}`);

  let referrerDigest = '';
  if (inputs.pushToRegistry && inputs.subjectName && inputs.subjectDigest) {
    const ref = { ...parseImageReference(inputs.subjectName), digest: inputs.subjectDigest.trim() };
    const client = await connectRegistry(ref.registry, {
      username: inputs.registryUsername,
      password: inputs.registryPassword,
      dockerConfigDir: dockerConfigDir(env),
      warn: (m) => ports.log.warning(m),
    });
    referrerDigest = (await attachAttestation(client, ref, bundle.text, 'the provenance bundle', ports.clock.now())).digest;
    ports.log.info(`Attached to ${ref.registry}/${ref.repository}@${ref.digest} as referrer ${referrerDigest}`);
  }

  let attestationId = '';
  if (inputs.uploadAttestation) {
    attestationId = await uploadAttestation(bundle.json, {
      apiUrl: ctx.apiUrl,
      repository: ctx.repository,
      token: inputs.githubToken,
    });
  }

  const bundlePath = inputs.bundlePath
    ? resolve(workspace, inputs.bundlePath)
    : join(env['RUNNER_TEMP'] ?? workspace, `slsa-provenance-${digestBytes(bundle.text).slice(0, 12)}.sigstore.json`);
  await writeTextFile(bundlePath, bundle.text);

  // Outputs only now: every write above succeeded.
  ports.outputs.set('bundle-path', bundlePath);
  ports.outputs.set('predicate-type', statement.predicateType);
  ports.outputs.set('subject-count', subjects.length);
  ports.outputs.set('signer', bundle.signer);
  ports.outputs.set('log-index', bundle.logIndex ?? '');
  ports.outputs.set('referrer-digest', referrerDigest);
  ports.outputs.set('attestation-id', attestationId);
  ports.outputs.set('attestation-url', attestationId ? `${ctx.serverUrl}/${ctx.repository}/attestations/${attestationId}` : '');

  const md = new Markdown()
    .heading('SLSA provenance')
    .table(
      ['', ''],
      [
        ['Builder', statement.predicate.runDetails.builder.id],
        ['Source', `${statement.predicate.buildDefinition.externalParameters.workflow.repository}@${claims.sha}`],
        ['Signed by', method.mode === 'key' ? `${bundle.signer} (key)` : `${bundle.signer} (keyless)`],
        ['Transparency log', bundle.logIndex ? `entry ${bundle.logIndex}` : 'not logged'],
        ['Bundle', bundlePath],
      ],
    )
    .details(
      `${subjects.length} subject(s)`,
      new Markdown()
        .table(
          ['Subject', 'sha256'],
          subjects.slice(0, 100).map((s) => [s.name, s.digest.sha256]),
        )
        .toString() + (subjects.length > 100 ? `\n…and ${subjects.length - 100} more\n` : ''),
    );
  await ports.summary.append(md.toString());

  // One signature record (kind provenance) per subject: ci-metrics counts signed builds from them.
  await publishRecords(
    records,
    inputs.record,
    subjects.map((s) => ({ type: 'signature', kind: 'provenance', subject: s.name, digest: `sha256:${s.digest.sha256}`, signed: true })),
    'slsa-provenance',
    ports.log,
  );
}
