import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { EXIT, main } from '../src/index.js';
import { captureIO } from './cli-io.js';

// Every offline case of sigstore-conformance's bundle-verify suite, through the CLI entry the
// conformance harness calls, once with the artifact's path and once as `sha256:<hex>`.
const root = fileURLToPath(new URL('../../../test/fixtures/conformance/', import.meta.url));
const DEFAULT_IDENTITY =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';
const DEFAULT_ISSUER = 'https://token.actions.githubusercontent.com';

const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function argsFor(name: string, artifactArg: (path: string) => string): string[] {
  const dir = join(root, name);
  const file = (f: string): string | undefined => (existsSync(join(dir, f)) ? join(dir, f) : undefined);
  const text = (f: string): string | undefined => (file(f) ? readFileSync(join(dir, f), 'utf8').trim() : undefined);
  const args = ['conformance', 'verify-bundle', '--bundle', join(dir, 'bundle.sigstore.json')];
  const key = file('key.pub');
  if (key) args.push('--key', key);
  else
    args.push(
      '--certificate-identity',
      text('identity') ?? DEFAULT_IDENTITY,
      '--certificate-oidc-issuer',
      text('issuer') ?? DEFAULT_ISSUER,
    );
  const trustedRoot = file('trusted_root.json');
  if (trustedRoot) args.push('--trusted-root', trustedRoot);
  args.push(artifactArg(file('artifact') ?? join(root, 'a.txt')));
  return args;
}

const sha256 = (path: string): string => `sha256:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;

describe('sigstore-conformance verify-bundle', () => {
  it('has all 70 cases', () => {
    expect(cases).toHaveLength(70);
  });

  describe.each([
    ['artifact path', (p: string) => p],
    ['sha256 digest', sha256],
  ])('with the %s', (_mode, artifactArg) => {
    it.each(cases)('%s', async (name) => {
      const io = captureIO();
      const code = await main(argsFor(name, artifactArg), io);
      if (name.endsWith('_fail')) {
        expect(code).not.toBe(EXIT.ok);
        expect(io.out() + io.err()).toMatch(/REJECTED|slipway: /);
      } else {
        expect({ code, err: io.err() }).toEqual({ code: EXIT.ok, err: expect.not.stringContaining('FAIL') as unknown });
        expect(io.out()).toBe('OK\n');
      }
    });
  });

  it('treats sha256:<hex> as a path when such a file exists', async () => {
    const io = captureIO(join(root, 'happy-path-v0.3'));
    const code = await main(
      [
        'conformance',
        'verify-bundle',
        '--bundle',
        'bundle.sigstore.json',
        '--certificate-identity',
        DEFAULT_IDENTITY,
        '--certificate-oidc-issuer',
        DEFAULT_ISSUER,
        'sha256:nothex',
      ],
      io,
    );
    expect(code).toBe(EXIT.usage);
    expect(io.err()).toContain('cannot read the artifact sha256:nothex');
  });

  it('refuses --key together with an identity', async () => {
    const io = captureIO();
    const args = argsFor('managed-key-happy-path', (p) => p);
    const code = await main([...args.slice(0, -1), '--certificate-identity', 'x', '--certificate-oidc-issuer', 'y', args.at(-1) ?? ''], io);
    expect(code).toBe(EXIT.usage);
    expect(io.err()).toContain('either --key or --certificate-identity');
  });

  it('rejects the right bundle with the wrong identity, naming both', async () => {
    const io = captureIO();
    const args = argsFor('happy-path-v0.3', (p) => p);
    args[args.indexOf('--certificate-identity') + 1] = `${DEFAULT_IDENTITY}.evil`;
    expect(await main(args, io)).toBe(EXIT.rejected);
    expect(io.err()).toContain(`expected ${DEFAULT_IDENTITY}.evil`);
  });
});
