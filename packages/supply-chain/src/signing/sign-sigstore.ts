// The signing itself, through @sigstore/sign: sign.ts loads this file on the first signing, so a
// step that only reads bundles or checks a key never evaluates the library and its HTTP stack.
import { createHash } from 'node:crypto';
import { bundleToJSON, toMessageSignatureBundle, type Bundle, type BundleWithMessageSignature } from '@sigstore/bundle';
import { pem, X509Certificate } from '@sigstore/core';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import type { Artifact, Signature, Witness } from '@sigstore/sign';
// The bundle builders and the library's error, without its index: that loads the Fulcio, Rekor and
// timestamp clients and their HTTP stack (make-fetch-happen, cacache, socks), which a key signature
// that is not logged never uses. witnessesFor and signerFor load them when a signing needs them.
import { DSSEBundleBuilder, MessageSignatureBundleBuilder } from '@sigstore/sign/dist/bundler/index.js';
import { InternalError } from '@sigstore/sign/dist/error.js';
import { DEFAULT_RETRY, libraryNetworkError, networkDeadlineMs, promiseRetryOptions, UserError } from '@slipway/core';
import { SIGSTORE_DEADLINE_MS, type SignedBundle, type SigningMethod } from './sign.js';

/** The Sigstore clients' deadline and retries: the suite's one policy, read when a signing starts. */
function clientOptions(): { timeout: number; retry: ReturnType<typeof promiseRetryOptions> } {
  return { timeout: networkDeadlineMs(SIGSTORE_DEADLINE_MS), retry: promiseRetryOptions(DEFAULT_RETRY) };
}

/**
 * The library packs message signatures as v0.2 bundles (a certificate chain); cosign v3 and
 * GitHub write v0.3 (the leaf certificate alone). Same parts, the current format.
 */
class MessageSignatureV03Builder extends MessageSignatureBundleBuilder {
  constructor(
    options: ConstructorParameters<typeof MessageSignatureBundleBuilder>[0],
    private readonly digestAlgorithm: 'sha256' | 'sha384',
  ) {
    super(options);
  }

  protected override package(artifact: Artifact, signature: Signature): Promise<BundleWithMessageSignature> {
    const bundle = toMessageSignatureBundle({
      digest: createHash(this.digestAlgorithm).update(artifact.data).digest(),
      signature: signature.signature,
      certificate: signature.key.$case === 'x509Certificate' ? pem.toDER(signature.key.certificate) : undefined,
      keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
      certificateChain: false,
    });
    // The library always records SHA2_256; a verifier checks the signature with the hash named here.
    bundle.content.messageSignature.messageDigest.algorithm =
      this.digestAlgorithm === 'sha384' ? HashAlgorithm.SHA2_384 : HashAlgorithm.SHA2_256;
    return Promise.resolve(bundle);
  }
}

async function witnessesFor(method: SigningMethod, entryType: 'intoto' | undefined): Promise<Witness[]> {
  const out: Witness[] = [];
  if (!method.rekorURL && !method.tsaURL) return out;
  const { RekorWitness, TSAWitness } = await import('@sigstore/sign');
  const client = clientOptions();
  if (method.rekorURL) {
    // Rekor v1 `intoto` entries hold DSSE envelopes everywhere (public-good, private instances, the mock).
    out.push(new RekorWitness({ rekorBaseURL: method.rekorURL, fetchOnConflict: true, ...client, ...(entryType ? { entryType } : {}) }));
  }
  if (method.tsaURL) out.push(new TSAWitness({ tsaBaseURL: method.tsaURL, ...client }));
  return out;
}

async function signerFor(method: SigningMethod): Promise<ConstructorParameters<typeof DSSEBundleBuilder>[0]['signer']> {
  if (method.mode === 'key') return method.key.signer;
  const { FulcioSigner } = await import('@sigstore/sign');
  return new FulcioSigner({ fulcioBaseURL: method.fulcioURL, identityProvider: method.identity, ...clientOptions() });
}

/** Turns the library's errors into ones that name the service and the cause. */
function explain(error: unknown, method: SigningMethod): Error {
  if (error instanceof UserError) return error;
  if (error instanceof InternalError) {
    const cause = error.cause instanceof Error ? error.cause.message : error.cause === undefined ? '' : String(error.cause);
    if (error.cause instanceof UserError) return error.cause;
    const peer = error.code.startsWith('CA_')
      ? { name: 'Fulcio', url: method.mode === 'keyless' ? method.fulcioURL : '' }
      : error.code.startsWith('TLOG_')
        ? { name: 'Rekor', url: method.rekorURL ?? '' }
        : error.code.startsWith('TSA_')
          ? { name: 'the timestamp authority', url: method.tsaURL ?? '' }
          : undefined;
    if (peer) {
      // A stalled or unreachable service: NETWORK_TIMEOUT or NETWORK_UNREACHABLE, naming it.
      const network = libraryNetworkError(error.cause, peer.name, peer.url, networkDeadlineMs(SIGSTORE_DEADLINE_MS));
      if (network) return new UserError(`Signing failed: ${network.message}`, { code: network.code, hint: network.hint, cause: error });
    }
    const service = peer
      ? `${peer.name} (${peer.url})`
      : error.code === 'IDENTITY_TOKEN_READ_ERROR'
        ? 'the OIDC token provider'
        : 'Sigstore';
    return new UserError(`Signing failed at ${service}: ${error.message}${cause ? `: ${cause}` : ''}`, {
      hint:
        service === 'the OIDC token provider'
          ? 'the job needs `permissions: id-token: write`'
          : 'check the service URL and that it is reachable from this runner',
      cause: error,
    });
  }
  return error instanceof Error ? error : new Error(String(error));
}

function describeSigner(bundle: Bundle): string {
  const content = bundle.verificationMaterial.content;
  if (content.$case === 'publicKey') return `key:${content.publicKey.hint}`;
  const der = content.$case === 'certificate' ? content.certificate.rawBytes : content.x509CertificateChain.certificates[0]?.rawBytes;
  if (!der) return 'unknown';
  return X509Certificate.parse(Buffer.from(der)).subjectAltName ?? 'unknown';
}

function finish(bundle: Bundle): SignedBundle {
  const json = bundleToJSON(bundle);
  return {
    bundle,
    json,
    text: `${JSON.stringify(json)}\n`,
    signer: describeSigner(bundle),
    logIndex: bundle.verificationMaterial.tlogEntries[0]?.logIndex,
  };
}

/** signDsse's work once the key is known to fit. */
export async function signDsseWithLibrary(payload: Buffer, payloadType: string, method: SigningMethod): Promise<SignedBundle> {
  const builder = new DSSEBundleBuilder({ signer: await signerFor(method), witnesses: await witnessesFor(method, 'intoto') });
  try {
    return finish(await builder.create({ data: payload, type: payloadType }));
  } catch (error) {
    throw explain(error, method);
  }
}

/** signBlob's work once the key is known to fit. */
export async function signBlobWithLibrary(data: Buffer, method: SigningMethod): Promise<SignedBundle> {
  const builder = new MessageSignatureV03Builder(
    { signer: await signerFor(method), witnesses: await witnessesFor(method, undefined) },
    method.mode === 'key' ? method.key.messageDigest : 'sha256',
  );
  try {
    return finish(await builder.create({ data }));
  } catch (error) {
    throw explain(error, method);
  }
}
