import { child, items, text } from '../yaml-tree.js';
import type { RawFinding, Rule } from './rule.js';

/** What is wrong with one filter pattern, or undefined. GitHub's filter globs: `*`, `**`, `?`, `+`, `[]`, `!`. */
export function globProblem(pattern: string, kind: 'ref' | 'path'): string | undefined {
  if (pattern.trim() !== pattern) return 'has leading or trailing spaces, which are matched literally';
  if (pattern === '' || pattern === '!') return 'is empty';
  const body = pattern.startsWith('!') ? pattern.slice(1) : pattern;
  let open = -1;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (c === '\\') i += 1;
    else if (c === '[') {
      if (open >= 0) return 'opens a [ ] class inside another';
      open = i;
    } else if (c === ']') {
      if (open < 0) return 'closes a [ ] class it never opened';
      if (i === open + 1) return 'has an empty [ ] class';
      open = -1;
    }
  }
  if (open >= 0) return 'has a [ that is never closed';
  if (/\*\*\*/.test(body)) return 'has *** (use ** for any depth)';
  if (kind === 'path' && body.startsWith('./'))
    return "starts with './', which never matches (paths are relative to the repository root, without './')";
  if (kind === 'ref') {
    if (/\s|~|\^|:|\.\.|@\{/.test(body)) return 'contains a character git does not allow in ref names';
    if (body.startsWith('refs/heads/')) return "starts with 'refs/heads/', which branch filters already imply (it never matches)";
  }
  return undefined;
}

const FILTERS: Record<string, 'ref' | 'path'> = {
  branches: 'ref',
  'branches-ignore': 'ref',
  tags: 'ref',
  'tags-ignore': 'ref',
  paths: 'path',
  'paths-ignore': 'path',
};

/** Branch, tag and path filters whose glob never matches what was meant. */
export const globFilters: Rule = {
  id: 'glob-filters',
  title: 'Filter pattern that cannot match',
  severity: 'medium',
  confidence: 'high',
  category: 'validation',
  description:
    "GitHub's parser accepts any string as a branch, tag or path filter; an unclosed `[`, a './' prefix or a character git forbids in refs makes the filter silently match nothing, so the workflow never runs (or never skips).",
  fix: 'Write the pattern in the filter syntax: `release/**`, `v[0-9]+.*`, `src/**`.',
  appliesTo: ['workflow'],
  check(model) {
    const out: RawFinding[] = [];
    for (const event of ['push', 'pull_request', 'pull_request_target', 'workflow_run']) {
      const node = child(model.on, event);
      for (const [key, kind] of Object.entries(FILTERS)) {
        for (const item of items(child(node, key))) {
          const p = text(item);
          if (p === undefined) continue;
          const problem = globProblem(p, kind);
          if (problem) out.push({ message: `${event}.${key} '${p}' ${problem}`, line: item.line });
        }
      }
    }
    return out;
  },
};
