// The public API of @slipway/supply-chain: subjects, in-toto statements, SLSA provenance,
// Sigstore signing (key and keyless), the OCI distribution client and cosign's registry formats.
export { subjectsFromPaths, provenanceInputPaths, parseChecksums, imageSubject, uniqueSubjects, type Subject } from './subjects.js';
export { STATEMENT_TYPE_V1, IN_TOTO_PAYLOAD_TYPE, makeStatement, decodeStatement, type Statement } from './statement.js';
export {
  SLSA_PROVENANCE_V1,
  GITHUB_WORKFLOW_BUILD_TYPE,
  buildSlsaProvenance,
  buildClaimsFrom,
  type ClaimNaming,
  jwtClaims,
  type BuildClaims,
  type SlsaProvenance,
} from './slsa-provenance.js';
export { createProvenance, type Provenance } from './provenance.js';
export { keySigner, type KeySigner, type BundleUse } from './signing/key-signer.js';
export { actionsIdentityProvider, staticIdentityProvider, type ActionsTokenRequest } from './signing/identity.js';
export type { IdentityProvider } from '@sigstore/sign';
export { signingMethod, cachedIdentity, type SigningChoice } from './signing/method.js';
export { signingInputSchema, signingMethodFromInputs, type SigningInputs } from './signing/inputs.js';
export {
  signDsse,
  signBlob,
  checkKeyFits,
  PUBLIC_GOOD_FULCIO,
  PUBLIC_GOOD_REKOR,
  type SigningMethod,
  type SignedBundle,
} from './signing/sign.js';
export { uploadAttestation, type AttestationUpload } from './github-attestations.js';
export { OciClient, sha256Digest, type OciClientOptions, type FetchedManifest, type Referrers } from './oci/client.js';
export { parseImageReference, parseDigestReference, repositoryName, formatReference, type ImageReference } from './oci/reference.js';
export {
  parseDockerConfig,
  readDockerConfig,
  credentialsFor,
  credentialHelperFor,
  dockerConfigDir,
  type DockerConfig,
  type RegistryCredentials,
} from './oci/docker-config.js';
export { connectRegistry, type CredentialSources } from './oci/connect.js';
export { registryInputSchema, checkRegistryInputs, type RegistryInputs } from './oci/inputs.js';
export { parseChallenge, type Challenge } from './oci/auth.js';
export { MEDIA, MANIFEST_ACCEPT, EMPTY_CONFIG, type Descriptor } from './oci/media-types.js';
export { referrersFallbackTag } from './oci/referrers-tag.js';
export {
  COSIGN_SIGN_PREDICATE,
  SIMPLE_SIGNING_TYPE,
  ANNOTATION,
  signatureTag,
  attestationTag,
  cosignSignStatement,
  simpleSigningPayload,
  bundleReferrerManifest,
  classicSignatureAnnotations,
} from './cosign/formats.js';
export { signImage, attachBundle, subjectDescriptor, type ImageSignature } from './cosign/image-signing.js';
export { parseBundle, bundleFromValue } from './bundle.js';
export { attachAttestation, bundleStatement } from './cosign/attestations.js';
export { fetchReferrerBundles, fetchClassicSignatures, type ReferrerBundle, type ClassicSignature } from './cosign/discover.js';
