import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { parseBundle, parseBundles } from '../src/index.js';

const dir = fileURLToPath(new URL('../../../test/fixtures/conformance/', import.meta.url));
const text = (name: string): string => readFileSync(`${dir}${name}/bundle.sigstore.json`, 'utf8');

describe('reading bundles', () => {
  it('reads one bundle, a JSON array, or JSON lines', () => {
    const a = text('happy-path-v0.3');
    const b = text('happy-path-intoto-in-dsse-v3');
    expect(parseBundles(a, 'one.json')).toHaveLength(1);
    expect(parseBundles(`[${a},${b}]`, 'array.json').map((x) => x.content.$case)).toEqual(['messageSignature', 'dsseEnvelope']);
    const lines = `${JSON.stringify(JSON.parse(a))}\n${JSON.stringify(JSON.parse(b))}\n`;
    expect(parseBundles(lines, 'attestations.jsonl').map((x) => x.content.$case)).toEqual(['messageSignature', 'dsseEnvelope']);
  });

  it.each([
    [
      'bundle-unknown-version_fail',
      'mediaType "application/vnd.dev.sigstore.bundle+json;version=99.9" is not a Sigstore bundle version this verifier knows',
    ],
    ['bundle-malformed-json_fail', 'is not valid JSON'],
  ])('refuses %s with the reason', (name, message) => {
    expect(() => parseBundle(text(name), name)).toThrow(message);
  });

  it('refuses an empty file, a non-object and a line that is not a bundle', () => {
    expect(() => parseBundles('  \n', 'empty.json')).toThrow('empty.json is empty; expected one or more Sigstore bundles');
    expect(() => parseBundle('"text"', 'string.json')).toThrow('string.json is not a Sigstore bundle: expected a JSON object');
    expect(() => parseBundles(`${JSON.stringify(JSON.parse(text('happy-path-v0.3')))}\n{"mediaType":"x"}\n`, 'mixed.jsonl')).toThrow(
      'mixed.jsonl line 2: mediaType "x" is not a Sigstore bundle version',
    );
  });
});
