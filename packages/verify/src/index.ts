export { artifactFromBytes, artifactFromDigest, isDigestReference, type Artifact } from './artifact.js';
export { allPassed, firstFailureCode, type Check } from './check.js';
export { certificateIdentity, leafCertificate, type CertificateIdentity } from './certificate-identity.js';
export { conformanceVerify, type ConformanceRequest } from './conformance.js';
export { loadBundleFiles, loadFileSubject, type FileSubject } from './file-subject.js';
export { compilePattern, matchesAny, matchValue, SEGMENT_CHARS, type Matcher, type MatchResult } from './identity-pattern.js';
export { showValue, unsafeValueReason } from './safe-text.js';
export { sanIdentity, type SanIdentity } from './subject-alt-name.js';
export {
  artifactDigest,
  matchStatement,
  matchSubject,
  DIGEST_ALGORITHMS,
  type DigestAlgorithm,
  type SubjectMatch,
} from './digest-match.js';
export { provenanceFormat, type ProvenanceFormat } from './builder-rules.js';
export { HERMETIC_LEVEL, REPRODUCIBLE_LEVEL, VSA_PREDICATE_TYPE, requiredLevels } from './reproducibility.js';
export { statementFromBundle, type Statement } from './in-toto.js';
export { decodePolicy, parsePolicy, SLSA_V02, type Policy, type Signers } from './policy.js';
export { provenanceChecks, provenanceFacts, type ProvenanceFacts } from './provenance.js';
export { formatReportMarkdown, formatReportText } from './report.js';
export { parseBundles } from './sigstore-bundle.js';
export { bundleFromValue, parseBundle } from '@slipway/supply-chain';
export { verifySignature, type SignatureResult, type Thresholds } from './signature-check.js';
export { loadTrust, parsePublicKey, parseTrustedRoot, publicGoodTrustedRootJson, type Trust, type TrustSource } from './trust-material.js';
export { verifyBundleAgainstPolicy, verifySubject, type BundleReport, type SourcedBundle, type SubjectReport } from './verify-subject.js';
export { verifyImage, type DigestImage, type ImageBundleFinder } from './image-subject.js';
export { registryBundleFinder, type RegistryAccess } from './registry-bundles.js';
export { checkRegistryInputs, dockerConfigDir, registryInputSchema } from '@slipway/supply-chain';
export { classicSignatureBundle, type ClassicBundle } from './cosign-classic.js';
export { tufTrust, PUBLIC_GOOD_TUF_MIRROR, type TufOptions } from './tuf-root.js';
