import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PolicyError, readerFrom, UserError } from '@slipway/core';
import { recordingPorts } from '@slipway/core/testing';
import { makeRebuildProject, type RebuildProject } from '../../../test/fixtures/rebuild/make-project.js';
import { parseInputs } from '../src/inputs.js';
import { run } from '../src/run.js';

let project: RebuildProject;
const key = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

beforeAll(async () => {
  project = await makeRebuildProject(join(process.cwd(), 'sample'));
});
afterAll(async () => {
  await rm(project.dir, { recursive: true, force: true });
});

const env = (): Record<string, string> => ({
  GITHUB_WORKSPACE: project.dir,
  RUNNER_TEMP: project.dir,
  PATH: process.env['PATH'] ?? '',
  HOME: process.env['HOME'] ?? '',
});

describe('reproducible-build run()', () => {
  it('passes a reproducible build, signs its verdict and writes one record per output', async () => {
    const ports = recordingPorts();
    const records: unknown[] = [];
    await run(
      parseInputs(
        readerFrom({
          command: 'npm pack --silent',
          outputs: '*.tgz',
          'working-directory': 'sample',
          'attestation-path': 'vsa.sigstore.json',
          'private-key': key,
          'report-dir': 'report',
        }),
      ),
      ports,
      env(),
      { write: (r) => (records.push(...r), Promise.resolve({ path: 'records.json' })) },
    );
    expect(ports.outputValues).toMatchObject({ reproducible: 'true', verdict: 'reproducible', hermetic: 'not-isolated', causes: '' });
    expect(ports.outputValues['attestation-path']).toBe(join(project.dir, 'vsa.sigstore.json'));
    const bundle = JSON.parse(await readFile(join(project.dir, 'vsa.sigstore.json'), 'utf8')) as { dsseEnvelope: { payload: string } };
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as {
      predicate: Record<string, unknown>;
    };
    expect(statement.predicate).toMatchObject({ verificationResult: 'PASSED', verifiedLevels: ['SLIPWAY_REPRODUCIBLE_BUILD'] });
    expect(records).toEqual([
      expect.objectContaining({
        type: 'reproducibility',
        subject: 'slipway-sample-1.0.0.tgz',
        reproducible: true,
        hermetic: 'not-isolated',
        runs: 2,
      }),
    ]);
    expect(ports.summaryText()).toContain('Reproducible build: passed');
  });

  it('fails the step on a difference, after the summary names the cause', async () => {
    const ports = recordingPorts();
    const records: unknown[] = [];
    const p = run(parseInputs(readerFrom({ command: 'mkdir -p out && date > out/stamp.txt', outputs: 'out/stamp.txt' })), ports, env(), {
      write: (r) => (records.push(...r), Promise.resolve({ path: 'records.json' })),
    });
    await expect(p).rejects.toThrow(PolicyError);
    expect(ports.outputValues).toMatchObject({ reproducible: 'false', verdict: 'not-reproducible' });
    expect(ports.outputValues['causes']).toContain('embedded-date');
    expect(ports.summaryText()).toContain('likely **an embedded date**');
    expect(records).toEqual([expect.objectContaining({ reproducible: false })]);
  });

  it('refuses a vary it does not know before any build', () => {
    expect(() => parseInputs(readerFrom({ command: 'make', outputs: 'out/*', vary: '-clock' }))).toThrow(UserError);
  });

  it('never lets the build see the step inputs or the token variables', async () => {
    const ports = recordingPorts();
    await run(
      parseInputs(
        readerFrom({
          command: 'mkdir -p out && env | sort | grep -E "^(INPUT_|ACTIONS_ID_TOKEN|ACTIONS_RUNTIME)" > out/env.txt; true',
          outputs: 'out/env.txt',
          vary: 'none',
        }),
      ),
      ports,
      { ...env(), 'INPUT_PRIVATE-KEY': key, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret-token', ACTIONS_RUNTIME_TOKEN: 'runtime-token' },
    );
    expect(ports.outputValues['verdict']).toBe('reproducible');
    const digests = JSON.parse(ports.outputValues['digests'] ?? '{}') as Record<string, string>;
    // sha256 of an empty file: nothing of those variables reached the build.
    expect(digests['out/env.txt']).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
