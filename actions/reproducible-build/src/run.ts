import { resolve } from 'node:path';
import { errorCodes, expandGlobs, PolicyError, publishRecords, readGitHubContext, type Ports, type RecordSink } from '@slipway/core';
import {
  checkReproducible,
  DEFAULT_VERIFIER_ID,
  formatRebuildMarkdown,
  publishedFromFiles,
  type AttestationRequest,
} from '@slipway/rebuild';
import { actionsIdentityProvider, cachedIdentity, signingMethodFromInputs } from '@slipway/supply-chain';
import type { Inputs } from './inputs.js';

type Env = Record<string, string | undefined>;

/** reproducible-build: rebuild N times, compare, explain, sign the verdict, record it, and fail when it is negative. */
export async function run(inputs: Inputs, ports: Ports, env: Env = process.env, records?: RecordSink): Promise<void> {
  const ctx = readGitHubContext(env);
  const workspace = ctx.workspace;
  if (inputs.privateKeyPassphrase) ports.log.mask(inputs.privateKeyPassphrase);
  const cwd = resolve(workspace, inputs.workingDirectory);
  const published =
    inputs.expected.length > 0
      ? await publishedFromFiles(
          (await expandGlobs(inputs.expected, workspace, { what: 'expected files' })).map((p) => resolve(workspace, p)),
          "input 'expected'",
        )
      : [];
  const reportDir = inputs.reportDir ? resolve(workspace, inputs.reportDir) : undefined;
  const identity = cachedIdentity(
    actionsIdentityProvider({ url: env['ACTIONS_ID_TOKEN_REQUEST_URL'], token: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] }),
  );
  const attest: AttestationRequest | undefined = inputs.attestationPath
    ? {
        path: resolve(workspace, inputs.attestationPath),
        method: signingMethodFromInputs(inputs, identity),
        verifierId: inputs.verifierId ?? (ctx.workflowRef ? `${ctx.serverUrl}/${ctx.workflowRef}` : DEFAULT_VERIFIER_ID),
        repositoryUrl: ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined,
      }
    : undefined;
  const check = await ports.log.group(`Rebuild ${inputs.runs} times: ${inputs.command}`, () =>
    checkReproducible(
      {
        command: inputs.command,
        prepare: inputs.prepare,
        outputs: inputs.outputs,
        runs: inputs.runs,
        network: inputs.network,
        vary: inputs.variations,
        cwd,
        scratchDir: env['RUNNER_TEMP'] || workspace,
        reportDir,
        diffoscope: inputs.diffoscope,
        published,
        baseEnv: env,
        identity: { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 },
      },
      attest,
      { exec: ports.exec, clock: ports.clock, log: (l) => ports.log.info(l), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) },
    ),
  );
  const { result } = check;
  if (check.attestationSkipped) ports.log.warning(check.attestationSkipped);
  ports.outputs.set('reproducible', result.reproducible);
  ports.outputs.set('hermetic', result.hermetic);
  ports.outputs.set('verdict', result.verdict);
  ports.outputs.set('digests', JSON.stringify(Object.fromEntries(result.outputs.map((o) => [o.name, o.digests[0] ?? '']))));
  ports.outputs.set('causes', [...new Set(result.outputs.flatMap((o) => o.difference?.causes.map((c) => c.id) ?? []))].join(','));
  ports.outputs.set('attestation-path', check.attestation?.path ?? '');
  ports.outputs.set('signer', check.attestation?.bundle.signer ?? '');
  ports.outputs.set('report-dir', reportDir ?? '');
  await ports.summary.append(formatRebuildMarkdown(result, check.attestation?.path));
  await publishRecords(records, inputs.record, check.records, 'reproducible-build', ports.log);
  if (result.exitCode !== 0) {
    throw new PolicyError(result.headline, {
      code: result.reproducible ? errorCodes.notHermetic : errorCodes.notReproducible,
      hint: result.outputs.flatMap((o) => o.difference?.causes.map((c) => c.fix) ?? [])[0] ?? result.hermeticReason,
    });
  }
  ports.log.info(result.headline);
}
