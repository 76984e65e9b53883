import { describe, expect, it } from '@jest/globals';
import { injectionSeverity } from '../src/index.js';

describe('injectionSeverity', () => {
  it.each([
    ['github.event.issue.title', 'critical'],
    ['github.event.pull_request.body', 'critical'],
    ["github.event['comment'].body", 'critical'],
    ['github.head_ref', 'critical'],
    ['github.event.workflow_run.head_branch', 'critical'],
    ['github.event.head_commit.message', 'critical'],
    ['github.event.pull_request.number', 'high'],
    ['inputs.target', 'medium'],
    ['steps.meta.outputs.branch', 'medium'],
    ['needs.build.outputs.digest', 'medium'],
    ['matrix.os', 'medium'],
    ['secrets.TOKEN', 'medium'],
    ["format('{0}-{1}', github.sha, inputs.name)", 'medium'],
    ['github.sha', undefined],
    ['github.run_id', undefined],
    ['runner.temp', undefined],
    ["github.event_name == 'push'", undefined],
    ["'github.event.issue.title'", undefined],
  ])('%s -> %s', (expression, severity) => {
    expect(injectionSeverity(expression)).toBe(severity);
  });
});
