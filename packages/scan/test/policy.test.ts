import { describe, expect, it } from '@jest/globals';
import { decodeDocument, parseYamlText } from '@slipway/core';
import { decodePolicy, DEFAULT_POLICY, rulesFor } from '../src/index.js';

const load = (yaml: string) => decodeDocument(decodePolicy, parseYamlText(yaml, 'policy.yml') ?? {}, 'policy.yml');

describe('policy', () => {
  it('defaults: critical vulnerabilities, secrets and malware block; warn 14 days before expiry', () => {
    expect(DEFAULT_POLICY.vulnerabilities.failOn).toBe('CRITICAL');
    expect(DEFAULT_POLICY.secrets.block).toBe(true);
    expect(DEFAULT_POLICY.warnDays).toBe(14);
    expect(load('')).toEqual(DEFAULT_POLICY);
  });

  it('reads every section', () => {
    const p = load(`
version: 1
vulnerabilities:
  fail-on: high
  max: {medium: 5}
  only-fixed: true
  fail-on-known-exploited: true
  epss-threshold: 0.3
misconfigurations: {fail-on: none}
secrets: {block: false}
licenses: {deny: [GPL-3.0-only], allow: [MIT, Apache-2.0]}
sla: {critical: 7d, high: 2w}
warn-days: 30
exceptions:
  - {id: CVE-2023-1, reason: not reachable, expires: 2026-12-31, package: zlib1g}
overrides:
  - image: "ghcr.io/acme/legacy-*"
    vulnerabilities: {fail-on: critical}
`);
    expect(p.vulnerabilities).toEqual({
      failOn: 'HIGH',
      max: { MEDIUM: 5 },
      onlyFixed: true,
      failOnKnownExploited: true,
      epssThreshold: 0.3,
    });
    expect(p.misconfigurations.failOn).toBe('none');
    expect(p.sla).toEqual({ CRITICAL: 7, HIGH: 14 });
    expect(p.exceptions[0]).toEqual({ id: 'CVE-2023-1', reason: 'not reachable', expires: '2026-12-31', package: 'zlib1g' });
    // An override changes only what it names; the rest is the base policy's.
    const legacy = rulesFor(p, 'ghcr.io/acme/legacy-api:3');
    expect(legacy.vulnerabilities.failOn).toBe('CRITICAL');
    expect(legacy.vulnerabilities.onlyFixed).toBe(true);
    expect(legacy.licenses.deny).toEqual(['GPL-3.0-only']);
    expect(rulesFor(p, 'ghcr.io/acme/api:3').vulnerabilities.failOn).toBe('HIGH');
  });

  it.each([
    [
      'vulnerabilities: {fail-on: hihg}',
      'policy.yml: vulnerabilities.fail-on: expected one of critical, high, medium, low, negligible, unknown, none, got "hihg"',
    ],
    ['vulnerability: {fail-on: high}', 'policy.yml: vulnerability: unknown field; accepted fields are version, vulnerabilities'],
    ['vulnerabilities: {failOn: high}', 'policy.yml: vulnerabilities.failOn: unknown field; accepted fields are fail-on, max'],
    ['vulnerabilities: {max: {severe: 1}}', 'policy.yml: vulnerabilities.max.severe: unknown severity'],
    ['vulnerabilities: {max: {high: -1}}', 'policy.yml: vulnerabilities.max.high: expected a whole number of 0 or more'],
    ['vulnerabilities: {epss-threshold: 5}', 'policy.yml: vulnerabilities.epss-threshold: expected a probability from 0 to 1'],
    ['sla: {high: soon}', 'policy.yml: sla.high: expected a duration such as 7d'],
    ['exceptions: [{id: CVE-1, expires: 2026-01-01}]', 'policy.yml: exceptions[0].reason: expected a string, got undefined'],
    ['exceptions: [{id: CVE-1, reason: x, expires: next week}]', "policy.yml: exceptions[0].expires: 'next week' is not a valid date"],
    // Impossible days roll over in Date.parse (2024-02-30 is 1 March); the gate refuses them.
    [
      'exceptions: [{id: CVE-1, reason: x, expires: 2024-02-30}]',
      "exceptions[0].expires: '2024-02-30' is not a valid date (month 2 of 2024 has 29 days)",
    ],
    [
      'exceptions: [{id: CVE-1, reason: x, expires: 2023-02-29}]',
      "exceptions[0].expires: '2023-02-29' is not a valid date (month 2 of 2023 has 28 days)",
    ],
    [
      'exceptions: [{id: CVE-1, reason: x, expires: 2024-04-31}]',
      "exceptions[0].expires: '2024-04-31' is not a valid date (month 4 of 2024 has 30 days)",
    ],
    [
      'exceptions: [{id: CVE-1, reason: x, expires: 2026-01-01, path: "usr/{lib"}]',
      "exceptions[0].path: 'usr/{lib' is not a valid path pattern",
    ],
    ['allow-empty-scan: sometimes', 'policy.yml: allow-empty-scan: expected true or false'],
    ['unrecognized-severity: ignore', 'policy.yml: unrecognized-severity: expected block or a severity'],
    ['exceptions: [{id: CVE-1, reason: x, expires: 2026-01-01, pkg: a}]', 'policy.yml: exceptions[0].pkg: unknown field'],
    ['overrides: [{vulnerabilities: {fail-on: high}}]', 'policy.yml: overrides[0].image: expected a string'],
    ['overrides: [{image: a, exceptions: []}]', 'policy.yml: overrides[0].exceptions: unknown field'],
    ['version: 2', 'policy.yml: version: expected policy version 1'],
  ])('rejects %s naming the field', (yaml, message) => {
    expect(() => load(yaml)).toThrow(message);
  });
});
