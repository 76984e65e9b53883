import { child, entries, text } from '../yaml-tree.js';
import type { Rule, RawFinding } from './rule.js';

const SHA = /^[0-9a-f]{40}$/;
const RELEASE_TAG = /^v\d+(\.\d+){0,2}$/;

/** `owner/repo[/path]@ref` split into its owner and ref; undefined for local and docker uses. */
function remoteRef(uses: string): { owner: string; ref: string } | undefined {
  if (uses.startsWith('./') || uses.startsWith('docker://')) return undefined;
  const at = uses.lastIndexOf('@');
  const owner = uses.split('/')[0] ?? '';
  return { owner: owner.toLowerCase(), ref: at < 0 ? '' : uses.slice(at + 1) };
}

/** Unpinned `uses:` of steps and of reusable-workflow calls. */
export const unpinnedUses: Rule = {
  id: 'unpinned-uses',
  title: 'Action or reusable workflow not pinned to a commit SHA',
  severity: 'high',
  description:
    'A tag or branch can be moved to new code by whoever controls the action repository (the tj-actions/changed-files compromise of March 2025 rewrote every tag). Only a full commit SHA is immutable.',
  fix: 'Pin to the full 40-character commit SHA and keep the version in a comment: `uses: owner/action@<sha> # v4.2.2`.',
  appliesTo: ['workflow', 'action'],
  check(model, options) {
    const out: RawFinding[] = [];
    const checkUses = (uses: string, line: number): void => {
      const remote = remoteRef(uses);
      if (!remote) return;
      if (SHA.test(remote.ref)) return;
      const trusted = options.trustedOwners.some((o) => o.toLowerCase() === remote.owner);
      if (trusted && RELEASE_TAG.test(remote.ref)) return;
      const what = remote.ref === '' ? 'has no ref at all' : `is pinned to '${remote.ref}', a tag or branch that can move`;
      out.push({
        message: `'${uses}' ${what}`,
        line,
        ...(trusted ? { fix: `'${remote.owner}' is trusted for release tags: pin to a release tag such as v1, or to a commit SHA.` } : {}),
      });
    };
    for (const job of model.jobs) {
      if (job.calls) checkUses(job.calls, child(job.node, 'uses')?.line ?? job.line);
      for (const step of job.steps) if (step.uses) checkUses(step.uses, step.usesLine);
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
  description: 'An image tag (even a version tag) can be re-pushed; the job then runs whatever the registry serves today.',
  fix: 'Reference the image by digest: `image: node:24@sha256:<digest>` (keep the tag for readers; the digest decides).',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    const checkImage = (image: string | undefined, line: number): void => {
      // An expression (`${{ matrix.image }}`) cannot be judged statically.
      if (!image || image.includes('${{') || DIGEST.test(image)) return;
      out.push({ message: `container image '${image}' is not pinned to a digest`, line });
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
