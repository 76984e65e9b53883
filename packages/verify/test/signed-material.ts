import { generateKeyPairSync } from 'node:crypto';
import { bundleFromJSON, type Bundle, type SerializedBundle } from '@sigstore/bundle';
import {
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
  /** A classic cosign `.sig` layer (simple-signing payload and annotations) for IMAGE_DIGEST, signed by ci.yml. */
  classic: { payload: Buffer; annotations: Record<string, string> };
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
  const payload = simpleSigningPayload('127.0.0.1:5000/octo/app', IMAGE_DIGEST);
  const [signature, provenance, forgedBuilder, forgedSource, keySigned, classic] = await Promise.all([
    signBlob(bytes, ci),
    provenanceFor(claims, ci),
    provenanceFor(claims, await keyless(mock, evilClaims)),
    provenanceFor({ ...claims, repository: 'octo-org/other-repo' }, ci),
    signBlob(bytes, { mode: 'key', key, rekorURL: mock.rekorURL }),
    signBlob(payload, ci),
  ]);
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
    classic: { payload, annotations: classicSignatureAnnotations(classic.bundle) },
  };
}
