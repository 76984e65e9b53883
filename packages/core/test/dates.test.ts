import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { assertNotFuture, parseCalendarDate, parseDateTime, UserError } from '../src/index.js';

describe('parseDateTime', () => {
  it.each(['2024-02-30', '2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-06-31', '1900-02-29'])(
    'refuses the impossible date %s, naming the field',
    (value) => {
      expect(() => parseDateTime(value, 'exceptions[0].expires')).toThrow(`exceptions[0].expires: '${value}' is not a valid date`);
    },
  );

  it.each(['2024-02-29', '2000-02-29', '2026-12-31'])('accepts the real date %s', (value) => {
    expect(new Date(parseDateTime(value, 'f')).toISOString().slice(0, 10)).toBe(value);
  });

  it.each([
    ['2026-03-31T12:00:00Z', '2026-03-31T12:00:00.000Z'],
    ['2026-03-31T12:00:00.5+02:00', '2026-03-31T10:00:00.500Z'],
    ['2026-03-31 23:59-01:30', '2026-04-01T01:29:00.000Z'],
  ])('reads the time %s', (value, iso) => {
    expect(new Date(parseDateTime(value, 'f')).toISOString()).toBe(iso);
  });

  it.each(['tomorrow', '2026-3-1', '2026-03-31T24:00:00Z', '2026-03-31T12:60Z', '2026-03-31T12:00:00', '1e12', ''])(
    'refuses %j',
    (value) => {
      expect(() => parseDateTime(value, 'f')).toThrow(UserError);
    },
  );

  it('agrees with the calendar on every YYYY-MM-DD (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const reference = new Date(Date.UTC(y, m - 1, d));
        const real = m >= 1 && m <= 12 && d >= 1 && reference.getUTCMonth() === m - 1 && reference.getUTCDate() === d;
        let parsed: number | undefined;
        try {
          parsed = parseCalendarDate(text, 'f');
        } catch {
          parsed = undefined;
        }
        return real ? parsed === reference.getTime() : parsed === undefined;
      }),
    );
  });

  it('refuses a time in the future', () => {
    const now = Date.UTC(2026, 11, 6);
    expect(() => assertNotFuture(parseDateTime('2999-01-01', '--since'), now, '--since')).toThrow(
      '--since: 2999-01-01T00:00:00.000Z is in the future',
    );
    expect(() => assertNotFuture(now - 1, now, '--since')).not.toThrow();
  });
});
