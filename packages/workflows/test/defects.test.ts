// Each defect the review listed, rebuilt from its pattern: the workflow the auditor misjudged,
// and what it must say now.
import { describe, expect, it } from '@jest/globals';
import { auditText, type Finding } from '../src/index.js';

const options = { trustedOwners: [] as string[], minConfidence: 'low' as const };

/** A hardened one-job workflow around the given steps (so only the pattern under test can fire). */
function workflow(steps: string, on = 'push', jobExtra = ''): string {
  return [
    'name: pattern',
    `on: ${on}`,
    'permissions: {}',
    'jobs:',
    '  build:',
    '    runs-on: ubuntu-24.04',
    '    timeout-minutes: 10',
    '    permissions:',
    '      contents: read',
    ...(jobExtra ? [jobExtra] : []),
    '    steps:',
    steps,
  ].join('\n');
}

async function findings(content: string, rule?: string): Promise<Finding[]> {
  const audit = await auditText('pattern.yml', content, options);
  return [...audit.findings, ...audit.belowConfidence].filter((f) => !rule || f.rule === rule);
}

describe('the defects of the review', () => {
  it("does not call GitHub's same-repository syntax `$/path@ref` unpinned", async () => {
    const content = ['name: call', 'on: push', 'permissions: {}', 'jobs:', '  call:', '    uses: $/.github/workflows/x.yml@main', ''].join(
      '\n',
    );
    expect(await findings(content, 'unpinned-uses')).toEqual([]);
    // Its neighbour, another repository's workflow at a branch, is still unpinned.
    expect(await findings(content.replace('$/', 'other/repo/'), 'unpinned-uses')).toHaveLength(1);
  });

  it('reads a SHA-pinned `uses: |` block scalar without its trailing newline', async () => {
    const pinned = workflow('      - uses: |\n          actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020\n');
    expect(await findings(pinned, 'unpinned-uses')).toEqual([]);
    expect(await findings(pinned.replace('49933ea5288caeca8642d1e84afbd3f7d6820020', 'v4'), 'unpinned-uses')).toHaveLength(1);
  });

  it('does not count ${{ secrets.X }} as injectable', async () => {
    const content = workflow('      - run: curl -H "Authorization: Bearer ${{ secrets.API_TOKEN }}" https://example.com', 'issues');
    expect(await findings(content, 'template-injection')).toEqual([]);
  });

  it('rates numbers, SHAs, booleans and timestamps as unable to inject, and toJSON(github.event) as critical', async () => {
    const constrained = workflow(
      [
        '      - run: |',
        '          echo ${{ github.event.pull_request.number }} ${{ github.event.pull_request.head.sha }}',
        '          echo ${{ github.event.pull_request.draft }} ${{ github.event.pull_request.created_at }}',
      ].join('\n'),
      'pull_request_target',
    );
    expect(await findings(constrained, 'template-injection')).toEqual([]);
    const whole = workflow("      - run: echo '${{ toJSON(github.event) }}' > event.json", 'pull_request_target');
    expect((await findings(whole, 'template-injection')).map((f) => [f.severity, f.confidence])).toEqual([['critical', 'high']]);
  });

  it('resolves static matrix and env values, and follows env indirection', async () => {
    const matrix = workflow(
      '      - run: echo "${{ matrix.os }}"',
      'issues',
      '    strategy:\n      matrix:\n        os: [ubuntu-24.04, windows-2025]',
    );
    expect(await findings(matrix, 'template-injection')).toEqual([]);
    const staticEnv = workflow('      - run: echo "${{ env.MODE }}"\n        env:\n          MODE: release', 'issues');
    expect(await findings(staticEnv, 'template-injection')).toEqual([]);
    const indirect = workflow(
      '      - run: echo "${{ env.TITLE }}"\n        env:\n          TITLE: ${{ github.event.issue.title }}',
      'issues',
    );
    const [f] = await findings(indirect, 'template-injection');
    expect(f).toMatchObject({ severity: 'critical', confidence: 'high' });
    expect(f?.message).toContain('env.TITLE = github.event.issue.title');
    // A matrix built from outsiders' data is followed too, at low confidence.
    const dynamic = workflow(
      '      - run: echo "${{ matrix.name }}"',
      'issues',
      '    strategy:\n      matrix:\n        name: ${{ fromJSON(github.event.issue.body) }}',
    );
    expect((await findings(dynamic, 'template-injection')).map((x) => x.confidence)).toEqual(['low']);
  });

  it("finds the expression behind format('}}{0}', ...): the scan ends at }} outside string literals", async () => {
    const content = workflow('      - run: echo "${{ format(\'}}{0}\', github.event.issue.title) }}"', 'issues');
    const found = await findings(content, 'template-injection');
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('critical');
  });

  it('knows the script inputs of well-known actions as sinks', async () => {
    for (const [action, input] of [
      ['azure/cli@089eac9d8cc39f5d003e94f8b65efc51076c9cbd', 'inlineScript'],
      ['mikefarah/yq@f03c9dc599c37bfcaf533427211d05e51e6fee64', 'cmd'],
      ['appleboy/ssh-action@2ead5e36573f08b82fbfce1504f1a4b05a647c6f', 'script'],
      ['actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea', 'script'],
    ] as const) {
      const content = workflow(
        `      - uses: ${action}\n        with:\n          ${input}: echo "\${{ github.event.comment.body }}"`,
        'issue_comment',
      );
      expect({ action, found: (await findings(content, 'template-injection')).length }).toEqual({ action, found: 1 });
    }
    // The same text in an input that is data (a label name) is no sink.
    const data = workflow(
      '      - uses: actions/labeler@8558fd74291d67161a8a78ce36a881fa63b766a9\n        with:\n          configuration-path: "${{ github.event.comment.body }}"',
      'issue_comment',
    );
    expect(await findings(data, 'template-injection')).toEqual([]);
  });

  it('treats issue_comment as privileged, and a checkout of ${{ github.event.workflow_run... }} as untrusted', async () => {
    const comment = workflow(
      '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n        with:\n          persist-credentials: false\n          ref: refs/pull/${{ github.event.issue.number }}/head\n      - run: make test',
      'issue_comment',
    );
    expect((await findings(comment, 'untrusted-checkout')).map((f) => f.severity)).toEqual(['critical']);
    const run = workflow(
      '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n        with:\n          persist-credentials: false\n          ref: ${{ github.event.workflow_run.head_sha }}\n      - run: make test',
      'workflow_run',
    );
    expect((await findings(run, 'untrusted-checkout')).map((f) => f.severity)).toEqual(['critical']);
  });

  it('flags permissions: read-all', async () => {
    const content = workflow('      - run: make').replace('permissions: {}', 'permissions: read-all');
    expect((await findings(content, 'permissions-broad')).map((f) => f.message)).toEqual([expect.stringContaining('read-all')]);
  });

  it('says where checkout v6 keeps the token, and weighs what is uploaded', async () => {
    const v6 = workflow('      - uses: actions/checkout@1af3b93b6815bc44a9784bd300feb67ff0d1eeb3 # v6.0.0');
    const [f6] = await findings(v6, 'persist-credentials');
    expect(f6?.message).toContain('$RUNNER_TEMP');
    expect(f6?.severity).toBe('low');
    const upload = (path: string): string =>
      workflow(
        `      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02\n        with:\n          name: x\n          path: ${path}`,
      );
    expect((await findings(upload('.'), 'persist-credentials')).map((f) => [f.severity, f.confidence])).toEqual([['high', 'high']]);
    expect((await findings(upload('dist/'), 'persist-credentials')).map((f) => [f.severity, f.confidence])).toEqual([['medium', 'medium']]);
  });
});

describe('false alarms found while judging the hardened corpus', () => {
  it("a workflow only ever called takes its caller's permissions: permissions-missing at medium confidence", async () => {
    const called = workflow('      - run: make').replace('permissions: {}\n', '').replace('    permissions:\n      contents: read\n', '');
    const calledOnly = called.replace('on: push', 'on:\n  workflow_call:');
    expect((await findings(called, 'permissions-missing')).map((f) => f.confidence)).toEqual(['high']);
    expect((await findings(calledOnly, 'permissions-missing')).map((f) => f.confidence)).toEqual(['medium']);
  });
});

describe('severity follows taint and trigger', () => {
  const title = '      - run: echo "${{ github.event.pull_request.title }}"';
  it.each([
    ['pull_request_target', 'critical'],
    ['push', 'high'],
    ['pull_request', 'medium'],
  ])('free text on %s is %s', async (on, severity) => {
    expect((await findings(workflow(title, on), 'template-injection')).map((f) => f.severity)).toEqual([severity]);
  });

  it('reports inputs of a called workflow at medium confidence (its caller decides), and dispatch inputs not at all', async () => {
    const called = workflow('      - run: echo "${{ inputs.name }}"', 'workflow_call');
    expect((await findings(called, 'template-injection')).map((f) => f.confidence)).toEqual(['medium']);
    const typed = workflow(
      '      - run: echo "${{ inputs.count }}"',
      '\n  workflow_call:\n    inputs:\n      count:\n        type: number',
    );
    expect(await findings(typed, 'template-injection')).toEqual([]);
    const dispatch = workflow('      - run: echo "${{ inputs.name }}"', 'workflow_dispatch');
    expect(await findings(dispatch, 'template-injection')).toEqual([]);
  });

  it("writes of outsiders' text through env to GITHUB_ENV are github-env findings; numbers are not", async () => {
    const env = (v: string): string =>
      workflow(`      - run: echo "X=$X" >> "$GITHUB_ENV"\n        env:\n          X: \${{ ${v} }}`, 'pull_request_target');
    expect((await findings(env('github.event.pull_request.head.ref'), 'github-env')).map((f) => f.severity)).toEqual(['critical']);
    expect(await findings(env('github.event.pull_request.number'), 'github-env')).toEqual([]);
  });
});

describe('finding expressions the way GitHub does (property)', () => {
  it('any string literal, however many }} it holds, keeps the expression behind it whole', async () => {
    const fc = (await import('fast-check')).default;
    const { embeddedExpressions, parseExpression } = await import('../src/index.js');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('}', '{', "'", 'a', ' ', '$', '0') }), (raw) => {
        const literal = `'${raw.replace(/'/g, "''")}'`;
        const found = embeddedExpressions(`echo \${{ format(${literal}, github.event.issue.title) }} done`);
        return (
          found.length === 1 &&
          found[0]?.source === `format(${literal}, github.event.issue.title)` &&
          parseExpression(found[0].source) !== undefined
        );
      }),
    );
  });
});
