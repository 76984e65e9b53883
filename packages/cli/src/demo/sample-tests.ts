import { mkdir, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { spawnCapture, type ExecResult } from '@slipway/core';

/** The sample's test files, relative to the sample folder, sorted. */
export async function sampleTestFiles(sampleDir: string): Promise<string[]> {
  const dir = join(sampleDir, 'test');
  const names = await readdir(dir);
  return names
    .filter((n) => n.endsWith('.test.js'))
    .map((n) => relative(sampleDir, join(dir, n)))
    .sort();
}

/** Runs some of the sample's tests with Node's test runner, writing a JUnit report. */
export async function runSampleTests(
  node: string,
  sampleDir: string,
  files: string[],
  junitPath: string,
): Promise<ExecResult & { seconds: number }> {
  await mkdir(join(junitPath, '..'), { recursive: true });
  const started = performance.now();
  const result = await spawnCapture(
    node,
    [
      '--test',
      '--test-reporter=junit',
      `--test-reporter-destination=${junitPath}`,
      '--test-reporter=dot',
      '--test-reporter-destination=stdout',
      ...files,
    ],
    { cwd: sampleDir, env: { NODE_OPTIONS: '' } },
  );
  return { ...result, seconds: (performance.now() - started) / 1000 };
}
