import { child, entries, keyLine, text, type YNode } from '../yaml-tree.js';
import type { RawFinding, Rule } from './rule.js';

/** Jobs that run with the repository's default token because nothing sets `permissions`. */
export const permissionsMissing: Rule = {
  id: 'permissions-missing',
  title: 'GITHUB_TOKEN permissions not declared',
  severity: 'medium',
  confidence: 'high',
  category: 'security',
  description:
    "Without a `permissions` block a job's GITHUB_TOKEN gets the repository or organisation default, which is write access to contents, packages and more on many repositories.",
  fix: 'Add `permissions: {}` at the top of the workflow and grant each job only what it needs, e.g. `permissions: { contents: read }` (`slipway audit --fix` infers the grants of well-known actions).',
  appliesTo: ['workflow'],
  check(model) {
    if (child(model.root, 'permissions') !== undefined) return [];
    // A workflow only ever called gets at most its caller's grants: the caller decides.
    const calledOnly = model.triggers.size > 0 && [...model.triggers.keys()].every((t) => t === 'workflow_call');
    return model.jobs
      .filter((job) => child(job.node, 'permissions') === undefined)
      .map((job) => ({
        message: calledOnly
          ? `job '${job.id}' declares no permissions and takes whatever its caller grants`
          : `job '${job.id}' runs with the default token permissions (no permissions at workflow or job level)`,
        line: job.line,
        ...(calledOnly ? { confidence: 'medium' as const } : {}),
      }));
  },
};

function broadGrants(node: YNode | undefined, where: string, topLevel: boolean, jobs: number): RawFinding[] {
  if (!node) return [];
  const scalar = text(node);
  if (scalar === 'write-all') {
    return [{ message: `${where} grants write-all: every scope of the token can write`, line: node.line, severity: 'high' }];
  }
  if (scalar === 'read-all') {
    return [
      {
        message: `${where} grants read-all: the token can read every scope (private code, secrets scanning alerts, packages), not only what the job uses`,
        line: node.line,
        fix: 'Grant only the scopes the jobs read: `permissions: { contents: read }`.',
      },
    ];
  }
  // At workflow level a write grant reaches every job, including those that run untrusted tools;
  // with one job it is that job's grant, until a second job is added.
  if (!topLevel) return [];
  return entries(node)
    .filter(([, v]) => text(v) === 'write')
    .map(([scope]) => ({
      message: `${where} grants '${scope}: write' to every job`,
      line: keyLine(node, scope),
      ...(jobs < 2 ? { confidence: 'medium' as const } : {}),
      fix: `Set \`permissions: {}\` at workflow level and grant \`${scope}: write\` only in the job that needs it.`,
    }));
}

/** `write-all`, `read-all`, or write scopes granted to the whole workflow instead of the one job that needs them. */
export const permissionsBroad: Rule = {
  id: 'permissions-broad',
  title: 'GITHUB_TOKEN permissions broader than needed',
  severity: 'medium',
  confidence: 'high',
  category: 'security',
  description:
    'A token that can write is what an attacker who gets code execution in a job (a poisoned dependency, an injected script) uses to push code, publish packages or mint OIDC tokens; `read-all` hands every job read access to everything the repository holds.',
  fix: 'Grant scopes per job, and only the scopes that job uses; never `write-all` or `read-all`.',
  appliesTo: ['workflow'],
  check(model) {
    const out = broadGrants(child(model.root, 'permissions'), 'the workflow', true, model.jobs.length);
    for (const job of model.jobs) out.push(...broadGrants(child(job.node, 'permissions'), `job '${job.id}'`, false, 1));
    return out;
  },
};
