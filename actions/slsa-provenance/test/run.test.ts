import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readerFrom } from '@slipway/core';
import { recordingPorts } from '@slipway/core/testing';
import { parseInputs } from '../src/inputs.js';
import { run } from '../src/run.js';

const key = join(process.cwd(), 'test', 'fixtures', 'supply-chain', 'ec-p256.key.pem');

async function workspace(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'slsa-run-'));
  await mkdir(join(dir, 'out'));
  await writeFile(join(dir, 'out', 'a.txt'), 'a\n');
  return dir;
}

const env = (dir: string): Record<string, string> => ({
  GITHUB_WORKSPACE: dir,
  RUNNER_TEMP: dir,
  GITHUB_REPOSITORY: 'o/r',
  GITHUB_REPOSITORY_ID: '1',
  GITHUB_REPOSITORY_OWNER_ID: '2',
  GITHUB_SHA: 'c'.repeat(40),
  GITHUB_REF: 'refs/heads/main',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/b.yml@refs/heads/main',
  GITHUB_RUN_ID: '9',
  GITHUB_RUN_ATTEMPT: '1',
});

describe('slsa-provenance inputs', () => {
  it.each([
    [{}, 'No subjects'],
    [{ 'subject-name': 'ghcr.io/o/app' }, "'subject-name' and 'subject-digest' go together"],
    [{ 'subject-path': 'x', 'push-to-registry': 'true' }, "'push-to-registry' needs an image subject"],
    [{ 'subject-path': 'x', 'tlog-upload': 'maybe' }, "Input 'tlog-upload' must be true or false"],
    [{ 'subject-name': 'ghcr.io/o/app', 'subject-digest': 'sha256:nope' }, "Input 'subject-digest' is not a sha256 digest"],
    [{ 'subject-path': 'x', 'rekor-url': 'rekor' }, "Input 'rekor-url' is not an http(s) URL"],
  ])('%j is refused', (values, message) => {
    expect(() => parseInputs(readerFrom(values))).toThrow(message);
  });
});

describe('slsa-provenance run()', () => {
  it('writes the bundle, sets the outputs and a summary naming builder and subjects', async () => {
    const dir = await workspace();
    const ports = recordingPorts();
    const inputs = parseInputs(
      readerFrom({ 'subject-path': 'out/*.txt', 'private-key': await readFile(key, 'utf8'), 'bundle-path': 'p.json' }),
    );
    await run(inputs, ports, env(dir));
    expect(ports.outputValues).toMatchObject({
      'bundle-path': join(dir, 'p.json'),
      'subject-count': '1',
      'log-index': '',
      'attestation-id': '',
    });
    expect(ports.summaryText()).toContain('https://github.com/o/r/.github/workflows/b.yml@refs/heads/main');
    expect(ports.summaryText()).toContain('a.txt');
    expect(ports.lines.some((l) => l.level === 'warning' && l.message.includes('No OIDC token'))).toBe(true);
    const bundle = JSON.parse(await readFile(join(dir, 'p.json'), 'utf8')) as { dsseEnvelope: { payloadType: string } };
    expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
  });

  it('fails closed when the environment lacks the build context, writing nothing', async () => {
    const dir = await workspace();
    const ports = recordingPorts();
    const inputs = parseInputs(
      readerFrom({ 'subject-path': 'out/*.txt', 'private-key': await readFile(key, 'utf8'), 'bundle-path': 'p.json' }),
    );
    await expect(run(inputs, ports, { GITHUB_WORKSPACE: dir })).rejects.toThrow(/lacks GITHUB_REPOSITORY, GITHUB_REPOSITORY_ID, /);
    expect(ports.outputValues).toEqual({});
  });

  it.each([
    ['GITHUB_SHA', 'nope', "GITHUB_SHA 'nope'"],
    ['GITHUB_RUN_ATTEMPT', 'abc', "GITHUB_RUN_ATTEMPT 'abc'"],
    ['GITHUB_REF', 'main', "GITHUB_REF 'main'"],
  ])('refuses %s=%s from the environment before signing, naming it', async (name, value, message) => {
    const dir = await workspace();
    const ports = recordingPorts();
    const inputs = parseInputs(
      readerFrom({ 'subject-path': 'out/*.txt', 'private-key': await readFile(key, 'utf8'), 'bundle-path': 'p.json' }),
    );
    await expect(run(inputs, ports, { ...env(dir), [name]: value })).rejects.toThrow(message);
    expect(ports.outputValues).toEqual({});
    await expect(readFile(join(dir, 'p.json'))).rejects.toThrow();
  });
});
