import { describe, expect, it } from '@jest/globals';
import { SLSA_PROVENANCE_V1 } from '@slipway/supply-chain';
import { compilePattern, matchesAny, parsePolicy, SLSA_V02 } from '../src/index.js';

describe('parsePolicy', () => {
  it('reads a full policy, with defaults for what is left out', () => {
    const p = parsePolicy(
      [
        'version: 1',
        'identities:',
        '  - https://github.com/o/r/.github/workflows/release.yml@refs/heads/main',
        '  - pattern: https://github.com/o/*/.github/workflows/release.yml@refs/tags/v*',
        'issuers: [https://token.actions.githubusercontent.com]',
        'max-age: 7d',
      ].join('\n'),
      'policy.yml',
    );
    expect(p.identities).toEqual([
      { exact: 'https://github.com/o/r/.github/workflows/release.yml@refs/heads/main' },
      { pattern: 'https://github.com/o/*/.github/workflows/release.yml@refs/tags/v*' },
    ]);
    expect(p.predicateTypes).toEqual([SLSA_PROVENANCE_V1, SLSA_V02]);
    expect(p.maxAgeSeconds).toBe(7 * 86400);
    expect(p.requireProvenance).toBe(true);
    expect([p.tlogEntries, p.timestamps]).toEqual([1, 1]);
  });

  it.each([
    ['a typo in a field name', 'identites: [x]', 'identites: unknown field; accepted fields are version, identities'],
    [
      'a typo inside an entry',
      'identities:\n  - patern: x',
      'identities[0]: expected a string (exact match), {exact: STRING} or {pattern: STRING}',
    ],
    ['a wrong type', 'issuers: https://token.actions.githubusercontent.com', 'issuers: expected an array'],
    ['a bad duration', 'max-age: forever', 'max-age: expected a duration such as 12h, 30d or 2w, got "forever"'],
    ['a negative count', 'tlog-entries: -1', 'tlog-entries: expected a whole number from 0 to 8, got -1'],
    ['an unknown version', 'version: 2', 'version: expected one of 1'],
    ['an empty file', '', 'policy.yml is empty'],
    ['broken YAML', 'identities: [x', 'policy.yml is not valid YAML'],
    // A file cut short: the key is there, its value is not; never read as the default.
    ['a key with no value', 'require-provenance:', 'policy.yml: require-provenance: no value after the key'],
    ['a list item with no value', 'identities:\n  -', 'policy.yml: identities[0]: no value after the key'],
    ['only comments', '# the deploy policy\n', 'policy.yml: (root): the document is empty'],
  ])('refuses %s, naming the field', (_what, yaml, message) => {
    expect(() => parsePolicy(yaml, 'policy.yml')).toThrow(message);
  });
});

describe('identity patterns are anchored and escaped', () => {
  const id = 'https://github.com/octo-org/app/.github/workflows/release.yml@refs/tags/v1.2.3';

  it.each([
    ['https://github.com/octo-org/*/.github/workflows/release.yml@refs/tags/v*', id, true],
    // anchored: an allowed identity embedded in a longer one does not match
    ['https://github.com/octo-org/*/.github/workflows/release.yml@refs/tags/v*', `https://evil.example/?${id}`, false],
    ['https://github.com/octo-org/*/.github/workflows/release.yml@refs/tags/v*', `${id}@refs/heads/evil`, false],
    // escaped: `.` is a dot, not any character
    ['https://github.com/octo-org/app/.github/workflows/release.yml@refs/tags/v*', id.replace('release.yml', 'releaseXyml'), false],
    // `*` stays within one path segment; `**` crosses segments but never the @ref
    ['https://github.com/*/.github/workflows/release.yml@refs/tags/v*', id, false],
    ['https://github.com/**/release.yml@refs/tags/v*', id, true],
    ['https://github.com/**', id, false],
  ])('%s against %s is %s', (pattern, value, expected) => {
    expect(compilePattern(pattern).test(value)).toBe(expected);
  });

  it('treats regular-expression syntax literally', () => {
    expect(matchesAny('refs/heads/main', [{ pattern: 'refs/heads/(main|dev)' }])).toBe(false);
    expect(matchesAny('refs/heads/(main|dev)', [{ pattern: 'refs/heads/(main|dev)' }])).toBe(true);
    expect(matchesAny(undefined, [{ pattern: '**' }])).toBe(false);
  });
});
