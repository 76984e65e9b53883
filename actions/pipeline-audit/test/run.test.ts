import { describe, expect, it } from '@jest/globals';
import { cp, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock, readerFrom } from '@slipway/core';
import { recordingPorts } from '@slipway/core/testing';
import { parseInputs } from '../src/inputs.js';
import { run } from '../src/run.js';

const fixtures = join(import.meta.dirname, '../../../test/fixtures/workflows');

async function workspace(...files: string[]): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), 'slipway-audit-run-'));
  await mkdir(join(ws, 'wf'), { recursive: true });
  for (const f of files) await cp(join(fixtures, f), join(ws, 'wf', f.split('/').pop() ?? f));
  return ws;
}

describe('pipeline-audit run()', () => {
  it('audits the paths relative to the workspace and sets every output', async () => {
    const ws = await workspace('good/trusted-owner.yml');
    const ports = recordingPorts();
    await run(parseInputs(readerFrom({ paths: 'wf', 'trusted-owners': 'your-org' })), ports, { GITHUB_WORKSPACE: ws });
    expect(ports.outputValues).toEqual({
      passed: 'true',
      findings: '0',
      coverage: '100',
      'sarif-file': join(ws, 'pipeline-audit.sarif'),
      'json-file': '',
    });
  });

  it('rejects with a policy error naming the count, after writing the reports', async () => {
    const ws = await workspace('good/trusted-owner.yml');
    const ports = recordingPorts();
    // Without the trusted owner, the release-tag call is an unpinned use.
    await expect(run(parseInputs(readerFrom({ paths: 'wf' })), ports, { GITHUB_WORKSPACE: ws })).rejects.toThrow(
      '1 workflow finding(s) in 1 file(s)',
    );
    const sarif = JSON.parse(await readFile(join(ws, 'pipeline-audit.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0]?.results.map((r) => r.ruleId)).toEqual(['unpinned-uses']);
    expect(ports.lines.find((l) => l.level === 'error')?.annotation).toMatchObject({ file: 'wf/trusted-owner.yml', startLine: 7 });
  });

  it('refuses a report path that is an audited file, before writing anything', async () => {
    const ws = await workspace('good/trusted-owner.yml');
    const ports = recordingPorts();
    const inputs = parseInputs(readerFrom({ paths: 'wf', 'trusted-owners': 'your-org', 'json-file': 'wf/trusted-owner.yml' }));
    await expect(run(inputs, ports, { GITHUB_WORKSPACE: ws })).rejects.toThrow("input 'json-file'");
    expect(await readFile(join(ws, 'wf/trusted-owner.yml'), 'utf8')).toContain('jobs:');
  });

  it('runs the online audits against the API it is given', async () => {
    const { startFakeGitHub } = await import('../../../test/services/github-actions-api.js');
    const api = await startFakeGitHub({ token: 'ghs_x', repos: {}, advisories: [] });
    try {
      const ws = await workspace('good/trusted-owner.yml');
      const ports = recordingPorts();
      const inputs = parseInputs(
        readerFrom({ paths: 'wf', 'trusted-owners': 'your-org', online: 'true', 'github-token': 'ghs_x', 'api-url': api.url }),
      );
      // The reusable workflow's repository does not exist on this API: nothing it would run is reviewed.
      await expect(run(inputs, ports, { GITHUB_WORKSPACE: ws })).rejects.toThrow('workflow finding(s)');
      expect(api.requests.some((r) => r.startsWith('GET /repos/your-org/'))).toBe(true);
    } finally {
      await api.close();
    }
  });

  it('records with the injected clock', async () => {
    const ws = await mkdtemp(join(tmpdir(), 'slipway-record-'));
    const ports = recordingPorts({ clock: fixedClock('2026-03-01T12:00:00Z') });
    const inputs = parseInputs(
      readerFrom({ mode: 'record', needs: '{"a":{"result":"skipped","outputs":{}}}', 'job-permissions': '{"a":"read-all"}' }),
    );
    await run(inputs, ports, { GITHUB_WORKSPACE: ws, GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7', GITHUB_RUN_ATTEMPT: '2' });
    const record = JSON.parse(await readFile(join(ws, 'slipway-audit-record.json'), 'utf8')) as Record<string, unknown>;
    expect(record).toMatchObject({
      recordedAt: '2026-03-01T12:00:00.000Z',
      jobs: { a: { result: 'skipped', permissions: { '*': 'read' } } },
    });
  });
});

describe('pipeline-audit inputs', () => {
  it('needs needs and job-permissions in record mode', () => {
    expect(() => parseInputs(readerFrom({ mode: 'record' }))).toThrow("Input 'needs' is required in record mode");
    expect(() => parseInputs(readerFrom({ mode: 'record', needs: '{}' }))).toThrow("Input 'job-permissions' is required");
  });

  it('names the accepted modes', () => {
    expect(() => parseInputs(readerFrom({ mode: 'scan' }))).toThrow("Input 'mode' must be one of audit, record; got 'scan'");
  });
});
