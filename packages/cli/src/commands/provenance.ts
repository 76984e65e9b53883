import { resolve } from 'node:path';
import {
  assertDistinctOutputs,
  errorCodes,
  parseUserUrl,
  readGitHubContext,
  readTextFile,
  SMALL_FILE_LIMIT,
  writeTextFile,
} from '@slipway/core';
import {
  buildClaimsFrom,
  createProvenance,
  imageSubject,
  jwtClaims,
  parseChecksums,
  provenanceInputPaths,
  subjectsFromPaths,
  type Subject,
} from '@slipway/supply-chain';
import { EXIT, leaf, printJson, UsageError } from '../command.js';
import { cliIdentity, cliSigningMethod, signingOptions } from './sign-options.js';
import { SUMMARIES } from './summaries.js';

/** Each build claim's flag (and the variable it defaults to), for errors. */
const CLAIM_FLAGS = {
  repository: '--repository ($GITHUB_REPOSITORY)',
  repository_id: '--repository-id ($GITHUB_REPOSITORY_ID)',
  repository_owner_id: '--repository-owner-id ($GITHUB_REPOSITORY_OWNER_ID)',
  ref: '--ref ($GITHUB_REF)',
  sha: '--sha ($GITHUB_SHA)',
  event_name: '--event-name ($GITHUB_EVENT_NAME)',
  workflow_ref: '--workflow-ref ($GITHUB_WORKFLOW_REF)',
  job_workflow_ref: '--builder (or --workflow-ref)',
  run_id: '--run-id ($GITHUB_RUN_ID)',
  run_attempt: '--run-attempt ($GITHUB_RUN_ATTEMPT)',
  runner_environment: '--runner-environment ($RUNNER_ENVIRONMENT)',
} as const;

/** `slipway provenance`: a signed SLSA v1 provenance bundle for files or an image. */
export const provenanceCommand = leaf({
  name: 'provenance',
  summary: SUMMARIES['provenance'],
  usage: 'provenance --subject-path GLOB... --out FILE [--key PEM] [context flags]',
  options: {
    'subject-path': { type: 'string', multiple: true, value: 'GLOB', description: 'files to attest (`!GLOB` excludes)' },
    'subject-checksums': { type: 'string', value: 'FILE', description: 'a sha256sum file whose lines are subjects' },
    'subject-name': { type: 'string', value: 'IMAGE', description: 'an image name to attest (with --subject-digest)' },
    'subject-digest': { type: 'string', value: 'sha256:HEX', description: 'the image manifest digest' },
    out: { type: 'string', value: 'FILE', description: 'where to write the bundle (required)' },
    ...signingOptions,
    repository: { type: 'string', value: 'OWNER/REPO', description: 'source repository (default $GITHUB_REPOSITORY)' },
    'repository-id': { type: 'string', value: 'ID', description: 'default $GITHUB_REPOSITORY_ID' },
    'repository-owner-id': { type: 'string', value: 'ID', description: 'default $GITHUB_REPOSITORY_OWNER_ID' },
    sha: { type: 'string', value: 'COMMIT', description: 'source commit (default $GITHUB_SHA)' },
    ref: { type: 'string', value: 'REF', description: 'source ref (default $GITHUB_REF)' },
    'event-name': { type: 'string', value: 'EVENT', description: 'default $GITHUB_EVENT_NAME' },
    'workflow-ref': { type: 'string', value: 'REF', description: 'owner/repo/.github/workflows/x.yml@ref (default $GITHUB_WORKFLOW_REF)' },
    builder: { type: 'string', value: 'REF', description: 'the workflow that built it, if not --workflow-ref (a reusable workflow)' },
    'run-id': { type: 'string', value: 'ID', description: 'default $GITHUB_RUN_ID' },
    'run-attempt': { type: 'string', value: 'N', description: 'default $GITHUB_RUN_ATTEMPT' },
    'runner-environment': { type: 'string', value: 'ENV', description: 'github-hosted or self-hosted (default $RUNNER_ENVIRONMENT)' },
    'server-url': { type: 'string', value: 'URL', description: 'default $GITHUB_SERVER_URL or https://github.com' },
    json: { type: 'boolean', description: 'print the result as JSON' },
  },
  details: [
    'Keyless signing takes the OIDC token from $SIGSTORE_ID_TOKEN or the GitHub runner; with a',
    "GitHub token the build context comes from the token's claims, otherwise from the flags and GITHUB_*.",
    '',
    'Examples:',
    '  slipway provenance --subject-path "dist/*.tgz" --out provenance.sigstore.json --key cosign.pem',
    '',
    'Exit codes: 0 written, 2 bad usage, no subjects, an unreadable key or a signing failure.',
  ].join('\n'),
  run: async ({ values }, io) => {
    const out = values.out;
    if (!out) throw new UsageError('--out is required');
    const paths = values['subject-path'] ?? [];
    if (paths.length === 0 && !values['subject-checksums'] && !values['subject-name']) {
      throw new UsageError('give subjects: --subject-path GLOB, --subject-checksums FILE, or --subject-name with --subject-digest');
    }
    if (Boolean(values['subject-name']) !== Boolean(values['subject-digest']))
      throw new UsageError('--subject-name and --subject-digest go together');
    // Before any work: the bundle written onto a subject, the checksums or the key would replace it.
    const outPath = resolve(io.cwd, out);
    const inputs = await provenanceInputPaths({ subjectPaths: paths, checksums: values['subject-checksums'], key: values.key }, io.cwd, {
      subjectPaths: '--subject-path',
      checksums: '--subject-checksums',
      key: '--key',
    });
    await assertDistinctOutputs(inputs, [{ path: outPath, name: '--out' }]);
    const subjects: Subject[] = [];
    if (paths.length > 0) subjects.push(...(await subjectsFromPaths(paths, io.cwd)));
    if (values['subject-checksums']) {
      const file = resolve(io.cwd, values['subject-checksums']);
      subjects.push(...parseChecksums(await readTextFile(file, 'checksums file', { maxBytes: SMALL_FILE_LIMIT }), file));
    }
    if (values['subject-name'] && values['subject-digest']) subjects.push(imageSubject(values['subject-name'], values['subject-digest']));

    const identity = cliIdentity(io);
    const fromGitHubToken = !values.key && !io.env['SIGSTORE_ID_TOKEN'] && Boolean(io.env['ACTIONS_ID_TOKEN_REQUEST_URL']);
    const ctx = readGitHubContext(io.env, {});
    const workflowRef = values['workflow-ref'] ?? ctx.workflowRef;
    const claims = fromGitHubToken
      ? buildClaimsFrom(jwtClaims(await identity.getToken()), "the job's OIDC token")
      : buildClaimsFrom(
          {
            repository: values.repository ?? ctx.repository,
            repository_id: values['repository-id'] ?? ctx.repositoryId,
            repository_owner_id: values['repository-owner-id'] ?? ctx.repositoryOwnerId,
            ref: values.ref ?? ctx.ref,
            sha: values.sha ?? ctx.sha,
            event_name: values['event-name'] ?? ctx.eventName,
            workflow_ref: workflowRef,
            job_workflow_ref: values.builder ?? workflowRef,
            run_id: values['run-id'] ?? ctx.runId,
            run_attempt: values['run-attempt'] ?? ctx.runAttempt,
            runner_environment: values['runner-environment'] ?? ctx.runnerEnvironment,
          },
          'the flags and GITHUB_* variables',
          { names: CLAIM_FLAGS, code: errorCodes.usage },
        );
    const method = await cliSigningMethod(values, io, identity);
    const serverUrl = values['server-url'] === undefined ? ctx.serverUrl : parseUserUrl(values['server-url'], '--server-url').href;
    const { statement, bundle } = await createProvenance(subjects, claims, serverUrl, method);
    await writeTextFile(outPath, bundle.text);
    const result = {
      bundle: outPath,
      predicateType: statement.predicateType,
      subjects: statement.subject,
      builder: statement.predicate.runDetails.builder.id,
      signer: bundle.signer,
      logIndex: bundle.logIndex ?? null,
    };
    if (values.json) printJson(io, result);
    else io.stdout(`wrote ${outPath}: SLSA provenance for ${subjects.length} subject(s), signed by ${bundle.signer}\n`);
    return EXIT.ok;
  },
});
