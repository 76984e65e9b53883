import { describe, expect, it } from '@jest/globals';
import { buildAuditRecord, formatAuditRecordSummary } from '../src/index.js';

const run = {
  repository: 'octo-org/app',
  sha: 'f'.repeat(40),
  ref: 'refs/heads/main',
  eventName: 'push',
  actor: 'octocat',
  workflowRef: 'octo-org/app/.github/workflows/pipeline.yml@refs/heads/main',
  runId: '42',
  runAttempt: '3',
  runNumber: '7',
  serverUrl: 'https://github.com',
};
const now = new Date('2026-05-01T00:00:00Z');

describe('buildAuditRecord', () => {
  it('collects digests, the scan decision and the verification from the jobs outputs', () => {
    const record = buildAuditRecord(
      run,
      {
        build: { result: 'success', outputs: { 'image-digest': 'sha256:abc', image: 'ghcr.io/o/a' } },
        'scan-gate': { result: 'success', outputs: { decision: 'pass' } },
        verify: { result: 'success', outputs: { verified: 'true' } },
        lint: { result: 'skipped', outputs: {} },
      },
      { build: { contents: 'read', packages: 'write' }, 'scan-gate': {}, verify: 'read-all', lint: { contents: 'read' } },
      now,
    );
    expect(record.digests).toEqual({ 'build.image-digest': 'sha256:abc' });
    expect(record).toMatchObject({ scanDecision: 'pass', verification: 'true', recordedAt: '2026-05-01T00:00:00.000Z' });
    expect(record.run.url).toBe('https://github.com/octo-org/app/actions/runs/42/attempts/3');
    expect(record.jobs['verify']?.permissions).toEqual({ '*': 'read' });
    expect(formatAuditRecordSummary(record)).toContain('| build | success | contents: read, packages: write |');
  });

  it("records the rebuild job's reproducibility verdict", () => {
    const record = buildAuditRecord(
      run,
      { rebuild: { result: 'failure', outputs: { reproducible: 'false', hermetic: 'no' } }, build: { result: 'success', outputs: {} } },
      { rebuild: { contents: 'read', 'id-token': 'write' }, build: { contents: 'read' } },
      now,
    );
    expect(record.reproducibility).toEqual({ reproducible: 'false', hermetic: 'no' });
    expect(formatAuditRecordSummary(record)).toContain('| Reproducible build | false (hermetic: no) |');
    const without = buildAuditRecord(run, { build: { result: 'success', outputs: {} } }, { build: { contents: 'read' } }, now);
    expect(formatAuditRecordSummary(without)).toContain('| Reproducible build | not checked |');
  });

  it('names the field at fault in needs and in job-permissions', () => {
    expect(() => buildAuditRecord(run, { build: { outputs: {} } }, {}, now)).toThrow("input 'needs': build.result: expected a string");
    expect(() => buildAuditRecord(run, {}, { build: { contents: 'admin' } }, now)).toThrow("input 'job-permissions': build");
  });
});
