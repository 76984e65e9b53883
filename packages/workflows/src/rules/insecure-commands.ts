import { child, text, type YNode } from '../yaml-tree.js';
import type { RawFinding, Rule } from './rule.js';

function allows(env: YNode | undefined): YNode | undefined {
  const v = child(env, 'ACTIONS_ALLOW_UNSECURE_COMMANDS');
  return v && /^(true|1|yes)$/i.test(text(v) ?? '') ? v : undefined;
}

/** ACTIONS_ALLOW_UNSECURE_COMMANDS turning `::set-env` and `::add-path` back on. */
export const insecureCommands: Rule = {
  id: 'insecure-commands',
  title: 'Insecure workflow commands re-enabled',
  severity: 'high',
  confidence: 'high',
  category: 'security',
  description:
    'With ACTIONS_ALLOW_UNSECURE_COMMANDS, anything a step prints (a test name, a log line from a dependency) can set environment variables or PATH for the following steps with `::set-env` / `::add-path`, which GitHub disabled in 2020 for that reason.',
  fix: 'Remove ACTIONS_ALLOW_UNSECURE_COMMANDS and write to $GITHUB_ENV / $GITHUB_PATH instead.',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    const flag = (env: YNode | undefined, where: string): void => {
      const v = allows(env);
      if (v) out.push({ message: `${where} sets ACTIONS_ALLOW_UNSECURE_COMMANDS`, line: v.line });
    };
    flag(model.env, 'the workflow');
    for (const job of model.jobs) {
      flag(job.env, `job '${job.id}'`);
      for (const step of job.steps) flag(step.env, `a step of '${job.id}'`);
    }
    return out;
  },
};
