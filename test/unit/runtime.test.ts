import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '@slipway/cli';
import { repoRoot } from '../harness/index.js';

describe('the project runtime', () => {
  it('runs the tests on the Node 24 the project brings (actions run as node24)', () => {
    expect(process.versions.node.split('.')[0]).toBe('24');
    expect(readFileSync(join(repoRoot, '.node-version'), 'utf8').trim()).toBe('24');
  });

  it('keeps the CLI version equal to the package version', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
