import { child, items, text } from '../yaml-tree.js';
import type { RawFinding, Rule } from './rule.js';

/** `secrets: inherit` on a reusable-workflow call. */
export const secretsInherit: Rule = {
  id: 'secrets-inherit',
  title: 'Every secret passed to a called workflow',
  severity: 'medium',
  confidence: 'high',
  category: 'security',
  description:
    'With `secrets: inherit` the called workflow receives every secret of the caller, including ones it never needs; one compromised step there can read them all.',
  fix: 'Pass only the secrets the called workflow declares: `secrets: { registry-token: ${{ secrets.REGISTRY_TOKEN }} }`.',
  appliesTo: ['workflow'],
  check(model) {
    return model.jobs
      .filter((job) => text(child(job.node, 'secrets')) === 'inherit')
      .map((job) => ({
        message: `job '${job.id}' passes every secret to ${job.calls ?? 'the called workflow'}`,
        line: child(job.node, 'secrets')?.line ?? job.line,
      }));
  },
};

/** Jobs that can run for the runner's six-hour default. */
export const missingTimeout: Rule = {
  id: 'missing-timeout',
  title: 'Job without timeout-minutes',
  severity: 'low',
  confidence: 'high',
  category: 'hygiene',
  description: 'A hung job holds its runner (and on hosted runners, bills) for the six-hour default, and blocks the pipeline behind it.',
  fix: 'Set `timeout-minutes` on the job, a few times its usual duration.',
  appliesTo: ['workflow'],
  check(model) {
    return model.jobs
      .filter((job) => !job.calls && child(job.node, 'timeout-minutes') === undefined)
      .map((job) => ({ message: `job '${job.id}' has no timeout-minutes (the default is 360)`, line: job.line }));
  },
};

const PR_TRIGGERS = ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'issue_comment'];

/** Self-hosted runners reachable from pull requests. */
export const selfHostedPullRequest: Rule = {
  id: 'self-hosted-pr',
  title: 'Self-hosted runner on pull request events',
  severity: 'high',
  confidence: 'high',
  category: 'security',
  description:
    'On a public repository anyone can open a pull request whose code then runs on the self-hosted machine, which usually persists between jobs and sits inside the network.',
  fix: 'Use GitHub-hosted (or ephemeral, isolated) runners for pull request events, or restrict the job to trusted authors with an `if:` on the author association.',
  appliesTo: ['workflow'],
  check(model) {
    const events = PR_TRIGGERS.filter((t) => model.triggers.has(t));
    if (events.length === 0) return [];
    const out: RawFinding[] = [];
    for (const job of model.jobs) {
      const runsOn = child(job.node, 'runs-on');
      const labels = [...items(runsOn), ...items(child(runsOn, 'labels'))].map(text);
      if (labels.some((l) => l?.toLowerCase() === 'self-hosted') || child(runsOn, 'group') !== undefined) {
        out.push({
          message: `job '${job.id}' runs on a self-hosted runner and is triggered by ${events.join(', ')}`,
          line: runsOn?.line ?? job.line,
        });
      }
    }
    return out;
  },
};
