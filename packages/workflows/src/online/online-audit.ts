import type { Finding } from '../audit.js';
import { advisoriesFor, shippedAdvisories } from '../advisories.js';
import type { AuditInput } from '../collect-files.js';
import { ARCHIVED } from '../known-actions.js';
import { claimedVersion } from '../rules/known-vulnerable.js';
import { usesOf } from '../rules/pinning.js';
import { typosquatOf } from '../rules/typosquat-uses.js';
import { ONLINE_RULES } from './online-rules.js';
import { RULES } from '../rules/index.js';
import { remoteUses, workflowModel } from '../workflow-model.js';
import { parseYamlTree } from '../yaml-tree.js';
import type { ActionsApi } from './github-api.js';

const SHA = /^[0-9a-f]{40}$/;
const ALL = [...RULES, ...ONLINE_RULES];

/** Memoises API answers per repository: a file set names the same actions many times. */
function memo<T>(fn: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (key) => {
    let hit = cache.get(key);
    if (!hit) {
      hit = fn(key);
      cache.set(key, hit);
    }
    return hit;
  };
}

/**
 * The audits that need GitHub: impostor commits, ref confusion, version-comment mismatches,
 * pins between releases, archived repositories, look-alike repositories that exist, and the
 * advisories the API knows (SHA pins resolved to their release tags).
 */
export async function onlineFindings(inputs: readonly AuditInput[], api: ActionsApi): Promise<Finding[]> {
  const repository = memo((k) => api.repository(...(k.split('/') as [string, string])));
  const tags = memo((k) => api.tags(...(k.split('/') as [string, string])));
  const branches = memo((k) => api.branches(...(k.split('/') as [string, string])));
  const advisories = memo((k) => api.advisories(...(k.split('/') as [string, string])));
  const out: Finding[] = [];
  const push = (rule: string, file: string, line: number, message: string, extra: Partial<Finding> = {}): void => {
    const r = ALL.find((x) => x.id === rule);
    if (!r) return;
    out.push({
      rule,
      severity: r.severity,
      confidence: r.confidence,
      category: r.category,
      title: r.title,
      message,
      fix: r.fix,
      file,
      line,
      column: 1,
      ...extra,
    });
  };
  for (const input of inputs) {
    let model;
    try {
      model = workflowModel(input.kind, parseYamlTree(input.content, input.file));
    } catch {
      continue; // The offline audit reports the file as invalid.
    }
    for (const { uses, line } of usesOf(model)) {
      const r = remoteUses(uses);
      if (!r || !r.owner || !r.repo || uses.includes('${{')) continue;
      const slug = `${r.owner}/${r.repo}`;
      const repo = await repository(slug);
      if (!repo) {
        if (!typosquatOf(slug))
          push('impostor-commit', input.file, line, `${slug} does not exist on GitHub: nothing it could run is reviewed`, {
            severity: 'high',
          });
        continue;
      }
      if (typosquatOf(slug))
        push('typosquat-uses', input.file, line, `'${slug}' is one typo away from ${typosquatOf(slug)} and exists on GitHub`, {
          confidence: 'high',
        });
      if (repo.archived && ARCHIVED[slug] === undefined) push('archived-uses', input.file, line, `${slug} is archived`);
      const lineText = input.content.split(/\r?\n/)[line - 1] ?? '';
      let version = claimedVersion(r.ref, lineText)?.version;
      if (SHA.test(r.ref)) {
        const repoTags = await tags(slug);
        const tagged = repoTags.filter((t) => t.sha === r.ref);
        const heads = await branches(slug);
        let reachable = tagged.length > 0 || heads.some((b) => b.sha === r.ref);
        for (const b of heads.slice(0, 50)) {
          if (reachable) break;
          const status = await api.compare(r.owner, r.repo, b.name, r.ref);
          reachable = status === 'behind' || status === 'identical';
        }
        if (!reachable)
          push(
            'impostor-commit',
            input.file,
            line,
            `${r.ref} is not on any branch or tag of ${slug}: it comes from a fork (or does not exist)`,
          );
        else if (tagged.length === 0) push('stale-action-refs', input.file, line, `${slug}@${r.ref} is not the commit of any tag`);
        const comment = claimedVersion(r.ref, lineText);
        if (comment && reachable) {
          const at = repoTags.find((t) => t.name === comment.version)?.sha ?? (await api.ref(r.owner, r.repo, `tags/${comment.version}`));
          if (at && at !== r.ref)
            push(
              'ref-version-mismatch',
              input.file,
              line,
              `the comment says ${comment.version}, which is ${at.slice(0, 12)}, not the pinned ${r.ref.slice(0, 12)}`,
            );
        }
        // The most specific release tag of the pinned commit is its version.
        version = tagged.map((t) => t.name).sort((a, b) => b.split('.').length - a.split('.').length)[0] ?? version;
      } else if (r.ref) {
        const [branch, tag] = await Promise.all([api.ref(r.owner, r.repo, `heads/${r.ref}`), api.ref(r.owner, r.repo, `tags/${r.ref}`)]);
        if (branch && tag && branch !== tag) push('ref-confusion', input.file, line, `'${r.ref}' of ${slug} is both a branch and a tag`);
      }
      const offline = new Set(shippedAdvisories().advisories.map((a) => `${a.id} ${a.package}`));
      const online = SHA.test(r.ref)
        ? await advisories(slug)
        : (await advisories(slug)).filter((a) => !offline.has(`${a.id} ${a.package}`));
      if (version)
        for (const a of advisoriesFor({ source: '', taken: '', complete: true, advisories: online }, slug, version))
          push(
            'known-vulnerable-actions',
            input.file,
            line,
            `${slug} ${version} is affected by ${a.id}${a.aliases.length ? ` (${a.aliases.join(', ')})` : ''}: ${a.summary}`,
            {
              fix: a.patched ? `Upgrade to ${a.patched} or later.` : 'Pin to a commit released after the advisory.',
            },
          );
    }
  }
  return out;
}
