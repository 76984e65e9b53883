import { describe, expect, it } from '@jest/globals';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
// @ts-expect-error: the bundle script's helpers are plain JavaScript without type declarations.
import * as helpers from '../../scripts/ascii-source.mjs';

const { asciiSource } = helpers as { asciiSource: (code: string) => { code: string; kept: number } };
const nonAscii = /[\u0080-\uffff]/;

/** Runs a script and returns what it leaves in `out`. */
const evaluate = (code: string): unknown => {
  const box: { out?: unknown } = {};
  runInNewContext(code, box);
  return box.out;
};

describe('asciiSource', () => {
  it('escapes strings, comments, regular expressions and untagged templates without changing a value', () => {
    const code = [
      '// it’s a comment — with → arrows',
      "const s = 'don’t', d = \"✅ done\", e = '\\’';",
      'const t = `x ${s} → y`;',
      'const r = /[’‘]/u.test("’") && /😀/.test("😀") && /[😀]/u.test("😀");',
      'out = [s, d, e, t, r, "😀".length];',
    ].join('\n');
    const { code: ascii, kept } = asciiSource(code);
    expect(nonAscii.test(ascii)).toBe(false);
    expect(kept).toBe(0);
    expect(evaluate(ascii)).toEqual(evaluate(code));
  });

  it('leaves a tagged template’s text and identifiers as written: an escape would change what they see', () => {
    const code = 'const café = 1; out = [String.raw`→ ${café}`, café];';
    const { code: ascii, kept } = asciiSource(code);
    expect(ascii).toContain('String.raw`→');
    expect(ascii).toContain('café');
    expect(kept).toBe(4);
    expect(evaluate(ascii)).toEqual(['→ 1', 1]);
  });

  it('keeps a line continuation before a line separator, which stands for no character', () => {
    const code = "out = 'a\\\u2028b';";
    expect(asciiSource(code).code).toBe(code);
    expect(evaluate(asciiSource(code).code)).toBe('ab');
  });

  it('rewrites a regular expression’s identity escapes and escaped backslashes without changing what it matches', () => {
    const code = String.raw`out = [/\’/.test('’'), /\\’/.test('\\’'), /\\’/.test('’'), /[^\‘]/.test('‘'), /\\u2019’/.test('\\u2019’')];`;
    const { code: ascii } = asciiSource(code);
    expect(nonAscii.test(ascii)).toBe(false);
    expect(evaluate(code)).toEqual([true, true, false, false, true]);
    expect(evaluate(ascii)).toEqual(evaluate(code));
  });

  it('returns an ASCII source unchanged', () => {
    expect(asciiSource('out = 1;').code).toBe('out = 1;');
  });

  it('keeps the value of any string literal (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const code = `out = ${JSON.stringify(text)};`;
        const { code: ascii } = asciiSource(code);
        expect(nonAscii.test(ascii)).toBe(false);
        expect(evaluate(ascii)).toBe(text);
      }),
    );
  });
});
