import { child, entries, parseYamlTree, text, type YNode } from '../yaml-tree.js';
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

/** Expressions compared without their spacing: `${{github.ref}}` and `${{ github.ref }}` are one group. */
const normal = (group: string): string => group.replace(/\s+/g, '');

/** The concurrency groups a called workflow declares (workflow level and per job). */
function calleeGroups(content: string, source: string): string[] {
  let root: YNode;
  try {
    root = parseYamlTree(content, source).root;
  } catch {
    // The called file's own audit reports that it does not parse.
    return [];
  }
  const groups = [groupOf(child(root, 'concurrency'))];
  for (const [, job] of entries(child(root, 'jobs'))) groups.push(groupOf(child(job, 'concurrency')));
  return groups.filter((g): g is { group: string; line: number } => g !== undefined).map((g) => normal(g.group));
}

/** A called workflow whose concurrency group equals its caller's (`github.workflow` is the caller's name there). */
export const concurrencyDeadlock: Rule = {
  id: 'concurrency-deadlock',
  title: 'Concurrency group of a called workflow collides with its caller',
  severity: 'high',
  confidence: 'high',
  category: 'validation',
  description:
    "Inside a workflow_call workflow, `github.workflow` and `github.ref` are the caller's. A group built only from them is the caller's own group, so the called workflow waits on (or cancels) the run that called it.",
  fix: 'Give the called workflow its own prefix: `group: secure-pipeline-${{ github.workflow }}-${{ github.ref }}`, or set concurrency only in the caller.',
  appliesTo: ['workflow'],
  check(model, options) {
    const out: RawFinding[] = [];
    // The caller's side: its own group is the one a local callee also declares.
    const own = groupOf(child(model.root, 'concurrency'));
    if (own && options.readLocalWorkflow) {
      for (const job of model.jobs) {
        if (!job.calls?.startsWith('./')) continue;
        const callee = options.readLocalWorkflow(job.calls.slice(2));
        if (callee !== undefined && calleeGroups(callee, job.calls).includes(normal(own.group))) {
          out.push({
            message: `job '${job.id}' calls ${job.calls}, which declares this workflow's concurrency group '${own.group}': the two runs wait on each other`,
            line: child(job.node, 'uses')?.line ?? job.line,
          });
        }
      }
    }
    if (!model.triggers.has('workflow_call')) return out;
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
