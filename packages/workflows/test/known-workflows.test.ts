import { describe, expect, it } from '@jest/globals';
import { auditAll, auditText, collectAuditInputs, RULES, INVALID_FILE, INVALID_SUPPRESSION } from '../src/index.js';
import { expectedFindings, fixtureFiles, fixturesRoot, readFixture } from './fixture-expectations.js';

const options = { trustedOwners: ['your-org'], forbiddenUses: ['evil-org/*'] };
const bad = fixtureFiles('bad');
const good = fixtureFiles('good');

describe('known-bad workflows', () => {
  it.each(bad)('%s: every expected finding fires on its line, and nothing else', async (file) => {
    const content = readFixture(file);
    const audit = await auditText(file, content, options);
    const found = audit.findings.map((f) => `${f.rule}@${f.line}`).sort();
    expect(found).toEqual(expectedFindings(content));
    const below = audit.belowConfidence.map((f) => `${f.rule}@${f.line}`);
    // Lower-confidence findings marked in the fixture are made; unmarked hygiene nits may be too.
    expect(below).toEqual(expect.arrayContaining(expectedFindings(content, 'expect-below')));
    expect(audit.findings.length + below.length).toBeGreaterThan(0);
  });

  it('has one fixture named after each rule, and the rule fires in it', () => {
    for (const id of [...RULES.map((r) => r.id), INVALID_FILE, INVALID_SUPPRESSION]) {
      const file = `bad/${id}.yml`;
      expect(bad).toContain(file);
      const content = readFixture(file);
      expect([...expectedFindings(content), ...expectedFindings(content, 'expect-below')].some((e) => e.startsWith(`${id}@`))).toBe(true);
    }
  });

  it('has a known-good neighbour for each rule, where the rule finds nothing even at low confidence', async () => {
    for (const id of RULES.map((r) => r.id)) {
      const file = `good/neighbours/${id}.yml`;
      expect(good).toContain(file);
      const audit = await auditText(file, readFixture(file), { ...options, minConfidence: 'low' });
      expect({ file, found: [...audit.findings, ...audit.belowConfidence].filter((f) => f.rule === id).map((f) => f.message) }).toEqual({
        file,
        found: [],
      });
    }
  });

  it('gives every finding a severity, a message and a fix', async () => {
    const audit = await auditText('bad/incident-pwn-request.yml', readFixture('bad/incident-pwn-request.yml'), options);
    for (const f of audit.findings) {
      expect(['critical', 'high', 'medium', 'low']).toContain(f.severity);
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.fix.length).toBeGreaterThan(10);
    }
    expect(audit.findings.find((f) => f.rule === 'untrusted-checkout')?.severity).toBe('critical');
  });
});

describe('known-good workflows', () => {
  it.each(good)('%s passes', async (file) => {
    const audit = await auditText(file, readFixture(file), { ...options, forbiddenUses: ['evil-org/*'] });
    expect(audit.findings).toEqual([]);
    expect(audit.passed).toBe(true);
  });

  it('flags a release-tag call when its owner is not trusted', async () => {
    const audit = await auditText('good/trusted-owner.yml', readFixture('good/trusted-owner.yml'), { trustedOwners: [] });
    expect(audit.findings.map((f) => f.rule)).toEqual(['unpinned-uses']);
  });

  it('still flags a branch ref of a trusted owner', async () => {
    const content = readFixture('good/trusted-owner.yml').replace('@v1', '@main');
    const audit = await auditText('trusted.yml', content, options);
    expect(audit.findings.map((f) => f.rule)).toEqual(['unpinned-uses']);
  });
});

describe('suppressions', () => {
  it('suppresses a finding with a reason and keeps it in the report', async () => {
    const audit = await auditText('good/suppressed.yml', readFixture('good/suppressed.yml'), options);
    expect(audit.suppressed).toHaveLength(1);
    expect(audit.suppressed[0]).toMatchObject({
      rule: 'missing-timeout',
      suppression: { reason: "the soak test runs until the runner's limit on purpose" },
    });
  });

  it('lists a suppression that matches nothing', async () => {
    const content = readFixture('good/suppressed.yml').replace(
      '    runs-on: ubuntu-24.04',
      '    runs-on: ubuntu-24.04\n    timeout-minutes: 600',
    );
    const audit = await auditText('soak.yml', content, options);
    expect(audit.passed).toBe(true);
    expect(audit.unusedSuppressions.map((s) => s.rule)).toEqual(['missing-timeout']);
  });

  it('rejects a suppression of an unknown rule', async () => {
    const content = readFixture('good/suppressed.yml').replace('ignore missing-timeout', 'ignore missing-timeouts');
    const audit = await auditText('soak.yml', content, options);
    expect(audit.findings.map((f) => f.rule).sort()).toEqual([INVALID_SUPPRESSION, 'missing-timeout']);
    expect(audit.findings.find((f) => f.rule === INVALID_SUPPRESSION)?.message).toContain("'missing-timeouts' is not a rule");
  });

  it('suppresses a whole file with ignore-file', async () => {
    const content = `# slipway-audit: ignore-file unpinned-uses -- vendored example, never run\n${readFixture('bad/unpinned-uses.yml')}`;
    const audit = await auditText('vendored.yml', content, options);
    expect(audit.passed).toBe(true);
    expect(audit.suppressed).toHaveLength(4);
  });
});

describe('invalid files', () => {
  it('reports YAML that does not parse as an invalid-file finding with its line', async () => {
    const audit = await auditText('broken.yml', 'on: push\njobs:\n  a: [\n', options);
    expect(audit.findings).toHaveLength(1);
    expect(audit.findings[0]).toMatchObject({ rule: INVALID_FILE, line: 4 });
  });
});

describe('a caller and the workflow it calls, audited together', () => {
  it('finds the shared concurrency group on both sides', async () => {
    const inputs = await collectAuditInputs(['deadlock-pair'], fixturesRoot);
    const report = await auditAll(inputs, options);
    const found = report.files.flatMap((f) => f.findings.map((x) => `${x.file}:${x.rule}@${x.line}`)).sort();
    const expected = inputs.flatMap((i) => expectedFindings(i.content).map((e) => `${i.file}:${e}`)).sort();
    expect(found).toEqual(expected);
    expect(found).toHaveLength(2);
  });

  it('stays quiet when the called workflow has a group of its own', async () => {
    const inputs = await collectAuditInputs(['deadlock-pair'], fixturesRoot);
    const fixed = inputs.map((i) => ({
      ...i,
      content: i.content.replace('group: ${{github.workflow}}', 'group: build-${{github.workflow}}'),
    }));
    const report = await auditAll(fixed, options);
    expect(report.counts.findings).toBe(0);
  });
});
