import { ACTION_INPUTS } from '../known-actions.js';
import { actionName } from '../workflow-model.js';
import { child, entries, keyLine, parseYamlTree, text } from '../yaml-tree.js';
import type { RawFinding, Rule } from './rule.js';

/** The declared inputs of a local action (`./path`), from its action.yml, with which are required. */
function localInputs(content: string, source: string): Map<string, boolean> | undefined {
  try {
    const root = parseYamlTree(content, source).root;
    const out = new Map<string, boolean>();
    for (const [name, def] of entries(child(root, 'inputs')))
      out.set(name.toLowerCase(), text(child(def, 'required')) === 'true' && child(def, 'default') === undefined);
    return out;
  } catch {
    return undefined;
  }
}

/** `with:` keys an action does not declare, and required inputs left out (local actions and popular ones). */
export const actionInputs: Rule = {
  id: 'action-inputs',
  title: 'Input the action does not have, or a required one missing',
  severity: 'medium',
  confidence: 'high',
  category: 'validation',
  description:
    "GitHub passes unknown `with:` keys on with only a warning in the log, so a misspelt input (`persist-credential`) silently keeps the action's default; a missing required input fails at run time.",
  fix: "Use the input names from the action's action.yml.",
  appliesTo: ['workflow', 'action'],
  check(model, options) {
    const out: RawFinding[] = [];
    for (const job of model.jobs)
      for (const step of job.steps) {
        if (!step.uses) continue;
        let declared: Map<string, boolean> | undefined;
        let confidence: 'high' | 'medium' = 'high';
        if (step.uses.startsWith('./')) {
          const path = step.uses.slice(2).replace(/\/$/, '');
          const content = options.readLocalAction?.(path);
          if (content !== undefined) declared = localInputs(content, `${path}/action.yml`);
        } else {
          const known = ACTION_INPUTS[actionName(step.uses)];
          // Popular actions add inputs between major versions: an unknown one is likely, not certain.
          if (known) [declared, confidence] = [new Map(known.map((k) => [k, false])), 'medium'];
        }
        if (!declared) continue;
        for (const [name] of entries(step.with))
          if (!declared.has(name.toLowerCase()))
            out.push({ message: `${step.uses.replace(/@.*/, '')} has no input '${name}'`, line: keyLine(step.with, name), confidence });
        for (const [name, required] of declared)
          if (required && !entries(step.with).some(([k]) => k.toLowerCase() === name))
            out.push({ message: `${step.uses} requires the input '${name}'`, line: step.usesLine });
      }
    return out;
  },
};
