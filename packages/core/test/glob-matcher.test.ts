import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { globMatcher } from '../src/index.js';

describe('globMatcher', () => {
  it.each([
    ['usr/**/libssl.so', 'usr/lib/libssl.so', true],
    ['usr/**/libssl.so', 'usr/libssl.so', true],
    ['usr/**/libssl.so', 'usr/lib/notlibssl.so', false],
    ['app/**/vendor', 'app/xvendor', false],
    ['app/**/vendor', 'app/a/vendor', true],
    ['lib?.so', 'libx.so', true],
    ['lib?.so', 'lib/.so', false],
    ['{a,b}/x', 'b/x', true],
    ['lib[!bc].so', 'liba.so', true],
    ['lib[!bc].so', 'libb.so', false],
    ['lib[bc].so', 'libb.so', true],
    ['*.json', 'dir/a.json', false],
    ['**/*.json', '.hidden/a.json', true],
  ])('%s against %s is %s', (pattern, path, expected) => {
    expect(globMatcher([pattern])(path)).toBe(expected);
  });

  it('applies ! exclusions after the includes', () => {
    const m = globMatcher(['**/*.test.ts', '!**/skip.test.ts']);
    expect(m('src/a.test.ts')).toBe(true);
    expect(m('src/skip.test.ts')).toBe(false);
  });

  it('a literal pattern matches only itself (property)', () => {
    const segment = fc.stringMatching(/^[a-z0-9._-]{1,8}$/).filter((s) => s !== '.' && s !== '..');
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.array(segment, { minLength: 1, maxLength: 4 }), (a, b) => {
        const p = a.join('/');
        const q = b.join('/');
        return globMatcher([p])(q) === (p === q);
      }),
    );
  });

  it('* never crosses a slash (property)', () => {
    const segment = fc.stringMatching(/^[a-z]{1,6}$/);
    fc.assert(fc.property(segment, segment, segment, (dir, sub, file) => !globMatcher([`${dir}/*`])(`${dir}/${sub}/${file}`)));
  });
});
