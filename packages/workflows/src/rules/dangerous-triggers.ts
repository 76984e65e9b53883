import type { Rule } from './rule.js';

/** pull_request_target and workflow_run: privileged runs that outsiders trigger. */
export const dangerousTriggers: Rule = {
  id: 'dangerous-triggers',
  title: 'Workflow triggered by pull_request_target or workflow_run',
  severity: 'medium',
  confidence: 'medium',
  category: 'security',
  description:
    "These triggers run in the base repository's context, with its secrets and a writing token, on events a fork's author causes. Even without checking out the fork's code, argument, environment or file-name injection can turn its content into code.",
  fix: 'Use `pull_request` (read-only, no secrets) unless the job must write to the base repository; for workflow_run, prefer a reusable workflow (`workflow_call`).',
  appliesTo: ['workflow'],
  check(model) {
    return ['pull_request_target', 'workflow_run']
      .filter((t) => model.triggers.has(t))
      .map((t) => ({
        message: `the workflow runs on ${t}, with the base repository's secrets, for events outsiders cause`,
        line: model.triggers.get(t) ?? 1,
      }));
  },
};
