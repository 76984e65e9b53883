import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { artifactFromBytes, decodePolicy, loadTrust, parseBundle, verifySubject } from '../src/index.js';

// A real public-good bundle: attest-build-provenance-style SLSA v1 provenance (GitHub build type)
// for a.txt, signed by the sigstore-conformance beacon workflow while naming another repository's
// workflow as builder. The signature is valid; the provenance must still be refused.
const dir = fileURLToPath(new URL('../../../test/fixtures/conformance/', import.meta.url));
const BEACON =
  'https://github.com/sigstore-conformance/extremely-dangerous-public-oidc-beacon/.github/workflows/extremely-dangerous-oidc-beacon.yml@refs/heads/main';

describe('real public-good bundles', () => {
  const bundle = parseBundle(
    readFileSync(`${dir}happy-path-intoto-in-dsse-v3/bundle.sigstore.json`, 'utf8'),
    'happy-path-intoto-in-dsse-v3',
  );
  const artifact = artifactFromBytes(readFileSync(`${dir}a.txt`), 'a.txt');
  const trust = loadTrust({ kind: 'public-good' });
  const policy = (extra: Record<string, unknown>) =>
    decodePolicy({ identities: [BEACON], issuers: ['https://token.actions.githubusercontent.com'], ...extra }, 'policy');

  it('verifies the signature and signer offline with the shipped public-good root when provenance is not looked at', () => {
    const noProvenance = policy({ 'require-provenance': false, 'predicate-types': [] });
    expect(verifySubject('a.txt', artifact, [{ bundle, source: 'bundle' }], noProvenance, trust, new Date()).verified).toBe(true);
    // Provenance that contradicts its signer spoils the bundle even when provenance is optional.
    expect(
      verifySubject('a.txt', artifact, [{ bundle, source: 'bundle' }], policy({ 'require-provenance': false }), trust, new Date()).verified,
    ).toBe(false);
  });

  it('refuses its provenance: the builder and source it claims are not the signing workflow', () => {
    const report = verifySubject('a.txt', artifact, [{ bundle, source: 'bundle' }], policy({}), trust, new Date());
    expect(report.verified).toBe(false);
    const failed = Object.fromEntries(report.bundles[0]?.checks.filter((c) => c.status === 'failed').map((c) => [c.name, c.detail]) ?? []);
    expect(failed['builder ID']).toBe(
      `provenance says https://github.com/loosebazooka/aa-test/.github/workflows/provenance.yaml@refs/heads/main, but the signing certificate says ${BEACON}`,
    );
    expect(failed['source repository']).toContain(
      'provenance says https://github.com/loosebazooka/aa-test, but the signing certificate says',
    );
    expect(failed['source commit']).toBe(
      'provenance says ebff8dfbd609b7b22237c7719ce07f2dc7934f5f, but the signing certificate says 82a3bfe6dd50fe9c71d6315eae66da15307856cf',
    );
  });
});
