import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCapture } from '@slipway/core';
import { repoRoot } from '../harness/index.js';

const cli = join(repoRoot, 'packages/cli/dist/index.js');
const bin = join(repoRoot, 'node_modules/.bin/slipway');

describe('the bundled slipway CLI', () => {
  it('runs from the workspace bin with --version', async () => {
    const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const r = await spawnCapture(bin, ['--version'], { cwd: repoRoot });
    expect(r).toMatchObject({ exitCode: 0, stdout: `${pkg.version}\n` });
  });

  it('exits 2 on bad usage', async () => {
    const r = await spawnCapture(process.execPath, [cli, 'demo', '--only', 'no-such-stage'], { cwd: repoRoot });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('Unknown stage no-such-stage');
  });

  // The local pipeline (`npm start`): every stage must pass on the sample project.
  it('runs the local pipeline on the sample project', async () => {
    const out = await mkdtemp(join(tmpdir(), 'slipway-demo-'));
    const r = await spawnCapture(process.execPath, [cli, 'demo', '--out', out], { cwd: repoRoot });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/All \d+ stages passed/);
    expect(r.stdout).not.toContain('FAILED');
    expect(r.exitCode).toBe(0);
  });
});
