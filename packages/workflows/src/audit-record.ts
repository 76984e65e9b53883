import { decode, decodeDocument, Markdown, UserError } from '@slipway/core';

/** Who and what started the run, as the runner's context tells it. */
export interface RunIdentity {
  repository: string;
  sha: string;
  ref: string;
  eventName: string;
  actor: string;
  workflowRef: string;
  runId: string;
  runAttempt: string;
  runNumber: string;
  serverUrl: string;
}

/** One job of the pipeline: how it ended, what its token could do, what it produced. */
export interface RecordedJob {
  result: string;
  permissions: Record<string, string>;
  outputs: Record<string, string>;
}

/** The audit record of one pipeline run: enough to trace a deploy back to its inputs afterwards. */
export interface AuditRecord {
  schema: 'https://slipway.dev/audit-record/v1';
  recordedAt: string;
  run: RunIdentity & { url: string };
  jobs: Record<string, RecordedJob>;
  /** Every output of a job whose name ends in `digest`, as `job.output`. */
  digests: Record<string, string>;
  scanDecision: string | undefined;
  verification: string | undefined;
  /** The rebuild job's verdict (reproducible-build's `reproducible` and `hermetic` outputs), when it ran. */
  reproducibility: { reproducible: string; hermetic: string | undefined } | undefined;
}

const needsDecoder = decode.record(
  decode.object({
    result: decode.string,
    outputs: decode.withDefault(
      decode.record(
        decode.oneOf(
          decode.string,
          decode.map(decode.unknown, (v) => JSON.stringify(v)),
        ),
      ),
      {},
    ),
  }),
);
const scope = decode.oneOf<Record<string, string>>(
  decode.map(decode.literal('read-all', 'write-all'), (v) => ({ '*': v.replace('-all', '') })),
  decode.record(decode.literal('read', 'write', 'none')),
);
const permissionsDecoder = decode.record(scope);

/**
 * Builds the record from `toJSON(needs)` (results and outputs of every job before it) and the
 * permissions each job declares. A job named in one but not the other is an error: the record
 * must not claim permissions for a job it did not see, nor leave a job's out.
 */
export function buildAuditRecord(run: RunIdentity, needsJson: unknown, permissionsJson: unknown, now: Date): AuditRecord {
  const needs = decodeDocument(needsDecoder, needsJson, "input 'needs'");
  const permissions = decodeDocument(permissionsDecoder, permissionsJson, "input 'job-permissions'");
  const unknown = Object.keys(needs).filter((j) => !(j in permissions));
  if (unknown.length > 0) {
    throw new UserError(`input 'job-permissions' does not list job(s) ${unknown.join(', ')}`, {
      hint: 'give every job in needs its permissions block',
    });
  }
  const jobs: Record<string, RecordedJob> = {};
  const digests: Record<string, string> = {};
  let scanDecision: string | undefined;
  let verification: string | undefined;
  let reproducibility: AuditRecord['reproducibility'];
  for (const [id, job] of Object.entries(needs)) {
    jobs[id] = { result: job.result, permissions: permissions[id] ?? {}, outputs: job.outputs };
    for (const [name, value] of Object.entries(job.outputs)) {
      if (/digest$/.test(name) && value) digests[`${id}.${name}`] = value;
      if (name === 'decision' && value) scanDecision = value;
      if ((name === 'verified' || name === 'verification') && value) verification = value;
      if (name === 'reproducible' && value) reproducibility = { reproducible: value, hermetic: job.outputs['hermetic'] };
    }
  }
  return {
    schema: 'https://slipway.dev/audit-record/v1',
    recordedAt: now.toISOString(),
    run: { ...run, url: `${run.serverUrl}/${run.repository}/actions/runs/${run.runId}/attempts/${run.runAttempt}` },
    jobs,
    digests,
    scanDecision,
    verification,
    reproducibility,
  };
}

/** The record as a job-summary section. */
export function formatAuditRecordSummary(record: AuditRecord): string {
  const md = new Markdown().heading('Pipeline audit record');
  const r = record.run;
  md.table(
    ['Field', 'Value'],
    [
      ['Triggered by', `${r.actor} (${r.eventName})`],
      ['Commit', `${r.repository}@${r.sha}`],
      ['Ref', r.ref],
      ['Workflow', r.workflowRef],
      ['Run', `[${r.runId} attempt ${r.runAttempt}](${r.url})`],
      ['Scan decision', record.scanDecision ?? 'none'],
      ['Verification', record.verification ?? 'none'],
      [
        'Reproducible build',
        record.reproducibility
          ? `${record.reproducibility.reproducible} (hermetic: ${record.reproducibility.hermetic ?? 'unknown'})`
          : 'not checked',
      ],
    ],
  );
  const digests = Object.entries(record.digests);
  if (digests.length > 0) md.table(['Output', 'Digest'], digests);
  md.table(
    ['Job', 'Result', 'Token permissions'],
    Object.entries(record.jobs).map(([id, j]) => [
      id,
      j.result,
      Object.entries(j.permissions)
        .map(([s, v]) => `${s}: ${v}`)
        .join(', ') || 'none',
    ]),
  );
  return md.toString();
}
