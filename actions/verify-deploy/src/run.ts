import { resolve } from 'node:path';
import { errorCode, expandGlobs, PolicyError, publishRecords, readTextFile, type Ports, type RecordSink } from '@slipway/core';
import {
  formatReportMarkdown,
  dockerConfigDir,
  loadBundleFiles,
  loadFileSubject,
  loadTrust,
  parsePolicy,
  registryBundleFinder,
  verifyImage,
  verifySubject,
  type ImageBundleFinder,
  type SubjectReport,
  tufTrust,
  type TrustSource,
} from '@slipway/verify';
import type { Inputs } from './inputs.js';

export interface RunOptions {
  /** Relative paths resolve here (the runner starts steps in the workspace). */
  cwd?: string;
  /** Where image bundles come from; the registry by default. */
  finder?: ImageBundleFinder;
  /** The step's environment, for the docker config (`DOCKER_CONFIG`, `HOME`). */
  env?: Record<string, string | undefined>;
  /** Where the verification records go (ci-metrics' verified-deploy share); none when absent. */
  records?: RecordSink;
}

async function trustSource(inputs: Inputs, path: (p: string) => string): Promise<TrustSource> {
  const root = inputs.trustedRoot
    ? { json: await readTextFile(path(inputs.trustedRoot), 'trusted root'), source: inputs.trustedRoot }
    : undefined;
  if (inputs.trust === 'public-key' && inputs.publicKey) {
    return {
      kind: 'public-key',
      pem: await readTextFile(path(inputs.publicKey), 'public key'),
      source: inputs.publicKey,
      ...(root ? { root } : {}),
    };
  }
  if (inputs.trust === 'trusted-root' && root) return { kind: 'trusted-root', ...root };
  return { kind: 'public-good' };
}

/**
 * The deploy gate: verifies every file and image against the policy, writes every check to the
 * job summary, and fails (PolicyError) unless all of them verified. Unreadable input fails too.
 */
export async function run(inputs: Inputs, ports: Ports, options: RunOptions = {}): Promise<void> {
  try {
    await verifyAll(inputs, ports, options);
  } catch (error) {
    // Machine readers get the code of whatever stopped the step: a rejection or an input error.
    ports.outputs.set('error-code', errorCode(error));
    throw error;
  }
}

async function attestationFiles(patterns: readonly string[], cwd: string, ports: Ports): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    const found = await expandGlobs([pattern], cwd, { allowEmpty: true, what: 'attestations' });
    if (found.length === 0) ports.log.warning(`No attestation file matched '${pattern}'`);
    files.push(...found.map((f) => resolve(cwd, f)));
  }
  return [...new Set(files)];
}

async function verifyAll(inputs: Inputs, ports: Ports, options: RunOptions): Promise<void> {
  const cwd = options.cwd ?? process.cwd();
  const path = (p: string): string => resolve(cwd, p);
  const policy = parsePolicy(await readTextFile(path(inputs.policy ?? ''), 'policy'), inputs.policy ?? '');
  const trust =
    inputs.trust === 'public-good' && inputs.tufCache
      ? await tufTrust({
          cacheDir: path(inputs.tufCache),
          ...(inputs.tufMirror ? { mirrorUrl: inputs.tufMirror } : {}),
          ...(inputs.tufRoot ? { rootPath: path(inputs.tufRoot) } : {}),
          rootInput: "input 'tuf-root'",
        })
      : loadTrust(await trustSource(inputs, path));
  ports.log.info(`Trust: ${trust.label}`);
  const now = ports.clock.now();
  const bundlePaths = inputs.bundles.map(path);
  const extra = await loadBundleFiles(await attestationFiles(inputs.attestations, cwd, ports));
  const reports: SubjectReport[] = [];
  for (const artifact of inputs.artifacts) {
    const subject = await loadFileSubject(path(artifact), bundlePaths);
    reports.push(verifySubject(artifact, subject.artifact, [...subject.bundles, ...extra], policy, trust, now));
  }
  if (inputs.registryPassword) ports.log.mask(inputs.registryPassword);
  const env = options.env ?? process.env;
  const finder =
    options.finder ??
    registryBundleFinder({
      username: inputs.registryUsername,
      password: inputs.registryPassword,
      dockerConfigDir: dockerConfigDir(env),
      warn: (m) => ports.log.warning(m),
    });
  for (const image of inputs.images) reports.push(await verifyImage(image, finder, policy, trust, now, extra));

  for (const r of reports) {
    ports.log.info(`${r.verified ? 'verified' : 'REJECTED'}: ${r.subject} (${r.digest})`);
    for (const b of r.bundles) {
      for (const c of b.checks)
        ports.log.info(`  ${c.status === 'passed' ? 'ok  ' : c.status === 'failed' ? 'FAIL' : 'skip'} ${b.source}: ${c.name}: ${c.detail}`);
    }
  }
  await ports.summary.append(formatReportMarkdown(reports));
  const rejected = reports.filter((r) => !r.verified);
  // Recorded before the gate decides, so a rejection is counted too; a failed upload only warns.
  await publishRecords(
    options.records,
    inputs.record,
    reports.map((r) => ({
      type: 'verification',
      subject: r.subject,
      ...(inputs.environment ? { environment: inputs.environment } : {}),
      digest: r.digest,
      verified: r.verified,
    })),
    'verify-deploy',
    ports.log,
  );
  ports.outputs.set('verified', rejected.length === 0);
  ports.outputs.set('verified-count', reports.length - rejected.length);
  ports.outputs.set('rejected-count', rejected.length);
  ports.outputs.set(
    'report',
    JSON.stringify(
      reports.map((r) => ({
        subject: r.subject,
        digest: r.digest,
        verified: r.verified,
        ...(r.errorCode ? { errorCode: r.errorCode } : {}),
        checks: r.checks,
        bundles: r.bundles,
      })),
    ),
  );
  const firstCode = rejected.find((r) => r.errorCode)?.errorCode;
  ports.outputs.set('error-code', firstCode ?? '');
  if (rejected.length > 0) {
    const reasons = rejected.map((r) => {
      const why = [
        ...r.bundles.flatMap((b) => b.checks.filter((c) => c.status === 'failed').map((c) => `${b.source}: ${c.name}: ${c.detail}`)),
        ...r.checks.filter((c) => c.status === 'failed').map((c) => `${c.name}: ${c.detail}`),
      ];
      return `${r.subject}${r.errorCode ? ` [${r.errorCode}]` : ''}: ${why.join('; ')}`;
    });
    for (const reason of reasons) ports.log.error(reason, { title: 'verify-deploy rejected a subject' });
    throw new PolicyError(`Do not deploy: ${rejected.length} of ${reports.length} subject(s) failed verification.\n${reasons.join('\n')}`, {
      hint: 'every failed check and its reason is in the job summary',
      ...(firstCode ? { code: firstCode } : {}),
    });
  }
  ports.log.notice(`All ${reports.length} subject(s) verified against ${inputs.policy ?? ''}`);
}
