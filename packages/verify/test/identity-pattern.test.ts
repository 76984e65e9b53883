import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { compilePattern, decodePolicy, matchesAny, matchValue } from '../src/index.js';

// A strict reference matcher written without regular expressions: a value is refused unless
// every character is printable ASCII other than space and `%` and no segment is `.` or `..`;
// `*` takes one or more safe characters, `**` one or more safe segments joined by `/`.
const SAFE = (c: string | undefined): boolean => c !== undefined && /^[A-Za-z0-9._~+-]$/.test(c);

function reference(value: string, pattern: string): boolean {
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x21 || code > 0x7e || ch === '%') return false;
  }
  const segments = value.split(/[/@]/);
  if (segments.some((s) => s === '.' || s === '..')) return false;
  const tokens: string[] = [];
  for (let i = 0; i < pattern.length;) {
    const token = pattern.startsWith('**', i) ? '**' : pattern[i] === '*' ? '*' : (pattern[i] ?? '');
    tokens.push(token);
    i += token.length;
  }
  const memo = new Map<string, boolean>();
  const match = (i: number, t: number): boolean => {
    const key = `${i}:${t}`;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let result = false;
    const token = tokens[t];
    if (token === undefined) result = i === value.length;
    else if (token === '*') {
      for (let j = i; SAFE(value[j]) && !result; j++) result = match(j + 1, t + 1);
    } else if (token === '**') {
      for (let j = i; j < value.length && !result; j++) {
        const c = value[j];
        if (c === '/') {
          if (!SAFE(value[j - 1]) || j === i) break;
          continue;
        }
        if (!SAFE(c)) break;
        result = match(j + 1, t + 1);
      }
    } else result = value[i] === token && match(i + 1, t + 1);
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}

describe('identity patterns (defect 4)', () => {
  it.each<[string, string]>([
    ['refs/heads/*', 'refs/heads/main\n'],
    ['refs/heads/*', 'refs/heads/main\u0000evil'],
    ['refs/heads/*', 'refs/heads/ma in'],
    [
      'https://github.com/acme/*/.github/workflows/release.yml@refs/heads/main',
      'https://github.com/acme/app%2F..%2Fevil/.github/workflows/release.yml@refs/heads/main',
    ],
    [
      'https://github.com/acme/*/.github/workflows/release.yml@refs/heads/main',
      'https://github.com/acme/../.github/workflows/release.yml@refs/heads/main',
    ],
    ['https://github.com/acme/**/release.yml@refs/heads/main', 'https://github.com/acme/app/../evil/release.yml@refs/heads/main'],
    ['https://github.com/acme/*/x', 'https://github.com/\u00e1cme/app/x'],
  ])('%s refuses %j', (pattern, value) => {
    expect(matchesAny(value, [{ pattern }])).toBe(false);
    expect(matchValue(value, [{ pattern }])).toMatchObject({ ok: false, refused: true });
  });

  it('still matches what it should', () => {
    expect(matchesAny('refs/heads/main', [{ pattern: 'refs/heads/*' }])).toBe(true);
    expect(matchesAny('refs/tags/v1.2.3-rc.1+b2', [{ pattern: 'refs/tags/v*' }])).toBe(true);
    expect(matchesAny('refs/heads/feature/x', [{ pattern: 'refs/heads/*' }])).toBe(false);
    expect(matchesAny('refs/heads/feature/x', [{ pattern: 'refs/heads/**' }])).toBe(true);
  });

  it('refuses a policy entry that could never match, naming the field', () => {
    expect(() => decodePolicy({ refs: ['refs/heads/main\n'] }, 'p.yml')).toThrow('p.yml: refs[0]: refs/heads/main\\x0a can never match');
    expect(() => decodePolicy({ identities: [{ pattern: 'https://github.com/a%2Fb/*' }] }, 'p.yml')).toThrow(
      'p.yml: identities[0]: pattern: the pattern https://github.com/a%2Fb/* can never match: it contains a %-escape',
    );
  });

  const patternChars = fc.constantFrom('a', 'b', '.', '-', '/', '@', '*', '*', 'v', '1');
  const valueChars = fc.constantFrom(
    'a',
    'b',
    '.',
    '-',
    '/',
    '@',
    'v',
    '1',
    '%',
    '2',
    'F',
    '\n',
    '\u0000',
    ' ',
    '\u00e1',
    '\u007f',
    '~',
    '+',
  );
  const pattern = fc.array(patternChars, { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
  // Values built from the pattern (wildcards filled with random text) match often enough to be interesting.
  const fromPattern = (p: string): fc.Arbitrary<string> =>
    fc
      .array(
        fc.array(valueChars, { minLength: 0, maxLength: 4 }).map((cs) => cs.join('')),
        { minLength: 8, maxLength: 8 },
      )
      .map((fills) => {
        let n = 0;
        return p.replace(/\*\*?/g, () => fills[n++ % fills.length] ?? '');
      });
  const safePattern = pattern.filter((p) => {
    try {
      compilePattern(p);
      return true;
    } catch {
      return false;
    }
  });

  it('never accepts a value the strict reference matcher refuses, and agrees with it everywhere (property)', () => {
    fc.assert(
      fc.property(
        safePattern.chain((p) =>
          fc.tuple(
            fc.constant(p),
            fc.oneof(
              fromPattern(p),
              fc.array(valueChars, { maxLength: 14 }).map((c) => c.join('')),
            ),
          ),
        ),
        ([p, value]) => {
          expect(matchesAny(value, [{ pattern: p }])).toBe(reference(value, p));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('never lets a control character, non-ASCII byte, space or %-escape through, whatever the pattern (property)', () => {
    const bad = fc.constantFrom('\n', '\r', '\t', '\u0000', '\u001b', '\u007f', ' ', '%2F', '%00', '\u00e1', '\u2028');
    fc.assert(
      fc.property(safePattern, fc.string({ maxLength: 6 }), bad, fc.string({ maxLength: 6 }), (p, before, poison, after) => {
        expect(matchesAny(`${before}${poison}${after}`, [{ pattern: p }, { pattern: '**' }, { pattern: '*' }])).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
