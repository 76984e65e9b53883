import type { Bundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';
import { showValue } from './safe-text.js';
import { sanIdentity } from './subject-alt-name.js';

/** What a Fulcio certificate says about who signed: the SAN, the OIDC issuer and the GitHub workflow extensions. */
export interface CertificateIdentity {
  /** The signer identity, read from the SAN's bytes; undefined when it is missing or malformed. */
  subjectAlternativeName: string | undefined;
  /** Why there is no usable identity (non-ASCII or control bytes, not a URI or email, several names). */
  identityProblem: string | undefined;
  issuer: string | undefined;
  buildSignerUri: string | undefined;
  runnerEnvironment: string | undefined;
  sourceRepositoryUri: string | undefined;
  sourceRepositoryDigest: string | undefined;
  sourceRepositoryRef: string | undefined;
  buildConfigUri: string | undefined;
  runInvocationUri: string | undefined;
  /** Extensions whose bytes were not printable ASCII, so they were left unread. */
  malformed: string[];
  notBefore: Date;
  notAfter: Date;
}

// Fulcio's OID arc 1.3.6.1.4.1.57264.1: https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md
const OID = {
  subjectAltName: '2.5.29.17',
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  workflowSha: '1.3.6.1.4.1.57264.1.3',
  workflowRepository: '1.3.6.1.4.1.57264.1.5',
  workflowRef: '1.3.6.1.4.1.57264.1.6',
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
  runInvocationUri: '1.3.6.1.4.1.57264.1.21',
};

const printable = (bytes: Buffer): boolean => bytes.every((b) => b >= 0x20 && b <= 0x7e);

// v2 extensions (.8 and later) hold a DER UTF8String; the legacy ones hold raw ASCII. Only
// printable ASCII is read: anything else is recorded as malformed and treated as absent.
function text(cert: X509Certificate, oid: string, der: boolean, malformed: string[]): string | undefined {
  const ext = cert.extension(oid);
  if (!ext) return undefined;
  const bytes = (der ? ext.valueObj.subs[0]?.value : undefined) ?? ext.value;
  if (!printable(bytes)) {
    malformed.push(`${oid} (${showValue(bytes.toString('latin1'))})`);
    return undefined;
  }
  return bytes.toString('ascii');
}

/** The leaf certificate of a bundle, or undefined in key mode. */
export function leafCertificate(bundle: Bundle): X509Certificate | undefined {
  const content = bundle.verificationMaterial.content;
  switch (content.$case) {
    case 'certificate':
      return X509Certificate.parse(Buffer.from(content.certificate.rawBytes));
    case 'x509CertificateChain': {
      const first = content.x509CertificateChain.certificates[0];
      return first ? X509Certificate.parse(Buffer.from(first.rawBytes)) : undefined;
    }
    case 'publicKey':
      return undefined;
  }
}

/**
 * Reads the identity a Fulcio certificate carries (legacy GitHub extensions as fallback). The
 * SAN comes from the extension's own bytes, never from a library's decoded string.
 */
export function certificateIdentity(cert: X509Certificate): CertificateIdentity {
  const malformed: string[] = [];
  const read = (oid: string, der: boolean): string | undefined => text(cert, oid, der, malformed);
  const san = sanIdentity(cert.extension(OID.subjectAltName)?.value);
  const legacyRepo = read(OID.workflowRepository, false);
  return {
    subjectAlternativeName: san.ok ? san.value : undefined,
    identityProblem: san.ok ? undefined : san.reason,
    issuer: read(OID.issuer, true) ?? read(OID.issuerV1, false),
    buildSignerUri: read(OID.buildSignerUri, true),
    runnerEnvironment: read(OID.runnerEnvironment, true),
    sourceRepositoryUri: read(OID.sourceRepositoryUri, true) ?? (legacyRepo ? `https://github.com/${legacyRepo}` : undefined),
    sourceRepositoryDigest: read(OID.sourceRepositoryDigest, true) ?? read(OID.workflowSha, false),
    sourceRepositoryRef: read(OID.sourceRepositoryRef, true) ?? read(OID.workflowRef, false),
    buildConfigUri: read(OID.buildConfigUri, true),
    runInvocationUri: read(OID.runInvocationUri, true),
    malformed,
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
  };
}
