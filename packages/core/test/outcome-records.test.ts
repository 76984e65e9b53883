import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  decodeDocument,
  outcomeRecordFile,
  publishRecords,
  recordArtifactName,
  recordDocument,
  recordRunFrom,
  type OutcomeRecord,
  type RecordSink,
  type RecordWritten,
} from '../src/index.js';
import { actionsRecordSink } from '../src/record-artifact.js';
import { recordingPorts } from '../src/testing.js';

const env = {
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
  GITHUB_WORKFLOW: 'CI',
  GITHUB_JOB: 'build',
  GITHUB_RUN_ID: '42',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: 'a'.repeat(40),
};
const run = recordRunFrom(env);
const decodeText = (text: string): OutcomeRecord[] => decodeDocument(outcomeRecordFile, JSON.parse(text), 'records.json');

const records: OutcomeRecord[] = [
  { type: 'cache', layer: 'deps', hit: 'exact', key: 'slipway-deps-x', sizeBytes: 1024, restoreSeconds: 1.5 },
  { type: 'signature', kind: 'provenance', subject: 'app.tgz', digest: 'sha256:00', signed: true },
  { type: 'scan', subject: 'ghcr.io/org/app', decision: 'fail', blocking: 2 },
  { type: 'verification', subject: 'app.tgz', environment: 'production', verified: true },
];

describe('outcome records: the one format', () => {
  it('round-trips what the writer writes, every record stamped with the run', () => {
    const text = recordDocument(records, run);
    expect(JSON.parse(text)).toMatchObject({ schema: 'slipway/outcome-records@1' });
    expect(decodeText(text)).toEqual(records.map((r) => ({ ...r, run })));
    expect(run).toEqual({
      repository: 'octo-org/octo-repo',
      workflow: 'CI',
      job: 'build',
      runId: '42',
      runAttempt: '2',
      ref: 'refs/heads/main',
      sha: 'a'.repeat(40),
    });
  });

  it('reads the documented minimal forms: one record, an array, { records }; unknown fields are ignored', () => {
    expect(decodeText('{ "type": "cache", "layer": "deps", "hit": "exact", "extra": 1 }')).toEqual([
      { type: 'cache', layer: 'deps', hit: 'exact' },
    ]);
    expect(decodeText('[{ "type": "signature", "signed": false }]')).toEqual([{ type: 'signature', subject: '', signed: false }]);
    expect(decodeText('{ "records": [{ "type": "scan", "subject": "img", "decision": "pass" }] }')).toEqual([
      { type: 'scan', subject: 'img', decision: 'pass' },
    ]);
  });

  it('rejects a record that is not one, naming the file', () => {
    expect(() => decodeText('{ "type": "scan", "subject": "img", "decision": "maybe" }')).toThrow(/records\.json/);
    expect(() => decodeText('{ "type": "coverage" }')).toThrow(/records\.json/);
    expect(() => decodeText('{ "type": "verification", "subject": "x" }')).toThrow(/records\.json/);
  });

  it('names artifacts slipway-record-<action>-<job>-<unique> without characters the service rejects', () => {
    expect(recordArtifactName('cosign-sign', run, 'abc123')).toBe('slipway-record-cosign-sign-build-abc123');
    expect(recordArtifactName('verify-deploy', { ...run, job: 'deploy: prod/eu' }, 'x')).toBe(
      'slipway-record-verify-deploy-deploy_prod_eu-x',
    );
    expect(recordArtifactName('scan', { ...run, job: '' }, 'x')).toBe('slipway-record-scan-job-x');
  });
});

describe('publishRecords', () => {
  const sink = (result: RecordWritten | Error): RecordSink & { calls: { upload: boolean; count: number }[] } => {
    const calls: { upload: boolean; count: number }[] = [];
    return {
      calls,
      write: (batch, _action, upload) => {
        calls.push({ upload, count: batch.length });
        return result instanceof Error ? Promise.reject(result) : Promise.resolve(result);
      },
    };
  };

  it('uploads with artifact, writes only the file with file, and does nothing with none', async () => {
    const s = sink({ path: '/tmp/r.json', artifact: 'slipway-record-x' });
    const ports = recordingPorts();
    expect(await publishRecords(s, 'artifact', records, 'x', ports.log)).toEqual({ path: '/tmp/r.json', artifact: 'slipway-record-x' });
    await publishRecords(s, 'file', records, 'x', ports.log);
    expect(await publishRecords(s, 'none', records, 'x', ports.log)).toBeUndefined();
    expect(s.calls).toEqual([
      { upload: true, count: 4 },
      { upload: false, count: 4 },
    ]);
    expect(ports.lines.filter((l) => l.level === 'warning')).toEqual([]);
  });

  it('only warns when the upload or the write fails', async () => {
    const ports = recordingPorts();
    await publishRecords(sink({ path: '/tmp/r.json', error: 'no results service' }), 'artifact', records, 'scan-gate', ports.log);
    await expect(publishRecords(sink(new Error('disk full')), 'artifact', records, 'scan-gate', ports.log)).resolves.toBeUndefined();
    expect(ports.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      'scan-gate: the outcome records were written to /tmp/r.json but not uploaded: no results service',
      'scan-gate: the outcome records could not be written: disk full',
    ]);
  });
});

describe('actionsRecordSink', () => {
  it('writes the record file under RUNNER_TEMP, and returns (not throws) the upload failure without a results service', async () => {
    const temp = await mkdtemp(join(tmpdir(), 'slipway-records-'));
    const s = actionsRecordSink({ ...env, RUNNER_TEMP: temp });
    const file = await s.write(records, 'cosign-sign', false);
    expect(file.path.startsWith(temp)).toBe(true);
    expect(basename(file.path)).toMatch(/^slipway-record-cosign-sign-build-[0-9a-f]{8}\.json$/);
    expect(decodeText(await readFile(file.path, 'utf8'))).toEqual(records.map((r) => ({ ...r, run })));
    const noService = { ...process.env, ...env, RUNNER_TEMP: temp, ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '' };
    const uploaded = await actionsRecordSink(noService).write(records, 'cosign-sign', true);
    expect(uploaded.artifact).toBeUndefined();
    expect(uploaded.error).toBeTruthy();
  });
});
