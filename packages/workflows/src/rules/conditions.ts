import {
  accessPath,
  callName,
  conditionSource,
  constantTruth,
  embeddedExpressions,
  FunctionCall,
  isConstant,
  Literal,
  literalValue,
  Logical,
  parseExpression,
  visitAll,
  type Expr,
} from '../expressions.js';
import type { WorkflowModel } from '../workflow-model.js';
import { allExpressions } from './secrets.js';
import { child, text, type YNode } from '../yaml-tree.js';
import type { RawFinding, Rule } from './rule.js';

/** Every `if:` of a workflow or composite action, with where it is. */
function conditions(model: WorkflowModel): { node: YNode; value: string; where: string }[] {
  const out: { node: YNode; value: string; where: string }[] = [];
  const add = (node: YNode | undefined, where: string): void => {
    const value = text(node);
    if (node && value !== undefined) out.push({ node, value, where });
  };
  for (const job of model.jobs) {
    add(child(job.node, 'if'), `job '${job.id}'`);
    for (const step of job.steps) add(child(step.node, 'if'), `step ${step.index + 1} of '${job.id}'`);
  }
  return out;
}

/** Every expression of an `if:` (bare, or each fenced one). */
function conditionExpressions(value: string): Expr[] {
  const fenced = embeddedExpressions(value);
  const sources = fenced.length > 0 ? fenced.map((f) => f.source) : [value];
  return sources.map(parseExpression).filter((e): e is Expr => e !== undefined);
}

/** `if: |` block scalars and `${{ a }} && ${{ b }}`: text outside the fence makes the condition a non-empty string, always true. */
export const unsoundCondition: Rule = {
  id: 'unsound-condition',
  title: 'Condition that is always true',
  severity: 'high',
  confidence: 'high',
  category: 'security',
  description:
    "When an `if:` holds `${{ }}` with any other text beside it (a block scalar's trailing newline, a second fenced expression), GitHub evaluates the whole as a string, which is never empty and so always true: the guard never stops the job or step.",
  fix: "Write the condition as one bare expression (`if: github.event_name == 'push'`), or use `|-` so no newline is kept.",
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const c of conditions(model)) {
      const fenced = embeddedExpressions(c.value);
      if (fenced.length === 0) continue;
      const outside = c.value.slice(0, fenced[0]?.start ?? 0) + c.value.slice(fenced[fenced.length - 1]?.end ?? 0);
      if (fenced.length > 1 || outside.length > 0)
        out.push({
          message: `the condition of ${c.where} has text outside \${{ }} (${JSON.stringify(outside || ' between expressions ')}), so it is always true`,
          line: c.node.line,
        });
    }
    return out;
  },
};

/** `contains('refs/heads/main refs/heads/dev', github.ref)`: a substring test that `refs/heads/mai` also passes. */
export const unsoundContains: Rule = {
  id: 'unsound-contains',
  title: 'contains() on a string instead of a list',
  severity: 'medium',
  confidence: 'high',
  category: 'security',
  description:
    "With a string as its first argument, contains() tests for a substring: a branch named `mai` passes `contains('refs/heads/main refs/heads/develop', github.ref)`.",
  fix: 'Give contains() a list: `contains(fromJSON(\'["refs/heads/main", "refs/heads/develop"]\'), github.ref)`, or compare with ==.',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const c of conditions(model)) {
      for (const e of conditionExpressions(c.value)) {
        visitAll(e, (n) => {
          if (!(n instanceof FunctionCall) || callName(n) !== 'contains') return;
          const [hay, needle] = n.args;
          const path = needle ? accessPath(needle)?.join('.') : undefined;
          if (
            hay instanceof Literal &&
            typeof literalValue(hay) === 'string' &&
            path &&
            /^(github\.(ref|ref_name|head_ref|base_ref|actor|event\.))|inputs\./.test(path)
          )
            out.push({
              message: `the condition of ${c.where} tests whether ${path} is a substring of '${String(literalValue(hay))}'`,
              line: c.node.line,
            });
        });
      }
    }
    return out;
  },
};

function falsyConstant(e: Expr): boolean {
  return isConstant(e) && constantTruth(e) === false;
}

/** `cond && '' || 'x'`: the "true" branch is falsy, so the result is always `'x'`. */
export const unsoundTernary: Rule = {
  id: 'unsound-ternary',
  title: 'Pseudo-ternary whose true value is falsy',
  severity: 'low',
  confidence: 'high',
  category: 'hygiene',
  description: "`a && b || c` yields c whenever b is falsy, so `cond && '' || 'x'` (or `&& 0`, `&& false`) is always 'x'.",
  fix: "Swap the branches and negate the condition: `!cond && 'x' || ''`.",
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const { node, source, expr } of allExpressions(model)) {
      visitAll(expr, (n) => {
        if (!(n instanceof Logical) || n.operator.lexeme !== '||') return;
        for (const operand of n.args.slice(0, -1)) {
          if (operand instanceof Logical && operand.operator.lexeme === '&&' && !isConstant(operand)) {
            const t = operand.args[operand.args.length - 1];
            if (t && falsyConstant(t)) out.push({ message: `\${{ ${source} }} always yields its last alternative`, line: node.line });
          }
        }
      });
    }
    return out;
  },
};

/** `if: true`, `if: false`, `if: 1 == 2`: a condition fixed when it was written. */
export const constantCondition: Rule = {
  id: 'constant-condition',
  title: 'Condition with a constant value',
  severity: 'medium',
  confidence: 'high',
  category: 'validation',
  description:
    'A condition that reads no context always has the same value: the job or step always runs, or never does, which is rarely what was meant.',
  fix: 'Remove the condition (always true) or the job or step (always false), or make it test what was meant.',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const c of conditions(model)) {
      if (embeddedExpressions(c.value).length > 0 && c.value.trim() !== c.value) continue;
      const e = parseExpression(conditionSource(c.value));
      if (!e || !isConstant(e)) continue;
      const truth = constantTruth(e);
      if (truth !== undefined) out.push({ message: `the condition of ${c.where} is always ${truth}`, line: c.node.line });
    }
    return out;
  },
};
