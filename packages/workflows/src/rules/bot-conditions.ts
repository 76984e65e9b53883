import { accessPath, Binary, conditionSource, Literal, literalValue, parseExpression, visitAll, type Expr } from '../expressions.js';
import { child, text, type YNode } from '../yaml-tree.js';
import type { RawFinding, Rule } from './rule.js';

/** `github.actor == '<name>[bot]'` comparisons inside an expression. */
function botComparisons(e: Expr): string[] {
  const out: string[] = [];
  visitAll(e, (n) => {
    if (!(n instanceof Binary) || (n.operator.lexeme !== '==' && n.operator.lexeme !== '!=')) return;
    const sides = [n.left, n.right];
    const path = sides
      .map(accessPath)
      .find((p) => p !== undefined)
      ?.join('.');
    const lit = sides.find((s): s is Literal => s instanceof Literal);
    const value = lit ? String(literalValue(lit)) : '';
    if ((path === 'github.actor' || path === 'github.triggering_actor') && /\[bot\]$/i.test(value)) out.push(`${path} == '${value}'`);
  });
  return out;
}

const conditionOf = (node: YNode | undefined): string | undefined => {
  const v = text(node);
  return v === undefined ? undefined : conditionSource(v);
};

/** `if: github.actor == 'dependabot[bot]'`: the last actor, not the author, and spoofable. */
export const botConditions: Rule = {
  id: 'bot-conditions',
  title: 'Spoofable bot check on github.actor',
  severity: 'high',
  confidence: 'high',
  category: 'security',
  description:
    "`github.actor` is whoever acted last on the event, not who wrote the change: an attacker can get a bot to act last on a pull request whose other commits are the attacker's, and pass the check.",
  fix: "Compare the author of the change instead: `github.event.pull_request.user.login == 'dependabot[bot]'`.",
  appliesTo: ['workflow'],
  check(model) {
    if (!['pull_request_target', 'pull_request', 'workflow_run', 'issue_comment', 'pull_request_review'].some((t) => model.triggers.has(t)))
      return [];
    const out: RawFinding[] = [];
    const judge = (node: YNode | undefined, where: string): void => {
      const cond = conditionOf(node);
      const e = cond ? parseExpression(cond) : undefined;
      if (!node || !e) return;
      for (const c of botComparisons(e))
        out.push({ message: `${where} trusts ${c}`, line: node.line, confidence: model.exposure === 'privileged' ? 'high' : 'medium' });
    };
    for (const job of model.jobs) {
      judge(child(job.node, 'if'), `job '${job.id}'`);
      for (const step of job.steps) judge(child(step.node, 'if'), `a step of '${job.id}'`);
    }
    return out;
  },
};
