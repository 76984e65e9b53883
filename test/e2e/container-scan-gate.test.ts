import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode, decodeDocument } from '@slipway/core';
import { repoRoot, runStep, type StepResult } from '../harness/index.js';
import { scanFigures } from '@slipway/metrics';
import { startCacheService, type CacheService } from '../services/cache-service.js';
import { recordArtifacts, runWithRecords } from '../services/record-artifacts.js';
import { eicarTree } from '../../packages/scan/test/eicar.js';
import { sarifValidator } from '../../packages/scan/test/sarif-schema.js';
import { offlineArgs, offlineTrivy } from '../../actions/container-scan-gate/test/helpers.js';

const fixtures = join(repoRoot, 'test', 'fixtures', 'scan');
const validate = sarifValidator();

const sarifShape = decode.object({
  runs: decode.array(
    decode.object({
      automationDetails: decode.object({ id: decode.string }),
      results: decode.array(
        decode.object({
          ruleId: decode.string,
          suppressions: decode.optional(decode.array(decode.object({ justification: decode.string }))),
        }),
      ),
    }),
  ),
});
const readSarif = async (ws: string) => {
  const value: unknown = JSON.parse(await readFile(join(ws, 'container-scan-gate.sarif'), 'utf8'));
  expect(validate(value)).toBe(true);
  return decodeDocument(sarifShape, value, 'sarif');
};

const resultShape = decode.object({
  decision: decode.string,
  blocking: decode.array(decode.object({ id: decode.string, kind: decode.string, image: decode.nullable(decode.string) })),
  sla: decode.object({
    near: decode.array(decode.object({ id: decode.string, sla: decode.object({ firstSeen: decode.string, daysLeft: decode.number }) })),
  }),
});

async function workspaceWith(files: Record<string, string>): Promise<string> {
  const ws = await mkdtemp(join(tmpdir(), 'slipway-scan-e2e-'));
  await cp(join(fixtures, 'trivy'), join(ws, 'reports', 'trivy'), { recursive: true });
  await cp(join(fixtures, 'grype'), join(ws, 'reports', 'grype'), { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(ws, name), text);
  return ws;
}

const errors = (r: StepResult): string[] => r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
const result = async (r: StepResult) =>
  decodeDocument(resultShape, JSON.parse(await readFile(join(r.workspace, 'container-scan-gate.json'), 'utf8')), 'result');

describe('container-scan-gate through the runner', () => {
  it.each([
    // A policy file that sets nothing but its version: the defaults (an empty file is refused).
    ['the default policy blocks nginx on its critical CVEs', 'version: 1\n', 1, 'fail', '3'],
    ['only-fixed blocks only the critical with a fix', 'vulnerabilities: {only-fixed: true}\n', 1, 'fail', '1'],
    ['a budget of 20 high and no threshold passes', 'vulnerabilities: {fail-on: none, max: {high: 20}}\n', 0, 'pass', '0'],
    ['fail-on high blocks 20', 'vulnerabilities: {fail-on: high}\n', 1, 'fail', '20'],
  ])('%s', async (_, policy, exitCode, decision, blocking) => {
    const ws = await workspaceWith({ 'policy.yml': policy });
    const r = await runStep({
      action: 'container-scan-gate',
      workspace: ws,
      inputs: { reports: 'reports/trivy/dimpact-nginx-latest.json\nreports/grype/dimpact-nginx-latest.json', policy: 'policy.yml' },
    });
    expect(r.exitCode).toBe(exitCode);
    expect(r.outputs).toMatchObject({ decision, blocking, total: '136', vulnerabilities: '136' });
    expect(r.summary.split('\n')[0]).toBe(`## Container scan gate: ${decision === 'pass' ? '✅ pass' : '❌ fail'}`);
    await readSarif(ws);
    if (decision === 'fail') expect(errors(r).at(-1)).toMatch(/^Container scan gate: fail\. \d+ blocking finding/);
  });

  it('warns on an expiring exception, reports an expired one, and lists one that matched nothing', async () => {
    const ws = await workspaceWith({
      'policy.yml': `exceptions:
  - {id: CVE-2023-45853, reason: minizip unused, expires: 2999-01-01}
  - {id: CVE-2023-6879, reason: no AV1 decoding, expires: 2020-01-01}
  - {id: CVE-2025-48174, reason: fix rolling out, expires: ${new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10)}}
  - {id: CVE-1999-0001, reason: stale, expires: 2999-01-01}
`,
    });
    const r = await runStep({
      action: 'container-scan-gate',
      workspace: ws,
      inputs: { reports: 'reports/trivy/dimpact-nginx-latest.json', policy: 'policy.yml' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ decision: 'fail', blocking: '1', suppressed: '2' });
    const warnings = r.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Exception CVE-2025-48174 \(policy exceptions\) expires on .*: [23] days left$/),
        'Exception CVE-2023-6879 (policy exceptions) expired on 2020-01-01 and no longer suppresses anything',
      ]),
    );
    expect(r.summary).toContain('exception CVE-2023-6879 expired on 2020-01-01 and no longer suppresses 1 finding');
    expect(r.summary).toContain('| unused | CVE-1999-0001 | stale | 2999-01-01 | 0 |');
  });

  it('honours .trivyignore and VEX, and says which VEX statement it could not apply', async () => {
    const vex = {
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': 'https://example.com/vex/nginx-1',
      author: 'Platform team',
      timestamp: '2026-01-01T00:00:00Z',
      version: 1,
      statements: [
        {
          vulnerability: { name: 'CVE-2023-6879' },
          products: [{ '@id': 'pkg:oci/nginx', subcomponents: [{ '@id': 'pkg:deb/debian/libaom3' }] }],
          status: 'not_affected',
          justification: 'vulnerable_code_not_in_execute_path',
        },
        { vulnerability: { name: 'CVE-2023-45853' }, products: [{ '@id': 'pkg:deb/debian/zlib1g' }], status: 'not_affected' },
      ],
    };
    const ws = await workspaceWith({
      '.trivyignore': '# minizip is not built\nCVE-2023-45853\nCVE-2025-48174\n',
      'nginx.vex.json': JSON.stringify(vex),
    });
    const r = await runStep({
      action: 'container-scan-gate',
      workspace: ws,
      inputs: { reports: 'reports/trivy/dimpact-nginx-latest.json', 'ignore-files': '.trivyignore', vex: 'nginx.vex.json' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ decision: 'pass', suppressed: '3' });
    expect(r.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toContain(
      `${join(ws, 'nginx.vex.json')}: CVE-2023-45853: not_affected without a justification or impact_statement: not applied`,
    );
    const sarif = await readSarif(ws);
    const suppressed = sarif.runs.flatMap((run) => run.results).filter((res) => res.suppressions);
    expect(suppressed.find((res) => res.ruleId === 'CVE-2023-6879')?.suppressions?.[0]?.justification).toContain(
      'VEX not_affected: vulnerable_code_not_in_execute_path',
    );
  });

  it.each([
    [
      'a truncated report',
      async (ws: string) =>
        writeFile(join(ws, 'report.json'), (await readFile(join(fixtures, 'trivy', 'dimpact-nginx-latest.json'), 'utf8')).slice(0, 4000)),
      /report\.json is not valid JSON at line \d+, column \d+/,
    ],
    [
      'an unknown report',
      async (ws: string) => cp(join(fixtures, 'vex', 'trivy-openvex.json'), join(ws, 'report.json')),
      /report\.json is neither a Trivy report .* nor a Grype report/,
    ],
    ['a missing report', () => Promise.resolve(), /Cannot read scanner report .*report\.json: it does not exist/],
  ])('fails with a clear error on %s, with no decision', async (_, make, message) => {
    const ws = await workspaceWith({});
    await make(ws);
    const r = await runStep({ action: 'container-scan-gate', workspace: ws, inputs: { reports: 'report.json' } });
    expect(r.exitCode).toBe(1);
    expect(errors(r).join('\n')).toMatch(message);
    expect(r.outputs['decision']).toBeUndefined();
  });

  it('rejects a policy with a typo, naming the field', async () => {
    const ws = await workspaceWith({ 'policy.yml': 'vulnerabilities: {fail-on: hihg}\n' });
    const r = await runStep({
      action: 'container-scan-gate',
      workspace: ws,
      inputs: { reports: 'reports/trivy/dd-no-vulns.json', policy: 'policy.yml' },
    });
    expect(r.exitCode).toBe(1);
    expect(errors(r).join('\n')).toContain(
      'policy.yml: vulnerabilities.fail-on: expected one of critical, high, medium, low, negligible, unknown, none, got "hihg"',
    );
  });

  it('scans two images with a real Trivy and ClamAV, each with its own SARIF category', async () => {
    const ws = await workspaceWith({});
    const { tree, database } = await eicarTree();
    const app = join(ws, 'app-rootfs');
    await mkdir(join(app, 'app'), { recursive: true });
    await writeFile(join(app, 'app', 'Dockerfile'), await readFile(join(fixtures, 'sample', 'Dockerfile'), 'utf8'));
    const r = await runStep({
      action: 'container-scan-gate',
      workspace: ws,
      inputs: {
        image: 'ghcr.io/acme/app:1=app-rootfs',
        'scanner-path': offlineTrivy,
        scanners: 'secret,config',
        'scanner-args': offlineArgs(join(ws, '.trivy')),
        'malware-scan': `ghcr.io/acme/worker:1=${tree}`,
        'clamav-database': database,
      },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ decision: 'fail', malware: '1', misconfigurations: '3', blocking: '1' });
    const json = await result(r);
    expect(json.blocking).toEqual(
      [{ id: 'Slipway.Test.EICAR.UNOFFICIAL', kind: 'malware', image: 'ghcr.io/acme/worker:1', ...{} }].map((b) =>
        expect.objectContaining(b),
      ),
    );
    const sarif = await readSarif(ws);
    expect(sarif.runs.map((run) => run.automationDetails.id).sort()).toEqual([
      'container-scan-gate/ghcr.io/acme/app/',
      'container-scan-gate/ghcr.io/acme/worker/',
    ]);
  }, 60_000);
});

describe('fix SLAs remembered in the Actions cache', () => {
  let service: CacheService;
  beforeAll(async () => {
    service = await startCacheService();
  });
  afterAll(async () => {
    await service.stop();
  });

  it('restores first-seen dates saved by an earlier run of the same repository and image', async () => {
    const policy = 'vulnerabilities: {fail-on: none}\nsla: {high: 10d}\n';
    const step = async (runId: string): Promise<StepResult> =>
      runStep({
        action: 'container-scan-gate',
        workspace: await workspaceWith({ 'policy.yml': policy }),
        env: { ...service.env, GITHUB_RUN_ID: runId },
        inputs: { reports: 'reports/trivy/dimpact-nginx-latest.json', policy: 'policy.yml' },
      });
    const first = await step('100');
    expect(first.exitCode).toBe(0);
    const entries = await service.entries();
    expect(entries.map((e) => e.key)).toEqual([expect.stringMatching(/^slipway-scan-sla-v1-octo-org\/octo-repo-[0-9a-f]{16}-100-1$/)]);
    const seen = (await result(first)).sla.near.map((f) => f.sla.firstSeen);
    expect(seen).toHaveLength(15);
    await new Promise((r) => setTimeout(r, 20));
    const second = await step('101');
    expect(second.exitCode).toBe(0);
    const again = (await result(second)).sla.near;
    expect(again).toHaveLength(15);
    expect(again.map((f) => f.sla.firstSeen)).toEqual(seen);
    expect((await service.entries()).map((e) => e.key)).toHaveLength(2);
  });

  it('uploads one scan record per report subject with its decision, and ci-metrics counts the pass rate', async () => {
    const before = new Set((await recordArtifacts(service, 'container-scan-gate')).map((a) => a.name));
    const r = await runStep({
      action: 'container-scan-gate',
      workspace: await workspaceWith({ 'policy.yml': 'version: 1\n' }),
      env: service.env,
      inputs: {
        reports: 'reports/trivy/dimpact-nginx-latest.json\nreports/grype/dd-no-vulns.json',
        policy: 'policy.yml',
        'sla-cache': 'false',
      },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['decision']).toBe('fail');
    const added = (await recordArtifacts(service, 'container-scan-gate')).filter((a) => !before.has(a.name));
    expect(added.map((a) => a.name)).toEqual([expect.stringMatching(/^slipway-record-container-scan-gate-build-[0-9a-f]{8}$/)]);
    const [artifact] = added;
    expect(artifact?.records).toEqual([
      expect.objectContaining({ type: 'scan', subject: 'nginx:latest', decision: 'fail', blocking: 3 }),
      expect.objectContaining({ type: 'scan', subject: 'busybox:latest', decision: 'pass', blocking: 0 }),
    ]);
    expect(artifact?.records[0]?.run).toMatchObject({ repository: 'octo-org/octo-repo', job: 'build' });
    expect(artifact?.problems).toEqual([]);
    const run = runWithRecords(artifact?.counted ?? [], { conclusion: 'failure' });
    expect(scanFigures([run])).toEqual({ total: 2, passed: 1, passRate: 0.5 });
  });
});
