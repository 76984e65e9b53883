export const id = 919;
export const ids = [919];
export const modules = {

/***/ 8919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signBlobWithLibrary: () => (/* binding */ signBlobWithLibrary),
/* harmony export */   signDsseWithLibrary: () => (/* binding */ signDsseWithLibrary)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1040);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _sigstore_sign_dist_bundler_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5530);
/* harmony import */ var _sigstore_sign_dist_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7841);
/* harmony import */ var _slipway_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(191);
/* harmony import */ var _sign_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2948);
// The signing itself, through @sigstore/sign: sign.ts loads this file on the first signing, so a
// step that only reads bundles or checks a key never evaluates the library and its HTTP stack.




// The bundle builders and the library's error, without its index: that loads the Fulcio, Rekor and
// timestamp clients and their HTTP stack (make-fetch-happen, cacache, socks), which a key signature
// that is not logged never uses. witnessesFor and signerFor load them when a signing needs them.




/** The Sigstore clients' deadline and retries: the suite's one policy, read when a signing starts. */
function clientOptions() {
    return { timeout: (0,_slipway_core__WEBPACK_IMPORTED_MODULE_6__/* .networkDeadlineMs */ .HJ)(_sign_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGSTORE_DEADLINE_MS */ .Zy), retry: (0,_slipway_core__WEBPACK_IMPORTED_MODULE_6__/* .promiseRetryOptions */ .YS)(_slipway_core__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_RETRY */ .vI) };
}
/**
 * The library packs message signatures as v0.2 bundles (a certificate chain); cosign v3 and
 * GitHub write v0.3 (the leaf certificate alone). Same parts, the current format.
 */
class MessageSignatureV03Builder extends _sigstore_sign_dist_bundler_index_js__WEBPACK_IMPORTED_MODULE_4__.MessageSignatureBundleBuilder {
    digestAlgorithm;
    constructor(options, digestAlgorithm) {
        super(options);
        this.digestAlgorithm = digestAlgorithm;
    }
    package(artifact, signature) {
        const bundle = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.toMessageSignatureBundle)({
            digest: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(this.digestAlgorithm).update(artifact.data).digest(),
            signature: signature.signature,
            certificate: signature.key.$case === 'x509Certificate' ? _sigstore_core__WEBPACK_IMPORTED_MODULE_2__.pem.toDER(signature.key.certificate) : undefined,
            keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
            certificateChain: false,
        });
        // The library always records SHA2_256; a verifier checks the signature with the hash named here.
        bundle.content.messageSignature.messageDigest.algorithm =
            this.digestAlgorithm === 'sha384' ? _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.HashAlgorithm.SHA2_384 : _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__.HashAlgorithm.SHA2_256;
        return Promise.resolve(bundle);
    }
}
async function witnessesFor(method, entryType) {
    const out = [];
    if (!method.rekorURL && !method.tsaURL)
        return out;
    const { RekorWitness, TSAWitness } = await __webpack_require__.e(/* import() */ 179).then(__webpack_require__.bind(__webpack_require__, 5179));
    const client = clientOptions();
    if (method.rekorURL) {
        // Rekor v1 `intoto` entries hold DSSE envelopes everywhere (public-good, private instances, the mock).
        out.push(new RekorWitness({ rekorBaseURL: method.rekorURL, fetchOnConflict: true, ...client, ...(entryType ? { entryType } : {}) }));
    }
    if (method.tsaURL)
        out.push(new TSAWitness({ tsaBaseURL: method.tsaURL, ...client }));
    return out;
}
async function signerFor(method) {
    if (method.mode === 'key')
        return method.key.signer;
    const { FulcioSigner } = await __webpack_require__.e(/* import() */ 179).then(__webpack_require__.bind(__webpack_require__, 5179));
    return new FulcioSigner({ fulcioBaseURL: method.fulcioURL, identityProvider: method.identity, ...clientOptions() });
}
/** Turns the library's errors into ones that name the service and the cause. */
function explain(error, method) {
    if (error instanceof _slipway_core__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo)
        return error;
    if (error instanceof _sigstore_sign_dist_error_js__WEBPACK_IMPORTED_MODULE_5__.InternalError) {
        const cause = error.cause instanceof Error ? error.cause.message : error.cause === undefined ? '' : String(error.cause);
        if (error.cause instanceof _slipway_core__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo)
            return error.cause;
        const peer = error.code.startsWith('CA_')
            ? { name: 'Fulcio', url: method.mode === 'keyless' ? method.fulcioURL : '' }
            : error.code.startsWith('TLOG_')
                ? { name: 'Rekor', url: method.rekorURL ?? '' }
                : error.code.startsWith('TSA_')
                    ? { name: 'the timestamp authority', url: method.tsaURL ?? '' }
                    : undefined;
        if (peer) {
            // A stalled or unreachable service: NETWORK_TIMEOUT or NETWORK_UNREACHABLE, naming it.
            const network = (0,_slipway_core__WEBPACK_IMPORTED_MODULE_6__/* .libraryNetworkError */ .q)(error.cause, peer.name, peer.url, (0,_slipway_core__WEBPACK_IMPORTED_MODULE_6__/* .networkDeadlineMs */ .HJ)(_sign_js__WEBPACK_IMPORTED_MODULE_7__/* .SIGSTORE_DEADLINE_MS */ .Zy));
            if (network)
                return new _slipway_core__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`Signing failed: ${network.message}`, { code: network.code, hint: network.hint, cause: error });
        }
        const service = peer
            ? `${peer.name} (${peer.url})`
            : error.code === 'IDENTITY_TOKEN_READ_ERROR'
                ? 'the OIDC token provider'
                : 'Sigstore';
        return new _slipway_core__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`Signing failed at ${service}: ${error.message}${cause ? `: ${cause}` : ''}`, {
            hint: service === 'the OIDC token provider'
                ? 'the job needs `permissions: id-token: write`'
                : 'check the service URL and that it is reachable from this runner',
            cause: error,
        });
    }
    return error instanceof Error ? error : new Error(String(error));
}
function describeSigner(bundle) {
    const content = bundle.verificationMaterial.content;
    if (content.$case === 'publicKey')
        return `key:${content.publicKey.hint}`;
    const der = content.$case === 'certificate' ? content.certificate.rawBytes : content.x509CertificateChain.certificates[0]?.rawBytes;
    if (!der)
        return 'unknown';
    return _sigstore_core__WEBPACK_IMPORTED_MODULE_2__.X509Certificate.parse(Buffer.from(der)).subjectAltName ?? 'unknown';
}
function finish(bundle) {
    const json = (0,_sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__.bundleToJSON)(bundle);
    return {
        bundle,
        json,
        text: `${JSON.stringify(json)}\n`,
        signer: describeSigner(bundle),
        logIndex: bundle.verificationMaterial.tlogEntries[0]?.logIndex,
    };
}
/** signDsse's work once the key is known to fit. */
async function signDsseWithLibrary(payload, payloadType, method) {
    const builder = new _sigstore_sign_dist_bundler_index_js__WEBPACK_IMPORTED_MODULE_4__.DSSEBundleBuilder({ signer: await signerFor(method), witnesses: await witnessesFor(method, 'intoto') });
    try {
        return finish(await builder.create({ data: payload, type: payloadType }));
    }
    catch (error) {
        throw explain(error, method);
    }
}
/** signBlob's work once the key is known to fit. */
async function signBlobWithLibrary(data, method) {
    const builder = new MessageSignatureV03Builder({ signer: await signerFor(method), witnesses: await witnessesFor(method, undefined) }, method.mode === 'key' ? method.key.messageDigest : 'sha256');
    try {
        return finish(await builder.create({ data }));
    }
    catch (error) {
        throw explain(error, method);
    }
}


/***/ })

};
