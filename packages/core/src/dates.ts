import { errorCodes, UserError } from './errors.js';

// One strict reader for the dates users write (policy expiries, --since, --now, state files):
// a calendar date `YYYY-MM-DD` or an RFC 3339 timestamp. `Date.parse` is not used because it
// rolls impossible dates over (2023-02-29 becomes 1 March) and accepts many other shapes.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2})$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function invalid(value: string, field: string, why: string): UserError {
  return new UserError(`${field}: '${value}' is not a valid date (${why})`, {
    code: errorCodes.invalidInput,
    hint: 'write a calendar date as YYYY-MM-DD or a time as RFC 3339, e.g. 2026-03-31 or 2026-03-31T12:00:00Z',
  });
}

function checkCalendar(value: string, field: string, y: number, m: number, d: number): void {
  if (m < 1 || m > 12) throw invalid(value, field, `there is no month ${m}`);
  const max = daysIn(y, m);
  if (d < 1 || d > max) throw invalid(value, field, `month ${m} of ${y} has ${max} days`);
}

/**
 * Parses a calendar date (`YYYY-MM-DD`, midnight UTC) or an RFC 3339 timestamp to epoch
 * milliseconds. Impossible dates, times and other shapes are a UserError naming the field.
 */
export function parseDateTime(value: string, field: string): number {
  const text = value.trim();
  const date = DATE.exec(text);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    checkCalendar(text, field, y, m, d);
    return Date.UTC(y, m - 1, d);
  }
  const ts = TIMESTAMP.exec(text);
  if (!ts) throw invalid(text, field, 'expected YYYY-MM-DD or an RFC 3339 time');
  const [y, mo, d, h, mi] = [Number(ts[1]), Number(ts[2]), Number(ts[3]), Number(ts[4]), Number(ts[5])];
  const s = ts[6] === undefined ? 0 : Number(ts[6]);
  checkCalendar(text, field, y, mo, d);
  if (h > 23) throw invalid(text, field, `there is no hour ${h}`);
  if (mi > 59) throw invalid(text, field, `there is no minute ${mi}`);
  if (s > 59) throw invalid(text, field, `there is no second ${s}`);
  const fraction = ts[7] === undefined ? 0 : Math.floor(Number(`0${ts[7]}`) * 1000);
  const zone = ts[8]!;
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const [oh, om] = [Number(zone.slice(1, 3)), Number(zone.slice(4, 6))];
    if (oh > 23 || om > 59) throw invalid(text, field, `the offset ${zone} is out of range`);
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  return Date.UTC(y, mo - 1, d, h, mi, s, fraction) - offsetMinutes * 60_000;
}

/** Parses a calendar date only (`YYYY-MM-DD`), as epoch milliseconds at midnight UTC. */
export function parseCalendarDate(value: string, field: string): number {
  const text = value.trim();
  const date = DATE.exec(text);
  if (!date) throw invalid(text, field, 'expected YYYY-MM-DD');
  return parseDateTime(text, field);
}

/** Refuses a time after `now` (plus a minute of clock skew): a `--since` in the future collects nothing and moves no cursor. */
export function assertNotFuture(epochMs: number, nowMs: number, field: string): void {
  if (epochMs > nowMs + 60_000) {
    throw new UserError(`${field}: ${new Date(epochMs).toISOString()} is in the future (now is ${new Date(nowMs).toISOString()})`, {
      code: errorCodes.invalidInput,
      hint: 'give a time in the past',
    });
  }
}
