import {
  accessPath,
  callName,
  embeddedExpressions,
  FunctionCall,
  Grouping,
  IndexAccess,
  Logical,
  parseExpression,
  type ContextPath,
  type Embedded,
  type Expr,
} from './expressions.js';

/**
 * What a value can carry:
 * - `free`: text an outsider writes (titles, bodies, branch names, commit messages, comments);
 * - `constrained`: outsider-chosen but unable to carry shell syntax (numbers, SHAs, booleans,
 *   enums, timestamps, logins);
 * - `trusted`: set by the repository's maintainers or by GitHub (secrets, variables, repository
 *   metadata, `github.event_name`).
 */
export type Taint = 'free' | 'constrained' | 'trusted';

/** How sure a rule is that a finding is real. */
export type Confidence = 'high' | 'medium' | 'low';

/** One tainted value an expression passes on, and why it is classed so. */
export interface TaintSource {
  path: string;
  taint: Taint;
  confidence: Confidence;
}

/** What the expression's surroundings know: static env, static matrix, declared inputs, steps. */
export interface TaintScope {
  /** The text of `env.NAME` as declared in the nearest scope, undefined when not declared statically. */
  env(name: string): string | undefined;
  /** The values of `matrix.NAME`: literal scalars, or the expression the whole matrix comes from. */
  matrix(name: string): { literal: true } | { expression: string } | undefined;
  /** The declared type of `inputs.NAME` (`string`, `boolean`, `number`, `choice`, `environment`). */
  inputType(name: string): string | undefined;
  /** Whether the inputs come from a caller that may pass outsiders' text (workflow_call, a composite action). */
  inputsFromCaller: boolean;
  /** The `uses:` of the step with this id, when it is an action. */
  stepUses(id: string): string | undefined;
}

const TRUSTED_GITHUB = new Set([
  'event_name',
  'repository',
  'repository_owner',
  'repository_id',
  'repository_owner_id',
  'repositoryurl',
  'sha',
  'run_id',
  'run_number',
  'run_attempt',
  'workflow',
  'workflow_ref',
  'workflow_sha',
  'server_url',
  'api_url',
  'graphql_url',
  'token',
  'job',
  'action',
  'action_path',
  'action_ref',
  'action_repository',
  'action_status',
  'workspace',
  'ref_type',
  'ref_protected',
  'retention_days',
  'event_path',
  'env',
  'path',
  'output',
  'secret_source',
]);
// Branch and tag names of the base repository: only its writers create them, and git forbids spaces.
const CONSTRAINED_GITHUB = new Set(['ref', 'ref_name', 'base_ref', 'actor', 'triggering_actor', 'actor_id', 'triggering_actor_id']);

// Leaves of event payloads an outsider writes freely (webhook payload fields).
const FREE_LEAVES = new Set([
  'title',
  'body',
  'message',
  'email',
  'label',
  'head_ref',
  'head_branch',
  'display_title',
  'description',
  'page_name',
  'summary',
  'text',
  'homepage',
  'default_branch',
  'content',
  'answer',
  'path',
  'filename',
]);
const CONSTRAINED_LEAVES = new Set([
  'number',
  'id',
  'node_id',
  'sha',
  'before',
  'after',
  'draft',
  'merged',
  'locked',
  'fork',
  'private',
  'state',
  'action',
  'author_association',
  'conclusion',
  'status',
  'event',
  'login',
  'type',
  'additions',
  'deletions',
  'changed_files',
  'commits',
  'comments',
  'review_comments',
  'size',
  'forced',
  'created',
  'deleted',
  'run_number',
  'run_attempt',
  'full_name',
  'html_url',
  'url',
  'site_admin',
  'mergeable',
  'rebaseable',
  'maintainer_can_modify',
  'distinct',
  'timestamp',
  'visibility',
  'archived',
  'disabled',
  'position',
  'line',
  'original_line',
  'start_line',
  'original_position',
  'side',
  'commit_id',
  'original_commit_id',
  'in_reply_to_id',
  'pull_request_review_id',
  'workflow_id',
  'check_suite_id',
  'language',
  'stargazers_count',
  'watchers_count',
  'forks_count',
  'open_issues_count',
]);
// Parents whose `name` is a repository, account or workflow name (constrained characters), not free text.
const NAMED_CONSTRAINED = new Set(['repo', 'repository', 'head_repository', 'base', 'owner', 'user', 'sender', 'organization', 'workflow']);

function eventLeaf(path: ContextPath): { taint: Taint; confidence: Confidence } {
  const rest = path.slice(2).filter((p) => p !== '*');
  if (rest.length === 0) return { taint: 'free', confidence: 'high' };
  // The base repository's own metadata is the maintainers'.
  if (rest[0] === 'repository' || rest[0] === 'organization' || rest[0] === 'enterprise' || rest[0] === 'installation')
    return { taint: 'trusted', confidence: 'high' };
  if (rest[0] === 'inputs') return { taint: 'constrained', confidence: 'medium' };
  const leaf = rest[rest.length - 1] ?? '';
  const parent = rest[rest.length - 2] ?? '';
  if (leaf === 'ref') return parent === 'head' ? { taint: 'free', confidence: 'high' } : { taint: 'constrained', confidence: 'high' };
  if (leaf === 'name')
    return NAMED_CONSTRAINED.has(parent) ? { taint: 'constrained', confidence: 'high' } : { taint: 'free', confidence: 'high' };
  if (FREE_LEAVES.has(leaf)) return { taint: 'free', confidence: 'high' };
  if (CONSTRAINED_LEAVES.has(leaf) || /_(id|at|sha|url|count)$/.test(leaf)) return { taint: 'constrained', confidence: 'high' };
  // An object (`github.event.pull_request`, `...head_commit`) serialises its free-text fields too.
  if (
    /^(pull_request|issue|comment|review|head_commit|commits|workflow_run|discussion|release|pages|head|base|label|labels|sender|user|author|committer)$/.test(
      leaf,
    )
  )
    return { taint: 'free', confidence: 'high' };
  return { taint: 'free', confidence: 'medium' };
}

/** Output names of well-known actions whose values are outsiders' text (changed file names). */
const TAINTED_OUTPUTS: Record<string, RegExp> = {
  'tj-actions/changed-files': /files|_list$/,
  'dorny/paths-filter': /_files$/,
  'tj-actions/branch-names': /branch|ref/,
};

const key = (p: ContextPath): string => p.join('.');

function classify(path: ContextPath, scope: TaintScope, depth: number): TaintSource[] {
  const [root = '', second = '', third = ''] = path;
  const one = (taint: Taint, confidence: Confidence): TaintSource[] => [{ path: key(path), taint, confidence }];
  switch (root) {
    case 'secrets':
    case 'vars':
    case 'runner':
    case 'strategy':
    case 'job':
      return one('trusted', 'high');
    case 'github': {
      if (path.length === 1) return one('free', 'high');
      const name = second.toLowerCase();
      if (name === 'event') return eventLeaf(path).taint === 'trusted' ? one('trusted', 'high') : [{ path: key(path), ...eventLeaf(path) }];
      if (name === 'head_ref') return one('free', 'high');
      if (TRUSTED_GITHUB.has(name)) return one('trusted', 'high');
      if (CONSTRAINED_GITHUB.has(name)) return one('constrained', 'high');
      return one('free', 'medium');
    }
    case 'inputs': {
      const type = scope.inputType(second);
      if (type && type !== 'string') return one('constrained', 'high');
      return scope.inputsFromCaller ? one('free', 'medium') : one('constrained', 'medium');
    }
    case 'env': {
      const value = second ? scope.env(second) : undefined;
      if (value === undefined || depth > 4) return [];
      return sourcesOfTemplate(value, scope, depth + 1).map((s) => ({ ...s, path: `${key(path)} = ${s.path}` }));
    }
    case 'matrix': {
      const m = second ? scope.matrix(second) : undefined;
      if (!m || 'literal' in m) return [];
      return sourcesOfTemplate(`\${{ ${m.expression} }}`, scope, depth + 1).map((s) => ({
        ...s,
        path: `${key(path)} from ${s.path}`,
        confidence: 'low',
      }));
    }
    case 'steps': {
      if (third !== 'outputs') return one('constrained', 'high');
      const uses = scope.stepUses(second)?.toLowerCase();
      const action = uses?.replace(/@.*$/, '');
      const tainted = action ? TAINTED_OUTPUTS[action] : undefined;
      if (tainted && tainted.test(path[3] ?? '')) return one('free', 'high');
      return one('free', 'low');
    }
    case 'needs':
    case 'jobs':
      return third === 'outputs' ? one('free', 'low') : one('constrained', 'high');
    default:
      return one('free', 'low');
  }
}

/** The tainted values an expression's result can contain (comparisons and tests yield booleans, so none). */
export function expressionSources(e: Expr, scope: TaintScope, depth = 0): TaintSource[] {
  const path = accessPath(e);
  if (path) return classify(path, scope, depth);
  if (e instanceof Grouping) return expressionSources(e.group, scope, depth);
  if (e instanceof Logical) {
    // `a && b` and `a || b` yield one of their operands.
    return e.args.flatMap((a) => expressionSources(a, scope, depth));
  }
  if (e instanceof FunctionCall) {
    const name = callName(e);
    if (name === 'format' || name === 'join' || name === 'tojson' || name === 'fromjson')
      return e.args.flatMap((a) => expressionSources(a, scope, depth));
    return [];
  }
  if (e instanceof IndexAccess) return expressionSources(e.expr, scope, depth);
  return [];
}

/** The tainted values every `${{ }}` of a string passes on. */
export function sourcesOfTemplate(text: string, scope: TaintScope, depth = 0): TaintSource[] {
  return templateExpressions(text).flatMap((e) => (e.parsed ? expressionSources(e.parsed, scope, depth) : []));
}

/** The embedded expressions of a string, parsed. */
export function templateExpressions(text: string): (Embedded & { parsed: Expr | undefined })[] {
  return embeddedExpressions(text).map((e) => ({ ...e, parsed: parseExpression(e.source) }));
}

/** The worst taint of a set of sources, with the confidence of the surest source of that taint. */
export function worst(sources: readonly TaintSource[]): TaintSource | undefined {
  const rank: Record<Taint, number> = { free: 0, constrained: 1, trusted: 2 };
  const conf: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };
  return [...sources].sort((a, b) => rank[a.taint] - rank[b.taint] || conf[a.confidence] - conf[b.confidence])[0];
}
