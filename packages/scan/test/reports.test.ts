import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { decode, decodeDocument } from '@slipway/core';
import { dedupeFindings, misconfigId, parseReport, type Finding } from '../src/index.js';
import { fixtureText, fixturePath, report } from './fixtures.js';

// Per-fixture counts from MANIFEST.md, computed there by a separate counting tool.
interface ManifestRow {
  fixture: string;
  vulns: number;
  severities: Record<string, number>;
  other: Record<string, number>;
}

function manifestRows(): ManifestRow[] {
  return fixtureText('MANIFEST.md')
    .split('\n')
    .filter((l) => /^\| (trivy|grype)\//.test(l))
    .map((l) => {
      const cells = l.split('|').map((c) => c.trim());
      const severities: Record<string, number> = {};
      for (const m of (cells[7] ?? '').matchAll(/(\w+|\(null\)):(\d+)/g)) {
        severities[(m[1] ?? '').toUpperCase() === '(NULL)' ? 'UNKNOWN' : (m[1] ?? '').toUpperCase()] =
          (severities[(m[1] ?? '').toUpperCase() === '(NULL)' ? 'UNKNOWN' : (m[1] ?? '').toUpperCase()] ?? 0) + Number(m[2]);
      }
      const other: Record<string, number> = {};
      for (const m of (cells[9] ?? '').matchAll(/(\w+):(\d+)/g)) other[m[1] ?? ''] = Number(m[2]);
      return { fixture: cells[1] ?? '', vulns: Number(cells[6]), severities, other };
    });
}

const count = (fs: Finding[], kind: Finding['kind']): number => fs.filter((f) => f.kind === kind).length;

describe('scanner reports against the manifest', () => {
  const rows = manifestRows();

  it('lists every committed report', () => {
    const files = ['trivy', 'grype'].flatMap((d) => readdirSync(fixturePath(d)).map((f) => `${d}/${f}`));
    expect(rows.map((r) => r.fixture).sort()).toEqual(files.sort());
  });

  it.each(rows.map((r) => [r.fixture, r] as const))(
    '%s: vulnerabilities per severity, misconfigurations, secrets, licenses',
    (name, row) => {
      const { findings } = report(name);
      const vulns = findings.filter((f) => f.kind === 'vulnerability');
      expect(vulns).toHaveLength(row.vulns);
      const bySeverity: Record<string, number> = {};
      for (const v of vulns) bySeverity[v.severity] = (bySeverity[v.severity] ?? 0) + 1;
      expect(bySeverity).toEqual(row.severities);
      if ('misconf' in row.other) expect(count(findings, 'misconfiguration')).toBe(row.other['misconf']);
      if ('secrets' in row.other) expect(count(findings, 'secret')).toBe(row.other['secrets']);
      if ('licenses' in row.other) expect(count(findings, 'license')).toBe(row.other['licenses']);
    },
  );
});

describe('normalisation', () => {
  it("maps Trivy's eight statuses onto the fix model", () => {
    const byPkg = Object.fromEntries(report('trivy/dd-all-statuses.json').findings.map((f) => [f.id, f.fix.state]));
    expect(Object.values(byPkg).sort()).toEqual([
      'fixed',
      'not-affected',
      'not-fixed',
      'not-fixed',
      'unknown',
      'wont-fix',
      'wont-fix',
      'wont-fix',
    ]);
  });

  it('maps Grype fix states, "" and the legacy report without a fix object', () => {
    const states = (name: string): string[] => [...new Set(report(name).findings.map((f) => f.fix.state))].sort();
    expect(states('grype/dd-check-all-fields.json')).toEqual(['fixed', 'not-fixed', 'wont-fix']);
    expect(states('grype/dd-busybox-epss.json')).toEqual(['fixed', 'unknown']);
    expect(states('grype/dd-legacy-v0.7-defectdojo-image.json')).toEqual(['unknown']);
  });

  it('reads purl, layer, CVSS and fixed versions from a current Trivy report', () => {
    const f = report('trivy/trivy-golden-alpine-39.json').findings.find((x) => x.id === 'CVE-2019-1549');
    expect(f?.package).toMatchObject({
      name: 'libcrypto1.1',
      version: '1.1.1b-r1',
      purl: 'pkg:apk/alpine/libcrypto1.1@1.1.1b-r1?arch=x86_64&distro=3.9.4',
    });
    expect(f?.fix).toEqual({ state: 'fixed', versions: ['1.1.1d-r0'] });
    expect(f?.cvss).toBe(5.3);
    expect(f?.layer).toMatch(/^sha256:/);
    expect(f?.image).toBe('ghcr.io/aquasecurity/trivy-test-images:alpine-39');
  });

  it('reads EPSS and picks the CVE over a GHSA as canonical id', () => {
    const withEpss = report('grype/dd-busybox-epss.json').findings.filter((f) => f.epss !== undefined);
    expect(withEpss.length).toBeGreaterThan(0);
    const ghsa = report('grype/grype-golden-imgs-presenter.json').findings;
    expect(ghsa.every((f) => /^CVE-/.test(f.id))).toBe(true);
  });

  it.each([
    ['DS002', 'AVD-DS-0002', 'DS-0002'],
    ['DS-0002', undefined, 'DS-0002'],
    ['N/A', 'AVD-KSV-0001', 'KSV-0001'],
    ['KSV012', undefined, 'KSV-0012'],
  ])('treats misconfiguration %s / %s as %s', (id, avd, canonical) => {
    expect(misconfigId(id, avd).id).toBe(canonical);
  });

  it('counts a Dockerfile rule reported with old and new ids once', () => {
    const old = report('trivy/local-offline-trivy-fs-config-secret.json').findings.filter(
      (f) => f.id === 'DS-0002' && f.path === 'Dockerfile',
    );
    const current = report('trivy/trivy-golden-dockerfile-misconfig.json').findings;
    expect(old).toHaveLength(1);
    expect(old[0]?.aliases).toEqual(expect.arrayContaining(['DS002', 'AVD-DS-0002']));
    expect(dedupeFindings([...old, ...current])).toHaveLength(1);
  });

  it('keeps the findings Trivy already suppressed, with its statement', () => {
    const r = report('trivy/trivy-golden-npm-with-suppressed.json');
    expect(r.suppressed).toHaveLength(1);
    expect(r.suppressed[0]?.reason).toContain('not_affected');
  });
});

describe('the same image from two scanners', () => {
  it('counts nginx findings found by both Trivy and Grype once', () => {
    const trivy = report('trivy/dimpact-nginx-latest.json').findings;
    const grype = report('grype/dimpact-nginx-latest.json').findings;
    const merged = dedupeFindings([...trivy, ...grype]);
    // 45 Trivy + 135 Grype findings, 44 of them the same CVE in the same package and version.
    expect(merged).toHaveLength(136);
    expect(merged.filter((f) => f.scanners.length === 2)).toHaveLength(44);
    // A merge keeps the worse severity, so it can only block more.
    for (const f of merged.filter((x) => x.scanners.length === 2)) {
      const t = trivy.find((x) => x.id === f.id && x.package?.name === f.package?.name);
      expect(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'NEGLIGIBLE', 'UNKNOWN'].indexOf(f.severity)).toBeLessThanOrEqual(
        ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'NEGLIGIBLE', 'UNKNOWN'].indexOf(t?.severity ?? 'UNKNOWN'),
      );
    }
  });
});

describe('broken input', () => {
  it('names the file and the line of a truncated report', () => {
    const text = fixtureText('trivy/trivy-golden-alpine-39.json');
    expect(() => parseReport(text.slice(0, 2000), 'cut.json')).toThrow(/cut\.json is not valid JSON at line \d+/);
  });

  it('rejects a document that is neither Trivy nor Grype', () => {
    expect(() => parseReport(fixtureText('vex/trivy-openvex.json'), 'vex.json')).toThrow(
      /vex\.json is neither a Trivy report .* nor a Grype report/,
    );
    expect(() => parseReport('"hello"', 'str.json')).toThrow(/neither/);
  });

  it('names the field at fault', () => {
    const doc = JSON.parse(fixtureText('trivy/trivy-golden-alpine-39.json')) as { Results: { Vulnerabilities: { Severity: unknown }[] }[] };
    const first = doc.Results[0]?.Vulnerabilities[1];
    if (first) first.Severity = 7;
    expect(() => parseReport(JSON.stringify(doc), 'bad.json')).toThrow(
      'bad.json: Results[0].Vulnerabilities[1].Severity: expected a string, got number 7',
    );
  });

  it('rejects an unknown Trivy schema version', () => {
    expect(() => parseReport('{"SchemaVersion": 3, "Results": []}', 'v3.json')).toThrow(
      /v3\.json: SchemaVersion: expected Trivy schema version 2/,
    );
  });
});

describe('dedupe within one report', () => {
  it('keeps the same library in two lockfiles apart, and merges only true repeats', () => {
    // Counted straight from the JSON: distinct (id, package, version, lockfile) for vulnerabilities.
    const vuln = decode.object({
      VulnerabilityID: decode.string,
      PkgName: decode.string,
      InstalledVersion: decode.string,
      PkgPath: decode.optional(decode.string),
    });
    const shape = decode.object({
      Results: decode.array(decode.object({ Target: decode.string, Vulnerabilities: decode.withDefault(decode.array(vuln), []) })),
    });
    const doc = decodeDocument(shape, JSON.parse(fixtureText('trivy/scan2html-fs-repo-mixed.json')), 'scan2html');
    const distinct = new Set(
      doc.Results.flatMap((r) =>
        r.Vulnerabilities.map(
          (v) => `${v.VulnerabilityID}|${v.PkgName}|${v.InstalledVersion}|${(v.PkgPath ?? r.Target).replace(/\\/g, '/')}`,
        ),
      ),
    );
    const merged = dedupeFindings(report('trivy/scan2html-fs-repo-mixed.json').findings).filter((f) => f.kind === 'vulnerability');
    expect(merged).toHaveLength(distinct.size);
  });
});
