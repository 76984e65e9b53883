import { describe, expect, it } from '@jest/globals';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { startFakeGitHub } from '../../../test/services/github-actions-api.js';
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
    expect(io.out()).toMatch(/(\d+) of \1 file\(s\) pass \(100% coverage\); 0 finding\(s\), 1 suppressed with a reason\./);
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

describe('slipway audit: confidence, outputs, fixes and the API', () => {
  it('shows lower-confidence findings only with --all', async () => {
    const file = `${fixtures}/bad/unpinned-image.yml`;
    const io = captureIO(root);
    await main(['audit', file, '--json'], io);
    const quiet = JSON.parse(io.out()) as { counts: { findings: number; belowConfidence: number } };
    const all = captureIO(root);
    await main(['audit', file, '--json', '--all'], all);
    const loud = JSON.parse(all.out()) as { counts: { findings: number; belowConfidence: number } };
    expect(quiet.counts.belowConfidence).toBeGreaterThan(0);
    expect(loud.counts.findings).toBe(quiet.counts.findings + quiet.counts.belowConfidence);
    const bad = captureIO(root);
    expect(await main(['audit', file, '--min-confidence', 'sure'], bad)).toBe(EXIT.usage);
  });

  it('refuses every output flag that names an input', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'slipway-audit-out-'));
    const wf = join(dir, 'ci.yml');
    await copyFile(join(root, fixtures, 'bad/missing-timeout.yml'), wf);
    for (const flag of ['--sarif', '--summary']) {
      const io = captureIO(root);
      expect(await main(['audit', wf, flag, wf], io)).toBe(EXIT.usage);
      expect(io.err()).toContain(`${flag} ${wf} is the same file as the input the audited file`);
    }
    const pins = join(dir, 'pins.json');
    await writeFile(pins, '{}');
    const io = captureIO(root);
    expect(await main(['audit', wf, '--pins', pins, '--sarif', pins], io)).toBe(EXIT.usage);
    expect(io.err()).toContain('--sarif');
    expect(await readFile(wf, 'utf8')).toContain('name:');
  });

  it('--check prints the diff and exits 1; --fix writes it and the file then passes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'slipway-audit-fix-'));
    const wf = join(dir, 'release.yml');
    await copyFile(join(root, fixtures, 'fix/release.yml'), wf);
    const before = await readFile(wf, 'utf8');
    const pins = join(root, fixtures, 'fix/pins.json');
    const check = captureIO(root);
    expect(await main(['audit', wf, '--check', '--pins', pins], check)).toBe(EXIT.rejected);
    expect(check.out()).toContain('+      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2');
    expect(check.out()).toContain('1 of 1 file(s) would change.');
    expect(await readFile(wf, 'utf8')).toBe(before);
    expect(await main(['audit', wf, '--fix', '--pins', pins], captureIO(root))).toBe(EXIT.ok);
    expect(await readFile(wf, 'utf8')).not.toBe(before);
    expect(await main(['audit', wf, '--check', '--pins', pins], captureIO(root))).toBe(EXIT.ok);
    const after = captureIO(root);
    await main(['audit', wf, '--json'], after);
    const rules = (JSON.parse(after.out()) as { files: { findings: { rule: string }[] }[] }).files[0]?.findings.map((f) => f.rule);
    expect(rules).not.toContain('unpinned-uses');
    expect(rules).not.toContain('permissions-missing');
  });

  it('--online asks the API with the token from the environment, and refuses without one', async () => {
    const sha = '3'.repeat(40);
    const api = await startFakeGitHub({
      token: 'ghp_cli',
      repos: { 'actions/checkout': { branches: { main: [sha] }, tags: { 'v4.2.2': sha } } },
      advisories: [],
    });
    try {
      const dir = await mkdtemp(join(tmpdir(), 'slipway-audit-online-'));
      const wf = join(dir, 'ci.yml');
      const content = await readFile(join(root, fixtures, 'good/neighbours/missing-timeout.yml'), 'utf8');
      await writeFile(
        wf,
        content.replace(
          '      - run: make',
          `      - uses: actions/checkout@f${'e'.repeat(39)}\n        with:\n          persist-credentials: false`,
        ),
      );
      const io = captureIO(root, { GITHUB_TOKEN: 'ghp_cli' });
      expect(await main(['audit', wf, '--online', '--api-url', api.url], io)).toBe(EXIT.rejected);
      expect(io.out()).toContain('[impostor-commit]');
      const none = captureIO(root, {});
      expect(await main(['audit', wf, '--online', '--api-url', api.url], none)).toBe(EXIT.usage);
      expect(none.err()).toContain('GITHUB_TOKEN or GH_TOKEN');
      const snap = join(dir, 'advisories.json');
      expect(await main(['audit', '--refresh-advisories', snap, '--api-url', api.url], captureIO(root, { GH_TOKEN: 'ghp_cli' }))).toBe(
        EXIT.ok,
      );
      expect(JSON.parse(await readFile(snap, 'utf8'))).toMatchObject({ complete: true, advisories: [] });
    } finally {
      await api.close();
    }
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

  it('refuses a negative budgetMinutes in the timings file, naming the field', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'slipway-estimate-'));
    const file = join(dir, 't.json');
    await writeFile(file, JSON.stringify({ budgetMinutes: -5, jobs: { lint: { seconds: 60 } } }));
    const io = captureIO(root);
    expect(await main(['pipeline', 'estimate', '--workflow', 'action-templates/node.yml', '--timings', file], io)).toBe(EXIT.usage);
    expect(io.err()).toContain('budgetMinutes must be a positive number of minutes; got -5');
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
