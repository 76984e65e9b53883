import type { Rule } from '../rules/rule.js';

const online = (rule: Omit<Rule, 'appliesTo' | 'check' | 'category'>): Rule => ({
  ...rule,
  category: 'security',
  appliesTo: ['workflow', 'action'],
  // Online rules run in online-audit.ts against the GitHub API, not on the file alone.
  check: () => [],
});

/** Rules that need the GitHub API (run with `--online` and a token); listed so they can be suppressed and described. */
export const ONLINE_RULES: readonly Rule[] = [
  online({
    id: 'impostor-commit',
    title: 'Pinned commit that is not in the action repository',
    severity: 'critical',
    confidence: 'high',
    description:
      "GitHub serves a fork's commits under the parent's name: `uses: owner/action@<sha>` runs a commit an attacker pushed to any fork if no branch or tag of owner/action contains it (impostor commits, 2023).",
    fix: "Pin to a commit of one of the repository's own tags or branches.",
  }),
  online({
    id: 'ref-confusion',
    title: 'Ref that names both a branch and a tag',
    severity: 'medium',
    confidence: 'high',
    description: 'When `v1` is both a branch and a tag, whoever can push a branch decides which one GitHub resolves.',
    fix: 'Pin to a commit SHA.',
  }),
  online({
    id: 'ref-version-mismatch',
    title: 'Version comment that does not match the pinned commit',
    severity: 'low',
    confidence: 'high',
    description:
      'Dependabot and reviewers read the `# vX.Y.Z` comment; when the tag points elsewhere, the comment misstates what runs and updates stop.',
    fix: 'Correct the comment (or re-pin with `slipway audit --fix`).',
  }),
  online({
    id: 'stale-action-refs',
    title: 'Pinned commit that no tag points at',
    severity: 'low',
    confidence: 'low',
    description: 'A commit between releases may carry fixed-but-unreleased bugs and has no changelog.',
    fix: 'Pin to the commit of a release tag.',
  }),
];
