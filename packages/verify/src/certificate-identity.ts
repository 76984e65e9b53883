import type { Bundle } from '@sigstore/bundle';
import { X509Certificate } from '@sigstore/core';

/** What a Fulcio certificate says about who signed: the SAN, the OIDC issuer and the GitHub workflow extensions. */
export interface CertificateIdentity {
  subjectAlternativeName: string | undefined;
  issuer: string | undefined;
  buildSignerUri: string | undefined;
  sourceRepositoryUri: string | undefined;
  sourceRepositoryDigest: string | undefined;
  sourceRepositoryRef: string | undefined;
  runInvocationUri: string | undefined;
  notBefore: Date;
  notAfter: Date;
}

// Fulcio's OID arc 1.3.6.1.4.1.57264.1: https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md
const OID = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  workflowSha: '1.3.6.1.4.1.57264.1.3',
  workflowRepository: '1.3.6.1.4.1.57264.1.5',
  workflowRef: '1.3.6.1.4.1.57264.1.6',
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  runInvocationUri: '1.3.6.1.4.1.57264.1.21',
};

// v2 extensions (.8 and later) hold a DER UTF8String; the legacy ones hold raw ASCII.
function text(cert: X509Certificate, oid: string, der: boolean): string | undefined {
  const ext = cert.extension(oid);
  if (!ext) return undefined;
  if (der) {
    const inner = ext.valueObj.subs[0]?.value;
    if (inner) return inner.toString('utf8');
  }
  return ext.value.toString('utf8');
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

/** Reads the identity a Fulcio certificate carries (legacy GitHub extensions as fallback). */
export function certificateIdentity(cert: X509Certificate): CertificateIdentity {
  const legacyRepo = text(cert, OID.workflowRepository, false);
  return {
    subjectAlternativeName: cert.subjectAltName,
    issuer: text(cert, OID.issuer, true) ?? text(cert, OID.issuerV1, false),
    buildSignerUri: text(cert, OID.buildSignerUri, true),
    sourceRepositoryUri: text(cert, OID.sourceRepositoryUri, true) ?? (legacyRepo ? `https://github.com/${legacyRepo}` : undefined),
    sourceRepositoryDigest: text(cert, OID.sourceRepositoryDigest, true) ?? text(cert, OID.workflowSha, false),
    sourceRepositoryRef: text(cert, OID.sourceRepositoryRef, true) ?? text(cert, OID.workflowRef, false),
    runInvocationUri: text(cert, OID.runInvocationUri, true),
    notBefore: cert.notBefore,
    notAfter: cert.notAfter,
  };
}
