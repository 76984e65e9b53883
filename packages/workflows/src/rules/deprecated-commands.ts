import { lineWithin } from '../sinks.js';
import { child } from '../yaml-tree.js';
import type { RawFinding, Rule } from './rule.js';

const DEPRECATED: Record<string, string> = {
  'set-output': 'echo "name=value" >> "$GITHUB_OUTPUT"',
  'save-state': 'echo "name=value" >> "$GITHUB_STATE"',
  'set-env': 'echo "NAME=value" >> "$GITHUB_ENV"',
  'add-path': 'echo "/path" >> "$GITHUB_PATH"',
};

/** `::set-output`, `::save-state`, `::set-env` and `::add-path` printed by scripts. */
export const deprecatedCommands: Rule = {
  id: 'deprecated-commands',
  title: 'Deprecated workflow command',
  severity: 'medium',
  confidence: 'high',
  category: 'validation',
  description:
    'GitHub disabled `::set-env` and `::add-path` in 2020 and deprecated `::set-output` and `::save-state` in 2022: the runner ignores them or warns, and they are written through stdout, which any tool the step runs can forge.',
  fix: 'Write to the environment files instead ($GITHUB_OUTPUT, $GITHUB_STATE, $GITHUB_ENV, $GITHUB_PATH).',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const job of model.jobs)
      for (const step of job.steps) {
        const run = child(step.node, 'run');
        if (step.run === undefined || !run || !step.run.includes('::')) continue;
        for (const m of step.run.matchAll(/::(set-output|save-state|set-env|add-path)\b/g))
          out.push({
            message: `'::${m[1]}' is deprecated: use ${DEPRECATED[m[1] ?? ''] ?? ''}`,
            line: lineWithin(model, run, step.run, m.index),
          });
      }
    return out;
  },
};
