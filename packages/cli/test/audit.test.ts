import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, main } from '../src/index.js';
import { captureIO } from './cli-io.js';

const root = join(import.meta.dirname, '../../..');
const fixtures = 'test/fixtures/workflows';

describe('slipway audit', () => {
  it('exits 0 on clean workflows and prints the coverage', async () => {
    const io = captureIO(root);
    expect(await main(['audit', `${fixtures}/good`, '--trust-owner', 'your-org'], io)).toBe(EXIT.ok);
    expect(io.out()).toContain('6 of 6 file(s) pass (100% coverage); 0 finding(s), 1 suppressed with a reason.');
  });

  it('exits 1 with file:line, rule, severity and fix for each finding', async () => {
    const io = captureIO(root);
    expect(await main(['audit', `${fixtures}/bad/incident-issue-title-injection.yml`], io)).toBe(EXIT.rejected);
    expect(io.out()).toContain(
      `${fixtures}/bad/incident-issue-title-injection.yml:16:1: critical [template-injection] \${{ github.event.issue.title }}`,
    );
    expect(io.out()).toContain('  fix: Pass it through the environment');
  });

  it('prints the report as JSON with --json', async () => {
    const io = captureIO(root);
    expect(await main(['audit', `${fixtures}/bad/secrets-inherit.yml`, `${fixtures}/good/hardened.yml`, '--json'], io)).toBe(EXIT.rejected);
    const report = JSON.parse(io.out()) as {
      passed: boolean;
      coverage: { percent: number };
      files: { findings: { rule: string; line: number }[] }[];
    };
    expect(report.passed).toBe(false);
    expect(report.coverage.percent).toBe(50);
    expect(report.files[0]?.findings).toEqual([expect.objectContaining({ rule: 'secrets-inherit', line: 9 })]);
  });

  it('writes SARIF and the markdown summary', async () => {
    const out = await mkdtemp(join(tmpdir(), 'slipway-audit-cli-'));
    const io = captureIO(root);
    const code = await main(
      ['audit', `${fixtures}/bad`, '--sarif', join(out, 'a.sarif'), '--summary', join(out, 's.md'), '--format', 'sarif'],
      io,
    );
    expect(code).toBe(EXIT.rejected);
    const sarif = JSON.parse(await readFile(join(out, 'a.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(20);
    expect(JSON.parse(io.out())).toEqual(sarif);
    expect(await readFile(join(out, 's.md'), 'utf8')).toContain('## Workflow audit');
  });

  it('exits 2 on a path it cannot read', async () => {
    const io = captureIO(root);
    expect(await main(['audit', 'no/such/workflow.yml'], io)).toBe(EXIT.usage);
    expect(io.err()).toContain('Cannot read no/such/workflow.yml: it does not exist');
  });

  it('exits 2 without a path, and on an unknown format', async () => {
    expect(await main(['audit'], captureIO(root))).toBe(EXIT.usage);
    const io = captureIO(root);
    expect(await main(['audit', fixtures, '--format', 'xml'], io)).toBe(EXIT.usage);
    expect(io.err()).toContain("--format must be one of text, json, sarif; got 'xml'");
  });
});

describe('slipway pipeline estimate', () => {
  const timings = `${fixtures}/timings/sample-pipeline.timings.json`;

  it('shows the node template within the 10-minute budget', async () => {
    const io = captureIO(root);
    expect(await main(['pipeline', 'estimate', '--workflow', 'action-templates/node.yml', '--timings', timings], io)).toBe(EXIT.ok);
    expect(io.out()).toMatch(/predicted p50 \dm\d\ds .* against a budget of 10m00s: within budget/);
    expect(io.out()).toContain('pipeline/test (4 shards)');
  });

  it('exits 1 over budget and names the shard count that fixes it', async () => {
    const io = captureIO(root);
    const code = await main(
      ['pipeline', 'estimate', '--workflow', 'action-templates/node.yml', '--timings', timings, '--shards', '2', '--json'],
      io,
    );
    expect(code).toBe(EXIT.rejected);
    const e = JSON.parse(io.out()) as { meetsBudget: boolean; advice: { action: string; job: string; shards: number } };
    expect(e.meetsBudget).toBe(false);
    expect(e.advice).toEqual(expect.objectContaining({ action: 'shard', job: 'pipeline/test', shards: 4 }));
  });

  it("estimates this repository's CI", async () => {
    const io = captureIO(root);
    const args = [
      'pipeline',
      'estimate',
      '--workflow',
      '.github/workflows/ci.yml',
      '--timings',
      `${fixtures}/timings/ci.timings.json`,
      '--json',
    ];
    expect(await main(args, io)).toBe(EXIT.ok);
    expect(JSON.parse(io.out())).toMatchObject({ p50Seconds: 960, budgetSeconds: 1800, criticalPath: ['test'] });
  });

  it('exits 2 on a missing flag or an unreadable timings file', async () => {
    const io = captureIO(root);
    expect(await main(['pipeline', 'estimate', '--workflow', 'action-templates/node.yml'], io)).toBe(EXIT.usage);
    expect(io.err()).toContain('--timings is required');
    const io2 = captureIO(root);
    expect(await main(['pipeline', 'estimate', '--workflow', 'action-templates/node.yml', '--timings', 'nope.json'], io2)).toBe(EXIT.usage);
    expect(io2.err()).toContain('Cannot read timings file');
  });
});
