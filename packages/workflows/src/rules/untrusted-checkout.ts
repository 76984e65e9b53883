import { child, text } from '../yaml-tree.js';
import { actionName, type StepModel } from '../workflow-model.js';
import type { RawFinding, Rule } from './rule.js';

// Refs, repositories and run ids that point at code or files a pull request's author wrote.
const UNTRUSTED_REF =
  /github\.event\.pull_request\.head\.(sha|ref|repo)|github\.head_ref|github\.event\.workflow_run\.(head_sha|head_branch|head_repository|id)|refs\/pull\/|github\.event\.(number|pull_request\.number)/;

/** True when a step brings the PR's code or artifacts into the privileged job. */
function fetchesUntrusted(step: StepModel): boolean {
  const name = step.uses ? actionName(step.uses) : '';
  if (name === 'actions/checkout') {
    return ['ref', 'repository'].some((k) => UNTRUSTED_REF.test(text(child(step.with, k)) ?? ''));
  }
  if (name === 'actions/download-artifact' || name === 'dawidd6/action-download-artifact') {
    return UNTRUSTED_REF.test(text(child(step.with, 'run-id')) ?? text(child(step.with, 'run_id')) ?? '');
  }
  return (
    step.run !== undefined && /\bgh pr checkout\b|git (fetch|checkout|pull)\b[^\n]*(pull\/|head_ref|head\.sha|head\.ref)/.test(step.run)
  );
}

/** Steps after the fetch that execute what was fetched: scripts, local actions, build tools. */
function executes(step: StepModel): boolean {
  return step.run !== undefined || (step.uses?.startsWith('./') ?? false);
}

/** `pull_request_target` / `workflow_run` jobs that check out and run the pull request's code. */
export const untrustedCheckout: Rule = {
  id: 'untrusted-checkout',
  title: 'Privileged trigger checks out and runs untrusted code',
  severity: 'critical',
  description:
    "pull_request_target and workflow_run jobs run with the base repository's secrets and a write token. Checking out the PR head (or downloading its artifacts) and then running a script, a build or a local action executes the attacker's code with those privileges (the 'pwn request' behind many supply-chain incidents).",
  fix: 'Run untrusted code under `pull_request` (no secrets, read-only token). If the privileged job needs PR data, pass it as an artifact and treat it as data, never execute it.',
  appliesTo: ['workflow'],
  check(model) {
    const privileged = ['pull_request_target', 'workflow_run'].filter((t) => model.triggers.has(t));
    if (privileged.length === 0) return [];
    const out: RawFinding[] = [];
    for (const job of model.jobs) {
      const at = job.steps.findIndex(fetchesUntrusted);
      if (at < 0) continue;
      const step = job.steps[at];
      if (!step) continue;
      const runsIt = job.steps.slice(at + (step.run !== undefined ? 0 : 1)).some(executes);
      out.push({
        message: `job '${job.id}' (on ${privileged.join(', ')}) fetches the pull request's code${runsIt ? ' and then runs it' : ''} with the base repository's secrets`,
        line: step.line,
        severity: runsIt ? 'critical' : 'high',
      });
    }
    return out;
  },
};
