import { child, text, type YNode } from '../yaml-tree.js';
import type { RawFinding, Rule } from './rule.js';

/** True when a group has no literal text of its own besides separators (it only echoes the caller's values). */
function echoesCaller(group: string): boolean {
  if (!/github\.workflow\b/.test(group)) return false;
  const literal = group.replace(/\$\{\{[\s\S]*?\}\}/g, '').replace(/[\s\-_/.:|]/g, '');
  return literal === '';
}

function groupOf(node: YNode | undefined): { group: string; line: number } | undefined {
  const scalar = text(node);
  if (scalar !== undefined && node) return { group: scalar, line: node.line };
  const g = child(node, 'group');
  const value = text(g);
  return value !== undefined && g ? { group: value, line: g.line } : undefined;
}

/** A called workflow whose concurrency group equals its caller's (`github.workflow` is the caller's name there). */
export const concurrencyDeadlock: Rule = {
  id: 'concurrency-deadlock',
  title: 'Concurrency group of a called workflow collides with its caller',
  severity: 'high',
  description:
    "Inside a workflow_call workflow, `github.workflow` and `github.ref` are the caller's. A group built only from them is the caller's own group, so the called workflow waits on (or cancels) the run that called it.",
  fix: 'Give the called workflow its own prefix: `group: secure-pipeline-${{ github.workflow }}-${{ github.ref }}`, or set concurrency only in the caller.',
  appliesTo: ['workflow'],
  check(model) {
    if (!model.triggers.has('workflow_call')) return [];
    const out: RawFinding[] = [];
    const top = groupOf(child(model.root, 'concurrency'));
    if (top && echoesCaller(top.group))
      out.push({ message: `workflow concurrency group '${top.group}' is the caller's group`, line: top.line });
    for (const job of model.jobs) {
      const g = groupOf(child(job.node, 'concurrency'));
      if (g && echoesCaller(g.group))
        out.push({ message: `job '${job.id}' concurrency group '${g.group}' is the caller's group`, line: g.line });
    }
    return out;
  },
};
