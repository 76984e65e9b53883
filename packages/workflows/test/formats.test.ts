import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { auditText, formatAuditSarif, formatAuditSummary, formatAuditText, summarise } from '../src/index.js';
import { fixtureFiles, fixturesRoot, readFixture } from './fixture-expectations.js';

async function reportOf(files: string[]) {
  const audits = [];
  for (const f of files) audits.push(await auditText(f, readFixture(f), { trustedOwners: ['your-org'] }));
  return summarise(audits);
}

/** The SARIF 2.1.0 schema is draft-04; ajv reads it once `id` is spelt `$id`. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(fixturesRoot, 'sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  const { $schema: _drop, id, ...rest } = schema;
  return new Ajv({ strict: false, allErrors: true, validateFormats: false, unicodeRegExp: false }).compile({ ...rest, $id: String(id) });
}

describe('SARIF', () => {
  it('is valid SARIF 2.1.0 for every known-bad and known-good fixture', async () => {
    const report = await reportOf([...fixtureFiles('bad'), ...fixtureFiles('good')]);
    const sarif = formatAuditSarif(report, '1.0.0');
    const validate = sarifValidator();
    expect(validate(sarif) ? [] : validate.errors).toEqual([]);
    // The validator does reject what is not SARIF 2.1.0.
    expect(validate({ ...sarif, version: '2.0.0' })).toBe(false);
  });

  it('gives each rule a security-severity inside its band and tags it with its category', async () => {
    const sarif = formatAuditSarif(await reportOf([]), '1') as {
      runs: { tool: { driver: { rules: { id: string; properties: Record<string, unknown> }[] } } }[];
    };
    const rules = sarif.runs[0]?.tool.driver.rules ?? [];
    const score = (id: string): number => Number(rules.find((r) => r.id === id)?.properties['security-severity']);
    expect(score('untrusted-checkout')).toBeGreaterThan(9);
    expect(score('unpinned-uses')).toBeGreaterThanOrEqual(7);
    expect(score('missing-timeout')).toBeLessThan(4);
    const tags = (id: string): string[] => rules.find((r) => r.id === id)?.properties['tags'] as string[];
    expect(tags('template-injection')).toContain('security');
    expect(tags('missing-timeout')).toContain('hygiene');
    expect(tags('unknown-reference')).toContain('validation');
    expect(rules.every((r) => ['high', 'medium', 'low'].includes(r.properties['precision'] as string))).toBe(true);
  });
});

describe('text and summary', () => {
  it('prints one block per finding and the coverage line', async () => {
    const report = await reportOf(['bad/secrets-inherit.yml', 'good/hardened.yml']);
    const text = formatAuditText(report);
    expect(report.counts.belowConfidence).toBeGreaterThan(0);
    expect(text).toBe(
      [
        "bad/secrets-inherit.yml:9:1: medium [secrets-inherit] job 'deploy' passes every secret to ./.github/workflows/deploy.yml",
        '  fix: Pass only the secrets the called workflow declares: `secrets: { registry-token: ${{ secrets.REGISTRY_TOKEN }} }`.',
        '',
        '1 of 2 file(s) pass (50% coverage); 1 finding(s) (1 medium), 0 suppressed with a reason. By category: 1 security, 0 hygiene, 0 validation.' +
          ` ${report.counts.belowConfidence} lower-confidence finding(s) not shown (--all shows them).`,
        '',
      ].join('\n'),
    );
  });

  it('puts the verdict and coverage first in the job summary', async () => {
    const md = formatAuditSummary(await reportOf(['bad/missing-timeout.yml', 'good/suppressed.yml']));
    expect(md.indexOf('**Failed**')).toBeLessThan(md.indexOf('| Severity |'));
    expect(md).toContain('Coverage: **50%**');
    expect(md).toContain("the soak test runs until the runner's limit on purpose");
  });
});
