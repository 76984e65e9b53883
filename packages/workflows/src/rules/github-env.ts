import { lineWithin } from '../sinks.js';
import { parseExpression } from '../expressions.js';
import { expressionSources, templateExpressions, worst, type TaintScope, type TaintSource } from '../taint.js';
import { injectionSeverity } from '../triggers.js';
import { stepScope } from '../workflow-model.js';
import { child } from '../yaml-tree.js';
import type { RawFinding, Rule } from './rule.js';

const FILES = /\$\{?(GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT)\}?|\$env:(GITHUB_ENV|GITHUB_PATH|GITHUB_OUTPUT)/;

const sourcesOf = (source: string, scope: TaintScope): TaintSource[] => {
  const e = parseExpression(source);
  return e ? expressionSources(e, scope) : [];
};

/** The worst outsider-written value a line passes on through `$VAR` (env indirection). */
function lineSource(line: string, scope: TaintScope): TaintSource | undefined {
  const sources = [...line.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?|\$env:([A-Za-z_][A-Za-z0-9_]*)/g)].flatMap((m) => {
    const name = m[1] ?? m[2] ?? '';
    if (/^GITHUB_(ENV|PATH|OUTPUT)$/.test(name)) return [];
    const value = scope.env(name);
    return value === undefined ? [] : templateExpressions(value).flatMap((e) => (e.parsed ? sourcesOf(e.source, scope) : []));
  });
  // An inline `${{ }}` on the line is template-injection's finding already.
  return worst(sources.filter((s) => s.taint === 'free'));
}

/** Outsider-written values appended to GITHUB_ENV, GITHUB_PATH or GITHUB_OUTPUT, directly or through env. */
export const githubEnv: Rule = {
  id: 'github-env',
  title: 'Outsider-controlled value written to GITHUB_ENV, GITHUB_PATH or GITHUB_OUTPUT',
  severity: 'high',
  confidence: 'high',
  category: 'security',
  description:
    'A value with a newline can set any environment variable for the following steps (`LD_PRELOAD`, `NODE_OPTIONS`, `BASH_ENV`) or put a folder of its choosing first on PATH; through GITHUB_OUTPUT it forges other outputs. Passing the value through `env:` does not help here: the file is parsed line by line.',
  fix: 'Do not write outsiders\' text to these files; validate it to a fixed shape first (`[[ "$V" =~ ^[0-9]+$ ]]`), or pass it to later steps as an artifact treated as data.',
  appliesTo: ['workflow', 'action'],
  check(model) {
    const out: RawFinding[] = [];
    for (const job of model.jobs) {
      for (const step of job.steps) {
        if (step.run === undefined || !FILES.test(step.run)) continue;
        const scope = stepScope(model, job, step);
        const runNode = child(step.node, 'run');
        let offset = 0;
        for (const line of step.run.split('\n')) {
          const file = FILES.exec(line);
          if (file && runNode) {
            const source = lineSource(line, scope);
            const severity = source ? injectionSeverity('free', model.exposure) : undefined;
            if (source && severity) {
              const name = file[1] ?? file[2] ?? '';
              out.push({
                message: `${source.path}, which an outsider writes, is appended to ${name}`,
                line: lineWithin(model, runNode, step.run, offset),
                severity: name === 'GITHUB_OUTPUT' && severity === 'critical' ? 'high' : severity,
                confidence: source.confidence,
              });
            }
          }
          offset += line.length + 1;
        }
      }
    }
    return out;
  },
};
