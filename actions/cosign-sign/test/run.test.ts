import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readerFrom } from '@slipway/core';
import { recordingPorts } from '@slipway/core/testing';
import { parseInputs } from '../src/inputs.js';
import { run } from '../src/run.js';

const key = join(process.cwd(), 'test', 'fixtures', 'supply-chain', 'ed25519.key.pem');

describe('cosign-sign inputs', () => {
  it.each([
    [{}, 'Nothing to sign'],
    [{ images: 'a@sha256:x', attestations: '', 'checksums-file': 'SUMS' }, "'checksums-file' needs files"],
    [{ files: 'x', attestations: 'p.json' }, "'attestations' attaches bundles to images"],
    [{ files: 'x', 'registry-username': 'u' }, "'registry-username' and 'registry-password' go together"],
  ])('%j is refused', (values, message) => {
    expect(() => parseInputs(readerFrom(values))).toThrow(message);
  });
});

describe('cosign-sign run()', () => {
  it('signs files with a key and reports them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cosign-run-'));
    await writeFile(join(dir, 'a.bin'), 'a');
    const ports = recordingPorts();
    await run(parseInputs(readerFrom({ files: '*.bin', 'private-key': await readFile(key, 'utf8') })), ports, { GITHUB_WORKSPACE: dir });
    expect(JSON.parse(ports.outputValues['bundles'] ?? '[]')).toEqual([join(dir, 'a.bin.sigstore.json')]);
    expect(ports.outputValues['count']).toBe('1');
    expect(ports.summaryText()).toContain('a.bin');
  });

  it('checks every image reference before signing anything', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cosign-run-'));
    await writeFile(join(dir, 'a.bin'), 'a');
    const ports = recordingPorts();
    const inputs = parseInputs(readerFrom({ files: '*.bin', images: 'ghcr.io/o/app:latest', 'private-key': await readFile(key, 'utf8') }));
    await expect(run(inputs, ports, { GITHUB_WORKSPACE: dir })).rejects.toThrow('has no digest');
    expect(existsSync(join(dir, 'a.bin.sigstore.json'))).toBe(false);
    expect(ports.outputValues).toEqual({});
  });
});
