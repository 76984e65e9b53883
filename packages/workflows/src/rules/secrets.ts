import {
  accessPath,
  callName,
  embeddedExpressions,
  FunctionCall,
  IndexAccess,
  parseExpression,
  visitAll,
  type Expr,
} from '../expressions.js';
import type { WorkflowModel } from '../workflow-model.js';
import { child, type YNode } from '../yaml-tree.js';
import type { RawFinding, Rule } from './rule.js';

/** Every parsed `${{ }}` of the file, with the scalar it sits in. */
const expressionsCache = new WeakMap<object, { node: YNode; source: string; expr: Expr }[]>();
export function allExpressions(model: WorkflowModel): { node: YNode; source: string; expr: Expr }[] {
  const hit = expressionsCache.get(model.root);
  if (hit) return hit;
  const out: { node: YNode; source: string; expr: Expr }[] = [];
  expressionsCache.set(model.root, out);
  const walk = (node: YNode | undefined): void => {
    if (!node) return;
    if (node.kind === 'scalar') {
      if (typeof node.value !== 'string' || !node.value.includes('${{')) return;
      for (const e of embeddedExpressions(node.value)) {
        const expr = parseExpression(e.source);
        if (expr) out.push({ node, source: e.source, expr });
      }
    } else if (node.kind === 'seq') node.items.forEach(walk);
    else for (const v of node.entries.values()) walk(v);
  };
  walk(model.root);
  return out;
}

const isSecrets = (e: Expr | undefined): boolean => e !== undefined && accessPath(e)?.join('.') === 'secrets';

/** `toJSON(secrets)` and `secrets[expr]`: every secret of the repository sent to the runner. */
export const overprovisionedSecrets: Rule = {
  id: 'overprovisioned-secrets',
  title: 'The whole secrets context exposed',
  severity: 'medium',
  confidence: 'high',
  category: 'security',
  description:
    'The runner receives only the secrets a job names. `toJSON(secrets)` or an index computed at run time (`secrets[inputs.name]`) names them all, so every secret of the repository and organisation reaches the job.',
  fix: 'Name each secret the job needs: `env: { TOKEN: ${{ secrets.TOKEN }} }`.',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const { node, source, expr } of allExpressions(model)) {
      let hit = false;
      visitAll(expr, (n) => {
        if (n instanceof FunctionCall && callName(n) === 'tojson' && isSecrets(n.args[0])) hit = true;
        if (n instanceof IndexAccess && isSecrets(n.expr) && accessPath(n)?.includes('?')) hit = true;
      });
      if (hit) out.push({ message: `\${{ ${source} }} exposes every secret`, line: node.line });
    }
    return out;
  },
};

/** `fromJSON(secrets.X).field`: a part of a secret the runner does not know to mask in logs. */
export const unredactedSecrets: Rule = {
  id: 'unredacted-secrets',
  title: 'Secret used as structured data (not masked in logs)',
  severity: 'medium',
  confidence: 'high',
  category: 'security',
  description:
    "The runner masks each secret's whole value in logs; a field taken out of a JSON secret is a different string and is printed in clear.",
  fix: 'Store each field as its own secret.',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const { node, source, expr } of allExpressions(model)) {
      let hit = false;
      visitAll(expr, (n) => {
        if (n instanceof FunctionCall && callName(n) === 'fromjson' && n.args[0] && accessPath(n.args[0])?.[0] === 'secrets') hit = true;
      });
      if (hit) out.push({ message: `\${{ ${source} }} takes a part of a secret, which is not masked`, line: node.line });
    }
    return out;
  },
};

/** Secrets read by jobs without an environment, where environment protection rules cannot gate them. */
export const secretsOutsideEnv: Rule = {
  id: 'secrets-outside-env',
  title: 'Secret used in a job without a deployment environment',
  severity: 'low',
  confidence: 'low',
  category: 'security',
  description:
    "Repository and organisation secrets reach every job; an environment's secrets reach only jobs its protection rules let through.",
  fix: 'Move the secret into an environment and give the job `environment: <name>`.',
  appliesTo: ['workflow'],
  check(model) {
    const out: RawFinding[] = [];
    for (const job of model.jobs) {
      if (child(job.node, 'environment') !== undefined || job.calls) continue;
      const found = new Set<string>();
      const sub: WorkflowModel = { ...model, root: job.node };
      for (const { node, expr } of allExpressions(sub)) {
        visitAll(expr, (n) => {
          const p = accessPath(n);
          if (p?.[0] === 'secrets' && p[1] && p[1] !== 'GITHUB_TOKEN' && !found.has(p[1])) {
            found.add(p[1]);
            out.push({ message: `job '${job.id}' reads secrets.${p[1]} without an environment`, line: node.line });
          }
        });
      }
    }
    return out;
  },
};
