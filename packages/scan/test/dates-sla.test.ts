import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decodeDocument, parseYamlText } from '@slipway/core';
import { decodePolicy, parseTrivyIgnore, parseTrivyIgnoreYaml, runGate, type Policy } from '../src/index.js';
import { report } from './fixtures.js';

const loadPolicy = (yaml: string): Policy => decodeDocument(decodePolicy, parseYamlText(yaml, 'policy.yml') ?? {}, 'policy.yml');
const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** The strict reference: a day exists when the calendar has it. */
function dayExists(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

const readers: [string, (day: string) => unknown][] = [
  ['a policy exception expiry', (day) => loadPolicy(`exceptions: [{id: CVE-1, reason: r, expires: "${day}"}]`)],
  ['a .trivyignore exp:', (day) => parseTrivyIgnore(`CVE-1 exp:${day}\n`, '.trivyignore')],
  [
    'a .trivyignore.yaml expired_at',
    (day) => parseTrivyIgnoreYaml(`vulnerabilities:\n  - id: CVE-1\n    expired_at: "${day}"\n`, '.trivyignore.yaml'),
  ],
];

describe('expiry dates', () => {
  it.each(readers)('%s refuses the impossible days the review found, naming the field', (_, read) => {
    for (const day of ['2024-02-30', '2023-02-29', '2024-04-31']) expect(() => read(day)).toThrow(`'${day}' is not a valid date`);
    expect(() => read('2024-02-29')).not.toThrow();
  });

  it('names the file and the place', () => {
    expect(() => parseTrivyIgnore('CVE-1\nCVE-2 exp:2023-02-29\n', 'ci/.trivyignore')).toThrow(
      "ci/.trivyignore:2: exp: '2023-02-29' is not a valid date (month 2 of 2023 has 28 days)",
    );
    expect(() => parseTrivyIgnoreYaml('vulnerabilities:\n  - id: CVE-1\n    expired_at: 2024-04-31\n', 't.yaml')).toThrow(
      "t.yaml: vulnerabilities[0].expired_at: '2024-04-31' is not a valid date",
    );
  });

  it.each(readers)('%s accepts a random day exactly when the calendar has it', (_, read) => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const day = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        let accepted = true;
        try {
          read(day);
        } catch {
          accepted = false;
        }
        expect(accepted).toBe(dayExists(y, m, d));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a trivyignore.yaml timestamp as its UTC day, as Trivy reads YAML timestamps', () => {
    expect(parseTrivyIgnoreYaml('secrets:\n  - id: aws-key\n    expired_at: 2026-03-01T23:30:00-02:00\n', 't.yaml')[0]?.expires).toBe(
      '2026-03-02',
    );
  });
});

describe('fix-SLA state', () => {
  const nginx = report('trivy/dimpact-nginx-latest.json');
  const policy = loadPolicy('vulnerabilities: {fail-on: none}\nsla: {high: 30d}');
  const now = new Date('2026-02-01T12:00:00Z');
  const high = runGate({ reports: [nginx], policy, now }).findings.filter((f) => f.finding.severity === 'HIGH');
  const fp = high[0]!.fingerprint;
  const withFirstSeen = (value: string) =>
    runGate({ reports: [nginx], policy, now, sla: { version: 1, firstSeen: Object.fromEntries(high.map((h) => [h.fingerprint, value])) } });

  it('counts from a good first-seen date and blocks once past it', () => {
    const late = withFirstSeen('2025-12-01T00:00:00.000Z');
    expect(late.findings.find((f) => f.fingerprint === fp)?.sla?.daysLeft).toBeLessThan(0);
    expect(late.decision).toBe('fail');
    expect(late.notes).toEqual([]);
  });

  it.each([
    ['not a date', 'not-a-date'],
    ['an impossible day', '2024-02-30'],
    ['in the future', '2999-01-01T00:00:00Z'],
    ['empty', ''],
  ])('restarts an entry that is %s at today, with a note, and never carries it forward', (why, value) => {
    const r = withFirstSeen(value);
    const entry = r.findings.find((f) => f.fingerprint === fp);
    expect(entry?.sla).toEqual({ days: 30, firstSeen: now.toISOString(), daysLeft: 30 });
    expect(r.nextSla.firstSeen[fp]).toBe(now.toISOString());
    expect(r.notes).toEqual([
      expect.stringContaining(`first-seen dates are ${why === 'an impossible day' || why === 'empty' ? 'not a date' : why}`),
    ]);
    expect(r.notes[0]).toContain('their clocks restart today');
  });

  it('gives a finding no more time than its SLA, whatever the saved state holds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        (value) => {
          const r = runGate({ reports: [nginx], policy, now, sla: { version: 1, firstSeen: { [fp]: value } } });
          const left = r.findings.find((f) => f.fingerprint === fp)?.sla?.daysLeft;
          expect(Number.isFinite(left)).toBe(true);
          expect(left).toBeLessThanOrEqual(30);
          // And what is saved for next time is a date the next run can read.
          expect(Number.isNaN(Date.parse(r.nextSla.firstSeen[fp] ?? ''))).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
