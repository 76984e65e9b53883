import { describe, expect, it } from '@jest/globals';
import { decode, decodeDocument, parseYamlText } from '@slipway/core';
import { decodePolicy, gateOutputs, runGate, securitySeverity, writeSarif, type Policy, type Severity } from '../src/index.js';
import { fixtureText, report } from './fixtures.js';
import { sarifValidator } from './sarif-schema.js';

const validate = sarifValidator();
const policy = (yaml: string): Policy => decodeDocument(decodePolicy, parseYamlText(yaml, 'p.yml') ?? {}, 'p.yml');
const now = new Date('2026-02-01T00:00:00Z');

const sarifDoc = decode.object({
  runs: decode.array(
    decode.object({
      automationDetails: decode.object({ id: decode.string }),
      tool: decode.object({
        driver: decode.object({
          rules: decode.array(
            decode.object({
              id: decode.string,
              properties: decode.object({ 'security-severity': decode.optional(decode.string), tags: decode.array(decode.string) }),
            }),
          ),
        }),
      }),
      results: decode.array(
        decode.object({
          ruleId: decode.string,
          level: decode.string,
          partialFingerprints: decode.record(decode.string),
          suppressions: decode.optional(decode.array(decode.object({ kind: decode.string, justification: decode.string }))),
          properties: decode.object({ severity: decode.string }),
        }),
      ),
      properties: decode.object({ droppedResults: decode.optional(decode.number) }),
    }),
  ),
});
const parse = (text: string) => decodeDocument(sarifDoc, JSON.parse(text), 'sarif');

describe('the SARIF schema check', () => {
  it('accepts upstream scanners’ SARIF and rejects the post-processed one with a non-schema field', () => {
    expect(validate(JSON.parse(fixtureText('sarif/trivy-golden-alpine-310.sarif')))).toBe(true);
    expect(validate(JSON.parse(fixtureText('sarif/grype-golden-image.sarif')))).toBe(true);
    expect(validate(JSON.parse(fixtureText('sarif/nginx-1-27-4.trivy.sarif')))).toBe(false);
  });
});

describe('writeSarif', () => {
  const reports = [
    report('trivy/dimpact-nginx-latest.json'),
    report('grype/dimpact-nginx-latest.json'),
    report('trivy/trivy-golden-alpine-39.json'),
    report('trivy/local-offline-trivy-fs-config-secret.json'),
    report('trivy/dd-license.json'),
    report('trivy/trivy-golden-npm-with-suppressed.json'),
  ];
  const gate = runGate({ reports, policy: policy('exceptions: [{id: CVE-2023-6879, reason: no AV1 decoding, expires: 2026-12-31}]'), now });
  const { text, cuts } = writeSarif(gate, { toolVersion: '1.2.3' });
  const doc = parse(text);

  it('is valid SARIF 2.1.0', () => {
    const ok = validate(JSON.parse(text));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(cuts).toEqual([]);
  });

  it('has one run per image, each with its own category', () => {
    expect(doc.runs.map((r) => r.automationDetails.id).sort()).toEqual([
      'container-scan-gate/',
      'container-scan-gate/alpine/',
      'container-scan-gate/ghcr.io/aquasecurity/trivy-test-images/',
      'container-scan-gate/nginx/',
    ]);
  });

  it('records every finding, suppressed ones as suppressions', () => {
    const results = doc.runs.flatMap((r) => r.results);
    expect(results).toHaveLength(gate.findings.length + gate.suppressed.length);
    const suppressed = results.filter((r) => r.suppressions);
    expect(suppressed.map((r) => r.ruleId).sort()).toEqual(['CVE-2017-16137', 'CVE-2023-6879']);
    expect(suppressed.find((r) => r.ruleId === 'CVE-2023-6879')?.suppressions?.[0]?.justification).toContain('no AV1 decoding');
    expect(results.filter((r) => r.level === 'error')).toHaveLength(gate.counts.blocking);
  });

  it('gives each rule a security-severity inside the band of its severity', () => {
    const bands: Record<string, [number, number]> = {
      critical: [9.1, 10],
      high: [7, 8.9],
      medium: [4, 6.9],
      low: [0.1, 3.9],
      negligible: [0.1, 3.9],
    };
    for (const rule of doc.runs.flatMap((r) => r.tool.driver.rules)) {
      const severity = rule.properties.tags.find((t) => t in bands || t === 'unknown');
      if (severity === 'unknown') continue;
      const [min, max] = bands[severity ?? ''] ?? [0, 0];
      const score = Number(rule.properties['security-severity']);
      expect(score).toBeGreaterThanOrEqual(min);
      expect(score).toBeLessThanOrEqual(max);
      expect(rule.properties.tags).toContain('security');
    }
  });

  it.each<[Severity, number | undefined, string | undefined]>([
    ['CRITICAL', 9.8, '9.8'],
    ['CRITICAL', 7.5, '9.1'],
    ['CRITICAL', 9.0, '9.1'],
    ['HIGH', 9.8, '8.9'],
    ['HIGH', 8.96, '8.9'],
    ['MEDIUM', undefined, '5.5'],
    ['LOW', 0, '0.1'],
    ['UNKNOWN', 5, undefined],
  ])('security-severity of %s with CVSS %s is %s', (severity, cvss, expected) => {
    expect(securitySeverity(severity, cvss)).toBe(expected);
  });

  it('keeps partialFingerprints stable across a rebuild', () => {
    const rebuilt = report('trivy/dimpact-nginx-latest.json');
    for (const f of rebuilt.findings) {
      f.image = 'nginx:1.29.0@sha256:abc';
      f.layer = 'sha256:rebuilt';
    }
    const again = parse(writeSarif(runGate({ reports: [rebuilt], policy: policy(''), now }), { toolVersion: '1.2.3' }).text);
    const before = new Set(
      doc.runs
        .find((r) => r.automationDetails.id === 'container-scan-gate/nginx/')
        ?.results.map((r) => r.partialFingerprints['slipwayFinding/v1']),
    );
    const after = again.runs[0]?.results.map((r) => r.partialFingerprints['slipwayFinding/v1']) ?? [];
    expect(again.runs[0]?.automationDetails.id).toBe('container-scan-gate/nginx/');
    expect(after.every((fp) => before.has(fp))).toBe(true);
  });

  it('cuts to the per-run limit worst first and says what it cut', () => {
    const nginx = runGate({ reports: [report('trivy/dimpact-nginx-latest.json')], policy: policy(''), now });
    const small = writeSarif(nginx, { toolVersion: '1', limits: { resultsPerRun: 10, gzipBytes: 10 * 1024 * 1024 } });
    const d = parse(small.text);
    expect(d.runs[0]?.results).toHaveLength(10);
    expect(d.runs[0]?.results.slice(0, 3).map((r) => r.level)).toEqual(['error', 'error', 'error']);
    expect(d.runs[0]?.results.every((r) => r.properties.severity === 'CRITICAL' || r.properties.severity === 'HIGH')).toBe(true);
    expect(d.runs[0]?.properties.droppedResults).toBe(35);
    expect(small.cuts).toEqual([{ category: 'container-scan-gate/nginx', kept: 10, dropped: 35, worstDropped: 'HIGH' }]);
    expect(validate(JSON.parse(small.text))).toBe(true);
  });

  it('folds images beyond the runs-per-file limit into one run, keeping every result', () => {
    const three = runGate({
      reports: [report('trivy/dimpact-nginx-latest.json'), report('trivy/trivy-golden-alpine-39.json'), report('trivy/dd-license.json')],
      policy: policy(''),
      now,
    });
    const folded = writeSarif(three, { toolVersion: '1', limits: { resultsPerRun: 25_000, gzipBytes: 10 * 1024 * 1024, runs: 2 } });
    const d = parse(folded.text);
    expect(d.runs).toHaveLength(2);
    expect(d.runs.map((r) => r.automationDetails.id)).toContain('container-scan-gate/more-images/');
    expect(d.runs.flatMap((r) => r.results)).toHaveLength(three.findings.length + three.suppressed.length);
    expect(validate(JSON.parse(folded.text))).toBe(true);
  });

  it('cuts until the gzipped size fits', () => {
    const nginx = runGate({ reports: [report('grype/dimpact-nginx-latest.json')], policy: policy(''), now });
    const full = writeSarif(nginx, { toolVersion: '1' });
    const limit = Math.floor(full.gzipBytes / 2);
    const cut = writeSarif(nginx, { toolVersion: '1', limits: { resultsPerRun: 25_000, gzipBytes: limit } });
    expect(cut.gzipBytes).toBeLessThanOrEqual(limit);
    expect(cut.cuts[0]?.dropped).toBeGreaterThan(0);
  });

  it('gives the JSON result the SARIF size and cuts alongside the SARIF itself', () => {
    const nginx = runGate({ reports: [report('trivy/dimpact-nginx-latest.json')], policy: policy('warn-days: 3\n'), now });
    const { sarif, json } = gateOutputs(nginx, { warnDays: 3 }, '9.9.9');
    expect(parse(sarif.text).runs[0]?.results.length).toBeGreaterThan(0);
    expect(sarif.text).toContain('"version": "9.9.9"');
    expect(json.decision).toBe(nginx.decision);
    expect(json.sarif).toEqual({ cuts: [], gzipBytes: sarif.gzipBytes });
    expect(json.sarif?.gzipBytes).toBeGreaterThan(0);
  });
});
