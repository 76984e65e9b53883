import { describe, expect, it } from '@jest/globals';
import { auditText, fixFile, githubParserErrors, pinsFromFile, unifiedDiff } from '../src/index.js';
import { readFixture } from './fixture-expectations.js';

const pins = pinsFromFile(JSON.parse(readFixture('fix/pins.json')), 'pins.json');
const options = { resolvePin: pins, trustedOwners: [] as string[] };
const FIXED_RULES = ['unpinned-uses', 'persist-credentials', 'permissions-missing'];

/** The comments of a file: the text from ` #` (or a line's leading `#`) to the end of each line. */
function comments(text: string): string[] {
  return text
    .split('\n')
    .flatMap((l) => (/(^\s*#.*|\s#.*)$/.exec(l)?.[1] ?? '').split(/(?=\s#)/))
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

describe('audit --fix', () => {
  it('round-trips: the fixed file passes the fixed rules, parses with GitHub, keeps every comment', async () => {
    const before = readFixture('fix/release.yml');
    const result = await fixFile(before, 'workflow', options);
    expect(result.skipped).toEqual([]);
    const audit = await auditText('release.yml', result.content, { trustedOwners: [], minConfidence: 'low' });
    expect([...audit.findings, ...audit.belowConfidence].filter((f) => FIXED_RULES.includes(f.rule))).toEqual([]);
    expect(await githubParserErrors('workflow', 'release.yml', result.content)).toEqual([]);
    // Every comment is kept; `# v4` on a re-pinned line becomes the exact version.
    const kept = comments(result.content);
    for (const c of comments(before)) expect(kept).toContain(c === '# v4' ? '# v4.2.2' : c);
    expect(result.content).toContain('uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n');
    expect(result.content).toContain('uses: "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683" # v4.2.2\n');
    expect(result.content).toContain('uses: sigstore/cosign-installer@d7d6bc7722e3daa8354c50bcb52f4837da5e9b6a # v3.8.1 # installs cosign');
    // Grants inferred from the table: checkout reads contents; provenance needs id-token and attestations.
    expect(result.content).toContain('\npermissions: {}\njobs:\n');
    expect(result.content).toMatch(/ {2}sign:\n {4}permissions:\n {6}attestations: write\n {6}contents: read\n {6}id-token: write\n/);
    // Idempotent: a second pass changes nothing.
    expect((await fixFile(result.content, 'workflow', options)).content).toBe(result.content);
  });

  it('leaves what it cannot do mechanically, and says why', async () => {
    const content = readFixture('bad/unpinned-uses.yml');
    const result = await fixFile(content, 'workflow', options);
    expect(result.skipped).toEqual(
      expect.arrayContaining([expect.stringContaining("some-org/some-action@main: no commit known for 'main'")]),
    );
    expect(result.content).toContain('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2');
    const call = await fixFile(
      readFixture('bad/permissions-missing.yml').replace('      - run: make lint', '      - uses: ./.github/actions/lint'),
      'workflow',
      options,
    );
    expect(call.skipped).toEqual([expect.stringContaining("job 'lint' is left to you: the local action ./.github/actions/lint")]);
  });

  it('prints a unified diff of what it would change', async () => {
    const before = readFixture('fix/release.yml');
    const diff = unifiedDiff(before, (await fixFile(before, 'workflow', options)).content, 'release.yml');
    expect(diff).toMatch(/^--- a\/release.yml\n\+\+\+ b\/release.yml\n@@ -\d+,\d+ \+\d+,\d+ @@/);
    expect(diff).toContain('\n-      - uses: actions/checkout@v4 # v4\n');
    expect(diff).toContain('\n+      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n');
    expect(diff).toContain('\n+permissions: {}\n jobs:\n');
    expect(unifiedDiff(before, before, 'x')).toBe('');
  });
});
