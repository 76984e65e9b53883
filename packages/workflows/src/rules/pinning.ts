import { remoteUses } from '../workflow-model.js';
import { child, entries, text } from '../yaml-tree.js';
import type { RawFinding, Rule } from './rule.js';

const SHA = /^[0-9a-f]{40}$/;
const RELEASE_TAG = /^v\d+(\.\d+){0,2}$/;

/** Every `uses:` of a file with its line: steps and reusable-workflow calls. */
const usesCache = new WeakMap<object, { uses: string; line: number }[]>();
export function usesOf(model: Parameters<Rule['check']>[0]): { uses: string; line: number }[] {
  const hit = usesCache.get(model);
  if (hit) return hit;
  const out: { uses: string; line: number }[] = [];
  usesCache.set(model, out);
  for (const job of model.jobs) {
    if (job.calls) out.push({ uses: job.calls, line: child(job.node, 'uses')?.line ?? job.line });
    for (const step of job.steps) if (step.uses) out.push({ uses: step.uses, line: step.usesLine });
  }
  return out;
}

/** Unpinned `uses:` of steps and of reusable-workflow calls. */
export const unpinnedUses: Rule = {
  id: 'unpinned-uses',
  title: 'Action or reusable workflow not pinned to a commit SHA',
  severity: 'high',
  confidence: 'high',
  category: 'security',
  description:
    'A tag or branch can be moved to new code by whoever controls the action repository (the tj-actions/changed-files compromise of March 2025 rewrote every tag). Only a full commit SHA is immutable. Local actions (`./path`) and same-repository calls (`$/path@ref`, `./.github/workflows/x.yml`) come from the repository itself and are not reported.',
  fix: 'Pin to the full 40-character commit SHA and keep the version in a comment: `uses: owner/action@<sha> # v4.2.2` (`slipway audit --fix` writes it).',
  appliesTo: ['workflow', 'action'],
  check(model, options) {
    const out: RawFinding[] = [];
    for (const { uses, line } of usesOf(model)) {
      const remote = remoteUses(uses);
      if (!remote || SHA.test(remote.ref)) continue;
      // An expression (`uses: ${{ matrix.action }}`) is refused by GitHub's parser already.
      if (uses.includes('${{')) continue;
      const trusted = options.trustedOwners.some((o) => o.toLowerCase() === remote.owner);
      if (trusted && RELEASE_TAG.test(remote.ref)) continue;
      const what = remote.ref === '' ? 'has no ref at all' : `is pinned to '${remote.ref}', a tag or branch that can move`;
      out.push({
        message: `'${uses}' ${what}`,
        line,
        ...(trusted ? { fix: `'${remote.owner}' is trusted for release tags: pin to a release tag such as v1, or to a commit SHA.` } : {}),
      });
    }
    return out;
  },
};

const DIGEST = /@sha256:[0-9a-f]{64}$/;

/** Container images of jobs, services and `docker://` steps without a digest. */
export const unpinnedImage: Rule = {
  id: 'unpinned-image',
  title: 'Container image not pinned to a digest',
  severity: 'medium',
  confidence: 'high',
  category: 'security',
  description:
    'An image tag (even a version tag) can be re-pushed; the job then runs whatever the registry serves today. An image without a tag, or `:latest`, changes on every release.',
  fix: 'Reference the image by digest: `image: node:24@sha256:<digest>` (keep the tag for readers; the digest decides).',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    const checkImage = (image: string | undefined, line: number): void => {
      // An expression (`${{ matrix.image }}`) cannot be judged statically.
      if (!image || image.includes('${{') || DIGEST.test(image)) return;
      const tag = /:([\w][\w.-]*)$/.exec(image.split('/').pop() ?? '')?.[1];
      if (!tag || tag === 'latest')
        out.push({ message: `container image '${image}' has ${tag ? 'the moving tag latest' : 'no tag'} and no digest`, line });
      else out.push({ message: `container image '${image}' is pinned to a tag, not a digest`, line, confidence: 'medium' });
    };
    for (const job of model.jobs) {
      const container = child(job.node, 'container');
      checkImage(text(container) ?? text(child(container, 'image')), (child(container, 'image') ?? container)?.line ?? job.line);
      for (const [, service] of entries(child(job.node, 'services'))) {
        checkImage(text(service) ?? text(child(service, 'image')), (child(service, 'image') ?? service).line);
      }
      for (const step of job.steps) if (step.uses?.startsWith('docker://')) checkImage(step.uses.slice('docker://'.length), step.usesLine);
    }
    if (model.kind === 'action') {
      const runs = child(model.root, 'runs');
      const image = text(child(runs, 'image'));
      if (text(child(runs, 'using')) === 'docker' && image?.startsWith('docker://'))
        checkImage(image.slice('docker://'.length), child(runs, 'image')?.line ?? 1);
    }
    return out;
  },
};
