import { actionName, withValue, type StepModel } from '../workflow-model.js';
import type { RawFinding, Rule } from './rule.js';

// Refs, repositories and run ids that point at code or files a pull request's author wrote.
const UNTRUSTED_REF =
  /github\.event\.pull_request\.head\.(sha|ref|repo)|github\.head_ref|github\.event\.workflow_run\b|refs\/pull\/|github\.event\.(number|pull_request\.number|issue\.number)\b|github\.event\.issue\.pull_request|github\.event\.comment\b/;

/** True when an input's expressions read the pull request's head (or the run that a fork triggered). */
function pointsAtHead(value: string | undefined): boolean {
  if (!value) return false;
  if (UNTRUSTED_REF.test(value)) return true;
  // `steps.pr.outputs.head_sha` and the like: a head ref resolved earlier in the job.
  return /\$\{\{[^}]*\b(steps|needs)\.[\w-]+\.outputs\.[\w-]*(head|sha|ref|pr)[\w-]*/i.test(value);
}

/** True when a step brings the PR's code or artifacts into the privileged job. */
function fetchesUntrusted(step: StepModel): boolean {
  const name = step.uses ? actionName(step.uses) : '';
  if (name === 'actions/checkout') return pointsAtHead(withValue(step, 'ref')) || pointsAtHead(withValue(step, 'repository'));
  if (name === 'actions/download-artifact' || name === 'dawidd6/action-download-artifact')
    return pointsAtHead(withValue(step, 'run-id') ?? withValue(step, 'run_id')) || name === 'dawidd6/action-download-artifact';
  return (
    step.run !== undefined &&
    /\bgh pr checkout\b|git (fetch|checkout|pull)\b[^\n]*(pull\/|head_ref|head\.sha|head\.ref|\$\{\{\s*github\.event)/.test(step.run)
  );
}

/** Steps after the fetch that execute what was fetched: scripts, local actions, build tools. */
function executes(step: StepModel): boolean {
  return step.run !== undefined || (step.uses?.startsWith('./') ?? false);
}

const PRIVILEGED = ['pull_request_target', 'workflow_run', 'issue_comment'];

/** Privileged jobs that check out and run the pull request's code. */
export const untrustedCheckout: Rule = {
  id: 'untrusted-checkout',
  title: 'Privileged trigger checks out and runs untrusted code',
  severity: 'critical',
  confidence: 'high',
  category: 'security',
  description:
    "pull_request_target, workflow_run and issue_comment jobs run with the base repository's secrets and a write token. Checking out the PR head (or downloading its artifacts) and then running a script, a build or a local action executes the attacker's code with those privileges (the 'pwn request' behind many supply-chain incidents).",
  fix: 'Run untrusted code under `pull_request` (no secrets, read-only token). If the privileged job needs PR data, pass it as an artifact and treat it as data, never execute it.',
  appliesTo: ['workflow'],
  check(model) {
    const privileged = PRIVILEGED.filter((t) => model.triggers.has(t));
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
        confidence: runsIt ? 'high' : 'medium',
      });
    }
    return out;
  },
};
