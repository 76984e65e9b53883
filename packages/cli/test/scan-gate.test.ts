import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, decodeDocument } from '@slipway/core';
import { EXIT, main } from '../src/index.js';
import { captureIO } from './cli-io.js';

const fixtures = join(process.cwd(), 'test', 'fixtures', 'scan');
const trivyNginx = join(fixtures, 'trivy', 'dimpact-nginx-latest.json');
const grypeNginx = join(fixtures, 'grype', 'dimpact-nginx-latest.json');

const blockingShape = decode.object({
  decision: decode.literal('pass', 'fail'),
  counts: decode.object({ byKind: decode.record(decode.number), bySeverity: decode.record(decode.number), blocking: decode.number }),
  blocking: decode.array(
    decode.object({
      id: decode.string,
      package: decode.nullable(decode.string),
      version: decode.nullable(decode.string),
      severity: decode.string,
      kind: decode.string,
    }),
  ),
});

describe('slipway scan-gate', () => {
  it('prints the decision and the blocking findings and exits 1 when blocked', async () => {
    const io = captureIO();
    expect(await main(['scan-gate', '--report', trivyNginx, '--report', grypeNginx], io)).toBe(EXIT.rejected);
    expect(io.out()).toContain('decision: fail');
    expect(io.out()).toContain('CRITICAL vulnerability    CVE-2025-48174 libavif15 0.11.1-1 (fixed in 0.11.1-1+deb12u1) [nginx:latest]');
    expect(io.out()).toContain('136 findings, 3 blocking, 0 suppressed');
  });

  it('writes JSON with decision, counts and blocking, SARIF and the summary', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'slipway-cli-scan-'));
    const io = captureIO(dir);
    expect(
      await main(
        ['scan-gate', '--report', trivyNginx, '--json', 'out/result.json', '--sarif', 'out/result.sarif', '--summary', 'out/summary.md'],
        io,
      ),
    ).toBe(EXIT.rejected);
    const json = decodeDocument(blockingShape, JSON.parse(await readFile(join(dir, 'out', 'result.json'), 'utf8')), 'result.json');
    expect(json.decision).toBe('fail');
    expect(json.counts.bySeverity).toMatchObject({ CRITICAL: 3, HIGH: 15, MEDIUM: 27 });
    expect(json.counts.byKind['vulnerability']).toBe(45);
    expect(json.blocking).toContainEqual({
      id: 'CVE-2023-6879',
      package: 'libaom3',
      version: '3.6.0-1+deb12u1',
      severity: 'CRITICAL',
      kind: 'vulnerability',
    });
    expect(await readFile(join(dir, 'out', 'result.sarif'), 'utf8')).toContain('"version": "2.1.0"');
    expect(await readFile(join(dir, 'out', 'summary.md'), 'utf8')).toMatch(/^## Container scan gate: ❌ fail/);
  });

  it('exits 0 when the policy passes, and prints JSON on stdout with --json -', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'slipway-cli-scan-'));
    await writeFile(join(dir, 'policy.yml'), 'vulnerabilities: {fail-on: none, max: {critical: 3}}\n');
    const io = captureIO(dir);
    expect(await main(['scan-gate', '--report', trivyNginx, '--policy', 'policy.yml', '--json', '-'], io)).toBe(EXIT.ok);
    expect(decodeDocument(blockingShape, JSON.parse(io.out()), 'stdout').decision).toBe('pass');
  });

  it.each([
    [['scan-gate'], '--report is required'],
    [['scan-gate', '--report', '/nonexistent/report.json'], 'Cannot read scanner report /nonexistent/report.json: it does not exist'],
    [['scan-gate', '--report', join(fixtures, 'vex', 'trivy-openvex.json')], 'is neither a Trivy report'],
    [
      ['scan-gate', '--report', trivyNginx, '--policy', join(fixtures, 'vex', 'trivy-openvex.json')],
      'unknown field; accepted fields are version',
    ],
  ])('exits 2 on unreadable input: %j', async (argv, message) => {
    const io = captureIO();
    expect(await main(argv, io)).toBe(EXIT.usage);
    expect(io.err()).toContain(message);
  });
});

describe('slipway scan-gate: outputs never replace inputs', () => {
  async function setup(): Promise<{ dir: string; report: string; policy: string; original: string }> {
    const dir = await mkdtemp(join(tmpdir(), 'slipway-cli-scan-'));
    const original = await readFile(trivyNginx, 'utf8');
    await writeFile(join(dir, 'trivy.json'), original);
    await writeFile(join(dir, 'policy.yml'), 'vulnerabilities: {fail-on: critical}\n');
    return { dir, report: join(dir, 'trivy.json'), policy: join(dir, 'policy.yml'), original };
  }

  it.each([
    ['--json onto --report', ['--json', 'trivy.json'], /--json \S+\/trivy\.json is the same file as the input --report/],
    ['--sarif onto --report', ['--sarif', './trivy.json'], /--sarif \S+\/trivy\.json is the same file as the input --report/],
    ['--summary onto --policy', ['--summary', 'policy.yml'], /--summary \S+\/policy\.yml is the same file as the input --policy/],
    [
      'two outputs onto one file',
      ['--json', 'out.json', '--sarif', 'out.json'],
      /--json \S+\/out\.json and --sarif \S+\/out\.json are the same file/,
    ],
  ])('%s: exit 2, OUTPUT_IS_INPUT, nothing written', async (_, flags, message) => {
    const { dir, report, policy, original } = await setup();
    const io = captureIO(dir);
    expect(await main(['scan-gate', '--report', report, '--policy', 'policy.yml', ...flags], io)).toBe(EXIT.usage);
    expect(io.err()).toMatch(message);
    expect(await readFile(report, 'utf8')).toBe(original);
    expect(await readFile(policy, 'utf8')).toBe('vulnerabilities: {fail-on: critical}\n');
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(dir)).sort()).toEqual(['policy.yml', 'trivy.json']);
  });

  it('refuses an output that reaches a report through a symbolic link', async () => {
    const { dir, report, original } = await setup();
    const { symlink } = await import('node:fs/promises');
    await symlink(report, join(dir, 'link.sarif'));
    const io = captureIO(dir);
    expect(await main(['scan-gate', '--report', 'trivy.json', '--sarif', 'link.sarif'], io)).toBe(EXIT.usage);
    expect(io.err()).toContain('is the same file as the input --report');
    expect(await readFile(report, 'utf8')).toBe(original);
  });

  it('writes every output or none: a folder in the way of one leaves the others unwritten', async () => {
    const { dir, report } = await setup();
    const { mkdir, readdir } = await import('node:fs/promises');
    await mkdir(join(dir, 'summary.md'));
    const io = captureIO(dir);
    expect(await main(['scan-gate', '--report', report, '--json', 'r.json', '--sarif', 'r.sarif', '--summary', 'summary.md'], io)).toBe(
      EXIT.usage,
    );
    expect(io.err()).toContain('summary.md');
    expect((await readdir(dir)).sort()).toEqual(['policy.yml', 'summary.md', 'trivy.json']);
  });

  it('refuses a failed or empty scan with its code (exit 2), and passes an empty one the policy allows', async () => {
    const { dir } = await setup();
    await writeFile(
      join(dir, 'empty.json'),
      '{"SchemaVersion":2,"ArtifactName":"ghcr.io/acme/scratch:1","ArtifactType":"container_image"}',
    );
    const io = captureIO(dir);
    expect(await main(['scan-gate', '--report', 'empty.json', '--json', '-'], io)).toBe(EXIT.usage);
    expect(io.err()).toContain('scanned nothing');
    await writeFile(join(dir, 'allow.yml'), 'allow-empty-scan: true\n');
    const ok = captureIO(dir);
    expect(await main(['scan-gate', '--report', 'empty.json', '--policy', 'allow.yml'], ok)).toBe(EXIT.ok);
    expect(ok.out()).toContain('accepted by allow-empty-scan');
  });
});

describe('the scan-gate demo stage', () => {
  it('passes the sample image under the shared policy and blocks it under the hardened one', async () => {
    const { scanGateStage } = await import('../src/demo/scan-gate.js');
    const outDir = await mkdtemp(join(tmpdir(), 'slipway-demo-scan-'));
    const lines: string[] = [];
    const result = await scanGateStage.run({
      sampleDir: join(process.cwd(), 'sample'),
      outDir,
      node: process.execPath,
      log: (l) => void lines.push(l),
      clock: { now: () => new Date('2026-02-01T00:00:00Z') },
      shared: new Map(),
    });
    expect(result.ok).toBe(true);
    expect(result.headline).toBe('platform pass, hardened fail (expected: platform pass, hardened fail)');
    expect(lines[1]).toContain('DS-0002 (high misconfiguration), DS-0029 (high misconfiguration)');
    expect(await readFile(join(outDir, 'scan-gate', 'hardened', 'summary.md'), 'utf8')).toContain(
      '## Sample image, hardened policy: ❌ fail',
    );
  });
});
