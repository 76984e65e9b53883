import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { spawnCapture } from '@slipway/core';
import { repoRoot } from '../harness/index.js';

// runAction sets the process exit code, so it runs in a child process, as on the runner.
async function run(throwWhat: string, step = 'main'): Promise<{ exitCode: number; stdout: string }> {
  const entry = join(repoRoot, 'test/unit/run-action/entry.ts');
  const r = await spawnCapture(process.execPath, ['--import', 'tsx', entry], { env: { THROW: throwWhat, STEP: step, NODE_OPTIONS: '' } });
  return { exitCode: r.exitCode, stdout: r.stdout };
}

describe('runAction: the one error path', () => {
  it('passes when main resolves', async () => {
    expect(await run('none')).toEqual({ exitCode: 0, stdout: '' });
  });

  it('fails a UserError with its message and hint, without a stack', async () => {
    const r = await run('user');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("::error::Input 'fail-on' must be one of critical, high; got 'hihg'%0AHint: fix the workflow input");
    expect(r.stdout).not.toContain('at ');
  });

  it('fails any other Error with its stack', async () => {
    const r = await run('bug');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/::error::Unexpected error \(please report it\): TypeError: cannot read properties of undefined%0A +at /);
  });

  it('still fails a non-Error throw', async () => {
    const r = await run('string');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('A non-Error value was thrown: a plain string');
  });

  it('only warns in a post step', async () => {
    const r = await run('bug', 'post');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('::warning::Post step did not complete: TypeError: cannot read properties of undefined');
  });
});
