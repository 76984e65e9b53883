import { describe, expect, it } from '@jest/globals';
import {
  applySuppressions,
  DEFAULT_POLICY,
  parseGrypeIgnore,
  parseIgnoreFile,
  parseTrivyIgnore,
  parseTrivyIgnoreYaml,
  parseVex,
  runGate,
  type Policy,
} from '../src/index.js';
import { fixtureText, report } from './fixtures.js';

const nginx = report('trivy/dimpact-nginx-latest.json');
const policyWith = (exceptions: Policy['exceptions']): Policy => ({ ...DEFAULT_POLICY, exceptions });

describe('policy exceptions on an injected clock', () => {
  const exceptions: Policy['exceptions'] = [
    { id: 'CVE-2023-45853', reason: 'zlib minizip is not used', expires: '2026-03-31', package: 'zlib1g' },
    { id: 'CVE-2023-6879', reason: 'no AV1 decoding', expires: '2026-01-10' },
    { id: 'CVE-2025-48174', reason: 'fix rolling out', expires: '2026-06-30', image: 'nginx:*' },
    { id: 'CVE-1999-0001', reason: 'old', expires: '2027-01-01' },
  ];

  it('suppresses until the expiry day, inclusive', () => {
    const onLastDay = runGate({ reports: [nginx], policy: policyWith(exceptions), now: new Date('2026-01-10T23:00:00Z') });
    expect(onLastDay.decision).toBe('pass');
    expect(onLastDay.suppressed.map((s) => s.finding.id).sort()).toEqual(['CVE-2023-45853', 'CVE-2023-6879', 'CVE-2025-48174']);
    const expiring = onLastDay.ruleUses.filter((u) => u.status === 'expiring').map((u) => u.rule.id);
    expect(expiring).toEqual(['CVE-2023-6879']);
    expect(onLastDay.ruleUses.find((u) => u.rule.id === 'CVE-1999-0001')?.matched).toBe(0);
  });

  it('stops suppressing the day after and says so', () => {
    const after = runGate({ reports: [nginx], policy: policyWith(exceptions), now: new Date('2026-01-11T00:00:01Z') });
    expect(after.decision).toBe('fail');
    expect(after.findings.filter((f) => f.blocking).map((f) => f.finding.id)).toEqual(['CVE-2023-6879']);
    expect(after.why).toContain('exception CVE-2023-6879 expired on 2026-01-10 and no longer suppresses 1 finding');
    expect(after.ruleUses.find((u) => u.rule.id === 'CVE-2023-6879')).toMatchObject({ status: 'expired', matched: 1, daysLeft: -1 });
  });

  it('warns within warn-days of the expiry', () => {
    const early = runGate({ reports: [nginx], policy: policyWith(exceptions), now: new Date('2026-03-01T00:00:00Z') });
    const use = early.ruleUses.find((u) => u.rule.id === 'CVE-2023-45853');
    expect(use).toMatchObject({ status: 'active', daysLeft: 30 });
    const late = runGate({ reports: [nginx], policy: policyWith(exceptions), now: new Date('2026-03-25T00:00:00Z') });
    expect(late.ruleUses.find((u) => u.rule.id === 'CVE-2023-45853')).toMatchObject({ status: 'expiring', daysLeft: 6 });
  });

  it('scopes by package and image', () => {
    const wrongPackage: Policy['exceptions'] = [{ id: 'CVE-2023-45853', reason: 'x', expires: '2030-01-01', package: 'libaom3' }];
    expect(runGate({ reports: [nginx], policy: policyWith(wrongPackage), now: new Date('2026-01-01') }).suppressed).toHaveLength(0);
    const wrongImage: Policy['exceptions'] = [{ id: 'CVE-2023-45853', reason: 'x', expires: '2030-01-01', image: 'redis:*' }];
    expect(runGate({ reports: [nginx], policy: policyWith(wrongImage), now: new Date('2026-01-01') }).suppressed).toHaveLength(0);
  });
});

describe('ignore files', () => {
  it('reads .trivyignore with exp: dates', () => {
    const rules = parseTrivyIgnore(
      '# accepted until the base image moves\nCVE-2023-45853 exp:2026-02-01\n\nCVE-2023-6879\n',
      '.trivyignore',
    );
    expect(rules).toEqual([
      {
        origin: 'trivyignore',
        source: '.trivyignore',
        id: 'CVE-2023-45853',
        expires: '2026-02-01',
        reason: 'accepted until the base image moves',
      },
      { origin: 'trivyignore', source: '.trivyignore', id: 'CVE-2023-6879' },
    ]);
    const { kept, suppressed } = applySuppressions(nginx.findings, rules, new Date('2026-03-01'), 14);
    expect(suppressed.map((s) => s.finding.id)).toEqual(['CVE-2023-6879']);
    expect(kept).toHaveLength(44);
    expect(() => parseTrivyIgnore('CVE-1 until:2020', '.trivyignore')).toThrow(".trivyignore:1: unexpected 'until:2020'");
  });

  it('reads .trivyignore.yaml with purls and paths', () => {
    const rules = parseTrivyIgnoreYaml(
      `vulnerabilities:
  - id: CVE-2023-45853
    purls: ["pkg:deb/debian/zlib1g"]
    statement: minizip not shipped
    expired_at: 2030-01-01
misconfigurations:
  - id: DS-0002
    paths: [Dockerfile]
`,
      '.trivyignore.yaml',
    );
    const fsReport = report('trivy/local-offline-trivy-fs-config-secret.json');
    const { suppressed } = applySuppressions([...nginx.findings, ...fsReport.findings], rules, new Date('2026-01-01'), 14);
    expect(suppressed.map((s) => `${s.finding.id} ${s.finding.package?.name ?? s.finding.path ?? ''}`).sort()).toEqual([
      'CVE-2023-45853 zlib1g',
      'DS-0002 Dockerfile',
    ]);
  });

  it("reads Grype's ignore rules, including fix-state rules", () => {
    const rules = parseGrypeIgnore(
      `ignore:
  - vulnerability: CVE-2023-45853
    reason: not reachable
  - fix-state: wont-fix
`,
      '.grype.yaml',
    );
    const grype = report('grype/dimpact-nginx-latest.json');
    const { suppressed } = applySuppressions(grype.findings, rules, new Date('2026-01-01'), 14);
    const wontFix = grype.findings.filter((f) => f.fix.state === 'wont-fix').length;
    expect(wontFix).toBe(40);
    expect(suppressed.length).toBe(40 + grype.findings.filter((f) => f.id === 'CVE-2023-45853' && f.fix.state !== 'wont-fix').length);
    expect(() => parseGrypeIgnore('ignore:\n  - reason: everything\n', 'g.yaml')).toThrow('would ignore everything');
  });

  it('chooses the parser by file name', () => {
    expect(parseIgnoreFile('CVE-1\n', 'ci/.trivyignore')).toHaveLength(1);
    expect(() => parseIgnoreFile('', 'ignore.txt')).toThrow('not a known ignore file');
  });
});

describe('VEX', () => {
  it('applies an OpenVEX not_affected statement to the named subcomponent', () => {
    const { rules, problems } = parseVex(fixtureText('vex/trivy-openvex.json'), 'openvex.json');
    expect(problems).toEqual([]);
    expect(rules[0]).toMatchObject({ id: 'CVE-2022-23628', purls: ['pkg:golang/github.com/open-policy-agent/opa@v0.35.0'] });
    expect(rules[0]?.reason).toContain('vulnerable_code_not_in_execute_path');
  });

  it('applies a CycloneDX not_affected with a justification and reports one without', () => {
    const { rules, problems } = parseVex(fixtureText('vex/trivy-cyclonedx-vex.json'), 'cdx.json');
    expect(rules.map((r) => r.id)).toEqual(['CVE-2021-44228']);
    expect(rules[0]?.purls).toEqual(['pkg:maven/org.springframework.boot/spring-boot@2.6.0']);
    expect(problems).toEqual([
      { source: 'cdx.json', vulnerability: 'CVE-2022-27943', problem: 'not_affected without a justification: not applied' },
    ]);
  });

  it('matches purls without qualifiers and with the version the statement gives', () => {
    const { rules } = parseVex(fixtureText('vex/grype-openvex-demo1.json'), 'demo.json');
    const finding = {
      ...nginx.findings[0]!,
      id: 'CVE-2023-1255',
      aliases: [],
      package: { name: 'libcrypto3', version: '3.0.8-r3', purl: 'pkg:apk/alpine/libcrypto3@3.0.8-r3?arch=x86_64&distro=3.17.3' },
    };
    expect(applySuppressions([finding], rules, new Date(), 14).suppressed).toHaveLength(1);
    const newer = { ...finding, package: { ...finding.package, purl: 'pkg:apk/alpine/libcrypto3@3.0.9-r0?arch=x86_64' } };
    expect(applySuppressions([newer], rules, new Date(), 14).suppressed).toHaveLength(0);
  });

  it('rejects a document that is not OpenVEX or CycloneDX', () => {
    expect(() => parseVex(fixtureText('vex/grype-csaf-demo1.json'), 'csaf.json')).toThrow('csaf.json is neither an OpenVEX document');
  });
});
