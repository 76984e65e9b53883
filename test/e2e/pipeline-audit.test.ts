import { afterAll, describe, expect, it } from '@jest/globals';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runStep } from '../harness/index.js';

const fixtures = join(repoRoot, 'test/fixtures/workflows');
const created: string[] = [];
afterAll(async () => {
  for (const dir of created) await rm(dir, { recursive: true, force: true });
});

/** A workspace holding the given fixtures under .github/workflows. */
async function workspaceWith(files: string[]): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), 'slipway-audit-ws-'));
  created.push(ws);
  await mkdir(join(ws, '.github/workflows'), { recursive: true });
  for (const f of files) await cp(join(fixtures, f), join(ws, '.github/workflows', f.split('/').pop() ?? f));
  return ws;
}

describe('pipeline-audit bundle', () => {
  it('passes a hardened repository; SARIF keeps the suppressed finding as suppressed', async () => {
    const workspace = await workspaceWith(['good/hardened.yml', 'good/reusable-called.yml', 'good/suppressed.yml']);
    const r = await runStep({ action: 'pipeline-audit', workspace });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', findings: '0', coverage: '100' });
    const sarif = JSON.parse(await readFile(r.outputs['sarif-file'] ?? '', 'utf8')) as {
      runs: { results: { suppressions?: unknown[] }[] }[];
    };
    // The suppressed finding is kept, marked as suppressed in source.
    expect(sarif.runs[0]?.results).toHaveLength(1);
    expect(sarif.runs[0]?.results[0]?.suppressions).toEqual([
      { kind: 'inSource', justification: "the soak test runs until the runner's limit on purpose" },
    ]);
    expect(r.summary).toContain('**Passed**');
  });

  it('fails on findings with an annotation per finding on its file and line', async () => {
    const workspace = await workspaceWith(['bad/incident-pwn-request.yml', 'good/hardened.yml']);
    const r = await runStep({ action: 'pipeline-audit', workspace, inputs: { 'json-file': 'audit.json' } });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'false', findings: '5', coverage: '50' });
    const untrusted = r.annotations.find((a) => a.title === 'untrusted-checkout (critical)');
    expect(untrusted).toMatchObject({ level: 'error', file: '.github/workflows/incident-pwn-request.yml', line: 13 });
    expect(r.summary).toContain('Coverage: **50%**');
    const json = JSON.parse(await readFile(join(workspace, 'audit.json'), 'utf8')) as { counts: { findings: number } };
    expect(json.counts.findings).toBe(5);
  });

  it('only reports when fail-on-findings is false', async () => {
    const workspace = await workspaceWith(['bad/missing-timeout.yml']);
    const r = await runStep({ action: 'pipeline-audit', workspace, inputs: { 'fail-on-findings': 'false' } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['findings']).toBe('1');
    expect(r.annotations).toEqual([expect.objectContaining({ level: 'warning', line: 5 })]);
  });

  it('fails with the path when a path does not exist', async () => {
    const r = await runStep({ action: 'pipeline-audit', inputs: { paths: 'no/such/folder' } });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toContain('Cannot read no/such/folder: it does not exist');
  });

  it('writes the audit record of a run in record mode', async () => {
    const needs = {
      build: { result: 'success', outputs: { 'image-digest': 'sha256:' + 'a'.repeat(64), 'artifact-digest': 'b'.repeat(64) } },
      'scan-gate': { result: 'success', outputs: { decision: 'pass' } },
      verify: { result: 'success', outputs: { verified: 'true' } },
    };
    const r = await runStep({
      action: 'pipeline-audit',
      inputs: {
        mode: 'record',
        needs: JSON.stringify(needs),
        'job-permissions': 'build: { contents: read, packages: write }\nscan-gate: { contents: read }\nverify: { contents: read }\n',
      },
    });
    expect(r.exitCode).toBe(0);
    const record = JSON.parse(await readFile(r.outputs['record-file'] ?? '', 'utf8')) as Record<string, unknown>;
    expect(record).toMatchObject({
      run: {
        actor: 'octocat',
        sha: '4b825dc642cb6eb9a060e54bf8d69288fbee4904',
        runId: '1658821493',
        url: 'https://github.com/octo-org/octo-repo/actions/runs/1658821493/attempts/1',
      },
      digests: { 'build.image-digest': 'sha256:' + 'a'.repeat(64), 'build.artifact-digest': 'b'.repeat(64) },
      scanDecision: 'pass',
      verification: 'true',
      jobs: { build: { result: 'success', permissions: { contents: 'read', packages: 'write' } } },
    });
    expect(r.outputs['record-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(r.summary).toContain('Pipeline audit record');
  });

  it('refuses a record whose permissions leave out a job', async () => {
    const r = await runStep({
      action: 'pipeline-audit',
      inputs: { mode: 'record', needs: '{"deploy":{"result":"success","outputs":{}}}', 'job-permissions': 'build: {}' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.annotations[0]?.message).toContain("input 'job-permissions' does not list job(s) deploy");
  });
});
