import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/slipway.js', import.meta.url));

/** Runs the CLI's launcher under this Node, made to report `version` as its own. */
function launch(version: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const pretend = `Object.defineProperty(process.versions, "node", { value: "${version}" }); Object.defineProperty(process, "version", { value: "v${version}" });`;
  const r = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(pretend)}`, bin, ...args], {
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the slipway launcher', () => {
  it('refuses an older Node with one clear line and exit 2, before loading anything', () => {
    for (const version of ['20.11.1', '22.12.0', '23.9.9']) {
      const r = launch(version, ['--version']);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(`slipway: needs Node.js 24 or later, this is v${version}`);
      expect(r.stderr).toContain('npx slipway');
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('runs the bundle on Node 24 and later', () => {
    for (const version of [process.versions.node, '25.0.0']) {
      const r = launch(version, ['--version']);
      expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
      expect(r.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    }
  });
});
