import { CACHE_AWARE, PUBLISHERS } from '../known-actions.js';
import { actionName, withValue, type JobModel, type WorkflowModel } from '../workflow-model.js';
import { child, text } from '../yaml-tree.js';
import type { RawFinding, Rule } from './rule.js';

/** True when the workflow only runs for releases or tag pushes. */
function releaseOnly(model: WorkflowModel): boolean {
  const names = [...model.triggers.keys()];
  if (names.length === 0) return false;
  return names.every((t) => {
    if (t === 'release') return true;
    if (t !== 'push') return t === 'workflow_dispatch';
    const push = child(model.on, 'push');
    return child(push, 'tags') !== undefined && child(push, 'branches') === undefined;
  });
}

/** True when a job publishes: a publishing action, or a script that uploads a package or image. */
function publishes(job: JobModel): boolean {
  return job.steps.some(
    (s) =>
      (s.uses &&
        (PUBLISHERS[actionName(s.uses)] !== undefined ||
          /goreleaser|action-gh-release|release-action|build-push-action/.test(actionName(s.uses)))) ||
      (s.run !== undefined &&
        /\b(npm|pnpm|yarn) publish\b|\btwine upload\b|\bcargo publish\b|\bgem push\b|\bdocker push\b|\bgh release (create|upload)\b|\bgoreleaser release\b/.test(
          s.run,
        )),
  );
}

/** Cache-restoring actions in workflows that build what gets released. */
export const cachePoisoning: Rule = {
  id: 'cache-poisoning',
  title: 'Release built from a restored cache',
  severity: 'high',
  confidence: 'high',
  category: 'security',
  description:
    "Caches are shared across a repository's workflows, and any job with the repository's token (including one running a compromised dependency in a pull request's CI) can write entries that a later release job restores and runs (cache poisoning, 2024). A release built from a restored cache can ship the attacker's code.",
  fix: "Do not restore caches in release jobs: remove the cache step, turn the action's cache input off, or guard it with `if: github.event_name != 'release'`.",
  appliesTo: ['workflow'],
  check(model) {
    const release = releaseOnly(model);
    const out: RawFinding[] = [];
    for (const job of model.jobs) {
      const publishing = publishes(job);
      if (!release && !publishing) continue;
      for (const step of job.steps) {
        if (!step.uses) continue;
        const name = actionName(step.uses);
        const known = CACHE_AWARE[name];
        if (!known) continue;
        if (known.off && withValue(step, known.off.input) === known.off.value) continue;
        const major = /@v(\d+)/.exec(step.uses)?.[1] ?? /#\s*v(\d+)/.exec(model.doc.lines[step.usesLine - 1] ?? '')?.[1];
        if (known.sinceMajor && major !== undefined && Number(major) < known.sinceMajor) continue;
        if (known.opt && !known.opt.value.test(withValue(step, known.opt.input) ?? '')) continue;
        if (text(child(step.node, 'if'))?.includes('event_name')) continue;
        out.push({
          message: `${name} restores a cache in job '${job.id}', which ${release ? 'runs only for releases' : 'publishes a release'}`,
          line: step.usesLine,
          confidence: release ? 'high' : 'medium',
        });
      }
    }
    return out;
  },
};
