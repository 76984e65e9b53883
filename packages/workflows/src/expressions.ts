import { Lexer, Parser, type Expr } from '@actions/expressions';
import { Binary, ContextAccess, FunctionCall, Grouping, IndexAccess, Literal, Logical, Star, Unary } from '@actions/expressions/ast';
import { truthy } from '@actions/expressions/result';
import { Evaluator, data } from '@actions/expressions';

/** One `${{ }}` inside a YAML string, with its offsets in that string (the braces included). */
export interface Embedded {
  source: string;
  start: number;
  end: number;
}

/**
 * The `${{ }}` expressions of a string, found the way GitHub's template reader finds them: an
 * expression ends at the first `}}` outside a single-quoted string literal, so
 * `${{ format('}}{0}', x) }}` is one expression. An unclosed `${{` ends the scan (GitHub's
 * parser reports it).
 */
export function embeddedExpressions(text: string): Embedded[] {
  const out: Embedded[] = [];
  let from = text.indexOf('${{');
  while (from >= 0) {
    let quoted = false;
    let end = -1;
    for (let i = from + 3; i < text.length; i += 1) {
      const c = text[i];
      if (c === "'") quoted = !quoted;
      else if (!quoted && c === '}' && text[i - 1] === '}' && i - 1 > from + 2) {
        end = i + 1;
        break;
      }
    }
    if (end < 0) break;
    out.push({ source: text.slice(from + 3, end - 2).trim(), start: from, end });
    from = text.indexOf('${{', end);
  }
  return out;
}

const CONTEXTS = ['github', 'env', 'inputs', 'steps', 'needs', 'matrix', 'strategy', 'secrets', 'vars', 'runner', 'job', 'jobs'];
const FUNCTIONS = [
  { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
  { name: 'success', minArgs: 0, maxArgs: 0 },
  { name: 'always', minArgs: 0, maxArgs: 0 },
  { name: 'failure', minArgs: 0, maxArgs: 255 },
  { name: 'cancelled', minArgs: 0, maxArgs: 0 },
];

const cache = new Map<string, Expr | null>();

/** Parses an expression with GitHub's own parser; undefined when it does not parse (GitHub's parser reports why). */
export function parseExpression(source: string): Expr | undefined {
  const hit = cache.get(source);
  if (hit !== undefined) return hit ?? undefined;
  let parsed: Expr | null;
  try {
    parsed = new Parser(new Lexer(source).lex().tokens, CONTEXTS, FUNCTIONS).parse();
  } catch {
    parsed = null;
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(source, parsed);
  return parsed ?? undefined;
}

/** A context path an expression reads: `['github', 'event', 'issue', 'title']`, `*` for a filter. */
export type ContextPath = string[];

/** The path of a context access chain (`github.event['x'].y`), or undefined when an index is computed. */
export function accessPath(e: Expr): ContextPath | undefined {
  if (e instanceof ContextAccess) return [e.name.lexeme];
  if (e instanceof IndexAccess) {
    const base = accessPath(e.expr);
    if (!base) return undefined;
    if (e.index instanceof Star) return [...base, '*'];
    if (e.index instanceof Literal) return [...base, String(literalValue(e.index))];
    return [...base, '?'];
  }
  return undefined;
}

/** The JavaScript value of a literal. */
export function literalValue(l: Literal): string | number | boolean | null {
  const d = l.literal;
  if (d.kind === data.Kind.Null) return null;
  return (d as { value: string | number | boolean }).value;
}

/** Every context path an expression reads, including inside function arguments and comparisons. */
export function readPaths(e: Expr): ContextPath[] {
  const out: ContextPath[] = [];
  const walk = (n: Expr): void => {
    const path = accessPath(n);
    if (path) {
      out.push(path);
      return;
    }
    if (n instanceof IndexAccess) {
      walk(n.expr);
      walk(n.index);
    } else if (n instanceof FunctionCall) n.args.forEach(walk);
    else if (n instanceof Binary) {
      walk(n.left);
      walk(n.right);
    } else if (n instanceof Logical) n.args.forEach(walk);
    else if (n instanceof Unary) walk(n.expr);
    else if (n instanceof Grouping) walk(n.group);
  };
  walk(e);
  return out;
}

/** True when an expression reads no context and calls no status function: its value is fixed when written. */
export function isConstant(e: Expr): boolean {
  if (e instanceof Literal) return true;
  if (e instanceof ContextAccess || e instanceof Star) return false;
  if (e instanceof IndexAccess) return isConstant(e.expr) && isConstant(e.index);
  if (e instanceof FunctionCall) {
    const name = e.functionName.lexeme.toLowerCase();
    if (['success', 'always', 'failure', 'cancelled', 'hashfiles'].includes(name)) return false;
    return e.args.every(isConstant);
  }
  if (e instanceof Binary) return isConstant(e.left) && isConstant(e.right);
  if (e instanceof Logical) return e.args.every(isConstant);
  if (e instanceof Unary) return isConstant(e.expr);
  if (e instanceof Grouping) return isConstant(e.group);
  return false;
}

/** The truthiness of a constant expression (undefined when it cannot be evaluated). */
export function constantTruth(e: Expr): boolean | undefined {
  try {
    return truthy(new Evaluator(e, new data.Dictionary()).evaluate());
  } catch {
    return undefined;
  }
}

/** The name of a function call (lower case), or undefined. */
export function callName(e: Expr): string | undefined {
  return e instanceof FunctionCall ? e.functionName.lexeme.toLowerCase() : undefined;
}

export { Binary, ContextAccess, FunctionCall, Grouping, IndexAccess, Literal, Logical, Star, Unary };
export type { Expr };

/** Calls `fn` on an expression and every expression inside it. */
export function visitAll(e: Expr, fn: (n: Expr) => void): void {
  fn(e);
  if (e instanceof IndexAccess) {
    visitAll(e.expr, fn);
    visitAll(e.index, fn);
  } else if (e instanceof FunctionCall || e instanceof Logical) e.args.forEach((a) => visitAll(a, fn));
  else if (e instanceof Binary) {
    visitAll(e.left, fn);
    visitAll(e.right, fn);
  } else if (e instanceof Unary) visitAll(e.expr, fn);
  else if (e instanceof Grouping) visitAll(e.group, fn);
}

/** The expression of an `if:` value: a bare expression, or one fenced in `${{ }}` with nothing around it. */
export function conditionSource(value: string): string {
  const fenced = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(value);
  return fenced && embeddedExpressions(value).length === 1 ? (fenced[1] ?? '') : value;
}
