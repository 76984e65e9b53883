import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot, runStep } from '../harness/index.js';
import { makeRebuildProject, type RebuildProject } from '../fixtures/rebuild/make-project.js';

// The committed reproducible-build bundle, run as the runner runs it, on a real commit.
let project: RebuildProject;

beforeAll(async () => {
  project = await makeRebuildProject(join(repoRoot, 'sample'));
});
afterAll(async () => {
  await rm(project.dir, { recursive: true, force: true });
});

describe('the reproducible-build action', () => {
  it('passes the sample npm pack without the network, matches the published file and writes its record', async () => {
    // The "published" artifact: what a build job would have uploaded, packed from the same commit.
    const published = await runStep({
      action: 'reproducible-build',
      workspace: project.dir,
      inputs: {
        command: 'npm pack --silent',
        outputs: '*.tgz',
        'working-directory': 'sample',
        network: 'deny',
        record: 'file',
        'report-dir': 'first',
      },
    });
    expect(published.exitCode).toBe(0);
    const r = await runStep({
      action: 'reproducible-build',
      workspace: project.dir,
      inputs: {
        command: 'npm pack --silent',
        outputs: '*.tgz',
        'working-directory': 'sample',
        network: 'deny',
        expected: 'first/runs/run-1/*.tgz',
        record: 'file',
      },
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ reproducible: 'true', hermetic: 'yes', verdict: 'reproducible' });
    expect(r.summary).toContain('Reproducible build: passed');
    const recordsDir = join(r.jobDir, 'temp', 'slipway-records');
    const [name] = (await readdir(recordsDir)).filter((n) => n.startsWith('slipway-record-reproducible-build-'));
    const records = JSON.parse(await readFile(join(recordsDir, name ?? '', `${name ?? ''}.json`), 'utf8')) as { records: unknown[] };
    expect(records.records).toEqual([
      expect.objectContaining({
        type: 'reproducibility',
        subject: 'slipway-sample-1.0.0.tgz',
        reproducible: true,
        hermetic: 'yes',
        runs: 2,
      }),
    ]);
  });

  it('fails the step on a tarball without fixed mtimes and names the cause in the summary', async () => {
    const r = await runStep({
      action: 'reproducible-build',
      workspace: project.dir,
      inputs: { command: 'mkdir -p out && tar czf out/data.tgz data', outputs: 'out/*.tgz', record: 'none' },
    });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ reproducible: 'false', verdict: 'not-reproducible' });
    expect(r.outputs['causes']).toContain('file-mtime');
    expect(r.summary).toContain('likely **file modification times**');
    expect(r.annotations.some((a) => a.message.includes('not reproducible'))).toBe(true);
  });
});
