import { conditionSource, embeddedExpressions, parseExpression, readPaths } from '../expressions.js';
import type { JobModel, WorkflowModel } from '../workflow-model.js';
import { child, entries, items, text, type YNode } from '../yaml-tree.js';
import type { RawFinding, Rule } from './rule.js';

/** The keys a job's matrix defines (its axes and include keys), or undefined when it is computed. */
function matrixKeys(job: JobModel): Set<string> | undefined {
  const m = job.matrix;
  if (!m) return new Set();
  if (m.kind !== 'map') return undefined;
  const keys = new Set<string>();
  for (const [k, v] of entries(m)) {
    if (k === 'include') for (const i of items(v)) for (const [ik] of entries(i)) keys.add(ik);
    else if (k !== 'exclude') keys.add(k);
    if (text(v)?.includes('${{')) return undefined;
  }
  return keys;
}

/** Every `${{ }}` (and bare `if:`) of a node, with the scalar it sits in. */
function expressionsIn(node: YNode | undefined, bareIf: boolean, out: { node: YNode; source: string }[] = []) {
  if (!node) return out;
  if (node.kind === 'scalar') {
    if (typeof node.value === 'string') for (const e of embeddedExpressions(node.value)) out.push({ node, source: e.source });
  } else if (node.kind === 'seq') node.items.forEach((i) => expressionsIn(i, bareIf, out));
  else
    for (const [k, v] of node.entries) {
      if (bareIf && k === 'if' && v.kind === 'scalar' && typeof v.value === 'string' && !v.value.includes('${{'))
        out.push({ node: v, source: conditionSource(v.value) });
      else expressionsIn(v, bareIf, out);
    }
  return out;
}

/** `steps.<id>`, `needs.<job>` and `matrix.<key>` that name nothing, and step outputs read before the step runs. */
export const unknownReference: Rule = {
  id: 'unknown-reference',
  title: 'Expression names a step, job or matrix key that does not exist',
  severity: 'medium',
  confidence: 'high',
  category: 'validation',
  description:
    "GitHub's parser accepts `steps.bulid.outputs.x`, `needs.lint.result` without `needs: lint`, and `matrix.node` without that axis; at run time each is an empty string, so a condition silently goes the wrong way or a script gets nothing.",
  fix: 'Correct the name, add the job to `needs:`, or add the key to the matrix.',
  appliesTo: ['workflow'],
  check(model: WorkflowModel) {
    const out: RawFinding[] = [];
    const jobIds = new Set(model.jobs.map((j) => j.id));
    for (const job of model.jobs) {
      const keys = matrixKeys(job);
      const needs = new Set(job.needs);
      const scan = (node: YNode | undefined, stepIndex: number | undefined): void => {
        for (const { node: at, source } of expressionsIn(node, true)) {
          const e = parseExpression(source);
          if (!e) continue;
          for (const p of readPaths(e)) {
            if (p.length < 2) continue;
            const [root, name = ''] = p;
            if (name === '*' || name === '?') continue;
            if (root === 'needs' && !needs.has(name))
              out.push({
                message: `job '${job.id}' reads needs.${name}${jobIds.has(name) ? ` but does not list '${name}' in needs:` : `, and there is no job '${name}'`}`,
                line: at.line,
              });
            if (root === 'matrix' && keys && !keys.has(name) && p.length >= 2)
              out.push({ message: `job '${job.id}' reads matrix.${name}, which its matrix does not define`, line: at.line });
            if (root === 'steps' && stepIndex !== undefined) {
              const target = job.steps.find((s) => s.id === name);
              if (!target) out.push({ message: `job '${job.id}' reads steps.${name}, and no step has that id`, line: at.line });
              else if (target.index >= stepIndex)
                out.push({ message: `step ${stepIndex + 1} of '${job.id}' reads steps.${name}, which runs later`, line: at.line });
            }
          }
        }
      };
      // Steps see only the steps before them; job-level keys (outputs, if) are checked without order.
      job.steps.forEach((s) => scan(s.node, s.index));
      for (const key of [
        'if',
        'runs-on',
        'env',
        'container',
        'services',
        'environment',
        'concurrency',
        'timeout-minutes',
        'continue-on-error',
        'with',
        'secrets',
      ])
        scan(child(job.node, key), undefined);
      const outputs = child(job.node, 'outputs');
      for (const { node: at, source } of expressionsIn(outputs, false)) {
        const e = parseExpression(source);
        if (!e) continue;
        for (const p of readPaths(e))
          if (p[0] === 'steps' && p[1] && !job.steps.some((s) => s.id === p[1]))
            out.push({ message: `an output of job '${job.id}' reads steps.${p[1]}, and no step has that id`, line: at.line });
      }
    }
    return out;
  },
};

/** `exclude:` entries naming keys that no matrix axis has: they exclude nothing. */
export const matrixKeysRule: Rule = {
  id: 'matrix-keys',
  title: 'Matrix exclude names a key or value the matrix does not have',
  severity: 'medium',
  confidence: 'high',
  category: 'validation',
  description:
    'An exclude entry matches only combinations of existing axes and values; a misspelt key or value excludes nothing and the combination still runs.',
  fix: 'Use the axis names and values of the matrix in exclude entries.',
  appliesTo: ['workflow'],
  check(model) {
    const out: RawFinding[] = [];
    for (const job of model.jobs) {
      const m = job.matrix;
      if (m?.kind !== 'map') continue;
      const axes = new Map<string, Set<string> | undefined>();
      for (const [k, v] of entries(m)) {
        if (k === 'include' || k === 'exclude') continue;
        const values =
          v.kind === 'seq' ? new Set(v.items.map((i) => (i.kind === 'scalar' ? String(i.value) : JSON.stringify(i)))) : undefined;
        axes.set(k, values);
      }
      for (const ex of items(child(m, 'exclude'))) {
        for (const [k, v] of entries(ex)) {
          if (!axes.has(k))
            out.push({ message: `an exclude of job '${job.id}' names '${k}', which is not an axis of the matrix`, line: ex.line });
          else {
            const values = axes.get(k);
            const value = v.kind === 'scalar' ? String(v.value) : undefined;
            if (values && value !== undefined && !value.includes('${{') && !values.has(value))
              out.push({ message: `an exclude of job '${job.id}' names ${k}: ${value}, which is not a value of that axis`, line: v.line });
          }
        }
      }
    }
    return out;
  },
};
