import { describe, expect, it } from '@jest/globals';
import { decodeDocument, parseYamlText } from '@slipway/core';
import { decodePolicy, fingerprint, gateJson, gateSummary, nextSlaState, runGate, type Policy } from '../src/index.js';
import { report } from './fixtures.js';

const policy = (yaml: string): Policy => decodeDocument(decodePolicy, parseYamlText(yaml, 'p.yml') ?? {}, 'p.yml');
const now = new Date('2026-02-01T12:00:00Z');
const trivyNginx = report('trivy/dimpact-nginx-latest.json');
const grypeNginx = report('grype/dimpact-nginx-latest.json');

const blockingIds = (r: ReturnType<typeof runGate>): string[] =>
  r.findings
    .filter((f) => f.blocking)
    .map((f) => f.finding.id)
    .sort();

describe('decisions under policies', () => {
  it.each([
    ['default policy: the 3 critical nginx CVEs block', '', 'fail', 3],
    ['only-fixed: only the critical with a fix blocks', 'vulnerabilities: {only-fixed: true}', 'fail', 1],
    ['fail-on none: nothing blocks', 'vulnerabilities: {fail-on: none}', 'pass', 0],
    ['fail-on high: critical and high block', 'vulnerabilities: {fail-on: high}', 'fail', 3 + 17],
    ['a budget of 20 high: within it', 'vulnerabilities: {fail-on: none, max: {high: 20}}', 'pass', 0],
    ['a budget of 5 high: all 17 over it block', 'vulnerabilities: {fail-on: none, max: {high: 5}}', 'fail', 17],
  ])('%s', (_, yaml, decision, blocking) => {
    const r = runGate({ reports: [trivyNginx, grypeNginx], policy: policy(yaml), now });
    expect(r.decision).toBe(decision);
    expect(r.counts.blocking).toBe(blocking);
    expect(r.counts.total).toBe(136);
  });

  it('says why first', () => {
    const r = runGate({ reports: [trivyNginx], policy: policy('vulnerabilities: {fail-on: none, max: {high: 5}}'), now });
    expect(r.why).toEqual(['15 blocking findings: 15 high vulnerability', '15 high vulnerability findings exceed the budget of 5']);
  });

  it('blocks on EPSS and on known exploitation', () => {
    const busybox = report('grype/dd-busybox-epss.json');
    const epss = busybox.findings.map((f) => f.epss ?? 0).sort((a, b) => b - a);
    const threshold = epss[2] ?? 1;
    const r = runGate({ reports: [busybox], policy: policy(`vulnerabilities: {fail-on: none, epss-threshold: ${threshold}}`), now });
    expect(r.counts.blocking).toBe(busybox.findings.filter((f) => (f.epss ?? 0) >= threshold).length);
    expect(r.findings.find((f) => f.blocking)?.reasons[0]).toMatch(/^EPSS .* >= /);
    const kev = { ...busybox, findings: busybox.findings.map((f, i) => (i === 0 ? { ...f, knownExploited: true } : f)) };
    const k = runGate({ reports: [kev], policy: policy('vulnerabilities: {fail-on: none, fail-on-known-exploited: true}'), now });
    expect(k.findings.filter((f) => f.blocking).map((f) => f.reasons)).toEqual([['known exploited']]);
  });

  it('blocks what CISA lists as known exploited, as Grype reports it (HTTP/2 rapid reset in nginx)', () => {
    const r = runGate({ reports: [grypeNginx], policy: policy('vulnerabilities: {fail-on: none, fail-on-known-exploited: true}'), now });
    expect(r.findings.filter((f) => f.blocking).map((f) => `${f.finding.id} ${f.finding.package?.name ?? ''}`)).toEqual([
      'CVE-2023-44487 nginx',
    ]);
  });

  it('blocks any secret unless the policy lets them through', () => {
    const secrets = report('trivy/local-offline-trivy-image-tar-secret.json');
    expect(runGate({ reports: [secrets], policy: policy('vulnerabilities: {fail-on: none}'), now }).counts.blocking).toBe(2);
    expect(runGate({ reports: [secrets], policy: policy('secrets: {block: false}'), now }).decision).toBe('pass');
  });

  it('applies license deny and allow lists by SPDX id', () => {
    const licenses = report('trivy/dd-license.json');
    const deny = runGate({ reports: [licenses], policy: policy('licenses: {deny: [GPL-2.0]}'), now });
    expect(new Set(deny.findings.filter((f) => f.blocking).map((f) => f.finding.id))).toEqual(new Set(['GPL-2.0']));
    const ids = new Set(licenses.findings.map((f) => f.id));
    const allowAllButOne = [...ids].filter((id) => id !== 'OpenSSL');
    const allow = runGate({
      reports: [licenses],
      policy: policy(`licenses: {allow: [${allowAllButOne.map((s) => JSON.stringify(s)).join(', ')}]}`),
      now,
    });
    expect(blockingIds(allow).every((id) => id === 'OpenSSL')).toBe(true);
    expect(allow.counts.blocking).toBeGreaterThan(0);
  });

  it('uses the first matching per-image override', () => {
    const p = policy('vulnerabilities: {fail-on: none}\noverrides:\n  - image: "nginx:*"\n    vulnerabilities: {fail-on: critical}');
    expect(runGate({ reports: [trivyNginx], policy: p, now }).counts.blocking).toBe(3);
    expect(runGate({ reports: [report('trivy/trivy-golden-alpine-39.json')], policy: p, now }).decision).toBe('pass');
  });
});

describe('fix SLAs', () => {
  const p = policy('sla: {high: 30d}');
  const high = trivyNginx.findings.filter((f) => f.severity === 'HIGH');

  it('gives a new finding its full SLA and remembers when it was first seen', () => {
    const r = runGate({ reports: [trivyNginx], policy: p, now });
    const withSla = r.findings.filter((f) => f.sla);
    expect(withSla).toHaveLength(high.length);
    expect(withSla.every((f) => f.sla?.daysLeft === 30 && !f.blocking)).toBe(true);
    expect(Object.keys(r.nextSla.firstSeen)).toHaveLength(45);
  });

  it('blocks a finding past its SLA and lists near ones', () => {
    const first = runGate({ reports: [trivyNginx], policy: p, now: new Date('2026-01-01T00:00:00Z') });
    const state = first.nextSla;
    const later = runGate({ reports: [trivyNginx], policy: p, sla: state, now: new Date('2026-01-25T00:00:00Z') });
    expect(later.findings.filter((f) => f.sla).every((f) => f.sla?.daysLeft === 6)).toBe(true);
    const json = gateJson(later, { warnDays: 7 });
    expect(json.sla.near).toHaveLength(high.length);
    const overdue = runGate({ reports: [trivyNginx], policy: p, sla: state, now: new Date('2026-02-01T00:00:00Z') });
    expect(overdue.counts.blocking).toBe(3 + high.length);
    expect(overdue.why).toContain(`${high.length} findings are past the fix SLA`);
    expect(gateJson(overdue, { warnDays: 7 }).sla.past).toHaveLength(high.length);
  });

  it('keeps the SLA clock across a rebuild that changes the tag, layer and version', () => {
    const f = trivyNginx.findings[0]!;
    const rebuilt = { ...f, image: 'nginx:1.29', layer: 'sha256:other', package: { ...f.package!, version: '9.9' } };
    expect(fingerprint(rebuilt)).toBe(fingerprint(f));
    const state = nextSlaState({ version: 1, firstSeen: {} }, [fingerprint(f)], new Date('2026-01-01'));
    expect(nextSlaState(state, [fingerprint(rebuilt)], new Date('2026-03-01')).firstSeen[fingerprint(f)]).toBe('2026-01-01T00:00:00.000Z');
  });
});

describe('the summary', () => {
  it('puts the decision and why first, then the blocking findings with installed and fixed versions', () => {
    const r = runGate({
      reports: [trivyNginx],
      policy: policy(
        'exceptions: [{id: CVE-2023-6879, reason: no AV1, expires: 2026-02-05}, {id: CVE-0, reason: stale, expires: 2027-01-01}]',
      ),
      now,
    });
    const md = gateSummary(gateJson(r, { warnDays: 14 }));
    const lines = md.split('\n');
    expect(lines[0]).toBe('## Container scan gate: ❌ fail');
    expect(lines[2]).toBe('> [!CAUTION]');
    expect(lines[3]).toBe('> 2 blocking findings: 2 critical vulnerability');
    expect(md).toContain(
      '| CVE-2025-48174 | libavif15 | 0.11.1-1 | 0.11.1-1+deb12u1 | critical | vulnerability | nginx:latest | critical (fail-on: critical) |',
    );
    expect(md.indexOf('Blocking findings')).toBeLessThan(md.indexOf('### Counts'));
    expect(md).toContain('| ⚠️ expiring | CVE-2023-6879 | no AV1 | 2026-02-05 | 1 |');
    expect(md).toContain('| unused | CVE-0 | stale | 2027-01-01 | 0 |');
    expect(md).not.toContain('| used | CVE-2023-6879');
  });
});
