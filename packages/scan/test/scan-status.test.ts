import { describe, expect, it } from '@jest/globals';
import { decodeDocument, errorCodes, parseYamlText } from '@slipway/core';
import { decodePolicy, parseReport, runGate, type Policy, type ScanReport } from '../src/index.js';
import { fixtureText, report } from './fixtures.js';

const policy = (yaml: string): Policy => decodeDocument(decodePolicy, parseYamlText(yaml, 'p.yml') ?? {}, 'p.yml');
const now = new Date('2026-02-01T12:00:00Z');
const json = (name: string): Record<string, unknown> => JSON.parse(fixtureText(name)) as Record<string, unknown>;
const minted = (value: unknown, name = 'minted.json'): ScanReport => parseReport(JSON.stringify(value), name);
const gate = (reports: ScanReport[], yaml = ''): ReturnType<typeof runGate> => runGate({ reports, policy: policy(yaml), now });

// A clean real report (no vulnerabilities) is the best disguise for a failed scan: each case
// below takes one and sets only the field that says the scan failed.
const cleanGrypeV6 = (): Record<string, unknown> => ({ ...json('grype/dd-busybox-epss.json'), matches: [], ignoredMatches: [] });
const cleanGrypeV3 = (): Record<string, unknown> => ({ ...json('grype/dd-check-all-fields.json'), matches: [] });

function withDb(doc: Record<string, unknown>, edit: (db: Record<string, unknown>) => void): Record<string, unknown> {
  const descriptor = structuredClone(doc['descriptor']) as { db: Record<string, unknown> };
  edit(descriptor.db);
  return { ...doc, descriptor };
}

describe('a report that says the scanner failed is refused (SCAN_FAILED)', () => {
  it('passes the clean reports the failures are made from', () => {
    expect(gate([minted(cleanGrypeV6())]).decision).toBe('pass');
    expect(gate([minted(cleanGrypeV3())]).decision).toBe('pass');
  });

  it.each([
    [
      'Grype 6: descriptor.db.status.valid false',
      () =>
        withDb(cleanGrypeV6(), (db) => {
          (db['status'] as Record<string, unknown>)['valid'] = false;
        }),
      'descriptor.db.status.valid is false',
    ],
    [
      'Grype 6: descriptor.db.status.error',
      () =>
        withDb(cleanGrypeV6(), (db) => {
          (db['status'] as Record<string, unknown>)['error'] = 'database checksum mismatch';
        }),
      'descriptor.db.status.error: database checksum mismatch',
    ],
    [
      'Grype schema 3: descriptor.db.error',
      () =>
        withDb(cleanGrypeV3(), (db) => {
          db['error'] = 'unable to load vulnerability store';
        }),
      'descriptor.db.error: unable to load vulnerability store',
    ],
    [
      'Grype schema 3: a Go error without fields serialises as {}',
      () =>
        withDb(cleanGrypeV3(), (db) => {
          db['error'] = {};
        }),
      'descriptor.db.error: (no message)',
    ],
  ])('%s', (_, make, message) => {
    const r = minted(make(), 'grype.json');
    expect(() => gate([r])).toThrow(expect.objectContaining({ code: errorCodes.scanFailed, message: expect.stringContaining(message) }));
    // Also when another report in the run is fine: one failed scan fails the run.
    expect(() => gate([report('trivy/dd-no-vulns.json'), r])).toThrow(expect.objectContaining({ code: errorCodes.scanFailed }));
    // allow-empty-scan is no way around it.
    expect(() => gate([r], 'allow-empty-scan: true')).toThrow(expect.objectContaining({ code: errorCodes.scanFailed }));
  });

  it("refuses a Trivy Kubernetes report whose resource says its scan failed, and reads the others' findings", () => {
    const results = (json('trivy/dd-no-vulns.json')['Results'] as unknown[]).slice(0, 1);
    const vulnerable = (json('trivy/dimpact-nginx-latest.json')['Results'] as unknown[]).slice(0, 1);
    const k8s = (error?: string) => ({
      SchemaVersion: 2,
      ClusterName: 'kind-kind',
      Resources: [
        { Namespace: 'default', Kind: 'Deployment', Name: 'web', Results: vulnerable },
        { Namespace: 'default', Kind: 'Deployment', Name: 'api', Results: results, ...(error ? { Error: error } : {}) },
      ],
    });
    const ok = minted(k8s());
    expect(ok.findings.filter((f) => f.kind === 'vulnerability')).toHaveLength(45);
    expect(gate([ok]).decision).toBe('fail');
    expect(() => gate([minted(k8s('unable to pull image: unauthorized'))])).toThrow(
      expect.objectContaining({
        code: errorCodes.scanFailed,
        message: expect.stringContaining('Resources[1] (default/Deployment/api).Error: unable to pull image: unauthorized'),
      }),
    );
  });
});

describe('a report that scanned nothing is refused by default (SCAN_EMPTY)', () => {
  const empties: [string, unknown][] = [
    ['the legacy array with no results', []],
    ['a schema-2 report without Results', { SchemaVersion: 2 }],
    ['Results: null', { ...json('trivy/dd-no-vulns.json'), Results: null }],
    ['Results: []', { ...json('trivy/dd-no-vulns.json'), Results: [] }],
    ['a Kubernetes report without resources', { ClusterName: 'kind-kind', Resources: [] }],
    ['a Grype report with no matches that names no source', { matches: [] }],
  ];

  it.each(empties)('%s', (_, value) => {
    const r = minted(value, 'empty.json');
    expect(() => gate([r])).toThrow(
      expect.objectContaining({
        code: errorCodes.scanEmpty,
        message: expect.stringContaining('empty.json: '),
        hint: expect.stringContaining('allow-empty-scan'),
      }),
    );
    // Next to a real report it is still refused: the empty one is named.
    expect(() => gate([report('trivy/dimpact-nginx-latest.json'), r])).toThrow(expect.objectContaining({ code: errorCodes.scanEmpty }));
  });

  it.each(empties)('%s passes with allow-empty-scan, with a note', (_, value) => {
    const r = gate([minted(value, 'empty.json')], 'allow-empty-scan: true');
    expect(r.decision).toBe('pass');
    expect(r.notes).toEqual([expect.stringMatching(/^empty\.json scanned nothing \(.+\); accepted by allow-empty-scan$/)]);
  });

  it('allows an empty scan per image through an override, and only there', () => {
    const scratch = { ...json('trivy/dd-no-vulns.json'), ArtifactName: 'ghcr.io/acme/scratch:1', Results: null };
    const other = { ...scratch, ArtifactName: 'ghcr.io/acme/api:1' };
    const yaml = 'overrides:\n  - image: "ghcr.io/acme/scratch:*"\n    allow-empty-scan: true\n';
    expect(gate([minted(scratch)], yaml).decision).toBe('pass');
    expect(() => gate([minted(other)], yaml)).toThrow(expect.objectContaining({ code: errorCodes.scanEmpty }));
  });

  it('still passes real clean scans (a target scanned, nothing found)', () => {
    for (const name of ['trivy/dd-no-vulns.json', 'trivy/dimpact-clamav-novulns.json', 'grype/dd-no-vulns.json']) {
      expect(gate([report(name)]).decision).toBe('pass');
    }
  });
});

describe('a severity the gate cannot read blocks by default, naming the finding', () => {
  const trivy = (): Record<string, unknown> => json('trivy/dimpact-nginx-latest.json');
  function withSeverity(doc: Record<string, unknown>, cve: string, severity: string | undefined): Record<string, unknown> {
    const copy = structuredClone(doc) as { Results: { Vulnerabilities: Record<string, unknown>[] }[] };
    for (const v of copy.Results[0]!.Vulnerabilities) {
      if (v['VulnerabilityID'] !== cve) continue;
      if (severity === undefined) delete v['Severity'];
      else v['Severity'] = severity;
    }
    return copy;
  }
  // A medium CVE (one package) whose severity is then misspelt or dropped: a gate that reads it as UNKNOWN lets it through.
  const lowCve = 'CVE-2023-32570';

  it('does not block it when its severity is readable', () => {
    expect(minted(trivy()).findings.find((f) => f.id === lowCve)?.severity).toBe('MEDIUM');
    expect(gate([minted(trivy())], 'vulnerabilities: {fail-on: none}').decision).toBe('pass');
  });

  it.each([
    ['a misspelt severity', 'CRITICL', "severity 'CRITICL'"],
    ['an empty severity', '', 'no severity'],
    ['no severity at all', undefined, 'no severity'],
  ])('%s', (_, severity, described) => {
    const r = gate([minted(withSeverity(trivy(), lowCve, severity))], 'vulnerabilities: {fail-on: none}');
    expect(r.decision).toBe('fail');
    const blocking = r.findings.filter((f) => f.blocking);
    expect(blocking.map((f) => f.finding.id)).toEqual([lowCve]);
    expect(blocking[0]?.reasons).toEqual([`${described} is not one the gate knows (unrecognized-severity: block)`]);
    expect(r.why).toContain(`1 finding has a severity the gate cannot read: ${lowCve} in libdav1d6 (${described})`);
  });

  it('a Grype match without a severity blocks too', () => {
    const doc = json('grype/dd-busybox-epss.json') as { matches: { vulnerability: Record<string, unknown> }[] };
    const first = doc.matches[0]!.vulnerability;
    delete first['severity'];
    const r = gate([minted(doc)], 'vulnerabilities: {fail-on: none}');
    expect(r.findings.filter((f) => f.blocking).map((f) => f.finding.id)).toEqual([String(first['id'])]);
  });

  it('counts it as the severity the policy names instead, when it names one', () => {
    const doc = minted(withSeverity(trivy(), lowCve, 'CRITICL'));
    const asHigh = gate([doc], 'vulnerabilities: {fail-on: high}\nunrecognized-severity: high');
    const found = asHigh.findings.find((f) => f.finding.id === lowCve);
    expect(found).toMatchObject({ blocking: true, reasons: ['high (fail-on: high)'] });
    expect(found?.finding.severity).toBe('HIGH');
    const asLow = gate([doc], 'vulnerabilities: {fail-on: high}\nunrecognized-severity: low');
    expect(asLow.findings.find((f) => f.finding.id === lowCve)?.blocking).toBe(false);
  });

  it("leaves the scanners' own UNKNOWN severity to fail-on, as before", () => {
    const unknown = minted(withSeverity(trivy(), lowCve, 'UNKNOWN'));
    expect(unknown.findings.find((f) => f.id === lowCve)).toMatchObject({ severity: 'UNKNOWN' });
    expect(unknown.findings.find((f) => f.id === lowCve)?.rawSeverity).toBeUndefined();
    expect(gate([unknown], 'vulnerabilities: {fail-on: none}').decision).toBe('pass');
  });

  it('reads the real legacy Trivy report with a null severity as unreadable', () => {
    const legacy = report('trivy/dd-legacy-array-null-fields.json');
    const nullSeverity = legacy.findings.filter((f) => f.rawSeverity !== undefined);
    expect(nullSeverity.map((f) => f.package?.name)).toEqual(['simplito/elliptic-php']);
    const r = gate([legacy], 'vulnerabilities: {fail-on: none}');
    expect(r.findings.filter((f) => f.blocking).map((f) => f.finding.package?.name)).toEqual(['simplito/elliptic-php']);
  });
});
