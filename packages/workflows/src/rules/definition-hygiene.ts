import { child, entries, keyLine, text } from '../yaml-tree.js';
import { actionName, withValue } from '../workflow-model.js';
import type { RawFinding, Rule } from './rule.js';

/** Workflows and actions without `name:`. */
export const anonymousDefinition: Rule = {
  id: 'anonymous-definition',
  title: 'Workflow or action without a name',
  severity: 'low',
  confidence: 'low',
  category: 'hygiene',
  description: 'Without `name:` the Actions UI shows the file path, which makes runs harder to tell apart.',
  fix: 'Add `name:` at the top.',
  appliesTo: ['workflow', 'action'],
  check(model) {
    return child(model.root, 'name') === undefined ? [{ message: 'the file has no name:', line: model.root.line }] : [];
  },
};

/** Workflows whose runs do not cancel superseded ones. */
export const concurrencyLimits: Rule = {
  id: 'concurrency-limits',
  title: 'No concurrency limit',
  severity: 'low',
  confidence: 'low',
  category: 'hygiene',
  description:
    'Without a concurrency group that cancels in progress, every push starts another full run, and runs race for artifacts by name.',
  fix: 'Add `concurrency: { group: ${{ github.workflow }}-${{ github.ref }}, cancel-in-progress: true }`.',
  appliesTo: ['workflow'],
  check(model) {
    if (model.triggers.has('workflow_call') || child(model.root, 'concurrency') !== undefined) return [];
    if (model.jobs.every((j) => child(j.node, 'concurrency') !== undefined)) return [];
    return [{ message: 'the workflow sets no concurrency group', line: 1 }];
  },
};

/** Write permissions without a comment saying why. */
export const undocumentedPermissions: Rule = {
  id: 'undocumented-permissions',
  title: 'Permission granted without a comment',
  severity: 'low',
  confidence: 'low',
  category: 'hygiene',
  description: 'A comment beside each grant (`id-token: write # sign the image`) lets a reviewer see that it is still needed.',
  fix: 'Add a comment after each grant other than `contents: read`.',
  appliesTo: ['workflow'],
  check(model) {
    const out: RawFinding[] = [];
    const blocks = [child(model.root, 'permissions'), ...model.jobs.map((j) => child(j.node, 'permissions'))];
    for (const block of blocks)
      for (const [scope, v] of entries(block)) {
        if (scope === 'contents' && text(v) === 'read') continue;
        if (text(v) === 'none') continue;
        const line = keyLine(block, scope);
        if (!/#/.test(model.doc.lines[line - 1] ?? ''))
          out.push({ message: `'${scope}: ${text(v) ?? ''}' has no comment saying why`, line });
      }
    return out;
  },
};

const SHELLS = new Set(['bash', 'sh', 'pwsh', 'powershell', 'python', 'cmd']);

/** Features that work but defeat review: setup-python's pip-install, the CMD shell, unknown shells. */
export const misfeature: Rule = {
  id: 'misfeature',
  title: 'Feature that hides what a step does',
  severity: 'low',
  confidence: 'medium',
  category: 'hygiene',
  description:
    "setup-python's `pip-install` installs into the global environment outside any lockfile; CMD has no grammar auditors can read; a custom shell may not exist on every runner.",
  fix: 'Install packages in a run: step from a lockfile, and use bash or pwsh.',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const job of model.jobs)
      for (const step of job.steps) {
        if (step.uses && actionName(step.uses) === 'actions/setup-python' && withValue(step, 'pip-install') !== undefined)
          out.push({
            message: "setup-python's pip-install installs outside any lockfile",
            line: child(step.with, 'pip-install')?.line ?? step.usesLine,
          });
        const shell = text(child(step.node, 'shell'));
        if (shell === 'cmd')
          out.push({ message: `a step of '${job.id}' runs in the CMD shell`, line: child(step.node, 'shell')?.line ?? step.line });
        else if (shell && !SHELLS.has(shell.split(/\s/)[0] ?? '') && !shell.includes('{0}'))
          out.push({
            message: `a step of '${job.id}' runs in the shell '${shell}'`,
            line: child(step.node, 'shell')?.line ?? step.line,
            confidence: 'low',
          });
      }
    return out;
  },
};
