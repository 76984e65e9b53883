import { describe, expect, it } from '@jest/globals';
import { spawnCapture } from '@slipway/core';
import { DEFAULT_POLICY, parseClamscanOutput, runGate } from '../src/index.js';
import { eicarTree } from './eicar.js';

describe('ClamAV findings', () => {
  it('reads a real clamscan run as malware findings that always block', async () => {
    const { tree, database, infected } = await eicarTree();
    const run = await spawnCapture('clamscan', ['-d', database, '-r', tree]);
    expect(run.exitCode).toBe(1);
    const report = parseClamscanOutput(run.stdout, 'clamscan', { root: tree, image: 'ghcr.io/acme/app:1' });
    expect(report.findings).toEqual([
      expect.objectContaining({
        kind: 'malware',
        id: 'Slipway.Test.EICAR.UNOFFICIAL',
        severity: 'CRITICAL',
        path: infected,
        image: 'ghcr.io/acme/app:1',
      }),
    ]);
    const gate = runGate({ reports: [report], policy: { ...DEFAULT_POLICY, secrets: { block: false } }, now: new Date() });
    expect(gate.decision).toBe('fail');
    expect(gate.findings[0]?.reasons).toEqual(['malware always blocks']);
  });

  it('reads a clean run as no findings', async () => {
    const { tree, database } = await eicarTree();
    const run = await spawnCapture('clamscan', ['-d', database, '-r', `${tree}/usr/share/app/index.js`]);
    expect(run.exitCode).toBe(0);
    expect(parseClamscanOutput(run.stdout, 'clamscan').findings).toEqual([]);
  });

  it('refuses output without its summary, or whose counts disagree', () => {
    expect(() => parseClamscanOutput('/a: Eicar FOUND\n', 'clam.log')).toThrow('clam.log: no "SCAN SUMMARY" section');
    expect(() => parseClamscanOutput('/a: Eicar FOUND\n----------- SCAN SUMMARY -----------\nInfected files: 2\n', 'clam.log')).toThrow(
      'the summary says Infected files: 2 but 1 FOUND lines were read',
    );
  });
});
