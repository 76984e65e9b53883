import { ARCHIVED, PUBLISHERS, SUPERFLUOUS, UNPINNED_TOOLS } from '../known-actions.js';
import { actionName, actionRepo, remoteUses, withValue } from '../workflow-model.js';
import { child, entries, text } from '../yaml-tree.js';
import { usesOf } from './pinning.js';
import type { RawFinding, Rule } from './rule.js';

/** Actions from repositories GitHub has archived (known list; the online audit asks the API). */
export const archivedUses: Rule = {
  id: 'archived-uses',
  title: 'Action from an archived repository',
  severity: 'medium',
  confidence: 'high',
  category: 'security',
  description: 'An archived repository is read-only: vulnerabilities found in the action (or the dependencies it vendors) are never fixed.',
  fix: 'Replace the action with a maintained one, or with the command it wraps.',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const { uses, line } of usesOf(model)) {
      if (!remoteUses(uses)) continue;
      const repo = actionRepo(uses);
      const instead = ARCHIVED[repo];
      if (instead !== undefined) out.push({ message: `${repo} is archived${instead ? `; use ${instead}` : ''}`, line });
    }
    return out;
  },
};

/** Actions whose job the runner's own tools do in one line. */
export const superfluousActions: Rule = {
  id: 'superfluous-actions',
  title: "Action that the runner's own tools replace",
  severity: 'low',
  confidence: 'medium',
  category: 'hygiene',
  description:
    "Every third-party action is code with access to the job's token; when `gh`, `docker` or `jq` on the runner does the same in one line, the action only adds risk.",
  fix: "Replace the step with a run: step using the runner's tool.",
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const job of model.jobs)
      for (const step of job.steps) {
        const advice = step.uses ? SUPERFLUOUS[actionName(step.uses)] : undefined;
        if (advice) out.push({ message: `${actionName(step.uses ?? '')}: ${advice}`, line: step.usesLine });
      }
    return out;
  },
};

/** Setup actions told to install the latest version of a tool. */
export const unpinnedTools: Rule = {
  id: 'unpinned-tools',
  title: 'Tool installed at whatever version is latest',
  severity: 'medium',
  confidence: 'high',
  category: 'security',
  description:
    'A setup action asked for `latest` installs whatever was released last, including a compromised release, the next time the job runs.',
  fix: "Name the tool's exact version in the input.",
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const job of model.jobs)
      for (const step of job.steps) {
        const known = step.uses ? UNPINNED_TOOLS[actionName(step.uses)] : undefined;
        if (!known) continue;
        const v = withValue(step, known.input);
        if (v === undefined && known.defaultUnpinned)
          out.push({ message: `${actionName(step.uses ?? '')} without '${known.input}' installs the latest release`, line: step.usesLine });
        else if (v !== undefined && known.latest.test(v.trim()))
          out.push({
            message: `${actionName(step.uses ?? '')} '${known.input}: ${v}' installs the latest release`,
            line: child(step.with, known.input)?.line ?? step.usesLine,
          });
      }
    return out;
  },
};

const ADHOC = [
  { re: /\bgem install\s+(?!-)(?![^\n]*\s(-v|--version)\b)[\w-]+/, what: 'gem install without a version' },
  {
    re: /\b(pip3?|python3? -m pip) install\s+(?![^\n]*(-r |--requirement|-e |\.\s|\.$|\.\[|==))(?:-U\s+|--upgrade\s+|--user\s+)*[A-Za-z][\w.-]*(\s|$)/,
    what: 'pip install without a version or lockfile',
  },
  { re: /\bnpm (i|install) (-g|--global) (?![^\n]*@\d)[\w@/-]+/, what: 'a global npm install without a version' },
  { re: /\bgo install [^\s@]+@latest\b/, what: 'go install @latest' },
  { re: /\bcargo install (?![^\n]*--(version|locked))[\w-]+/, what: 'cargo install without --version or --locked' },
];

/** Packages installed by name in scripts, outside any lockfile. */
export const adhocPackages: Rule = {
  id: 'adhoc-packages',
  title: 'Package installed in a script without a pinned version',
  severity: 'low',
  confidence: 'medium',
  category: 'security',
  description:
    'A package installed by name takes whatever the registry serves that day (a typosquat, a compromised release); a lockfile or an exact version decides what runs.',
  fix: 'Pin the exact version (`pip install tool==1.2.3`, `gem install tool -v 1.2.3`) or install from a lockfile.',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const job of model.jobs)
      for (const step of job.steps) {
        if (step.run === undefined) continue;
        for (const a of ADHOC) if (a.re.test(step.run)) out.push({ message: `a step of '${job.id}' runs ${a.what}`, line: step.runLine });
      }
    return out;
  },
};

const TOKEN_ENV = /^(TWINE_PASSWORD|NODE_AUTH_TOKEN|NPM_TOKEN|CARGO_REGISTRY_TOKEN|GEM_HOST_API_KEY|PYPI_TOKEN|PYPI_API_TOKEN)$/;

/** Publishing to PyPI, npm, crates.io or RubyGems with a long-lived token where OIDC trusted publishing exists. */
export const useTrustedPublishing: Rule = {
  id: 'use-trusted-publishing',
  title: 'Package published with a long-lived token',
  severity: 'low',
  confidence: 'high',
  category: 'security',
  description:
    'PyPI, npm, crates.io and RubyGems accept short-lived OIDC tokens from a named workflow (trusted publishing); a stored API token works from anywhere for as long as it lives.',
  fix: 'Configure trusted publishing on the registry, give the job `permissions: { id-token: write }` and drop the token.',
  appliesTo: ['workflow'],
  check(model) {
    const out: RawFinding[] = [];
    for (const job of model.jobs)
      for (const step of job.steps) {
        const pub = step.uses ? PUBLISHERS[actionName(step.uses)] : undefined;
        const input = pub?.tokenInputs.find((i) => withValue(step, i)?.includes('secrets.'));
        if (pub && input)
          out.push({
            message: `${actionName(step.uses ?? '')} publishes to ${pub.registry} with a stored token ('${input}')`,
            line: child(step.with, input)?.line ?? step.usesLine,
          });
        if (
          step.run !== undefined &&
          /\b(twine upload|npm publish|pnpm publish|yarn npm publish|cargo publish|gem push)\b/.test(step.run)
        ) {
          const envs = [step.env, job.env, model.env].flatMap((e) => entries(e));
          const token = envs.find(([k, v]) => TOKEN_ENV.test(k) && (text(v) ?? '').includes('secrets.'));
          if (token) out.push({ message: `a step of '${job.id}' publishes with ${token[0]} from a secret`, line: step.runLine });
        }
      }
    return out;
  },
};

/** actions/create-github-app-token without scoping: every permission of the app, on every repository. */
export const githubApp: Rule = {
  id: 'github-app',
  title: "GitHub App token with the app's full permissions",
  severity: 'high',
  confidence: 'high',
  category: 'security',
  description:
    'Without `permission-<scope>` inputs the token gets every permission the app was installed with; with `owner` but no `repositories` it reaches every repository of the installation; `skip-token-revoke` keeps it valid after the job.',
  fix: 'Add the `permission-<scope>` inputs the job needs, name the `repositories`, and let the action revoke the token.',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const job of model.jobs)
      for (const step of job.steps) {
        if (!step.uses || actionName(step.uses) !== 'actions/create-github-app-token') continue;
        const inputs = entries(step.with).map(([k]) => k);
        if (!inputs.some((k) => k.startsWith('permission-')))
          out.push({ message: `the app token of job '${job.id}' gets every permission of the installation`, line: step.usesLine });
        if (inputs.includes('owner') && !inputs.includes('repositories'))
          out.push({
            message: `the app token of job '${job.id}' reaches every repository of '${withValue(step, 'owner') ?? ''}'`,
            line: child(step.with, 'owner')?.line ?? step.usesLine,
          });
        if (withValue(step, 'skip-token-revoke') === 'true')
          out.push({
            message: `the app token of job '${job.id}' is not revoked after the job`,
            line: child(step.with, 'skip-token-revoke')?.line ?? step.usesLine,
          });
      }
    return out;
  },
};

/** `./path` where `$/path` says the same repository explicitly. */
export const selfRepository: Rule = {
  id: 'self-repository',
  title: 'Local uses: without the same-repository syntax',
  severity: 'low',
  confidence: 'low',
  category: 'hygiene',
  description:
    "`uses: $/path@ref` names this repository explicitly; `./path` reads whatever the job checked out there, which is a fork's code after a checkout of the PR head.",
  fix: 'Write `uses: $/path/to/action@<ref>`.',
  appliesTo: ['workflow'],
  check(model) {
    return usesOf(model)
      .filter((u) => u.uses.startsWith('./'))
      .map((u) => ({ message: `'${u.uses}' reads the checked-out tree`, line: u.line }));
  },
};

/** Uses the organisation forbids (configured patterns). */
export const forbiddenUses: Rule = {
  id: 'forbidden-uses',
  title: 'Forbidden action',
  severity: 'high',
  confidence: 'high',
  category: 'security',
  description: 'The organisation forbids these actions (the `forbidden-uses` option).',
  fix: 'Replace the action with an allowed one.',
  appliesTo: ['workflow', 'action'],
  check(model, options) {
    const patterns = (options.forbiddenUses ?? []).map((p) => p.toLowerCase());
    if (patterns.length === 0) return [];
    const out: RawFinding[] = [];
    for (const { uses, line } of usesOf(model)) {
      const name = actionName(uses);
      const hit = patterns.find((p) => (p.endsWith('/*') ? name.startsWith(p.slice(0, -1)) : name === p || name.startsWith(`${p}/`)));
      if (hit) out.push({ message: `'${uses}' matches the forbidden pattern '${hit}'`, line });
    }
    return out;
  },
};
