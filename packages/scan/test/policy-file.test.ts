import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_POLICY, loadGateInputs } from '../src/index.js';
import { fixturePath } from './fixtures.js';

// A policy file that says nothing, or was cut short, must fail closed naming the file: gating
// with the defaults instead passes what the written policy may block.

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'scan-policy-file-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function gateWith(policyText: string): Promise<unknown> {
  const policy = join(dir, 'policy.yml');
  await writeFile(policy, policyText);
  return (await loadGateInputs({ reports: [fixturePath('trivy/dimpact-nginx-latest.json')], policy })).policy;
}

describe('the policy file', () => {
  it.each([
    ['empty', ''],
    ['only blank lines', '\n\n  \n'],
    ['only comments', '# the gate policy\n'],
  ])('%s is refused naming the file, never read as the default policy', async (_, text) => {
    await expect(gateWith(text)).rejects.toThrow(/policy\.yml: .*empty/);
  });

  it.each([
    ['a section cut after its key', 'vulnerabilities: {fail-on: none}\nsecrets:', /policy\.yml: secrets: no value/],
    ['a setting cut after its key', 'vulnerabilities:\n  fail-on:', /policy\.yml: vulnerabilities\.fail-on: no value/],
    ['an exception list item with nothing', 'exceptions:\n  -', /policy\.yml: exceptions\[0\]: no value/],
  ])('%s is refused naming the field', async (_, text, says) => {
    await expect(gateWith(text)).rejects.toThrow(says);
  });

  it('cut at every byte of a real policy, is refused or reads as a prefix of it, never as the defaults by accident', async () => {
    const full = 'vulnerabilities:\n  fail-on: none\nsecrets:\n  block: false\n';
    for (let n = 0; n < full.length; n++) {
      const read = gateWith(full.slice(0, n));
      const outcome = await read.then(
        (p) => p,
        (e: Error) => e,
      );
      if (outcome instanceof Error) expect(outcome.message).toMatch(/policy\.yml/);
      // What is accepted sets vulnerabilities to none: it is never the default policy.
      else expect(outcome).not.toEqual(DEFAULT_POLICY);
    }
  });

  it('an explicit empty mapping is the default policy', async () => {
    expect(await gateWith('{}\n')).toEqual(DEFAULT_POLICY);
    expect(await gateWith('version: 1\n')).toEqual(DEFAULT_POLICY);
  });
});
