import { advisoriesFor, shippedAdvisories, type AdvisorySnapshot } from '../advisories.js';
import { remoteUses } from '../workflow-model.js';
import { usesOf } from './pinning.js';
import type { RawFinding, Rule } from './rule.js';

/** The version a `uses:` line claims: its tag, or the `# vX.Y.Z` comment beside a SHA pin. */
export function claimedVersion(ref: string, lineText: string): { version: string; fromComment: boolean } | undefined {
  if (/^[0-9a-f]{40}$/.test(ref)) {
    const comment = /#\s*(v?\d+(?:\.\d+){0,2})\b/.exec(lineText)?.[1];
    return comment ? { version: comment, fromComment: true } : undefined;
  }
  return /^v?\d+(\.\d+){0,2}$/.test(ref) ? { version: ref, fromComment: false } : undefined;
}

const sets = new WeakMap<object, Set<string>>();
function packageSet(db: AdvisorySnapshot): Set<string> {
  let set = sets.get(db);
  if (!set) {
    set = new Set(db.advisories.map((a) => a.package.toLowerCase()));
    sets.set(db, set);
  }
  return set;
}

/** Actions at a version the advisory database (the shipped snapshot, or the API online) lists as vulnerable. */
export const knownVulnerableActions: Rule = {
  id: 'known-vulnerable-actions',
  title: 'Action version with a published advisory',
  severity: 'high',
  confidence: 'high',
  category: 'security',
  description:
    "GitHub's advisory database lists vulnerabilities of actions (secrets in logs, file writes outside the workspace, compromised releases). The shipped snapshot is checked offline; with a token the online audit asks the API and resolves SHA pins to their tags.",
  fix: 'Upgrade to the patched version the advisory names, or remove the action.',
  appliesTo: ['workflow', 'action'],
  check(model, options) {
    const db = options.advisories ?? shippedAdvisories();
    const packages = packageSet(db);
    const out: RawFinding[] = [];
    for (const { uses, line } of usesOf(model)) {
      const r = remoteUses(uses);
      if (!r || !packages.has(`${r.owner}/${r.repo}`)) continue;
      const claim = claimedVersion(r.ref, model.doc.lines[line - 1] ?? '');
      if (!claim) continue;
      for (const a of advisoriesFor(db, `${r.owner}/${r.repo}`, claim.version))
        out.push({
          message: `${r.owner}/${r.repo} ${claim.version}${claim.fromComment ? ' (by its version comment)' : ''} is affected by ${a.id} (${a.aliases.join(', ') || 'no CVE'}): ${a.summary}`,
          line,
          confidence: claim.fromComment ? 'medium' : 'high',
          fix: a.patched ? `Upgrade to ${a.patched} or later.` : 'Pin to a commit released after the advisory.',
        });
    }
    return out;
  },
};
