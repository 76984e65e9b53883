import { describe, expect, it } from '@jest/globals';
import { decode, decodeDocument, UserError } from '../src/index.js';

const finding = decode.object({
  id: decode.string,
  severity: decode.literal('LOW', 'HIGH', 'CRITICAL'),
  score: decode.optional(decode.number),
  tags: decode.withDefault(decode.array(decode.string), []),
});
const report = decode.object({ results: decode.array(decode.object({ findings: decode.array(finding) })) });

describe('decoders', () => {
  it('decodes a valid document, dropping absent optional fields', () => {
    const doc = { results: [{ findings: [{ id: 'CVE-1', severity: 'HIGH', extra: true }] }] };
    expect(decodeDocument(report, doc, 'r.json')).toEqual({ results: [{ findings: [{ id: 'CVE-1', severity: 'HIGH', tags: [] }] }] });
  });

  it.each([
    [{ results: {} }, 'r.json: results: expected an array, got an object'],
    [
      {
        results: [
          {
            findings: [
              { id: 'a', severity: 'LOW' },
              { id: 7, severity: 'LOW' },
            ],
          },
        ],
      },
      'r.json: results[0].findings[1].id: expected a string, got number 7',
    ],
    [
      { results: [{ findings: [{ id: 'a', severity: 'low' }] }] },
      'r.json: results[0].findings[0].severity: expected one of LOW, HIGH, CRITICAL, got "low"',
    ],
    [
      { results: [{ findings: [{ id: 'a', severity: 'LOW', score: 'x' }] }] },
      'r.json: results[0].findings[0].score: expected a number, got "x"',
    ],
    [null, 'r.json: (root): expected an object, got null'],
    // A missing field says so, not "got undefined undefined".
    [
      { results: [{ findings: [{ severity: 'LOW' }] }] },
      'r.json: results[0].findings[0].id: expected a string, got undefined (the field is missing)',
    ],
  ])('names the path of the field at fault (%#)', (doc, message) => {
    expect(() => decodeDocument(report, doc, 'r.json')).toThrow(message);
  });

  it('rejects unknown fields in strict objects, listing the accepted ones', () => {
    const policy = decode.object({ 'fail-on': decode.string, max: decode.optional(decode.number) }, { strict: true });
    expect(() => decodeDocument(policy, { 'fail-on': 'high', 'fial-on': 'x' }, 'policy.yml')).toThrow(
      'policy.yml: fial-on: unknown field; accepted fields are fail-on, max',
    );
  });

  it('oneOf explains every alternative', () => {
    const d = decode.oneOf<string | number>(decode.string, decode.number);
    expect(d(3, 'x')).toBe(3);
    expect(() => d(true, 'x')).toThrow(UserError);
    expect(() => d(true, 'x')).toThrow(/x: no accepted form matched \(x: expected a string, got boolean true; x: expected a number/);
  });

  it('record decodes maps', () => {
    expect(decode.record(decode.number)({ a: 1, b: 2 }, '')).toEqual({ a: 1, b: 2 });
    expect(() => decode.record(decode.number)({ a: 'x' }, 'm')).toThrow('m.a: expected a number');
  });
});
