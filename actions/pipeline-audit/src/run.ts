import { resolve } from 'node:path';
import {
  assertDistinctOutputs,
  digestBytes,
  parseJson,
  parseYamlText,
  PolicyError,
  readGitHubContext,
  writeOutputFiles,
  writeTextFile,
  type GitHubContext,
  type Ports,
} from '@slipway/core';
import {
  buildAuditRecord,
  githubApi,
  runAudit,
  formatAuditRecordSummary,
  formatAuditSarif,
  formatAuditSummary,
  formatAuditText,
} from '@slipway/workflows';
import type { Inputs } from './inputs.js';

// The tool version SARIF records: the action's release line, which users pin as @v1.
const VERSION = '1';

/** Audits the workflows: annotations on each finding, SARIF and JSON files, a summary; fails on findings. */
async function audit(inputs: Inputs, ports: Ports, workspace: string): Promise<void> {
  const { inputs: files, report } = await runAudit({
    paths: inputs.paths,
    base: workspace,
    trustedOwners: inputs.trustedOwners,
    minConfidence: inputs.minConfidence,
    ...(inputs.online ? { api: githubApi({ baseUrl: inputs.apiUrl, token: inputs.githubToken, log: (m) => ports.log.info(m) }) } : {}),
  });
  const outputs = [
    ...(inputs.sarifFile ? [{ path: resolve(workspace, inputs.sarifFile), name: "input 'sarif-file'" }] : []),
    ...(inputs.jsonFile ? [{ path: resolve(workspace, inputs.jsonFile), name: "input 'json-file'" }] : []),
  ];
  await assertDistinctOutputs(
    files.map((f) => ({ path: resolve(workspace, f.file), name: 'the audited file' })),
    outputs,
  );
  for (const f of report.files.flatMap((x) => x.findings)) {
    const at = { title: `${f.rule} (${f.severity})`, file: f.file, startLine: f.line };
    const text = `${f.message}. Fix: ${f.fix}`;
    if (f.severity === 'low') ports.log.warning(text, at);
    else ports.log.error(text, at);
  }
  ports.log.info(formatAuditText(report).trimEnd());
  const sarifFile = inputs.sarifFile ? resolve(workspace, inputs.sarifFile) : '';
  const jsonFile = inputs.jsonFile ? resolve(workspace, inputs.jsonFile) : '';
  // All or none: a SARIF file never stands without the JSON asked for beside it.
  await writeOutputFiles([
    ...(sarifFile
      ? [{ path: sarifFile, text: `${JSON.stringify(formatAuditSarif(report, VERSION), null, 2)}\n`, what: 'SARIF report' }]
      : []),
    ...(jsonFile ? [{ path: jsonFile, text: `${JSON.stringify(report, null, 2)}\n`, what: 'JSON report' }] : []),
  ]);
  await ports.summary.append(formatAuditSummary(report));
  ports.outputs.set('passed', report.passed);
  ports.outputs.set('findings', report.counts.findings);
  ports.outputs.set('coverage', report.coverage.percent);
  ports.outputs.set('sarif-file', sarifFile);
  ports.outputs.set('json-file', jsonFile);
  if (!report.passed && inputs.failOnFindings) {
    throw new PolicyError(`${report.counts.findings} workflow finding(s) in ${report.coverage.files - report.coverage.passing} file(s)`, {
      hint: 'fix them, or suppress one with a reason: # slipway-audit: ignore <rule-id> -- <why>',
    });
  }
}

/** Writes the run's audit record: trigger, commit, each job's result, permissions and outputs. */
async function record(inputs: Inputs, ports: Ports, context: GitHubContext): Promise<void> {
  const rec = buildAuditRecord(
    {
      repository: context.repository,
      sha: context.sha,
      ref: context.ref,
      eventName: context.eventName,
      actor: context.actor,
      workflowRef: context.workflowRef,
      runId: context.runId,
      runAttempt: context.runAttempt,
      runNumber: context.runNumber,
      serverUrl: context.serverUrl,
    },
    parseJson(inputs.needs ?? '', "input 'needs'"),
    parseYamlText(inputs.jobPermissions ?? '', "input 'job-permissions'"),
    ports.clock.now(),
  );
  const text = `${JSON.stringify(rec, null, 2)}\n`;
  const file = resolve(context.workspace || process.cwd(), inputs.recordFile);
  await writeTextFile(file, text);
  await ports.summary.append(formatAuditRecordSummary(rec));
  ports.outputs.set('record-file', file);
  ports.outputs.set('record-sha256', digestBytes(Buffer.from(text), 'sha256'));
}

/** The pipeline-audit action: `audit` the workflows, or `record` what a pipeline run did. */
export async function run(inputs: Inputs, ports: Ports, env: Record<string, string | undefined> = process.env): Promise<void> {
  const context = readGitHubContext(env);
  if (inputs.mode === 'record') await record(inputs, ports, context);
  else await audit(inputs, ports, context.workspace || process.cwd());
}
