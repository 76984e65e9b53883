import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixedClock, PolicyError, UserError } from '@slipway/core';
import { recordingPorts } from '@slipway/core/testing';
import { decode, decodeDocument } from '@slipway/core';
import { run, type RunDeps } from '../src/run.js';
import { toolCacheLocator } from '../src/scanner-install.js';
import { imageArchive, imageFilesystem, inputsOf, memoryStore, offlineArgs, offlineTrivy } from './helpers.js';

const fixtures = join(process.cwd(), 'test', 'fixtures', 'scan');
const clock = fixedClock('2026-02-01T12:00:00Z');

async function deps(extra: Partial<RunDeps> = {}): Promise<RunDeps> {
  const cwd = await mkdtemp(join(tmpdir(), 'slipway-run-'));
  return { cwd, version: '0.0.0-test', locator: toolCacheLocator({ PATH: '' }, recordingPorts().log), ...extra };
}

const resultJson = decode.object({
  decision: decode.string,
  blocking: decode.array(decode.object({ id: decode.string, package: decode.nullable(decode.string), severity: decode.string })),
});

describe('run: reports', () => {
  it('blocks the nginx image on its critical CVEs, writing SARIF, JSON, outputs and the summary first', async () => {
    const ports = recordingPorts({ clock });
    const d = await deps();
    const inputs = inputsOf({ reports: `${fixtures}/trivy/dimpact-nginx-latest.json\n${fixtures}/grype/dimpact-nginx-latest.json` });
    await expect(run(inputs, ports, d)).rejects.toThrow(PolicyError);
    expect(ports.outputValues).toMatchObject({
      decision: 'fail',
      blocking: '3',
      total: '136',
      critical: '3',
      vulnerabilities: '136',
      malware: '0',
    });
    const json = decodeDocument(resultJson, JSON.parse(await readFile(join(d.cwd, 'container-scan-gate.json'), 'utf8')), 'json');
    expect(json.blocking.map((b) => b.id).sort()).toEqual(['CVE-2023-45853', 'CVE-2023-6879', 'CVE-2025-48174']);
    expect(await readFile(join(d.cwd, 'container-scan-gate.sarif'), 'utf8')).toContain('"version": "2.1.0"');
    expect(ports.summaryText()).toMatch(/^## Container scan gate: ❌ fail/);
    expect(ports.lines.filter((l) => l.level === 'error')).toHaveLength(3);
  });

  it('passes under a policy that accepts them until a date, and warns as it nears', async () => {
    const d = await deps();
    await writeFile(
      join(d.cwd, 'policy.yml'),
      'exceptions:\n  - {id: CVE-2023-45853, reason: minizip unused, expires: 2026-02-10}\n  - {id: CVE-2023-6879, reason: no AV1, expires: 2026-06-01}\n  - {id: CVE-2025-48174, reason: fix rolling out, expires: 2026-06-01}\n',
    );
    const ports = recordingPorts({ clock });
    await run(inputsOf({ reports: `${fixtures}/trivy/dimpact-nginx-latest.json`, policy: 'policy.yml' }), ports, d);
    expect(ports.outputValues).toMatchObject({ decision: 'pass', blocking: '0', suppressed: '3' });
    expect(ports.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      'Exception CVE-2023-45853 (policy exceptions) expires on 2026-02-10: 9 days left',
    ]);
  });

  it('fails with an error naming the file for a truncated report, and never passes', async () => {
    const d = await deps();
    await writeFile(join(d.cwd, 'cut.json'), (await readFile(`${fixtures}/trivy/dimpact-nginx-latest.json`, 'utf8')).slice(0, 5000));
    const ports = recordingPorts({ clock });
    const error = await run(inputsOf({ reports: 'cut.json' }), ports, d).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(error).not.toBeInstanceOf(PolicyError);
    expect((error as Error).message).toMatch(/cut\.json is not valid JSON at line \d+, column \d+/);
    expect(ports.outputValues['decision']).toBeUndefined();
  });

  it('requires something to gate', () => {
    expect(() => inputsOf({})).toThrow("Nothing to gate: set 'reports'");
    expect(() => inputsOf({ image: '=rootfs' })).toThrow("Input 'image' has '=rootfs'; write NAME or NAME=PATH");
  });
});

describe('run: scanning with a real Trivy', () => {
  it('scans an unpacked image filesystem, labels the findings with the image and blocks on the secret', async () => {
    const { dir, rootfs } = await imageFilesystem();
    const ports = recordingPorts({ clock });
    const d = await deps({ cwd: dir });
    const inputs = inputsOf({
      image: `ghcr.io/acme/app:1=${rootfs}`,
      'scanner-path': offlineTrivy,
      scanners: 'secret,config',
      'scanner-args': offlineArgs(join(dir, 'trivy-cache')),
    });
    await expect(run(inputs, ports, d)).rejects.toThrow('1 blocking finding: 1 secret');
    expect(ports.outputValues).toMatchObject({ decision: 'fail', secrets: '1', misconfigurations: '3' });
    const sarif = await readFile(join(dir, 'container-scan-gate.sarif'), 'utf8');
    expect(sarif).toContain('"id": "container-scan-gate/ghcr.io/acme/app/"');
  }, 60_000);

  it('scans an image archive with trivy image --input', async () => {
    const { dir, archive } = await imageArchive();
    const ports = recordingPorts({ clock });
    const inputs = inputsOf({
      image: `acme/app:1=${archive}`,
      'scanner-path': offlineTrivy,
      scanners: 'secret',
      'scanner-args': offlineArgs(join(dir, 'cache')),
    });
    await expect(run(inputs, ports, await deps({ cwd: dir }))).rejects.toThrow('1 blocking finding: 1 secret');
    expect(ports.summaryText()).toContain(
      '| github-pat | /app/deploy.sh: GitHub Personal Access Token |  |  | critical | secret | acme/app:1 | secrets block |',
    );
  }, 30_000);

  it('finds the scanner on PATH', async () => {
    const { mkdir, symlink } = await import('node:fs/promises');
    const bin = await mkdtemp(join(tmpdir(), 'slipway-bin-'));
    await mkdir(bin, { recursive: true });
    await symlink(offlineTrivy, join(bin, 'trivy'));
    expect(await toolCacheLocator({ PATH: `/nonexistent:${bin}` }, recordingPorts().log).locate('trivy', {})).toBe(join(bin, 'trivy'));
  });

  it('refuses an unpinned version it would have to download', async () => {
    await expect(toolCacheLocator({ PATH: '' }, recordingPorts().log).locate('grype', { version: '0.1.0' })).rejects.toThrow(
      'grype 0.1.0 for x64 has no pinned checksum',
    );
  });

  it('reports a scanner failure as an error, not an empty report', async () => {
    const ports = recordingPorts({ clock });
    const d = await deps();
    const inputs = inputsOf({
      image: `app:1=${d.cwd}`,
      'scanner-path': offlineTrivy,
      scanners: 'not-a-scanner',
      'scanner-args': offlineArgs(join(d.cwd, 'cache')),
    });
    await expect(run(inputs, ports, d)).rejects.toThrow(/trivy failed on app:1 \(exit 1\)/);
  }, 30_000);
});

describe('run: fix SLAs', () => {
  it('restores and saves first-seen dates per image, blocking what is past its SLA', async () => {
    const d = await deps();
    await writeFile(join(d.cwd, 'policy.yml'), 'sla: {high: 30d}\n');
    const store = memoryStore();
    const first = recordingPorts({ clock: fixedClock('2026-01-01T00:00:00Z') });
    await expect(
      run(inputsOf({ reports: `${fixtures}/trivy/dimpact-nginx-latest.json`, policy: 'policy.yml' }), first, { ...d, slaStore: store }),
    ).rejects.toThrow(PolicyError);
    const saved = store.saved['nginx:latest'];
    expect(Object.keys(saved?.firstSeen ?? {})).toHaveLength(45);
    const later = recordingPorts({ clock: fixedClock('2026-02-15T00:00:00Z') });
    const again = memoryStore({ 'nginx:latest': saved! });
    await expect(
      run(inputsOf({ reports: `${fixtures}/trivy/dimpact-nginx-latest.json`, policy: 'policy.yml' }), later, { ...d, slaStore: again }),
    ).rejects.toThrow('15 findings are past the fix SLA');
    expect(later.outputValues['blocking']).toBe('18');
    expect(later.summaryText()).toContain('15 days overdue');
  });

  it('does not touch the store when the policy has no SLA', async () => {
    const d = await deps();
    const store = memoryStore();
    await expect(
      run(inputsOf({ reports: `${fixtures}/trivy/dimpact-nginx-latest.json` }), recordingPorts({ clock }), { ...d, slaStore: store }),
    ).rejects.toThrow(PolicyError);
    expect(store.saved).toEqual({});
  });
});

describe('run: SLA state of a directory scan', () => {
  it('restores under the same name it saves', async () => {
    const d = await deps();
    await writeFile(join(d.cwd, 'policy.yml'), 'misconfigurations: {fail-on: none}\nsecrets: {block: false}\nsla: {high: 30d}\n');
    const store = memoryStore();
    const report = `${fixtures}/trivy/local-offline-trivy-fs-config-secret.json`;
    await run(inputsOf({ reports: report, policy: 'policy.yml' }), recordingPorts({ clock: fixedClock('2026-01-01T00:00:00Z') }), {
      ...d,
      slaStore: store,
    });
    expect(Object.keys(store.saved)).toEqual(['filesystem']);
    const later = recordingPorts({ clock: fixedClock('2026-02-15T00:00:00Z') });
    await expect(
      run(inputsOf({ reports: report, policy: 'policy.yml' }), later, { ...d, slaStore: memoryStore(store.saved) }),
    ).rejects.toThrow('8 findings are past the fix SLA');
  });
});

describe('run: reports that cannot pass', () => {
  it('refuses a real Trivy scan of an empty filesystem (no Results) as SCAN_EMPTY, and passes it under allow-empty-scan', async () => {
    const d = await deps();
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(d.cwd, 'empty-rootfs'));
    const inputs = inputsOf({
      image: `ghcr.io/acme/scratch:1=empty-rootfs`,
      'scanner-path': offlineTrivy,
      scanners: 'secret',
      'scanner-args': offlineArgs(join(d.cwd, 'cache')),
    });
    const ports = recordingPorts({ clock });
    await expect(run(inputs, ports, d)).rejects.toMatchObject({
      code: 'SCAN_EMPTY',
      message: expect.stringContaining('trivy report of ghcr.io/acme/scratch:1'),
    });
    expect(ports.outputValues['decision']).toBeUndefined();
    // The same report, as that Trivy wrote it (test/fixtures/scan/empty), passes where the policy allows it.
    await writeFile(join(d.cwd, 'policy.yml'), 'allow-empty-scan: true\n');
    const allowed = recordingPorts({ clock });
    await run(inputsOf({ reports: `${fixtures}/empty/trivy-rootfs-empty.json`, policy: 'policy.yml' }), allowed, d);
    expect(allowed.outputValues['decision']).toBe('pass');
    expect(allowed.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      expect.stringContaining('scanned nothing (it has no Results (absent or null)); accepted by allow-empty-scan'),
    ]);
  }, 90_000);

  it.each([
    ['sarif onto a report', { sarif: 'trivy.json' }, "input 'sarif'", "input 'reports'"],
    ['json onto the policy', { json: 'policy.yml' }, "input 'json'", "input 'policy'"],
    ['json onto an ignore file', { json: '.trivyignore' }, "input 'json'", "input 'ignore-files'"],
    ['sarif and json onto one file', { sarif: 'out', json: 'out' }, "input 'json'", "input 'sarif'"],
  ])('refuses %s before scanning anything, writing nothing', async (_, outputs, output, input) => {
    const d = await deps();
    const original = await readFile(`${fixtures}/trivy/dimpact-nginx-latest.json`, 'utf8');
    await writeFile(join(d.cwd, 'trivy.json'), original);
    await writeFile(join(d.cwd, 'policy.yml'), 'warn-days: 7\n');
    await writeFile(join(d.cwd, '.trivyignore'), 'CVE-2023-45853\n');
    const ports = recordingPorts({ clock });
    const error = await run(
      inputsOf({ reports: 'trivy.json', policy: 'policy.yml', 'ignore-files': '.trivyignore', ...outputs }),
      ports,
      d,
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'OUTPUT_IS_INPUT' });
    expect((error as Error).message).toContain(output);
    expect((error as Error).message).toContain(input);
    expect(await readFile(join(d.cwd, 'trivy.json'), 'utf8')).toBe(original);
    expect(await readFile(join(d.cwd, 'policy.yml'), 'utf8')).toBe('warn-days: 7\n');
    expect(await readFile(join(d.cwd, '.trivyignore'), 'utf8')).toBe('CVE-2023-45853\n');
    expect(ports.outputValues).toEqual({});
  });

  it('restarts an SLA clock the saved state cannot give (not a date), warning, instead of never expiring it', async () => {
    const d = await deps();
    await writeFile(join(d.cwd, 'policy.yml'), 'vulnerabilities: {fail-on: none}\nsla: {high: 30d}\n');
    const inputs = inputsOf({ reports: `${fixtures}/trivy/dimpact-nginx-latest.json`, policy: 'policy.yml' });
    const first = memoryStore();
    await run(inputs, recordingPorts({ clock: fixedClock('2026-01-01T00:00:00Z') }), { ...d, slaStore: first });
    const saved = first.saved['nginx:latest']!;
    const broken = { version: 1 as const, firstSeen: Object.fromEntries(Object.keys(saved.firstSeen).map((fp) => [fp, 'not-a-date'])) };
    const later = recordingPorts({ clock: fixedClock('2026-02-15T00:00:00Z') });
    const store = memoryStore({ 'nginx:latest': broken });
    await run(inputs, later, { ...d, slaStore: store });
    expect(later.lines.filter((l) => l.level === 'warning').map((l) => l.message)).toEqual([
      "the saved SLA state: 45 first-seen dates are not a date ('not-a-date'); their clocks restart today",
    ]);
    expect(new Set(Object.values(store.saved['nginx:latest']!.firstSeen))).toEqual(new Set(['2026-02-15T00:00:00.000Z']));
    // 30 days on, the restarted clocks run out as any other.
    const after = recordingPorts({ clock: fixedClock('2026-03-20T00:00:00Z') });
    await expect(run(inputs, after, { ...d, slaStore: memoryStore(store.saved) })).rejects.toThrow('15 findings are past the fix SLA');
  });
});
