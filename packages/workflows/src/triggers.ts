import type { Severity } from './rules/rule.js';
import type { Taint } from './taint.js';

/**
 * Triggers that run with the base repository's secrets and a writing token while outsiders
 * choose the event's content: pull_request_target, workflow_run (after a fork's run), and the
 * issue, comment and discussion events anyone can raise on a public repository.
 */
export const PRIVILEGED_TRIGGERS = [
  'pull_request_target',
  'workflow_run',
  'issue_comment',
  'issues',
  'discussion',
  'discussion_comment',
] as const;

/** Triggers whose runs carry outsiders' content without secrets (a fork's pull request). */
export const UNPRIVILEGED_OUTSIDER_TRIGGERS = ['pull_request', 'pull_request_review', 'pull_request_review_comment'] as const;

/** How exposed a workflow is, from its triggers: the worst of them decides. */
export type Exposure = 'privileged' | 'internal' | 'unprivileged';

/** The exposure of a set of trigger names. */
export function exposureOf(triggers: Iterable<string>): Exposure {
  const names = [...triggers];
  if (names.some((t) => (PRIVILEGED_TRIGGERS as readonly string[]).includes(t))) return 'privileged';
  // A called workflow inherits its caller's trigger: assume it can be a privileged one.
  if (names.includes('workflow_call')) return 'internal';
  if (names.length > 0 && names.every((t) => (UNPRIVILEGED_OUTSIDER_TRIGGERS as readonly string[]).includes(t))) return 'unprivileged';
  return 'internal';
}

/**
 * Severity of outsiders' data reaching code: free text in a privileged trigger is critical, in a
 * push or call (merged commit messages, a caller's event) high, in a fork's own unprivileged run
 * medium; constrained values cannot carry shell syntax and are low.
 */
export function injectionSeverity(taint: Taint, exposure: Exposure): Severity | undefined {
  if (taint === 'trusted') return undefined;
  if (taint === 'constrained') return 'low';
  return exposure === 'privileged' ? 'critical' : exposure === 'internal' ? 'high' : 'medium';
}
