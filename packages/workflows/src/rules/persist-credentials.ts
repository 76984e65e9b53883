import { UPLOADERS } from '../known-actions.js';
import { actionName, withValue } from '../workflow-model.js';
import type { RawFinding, Rule } from './rule.js';

/** The major version of a `uses:` ref (`v4.2.2` -> 4), or undefined for a SHA or branch. */
function majorOf(uses: string, comment: string): number | undefined {
  const ref = uses.slice(uses.lastIndexOf('@') + 1);
  const m = /^v(\d+)/.exec(ref) ?? /#\s*v(\d+)/.exec(comment);
  return m ? Number(m[1]) : undefined;
}

/** What an upload step publishes: its `path:` lines. */
function uploadsWorkspace(path: string | undefined): boolean {
  if (path === undefined) return true;
  // A path that names the checkout root (or everything) includes the credentials when they sit in .git/config.
  return path.split('\n').some((p) => /^(\.\/?|\*\*?|\$\{\{\s*github\.workspace\s*\}\}\/?)$/.test(p.trim()));
}

/** `actions/checkout` keeping the token on disk (ArtiPACKED). */
export const persistCredentials: Rule = {
  id: 'persist-credentials',
  title: 'Checkout credentials persisted on disk',
  severity: 'high',
  confidence: 'high',
  category: 'security',
  description:
    "Unless `persist-credentials: false`, actions/checkout leaves the job's token on disk for later git commands: in .git/config before v6, in a file under $RUNNER_TEMP from v6. An artifact that uploads the checkout root publishes the .git/config copy to anyone who can download the run's artifacts (ArtiPACKED, 2024); any later step (a build script, a dependency) can read either copy.",
  fix: 'Add `with: { persist-credentials: false }` to the checkout step (or `true` with a comment where a later git push needs it).',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const job of model.jobs) {
      const uploads = job.steps.filter((s) => s.uses && UPLOADERS.has(actionName(s.uses)));
      for (const step of job.steps) {
        if (!step.uses || actionName(step.uses) !== 'actions/checkout') continue;
        const persist = withValue(step, 'persist-credentials');
        if (persist !== undefined) continue;
        const major = majorOf(step.uses, model.doc.lines[step.usesLine - 1] ?? '');
        const inGitConfig = major === undefined || major < 6;
        const leaking = uploads.filter((u) => u.index > step.index && uploadsWorkspace(withValue(u, 'path')));
        if (leaking.length > 0 && inGitConfig) {
          out.push({
            message: `job '${job.id}' uploads the checkout root (line ${leaking[0]?.usesLine}) after a checkout that keeps the token in .git/config`,
            line: step.usesLine,
          });
        } else {
          out.push({
            message: `checkout in job '${job.id}' keeps the token on disk (${inGitConfig ? 'in .git/config' : 'under $RUNNER_TEMP'}) for every later step`,
            line: step.usesLine,
            severity: inGitConfig ? 'medium' : 'low',
            confidence: 'medium',
          });
        }
      }
    }
    return out;
  },
};
