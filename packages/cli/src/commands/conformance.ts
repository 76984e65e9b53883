import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readTextFile } from '@slipway/core';
import { artifactFromBytes, artifactFromDigest, conformanceVerify, isDigestReference, type Artifact } from '@slipway/verify';
import { EXIT, group, leaf, UsageError } from '../command.js';
import { SUMMARIES } from './summaries.js';

async function readArtifact(input: string, cwd: string): Promise<Artifact> {
  const path = resolve(cwd, input);
  // The protocol: a digest only when it looks like one and is not also a file.
  if (isDigestReference(input) && !existsSync(path)) return artifactFromDigest(input);
  try {
    return artifactFromBytes(await readFile(path), input);
  } catch (error) {
    throw new UsageError(`cannot read the artifact ${input}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** `slipway conformance verify-bundle`: the sigstore-conformance client protocol. */
export const verifyBundleCommand = leaf({
  name: 'verify-bundle',
  summary: 'verify a Sigstore bundle as the sigstore-conformance test suite asks',
  usage:
    'conformance verify-bundle --bundle F (--certificate-identity I --certificate-oidc-issuer U | --key PEM) [--trusted-root R] FILE_OR_sha256:DIGEST',
  options: {
    bundle: { type: 'string', value: 'F', description: 'the Sigstore bundle' },
    'certificate-identity': { type: 'string', value: 'I', description: 'the exact signer identity (certificate SAN)' },
    'certificate-oidc-issuer': { type: 'string', value: 'U', description: 'the exact OIDC issuer' },
    key: { type: 'string', value: 'PEM', description: 'a PEM public key file (key mode)' },
    'trusted-root': { type: 'string', value: 'R', description: 'a trusted_root.json (default: the public-good root)' },
  },
  positionals: 'any',
  details: 'Exit codes: 0 verified, 1 rejected, 2 bad usage or unreadable input.',
  run: async ({ values, positionals }, io) => {
    if (positionals.length !== 1) throw new UsageError(`expected one FILE or sha256:DIGEST, got ${positionals.length}`);
    if (!values.bundle) throw new UsageError('--bundle is required');
    const identity = values['certificate-identity'];
    const issuer = values['certificate-oidc-issuer'];
    if (values.key !== undefined && (identity !== undefined || issuer !== undefined)) {
      throw new UsageError('give either --key or --certificate-identity with --certificate-oidc-issuer, not both');
    }
    if (values.key === undefined && (identity === undefined || issuer === undefined)) {
      throw new UsageError('--certificate-identity and --certificate-oidc-issuer are required unless --key is given');
    }
    const bundlePath = resolve(io.cwd, values.bundle);
    const artifact = await readArtifact(positionals[0] ?? '', io.cwd);
    const root = values['trusted-root'];
    const result = conformanceVerify({
      bundle: { text: await readTextFile(bundlePath, 'bundle'), source: values.bundle },
      artifact,
      expect:
        values.key !== undefined
          ? { keyPem: await readTextFile(resolve(io.cwd, values.key), 'public key'), keySource: values.key }
          : { identity: identity ?? '', issuer: issuer ?? '' },
      ...(root ? { trustedRoot: { json: await readTextFile(resolve(io.cwd, root), 'trusted root'), source: root } } : {}),
    });
    for (const c of result.checks)
      io.stderr(`${c.status === 'passed' ? 'ok  ' : c.status === 'failed' ? 'FAIL' : 'skip'} ${c.name}: ${c.detail}\n`);
    io.stdout(result.ok ? 'OK\n' : 'REJECTED\n');
    return result.ok ? EXIT.ok : EXIT.rejected;
  },
});

/** `slipway conformance ...`: entry points for external conformance suites. */
export const conformanceCommand = group('conformance', SUMMARIES['conformance'], [verifyBundleCommand]);
