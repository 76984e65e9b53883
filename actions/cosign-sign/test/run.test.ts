import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readerFrom } from '@slipway/core';
import { recordingPorts } from '@slipway/core/testing';
import { parseInputs } from '../src/inputs.js';
import { run } from '../src/run.js';

const keys = join(process.cwd(), 'test', 'fixtures', 'supply-chain');
const key = join(keys, 'ec-p256.key.pem');

describe('cosign-sign inputs', () => {
  it.each([
    [{}, 'Nothing to sign'],
    [{ images: 'a@sha256:x', attestations: '', 'checksums-file': 'SUMS' }, "'checksums-file' needs files"],
    [{ files: 'x', attestations: 'p.json' }, "'attestations' attaches bundles to images"],
    [{ files: 'x', 'registry-username': 'u' }, "'registry-username' and 'registry-password' go together"],
    [{ files: 'x', 'fulcio-url': 'fulcio.sigstore.dev' }, "Input 'fulcio-url' is not an http(s) URL"],
    [{ files: 'x', 'tsa-url': 'file:///etc/passwd' }, "Input 'tsa-url' is not an http(s) URL"],
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

  it("refuses a passphrase without its key (an unset secret reads as ''), instead of signing keyless", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cosign-run-'));
    await writeFile(join(dir, 'a.bin'), 'a');
    const ports = recordingPorts();
    const inputs = parseInputs(readerFrom({ files: '*.bin', 'private-key': '', 'private-key-passphrase': 'hunter2' }));
    const env = { GITHUB_WORKSPACE: dir, ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' };
    await expect(run(inputs, ports, env)).rejects.toThrow("Input 'private-key' is empty but 'private-key-passphrase' is set");
    expect(existsSync(join(dir, 'a.bin.sigstore.json'))).toBe(false);
  });

  it.each([
    ['ed25519.key.pem', { files: '*.bin' }, 'cannot make file signatures'],
    [
      'ec-p384.key.pem',
      { files: '*.bin', images: `127.0.0.1:9/o/app@sha256:${'a'.repeat(64)}` },
      'cannot make attestations and image signatures',
    ],
  ])('%s %j: a key its verifiers cannot check is refused before any bundle is written', async (name, values, message) => {
    const dir = await mkdtemp(join(tmpdir(), 'cosign-run-'));
    await writeFile(join(dir, 'a.bin'), 'a');
    const ports = recordingPorts();
    const inputs = parseInputs(readerFrom({ ...values, 'private-key': await readFile(join(keys, name), 'utf8') }));
    await expect(run(inputs, ports, { GITHUB_WORKSPACE: dir })).rejects.toThrow(message);
    expect(existsSync(join(dir, 'a.bin.sigstore.json'))).toBe(false);
    expect(ports.outputValues).toEqual({});
  });
});
