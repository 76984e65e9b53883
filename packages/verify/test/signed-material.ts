import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { bundleFromJSON, type Bundle, type SerializedBundle } from '@sigstore/bundle';
import {
  buildSlsaProvenance,
  IN_TOTO_PAYLOAD_TYPE,
  makeStatement,
  signDsse,
  buildClaimsFrom,
  classicSignatureAnnotations,
  createProvenance,
  keySigner,
  signBlob,
  simpleSigningPayload,
  staticIdentityProvider,
  type SigningMethod,
} from '@slipway/supply-chain';
import { githubClaims, startSigstoreMock, type SigstoreMock } from '../../../test/services/sigstore-mock.js';
import { artifactFromBytes, loadTrust, type Artifact, type Trust } from '../src/index.js';

/** Bundles made by the real signing code against the local Sigstore services, for engine tests. */
export interface SignedMaterial {
  mock: SigstoreMock;
  trust: Trust;
  artifact: Artifact;
  /** A message signature over the artifact by ci.yml on main. */
  signature: SerializedBundle;
  /** SLSA v1 provenance for the artifact, signed by the workflow it names. */
  provenance: SerializedBundle;
  /** Provenance naming ci.yml as builder, but signed by another workflow (evil.yml). */
  forgedBuilder: SerializedBundle;
  /** Provenance claiming another repository than the signer's certificate says. */
  forgedSource: SerializedBundle;
  /** A key-signed message signature (logged in Rekor) and the key's PEM. */
  keySigned: SerializedBundle;
  publicKeyPem: string;
  /** `sha256:<hex>` of the key's SubjectPublicKeyInfo DER, as a policy's `keys` lists it. */
  keyFingerprint: string;
  /** A classic cosign `.sig` layer (simple-signing payload and annotations) for IMAGE_DIGEST, signed by ci.yml. */
  classic: { payload: Buffer; annotations: Record<string, string> };
  /** Message signatures over the artifact whose certificate SAN is SPOOF_HIGH_BIT (0xE1 for 'a') and SPOOF_CONTROL (a trailing newline). */
  spoofedHighBit: SerializedBundle;
  spoofedControl: SerializedBundle;
  /** Self-written provenance claiming ci.yml's build, signed with a key made on the spot (`freshKeyPem` its public half). */
  freshKeyProvenance: SerializedBundle;
  freshKeyPem: string;
  /** A statement for the artifact whose one subject has the right sha256 and a wrong sha512, signed by ci.yml. */
  contradictory: SerializedBundle;
  /** Reproducibility verdicts (VSA) for the artifact signed by rebuild.yml: passed and hermetic, passed only, failed; and one for another digest. */
  verdict: SerializedBundle;
  verdictNotHermetic: SerializedBundle;
  verdictFailed: SerializedBundle;
  verdictOtherDigest: SerializedBundle;
  /** A passing verdict signed by evil.yml, an identity no policy here trusts for verdicts. */
  verdictUntrusted: SerializedBundle;
  /** ci.yml's provenance rewritten to claim the GitHub-hosted runner builder, signed on a self-hosted runner. */
  runnerClaimSelfHosted: SerializedBundle;
  /** ci.yml's provenance rewritten as delegator provenance naming a trusted tool workflow, signed by ci.yml itself. */
  delegatorClaim: SerializedBundle;
}

/** The tool workflow the forged delegator provenance names as its builder. */
export const CLAIMED_TRW = 'https://github.com/slsa-framework/example-trw/.github/workflows/builder_high-perms_slsa3.yml@refs/tags/v2.1.0';

/** The identity the spoofed certificates imitate, and what their SANs really hold. */
export const SPOOF_TARGET = 'https://github.com/acme/app/.github/workflows/release.yml@refs/heads/main';
export const SPOOF_HIGH_BIT = 'https://github.com/\u00e1cme/app/.github/workflows/release.yml@refs/heads/main';
export const SPOOF_CONTROL = `${SPOOF_TARGET}\n`;
export const REBUILD = 'https://github.com/octo-org/octo-repo/.github/workflows/rebuild.yml@refs/heads/main';

/** A Verification Summary Attestation as `slipway rebuild` writes it (SLSA verification_summary v1). */
export function verdictStatement(sha256: string, result: 'PASSED' | 'FAILED', levels: string[]): Buffer {
  const statement = makeStatement([{ name: 'app.js', digest: { sha256 } }], 'https://slsa.dev/verification_summary/v1', {
    verifier: { id: 'https://github.com/octo-org/octo-repo/.github/workflows/rebuild.yml' },
    timeVerified: new Date().toISOString(),
    resourceUri: 'app.js',
    policy: { uri: 'https://example.org/slipway/reproducible-build' },
    verificationResult: result,
    verifiedLevels: levels,
    slsaVersion: '1.0',
  });
  return Buffer.from(JSON.stringify(statement));
}

export const IMAGE_DIGEST = `sha256:${'ab'.repeat(32)}`;

export const IDENTITY = 'https://github.com/octo-org/octo-repo/.github/workflows/ci.yml@refs/heads/main';
export const ISSUER = 'https://token.actions.githubusercontent.com';

export const toBundle = (json: SerializedBundle): Bundle => bundleFromJSON(json);

async function keyless(mock: SigstoreMock, claims: Record<string, unknown>): Promise<SigningMethod> {
  return {
    mode: 'keyless',
    identity: staticIdentityProvider(await mock.oidcToken(claims)),
    fulcioURL: mock.fulcioURL,
    rekorURL: mock.rekorURL,
    tsaURL: mock.tsaURL,
  };
}

export async function makeSignedMaterial(): Promise<SignedMaterial> {
  const mock = await startSigstoreMock();
  const bytes = Buffer.from('console.log("sample artifact");\n');
  const artifact = artifactFromBytes(bytes, 'app.js');
  const subjects = [{ name: 'app.js', digest: { sha256: artifact.sha256 } }];
  const claims = githubClaims();
  const evilClaims = githubClaims({ job_workflow_ref: 'octo-org/octo-repo/.github/workflows/evil.yml@refs/heads/main' });
  const provenanceFor = async (c: Record<string, unknown>, method: SigningMethod) =>
    (await createProvenance(subjects, buildClaimsFrom(c, 'test'), 'https://github.com', method)).bundle;
  const ci = await keyless(mock, claims);
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const key = keySigner(privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), { source: 'test key' });
  const keyFingerprint = `sha256:${createHash('sha256')
    .update(createPublicKey(key.publicKeyPem).export({ format: 'der', type: 'spki' }))
    .digest('hex')}`;
  const payload = simpleSigningPayload('127.0.0.1:5000/octo/app', IMAGE_DIGEST);
  const fresh = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const freshKey = keySigner(fresh, { source: 'fresh key' });
  const spoof = (subject: string): Promise<SigningMethod> =>
    keyless(mock, githubClaims({ repository: 'acme/app', job_workflow_ref: subject.replace('https://github.com/', '') }));
  const rebuild = await keyless(mock, githubClaims({ job_workflow_ref: REBUILD.replace('https://github.com/', '') }));
  const evil = await keyless(mock, evilClaims);
  const dsse = async (body: Buffer, method: SigningMethod): Promise<SerializedBundle> =>
    (await signDsse(body, IN_TOTO_PAYLOAD_TYPE, method)).json;
  const contradiction = Buffer.from(
    JSON.stringify(
      makeStatement(
        [{ name: 'app.js', digest: { sha256: artifact.sha256, sha512: 'ab'.repeat(64) } as { sha256: string } }],
        'https://slsa.dev/provenance/v1',
        {},
      ),
    ),
  );
  const rewritten = (edit: (p: { buildDefinition: { buildType: string }; runDetails: { builder: { id: string } } }) => void): Buffer => {
    const predicate = JSON.parse(JSON.stringify(buildSlsaProvenance(buildClaimsFrom(claims, 'test'), 'https://github.com'))) as Parameters<
      typeof edit
    >[0];
    edit(predicate);
    return Buffer.from(JSON.stringify(makeStatement(subjects, 'https://slsa.dev/provenance/v1', predicate)));
  };
  const selfHosted = await keyless(mock, githubClaims({ runner_environment: 'self-hosted' }));
  const R = 'SLIPWAY_REPRODUCIBLE_BUILD';
  const H = 'SLIPWAY_HERMETIC_BUILD';
  const [signature, provenance, forgedBuilder, forgedSource, keySigned, classic, ...more] = await Promise.all([
    signBlob(bytes, ci),
    provenanceFor(claims, ci),
    provenanceFor(claims, evil),
    provenanceFor({ ...claims, repository: 'octo-org/other-repo' }, ci),
    signBlob(bytes, { mode: 'key', key, rekorURL: mock.rekorURL }),
    signBlob(payload, ci),
    signBlob(bytes, await spoof(SPOOF_HIGH_BIT)).then((b) => b.json),
    signBlob(bytes, await spoof(SPOOF_CONTROL)).then((b) => b.json),
    provenanceFor(claims, { mode: 'key', key: freshKey, rekorURL: mock.rekorURL }).then((b) => b.json),
    dsse(contradiction, ci),
    dsse(verdictStatement(artifact.sha256, 'PASSED', [R, H]), rebuild),
    dsse(verdictStatement(artifact.sha256, 'PASSED', [R]), rebuild),
    dsse(verdictStatement(artifact.sha256, 'FAILED', []), rebuild),
    dsse(verdictStatement('cd'.repeat(32), 'PASSED', [R, H]), rebuild),
    dsse(verdictStatement(artifact.sha256, 'PASSED', [R, H]), evil),
    dsse(
      rewritten((p) => void (p.runDetails.builder.id = 'https://github.com/actions/runner/github-hosted')),
      selfHosted,
    ),
    dsse(
      rewritten((p) => {
        p.buildDefinition.buildType = 'https://github.com/slsa-framework/slsa-github-generator/delegator-generic@v0';
        p.runDetails.builder.id = CLAIMED_TRW;
      }),
      ci,
    ),
  ]);
  const [
    spoofedHighBit,
    spoofedControl,
    freshKeyProvenance,
    contradictory,
    verdict,
    verdictNotHermetic,
    verdictFailed,
    verdictOtherDigest,
    verdictUntrusted,
    runnerClaimSelfHosted,
    delegatorClaim,
  ] = more as SerializedBundle[];
  return {
    mock,
    trust: loadTrust({ kind: 'trusted-root', json: JSON.stringify(mock.trustedRoot), source: 'mock trusted root' }),
    artifact,
    signature: signature.json,
    provenance: provenance.json,
    forgedBuilder: forgedBuilder.json,
    forgedSource: forgedSource.json,
    keySigned: keySigned.json,
    publicKeyPem: key.publicKeyPem,
    keyFingerprint,
    classic: { payload, annotations: classicSignatureAnnotations(classic.bundle) },
    spoofedHighBit: spoofedHighBit as SerializedBundle,
    spoofedControl: spoofedControl as SerializedBundle,
    freshKeyProvenance: freshKeyProvenance as SerializedBundle,
    freshKeyPem: freshKey.publicKeyPem,
    contradictory: contradictory as SerializedBundle,
    verdict: verdict as SerializedBundle,
    verdictNotHermetic: verdictNotHermetic as SerializedBundle,
    verdictFailed: verdictFailed as SerializedBundle,
    verdictOtherDigest: verdictOtherDigest as SerializedBundle,
    verdictUntrusted: verdictUntrusted as SerializedBundle,
    runnerClaimSelfHosted: runnerClaimSelfHosted as SerializedBundle,
    delegatorClaim: delegatorClaim as SerializedBundle,
  };
}
