import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decode, DecodeError } from '../src/index.js';

describe('decoder defects', () => {
  it('oneOf tries the next alternative when a strict object refuses an unknown field', () => {
    const strictA = decode.object({ a: decode.string }, { strict: true });
    const b = decode.object({ a: decode.string, b: decode.number }, { strict: true });
    expect(decode.oneOf<unknown>(strictA, b)({ a: 'x', b: 1 }, '')).toEqual({ a: 'x', b: 1 });
    expect(() => decode.oneOf<unknown>(strictA, b)({ c: 1 }, 'p')).toThrow(DecodeError);
  });

  it('record keeps a __proto__ key as an entry and does not change the prototype', () => {
    const value = JSON.parse('{"__proto__": 5, "x": 1}') as unknown;
    const out = decode.record(decode.number)(value, '');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.keys(out).sort()).toEqual(['__proto__', 'x']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toBe(5);
  });

  it.each(['constructor', 'toString', 'hasOwnProperty', '__proto__'])('a strict object refuses the inherited name %s as a field', (key) => {
    const strict = decode.object({ a: decode.optional(decode.string) }, { strict: true });
    const value = JSON.parse(`{"${key}": 1}`) as unknown;
    expect(() => strict(value, 'policy')).toThrow(`policy.${key}: unknown field`);
  });

  it('a strict object accepts exactly its own fields (property)', () => {
    const shape = { name: decode.optional(decode.string), size: decode.optional(decode.number) };
    const strict = decode.object(shape, { strict: true });
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.oneof(fc.constantFrom('name', 'size', 'constructor', 'toString', 'valueOf', '__proto__'), fc.string()),
          fc.constant(null),
        ),
        (dict) => {
          const value = JSON.parse(JSON.stringify(dict)) as Record<string, unknown>;
          const keys = Object.keys(value);
          const allowed = keys.every((k) => k === 'name' || k === 'size');
          let accepted = true;
          try {
            strict(value, '');
          } catch {
            accepted = false;
          }
          return accepted === allowed;
        },
      ),
    );
  });

  it('record decodes every own key of any JSON object exactly (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.integer()), (dict) => {
        const value = JSON.parse(JSON.stringify(dict)) as Record<string, number>;
        const out = decode.record(decode.number)(value, '');
        return (
          JSON.stringify(Object.entries(out).sort()) === JSON.stringify(Object.entries(value).sort()) &&
          Object.getPrototypeOf(out) === Object.prototype
        );
      }),
    );
  });
});
