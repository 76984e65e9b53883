export const id = 919;
export const ids = [919];
export const modules = {

/***/ 43049:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BaseBundleBuilder = void 0;
// BaseBundleBuilder is a base class for BundleBuilder implementations. It
// provides a the basic wokflow for signing and witnessing an artifact.
// Subclasses must implement the `package` method to assemble a valid bundle
// with the generated signature and verification material.
class BaseBundleBuilder {
    signer;
    witnesses;
    constructor(options) {
        this.signer = options.signer;
        this.witnesses = options.witnesses;
    }
    // Executes the signing/witnessing process for the given artifact.
    async create(artifact) {
        const signature = await this.prepare(artifact).then((blob) => this.signer.sign(blob));
        const bundle = await this.package(artifact, signature);
        // Invoke all of the witnesses in parallel
        const verificationMaterials = await Promise.all(this.witnesses.map((witness) => witness.testify(bundle.content, publicKey(signature.key))));
        // Collect the verification material from all of the witnesses
        const tlogEntryList = [];
        const timestampList = [];
        verificationMaterials.forEach(({ tlogEntries, rfc3161Timestamps }) => {
            tlogEntryList.push(...(tlogEntries ?? []));
            timestampList.push(...(rfc3161Timestamps ?? []));
        });
        // Merge the collected verification material into the bundle
        bundle.verificationMaterial.tlogEntries = tlogEntryList;
        bundle.verificationMaterial.timestampVerificationData = {
            rfc3161Timestamps: timestampList,
        };
        return bundle;
    }
    // Override this function to apply any pre-signing transformations to the
    // artifact. The returned buffer will be signed by the signer. The default
    // implementation simply returns the artifact data.
    async prepare(artifact) {
        return artifact.data;
    }
}
exports.BaseBundleBuilder = BaseBundleBuilder;
// Extracts the public key from a KeyMaterial. Returns either the public key
// or the certificate, depending on the type of key material.
function publicKey(key) {
    switch (key.$case) {
        case 'publicKey':
            return key.publicKey;
        case 'x509Certificate':
            return key.certificate;
    }
}


/***/ }),

/***/ 85192:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toMessageSignatureBundle = toMessageSignatureBundle;
exports.toDSSEBundle = toDSSEBundle;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const sigstore = __importStar(__webpack_require__(61040));
const util_1 = __webpack_require__(19100);
// Helper functions for assembling the parts of a Sigstore bundle
// Message signature bundle - $case: 'messageSignature'
function toMessageSignatureBundle(artifact, signature) {
    const digest = util_1.crypto.digest('sha256', artifact.data);
    return sigstore.toMessageSignatureBundle({
        digest,
        signature: signature.signature,
        certificate: signature.key.$case === 'x509Certificate'
            ? util_1.pem.toDER(signature.key.certificate)
            : undefined,
        keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
        certificateChain: true,
    });
}
// DSSE envelope bundle - $case: 'dsseEnvelope'
function toDSSEBundle(artifact, signature, certificateChain) {
    return sigstore.toDSSEBundle({
        artifact: artifact.data,
        artifactType: artifact.type,
        signature: signature.signature,
        certificate: signature.key.$case === 'x509Certificate'
            ? util_1.pem.toDER(signature.key.certificate)
            : undefined,
        keyHint: signature.key.$case === 'publicKey' ? signature.key.hint : undefined,
        certificateChain,
    });
}


/***/ }),

/***/ 83997:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DSSEBundleBuilder = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const util_1 = __webpack_require__(19100);
const base_1 = __webpack_require__(43049);
const bundle_1 = __webpack_require__(85192);
// BundleBuilder implementation for DSSE wrapped attestations
class DSSEBundleBuilder extends base_1.BaseBundleBuilder {
    certificateChain;
    constructor(options) {
        super(options);
        this.certificateChain = options.certificateChain ?? false;
    }
    // DSSE requires the artifact to be pre-encoded with the payload type
    // before the signature is generated.
    async prepare(artifact) {
        const a = artifactDefaults(artifact);
        return util_1.dsse.preAuthEncoding(a.type, a.data);
    }
    // Packages the artifact and signature into a DSSE bundle
    async package(artifact, signature) {
        return (0, bundle_1.toDSSEBundle)(artifactDefaults(artifact), signature, this.certificateChain);
    }
}
exports.DSSEBundleBuilder = DSSEBundleBuilder;
// Defaults the artifact type to an empty string if not provided
function artifactDefaults(artifact) {
    return {
        ...artifact,
        type: artifact.type ?? '',
    };
}


/***/ }),

/***/ 35530:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MessageSignatureBundleBuilder = exports.DSSEBundleBuilder = void 0;
var dsse_1 = __webpack_require__(83997);
Object.defineProperty(exports, "DSSEBundleBuilder", ({ enumerable: true, get: function () { return dsse_1.DSSEBundleBuilder; } }));
var message_1 = __webpack_require__(8269);
Object.defineProperty(exports, "MessageSignatureBundleBuilder", ({ enumerable: true, get: function () { return message_1.MessageSignatureBundleBuilder; } }));


/***/ }),

/***/ 8269:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MessageSignatureBundleBuilder = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const base_1 = __webpack_require__(43049);
const bundle_1 = __webpack_require__(85192);
// BundleBuilder implementation for raw message signatures
class MessageSignatureBundleBuilder extends base_1.BaseBundleBuilder {
    constructor(options) {
        super(options);
    }
    async package(artifact, signature) {
        return (0, bundle_1.toMessageSignatureBundle)(artifact, signature);
    }
}
exports.MessageSignatureBundleBuilder = MessageSignatureBundleBuilder;


/***/ }),

/***/ 97841:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.InternalError = void 0;
exports.internalError = internalError;
const error_1 = __webpack_require__(40369);
class InternalError extends Error {
    code;
    cause;
    constructor({ code, message, cause, }) {
        super(message);
        this.name = this.constructor.name;
        this.cause = cause;
        this.code = code;
    }
}
exports.InternalError = InternalError;
function internalError(err, code, message) {
    if (err instanceof error_1.HTTPError) {
        message += ` - ${err.message}`;
    }
    throw new InternalError({
        code: code,
        message: message,
        cause: err,
    });
}


/***/ }),

/***/ 40369:
/***/ ((__unused_webpack_module, exports) => {


/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.HTTPError = void 0;
class HTTPError extends Error {
    statusCode;
    location;
    constructor({ status, message, location, }) {
        super(`(${status}) ${message}`);
        this.statusCode = status;
        this.location = location;
    }
}
exports.HTTPError = HTTPError;


/***/ }),

/***/ 19100:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ua = exports.oidc = exports.pem = exports.json = exports.encoding = exports.dsse = exports.crypto = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
var core_1 = __webpack_require__(83917);
Object.defineProperty(exports, "crypto", ({ enumerable: true, get: function () { return core_1.crypto; } }));
Object.defineProperty(exports, "dsse", ({ enumerable: true, get: function () { return core_1.dsse; } }));
Object.defineProperty(exports, "encoding", ({ enumerable: true, get: function () { return core_1.encoding; } }));
Object.defineProperty(exports, "json", ({ enumerable: true, get: function () { return core_1.json; } }));
Object.defineProperty(exports, "pem", ({ enumerable: true, get: function () { return core_1.pem; } }));
exports.oidc = __importStar(__webpack_require__(81963));
exports.ua = __importStar(__webpack_require__(81268));


/***/ }),

/***/ 81963:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extractJWTSubject = extractJWTSubject;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const core_1 = __webpack_require__(83917);
function extractJWTSubject(jwt) {
    const parts = jwt.split('.', 3);
    const payload = JSON.parse(core_1.encoding.base64Decode(parts[1]));
    if (payload.email) {
        if (!payload.email_verified) {
            throw new Error('JWT email not verified by issuer');
        }
        return payload.email;
    }
    if (payload.sub) {
        return payload.sub;
    }
    else {
        throw new Error('JWT subject not found');
    }
}


/***/ }),

/***/ 81268:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getUserAgent = void 0;
/*
Copyright 2023 The Sigstore Authors.

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

    http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
See the License for the specific language governing permissions and
limitations under the License.
*/
const os_1 = __importDefault(__webpack_require__(70857));
// Format User-Agent: <product> / <product-version> (<platform>)
// source: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/User-Agent
const getUserAgent = () => {
    const packageVersion = (__webpack_require__(63515)/* .version */ .rE);
    const nodeVersion = process.version;
    const platformName = os_1.default.platform();
    const archName = os_1.default.arch();
    return `sigstore-js/${packageVersion} (Node ${nodeVersion}) (${platformName}/${archName})`;
};
exports.getUserAgent = getUserAgent;


/***/ }),

/***/ 88919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signBlobWithLibrary: () => (/* binding */ signBlobWithLibrary),
/* harmony export */   signDsseWithLibrary: () => (/* binding */ signDsseWithLibrary)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _sigstore_bundle__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61040);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19654);
/* harmony import */ var _sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(_sigstore_protobuf_specs__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _sigstore_sign_dist_bundler_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35530);
/* harmony import */ var _sigstore_sign_dist_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97841);
/* harmony import */ var _slipway_core__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(63220);
/* harmony import */ var _sign_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(52948);
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
    const { RekorWitness, TSAWitness } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 15179));
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
    const { FulcioSigner } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(179)]).then(__webpack_require__.bind(__webpack_require__, 15179));
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


/***/ }),

/***/ 63515:
/***/ ((module) => {

module.exports = {"rE":"5.1.0"};

/***/ })

};
