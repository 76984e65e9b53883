import { POPULAR_ACTIONS } from '../known-actions.js';
import { remoteUses } from '../workflow-model.js';
import { usesOf } from './pinning.js';
import type { RawFinding, Rule } from './rule.js';

/** Damerau-Levenshtein distance, capped: only 0, 1 and "more" matter here. */
function near(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].map((c, i) => (c === b[i] ? -1 : i)).filter((i) => i >= 0);
    if (diff.length === 1) return true;
    const [i, j] = diff;
    return diff.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i += 1) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

const POPULAR = new Set(POPULAR_ACTIONS);

/** The popular action a repository name is one typo away from, if any. */
const squats = new Map<string, string | undefined>();
export function typosquatOf(slug: string): string | undefined {
  if (POPULAR.has(slug)) return undefined;
  if (squats.has(slug)) return squats.get(slug);
  const bare = slug.replace(/[-_.]/g, '');
  const found = POPULAR_ACTIONS.find((p) => near(slug, p) || bare === p.replace(/[-_.]/g, ''));
  if (squats.size > 10_000) squats.clear();
  squats.set(slug, found);
  return found;
}

/** `uses:` of a repository one typo away from a popular action (`actons/checkout`). */
export const typosquatUses: Rule = {
  id: 'typosquat-uses',
  title: 'Action name one typo away from a popular action',
  severity: 'high',
  confidence: 'medium',
  category: 'security',
  description:
    'Attackers register repositories named like popular actions with one letter changed; a workflow that makes the typo runs their code with its token and secrets. With a token, the online audit checks that the look-alike repository exists and raises the confidence.',
  fix: 'Correct the name to the action you meant.',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const { uses, line } of usesOf(model)) {
      const r = remoteUses(uses);
      if (!r) continue;
      const of = typosquatOf(`${r.owner}/${r.repo}`);
      if (of) out.push({ message: `'${r.owner}/${r.repo}' is one typo away from ${of}`, line });
    }
    return out;
  },
};
