import { createRequire as __slipway_createRequire__ } from "node:module";
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


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
const protobuf_specs_1 = __nccwpck_require__(9654);
const bundle_1 = __nccwpck_require__(7742);
// Message signature bundle - $case: 'messageSignature'
function toMessageSignatureBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'messageSignature',
            messageSignature: {
                messageDigest: {
                    algorithm: protobuf_specs_1.HashAlgorithm.SHA2_256,
                    digest: options.digest,
                },
                signature: options.signature,
            },
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
// DSSE envelope bundle - $case: 'dsseEnvelope'
function toDSSEBundle(options) {
    return {
        mediaType: options.certificateChain
            ? bundle_1.BUNDLE_V02_MEDIA_TYPE
            : bundle_1.BUNDLE_V03_MEDIA_TYPE,
        content: {
            $case: 'dsseEnvelope',
            dsseEnvelope: toEnvelope(options),
        },
        verificationMaterial: toVerificationMaterial(options),
    };
}
function toEnvelope(options) {
    return {
        payloadType: options.artifactType,
        payload: options.artifact,
        signatures: [toSignature(options)],
    };
}
function toSignature(options) {
    return {
        keyid: options.keyHint || '',
        sig: options.signature,
    };
}
// Verification material
function toVerificationMaterial(options) {
    return {
        content: toKeyContent(options),
        tlogEntries: [],
        timestampVerificationData: { rfc3161Timestamps: [] },
    };
}
function toKeyContent(options) {
    if (options.certificate) {
        if (options.certificateChain) {
            return {
                $case: 'x509CertificateChain',
                x509CertificateChain: {
                    certificates: [{ rawBytes: options.certificate }],
                },
            };
        }
        else {
            return {
                $case: 'certificate',
                certificate: { rawBytes: options.certificate },
            };
        }
    }
    else {
        return {
            $case: 'publicKey',
            publicKey: {
                hint: options.keyHint || '',
            },
        };
    }
}


/***/ }),

/***/ 7742:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = void 0;
exports.isBundleWithCertificateChain = isBundleWithCertificateChain;
exports.isBundleWithPublicKey = isBundleWithPublicKey;
exports.isBundleWithMessageSignature = isBundleWithMessageSignature;
exports.isBundleWithDsseEnvelope = isBundleWithDsseEnvelope;
exports.BUNDLE_V01_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.1';
exports.BUNDLE_V02_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.2';
exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle+json;version=0.3';
exports.BUNDLE_V03_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
// Type guards for bundle variants.
function isBundleWithCertificateChain(b) {
    return b.verificationMaterial.content.$case === 'x509CertificateChain';
}
function isBundleWithPublicKey(b) {
    return b.verificationMaterial.content.$case === 'publicKey';
}
function isBundleWithMessageSignature(b) {
    return b.content.$case === 'messageSignature';
}
function isBundleWithDsseEnvelope(b) {
    return b.content.$case === 'dsseEnvelope';
}


/***/ }),

/***/ 7714:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValidationError = void 0;
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
class ValidationError extends Error {
    fields;
    constructor(message, fields) {
        super(message);
        this.fields = fields;
    }
}
exports.ValidationError = ValidationError;


/***/ }),

/***/ 1040:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isBundleV01 = exports.assertBundleV02 = exports.assertBundleV01 = exports.assertBundleLatest = exports.assertBundle = exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = exports.ValidationError = exports.isBundleWithPublicKey = exports.isBundleWithMessageSignature = exports.isBundleWithDsseEnvelope = exports.isBundleWithCertificateChain = exports.BUNDLE_V03_MEDIA_TYPE = exports.BUNDLE_V03_LEGACY_MEDIA_TYPE = exports.BUNDLE_V02_MEDIA_TYPE = exports.BUNDLE_V01_MEDIA_TYPE = exports.toMessageSignatureBundle = exports.toDSSEBundle = void 0;
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
var build_1 = __nccwpck_require__(8456);
Object.defineProperty(exports, "toDSSEBundle", ({ enumerable: true, get: function () { return build_1.toDSSEBundle; } }));
Object.defineProperty(exports, "toMessageSignatureBundle", ({ enumerable: true, get: function () { return build_1.toMessageSignatureBundle; } }));
var bundle_1 = __nccwpck_require__(7742);
Object.defineProperty(exports, "BUNDLE_V01_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V01_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V02_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V02_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V03_LEGACY_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_LEGACY_MEDIA_TYPE; } }));
Object.defineProperty(exports, "BUNDLE_V03_MEDIA_TYPE", ({ enumerable: true, get: function () { return bundle_1.BUNDLE_V03_MEDIA_TYPE; } }));
Object.defineProperty(exports, "isBundleWithCertificateChain", ({ enumerable: true, get: function () { return bundle_1.isBundleWithCertificateChain; } }));
Object.defineProperty(exports, "isBundleWithDsseEnvelope", ({ enumerable: true, get: function () { return bundle_1.isBundleWithDsseEnvelope; } }));
Object.defineProperty(exports, "isBundleWithMessageSignature", ({ enumerable: true, get: function () { return bundle_1.isBundleWithMessageSignature; } }));
Object.defineProperty(exports, "isBundleWithPublicKey", ({ enumerable: true, get: function () { return bundle_1.isBundleWithPublicKey; } }));
var error_1 = __nccwpck_require__(7714);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return error_1.ValidationError; } }));
var serialized_1 = __nccwpck_require__(3404);
Object.defineProperty(exports, "bundleFromJSON", ({ enumerable: true, get: function () { return serialized_1.bundleFromJSON; } }));
Object.defineProperty(exports, "bundleToJSON", ({ enumerable: true, get: function () { return serialized_1.bundleToJSON; } }));
Object.defineProperty(exports, "envelopeFromJSON", ({ enumerable: true, get: function () { return serialized_1.envelopeFromJSON; } }));
Object.defineProperty(exports, "envelopeToJSON", ({ enumerable: true, get: function () { return serialized_1.envelopeToJSON; } }));
var validate_1 = __nccwpck_require__(9352);
Object.defineProperty(exports, "assertBundle", ({ enumerable: true, get: function () { return validate_1.assertBundle; } }));
Object.defineProperty(exports, "assertBundleLatest", ({ enumerable: true, get: function () { return validate_1.assertBundleLatest; } }));
Object.defineProperty(exports, "assertBundleV01", ({ enumerable: true, get: function () { return validate_1.assertBundleV01; } }));
Object.defineProperty(exports, "assertBundleV02", ({ enumerable: true, get: function () { return validate_1.assertBundleV02; } }));
Object.defineProperty(exports, "isBundleV01", ({ enumerable: true, get: function () { return validate_1.isBundleV01; } }));


/***/ }),

/***/ 3404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.envelopeToJSON = exports.envelopeFromJSON = exports.bundleToJSON = exports.bundleFromJSON = void 0;
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
const protobuf_specs_1 = __nccwpck_require__(9654);
const bundle_1 = __nccwpck_require__(7742);
const validate_1 = __nccwpck_require__(9352);
const bundleFromJSON = (obj) => {
    const bundle = protobuf_specs_1.Bundle.fromJSON(obj);
    switch (bundle.mediaType) {
        case bundle_1.BUNDLE_V01_MEDIA_TYPE:
            (0, validate_1.assertBundleV01)(bundle);
            break;
        case bundle_1.BUNDLE_V02_MEDIA_TYPE:
            (0, validate_1.assertBundleV02)(bundle);
            break;
        default:
            (0, validate_1.assertBundleLatest)(bundle);
            break;
    }
    return bundle;
};
exports.bundleFromJSON = bundleFromJSON;
const bundleToJSON = (bundle) => {
    return protobuf_specs_1.Bundle.toJSON(bundle);
};
exports.bundleToJSON = bundleToJSON;
const envelopeFromJSON = (obj) => {
    return protobuf_specs_1.Envelope.fromJSON(obj);
};
exports.envelopeFromJSON = envelopeFromJSON;
const envelopeToJSON = (envelope) => {
    return protobuf_specs_1.Envelope.toJSON(envelope);
};
exports.envelopeToJSON = envelopeToJSON;


/***/ }),

/***/ 9352:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assertBundle = assertBundle;
exports.assertBundleV01 = assertBundleV01;
exports.isBundleV01 = isBundleV01;
exports.assertBundleV02 = assertBundleV02;
exports.assertBundleLatest = assertBundleLatest;
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
const error_1 = __nccwpck_require__(7714);
// Performs basic validation of a Sigstore bundle to ensure that all required
// fields are populated. This is not a complete validation of the bundle, but
// rather a check that the bundle is in a valid state to be processed by the
// rest of the code.
function assertBundle(b) {
    const invalidValues = validateBundleBase(b);
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the v0.1 bundle format.
function assertBundleV01(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionPromise(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.1 bundle', invalidValues);
    }
}
// Type guard to determine if Bundle is a v0.1 bundle.
function isBundleV01(b) {
    try {
        assertBundleV01(b);
        return true;
    }
    catch (e) {
        return false;
    }
}
// Asserts that the given bundle conforms to the v0.2 bundle format.
function assertBundleV02(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid v0.2 bundle', invalidValues);
    }
}
// Asserts that the given bundle conforms to the newest (0.3) bundle format.
function assertBundleLatest(b) {
    const invalidValues = [];
    invalidValues.push(...validateBundleBase(b));
    invalidValues.push(...validateInclusionProof(b));
    invalidValues.push(...validateNoCertificateChain(b));
    if (invalidValues.length > 0) {
        throw new error_1.ValidationError('invalid bundle', invalidValues);
    }
}
function validateBundleBase(b) {
    const invalidValues = [];
    // Media type validation
    if (b.mediaType === undefined ||
        (!b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\+json;version=\d\.\d/) &&
            !b.mediaType.match(/^application\/vnd\.dev\.sigstore\.bundle\.v\d\.\d\+json/))) {
        invalidValues.push('mediaType');
    }
    // Content-related validation
    if (b.content === undefined) {
        invalidValues.push('content');
    }
    else {
        switch (b.content.$case) {
            case 'messageSignature':
                if (b.content.messageSignature.messageDigest === undefined) {
                    invalidValues.push('content.messageSignature.messageDigest');
                }
                else {
                    if (b.content.messageSignature.messageDigest.digest.length === 0) {
                        invalidValues.push('content.messageSignature.messageDigest.digest');
                    }
                }
                if (b.content.messageSignature.signature.length === 0) {
                    invalidValues.push('content.messageSignature.signature');
                }
                break;
            case 'dsseEnvelope':
                if (b.content.dsseEnvelope.payload.length === 0) {
                    invalidValues.push('content.dsseEnvelope.payload');
                }
                if (b.content.dsseEnvelope.signatures.length !== 1) {
                    invalidValues.push('content.dsseEnvelope.signatures');
                }
                else {
                    if (b.content.dsseEnvelope.signatures[0].sig.length === 0) {
                        invalidValues.push('content.dsseEnvelope.signatures[0].sig');
                    }
                }
                break;
        }
    }
    // Verification material-related validation
    if (b.verificationMaterial === undefined) {
        invalidValues.push('verificationMaterial');
    }
    else {
        if (b.verificationMaterial.content === undefined) {
            invalidValues.push('verificationMaterial.content');
        }
        else {
            switch (b.verificationMaterial.content.$case) {
                case 'x509CertificateChain':
                    if (b.verificationMaterial.content.x509CertificateChain.certificates
                        .length === 0) {
                        invalidValues.push('verificationMaterial.content.x509CertificateChain.certificates');
                    }
                    b.verificationMaterial.content.x509CertificateChain.certificates.forEach((cert, i) => {
                        if (cert.rawBytes.length === 0) {
                            invalidValues.push(`verificationMaterial.content.x509CertificateChain.certificates[${i}].rawBytes`);
                        }
                    });
                    break;
                case 'certificate':
                    if (b.verificationMaterial.content.certificate.rawBytes.length === 0) {
                        invalidValues.push('verificationMaterial.content.certificate.rawBytes');
                    }
                    break;
            }
        }
        if (b.verificationMaterial.tlogEntries === undefined) {
            invalidValues.push('verificationMaterial.tlogEntries');
        }
        else {
            if (b.verificationMaterial.tlogEntries.length > 0) {
                b.verificationMaterial.tlogEntries.forEach((entry, i) => {
                    if (entry.logId === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].logId`);
                    }
                    if (entry.kindVersion === undefined) {
                        invalidValues.push(`verificationMaterial.tlogEntries[${i}].kindVersion`);
                    }
                });
            }
        }
    }
    return invalidValues;
}
// Necessary for V01 bundles
function validateInclusionPromise(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionPromise === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionPromise`);
            }
        });
    }
    return invalidValues;
}
// Necessary for V02 and later bundles
function validateInclusionProof(b) {
    const invalidValues = [];
    if (b.verificationMaterial &&
        b.verificationMaterial.tlogEntries?.length > 0) {
        b.verificationMaterial.tlogEntries.forEach((entry, i) => {
            if (entry.inclusionProof === undefined) {
                invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof`);
            }
            else {
                if (entry.inclusionProof.checkpoint === undefined) {
                    invalidValues.push(`verificationMaterial.tlogEntries[${i}].inclusionProof.checkpoint`);
                }
            }
        });
    }
    return invalidValues;
}
// Necessary for V03 and later bundles
function validateNoCertificateChain(b) {
    const invalidValues = [];
    /* istanbul ignore next */
    if (b.verificationMaterial?.content?.$case === 'x509CertificateChain') {
        invalidValues.push('verificationMaterial.content.$case');
    }
    return invalidValues;
}


/***/ }),

/***/ 4649:
/***/ ((__unused_webpack_module, exports) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: envelope.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Signature = exports.Envelope = void 0;
exports.Envelope = {
    fromJSON(object) {
        return {
            payload: isSet(object.payload) ? Buffer.from(bytesFromBase64(object.payload)) : Buffer.alloc(0),
            payloadType: isSet(object.payloadType) ? globalThis.String(object.payloadType) : "",
            signatures: globalThis.Array.isArray(object?.signatures)
                ? object.signatures.map((e) => exports.Signature.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.payload.length !== 0) {
            obj.payload = base64FromBytes(message.payload);
        }
        if (message.payloadType !== "") {
            obj.payloadType = message.payloadType;
        }
        if (message.signatures?.length) {
            obj.signatures = message.signatures.map((e) => exports.Signature.toJSON(e));
        }
        return obj;
    },
};
exports.Signature = {
    fromJSON(object) {
        return {
            sig: isSet(object.sig) ? Buffer.from(bytesFromBase64(object.sig)) : Buffer.alloc(0),
            keyid: isSet(object.keyid) ? globalThis.String(object.keyid) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.sig.length !== 0) {
            obj.sig = base64FromBytes(message.sig);
        }
        if (message.keyid !== "") {
            obj.keyid = message.keyid;
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 5000:
/***/ ((__unused_webpack_module, exports) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: google/protobuf/timestamp.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Timestamp = void 0;
exports.Timestamp = {
    fromJSON(object) {
        return {
            seconds: isSet(object.seconds) ? globalThis.String(object.seconds) : "0",
            nanos: isSet(object.nanos) ? globalThis.Number(object.nanos) : 0,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.seconds !== "0") {
            obj.seconds = message.seconds;
        }
        if (message.nanos !== 0) {
            obj.nanos = Math.round(message.nanos);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 715:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_bundle.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Bundle = exports.VerificationMaterial = exports.TimestampVerificationData = void 0;
/* eslint-disable */
const envelope_1 = __nccwpck_require__(4649);
const sigstore_common_1 = __nccwpck_require__(5334);
const sigstore_rekor_1 = __nccwpck_require__(5204);
exports.TimestampVerificationData = {
    fromJSON(object) {
        return {
            rfc3161Timestamps: globalThis.Array.isArray(object?.rfc3161Timestamps)
                ? object.rfc3161Timestamps.map((e) => sigstore_common_1.RFC3161SignedTimestamp.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.rfc3161Timestamps?.length) {
            obj.rfc3161Timestamps = message.rfc3161Timestamps.map((e) => sigstore_common_1.RFC3161SignedTimestamp.toJSON(e));
        }
        return obj;
    },
};
exports.VerificationMaterial = {
    fromJSON(object) {
        return {
            content: isSet(object.publicKey)
                ? { $case: "publicKey", publicKey: sigstore_common_1.PublicKeyIdentifier.fromJSON(object.publicKey) }
                : isSet(object.x509CertificateChain)
                    ? {
                        $case: "x509CertificateChain",
                        x509CertificateChain: sigstore_common_1.X509CertificateChain.fromJSON(object.x509CertificateChain),
                    }
                    : isSet(object.certificate)
                        ? { $case: "certificate", certificate: sigstore_common_1.X509Certificate.fromJSON(object.certificate) }
                        : undefined,
            tlogEntries: globalThis.Array.isArray(object?.tlogEntries)
                ? object.tlogEntries.map((e) => sigstore_rekor_1.TransparencyLogEntry.fromJSON(e))
                : [],
            timestampVerificationData: isSet(object.timestampVerificationData)
                ? exports.TimestampVerificationData.fromJSON(object.timestampVerificationData)
                : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.content?.$case === "publicKey") {
            obj.publicKey = sigstore_common_1.PublicKeyIdentifier.toJSON(message.content.publicKey);
        }
        else if (message.content?.$case === "x509CertificateChain") {
            obj.x509CertificateChain = sigstore_common_1.X509CertificateChain.toJSON(message.content.x509CertificateChain);
        }
        else if (message.content?.$case === "certificate") {
            obj.certificate = sigstore_common_1.X509Certificate.toJSON(message.content.certificate);
        }
        if (message.tlogEntries?.length) {
            obj.tlogEntries = message.tlogEntries.map((e) => sigstore_rekor_1.TransparencyLogEntry.toJSON(e));
        }
        if (message.timestampVerificationData !== undefined) {
            obj.timestampVerificationData = exports.TimestampVerificationData.toJSON(message.timestampVerificationData);
        }
        return obj;
    },
};
exports.Bundle = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            verificationMaterial: isSet(object.verificationMaterial)
                ? exports.VerificationMaterial.fromJSON(object.verificationMaterial)
                : undefined,
            content: isSet(object.messageSignature)
                ? { $case: "messageSignature", messageSignature: sigstore_common_1.MessageSignature.fromJSON(object.messageSignature) }
                : isSet(object.dsseEnvelope)
                    ? { $case: "dsseEnvelope", dsseEnvelope: envelope_1.Envelope.fromJSON(object.dsseEnvelope) }
                    : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.verificationMaterial !== undefined) {
            obj.verificationMaterial = exports.VerificationMaterial.toJSON(message.verificationMaterial);
        }
        if (message.content?.$case === "messageSignature") {
            obj.messageSignature = sigstore_common_1.MessageSignature.toJSON(message.content.messageSignature);
        }
        else if (message.content?.$case === "dsseEnvelope") {
            obj.dsseEnvelope = envelope_1.Envelope.toJSON(message.content.dsseEnvelope);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 5334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_common.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TimeRange = exports.X509CertificateChain = exports.SubjectAlternativeName = exports.X509Certificate = exports.DistinguishedName = exports.ObjectIdentifierValuePair = exports.ObjectIdentifier = exports.PublicKeyIdentifier = exports.PublicKey = exports.RFC3161SignedTimestamp = exports.LogId = exports.MessageSignature = exports.HashOutput = exports.SubjectAlternativeNameType = exports.PublicKeyDetails = exports.HashAlgorithm = void 0;
exports.hashAlgorithmFromJSON = hashAlgorithmFromJSON;
exports.hashAlgorithmToJSON = hashAlgorithmToJSON;
exports.publicKeyDetailsFromJSON = publicKeyDetailsFromJSON;
exports.publicKeyDetailsToJSON = publicKeyDetailsToJSON;
exports.subjectAlternativeNameTypeFromJSON = subjectAlternativeNameTypeFromJSON;
exports.subjectAlternativeNameTypeToJSON = subjectAlternativeNameTypeToJSON;
/* eslint-disable */
const timestamp_1 = __nccwpck_require__(5000);
/**
 * Only a subset of the secure hash standard algorithms are supported.
 * See <https://nvlpubs.nist.gov/nistpubs/FIPS/NIST.FIPS.180-4.pdf> for more
 * details.
 * UNSPECIFIED SHOULD not be used, primary reason for inclusion is to force
 * any proto JSON serialization to emit the used hash algorithm, as default
 * option is to *omit* the default value of an enum (which is the first
 * value, represented by '0'.
 */
var HashAlgorithm;
(function (HashAlgorithm) {
    HashAlgorithm[HashAlgorithm["HASH_ALGORITHM_UNSPECIFIED"] = 0] = "HASH_ALGORITHM_UNSPECIFIED";
    HashAlgorithm[HashAlgorithm["SHA2_256"] = 1] = "SHA2_256";
    HashAlgorithm[HashAlgorithm["SHA2_384"] = 2] = "SHA2_384";
    HashAlgorithm[HashAlgorithm["SHA2_512"] = 3] = "SHA2_512";
    /**
     * SHA3_256 - Used for LMS
     *
     * @deprecated
     */
    HashAlgorithm[HashAlgorithm["SHA3_256"] = 4] = "SHA3_256";
    /**
     * SHA3_384 - Used for LMS
     *
     * @deprecated
     */
    HashAlgorithm[HashAlgorithm["SHA3_384"] = 5] = "SHA3_384";
})(HashAlgorithm || (exports.HashAlgorithm = HashAlgorithm = {}));
function hashAlgorithmFromJSON(object) {
    switch (object) {
        case 0:
        case "HASH_ALGORITHM_UNSPECIFIED":
            return HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED;
        case 1:
        case "SHA2_256":
            return HashAlgorithm.SHA2_256;
        case 2:
        case "SHA2_384":
            return HashAlgorithm.SHA2_384;
        case 3:
        case "SHA2_512":
            return HashAlgorithm.SHA2_512;
        case 4:
        case "SHA3_256":
            return HashAlgorithm.SHA3_256;
        case 5:
        case "SHA3_384":
            return HashAlgorithm.SHA3_384;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum HashAlgorithm");
    }
}
function hashAlgorithmToJSON(object) {
    switch (object) {
        case HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED:
            return "HASH_ALGORITHM_UNSPECIFIED";
        case HashAlgorithm.SHA2_256:
            return "SHA2_256";
        case HashAlgorithm.SHA2_384:
            return "SHA2_384";
        case HashAlgorithm.SHA2_512:
            return "SHA2_512";
        case HashAlgorithm.SHA3_256:
            return "SHA3_256";
        case HashAlgorithm.SHA3_384:
            return "SHA3_384";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum HashAlgorithm");
    }
}
/**
 * Details of a specific public key, capturing the the key encoding method,
 * and signature algorithm.
 *
 * PublicKeyDetails captures the public key/hash algorithm combinations
 * recommended in the Sigstore ecosystem.
 *
 * This is modelled as a linear set as we want to provide a small number of
 * opinionated options instead of allowing every possible permutation.
 *
 * Any changes to this enum MUST be reflected in the algorithm registry.
 *
 * See: <https://github.com/sigstore/architecture-docs/blob/main/algorithm-registry.md>
 *
 * To avoid the possibility of contradicting formats such as PKCS1 with
 * ED25519 the valid permutations are listed as a linear set instead of a
 * cartesian set (i.e one combined variable instead of two, one for encoding
 * and one for the signature algorithm).
 */
var PublicKeyDetails;
(function (PublicKeyDetails) {
    PublicKeyDetails[PublicKeyDetails["PUBLIC_KEY_DETAILS_UNSPECIFIED"] = 0] = "PUBLIC_KEY_DETAILS_UNSPECIFIED";
    /**
     * PKCS1_RSA_PKCS1V5 - RSA
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKCS1_RSA_PKCS1V5"] = 1] = "PKCS1_RSA_PKCS1V5";
    /**
     * PKCS1_RSA_PSS - See RFC8017
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKCS1_RSA_PSS"] = 2] = "PKCS1_RSA_PSS";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V5"] = 3] = "PKIX_RSA_PKCS1V5";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS"] = 4] = "PKIX_RSA_PSS";
    /** PKIX_RSA_PKCS1V15_2048_SHA256 - RSA public key in PKIX format, PKCS#1v1.5 signature */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V15_2048_SHA256"] = 9] = "PKIX_RSA_PKCS1V15_2048_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V15_3072_SHA256"] = 10] = "PKIX_RSA_PKCS1V15_3072_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PKCS1V15_4096_SHA256"] = 11] = "PKIX_RSA_PKCS1V15_4096_SHA256";
    /** PKIX_RSA_PSS_2048_SHA256 - RSA public key in PKIX format, RSASSA-PSS signature */
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS_2048_SHA256"] = 16] = "PKIX_RSA_PSS_2048_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS_3072_SHA256"] = 17] = "PKIX_RSA_PSS_3072_SHA256";
    PublicKeyDetails[PublicKeyDetails["PKIX_RSA_PSS_4096_SHA256"] = 18] = "PKIX_RSA_PSS_4096_SHA256";
    /**
     * PKIX_ECDSA_P256_HMAC_SHA_256 - ECDSA
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P256_HMAC_SHA_256"] = 6] = "PKIX_ECDSA_P256_HMAC_SHA_256";
    /** PKIX_ECDSA_P256_SHA_256 - See NIST FIPS 186-4 */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P256_SHA_256"] = 5] = "PKIX_ECDSA_P256_SHA_256";
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P384_SHA_384"] = 12] = "PKIX_ECDSA_P384_SHA_384";
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P521_SHA_512"] = 13] = "PKIX_ECDSA_P521_SHA_512";
    /** PKIX_ED25519 - Ed 25519 */
    PublicKeyDetails[PublicKeyDetails["PKIX_ED25519"] = 7] = "PKIX_ED25519";
    PublicKeyDetails[PublicKeyDetails["PKIX_ED25519_PH"] = 8] = "PKIX_ED25519_PH";
    /**
     * PKIX_ECDSA_P384_SHA_256 - These algorithms are deprecated and should not be used, but they
     * were/are being used by most Sigstore clients implementations.
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P384_SHA_256"] = 19] = "PKIX_ECDSA_P384_SHA_256";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["PKIX_ECDSA_P521_SHA_256"] = 20] = "PKIX_ECDSA_P521_SHA_256";
    /**
     * LMS_SHA256 - LMS and LM-OTS
     *
     * These algorithms are deprecated and should not be used.
     * There are no plans to support SLH-DSA at this time.
     *
     * USER WARNING: LMS and LM-OTS are both stateful signature schemes.
     * Using them correctly requires discretion and careful consideration
     * to ensure that individual secret keys are not used more than once.
     * In addition, LM-OTS is a single-use scheme, meaning that it
     * MUST NOT be used for more than one signature per LM-OTS key.
     * If you cannot maintain these invariants, you MUST NOT use these
     * schemes.
     *
     * @deprecated
     */
    PublicKeyDetails[PublicKeyDetails["LMS_SHA256"] = 14] = "LMS_SHA256";
    /** @deprecated */
    PublicKeyDetails[PublicKeyDetails["LMOTS_SHA256"] = 15] = "LMOTS_SHA256";
    /**
     * ML_DSA_44 - ML-DSA
     *
     * These ML_DSA_44, ML_DSA_65 and ML-DSA_87 algorithms are the pure variants
     * that take data to sign rather than the prehash variants (HashML-DSA), which
     * take digests. While considered quantum-resistant, their usage
     * involves tradeoffs in that signatures and keys are much larger, and
     * this makes deployments more costly.
     *
     * USER WARNING: ML_DSA_44, ML_DSA_65 and ML_DSA_87 are experimental algorithms.
     * In the future they MAY be used by private Sigstore deployments, but
     * they are not yet fully functional. This warning will be removed when
     * these algorithms are widely supported by Sigstore clients and servers,
     * but care should still be taken for production environments.
     *
     * See NIST FIPS 204, RFC 9881 for algorithm identifiers
     */
    PublicKeyDetails[PublicKeyDetails["ML_DSA_44"] = 23] = "ML_DSA_44";
    PublicKeyDetails[PublicKeyDetails["ML_DSA_65"] = 21] = "ML_DSA_65";
    PublicKeyDetails[PublicKeyDetails["ML_DSA_87"] = 22] = "ML_DSA_87";
})(PublicKeyDetails || (exports.PublicKeyDetails = PublicKeyDetails = {}));
function publicKeyDetailsFromJSON(object) {
    switch (object) {
        case 0:
        case "PUBLIC_KEY_DETAILS_UNSPECIFIED":
            return PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED;
        case 1:
        case "PKCS1_RSA_PKCS1V5":
            return PublicKeyDetails.PKCS1_RSA_PKCS1V5;
        case 2:
        case "PKCS1_RSA_PSS":
            return PublicKeyDetails.PKCS1_RSA_PSS;
        case 3:
        case "PKIX_RSA_PKCS1V5":
            return PublicKeyDetails.PKIX_RSA_PKCS1V5;
        case 4:
        case "PKIX_RSA_PSS":
            return PublicKeyDetails.PKIX_RSA_PSS;
        case 9:
        case "PKIX_RSA_PKCS1V15_2048_SHA256":
            return PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256;
        case 10:
        case "PKIX_RSA_PKCS1V15_3072_SHA256":
            return PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256;
        case 11:
        case "PKIX_RSA_PKCS1V15_4096_SHA256":
            return PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256;
        case 16:
        case "PKIX_RSA_PSS_2048_SHA256":
            return PublicKeyDetails.PKIX_RSA_PSS_2048_SHA256;
        case 17:
        case "PKIX_RSA_PSS_3072_SHA256":
            return PublicKeyDetails.PKIX_RSA_PSS_3072_SHA256;
        case 18:
        case "PKIX_RSA_PSS_4096_SHA256":
            return PublicKeyDetails.PKIX_RSA_PSS_4096_SHA256;
        case 6:
        case "PKIX_ECDSA_P256_HMAC_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P256_HMAC_SHA_256;
        case 5:
        case "PKIX_ECDSA_P256_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P256_SHA_256;
        case 12:
        case "PKIX_ECDSA_P384_SHA_384":
            return PublicKeyDetails.PKIX_ECDSA_P384_SHA_384;
        case 13:
        case "PKIX_ECDSA_P521_SHA_512":
            return PublicKeyDetails.PKIX_ECDSA_P521_SHA_512;
        case 7:
        case "PKIX_ED25519":
            return PublicKeyDetails.PKIX_ED25519;
        case 8:
        case "PKIX_ED25519_PH":
            return PublicKeyDetails.PKIX_ED25519_PH;
        case 19:
        case "PKIX_ECDSA_P384_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P384_SHA_256;
        case 20:
        case "PKIX_ECDSA_P521_SHA_256":
            return PublicKeyDetails.PKIX_ECDSA_P521_SHA_256;
        case 14:
        case "LMS_SHA256":
            return PublicKeyDetails.LMS_SHA256;
        case 15:
        case "LMOTS_SHA256":
            return PublicKeyDetails.LMOTS_SHA256;
        case 23:
        case "ML_DSA_44":
            return PublicKeyDetails.ML_DSA_44;
        case 21:
        case "ML_DSA_65":
            return PublicKeyDetails.ML_DSA_65;
        case 22:
        case "ML_DSA_87":
            return PublicKeyDetails.ML_DSA_87;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum PublicKeyDetails");
    }
}
function publicKeyDetailsToJSON(object) {
    switch (object) {
        case PublicKeyDetails.PUBLIC_KEY_DETAILS_UNSPECIFIED:
            return "PUBLIC_KEY_DETAILS_UNSPECIFIED";
        case PublicKeyDetails.PKCS1_RSA_PKCS1V5:
            return "PKCS1_RSA_PKCS1V5";
        case PublicKeyDetails.PKCS1_RSA_PSS:
            return "PKCS1_RSA_PSS";
        case PublicKeyDetails.PKIX_RSA_PKCS1V5:
            return "PKIX_RSA_PKCS1V5";
        case PublicKeyDetails.PKIX_RSA_PSS:
            return "PKIX_RSA_PSS";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_2048_SHA256:
            return "PKIX_RSA_PKCS1V15_2048_SHA256";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_3072_SHA256:
            return "PKIX_RSA_PKCS1V15_3072_SHA256";
        case PublicKeyDetails.PKIX_RSA_PKCS1V15_4096_SHA256:
            return "PKIX_RSA_PKCS1V15_4096_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_2048_SHA256:
            return "PKIX_RSA_PSS_2048_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_3072_SHA256:
            return "PKIX_RSA_PSS_3072_SHA256";
        case PublicKeyDetails.PKIX_RSA_PSS_4096_SHA256:
            return "PKIX_RSA_PSS_4096_SHA256";
        case PublicKeyDetails.PKIX_ECDSA_P256_HMAC_SHA_256:
            return "PKIX_ECDSA_P256_HMAC_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P256_SHA_256:
            return "PKIX_ECDSA_P256_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P384_SHA_384:
            return "PKIX_ECDSA_P384_SHA_384";
        case PublicKeyDetails.PKIX_ECDSA_P521_SHA_512:
            return "PKIX_ECDSA_P521_SHA_512";
        case PublicKeyDetails.PKIX_ED25519:
            return "PKIX_ED25519";
        case PublicKeyDetails.PKIX_ED25519_PH:
            return "PKIX_ED25519_PH";
        case PublicKeyDetails.PKIX_ECDSA_P384_SHA_256:
            return "PKIX_ECDSA_P384_SHA_256";
        case PublicKeyDetails.PKIX_ECDSA_P521_SHA_256:
            return "PKIX_ECDSA_P521_SHA_256";
        case PublicKeyDetails.LMS_SHA256:
            return "LMS_SHA256";
        case PublicKeyDetails.LMOTS_SHA256:
            return "LMOTS_SHA256";
        case PublicKeyDetails.ML_DSA_44:
            return "ML_DSA_44";
        case PublicKeyDetails.ML_DSA_65:
            return "ML_DSA_65";
        case PublicKeyDetails.ML_DSA_87:
            return "ML_DSA_87";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum PublicKeyDetails");
    }
}
var SubjectAlternativeNameType;
(function (SubjectAlternativeNameType) {
    SubjectAlternativeNameType[SubjectAlternativeNameType["SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED"] = 0] = "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED";
    SubjectAlternativeNameType[SubjectAlternativeNameType["EMAIL"] = 1] = "EMAIL";
    SubjectAlternativeNameType[SubjectAlternativeNameType["URI"] = 2] = "URI";
    /**
     * OTHER_NAME - OID 1.3.6.1.4.1.57264.1.7
     * See https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md#1361415726417--othername-san
     * for more details.
     */
    SubjectAlternativeNameType[SubjectAlternativeNameType["OTHER_NAME"] = 3] = "OTHER_NAME";
})(SubjectAlternativeNameType || (exports.SubjectAlternativeNameType = SubjectAlternativeNameType = {}));
function subjectAlternativeNameTypeFromJSON(object) {
    switch (object) {
        case 0:
        case "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED":
            return SubjectAlternativeNameType.SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED;
        case 1:
        case "EMAIL":
            return SubjectAlternativeNameType.EMAIL;
        case 2:
        case "URI":
            return SubjectAlternativeNameType.URI;
        case 3:
        case "OTHER_NAME":
            return SubjectAlternativeNameType.OTHER_NAME;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum SubjectAlternativeNameType");
    }
}
function subjectAlternativeNameTypeToJSON(object) {
    switch (object) {
        case SubjectAlternativeNameType.SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED:
            return "SUBJECT_ALTERNATIVE_NAME_TYPE_UNSPECIFIED";
        case SubjectAlternativeNameType.EMAIL:
            return "EMAIL";
        case SubjectAlternativeNameType.URI:
            return "URI";
        case SubjectAlternativeNameType.OTHER_NAME:
            return "OTHER_NAME";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum SubjectAlternativeNameType");
    }
}
exports.HashOutput = {
    fromJSON(object) {
        return {
            algorithm: isSet(object.algorithm) ? hashAlgorithmFromJSON(object.algorithm) : 0,
            digest: isSet(object.digest) ? Buffer.from(bytesFromBase64(object.digest)) : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.algorithm !== 0) {
            obj.algorithm = hashAlgorithmToJSON(message.algorithm);
        }
        if (message.digest.length !== 0) {
            obj.digest = base64FromBytes(message.digest);
        }
        return obj;
    },
};
exports.MessageSignature = {
    fromJSON(object) {
        return {
            messageDigest: isSet(object.messageDigest) ? exports.HashOutput.fromJSON(object.messageDigest) : undefined,
            signature: isSet(object.signature) ? Buffer.from(bytesFromBase64(object.signature)) : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.messageDigest !== undefined) {
            obj.messageDigest = exports.HashOutput.toJSON(message.messageDigest);
        }
        if (message.signature.length !== 0) {
            obj.signature = base64FromBytes(message.signature);
        }
        return obj;
    },
};
exports.LogId = {
    fromJSON(object) {
        return { keyId: isSet(object.keyId) ? Buffer.from(bytesFromBase64(object.keyId)) : Buffer.alloc(0) };
    },
    toJSON(message) {
        const obj = {};
        if (message.keyId.length !== 0) {
            obj.keyId = base64FromBytes(message.keyId);
        }
        return obj;
    },
};
exports.RFC3161SignedTimestamp = {
    fromJSON(object) {
        return {
            signedTimestamp: isSet(object.signedTimestamp)
                ? Buffer.from(bytesFromBase64(object.signedTimestamp))
                : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.signedTimestamp.length !== 0) {
            obj.signedTimestamp = base64FromBytes(message.signedTimestamp);
        }
        return obj;
    },
};
exports.PublicKey = {
    fromJSON(object) {
        return {
            rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : undefined,
            keyDetails: isSet(object.keyDetails) ? publicKeyDetailsFromJSON(object.keyDetails) : 0,
            validFor: isSet(object.validFor) ? exports.TimeRange.fromJSON(object.validFor) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.rawBytes !== undefined) {
            obj.rawBytes = base64FromBytes(message.rawBytes);
        }
        if (message.keyDetails !== 0) {
            obj.keyDetails = publicKeyDetailsToJSON(message.keyDetails);
        }
        if (message.validFor !== undefined) {
            obj.validFor = exports.TimeRange.toJSON(message.validFor);
        }
        return obj;
    },
};
exports.PublicKeyIdentifier = {
    fromJSON(object) {
        return { hint: isSet(object.hint) ? globalThis.String(object.hint) : "" };
    },
    toJSON(message) {
        const obj = {};
        if (message.hint !== "") {
            obj.hint = message.hint;
        }
        return obj;
    },
};
exports.ObjectIdentifier = {
    fromJSON(object) {
        return { id: globalThis.Array.isArray(object?.id) ? object.id.map((e) => globalThis.Number(e)) : [] };
    },
    toJSON(message) {
        const obj = {};
        if (message.id?.length) {
            obj.id = message.id.map((e) => Math.round(e));
        }
        return obj;
    },
};
exports.ObjectIdentifierValuePair = {
    fromJSON(object) {
        return {
            oid: isSet(object.oid) ? exports.ObjectIdentifier.fromJSON(object.oid) : undefined,
            value: isSet(object.value) ? Buffer.from(bytesFromBase64(object.value)) : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.oid !== undefined) {
            obj.oid = exports.ObjectIdentifier.toJSON(message.oid);
        }
        if (message.value.length !== 0) {
            obj.value = base64FromBytes(message.value);
        }
        return obj;
    },
};
exports.DistinguishedName = {
    fromJSON(object) {
        return {
            organization: isSet(object.organization) ? globalThis.String(object.organization) : "",
            commonName: isSet(object.commonName) ? globalThis.String(object.commonName) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.organization !== "") {
            obj.organization = message.organization;
        }
        if (message.commonName !== "") {
            obj.commonName = message.commonName;
        }
        return obj;
    },
};
exports.X509Certificate = {
    fromJSON(object) {
        return { rawBytes: isSet(object.rawBytes) ? Buffer.from(bytesFromBase64(object.rawBytes)) : Buffer.alloc(0) };
    },
    toJSON(message) {
        const obj = {};
        if (message.rawBytes.length !== 0) {
            obj.rawBytes = base64FromBytes(message.rawBytes);
        }
        return obj;
    },
};
exports.SubjectAlternativeName = {
    fromJSON(object) {
        return {
            type: isSet(object.type) ? subjectAlternativeNameTypeFromJSON(object.type) : 0,
            identity: isSet(object.regexp)
                ? { $case: "regexp", regexp: globalThis.String(object.regexp) }
                : isSet(object.value)
                    ? { $case: "value", value: globalThis.String(object.value) }
                    : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.type !== 0) {
            obj.type = subjectAlternativeNameTypeToJSON(message.type);
        }
        if (message.identity?.$case === "regexp") {
            obj.regexp = message.identity.regexp;
        }
        else if (message.identity?.$case === "value") {
            obj.value = message.identity.value;
        }
        return obj;
    },
};
exports.X509CertificateChain = {
    fromJSON(object) {
        return {
            certificates: globalThis.Array.isArray(object?.certificates)
                ? object.certificates.map((e) => exports.X509Certificate.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.certificates?.length) {
            obj.certificates = message.certificates.map((e) => exports.X509Certificate.toJSON(e));
        }
        return obj;
    },
};
exports.TimeRange = {
    fromJSON(object) {
        return {
            start: isSet(object.start) ? fromJsonTimestamp(object.start) : undefined,
            end: isSet(object.end) ? fromJsonTimestamp(object.end) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.start !== undefined) {
            obj.start = message.start.toISOString();
        }
        if (message.end !== undefined) {
            obj.end = message.end.toISOString();
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function fromTimestamp(t) {
    let millis = (globalThis.Number(t.seconds) || 0) * 1_000;
    millis += (t.nanos || 0) / 1_000_000;
    return new globalThis.Date(millis);
}
function fromJsonTimestamp(o) {
    if (o instanceof globalThis.Date) {
        return o;
    }
    else if (typeof o === "string") {
        return new globalThis.Date(o);
    }
    else {
        return fromTimestamp(timestamp_1.Timestamp.fromJSON(o));
    }
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 5204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_rekor.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TransparencyLogEntry = exports.InclusionPromise = exports.InclusionProof = exports.Checkpoint = exports.KindVersion = void 0;
/* eslint-disable */
const sigstore_common_1 = __nccwpck_require__(5334);
exports.KindVersion = {
    fromJSON(object) {
        return {
            kind: isSet(object.kind) ? globalThis.String(object.kind) : "",
            version: isSet(object.version) ? globalThis.String(object.version) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.kind !== "") {
            obj.kind = message.kind;
        }
        if (message.version !== "") {
            obj.version = message.version;
        }
        return obj;
    },
};
exports.Checkpoint = {
    fromJSON(object) {
        return { envelope: isSet(object.envelope) ? globalThis.String(object.envelope) : "" };
    },
    toJSON(message) {
        const obj = {};
        if (message.envelope !== "") {
            obj.envelope = message.envelope;
        }
        return obj;
    },
};
exports.InclusionProof = {
    fromJSON(object) {
        return {
            logIndex: isSet(object.logIndex) ? globalThis.String(object.logIndex) : "0",
            rootHash: isSet(object.rootHash) ? Buffer.from(bytesFromBase64(object.rootHash)) : Buffer.alloc(0),
            treeSize: isSet(object.treeSize) ? globalThis.String(object.treeSize) : "0",
            hashes: globalThis.Array.isArray(object?.hashes)
                ? object.hashes.map((e) => Buffer.from(bytesFromBase64(e)))
                : [],
            checkpoint: isSet(object.checkpoint) ? exports.Checkpoint.fromJSON(object.checkpoint) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.logIndex !== "0") {
            obj.logIndex = message.logIndex;
        }
        if (message.rootHash.length !== 0) {
            obj.rootHash = base64FromBytes(message.rootHash);
        }
        if (message.treeSize !== "0") {
            obj.treeSize = message.treeSize;
        }
        if (message.hashes?.length) {
            obj.hashes = message.hashes.map((e) => base64FromBytes(e));
        }
        if (message.checkpoint !== undefined) {
            obj.checkpoint = exports.Checkpoint.toJSON(message.checkpoint);
        }
        return obj;
    },
};
exports.InclusionPromise = {
    fromJSON(object) {
        return {
            signedEntryTimestamp: isSet(object.signedEntryTimestamp)
                ? Buffer.from(bytesFromBase64(object.signedEntryTimestamp))
                : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.signedEntryTimestamp.length !== 0) {
            obj.signedEntryTimestamp = base64FromBytes(message.signedEntryTimestamp);
        }
        return obj;
    },
};
exports.TransparencyLogEntry = {
    fromJSON(object) {
        return {
            logIndex: isSet(object.logIndex) ? globalThis.String(object.logIndex) : "0",
            logId: isSet(object.logId) ? sigstore_common_1.LogId.fromJSON(object.logId) : undefined,
            kindVersion: isSet(object.kindVersion) ? exports.KindVersion.fromJSON(object.kindVersion) : undefined,
            integratedTime: isSet(object.integratedTime) ? globalThis.String(object.integratedTime) : "0",
            inclusionPromise: isSet(object.inclusionPromise) ? exports.InclusionPromise.fromJSON(object.inclusionPromise) : undefined,
            inclusionProof: isSet(object.inclusionProof) ? exports.InclusionProof.fromJSON(object.inclusionProof) : undefined,
            canonicalizedBody: isSet(object.canonicalizedBody)
                ? Buffer.from(bytesFromBase64(object.canonicalizedBody))
                : Buffer.alloc(0),
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.logIndex !== "0") {
            obj.logIndex = message.logIndex;
        }
        if (message.logId !== undefined) {
            obj.logId = sigstore_common_1.LogId.toJSON(message.logId);
        }
        if (message.kindVersion !== undefined) {
            obj.kindVersion = exports.KindVersion.toJSON(message.kindVersion);
        }
        if (message.integratedTime !== "0") {
            obj.integratedTime = message.integratedTime;
        }
        if (message.inclusionPromise !== undefined) {
            obj.inclusionPromise = exports.InclusionPromise.toJSON(message.inclusionPromise);
        }
        if (message.inclusionProof !== undefined) {
            obj.inclusionProof = exports.InclusionProof.toJSON(message.inclusionProof);
        }
        if (message.canonicalizedBody.length !== 0) {
            obj.canonicalizedBody = base64FromBytes(message.canonicalizedBody);
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 1997:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_trustroot.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ClientTrustConfig = exports.ServiceConfiguration = exports.Service = exports.SigningConfig = exports.TrustedRoot = exports.CertificateAuthority = exports.TransparencyLogInstance = exports.ServiceSelector = void 0;
exports.serviceSelectorFromJSON = serviceSelectorFromJSON;
exports.serviceSelectorToJSON = serviceSelectorToJSON;
/* eslint-disable */
const sigstore_common_1 = __nccwpck_require__(5334);
/**
 * ServiceSelector specifies how a client SHOULD select a set of
 * Services to connect to. A client SHOULD throw an error if
 * the value is SERVICE_SELECTOR_UNDEFINED.
 */
var ServiceSelector;
(function (ServiceSelector) {
    ServiceSelector[ServiceSelector["SERVICE_SELECTOR_UNDEFINED"] = 0] = "SERVICE_SELECTOR_UNDEFINED";
    /**
     * ALL - Clients SHOULD select all Services based on supported API version
     * and validity window.
     */
    ServiceSelector[ServiceSelector["ALL"] = 1] = "ALL";
    /**
     * ANY - Clients SHOULD select one Service based on supported API version
     * and validity window. It is up to the client implementation to
     * decide how to select the Service, e.g. random or round-robin.
     */
    ServiceSelector[ServiceSelector["ANY"] = 2] = "ANY";
    /**
     * EXACT - Clients SHOULD select a specific number of Services based on
     * supported API version and validity window, using the provided
     * `count`. It is up to the client implementation to decide how to
     * select the Service, e.g. random or round-robin.
     */
    ServiceSelector[ServiceSelector["EXACT"] = 3] = "EXACT";
})(ServiceSelector || (exports.ServiceSelector = ServiceSelector = {}));
function serviceSelectorFromJSON(object) {
    switch (object) {
        case 0:
        case "SERVICE_SELECTOR_UNDEFINED":
            return ServiceSelector.SERVICE_SELECTOR_UNDEFINED;
        case 1:
        case "ALL":
            return ServiceSelector.ALL;
        case 2:
        case "ANY":
            return ServiceSelector.ANY;
        case 3:
        case "EXACT":
            return ServiceSelector.EXACT;
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum ServiceSelector");
    }
}
function serviceSelectorToJSON(object) {
    switch (object) {
        case ServiceSelector.SERVICE_SELECTOR_UNDEFINED:
            return "SERVICE_SELECTOR_UNDEFINED";
        case ServiceSelector.ALL:
            return "ALL";
        case ServiceSelector.ANY:
            return "ANY";
        case ServiceSelector.EXACT:
            return "EXACT";
        default:
            throw new globalThis.Error("Unrecognized enum value " + object + " for enum ServiceSelector");
    }
}
exports.TransparencyLogInstance = {
    fromJSON(object) {
        return {
            baseUrl: isSet(object.baseUrl) ? globalThis.String(object.baseUrl) : "",
            hashAlgorithm: isSet(object.hashAlgorithm) ? (0, sigstore_common_1.hashAlgorithmFromJSON)(object.hashAlgorithm) : 0,
            publicKey: isSet(object.publicKey) ? sigstore_common_1.PublicKey.fromJSON(object.publicKey) : undefined,
            logId: isSet(object.logId) ? sigstore_common_1.LogId.fromJSON(object.logId) : undefined,
            checkpointKeyId: isSet(object.checkpointKeyId) ? sigstore_common_1.LogId.fromJSON(object.checkpointKeyId) : undefined,
            operator: isSet(object.operator) ? globalThis.String(object.operator) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.baseUrl !== "") {
            obj.baseUrl = message.baseUrl;
        }
        if (message.hashAlgorithm !== 0) {
            obj.hashAlgorithm = (0, sigstore_common_1.hashAlgorithmToJSON)(message.hashAlgorithm);
        }
        if (message.publicKey !== undefined) {
            obj.publicKey = sigstore_common_1.PublicKey.toJSON(message.publicKey);
        }
        if (message.logId !== undefined) {
            obj.logId = sigstore_common_1.LogId.toJSON(message.logId);
        }
        if (message.checkpointKeyId !== undefined) {
            obj.checkpointKeyId = sigstore_common_1.LogId.toJSON(message.checkpointKeyId);
        }
        if (message.operator !== "") {
            obj.operator = message.operator;
        }
        return obj;
    },
};
exports.CertificateAuthority = {
    fromJSON(object) {
        return {
            subject: isSet(object.subject) ? sigstore_common_1.DistinguishedName.fromJSON(object.subject) : undefined,
            uri: isSet(object.uri) ? globalThis.String(object.uri) : "",
            certChain: isSet(object.certChain) ? sigstore_common_1.X509CertificateChain.fromJSON(object.certChain) : undefined,
            validFor: isSet(object.validFor) ? sigstore_common_1.TimeRange.fromJSON(object.validFor) : undefined,
            operator: isSet(object.operator) ? globalThis.String(object.operator) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.subject !== undefined) {
            obj.subject = sigstore_common_1.DistinguishedName.toJSON(message.subject);
        }
        if (message.uri !== "") {
            obj.uri = message.uri;
        }
        if (message.certChain !== undefined) {
            obj.certChain = sigstore_common_1.X509CertificateChain.toJSON(message.certChain);
        }
        if (message.validFor !== undefined) {
            obj.validFor = sigstore_common_1.TimeRange.toJSON(message.validFor);
        }
        if (message.operator !== "") {
            obj.operator = message.operator;
        }
        return obj;
    },
};
exports.TrustedRoot = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            tlogs: globalThis.Array.isArray(object?.tlogs)
                ? object.tlogs.map((e) => exports.TransparencyLogInstance.fromJSON(e))
                : [],
            certificateAuthorities: globalThis.Array.isArray(object?.certificateAuthorities)
                ? object.certificateAuthorities.map((e) => exports.CertificateAuthority.fromJSON(e))
                : [],
            ctlogs: globalThis.Array.isArray(object?.ctlogs)
                ? object.ctlogs.map((e) => exports.TransparencyLogInstance.fromJSON(e))
                : [],
            timestampAuthorities: globalThis.Array.isArray(object?.timestampAuthorities)
                ? object.timestampAuthorities.map((e) => exports.CertificateAuthority.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.tlogs?.length) {
            obj.tlogs = message.tlogs.map((e) => exports.TransparencyLogInstance.toJSON(e));
        }
        if (message.certificateAuthorities?.length) {
            obj.certificateAuthorities = message.certificateAuthorities.map((e) => exports.CertificateAuthority.toJSON(e));
        }
        if (message.ctlogs?.length) {
            obj.ctlogs = message.ctlogs.map((e) => exports.TransparencyLogInstance.toJSON(e));
        }
        if (message.timestampAuthorities?.length) {
            obj.timestampAuthorities = message.timestampAuthorities.map((e) => exports.CertificateAuthority.toJSON(e));
        }
        return obj;
    },
};
exports.SigningConfig = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            caUrls: globalThis.Array.isArray(object?.caUrls) ? object.caUrls.map((e) => exports.Service.fromJSON(e)) : [],
            oidcUrls: globalThis.Array.isArray(object?.oidcUrls) ? object.oidcUrls.map((e) => exports.Service.fromJSON(e)) : [],
            rekorTlogUrls: globalThis.Array.isArray(object?.rekorTlogUrls)
                ? object.rekorTlogUrls.map((e) => exports.Service.fromJSON(e))
                : [],
            rekorTlogConfig: isSet(object.rekorTlogConfig)
                ? exports.ServiceConfiguration.fromJSON(object.rekorTlogConfig)
                : undefined,
            tsaUrls: globalThis.Array.isArray(object?.tsaUrls) ? object.tsaUrls.map((e) => exports.Service.fromJSON(e)) : [],
            tsaConfig: isSet(object.tsaConfig) ? exports.ServiceConfiguration.fromJSON(object.tsaConfig) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.caUrls?.length) {
            obj.caUrls = message.caUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.oidcUrls?.length) {
            obj.oidcUrls = message.oidcUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.rekorTlogUrls?.length) {
            obj.rekorTlogUrls = message.rekorTlogUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.rekorTlogConfig !== undefined) {
            obj.rekorTlogConfig = exports.ServiceConfiguration.toJSON(message.rekorTlogConfig);
        }
        if (message.tsaUrls?.length) {
            obj.tsaUrls = message.tsaUrls.map((e) => exports.Service.toJSON(e));
        }
        if (message.tsaConfig !== undefined) {
            obj.tsaConfig = exports.ServiceConfiguration.toJSON(message.tsaConfig);
        }
        return obj;
    },
};
exports.Service = {
    fromJSON(object) {
        return {
            url: isSet(object.url) ? globalThis.String(object.url) : "",
            majorApiVersion: isSet(object.majorApiVersion) ? globalThis.Number(object.majorApiVersion) : 0,
            validFor: isSet(object.validFor) ? sigstore_common_1.TimeRange.fromJSON(object.validFor) : undefined,
            operator: isSet(object.operator) ? globalThis.String(object.operator) : "",
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.url !== "") {
            obj.url = message.url;
        }
        if (message.majorApiVersion !== 0) {
            obj.majorApiVersion = Math.round(message.majorApiVersion);
        }
        if (message.validFor !== undefined) {
            obj.validFor = sigstore_common_1.TimeRange.toJSON(message.validFor);
        }
        if (message.operator !== "") {
            obj.operator = message.operator;
        }
        return obj;
    },
};
exports.ServiceConfiguration = {
    fromJSON(object) {
        return {
            selector: isSet(object.selector) ? serviceSelectorFromJSON(object.selector) : 0,
            count: isSet(object.count) ? globalThis.Number(object.count) : 0,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.selector !== 0) {
            obj.selector = serviceSelectorToJSON(message.selector);
        }
        if (message.count !== 0) {
            obj.count = Math.round(message.count);
        }
        return obj;
    },
};
exports.ClientTrustConfig = {
    fromJSON(object) {
        return {
            mediaType: isSet(object.mediaType) ? globalThis.String(object.mediaType) : "",
            trustedRoot: isSet(object.trustedRoot) ? exports.TrustedRoot.fromJSON(object.trustedRoot) : undefined,
            signingConfig: isSet(object.signingConfig) ? exports.SigningConfig.fromJSON(object.signingConfig) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.mediaType !== "") {
            obj.mediaType = message.mediaType;
        }
        if (message.trustedRoot !== undefined) {
            obj.trustedRoot = exports.TrustedRoot.toJSON(message.trustedRoot);
        }
        if (message.signingConfig !== undefined) {
            obj.signingConfig = exports.SigningConfig.toJSON(message.signingConfig);
        }
        return obj;
    },
};
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 9732:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


// Code generated by protoc-gen-ts_proto. DO NOT EDIT.
// versions:
//   protoc-gen-ts_proto  v2.12.0
//   protoc               v7.35.1
// source: sigstore_verification.proto
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Input = exports.Artifact = exports.ArtifactVerificationOptions_ObserverTimestampOptions = exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions = exports.ArtifactVerificationOptions_TimestampAuthorityOptions = exports.ArtifactVerificationOptions_CtlogOptions = exports.ArtifactVerificationOptions_TlogOptions = exports.ArtifactVerificationOptions = exports.PublicKeyIdentities = exports.CertificateIdentities = exports.CertificateIdentity = void 0;
/* eslint-disable */
const sigstore_bundle_1 = __nccwpck_require__(715);
const sigstore_common_1 = __nccwpck_require__(5334);
const sigstore_trustroot_1 = __nccwpck_require__(1997);
exports.CertificateIdentity = {
    fromJSON(object) {
        return {
            issuer: isSet(object.issuer) ? globalThis.String(object.issuer) : "",
            san: isSet(object.san) ? sigstore_common_1.SubjectAlternativeName.fromJSON(object.san) : undefined,
            oids: globalThis.Array.isArray(object?.oids)
                ? object.oids.map((e) => sigstore_common_1.ObjectIdentifierValuePair.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.issuer !== "") {
            obj.issuer = message.issuer;
        }
        if (message.san !== undefined) {
            obj.san = sigstore_common_1.SubjectAlternativeName.toJSON(message.san);
        }
        if (message.oids?.length) {
            obj.oids = message.oids.map((e) => sigstore_common_1.ObjectIdentifierValuePair.toJSON(e));
        }
        return obj;
    },
};
exports.CertificateIdentities = {
    fromJSON(object) {
        return {
            identities: globalThis.Array.isArray(object?.identities)
                ? object.identities.map((e) => exports.CertificateIdentity.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.identities?.length) {
            obj.identities = message.identities.map((e) => exports.CertificateIdentity.toJSON(e));
        }
        return obj;
    },
};
exports.PublicKeyIdentities = {
    fromJSON(object) {
        return {
            publicKeys: globalThis.Array.isArray(object?.publicKeys)
                ? object.publicKeys.map((e) => sigstore_common_1.PublicKey.fromJSON(e))
                : [],
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.publicKeys?.length) {
            obj.publicKeys = message.publicKeys.map((e) => sigstore_common_1.PublicKey.toJSON(e));
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions = {
    fromJSON(object) {
        return {
            signers: isSet(object.certificateIdentities)
                ? {
                    $case: "certificateIdentities",
                    certificateIdentities: exports.CertificateIdentities.fromJSON(object.certificateIdentities),
                }
                : isSet(object.publicKeys)
                    ? { $case: "publicKeys", publicKeys: exports.PublicKeyIdentities.fromJSON(object.publicKeys) }
                    : undefined,
            tlogOptions: isSet(object.tlogOptions)
                ? exports.ArtifactVerificationOptions_TlogOptions.fromJSON(object.tlogOptions)
                : undefined,
            ctlogOptions: isSet(object.ctlogOptions)
                ? exports.ArtifactVerificationOptions_CtlogOptions.fromJSON(object.ctlogOptions)
                : undefined,
            tsaOptions: isSet(object.tsaOptions)
                ? exports.ArtifactVerificationOptions_TimestampAuthorityOptions.fromJSON(object.tsaOptions)
                : undefined,
            integratedTsOptions: isSet(object.integratedTsOptions)
                ? exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions.fromJSON(object.integratedTsOptions)
                : undefined,
            observerOptions: isSet(object.observerOptions)
                ? exports.ArtifactVerificationOptions_ObserverTimestampOptions.fromJSON(object.observerOptions)
                : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.signers?.$case === "certificateIdentities") {
            obj.certificateIdentities = exports.CertificateIdentities.toJSON(message.signers.certificateIdentities);
        }
        else if (message.signers?.$case === "publicKeys") {
            obj.publicKeys = exports.PublicKeyIdentities.toJSON(message.signers.publicKeys);
        }
        if (message.tlogOptions !== undefined) {
            obj.tlogOptions = exports.ArtifactVerificationOptions_TlogOptions.toJSON(message.tlogOptions);
        }
        if (message.ctlogOptions !== undefined) {
            obj.ctlogOptions = exports.ArtifactVerificationOptions_CtlogOptions.toJSON(message.ctlogOptions);
        }
        if (message.tsaOptions !== undefined) {
            obj.tsaOptions = exports.ArtifactVerificationOptions_TimestampAuthorityOptions.toJSON(message.tsaOptions);
        }
        if (message.integratedTsOptions !== undefined) {
            obj.integratedTsOptions = exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions.toJSON(message.integratedTsOptions);
        }
        if (message.observerOptions !== undefined) {
            obj.observerOptions = exports.ArtifactVerificationOptions_ObserverTimestampOptions.toJSON(message.observerOptions);
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_TlogOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            performOnlineVerification: isSet(object.performOnlineVerification)
                ? globalThis.Boolean(object.performOnlineVerification)
                : false,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.performOnlineVerification !== false) {
            obj.performOnlineVerification = message.performOnlineVerification;
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_CtlogOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_TimestampAuthorityOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_TlogIntegratedTimestampOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.ArtifactVerificationOptions_ObserverTimestampOptions = {
    fromJSON(object) {
        return {
            threshold: isSet(object.threshold) ? globalThis.Number(object.threshold) : 0,
            disable: isSet(object.disable) ? globalThis.Boolean(object.disable) : false,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.threshold !== 0) {
            obj.threshold = Math.round(message.threshold);
        }
        if (message.disable !== false) {
            obj.disable = message.disable;
        }
        return obj;
    },
};
exports.Artifact = {
    fromJSON(object) {
        return {
            data: isSet(object.artifactUri)
                ? { $case: "artifactUri", artifactUri: globalThis.String(object.artifactUri) }
                : isSet(object.artifact)
                    ? { $case: "artifact", artifact: Buffer.from(bytesFromBase64(object.artifact)) }
                    : isSet(object.artifactDigest)
                        ? { $case: "artifactDigest", artifactDigest: sigstore_common_1.HashOutput.fromJSON(object.artifactDigest) }
                        : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.data?.$case === "artifactUri") {
            obj.artifactUri = message.data.artifactUri;
        }
        else if (message.data?.$case === "artifact") {
            obj.artifact = base64FromBytes(message.data.artifact);
        }
        else if (message.data?.$case === "artifactDigest") {
            obj.artifactDigest = sigstore_common_1.HashOutput.toJSON(message.data.artifactDigest);
        }
        return obj;
    },
};
exports.Input = {
    fromJSON(object) {
        return {
            artifactTrustRoot: isSet(object.artifactTrustRoot) ? sigstore_trustroot_1.TrustedRoot.fromJSON(object.artifactTrustRoot) : undefined,
            artifactVerificationOptions: isSet(object.artifactVerificationOptions)
                ? exports.ArtifactVerificationOptions.fromJSON(object.artifactVerificationOptions)
                : undefined,
            bundle: isSet(object.bundle) ? sigstore_bundle_1.Bundle.fromJSON(object.bundle) : undefined,
            artifact: isSet(object.artifact) ? exports.Artifact.fromJSON(object.artifact) : undefined,
        };
    },
    toJSON(message) {
        const obj = {};
        if (message.artifactTrustRoot !== undefined) {
            obj.artifactTrustRoot = sigstore_trustroot_1.TrustedRoot.toJSON(message.artifactTrustRoot);
        }
        if (message.artifactVerificationOptions !== undefined) {
            obj.artifactVerificationOptions = exports.ArtifactVerificationOptions.toJSON(message.artifactVerificationOptions);
        }
        if (message.bundle !== undefined) {
            obj.bundle = sigstore_bundle_1.Bundle.toJSON(message.bundle);
        }
        if (message.artifact !== undefined) {
            obj.artifact = exports.Artifact.toJSON(message.artifact);
        }
        return obj;
    },
};
function bytesFromBase64(b64) {
    return Uint8Array.from(globalThis.Buffer.from(b64, "base64"));
}
function base64FromBytes(arr) {
    return globalThis.Buffer.from(arr).toString("base64");
}
function isSet(value) {
    return value !== null && value !== undefined;
}


/***/ }),

/***/ 9654:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


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
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
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
__exportStar(__nccwpck_require__(4649), exports);
__exportStar(__nccwpck_require__(715), exports);
__exportStar(__nccwpck_require__(5334), exports);
__exportStar(__nccwpck_require__(5204), exports);
__exportStar(__nccwpck_require__(1997), exports);
__exportStar(__nccwpck_require__(9732), exports);


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/* unused reexport */ __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


__webpack_unused_export__ = httpOverHttp;
__webpack_unused_export__ = httpsOverHttp;
__webpack_unused_export__ = httpOverHttps;
__webpack_unused_export__ = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
__webpack_unused_export__ = debug; // for test


/***/ }),

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 

/***/ 6406:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parseInputs)
/* harmony export */ });
/* unused harmony export inputSchema */
/* harmony import */ var _slipway_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(191);
/* harmony import */ var _slipway_rebuild__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3396);
/* harmony import */ var _slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6369);



const inputSchema = {
    command: _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.string */ .hF.string({ required: true }),
    outputs: _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.globs */ .hF.globs({ required: true }),
    prepare: _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.string */ .hF.string(),
    runs: _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.integer */ .hF.integer({ min: 2, max: 10, default: '2' }),
    network: _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.oneOf */ .hF.oneOf(['deny', 'allow'], { default: 'allow' }),
    vary: _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.string */ .hF.string({ default: 'all' }),
    'working-directory': _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.path */ .hF.path({ default: '.' }),
    expected: _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.globs */ .hF.globs(),
    'report-dir': _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.path */ .hF.path(),
    diffoscope: _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.boolean */ .hF.boolean({ default: 'true' }),
    'attestation-path': _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.path */ .hF.path(),
    ..._slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .signingInputSchema */ .lf,
    'verifier-id': _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.string */ .hF.string(),
    record: _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .input.oneOf */ .hF.oneOf(['artifact', 'file', 'none'], { default: 'artifact' }),
};
/** Reads the inputs; `vary` is parsed here so a typo fails before any build. */
function parseInputs(read) {
    const inputs = (0,_slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .readInputs */ .Ko)(inputSchema, read);
    let variations;
    try {
        variations = (0,_slipway_rebuild__WEBPACK_IMPORTED_MODULE_1__/* .parseVary */ .uG)(inputs.vary, "input 'vary'");
    }
    catch (error) {
        throw new _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(error instanceof Error ? error.message : String(error), { hint: 'e.g. `vary: -time,-hostname`' });
    }
    return { ...inputs, variations };
}


/***/ }),

/***/ 7522:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _slipway_core_actions__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4602);
/* harmony import */ var _slipway_core_records__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1849);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6406);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(42);




await (0,_slipway_core_actions__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)(() => (0,_run_js__WEBPACK_IMPORTED_MODULE_3__/* .run */ .e)((0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .parseInputs */ .T)(_slipway_core_actions__WEBPACK_IMPORTED_MODULE_0__/* .actionsInput */ .cj), (0,_slipway_core_actions__WEBPACK_IMPORTED_MODULE_0__/* .actionsPorts */ .K8)(), process.env, (0,_slipway_core_records__WEBPACK_IMPORTED_MODULE_1__/* .actionsRecordSink */ .ql)()));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 42:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _slipway_core__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(191);
/* harmony import */ var _slipway_rebuild__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3396);
/* harmony import */ var _slipway_supply_chain__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6369);




/** reproducible-build: rebuild N times, compare, explain, sign the verdict, record it, and fail when it is negative. */
async function run(inputs, ports, env = process.env, records) {
    const ctx = (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .readGitHubContext */ .L7)(env);
    const workspace = ctx.workspace;
    if (inputs.privateKeyPassphrase)
        ports.log.mask(inputs.privateKeyPassphrase);
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace, inputs.workingDirectory);
    const published = inputs.expected.length > 0
        ? await (0,_slipway_rebuild__WEBPACK_IMPORTED_MODULE_2__/* .publishedFromFiles */ ._4)((await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .expandGlobs */ .GE)(inputs.expected, workspace, { what: 'expected files' })).map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace, p)), "input 'expected'")
        : [];
    const reportDir = inputs.reportDir ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace, inputs.reportDir) : undefined;
    const identity = (0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_3__/* .cachedIdentity */ .$Z)((0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_3__/* .actionsIdentityProvider */ .j8)({ url: env['ACTIONS_ID_TOKEN_REQUEST_URL'], token: env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] }));
    const attest = inputs.attestationPath
        ? {
            path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace, inputs.attestationPath),
            method: (0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_3__/* .signingMethodFromInputs */ .qG)(inputs, identity),
            verifierId: inputs.verifierId ?? (ctx.workflowRef ? `${ctx.serverUrl}/${ctx.workflowRef}` : _slipway_rebuild__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_VERIFIER_ID */ .f0),
            repositoryUrl: ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined,
        }
        : undefined;
    const check = await ports.log.group(`Rebuild ${inputs.runs} times: ${inputs.command}`, () => (0,_slipway_rebuild__WEBPACK_IMPORTED_MODULE_2__/* .checkReproducible */ .pH)({
        command: inputs.command,
        prepare: inputs.prepare,
        outputs: inputs.outputs,
        runs: inputs.runs,
        network: inputs.network,
        vary: inputs.variations,
        cwd,
        scratchDir: env['RUNNER_TEMP'] || workspace,
        reportDir,
        diffoscope: inputs.diffoscope,
        published,
        baseEnv: env,
        identity: { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 },
    }, attest, { exec: ports.exec, clock: ports.clock, log: (l) => ports.log.info(l), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) }));
    const { result } = check;
    if (check.attestationSkipped)
        ports.log.warning(check.attestationSkipped);
    ports.outputs.set('reproducible', result.reproducible);
    ports.outputs.set('hermetic', result.hermetic);
    ports.outputs.set('verdict', result.verdict);
    ports.outputs.set('digests', JSON.stringify(Object.fromEntries(result.outputs.map((o) => [o.name, o.digests[0] ?? '']))));
    ports.outputs.set('causes', [...new Set(result.outputs.flatMap((o) => o.difference?.causes.map((c) => c.id) ?? []))].join(','));
    ports.outputs.set('attestation-path', check.attestation?.path ?? '');
    ports.outputs.set('signer', check.attestation?.bundle.signer ?? '');
    ports.outputs.set('report-dir', reportDir ?? '');
    await ports.summary.append((0,_slipway_rebuild__WEBPACK_IMPORTED_MODULE_2__/* .formatRebuildMarkdown */ .sR)(result, check.attestation?.path));
    await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .publishRecords */ .i5)(records, inputs.record, check.records, 'reproducible-build', ports.log);
    if (result.exitCode !== 0) {
        throw new _slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .PolicyError */ .pn(result.headline, {
            code: result.reproducible ? _slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .errorCodes */ .fv.notHermetic : _slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .errorCodes */ .fv.notReproducible,
            hint: result.outputs.flatMap((o) => o.difference?.causes.map((c) => c.fix) ?? [])[0] ?? result.hermeticReason,
        });
    }
    ports.log.info(result.headline);
}


/***/ }),

/***/ 4602:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  cj: () => (/* reexport */ actionsInput),
  K8: () => (/* reexport */ actionsPorts),
  Cs: () => (/* reexport */ runAction)
});

// UNUSED EXPORTS: abandonedCalls, cacheServiceAvailable, exitIfAbandoned, guardStalls, runPost

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./node_modules/tunnel/index.js
var node_modules_tunnel = __nccwpck_require__(770);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = {  };
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = (/* unused pure expression or super */ null && (['OPTIONS', 'GET', 'DELETE', 'HEAD']));
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class lib_HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? https : http;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = pm.getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var auth_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return auth_awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_.dirname(filePath);
                        const upperName = external_path_.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${external_path_.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
// EXTERNAL MODULE: ./packages/core/src/exec.ts
var src_exec = __nccwpck_require__(6192);
// EXTERNAL MODULE: ./packages/core/src/ports.ts
var ports = __nccwpck_require__(5049);
;// CONCATENATED MODULE: ./packages/core/src/actions-ports.ts



const props = (a) => a && { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
/** The runner's input reader (`INPUT_<NAME>`, trimmed). */
const actionsInput = (name) => getInput(name);
/** Ports backed by `@actions/core`: workflow commands and the runner's files. */
function actionsPorts() {
    return {
        log: {
            debug: (m) => core_debug(m),
            info: (m) => info(m),
            notice: (m, a) => notice(m, props(a)),
            warning: (m, a) => warning(m, props(a)),
            error: (m, a) => error(m, props(a)),
            group: (name, fn) => group(name, fn),
            mask: (secret) => core_setSecret(secret),
        },
        outputs: { set: (name, value) => setOutput(name, value) },
        summary: {
            append: async (markdown) => {
                // Outside a runner there is no summary file: print instead of failing the step.
                if (!process.env['GITHUB_STEP_SUMMARY']) {
                    info(markdown);
                    return;
                }
                await summary.addRaw(markdown, true).write();
            },
        },
        state: { get: (name) => getState(name), save: (name, value) => saveState(name, value) },
        exec: (0,src_exec/* processExec */.l)((text) => process.stdout.write(text)),
        clock: ports/* systemClock */.m,
        env: { exportVariable: (n, v) => exportVariable(n, v), addPath: (d) => addPath(d) },
    };
}
/** Marks the step failed with a message (stdout workflow command plus exit code 1). */
function failStep(message) {
    setFailed(message);
}
/** Warns without failing (post steps). */
function actions_ports_warnStep(message) {
    core.warning(message);
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts + 1 modules
var errors = __nccwpck_require__(6829);
// EXTERNAL MODULE: ./packages/core/src/step-tiering.ts + 1 modules
var step_tiering = __nccwpck_require__(7995);
;// CONCATENATED MODULE: ./packages/core/src/run-action.ts



/**
 * The one error path of every action's main step: a UserError fails the step with its
 * message and hint, any other Error with its stack, and a non-Error throw still fails.
 * A step starts with V8's optimizing compilers held off (see step-tiering.ts).
 */
async function runAction(main) {
    (0,step_tiering/* holdOptimizingCompilers */.S3)();
    try {
        await main();
    }
    catch (error) {
        failStep((0,errors/* describeFailure */.Ic)(error));
    }
}
/** The error path of a post step: it only warns, so cleanup never fails a green job. */
async function runPost(post) {
    holdOptimizingCompilers();
    try {
        await post();
    }
    catch (error) {
        warnStep(`Post step did not complete: ${describeError(error)}`);
    }
}

// EXTERNAL MODULE: external "node:async_hooks"
var external_node_async_hooks_ = __nccwpck_require__(6698);
// EXTERNAL MODULE: external "node:diagnostics_channel"
var external_node_diagnostics_channel_ = __nccwpck_require__(3053);
;// CONCATENATED MODULE: ./packages/core/src/stall-guard.ts


const context = new external_node_async_hooks_.AsyncLocalStorage();
let subscribed = false;
let abandonedAny = false;
const stallError = () => Object.assign(new Error('the service stopped answering'), { code: 'ETIMEDOUT' });
function subscribe() {
    if (subscribed)
        return;
    subscribed = true;
    dc.subscribe('http.client.request.start', (message) => {
        const watch = context.getStore();
        const request = message.request;
        if (!watch)
            return;
        if (watch.abandoned) {
            request.destroy(stallError());
            return;
        }
        watch.requests.set(request, { bytes: -1, since: Date.now() });
        request.once('close', () => watch.requests.delete(request));
    });
    dc.subscribe('net.client.socket', (message) => {
        const watch = context.getStore();
        const socket = message.socket;
        if (!watch)
            return;
        if (watch.abandoned) {
            socket.destroy(stallError());
            return;
        }
        watch.sockets.add(socket);
        socket.once('close', () => watch.sockets.delete(socket));
    });
}
/**
 * Runs `op` and ends it when one of its HTTP requests moves no data for `stallMs` (an unanswered
 * request, a stalled download or upload). Local work between requests (tar, zstd) never trips it.
 */
async function guardStalls(op, stallMs) {
    subscribe();
    const watch = { requests: new Map(), sockets: new Set(), abandoned: false };
    return new Promise((resolve, reject) => {
        let settled = false;
        let grace;
        const tick = setInterval(() => {
            const now = Date.now();
            for (const [request, seen] of watch.requests) {
                const socket = request.socket;
                const bytes = socket ? socket.bytesRead + socket.bytesWritten : 0;
                if (bytes !== seen.bytes) {
                    seen.bytes = bytes;
                    seen.since = now;
                }
                else if (now - seen.since >= stallMs) {
                    const hostHeader = request.getHeader('host');
                    const host = `${request.protocol}//${typeof hostHeader === 'string' ? hostHeader : request.host}${request.path.split('?')[0] ?? ''}`;
                    stall(`${host} sent nothing for ${Math.round(stallMs / 1000)} s (stall-timeout)`);
                    return;
                }
            }
        }, Math.max(50, Math.min(1000, stallMs / 4)));
        tick.unref();
        const stall = (reason) => {
            watch.abandoned = true;
            abandonedAny = true;
            clearInterval(tick);
            for (const request of watch.requests.keys())
                request.destroy(stallError());
            for (const socket of watch.sockets)
                socket.destroy(stallError());
            // Give the library a moment to see the error and log its own failure, then move on without it.
            // This timer keeps the process alive: a library may never settle its promise once its
            // socket is gone (@actions/http-client's readBody waits for an 'end' that never comes), and
            // with nothing else pending Node would end the step with an unsettled top-level await (13).
            // Cleared as soon as the call settles, so it never outlives the call.
            grace = setTimeout(() => finish({ stalled: reason }), 1000);
            pending.then(() => finish({ stalled: reason }), () => finish({ stalled: reason }));
        };
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearInterval(tick);
            clearTimeout(grace);
            resolve(outcome);
        };
        const pending = context.run(watch, op);
        pending.then((value) => {
            if (!watch.abandoned)
                finish({ value });
        }, (error) => {
            if (watch.abandoned || settled)
                return;
            settled = true;
            clearInterval(tick);
            reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
}
/** Whether a guarded call was abandoned in this process (its library may still hold timers). */
function abandonedCalls() {
    return abandonedAny;
}
/**
 * Ends the process once its output is flushed when a stalled call was abandoned: the step's work
 * is done, and a library's retry timers must not hold the job. The exit code is the step's own.
 */
async function exitIfAbandoned() {
    if (!abandonedAny)
        return;
    await new Promise((resolve) => process.stdout.write('', () => resolve()));
    await new Promise((resolve) => process.stderr.write('', () => resolve()));
    process.exit();
}

;// CONCATENATED MODULE: ./packages/core/src/actions.ts
// The Actions side of core: only action entry points import this (it loads @actions/core).






/***/ }),

/***/ 3659:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DecodeError: () => (/* binding */ DecodeError),
/* harmony export */   array: () => (/* binding */ array),
/* harmony export */   boolean: () => (/* binding */ boolean),
/* harmony export */   decodeDocument: () => (/* binding */ decodeDocument),
/* harmony export */   literal: () => (/* binding */ literal),
/* harmony export */   map: () => (/* binding */ map),
/* harmony export */   nullable: () => (/* binding */ nullable),
/* harmony export */   number: () => (/* binding */ number),
/* harmony export */   object: () => (/* binding */ object),
/* harmony export */   oneOf: () => (/* binding */ oneOf),
/* harmony export */   optional: () => (/* binding */ optional),
/* harmony export */   record: () => (/* binding */ record),
/* harmony export */   settings: () => (/* binding */ settings),
/* harmony export */   string: () => (/* binding */ string),
/* harmony export */   unknown: () => (/* binding */ unknown),
/* harmony export */   withDefault: () => (/* binding */ withDefault)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6829);

/** A decoding failure: `path` is the field at fault, `expected` what would have been accepted. */
class DecodeError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    path;
    constructor(path, expected, actual) {
        super(`${path || '(root)'}: ${typeof expected === 'string' ? `expected ${expected}, got ${describe(actual)}` : expected.message}`);
        this.name = 'DecodeError';
        this.path = path;
    }
}
function describe(value) {
    if (value === undefined)
        return 'undefined (the field is missing)';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'string')
        return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return `${typeof value} ${value}`;
    return `a ${typeof value}`;
}
const join = (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
const string = (v, p) => {
    if (typeof v !== 'string')
        throw new DecodeError(p, 'a string', v);
    return v;
};
const number = (v, p) => {
    if (typeof v !== 'number' || !Number.isFinite(v))
        throw new DecodeError(p, 'a number', v);
    return v;
};
const boolean = (v, p) => {
    if (typeof v !== 'boolean')
        throw new DecodeError(p, 'true or false', v);
    return v;
};
const unknown = (v) => v;
/** One of the given string literals. */
function literal(...values) {
    return (v, p) => {
        if (typeof v !== 'string' || !values.includes(v))
            throw new DecodeError(p, `one of ${values.join(', ')}`, v);
        return v;
    };
}
function array(item) {
    return (v, p) => {
        if (!Array.isArray(v))
            throw new DecodeError(p, 'an array', v);
        return v.map((x, i) => item(x, join(p, i)));
    };
}
/** A JSON object used as a map from string keys to values of one type. */
function record(value) {
    return (v, p) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v))
            throw new DecodeError(p, 'an object', v);
        const out = {};
        // defineProperty, not assignment: a `__proto__` key stays an ordinary entry instead of
        // setting the result's prototype.
        for (const [k, x] of Object.entries(v)) {
            Object.defineProperty(out, k, { value: value(x, join(p, k)), enumerable: true, writable: true, configurable: true });
        }
        return out;
    };
}
/** Absent or null becomes undefined. */
function optional(inner) {
    return (v, p) => (v === undefined || v === null ? undefined : inner(v, p));
}
/** Absent or null becomes the fallback. */
function withDefault(inner, fallback) {
    return (v, p) => (v === undefined || v === null ? fallback : inner(v, p));
}
function nullable(inner) {
    return (v, p) => (v === null ? null : inner(v, p));
}
/** The first alternative that decodes; the error lists what each would have needed. */
function oneOf(...alternatives) {
    return (v, p) => {
        const errors = [];
        for (const alt of alternatives) {
            try {
                return alt(v, p);
            }
            catch (error) {
                if (!(error instanceof DecodeError))
                    throw error;
                errors.push(error.message);
            }
        }
        throw new DecodeError(p, { message: `no accepted form matched (${errors.join('; ')})` });
    };
}
function map(inner, f) {
    return (v, p) => f(inner(v, p), p);
}
/**
 * An object with the given fields. Unknown fields are ignored unless `strict`, in which
 * case they are an error naming the field and the accepted ones (policy files: a typo must not pass).
 */
function object(shape, options = {}) {
    return (v, p) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v))
            throw new DecodeError(p, 'an object', v);
        const input = v;
        if (options.strict) {
            for (const key of Object.keys(input)) {
                // Own keys only: `constructor` or `toString` is not a field because every object inherits it.
                if (!Object.hasOwn(shape, key)) {
                    throw new DecodeError(join(p, key), { message: `unknown field; accepted fields are ${Object.keys(shape).join(', ')}` });
                }
            }
        }
        const out = {};
        for (const [key, decode] of Object.entries(shape)) {
            const value = decode(Object.hasOwn(input, key) ? input[key] : undefined, join(p, key));
            if (value !== undefined)
                out[key] = value;
        }
        return out;
    };
}
/** Runs a decoder on a parsed document, prefixing errors with the document's name. */
function decodeDocument(decoder, value, source) {
    try {
        return decoder(value, '');
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${source}: ${error.message}`, { hint: error.hint, cause: error, code: error.code });
        }
        throw error;
    }
}
/**
 * A settings document (a policy): an empty document, or a key or list item with no value (what a
 * file cut short leaves, `vulnerabilities:` with nothing after it), is an error naming the field;
 * anything else goes to `inner`. Absent keys keep their defaults; a written key must say something.
 */
function settings(inner) {
    return (v, p) => {
        if (v === undefined || v === null) {
            throw new DecodeError(p, { message: 'the document is empty (was the file cut short?)' });
        }
        const walk = (x, at) => {
            if (x === null)
                throw new DecodeError(at, { message: 'no value after the key (was the file cut short?); give a value or remove the key' });
            if (Array.isArray(x))
                x.forEach((item, i) => walk(item, join(at, i)));
            else if (typeof x === 'object' && !(x instanceof Date))
                for (const [k, item] of Object.entries(x))
                    walk(item, join(at, k));
        };
        walk(v, p);
        return inner(v, p);
    };
}


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  pn: () => (/* binding */ PolicyError),
  yo: () => (/* binding */ UserError),
  Ic: () => (/* binding */ describeFailure),
  fv: () => (/* reexport */ error_codes_errorCodes),
  gJ: () => (/* binding */ errorMessage)
});

// UNUSED EXPORTS: BUG_PREFIX, describeError, errorCode, formatUserError, isUserError

;// CONCATENATED MODULE: ./packages/core/src/error-codes.ts
// The stable error codes that machine readers branch on: the CLI's `--json` error object, the
// actions' `error-code` outputs and docs/error-codes.md. A code, once published, keeps its
// meaning; add new ones, never repurpose one. Each engine's codes sit in their own section.
const error_codes_errorCodes = {
    // Any capability: input, output and the network.
    /** Bad flags, arguments or action inputs. */
    usage: 'USAGE',
    /** An input (file, report, policy) is readable but its content is wrong. */
    invalidInput: 'INPUT_INVALID',
    /** An input file does not exist or cannot be read. */
    inputUnreadable: 'INPUT_UNREADABLE',
    /** An input file is larger than its format allows. */
    inputTooLarge: 'INPUT_TOO_LARGE',
    /** A text input holds binary data. */
    inputBinary: 'INPUT_BINARY',
    /** An output path resolves to an input, or two outputs to one file. */
    outputIsInput: 'OUTPUT_IS_INPUT',
    /** An output could not be written (disk full, read-only, a folder in the way, ...). */
    outputUnwritable: 'OUTPUT_UNWRITABLE',
    /** A folder the tool would replace was not created by it. */
    outputNotOwned: 'OUTPUT_NOT_OWNED',
    /** A network call passed its deadline. */
    networkTimeout: 'NETWORK_TIMEOUT',
    /** A network peer could not be reached (refused, unresolvable, reset). */
    networkUnreachable: 'NETWORK_UNREACHABLE',
    /** A network peer answered with an error status after the retries. */
    networkStatus: 'NETWORK_STATUS',
    /** A gate's policy rejected readable input. */
    policyRejected: 'POLICY_REJECTED',
    /** A bug: not a UserError. */
    internal: 'INTERNAL',
    // verify-deploy
    /** A signature, certificate, log entry or timestamp did not verify. */
    signatureInvalid: 'SIGNATURE_INVALID',
    /** The signer's identity or issuer is not one the policy trusts, or is malformed. */
    identityMismatch: 'IDENTITY_MISMATCH',
    /** The signing key is not one the policy lists. */
    keyNotTrusted: 'KEY_NOT_TRUSTED',
    /** The provenance does not match the artifact, the builder or the source. */
    provenanceMismatch: 'PROVENANCE_MISMATCH',
    /** No verified timestamp, or a signature older than the policy's max-age. */
    signatureStale: 'SIGNATURE_STALE',
    /** The policy requires a reproducibility verdict that is missing or negative. */
    reproducibilityMissing: 'REPRODUCIBILITY_MISSING',
    // container-scan-gate
    /** A scanner report says the scan itself failed (database invalid, errors). */
    scanFailed: 'SCAN_FAILED',
    /** A scanner report scanned nothing. */
    scanEmpty: 'SCAN_EMPTY',
    // cache-setup, slipway cache run
    /** The install command that cache-setup or `cache run` ran exited non-zero. */
    installFailed: 'INSTALL_FAILED',
    // reproducible-build
    /** The outputs differ between builds. */
    notReproducible: 'NOT_REPRODUCIBLE',
    /** A build needed the network, or could not be isolated from it. */
    notHermetic: 'NOT_HERMETIC',
};

;// CONCATENATED MODULE: ./packages/core/src/errors.ts


/** An error the user can fix: bad input, an unreadable file, a policy violation. Fails with its message and hint, no stack. */
class UserError extends Error {
    hint;
    code;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'UserError';
        this.hint = options.hint;
        this.code = options.code ?? error_codes_errorCodes.invalidInput;
    }
}
/** A gate said no: the inputs were readable and the policy rejected them (CLI exit code 1). */
class PolicyError extends UserError {
    constructor(message, options = {}) {
        super(message, { ...options, code: options.code ?? error_codes_errorCodes.policyRejected });
        this.name = 'PolicyError';
    }
}
/** True for errors that carry a message meant for the user rather than a stack. */
function isUserError(error) {
    return error instanceof UserError;
}
/** The message of any thrown value, Error or not. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}
/** Message, then hint on its own line, as shown to a person. */
function formatUserError(error) {
    return error.hint ? `${error.message}\nHint: ${error.hint}` : error.message;
}
/** The line that precedes a bug's stack, so a person knows it is ours to fix. */
const BUG_PREFIX = 'Unexpected error (please report it): ';
/** What a person sees for any thrown value: user errors without a stack, bugs with one. */
function describeError(error) {
    if (isUserError(error))
        return formatUserError(error);
    if (error instanceof Error)
        return error.stack ?? `${error.name}: ${error.message}`;
    return `A non-Error value was thrown: ${errorMessage(error)}`;
}
/** As describeError, with the "please report" line before anything that is not a UserError. */
function describeFailure(error) {
    return isUserError(error) ? formatUserError(error) : `${BUG_PREFIX}${describeError(error)}`;
}
/** The stable code of any thrown value: a UserError's own, `internal` for a bug. */
function errorCode(error) {
    return isUserError(error) ? error.code : errorCodes.internal;
}


/***/ }),

/***/ 6192:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ processExec)
/* harmony export */ });
/* unused harmony export spawnCapture */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/** Runs a program without a shell, capturing its output; `onLine` sees output as it arrives. */
function spawnCapture(command, args, options = {}, onChunk) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(command, args, {
            cwd: options.cwd,
            env: options.env ? (options.inheritEnv === false ? options.env : { ...process.env, ...options.env }) : process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (c) => {
            stdout += c;
            onChunk?.(c, 'stdout');
        });
        child.stderr.setEncoding('utf8').on('data', (c) => {
            stderr += c;
            onChunk?.(c, 'stderr');
        });
        child.on('error', reject);
        // A child may exit before reading its input; that EPIPE is not an error of ours.
        child.stdin.on('error', () => undefined);
        child.on('close', (code, signal) => resolve({ exitCode: code ?? (signal ? 128 : 1), stdout, stderr }));
        child.stdin.end(options.input ?? '');
    });
}
/** An `Exec` that runs real processes and echoes their output unless `silent`. */
function processExec(write) {
    return {
        run: (command, args, options = {}) => spawnCapture(command, args, options, options.silent ? undefined : (chunk) => write(chunk)),
    };
}


/***/ }),

/***/ 5512:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Vu: () => (/* binding */ fetchWithPolicy),
  q: () => (/* binding */ libraryNetworkError),
  HJ: () => (/* binding */ networkDeadlineMs),
  yy: () => (/* binding */ parseUserUrl),
  x8: () => (/* binding */ readBody),
  Iv: () => (/* binding */ requestWithPolicy)
});

// UNUSED EXPORTS: DEFAULT_DEADLINES, NETWORK_TIMEOUT_VARIABLE, describeUrl, isRetryableStatus, isTimeoutFailure, networkError, networkTimeoutCap, nodeTransport

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
// EXTERNAL MODULE: ./packages/core/src/errors.ts + 1 modules
var errors = __nccwpck_require__(6829);
// EXTERNAL MODULE: ./packages/core/src/retry.ts
var retry = __nccwpck_require__(9899);
;// CONCATENATED MODULE: ./packages/core/src/http.ts




const DEFAULT_DEADLINES = { firstByteMs: 30_000, idleMs: 30_000, answerMs: 300_000 };
/**
 * The environment variable that lowers every network deadline of the suite to this many
 * seconds: a CI that prefers failing fast on a stalled service, and the fault tests.
 */
const NETWORK_TIMEOUT_VARIABLE = 'SLIPWAY_NETWORK_TIMEOUT';
/** The cap SLIPWAY_NETWORK_TIMEOUT sets, in milliseconds; undefined when unset. A malformed value is an error naming it. */
function networkTimeoutCap(env = process.env) {
    const raw = env[NETWORK_TIMEOUT_VARIABLE];
    if (raw === undefined || raw.trim() === '')
        return undefined;
    const seconds = /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : Number.NaN;
    if (!(seconds > 0) || seconds > 86_400) {
        throw new errors/* UserError */.yo(`${NETWORK_TIMEOUT_VARIABLE} must be a number of seconds above 0 (at most 86400); got '${raw}'`, {
            code: errors/* errorCodes */.fv.usage,
        });
    }
    return Math.round(seconds * 1000);
}
/** A client's own deadline in milliseconds, lowered to SLIPWAY_NETWORK_TIMEOUT when that is shorter (for clients that cannot use fetchWithPolicy). */
function networkDeadlineMs(defaultMs, env = process.env) {
    const cap = networkTimeoutCap(env);
    return cap === undefined ? defaultMs : Math.min(defaultMs, cap);
}
function capped(deadlines) {
    const cap = networkTimeoutCap();
    if (cap === undefined)
        return deadlines;
    return {
        ...deadlines,
        firstByteMs: Math.min(deadlines.firstByteMs, cap),
        idleMs: Math.min(deadlines.idleMs, cap),
        answerMs: Math.min(deadlines.answerMs, cap),
    };
}
/** Statuses worth another try: timeouts, rate limits and server errors. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}
const NETWORK_CODES = {
    ECONNREFUSED: 'the connection was refused',
    ECONNRESET: 'the connection was reset',
    ENOTFOUND: 'the host name does not resolve',
    EAI_AGAIN: 'the host name could not be resolved now',
    EHOSTUNREACH: 'the host is unreachable',
    ENETUNREACH: 'the network is unreachable',
    ETIMEDOUT: 'the connection timed out',
    EPIPE: 'the connection was closed',
    UND_ERR_SOCKET: 'the connection was closed',
    UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
    UND_ERR_HEADERS_TIMEOUT: 'no answer came in time',
    UND_ERR_BODY_TIMEOUT: 'the answer stalled',
};
/** A deadline passed; carried as the abort reason so it can be told from other aborts. */
class DeadlineExceeded extends Error {
    phase;
    ms;
    constructor(phase, ms) {
        super(phase === 'answer'
            ? `the answer did not finish within ${ms / 1000} s`
            : `no ${phase === 'first byte' ? 'answer' : phase === 'idle' ? 'data' : 'result'} within ${ms / 1000} s`);
        this.phase = phase;
        this.ms = ms;
        this.name = 'DeadlineExceeded';
    }
}
function causeCode(error) {
    let current = error;
    // Duck-typed: fetch's errors may come from another realm, where `instanceof Error` fails.
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
        const code = current.code;
        if (typeof code === 'string' && code in NETWORK_CODES)
            return code;
        current = current.cause;
    }
    return undefined;
}
/** Where a request went, without its query string (signed URLs carry secrets there). */
function describeUrl(url) {
    try {
        const u = new URL(url);
        return `${u.origin}${u.pathname}`;
    }
    catch {
        return String(url);
    }
}
/** Turns a fetch failure into a UserError with a stable code, naming the peer and the cause. */
function networkError(error, what, url) {
    if (error instanceof errors/* UserError */.yo)
        return error;
    if (error instanceof DeadlineExceeded) {
        return new errors/* UserError */.yo(`${what} did not answer: ${error.message} (${describeUrl(url)})`, {
            code: errors/* errorCodes */.fv.networkTimeout,
            cause: error,
            hint: 'check that the service is up and reachable; the call is retried a few times before this error',
        });
    }
    const code = causeCode(error);
    const message = typeof error === 'object' && error !== null && typeof error.message === 'string'
        ? error.message
        : String(error);
    const reason = code ? `${NETWORK_CODES[code]} (${code})` : message;
    return new errors/* UserError */.yo(`Cannot reach ${what} at ${describeUrl(url)}: ${reason}`, {
        code: code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT' ? errors/* errorCodes */.fv.networkTimeout : errors/* errorCodes */.fv.networkUnreachable,
        cause: error,
        hint: 'check the URL, the network and that the service is running',
    });
}
/** Whether a library's failure (fetch, make-fetch-happen, undici, a socket) was a deadline passing, anywhere in its cause chain. */
function isTimeoutFailure(error) {
    let current = error;
    for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
        const e = current;
        if (current instanceof DeadlineExceeded || e.name === 'TimeoutError')
            return true;
        // An AbortSignal.timeout() reason (a DOMException) that a library re-wrapped as `new Error(String(reason))`.
        if (typeof e.message === 'string' && /^TimeoutError: /.test(e.message))
            return true;
        if (e.type === 'request-timeout' || e.type === 'body-timeout')
            return true;
        if (typeof e.code === 'string' && /^(ETIMEDOUT|ESOCKETTIMEDOUT|UND_ERR_(CONNECT|HEADERS|BODY)_TIMEOUT)$/.test(e.code))
            return true;
        current = current.cause;
    }
    return false;
}
/**
 * A library client's network failure (one that makes its own HTTP calls, given our deadline and
 * retry policy) as a UserError naming the peer: NETWORK_TIMEOUT when a deadline of `deadlineMs`
 * passed, NETWORK_UNREACHABLE when the connection failed; undefined for any other error.
 */
function libraryNetworkError(error, what, url, deadlineMs) {
    if (isTimeoutFailure(error)) {
        return new errors/* UserError */.yo(`${what} did not answer within ${deadlineMs / 1000} s (${describeUrl(url)})`, {
            code: errors/* errorCodes */.fv.networkTimeout,
            cause: error,
            hint: 'check that the service is up and reachable; the call is retried a few times before this error',
        });
    }
    return causeCode(error) === undefined ? undefined : networkError(error, what, url);
}
/** Parses a URL given by a user (a flag or an input); anything else is a usage error naming it. */
function parseUserUrl(value, field, protocols = ['http:', 'https:']) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new errors/* UserError */.yo(`${field}: '${value}' is not a URL`, {
            code: errors/* errorCodes */.fv.usage,
            hint: `give a full URL such as https://example.com`,
        });
    }
    if (!protocols.includes(url.protocol)) {
        throw new errors/* UserError */.yo(`${field}: '${value}' must use ${protocols.map((p) => p.replace(/:$/, '')).join(' or ')}`, {
            code: errors/* errorCodes */.fv.usage,
        });
    }
    return url;
}
/**
 * Wraps a body stream so that a silence longer than `idleMs` aborts the request, and so does
 * the try's answer deadline (`answer`, already running since the request went out) while the
 * body is still unread: both timers end with the body.
 */
function idleGuard(body, idleMs, answer, abort) {
    const reader = body.getReader();
    let timer;
    const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => abort(new DeadlineExceeded('idle', idleMs)), idleMs);
        timer.unref();
    };
    const stop = () => {
        clearTimeout(timer);
        clearTimeout(answer);
    };
    return new ReadableStream({
        start: arm,
        async pull(controller) {
            try {
                const { done, value } = await reader.read();
                if (done) {
                    stop();
                    controller.close();
                    return;
                }
                arm();
                controller.enqueue(value);
            }
            catch (error) {
                stop();
                controller.error(error);
            }
        },
        async cancel(reason) {
            stop();
            await reader.cancel(reason);
        },
    });
}
async function fetchOnce(url, init, body, deadlines, outer, doFetch) {
    const controller = new AbortController();
    const abort = (reason) => controller.abort(reason);
    const onOuter = () => abort(outer?.reason);
    outer?.addEventListener('abort', onOuter, { once: true });
    const firstByte = setTimeout(() => abort(new DeadlineExceeded('first byte', deadlines.firstByteMs)), deadlines.firstByteMs);
    // Unref'd: a body the caller never reads must not hold the process open until it fires.
    const answer = setTimeout(() => abort(new DeadlineExceeded('answer', deadlines.answerMs)), deadlines.answerMs);
    answer.unref();
    try {
        const response = await doFetch(url, { ...init, ...(body === undefined ? {} : { body }), signal: controller.signal });
        clearTimeout(firstByte);
        if (!response.body) {
            clearTimeout(answer);
            return response;
        }
        const guarded = idleGuard(response.body, deadlines.idleMs, answer, abort);
        const wrapped = new Response(guarded, { status: response.status, statusText: response.statusText, headers: response.headers });
        Object.defineProperty(wrapped, 'url', { value: response.url });
        return wrapped;
    }
    catch (error) {
        clearTimeout(firstByte);
        clearTimeout(answer);
        const reason = controller.signal.aborted ? controller.signal.reason : undefined;
        throw reason instanceof DeadlineExceeded ? reason : error;
    }
    finally {
        outer?.removeEventListener('abort', onOuter);
    }
}
/**
 * The one policy around every HTTP call: the deadlines (SLIPWAY_NETWORK_TIMEOUT applied), an
 * overall deadline, retries of network failures and retryable statuses with backoff and
 * `retry-after`, and the failure after the last try as a UserError naming `what` and the URL.
 */
async function withCallPolicy(url, outer, policy, attempt, drain) {
    const deadlines = capped({ ...DEFAULT_DEADLINES, ...policy.deadlines });
    const now = policy.now ?? Date.now;
    const total = deadlines.totalMs === undefined ? undefined : AbortSignal.timeout(deadlines.totalMs);
    const signal = total ? (outer ? AbortSignal.any([outer, total]) : total) : outer;
    const judge = (outcome) => {
        if (total?.aborted)
            return { retry: false };
        if ('error' in outcome) {
            if (outer?.aborted)
                return { retry: false };
            const e = outcome.error;
            if (e instanceof DeadlineExceeded ||
                causeCode(e) !== undefined ||
                /fetch failed/.test(String(e?.message))) {
                return { retry: true, reason: networkError(e, policy.what, url).message };
            }
            return { retry: false };
        }
        const response = outcome.value;
        const custom = policy.judgeResponse?.(response);
        if (custom)
            return custom;
        if (!isRetryableStatus(response.status))
            return { retry: false };
        const waitMs = (0,retry/* parseRetryAfter */.mu)(response.headers.get('retry-after'), now());
        return { retry: true, reason: `${policy.what} answered ${response.status}`, ...(waitMs === undefined ? {} : { waitMs }) };
    };
    try {
        return await (0,retry/* withRetry */.bD)(() => attempt(deadlines, signal), (outcome) => {
            const verdict = judge(outcome);
            // Drain a response that will be retried, so its connection is freed.
            if (verdict.retry && 'value' in outcome)
                drain(outcome.value);
            return verdict;
        }, policy.retry ?? retry/* DEFAULT_RETRY */.vI, policy);
    }
    catch (error) {
        if (total?.aborted && !(error instanceof errors/* UserError */.yo))
            throw networkError(new DeadlineExceeded('total', deadlines.totalMs), policy.what, url);
        throw networkError(error, policy.what, url);
    }
}
/**
 * fetch with deadlines and the suite's retry policy. Network failures, timeouts and
 * retryable statuses (408, 429, 5xx) are retried with backoff, honouring `retry-after`; the
 * last response is returned whatever its status (the caller reads 4xx its own way), and a
 * network failure after the last try is a UserError (NETWORK_TIMEOUT or NETWORK_UNREACHABLE)
 * naming `what` and the URL without its query.
 */
async function fetchWithPolicy(url, init, policy) {
    const doFetch = policy.fetch ?? fetch;
    return withCallPolicy(url, init.signal ?? undefined, policy, (deadlines, signal) => {
        const body = policy.body ? policy.body() : (init.body ?? undefined);
        return fetchOnce(url, init, body, deadlines, signal, doFetch);
    }, (response) => void response.body?.cancel().catch(() => undefined));
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/**
 * The next request of a redirect, as fetch makes it: 303 (and 301 or 302 after a POST) becomes
 * a GET without a body; the authorization header is not sent to another origin.
 */
function redirected(from, request, response) {
    const location = response.headers.get('location');
    if (!REDIRECTS.has(response.status) || location === null)
        return undefined;
    const url = new URL(location, from);
    const asGet = response.status === 303 || ((response.status === 301 || response.status === 302) && request.method === 'POST');
    const headers = Object.fromEntries(Object.entries(request.headers ?? {}).filter(([name]) => {
        const n = name.toLowerCase();
        if (n === 'authorization' && url.origin !== from.origin)
            return false;
        return !(asGet && (n === 'content-type' || n === 'content-length'));
    }));
    return { url, request: asGet ? { method: request.method === 'HEAD' ? 'HEAD' : 'GET', headers } : { ...request, headers } };
}
/** Response headers as `get(name)`, the way fetch's Headers reads them (repeated values joined). */
function headerReader(headers) {
    const joined = new Map();
    for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined)
            joined.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
    }
    return { get: (name) => joined.get(name.toLowerCase()) ?? null, [Symbol.iterator]: () => joined.entries() };
}
/**
 * The transport of requestWithPolicy, on node:http and node:https. It does not touch fetch,
 * Request or Response: Node builds those on its own copy of undici, which costs a step about
 * 60 ms and 16 MiB to load, for the few small calls most steps make.
 */
const nodeTransport = (url, request, deadlines, signal) => new Promise((resolve, reject) => {
    let timer;
    let settled = false;
    const settle = () => {
        if (settled)
            return false;
        settled = true;
        clearTimeout(timer);
        clearTimeout(answer);
        return true;
    };
    const fail = (error) => {
        if (!settle())
            return;
        req.destroy();
        // The abort's own reason (the total deadline) when the signal ended the request.
        reject(signal?.aborted ? (signal.reason ?? error) : error);
    };
    const arm = (phase, ms) => {
        clearTimeout(timer);
        timer = setTimeout(() => fail(new DeadlineExceeded(phase, ms)), ms);
    };
    const body = request.body === undefined ? undefined : Buffer.from(request.body);
    const headers = { ...request.headers, ...(body ? { 'content-length': String(body.length) } : {}) };
    const send = url.protocol === 'https:' ? external_node_https_namespaceObject.request : external_node_http_.request;
    const req = send(url, { method: request.method, headers, ...(signal ? { signal } : {}) }, (res) => {
        const chunks = [];
        arm('idle', deadlines.idleMs);
        res.on('data', (chunk) => {
            chunks.push(chunk);
            arm('idle', deadlines.idleMs);
        });
        res.on('error', fail);
        res.on('end', () => {
            if (!settle())
                return;
            const status = res.statusCode ?? 0;
            resolve({
                status,
                ok: status >= 200 && status < 300,
                headers: headerReader(res.headers),
                body: Buffer.concat(chunks),
                url: url.href,
            });
        });
        res.on('close', () => {
            if (!res.complete)
                fail(Object.assign(new Error('the answer was cut off'), { code: 'ECONNRESET' }));
        });
    });
    arm('first byte', deadlines.firstByteMs);
    // However steadily a peer drips bytes, the whole answer must come within answerMs (settle clears it).
    const answer = setTimeout(() => fail(new DeadlineExceeded('answer', deadlines.answerMs)), deadlines.answerMs);
    req.on('error', fail);
    req.end(body);
});
/**
 * One HTTP call with a body in memory, answered in memory, under the same deadlines, retry
 * policy and errors as fetchWithPolicy; the last answer is returned whatever its status.
 */
async function requestWithPolicy(url, request, policy) {
    const transport = policy.transport ?? nodeTransport;
    const redirects = policy.redirects ?? 0;
    return withCallPolicy(url, policy.signal, policy, async (deadlines, signal) => {
        let hop = { url: new URL(url), request };
        for (let followed = 0;; followed++) {
            const response = await transport(hop.url, hop.request, deadlines, signal);
            const next = redirects > 0 ? redirected(hop.url, hop.request, response) : undefined;
            if (!next)
                return response;
            // As fetch does: a chain longer than allowed, or one that leaves HTTP, is a failure, never an answer.
            if (followed >= redirects || !['http:', 'https:'].includes(next.url.protocol)) {
                const why = followed >= redirects ? `more than ${redirects} redirects` : `a redirect to ${next.url.protocol}`;
                throw new errors/* UserError */.yo(`${policy.what} answered with ${why} (${describeUrl(hop.url)})`, {
                    code: errors/* errorCodes */.fv.networkStatus,
                    hint: 'check the URL: the service sends the call on in a loop or off HTTP',
                });
            }
            hop = next;
        }
    }, () => undefined);
}
/** Reads a response body to the end within the call's idle deadline; a stall is a NETWORK_TIMEOUT naming the peer. */
async function readBody(response, what) {
    try {
        return Buffer.from(await response.arrayBuffer());
    }
    catch (error) {
        const reason = error instanceof DeadlineExceeded
            ? error
            : error.cause instanceof DeadlineExceeded
                ? error.cause
                : error;
        throw networkError(reason, what, response.url);
    }
}


/***/ }),

/***/ 191:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vI: () => (/* reexport */ retry/* DEFAULT_RETRY */.vI),
  dz: () => (/* reexport */ InputError),
  oz: () => (/* reexport */ Markdown),
  pn: () => (/* reexport */ errors/* PolicyError */.pn),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  zW: () => (/* reexport */ assertDistinctOutputs),
  Op: () => (/* reexport */ canonicalPath),
  D4: () => (/* reexport */ decode),
  TQ: () => (/* reexport */ describeFsError),
  QN: () => (/* reexport */ digestBytes),
  TM: () => (/* reexport */ digestFile),
  fv: () => (/* reexport */ errors/* errorCodes */.fv),
  gJ: () => (/* reexport */ errors/* errorMessage */.gJ),
  GE: () => (/* reexport */ expandGlobs),
  Vu: () => (/* reexport */ http/* fetchWithPolicy */.Vu),
  hF: () => (/* reexport */ input_readers_namespaceObject),
  q: () => (/* reexport */ http/* libraryNetworkError */.q),
  fw: () => (/* reexport */ looksLikeZip),
  HJ: () => (/* reexport */ http/* networkDeadlineMs */.HJ),
  yy: () => (/* reexport */ http/* parseUserUrl */.yy),
  gT: () => (/* reexport */ prepareOwnedDir),
  YS: () => (/* reexport */ retry/* promiseRetryOptions */.YS),
  i5: () => (/* reexport */ outcome_records/* publishRecords */.i5),
  x8: () => (/* reexport */ http/* readBody */.x8),
  L7: () => (/* reexport */ readGitHubContext),
  Ko: () => (/* reexport */ readInputs),
  ue: () => (/* reexport */ readZip),
  vJ: () => (/* reexport */ removeOwnedDir),
  Tl: () => (/* reexport */ writeTextFile)
});

// UNUSED EXPORTS: BUG_PREFIX, DEFAULT_DEADLINES, DEFAULT_SKIP_FOLDERS, DecodeError, GITHUB_RETRY, LARGE_FILE_LIMIT, NETWORK_TIMEOUT_VARIABLE, NO_RETRY, OPTIMIZE_AFTER_MS, OWNED_MARKER, RECORD_ARTIFACT_PREFIX, RECORD_SCHEMA, SECONDARY_MIN_WAIT_MS, SMALL_FILE_LIMIT, assertNotFuture, backoffDelay, consolePorts, decodeDocument, describeError, describeFailure, describeUrl, errorCode, escapeHtml, fixedClock, githubRequest, globMatcher, holdOptimizingCompilers, isForkPullRequest, isRetryableStatus, isTimeoutFailure, isUserError, median, networkError, networkTimeoutCap, nodeTransport, outcomeRecord, outcomeRecordFile, parseCalendarDate, parseDateTime, parseDuration, parseJson, parseRetryAfter, parseYamlText, percentile, readFileBytes, readJsonFile, readTextFile, readYamlFile, readerFrom, recordArtifactName, recordDocument, recordRunFrom, requestWithPolicy, sleep, spawnCapture, splitList, systemClock, withRetry, writeOutputFiles

// NAMESPACE OBJECT: ./packages/core/src/input-readers.ts
var input_readers_namespaceObject = {};
__nccwpck_require__.r(input_readers_namespaceObject);
__nccwpck_require__.d(input_readers_namespaceObject, {
  InputError: () => (InputError),
  boolean: () => (input_readers_boolean),
  duration: () => (duration),
  globs: () => (globs),
  integer: () => (integer),
  lines: () => (lines),
  list: () => (list),
  number: () => (number),
  oneOf: () => (oneOf),
  parseDuration: () => (parseDuration),
  path: () => (path),
  splitList: () => (splitList),
  string: () => (string),
  yamlFile: () => (yamlFile)
});

// EXTERNAL MODULE: ./packages/core/src/errors.ts + 1 modules
var errors = __nccwpck_require__(6829);
// EXTERNAL MODULE: ./packages/core/src/decode.ts
var decode = __nccwpck_require__(3659);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./packages/core/src/files.ts






/**
 * The largest text inputs whose format has no reason to be big (policies, workflows, keys,
 * configuration). Reports and timings, which may be large, are read with their own limit.
 */
const SMALL_FILE_LIMIT = (/* unused pure expression or super */ null && (8 * 1024 * 1024));
/** The largest file read whole into one string; above it a format must stream. */
const LARGE_FILE_LIMIT = (/* unused pure expression or super */ null && (400 * 1024 * 1024));
/** What a failed file-system call means to a person, from its errno code. */
function describeFsError(error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return 'it does not exist';
        case 'EISDIR':
            return 'it is a directory';
        case 'ENOTDIR':
            return 'a part of the path is a file, not a directory';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EROFS':
            return 'the file system is read-only';
        case 'ENOSPC':
            return 'the disk is full';
        case 'EDQUOT':
            return 'the disk quota is exhausted';
        case 'EEXIST':
            return 'it already exists';
        case 'ELOOP':
            return 'it is a symbolic link loop';
        case 'ENAMETOOLONG':
            return 'the path is too long';
        case 'EMFILE':
        case 'ENFILE':
            return 'too many open files';
        case 'EIO':
            return 'an input/output error';
        default:
            return code ?? (error instanceof Error ? error.message : String(error));
    }
}
function writeError(what, path, error) {
    const code = error?.code;
    return new errors/* UserError */.yo(`Cannot write ${what} ${path}: ${describeFsError(error)}${code ? ` (${code})` : ''}`, {
        cause: error,
        code: errors/* errorCodes */.fv.outputUnwritable,
        hint: code === 'ENOSPC' || code === 'EDQUOT'
            ? 'free some space or write the output elsewhere'
            : 'choose a path in a writable folder that is not a directory',
    });
}
async function resolveTarget(path, what, rule) {
    let info;
    try {
        info = await (0,promises_.lstat)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { target: path, mode: undefined };
        throw writeError(what, path, error);
    }
    if (info.isSymbolicLink()) {
        if (rule === 'refuse') {
            throw new errors/* UserError */.yo(`Cannot write ${what} ${path}: it is a symbolic link`, {
                code: errors/* errorCodes */.fv.outputUnwritable,
                hint: 'write to the real file, or remove the link first',
            });
        }
        let target;
        try {
            target = await (0,promises_.realpath)(path);
        }
        catch (error) {
            // A dangling link: write where it points.
            if (error.code !== 'ENOENT')
                throw writeError(what, path, error);
            target = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), await (0,promises_.readlink)(path));
            return { target, mode: undefined };
        }
        return resolveTarget(target, what, 'refuse');
    }
    if (info.isDirectory())
        throw writeError(what, path, Object.assign(new Error('is a directory'), { code: 'EISDIR' }));
    return { target: path, mode: info.mode & 0o7777 };
}
/** Writes the text to a fresh temporary file beside the target; the caller renames it into place. */
async function prepareWrite(path, text, options) {
    const what = options.what ?? 'file';
    const { target, mode } = await resolveTarget(path, what, options.symlinks ?? 'refuse');
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
    }
    catch (error) {
        throw writeError(what, path, error);
    }
    // A name no other writer uses, created exclusively: two concurrent writers each rename a
    // whole file of their own, and the last rename wins.
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(target), `.${(0,external_node_path_.basename)(target)}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    let handle;
    try {
        handle = await (0,promises_.open)(tmp, 'wx', mode ?? options.mode ?? 0o644);
    }
    catch (error) {
        throw writeError(what, path, error);
    }
    try {
        await handle.writeFile(text);
        if (mode !== undefined)
            await handle.chmod(mode);
        await handle.sync();
    }
    catch (error) {
        await handle.close().catch(() => undefined);
        await (0,promises_.rm)(tmp, { force: true }).catch(() => undefined);
        throw writeError(what, path, error);
    }
    await handle.close();
    return { target, tmp };
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * Removes temporary files of this writer's own naming (`.<name>.<pid>.<random>.tmp`) that a
 * writer killed with SIGKILL left beside `target`: only those whose process is gone.
 */
async function sweepAbandoned(target) {
    const prefix = `.${(0,external_node_path_.basename)(target)}.`;
    let names;
    try {
        names = await (0,promises_.readdir)((0,external_node_path_.dirname)(target));
    }
    catch {
        return;
    }
    for (const name of names) {
        if (!name.startsWith(prefix) || !name.endsWith('.tmp'))
            continue;
        const match = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length));
        if (match && Number(match[1]) !== process.pid && !processAlive(Number(match[1]))) {
            await (0,promises_.rm)((0,external_node_path_.join)((0,external_node_path_.dirname)(target), name), { force: true }).catch(() => undefined);
        }
    }
}
async function commit(prepared, what, shown) {
    try {
        await (0,promises_.rename)(prepared.tmp, prepared.target);
    }
    catch (error) {
        await (0,promises_.rm)(prepared.tmp, { force: true }).catch(() => undefined);
        throw writeError(what, shown, error);
    }
    await sweepAbandoned(prepared.target);
}
/**
 * Writes a text file, creating its folder, through a temporary file of its own and a rename:
 * a reader (or a step that fails half-way) never sees half a file, concurrent writers never mix
 * their bytes, a replaced file keeps its mode, and no temporary file is left behind on failure.
 * A target that is a symbolic link is refused unless `symlinks: 'follow'`.
 */
async function writeTextFile(path, text, options = {}) {
    const prepared = await prepareWrite(path, text, options);
    await commit(prepared, options.what ?? 'file', path);
}
/**
 * Writes several outputs all or none: every file goes to a temporary file first, and only when
 * all of them are written are they renamed into place. A failure leaves no temporary file.
 */
async function writeOutputFiles(files) {
    // Each temporary file is written and synced at the same time as the others: the disk's waits overlap.
    const settled = await Promise.allSettled(files.map((file) => prepareWrite(file.path, file.text, file)));
    const prepared = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) {
        await Promise.all(prepared.map((p) => rm(p.tmp, { force: true }).catch(() => undefined)));
        throw failed.reason;
    }
    for (const [i, p] of prepared.entries()) {
        const file = files[i];
        try {
            await commit(p, file.what ?? 'file', file.path);
        }
        catch (error) {
            await Promise.all(prepared.slice(i + 1).map((q) => rm(q.tmp, { force: true }).catch(() => undefined)));
            throw error;
        }
    }
}
/** The path a file is or would be at once symbolic links are followed (the parent's, for a file not yet there). */
async function canonicalPath(path) {
    const absolute = (0,external_node_path_.resolve)(path);
    try {
        return await (0,promises_.realpath)(absolute);
    }
    catch {
        const parent = (0,external_node_path_.dirname)(absolute);
        if (parent === absolute)
            return absolute;
        return (0,external_node_path_.join)(await canonicalPath(parent), (0,external_node_path_.basename)(absolute));
    }
}
/** Refuses an output that cannot be written as a file: a folder, a symbolic link, a path below a file. */
async function assertWritableShape(out) {
    try {
        const info = await (0,promises_.lstat)(out.path);
        if (info.isSymbolicLink() || info.isDirectory())
            await resolveTarget(out.path, out.name, 'refuse');
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        const code = error.code;
        if (code === 'ENOENT')
            return;
        throw writeError(out.name, out.path, error);
    }
}
/**
 * Refuses, before any work, outputs that resolve (symbolic links and `..` included) to one of
 * the inputs or to another output (writing one would replace what the run reads, or lose one of
 * two results), and outputs that cannot be written as files (a folder, a symbolic link, a path
 * below a file), so that a run never does its work and then fails at its last write.
 */
async function assertDistinctOutputs(inputs, outputs) {
    const seen = new Map();
    for (const item of inputs)
        seen.set(await canonicalPath(item.path), { ...item, role: 'input' });
    for (const out of outputs) {
        const key = await canonicalPath(out.path);
        const clash = seen.get(key);
        if (clash) {
            throw new errors/* UserError */.yo(clash.role === 'input'
                ? `${out.name} ${out.path} is the same file as the input ${clash.name} ${clash.path}; writing it would replace the input`
                : `${out.name} ${out.path} and ${clash.name} ${clash.path} are the same file; one output would replace the other`, { code: errors/* errorCodes */.fv.outputIsInput, hint: `give ${out.name} a path of its own` });
        }
        seen.set(key, { ...out, role: 'output' });
    }
    for (const out of outputs)
        await assertWritableShape(out);
}
function sizeText(bytes) {
    return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
/** Reads a file's bytes; a missing, unreadable or too large file is a UserError naming it. */
async function readFileBytes(path, what = 'file', options = {}) {
    const limit = options.maxBytes ?? LARGE_FILE_LIMIT;
    try {
        const info = await stat(path);
        if (info.isDirectory())
            throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        if (info.size > limit) {
            throw new UserError(`Cannot read ${what} ${path}: it is ${sizeText(info.size)}, more than the ${sizeText(limit)} this input may be`, {
                code: errorCodes.inputTooLarge,
                hint: 'check that the path names the intended file',
            });
        }
        return await readFile(path);
    }
    catch (error) {
        if (error instanceof UserError)
            throw error;
        throw new UserError(`Cannot read ${what} ${path}: ${describeFsError(error)}`, { cause: error, code: errorCodes.inputUnreadable });
    }
}
/**
 * Reads a text file; a missing, unreadable, too large or binary (NUL bytes) file is a UserError
 * naming it.
 */
async function readTextFile(path, what = 'file', options = {}) {
    const bytes = await readFileBytes(path, what, options);
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        throw new UserError(`Cannot read ${what} ${path}: it is a binary file (a NUL byte at offset ${nul}), not text`, {
            code: errorCodes.inputBinary,
            hint: 'check that the path names the intended file',
        });
    }
    return bytes.toString('utf8');
}
/** Parses JSON text; the error names the source and the line and column at fault. */
function parseJson(text, source) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const pos = /position (\d+)/.exec(message);
        let where = '';
        if (pos) {
            const offset = Number(pos[1]);
            const before = text.slice(0, offset);
            const line = before.split('\n').length;
            where = ` at line ${line}, column ${offset - before.lastIndexOf('\n')}`;
        }
        else if (text.trim() === '') {
            where = ': the file is empty';
        }
        throw new UserError(`${source} is not valid JSON${where} (${message})`, { cause: error });
    }
}
/** Parses YAML text; the error names the source and the line at fault. Aliases are capped (no billion laughs). */
function parseYamlText(text, source) {
    try {
        return (0,dist/* parse */.qg)(text, { prettyErrors: true, uniqueKeys: true, maxAliasCount: 1000 });
    }
    catch (error) {
        if (error instanceof dist/* YAMLParseError */.XT) {
            const at = error.linePos?.[0];
            throw new errors/* UserError */.yo(`${source} is not valid YAML${at ? ` at line ${at.line}, column ${at.col}` : ''}: ${error.message.split('\n')[0] ?? ''}`, { cause: error });
        }
        if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
            throw new errors/* UserError */.yo(`${source} is not valid YAML: ${error.message}`, { cause: error });
        }
        throw error;
    }
}
/** Reads and decodes a JSON file. */
async function readJsonFile(path, decoder, what = 'JSON file', options = {}) {
    return decodeDocument(decoder, parseJson(await readTextFile(path, what, options), path), path);
}
/** Reads and decodes a YAML (or JSON, a subset) file; at most SMALL_FILE_LIMIT unless told. */
async function readYamlFile(path, decoder, what = 'YAML file', options = {}) {
    const text = await readTextFile(path, what, { maxBytes: options.maxBytes ?? SMALL_FILE_LIMIT });
    return decodeDocument(decoder, parseYamlText(text, path), path);
}

;// CONCATENATED MODULE: ./packages/core/src/input-readers.ts





/**
 * Typed readers for action inputs and CLI values. Each reader parses one raw string
 * (as the runner passes it: trimmed, '' when unset) and its errors name the input
 * and the values it accepts.
 */
class InputError extends errors/* UserError */.yo {
    constructor(name, problem, hint) {
        super(`Input '${name}' ${problem}`, { code: errors/* errorCodes */.fv.usage, ...(hint === undefined ? {} : { hint }) });
        this.name = 'InputError';
    }
}
function spec(kind, parse, empty, opts) {
    return { kind, parse, empty, default: opts.default, required: opts.required ?? false };
}
function string(opts = {}) {
    return spec('string', (raw) => raw, undefined, opts);
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts. */
function input_readers_boolean(opts = {}) {
    return spec('boolean', (raw, name) => {
        if (TRUE.includes(raw))
            return true;
        if (FALSE.includes(raw))
            return false;
        throw new InputError(name, `must be true or false; got '${raw}'`);
    }, false, opts);
}
function integer(opts = {}) {
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = opts;
    return spec('integer', (raw, name) => {
        const n = /^[+-]?\d+$/.test(raw) ? Number(raw) : Number.NaN;
        if (!Number.isSafeInteger(n) || n < min || n > max) {
            throw new InputError(name, `must be a whole number from ${min} to ${max}; got '${raw}'`);
        }
        return n;
    }, undefined, opts);
}
function number(opts = {}) {
    const { min = 0, max = Number.MAX_SAFE_INTEGER } = opts;
    return spec('number', (raw, name) => {
        const n = /^[+-]?(\d+\.?\d*|\.\d+)$/.test(raw) ? Number(raw) : Number.NaN;
        if (!Number.isFinite(n) || n < min || n > max) {
            throw new InputError(name, `must be a number from ${min} to ${max}; got '${raw}'`);
        }
        return n;
    }, undefined, opts);
}
/** One of a fixed set of values (matched case-insensitively, returned as declared). */
function oneOf(values, opts = {}) {
    const parse = (raw, name) => {
        const hit = values.find((v) => v.toLowerCase() === raw.toLowerCase());
        if (hit === undefined)
            throw new InputError(name, `must be one of ${values.join(', ')}; got '${raw}'`);
        return hit;
    };
    const fallback = opts.default === undefined ? values[0] : parse(opts.default, 'default');
    return spec('enum', parse, fallback, opts);
}
/** Items split on newlines and commas, trimmed, empty ones and `#` comments dropped. */
function splitList(raw) {
    return raw
        .split(/\r?\n/)
        .map((line) => line.replace(/(^|\s)#.*$/, ''))
        .flatMap((line) => line.split(','))
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
}
/** A multi-line or comma-separated list. */
function list(opts = {}) {
    return spec('list', (raw, name) => {
        const items = splitList(raw);
        if (opts.required && items.length === 0)
            throw new InputError(name, 'needs at least one item');
        return items;
    }, [], opts);
}
/** A multi-line list where each line stays whole (commas allowed inside items, e.g. globs with braces). */
function lines(opts = {}) {
    return spec('lines', (raw) => raw
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0 && !s.startsWith('#')), [], opts);
}
const UNITS = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };
/** Parses `90s`, `15m`, `1h30m`, `7d` or a bare number of seconds into seconds. */
function parseDuration(raw) {
    const text = raw.trim();
    if (/^\d+(\.\d+)?$/.test(text))
        return Number(text);
    const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text.replace(/\s+/g, ''))
        return undefined;
    return parts.reduce((sum, p) => sum + Number(p[1]) * (UNITS[p[2] ?? 's'] ?? 1), 0);
}
function duration(opts = {}) {
    return spec('duration', (raw, name) => {
        const s = parseDuration(raw);
        if (s === undefined)
            throw new InputError(name, `must be a duration such as 90s, 15m, 1h30m or 7d; got '${raw}'`);
        return s;
    }, undefined, opts);
}
function path(opts = {}) {
    return spec('path', (raw, name) => {
        if (raw.includes('\0'))
            throw new InputError(name, 'must be a file path; it contains a NUL byte');
        return raw;
    }, undefined, opts);
}
/** Glob patterns, one per line (commas are part of a pattern, as in `{a,b}`); `!` lines exclude. */
function globs(opts = {}) {
    return spec('glob', (raw, name) => {
        const patterns = raw
            .split(/\r?\n/)
            .map((s) => s.trim())
            .filter((s) => s.length > 0 && !s.startsWith('#'));
        for (const p of patterns) {
            if (p.includes('\0'))
                throw new InputError(name, `has a pattern with a NUL byte: '${p}'`);
            if ((p.match(/\{/g) ?? []).length !== (p.match(/\}/g) ?? []).length ||
                (p.match(/\[/g) ?? []).length !== (p.match(/\]/g) ?? []).length) {
                throw new InputError(name, `has an unbalanced glob pattern '${p}'`, 'close every { and [ in the pattern');
            }
        }
        if (opts.required && patterns.every((p) => p.startsWith('!')))
            throw new InputError(name, 'needs at least one pattern that includes files');
        return patterns;
    }, [], opts);
}
/**
 * A path to a YAML or JSON file, read and decoded when the inputs are parsed, so a bad file
 * fails the step before any work starts. Errors name the input, the file and the field.
 */
function yamlFile(decoder, opts = {}) {
    return spec('file', (raw, name) => {
        const file = (0,external_node_path_.resolve)(opts.cwd ?? process.cwd(), raw);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch (error) {
            const code = error.code ?? String(error);
            throw new InputError(name, `names ${raw}, which cannot be read (${code})`, 'check the path; it is relative to the workspace');
        }
        try {
            return (0,decode.decodeDocument)(decoder, parseYamlText(text, raw), raw);
        }
        catch (error) {
            throw new InputError(name, `names a file that is not valid: ${(0,errors/* errorMessage */.gJ)(error)}`);
        }
    }, undefined, opts);
}

;// CONCATENATED MODULE: ./packages/core/src/inputs.ts

/** `shard-overhead-seconds` -> `shardOverheadSeconds`. */
function camelCase(name) {
    return name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}
/**
 * Reads every input of a schema. An empty input falls back to the schema default (the same
 * string as `action.yml`'s, so the CLI and tests see the runner's behaviour).
 */
function readInputs(schema, read) {
    const out = {};
    for (const [name, spec] of Object.entries(schema)) {
        const raw = read(name).trim() || spec.default || '';
        if (raw === '') {
            if (spec.required)
                throw new InputError(name, 'is required but was not set');
            out[camelCase(name)] = spec.empty;
        }
        else {
            out[camelCase(name)] = spec.parse(raw, name);
        }
    }
    return out;
}
/** A reader over a plain map of inputs, for the CLI and tests. */
function readerFrom(values) {
    return (name) => {
        const v = values[name];
        return v === undefined ? '' : String(v);
    };
}

// EXTERNAL MODULE: ./packages/core/src/ports.ts
var ports = __nccwpck_require__(5049);
// EXTERNAL MODULE: ./packages/core/src/exec.ts
var exec = __nccwpck_require__(6192);
;// CONCATENATED MODULE: ./packages/core/src/summary.ts
/** A markdown builder for job summaries: headings, tables, details, mermaid. */
class Markdown {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${text}\n`);
        return this;
    }
    paragraph(text) {
        this.parts.push(`${text}\n`);
        return this;
    }
    list(items) {
        if (items.length > 0)
            this.parts.push(`${items.map((i) => `- ${i}`).join('\n')}\n`);
        return this;
    }
    /** A GitHub-flavoured table; cells are escaped so a `|` in data cannot break it. */
    table(header, rows, align) {
        const sep = header.map((_, i) => ({ l: ':--', r: '--:', c: ':-:' })[align?.[i] ?? 'l']);
        const line = (cells) => `| ${cells.map((c) => escapeCell(String(c))).join(' | ')} |`;
        this.parts.push([line(header), `| ${sep.join(' | ')} |`, ...rows.map(line)].join('\n') + '\n');
        return this;
    }
    details(summary, body) {
        this.parts.push(`<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n</details>\n`);
        return this;
    }
    mermaid(diagram) {
        return this.code(diagram, 'mermaid');
    }
    code(text, language = '') {
        const fence = text.includes('```') ? '~~~~' : '```';
        this.parts.push(`${fence}${language}\n${text}\n${fence}\n`);
        return this;
    }
    /** A GitHub alert block: NOTE, TIP, IMPORTANT, WARNING, CAUTION. */
    callout(kind, text) {
        this.parts.push(`> [!${kind}]\n${text
            .split('\n')
            .map((l) => `> ${l}`)
            .join('\n')}\n`);
        return this;
    }
    raw(markdown) {
        this.parts.push(markdown.endsWith('\n') ? markdown : `${markdown}\n`);
        return this;
    }
    toString() {
        return this.parts.join('\n');
    }
}
function escapeCell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
var external_fs_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_fs_, 2);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: external "url"
var external_url_ = __nccwpck_require__(7016);
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_.posix.relative(cwd, p) || ".";
	return (p) => external_path_.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_.posix.relative(escapedCwd, result) : external_path_.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_.fileURLToPath)(opts.cwd) : (0,external_path_.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_.readdirSync,
		realpath: opts.fs.realpath || external_fs_.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_.realpathSync,
		stat: opts.fs.stat || external_fs_.stat,
		statSync: opts.fs.statSync || external_fs_.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion


;// CONCATENATED MODULE: ./packages/core/src/glob.ts



/** The folders `expandGlobs` never enters through a wildcard unless told otherwise. */
const DEFAULT_SKIP_FOLDERS = ['.git', 'node_modules'];
const MAGIC = /[*?[\]{}()!+@]/;
const stripDot = (p) => p.replace(/^(\.\/)+/, '');
/** The segments of a pattern that are plain names (no wildcard, class, brace or extglob). */
function literalSegments(pattern) {
    return new Set(stripDot(pattern)
        .split('/')
        .filter((s) => s !== '' && !MAGIC.test(s)));
}
/**
 * A matcher over `/`-separated relative paths for patterns with `!` exclusions: a path
 * matches when some include matches and no exclude does. `*` and `?` never cross a `/`,
 * `**` spans whole segments only, and `{a,b}`, `[abc]` and `?` mean what they mean in a shell.
 * A path through a folder in `skipFolders` matches only a pattern that names that folder.
 */
function globMatcher(patterns, options = {}) {
    // posix: `[!abc]` is a negated class, as in a shell (picomatch otherwise reads it as the set !, a, b, c).
    const opts = { dot: options.dot ?? true, basename: options.basename ?? false, strictSlashes: false, posix: true };
    const skip = new Set(options.skipFolders ?? []);
    const include = patterns.filter((p) => !p.startsWith('!')).map(stripDot);
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => stripDot(p.slice(1)));
    const includes = include.map((p) => {
        const test = picomatch_default()(p, opts);
        const named = literalSegments(p);
        const barred = [...skip].filter((s) => !named.has(s));
        return { test, barred };
    });
    const isExcluded = exclude.length ? picomatch_default()(exclude, opts) : () => false;
    return (path) => {
        const p = stripDot(path);
        if (isExcluded(p))
            return false;
        const folders = skip.size > 0 ? p.split('/').slice(0, -1) : [];
        return includes.some(({ test, barred }) => test(p) && !barred.some((b) => folders.includes(b)));
    };
}
/**
 * Expands glob patterns (with `!` exclusions) to the sorted files under `cwd`, relative to it,
 * by exactly `globMatcher`'s rules: hidden files and folders are matched (`dot`, default true)
 * and wildcards do not enter `.git` or `node_modules` (`skipFolders`, default
 * `DEFAULT_SKIP_FOLDERS`). Patterns that match nothing are an error naming them, unless `allowEmpty`.
 */
async function expandGlobs(patterns, cwd, options = {}) {
    const skipFolders = options.skipFolders ?? DEFAULT_SKIP_FOLDERS;
    const include = patterns.filter((p) => !p.startsWith('!')).map(stripDot);
    // The walk finds a superset (every dot name, exclusions unapplied: an ignore pattern would also
    // prune folders it names) and only skips folders no pattern names; the matcher decides.
    const named = new Set(include.flatMap((p) => [...literalSegments(p)]));
    const prune = skipFolders.filter((s) => !named.has(s)).map((s) => `**/${s}/**`);
    // With `basename`, a pattern without a slash matches at any depth: walk for it everywhere.
    const walk = options.basename ? include.map((p) => (p.includes('/') ? p : `**/${p}`)) : include;
    const found = include.length === 0
        ? []
        : await glob(walk, {
            cwd,
            ignore: prune,
            onlyFiles: true,
            dot: true,
            expandDirectories: false,
        });
    const matches = globMatcher(patterns, { dot: options.dot ?? true, basename: options.basename ?? false, skipFolders });
    const files = [...new Set(found.map((f) => f.replace(/\\/g, '/')))].filter(matches);
    if (files.length === 0 && !options.allowEmpty) {
        throw new errors/* UserError */.yo(`No ${options.what ?? 'files'} matched ${include.map((p) => `'${p}'`).join(', ')} in ${cwd}`, {
            hint: 'patterns are relative to the workspace; check the path and the file names',
        });
    }
    return files.sort();
}

;// CONCATENATED MODULE: ./packages/core/src/digest.ts



/** Hex digest of a file, streamed (constant memory whatever the size). */
async function digestFile(path, algorithm = 'sha256') {
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 }))
            hash.update(chunk);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Cannot read ${path} to compute its ${algorithm} digest: ${error.code ?? String(error)}`, {
            cause: error,
        });
    }
    return hash.digest('hex');
}
/** Hex digest of bytes or a string. */
function digestBytes(data, algorithm = 'sha256') {
    return (0,external_node_crypto_.createHash)(algorithm).update(data).digest('hex');
}

;// CONCATENATED MODULE: ./packages/core/src/github-context.ts


/**
 * Reads the run context from the runner's environment; `overrides` fill or replace any field,
 * so the same code works outside Actions with explicit values (the CLI's flags).
 */
function readGitHubContext(env = process.env, overrides = {}) {
    const get = (name, fallback = '') => env[name] ?? fallback;
    const repository = overrides.repository ?? get('GITHUB_REPOSITORY');
    const [owner = '', repo = ''] = repository.split('/');
    const event = overrides.event ?? readEvent(env['GITHUB_EVENT_PATH']);
    const repoPayload = event['repository'];
    const payloadDefault = typeof repoPayload === 'object' &&
        repoPayload !== null &&
        typeof repoPayload['default_branch'] === 'string'
        ? repoPayload['default_branch']
        : '';
    const ref = overrides.ref ?? get('GITHUB_REF');
    const base = {
        serverUrl: get('GITHUB_SERVER_URL', 'https://github.com'),
        apiUrl: get('GITHUB_API_URL', 'https://api.github.com'),
        repository,
        owner,
        repo,
        repositoryId: get('GITHUB_REPOSITORY_ID'),
        repositoryOwnerId: get('GITHUB_REPOSITORY_OWNER_ID'),
        sha: get('GITHUB_SHA'),
        ref,
        refName: get('GITHUB_REF_NAME', ref.replace(/^refs\/(heads|tags)\//, '')),
        baseRef: get('GITHUB_BASE_REF'),
        headRef: get('GITHUB_HEAD_REF'),
        workflowRef: get('GITHUB_WORKFLOW_REF'),
        workflow: get('GITHUB_WORKFLOW'),
        job: get('GITHUB_JOB'),
        runId: get('GITHUB_RUN_ID'),
        runAttempt: get('GITHUB_RUN_ATTEMPT', '1'),
        runNumber: get('GITHUB_RUN_NUMBER'),
        eventName: get('GITHUB_EVENT_NAME'),
        actor: get('GITHUB_ACTOR'),
        workspace: get('GITHUB_WORKSPACE', process.cwd()),
        runnerEnvironment: get('RUNNER_ENVIRONMENT', 'github-hosted'),
        runnerOs: get('RUNNER_OS', osName()),
        runnerArch: get('RUNNER_ARCH', archName()),
        event,
        defaultBranch: payloadDefault,
    };
    return { ...base, ...overrides, owner: overrides.owner ?? owner, repo: overrides.repo ?? repo };
}
function readEvent(path) {
    if (!path)
        return {};
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Cannot read the event payload at GITHUB_EVENT_PATH=${path}`, { cause: error });
    }
    try {
        const value = JSON.parse(text);
        return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
    }
    catch (error) {
        throw new errors/* UserError */.yo(`The event payload at ${path} is not valid JSON`, { cause: error });
    }
}
function osName() {
    return { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }[process.platform] ?? process.platform;
}
function archName() {
    return { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' }[process.arch] ?? process.arch;
}
/** True on a pull request whose head lives in another repository (a fork). */
function isForkPullRequest(ctx) {
    const pr = ctx.event['pull_request'];
    if (typeof pr !== 'object' || pr === null)
        return false;
    const head = pr['head'];
    const headRepo = typeof head === 'object' && head !== null ? head['repo'] : undefined;
    const fullName = typeof headRepo === 'object' && headRepo !== null ? headRepo['full_name'] : undefined;
    return typeof fullName === 'string' && fullName !== ctx.repository;
}

;// CONCATENATED MODULE: ./packages/core/src/owned-dir.ts




/** The file that marks a folder as made by Slipway, and so one it may empty or delete. */
const OWNED_MARKER = '.slipway-owned';
function inside(child, parent) {
    const rel = (0,external_node_path_.relative)(parent, child);
    return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
}
async function refuseProtected(path, options) {
    const target = await canonicalPath(path);
    for (const kept of options.protect ?? []) {
        if (inside(await canonicalPath(kept), target)) {
            throw new errors/* UserError */.yo(`Refusing to use ${path} as ${options.what}: it is or holds ${kept}, which must not be replaced`, {
                code: errors/* errorCodes */.fv.outputNotOwned,
                hint: 'choose a new folder of its own',
            });
        }
    }
}
/**
 * Makes `path` an empty folder owned by Slipway: a new folder, an empty one, or one this tool
 * made before (it holds the marker file), whose contents are then removed. Anything else (a
 * file, a folder with someone's files, a protected folder) is refused and left as it is.
 */
async function prepareOwnedDir(path, options) {
    await refuseProtected(path, options);
    let info;
    try {
        info = await (0,promises_.lstat)(path);
    }
    catch (error) {
        if (error.code !== 'ENOENT') {
            throw new errors/* UserError */.yo(`Cannot use ${path} as ${options.what}: ${describeFsError(error)}`, { code: errors/* errorCodes */.fv.outputUnwritable });
        }
    }
    if (info && !info.isDirectory()) {
        throw new errors/* UserError */.yo(`Refusing to use ${path} as ${options.what}: it is ${info.isSymbolicLink() ? 'a symbolic link' : 'a file'}, not a folder`, {
            code: errors/* errorCodes */.fv.outputNotOwned,
            hint: 'choose a path that does not exist yet',
        });
    }
    if (info) {
        const entries = await (0,promises_.readdir)(path);
        if (entries.length > 0 && !entries.includes(OWNED_MARKER)) {
            throw new errors/* UserError */.yo(`Refusing to empty ${path} for ${options.what}: it holds files that Slipway did not create (no ${OWNED_MARKER} marker)`, {
                code: errors/* errorCodes */.fv.outputNotOwned,
                hint: 'choose a new or empty folder; Slipway only replaces folders it made itself',
            });
        }
        for (const entry of entries) {
            if (entry !== OWNED_MARKER)
                await (0,promises_.rm)((0,external_node_path_.join)(path, entry), { recursive: true, force: true });
        }
    }
    try {
        await (0,promises_.mkdir)(path, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(path, OWNED_MARKER), `This folder was made by Slipway (${options.what}); Slipway may empty or remove it.\n`);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Cannot create ${options.what} ${path}: ${describeFsError(error)}`, {
            cause: error,
            code: errors/* errorCodes */.fv.outputUnwritable,
        });
    }
}
/** Removes a folder only if Slipway made it (it holds the marker); anything else is left alone and refused. */
async function removeOwnedDir(path, options) {
    await refuseProtected(path, options);
    let entries;
    try {
        entries = await (0,promises_.readdir)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return;
        throw new errors/* UserError */.yo(`Cannot remove ${options.what} ${path}: ${describeFsError(error)}`, { code: errors/* errorCodes */.fv.outputUnwritable });
    }
    if (!entries.includes(OWNED_MARKER)) {
        throw new errors/* UserError */.yo(`Refusing to remove ${path}: Slipway did not create it (no ${OWNED_MARKER} marker)`, {
            code: errors/* errorCodes */.fv.outputNotOwned,
        });
    }
    await (0,promises_.rm)(path, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./packages/core/src/dates.ts

// One strict reader for the dates users write (policy expiries, --since, --now, state files):
// a calendar date `YYYY-MM-DD` or an RFC 3339 timestamp. `Date.parse` is not used because it
// rolls impossible dates over (2023-02-29 becomes 1 March) and accepts many other shapes.
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?([Zz]|[+-]\d{2}:\d{2})$/;
function daysIn(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
function invalid(value, field, why) {
    return new UserError(`${field}: '${value}' is not a valid date (${why})`, {
        code: errorCodes.invalidInput,
        hint: 'write a calendar date as YYYY-MM-DD or a time as RFC 3339, e.g. 2026-03-31 or 2026-03-31T12:00:00Z',
    });
}
function checkCalendar(value, field, y, m, d) {
    if (m < 1 || m > 12)
        throw invalid(value, field, `there is no month ${m}`);
    const max = daysIn(y, m);
    if (d < 1 || d > max)
        throw invalid(value, field, `month ${m} of ${y} has ${max} days`);
}
/**
 * Parses a calendar date (`YYYY-MM-DD`, midnight UTC) or an RFC 3339 timestamp to epoch
 * milliseconds. Impossible dates, times and other shapes are a UserError naming the field.
 */
function parseDateTime(value, field) {
    const text = value.trim();
    const date = DATE.exec(text);
    if (date) {
        const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
        checkCalendar(text, field, y, m, d);
        return Date.UTC(y, m - 1, d);
    }
    const ts = TIMESTAMP.exec(text);
    if (!ts)
        throw invalid(text, field, 'expected YYYY-MM-DD or an RFC 3339 time');
    const [y, mo, d, h, mi] = [Number(ts[1]), Number(ts[2]), Number(ts[3]), Number(ts[4]), Number(ts[5])];
    const s = ts[6] === undefined ? 0 : Number(ts[6]);
    checkCalendar(text, field, y, mo, d);
    if (h > 23)
        throw invalid(text, field, `there is no hour ${h}`);
    if (mi > 59)
        throw invalid(text, field, `there is no minute ${mi}`);
    if (s > 59)
        throw invalid(text, field, `there is no second ${s}`);
    const fraction = ts[7] === undefined ? 0 : Math.floor(Number(`0${ts[7]}`) * 1000);
    const zone = ts[8];
    let offsetMinutes = 0;
    if (zone !== 'Z' && zone !== 'z') {
        const [oh, om] = [Number(zone.slice(1, 3)), Number(zone.slice(4, 6))];
        if (oh > 23 || om > 59)
            throw invalid(text, field, `the offset ${zone} is out of range`);
        offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
    }
    return Date.UTC(y, mo - 1, d, h, mi, s, fraction) - offsetMinutes * 60_000;
}
/** Parses a calendar date only (`YYYY-MM-DD`), as epoch milliseconds at midnight UTC. */
function parseCalendarDate(value, field) {
    const text = value.trim();
    const date = DATE.exec(text);
    if (!date)
        throw invalid(text, field, 'expected YYYY-MM-DD');
    return parseDateTime(text, field);
}
/** Refuses a time after `now` (plus a minute of clock skew): a `--since` in the future collects nothing and moves no cursor. */
function assertNotFuture(epochMs, nowMs, field) {
    if (epochMs > nowMs + 60_000) {
        throw new UserError(`${field}: ${new Date(epochMs).toISOString()} is in the future (now is ${new Date(nowMs).toISOString()})`, {
            code: errorCodes.invalidInput,
            hint: 'give a time in the past',
        });
    }
}

// EXTERNAL MODULE: ./packages/core/src/retry.ts
var retry = __nccwpck_require__(9899);
// EXTERNAL MODULE: ./packages/core/src/http.ts + 1 modules
var http = __nccwpck_require__(5512);
;// CONCATENATED MODULE: ./packages/core/src/github-request.ts
// GitHub's rules for API clients, as the suite's one retry policy (requestWithPolicy) configured
// for GitHub. Every client of the GitHub REST API goes through githubRequest: the metrics
// collector (through Octokit) and the auditor's online checks.


/** How hard GitHub calls are tried: 5 tries, waits up to 5 minutes (a secondary limit's 60 s, doubled, fits twice). */
const GITHUB_RETRY = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000, maxRetryAfterMs: 300_000 };
/** GitHub's guidance: a secondary limit without `retry-after` waits at least a minute. */
const SECONDARY_MIN_WAIT_MS = 60_000;
/** Whether a 403 or 429 is GitHub's rate limit, and how long it asks to wait; undefined for any other answer. */
function rateLimitVerdict(response, tries, retry, options) {
    const status = response.status;
    if (status !== 403 && status !== 429)
        return undefined;
    const h = response.headers;
    const retryAfter = parseRetryAfter(h.get('retry-after'), options.now());
    if (retryAfter !== undefined)
        return { retry: true, reason: `a secondary rate limit (${status}, retry-after)`, waitMs: retryAfter };
    const reset = Number(h.get('x-ratelimit-reset'));
    if (h.get('x-ratelimit-remaining') === '0' && Number.isFinite(reset)) {
        return { retry: true, reason: `the rate limit is used up (${status})`, waitMs: Math.max(0, reset * 1000 - options.now()) + 1000 };
    }
    if (status === 429 || /secondary rate limit|abuse detection/i.test(response.body.toString('utf8'))) {
        const waitMs = Math.max(SECONDARY_MIN_WAIT_MS * 2 ** (tries - 1), backoffDelay(tries, retry, options.random));
        return { retry: true, reason: `a secondary rate limit (${status}) without retry-after`, waitMs };
    }
    // A plain 403 (a token without access) is the caller's to read.
    return { retry: false };
}
/** One call of the GitHub REST API, answered in memory, within GitHub's rate-limit rules and a bounded budget. */
async function githubRequest(url, request, options) {
    const retry = { ...GITHUB_RETRY, ...options.retry };
    const reserve = options.reserve ?? 50;
    let tries = 0;
    const judge = (response) => {
        tries += 1;
        // The last try's answer goes back to the caller as it is (its message names the problem).
        if (tries >= retry.attempts)
            return { retry: false };
        const verdict = rateLimitVerdict(response, tries, retry, options);
        // A wait longer than the policy allows ends the tries here, so the answer reaches the caller whole.
        return verdict?.retry && (verdict.waitMs ?? 0) > retry.maxRetryAfterMs ? { retry: false } : verdict;
    };
    const response = await requestWithPolicy(url, request, {
        what: options.what,
        retry,
        sleep: options.sleep,
        now: options.now,
        redirects: options.redirects ?? 0,
        judgeResponse: judge,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.random ? { random: options.random } : {}),
        ...(options.deadlines ? { deadlines: options.deadlines } : {}),
        ...(options.transport ? { transport: options.transport } : {}),
        onRetry: ({ attempt, waitMs, reason }) => options.log?.(`GitHub API: ${reason} for ${options.what}; try ${attempt + 1} of ${retry.attempts} in ${Math.ceil(waitMs / 1000)} s`),
    });
    const left = Number(response.headers.get('x-ratelimit-remaining') ?? NaN);
    const resetAt = Number(response.headers.get('x-ratelimit-reset') ?? NaN);
    if (response.ok && Number.isFinite(left) && Number.isFinite(resetAt) && left < reserve) {
        // Near the end of the quota with the reset close: wait for it rather than spend the last
        // requests (parallel requests in flight would otherwise run into the limit).
        const waitMs = Math.max(0, resetAt * 1000 - options.now()) + 1000;
        if (waitMs <= retry.maxRetryAfterMs) {
            options.log?.(`GitHub API: ${left} requests left in the quota; waiting ${Math.ceil(waitMs / 1000)} s for its reset`);
            await options.sleep(waitMs);
        }
    }
    return response;
}

;// CONCATENATED MODULE: ./packages/core/src/console-ports.ts


/** Ports for a terminal or a non-GitHub CI: plain text, outputs and summary printed. */
function consolePorts(options = {}) {
    const write = options.write ?? ((t) => process.stderr.write(t));
    const line = (t) => write(`${t}\n`);
    const where = (a) => a?.file ? ` (${a.file}${a.startLine ? `:${a.startLine}` : ''})` : '';
    const state = new Map();
    const outputsSet = new Map();
    const masks = [];
    const hide = (t) => masks.reduce((s, m) => s.split(m).join('***'), t);
    return {
        outputsSet,
        log: {
            debug: (m) => (options.verbose ? line(hide(`debug: ${m}`)) : undefined),
            info: (m) => line(hide(m)),
            notice: (m, a) => line(hide(`notice: ${m}${where(a)}`)),
            warning: (m, a) => line(hide(`warning: ${m}${where(a)}`)),
            error: (m, a) => line(hide(`error: ${m}${where(a)}`)),
            group: async (name, fn) => {
                line(`== ${name}`);
                return fn();
            },
            mask: (s) => {
                if (s)
                    masks.push(s);
            },
        },
        outputs: {
            set: (name, value) => {
                outputsSet.set(name, String(value));
            },
        },
        summary: {
            append: (md) => {
                line(md);
                return Promise.resolve();
            },
        },
        state: { get: (n) => state.get(n) ?? '', save: (n, v) => void state.set(n, v) },
        exec: processExec((t) => write(t)),
        clock: systemClock,
        env: { exportVariable: () => undefined, addPath: () => undefined },
    };
}

// EXTERNAL MODULE: ./packages/core/src/outcome-records.ts
var outcome_records = __nccwpck_require__(5042);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./packages/core/src/zip.ts


const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** True for the zip local-file or empty-archive signature. */
function looksLikeZip(bytes) {
    return bytes.length >= 22 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}
function dosDateTime(date, time) {
    const pad = (n) => String(n).padStart(2, '0');
    return `${1980 + (date >> 9)}-${pad((date >> 5) & 0xf)}-${pad(date & 0x1f)} ${pad(time >> 11)}:${pad((time >> 5) & 0x3f)}:${pad((time & 0x1f) * 2)}`;
}
function findEocd(bytes, source) {
    const stop = Math.max(0, bytes.length - 22 - 0xffff);
    for (let at = bytes.length - 22; at >= stop; at--)
        if (bytes.readUInt32LE(at) === EOCD)
            return at;
    throw new errors/* UserError */.yo(`${source}: no zip end-of-central-directory record`);
}
function readExtra(extra) {
    const out = {};
    for (let at = 0; at + 4 <= extra.length;) {
        const id = extra.readUInt16LE(at);
        const size = extra.readUInt16LE(at + 2);
        const body = extra.subarray(at + 4, at + 4 + size);
        if (id === 0x5455 && body.length >= 5 && ((body[0] ?? 0) & 1) !== 0)
            out.unixMtime = body.readUInt32LE(1);
        if (id === 0x7875 && body.length >= 3) {
            const uidSize = body[1] ?? 0;
            out.uid = body.readUIntLE(2, Math.min(uidSize, 6));
            const gidSize = body[2 + uidSize] ?? 0;
            out.gid = body.readUIntLE(3 + uidSize, Math.min(gidSize, 6));
        }
        if (id === 0x0001)
            out.zip64 = body;
        at += 4 + size;
    }
    return out;
}
/** Reads a zip archive's central directory (zip64 included) in its stored order. */
function readZip(bytes, source) {
    const eocd = findEocd(bytes, source);
    let count = bytes.readUInt16LE(eocd + 10);
    let offset = bytes.readUInt32LE(eocd + 16);
    if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && bytes.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
        const record = Number(bytes.readBigUInt64LE(eocd - 20 + 8));
        count = Number(bytes.readBigUInt64LE(record + 32));
        offset = Number(bytes.readBigUInt64LE(record + 48));
    }
    const entries = [];
    let at = offset;
    for (let i = 0; i < count; i++) {
        if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL)
            throw new errors/* UserError */.yo(`${source}: zip central directory entry ${i + 1} is broken`);
        const madeBy = bytes.readUInt16LE(at + 4) >> 8;
        const method = bytes.readUInt16LE(at + 10);
        const time = bytes.readUInt16LE(at + 12);
        const date = bytes.readUInt16LE(at + 14);
        const crc = bytes.readUInt32LE(at + 16);
        let compressed = bytes.readUInt32LE(at + 20);
        let size = bytes.readUInt32LE(at + 24);
        const nameLength = bytes.readUInt16LE(at + 28);
        const extraLength = bytes.readUInt16LE(at + 30);
        const commentLength = bytes.readUInt16LE(at + 32);
        const external = bytes.readUInt32LE(at + 38);
        let local = bytes.readUInt32LE(at + 42);
        const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
        const extra = readExtra(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
        if (extra.zip64) {
            // Only the fields set to 0xffffffff appear, in this order.
            let z = 0;
            const next = () => {
                const v = Number(extra.zip64?.readBigUInt64LE(z) ?? 0n);
                z += 8;
                return v;
            };
            if (size === 0xffffffff)
                size = next();
            if (compressed === 0xffffffff)
                compressed = next();
            if (local === 0xffffffff)
                local = next();
        }
        const localAt = local;
        const compressedSize = compressed;
        entries.push({
            name,
            dosTime: dosDateTime(date, time),
            unixMtime: extra.unixMtime,
            mode: madeBy === 3 ? (external >>> 16) & 0o7777 : undefined,
            uid: extra.uid,
            gid: extra.gid,
            method,
            crc,
            size,
            data: () => {
                if (bytes.readUInt32LE(localAt) !== LOCAL)
                    throw new errors/* UserError */.yo(`${source}: the local header of ${name} is missing`);
                const start = localAt + 30 + bytes.readUInt16LE(localAt + 26) + bytes.readUInt16LE(localAt + 28);
                const raw = bytes.subarray(start, start + compressedSize);
                if (method === 0)
                    return Buffer.from(raw);
                if (method === 8)
                    return (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: Math.max(size, 1) });
                throw new errors/* UserError */.yo(`${source}: ${name} uses compression method ${method}, which this reader does not inflate`);
            },
        });
        at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

// EXTERNAL MODULE: ./packages/core/src/step-tiering.ts + 1 modules
var step_tiering = __nccwpck_require__(7995);
;// CONCATENATED MODULE: ./packages/core/src/index.ts

























/***/ }),

/***/ 5042:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N8: () => (/* binding */ recordArtifactName),
/* harmony export */   Zy: () => (/* binding */ recordRunFrom),
/* harmony export */   bH: () => (/* binding */ recordDocument),
/* harmony export */   i5: () => (/* binding */ publishRecords)
/* harmony export */ });
/* unused harmony exports RECORD_ARTIFACT_PREFIX, RECORD_SCHEMA, outcomeRecord, outcomeRecordFile */
/* harmony import */ var _decode_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3659);

/** What every record artifact's name starts with (ci-metrics' `records-prefix` default). */
const RECORD_ARTIFACT_PREFIX = 'slipway-record';
/** The document schema the writer stamps; readers accept files without it too. */
const RECORD_SCHEMA = 'slipway/outcome-records@1';
const text = _decode_js__WEBPACK_IMPORTED_MODULE_0__.withDefault(_decode_js__WEBPACK_IMPORTED_MODULE_0__.string, '');
const optionalNumber = _decode_js__WEBPACK_IMPORTED_MODULE_0__.optional(_decode_js__WEBPACK_IMPORTED_MODULE_0__.number);
const recordRun = _decode_js__WEBPACK_IMPORTED_MODULE_0__.object({
    repository: text,
    workflow: text,
    job: text,
    runId: text,
    runAttempt: text,
    ref: text,
    sha: text,
});
/** Decodes one record; unknown fields are ignored so older readers accept richer records. */
const outcomeRecord = (v, p) => {
    const { type, run } = _decode_js__WEBPACK_IMPORTED_MODULE_0__.object({
        type: _decode_js__WEBPACK_IMPORTED_MODULE_0__.literal('cache', 'signature', 'scan', 'verification', 'reproducibility'),
        run: _decode_js__WEBPACK_IMPORTED_MODULE_0__.optional(recordRun),
    })(v, p);
    const withRun = (r) => (run === undefined ? r : { ...r, run });
    switch (type) {
        case 'cache': {
            const r = _decode_js__WEBPACK_IMPORTED_MODULE_0__.object({
                layer: _decode_js__WEBPACK_IMPORTED_MODULE_0__.string,
                hit: _decode_js__WEBPACK_IMPORTED_MODULE_0__.literal('exact', 'partial', 'miss', 'skipped', 'error'),
                key: _decode_js__WEBPACK_IMPORTED_MODULE_0__.optional(_decode_js__WEBPACK_IMPORTED_MODULE_0__.string),
                matchedKey: _decode_js__WEBPACK_IMPORTED_MODULE_0__.optional(_decode_js__WEBPACK_IMPORTED_MODULE_0__.string),
                sizeBytes: optionalNumber,
                restoreSeconds: optionalNumber,
                saved: _decode_js__WEBPACK_IMPORTED_MODULE_0__.optional(_decode_js__WEBPACK_IMPORTED_MODULE_0__.boolean),
                saveSeconds: optionalNumber,
                note: _decode_js__WEBPACK_IMPORTED_MODULE_0__.optional(_decode_js__WEBPACK_IMPORTED_MODULE_0__.string),
                os: _decode_js__WEBPACK_IMPORTED_MODULE_0__.optional(_decode_js__WEBPACK_IMPORTED_MODULE_0__.string),
                arch: _decode_js__WEBPACK_IMPORTED_MODULE_0__.optional(_decode_js__WEBPACK_IMPORTED_MODULE_0__.string),
            })(v, p);
            return withRun({ type, ...r });
        }
        case 'signature': {
            const r = _decode_js__WEBPACK_IMPORTED_MODULE_0__.object({
                subject: text,
                signed: _decode_js__WEBPACK_IMPORTED_MODULE_0__.boolean,
                kind: _decode_js__WEBPACK_IMPORTED_MODULE_0__.optional(_decode_js__WEBPACK_IMPORTED_MODULE_0__.string),
                digest: _decode_js__WEBPACK_IMPORTED_MODULE_0__.optional(_decode_js__WEBPACK_IMPORTED_MODULE_0__.string),
            })(v, p);
            return withRun({ type, ...r });
        }
        case 'scan': {
            const r = _decode_js__WEBPACK_IMPORTED_MODULE_0__.object({ subject: text, decision: _decode_js__WEBPACK_IMPORTED_MODULE_0__.literal('pass', 'fail'), blocking: optionalNumber })(v, p);
            return withRun({ type, ...r });
        }
        case 'verification': {
            const r = _decode_js__WEBPACK_IMPORTED_MODULE_0__.object({
                subject: text,
                environment: _decode_js__WEBPACK_IMPORTED_MODULE_0__.optional(_decode_js__WEBPACK_IMPORTED_MODULE_0__.string),
                verified: _decode_js__WEBPACK_IMPORTED_MODULE_0__.boolean,
                digest: _decode_js__WEBPACK_IMPORTED_MODULE_0__.optional(_decode_js__WEBPACK_IMPORTED_MODULE_0__.string),
            })(v, p);
            return withRun({ type, ...r });
        }
        case 'reproducibility': {
            const r = _decode_js__WEBPACK_IMPORTED_MODULE_0__.object({
                subject: text,
                reproducible: _decode_js__WEBPACK_IMPORTED_MODULE_0__.boolean,
                hermetic: _decode_js__WEBPACK_IMPORTED_MODULE_0__.literal('yes', 'no', 'not-isolated'),
                digest: _decode_js__WEBPACK_IMPORTED_MODULE_0__.optional(_decode_js__WEBPACK_IMPORTED_MODULE_0__.string),
                runs: optionalNumber,
            })(v, p);
            return withRun({ type, ...r });
        }
    }
};
/** A record file's JSON: one record, an array of them, or `{ "records": [...] }` (what the writer writes). */
const outcomeRecordFile = _decode_js__WEBPACK_IMPORTED_MODULE_0__.oneOf(_decode_js__WEBPACK_IMPORTED_MODULE_0__.array(outcomeRecord), _decode_js__WEBPACK_IMPORTED_MODULE_0__.map(outcomeRecord, (r) => [r]), _decode_js__WEBPACK_IMPORTED_MODULE_0__.map(_decode_js__WEBPACK_IMPORTED_MODULE_0__.object({ records: _decode_js__WEBPACK_IMPORTED_MODULE_0__.array(outcomeRecord) }), (o) => o.records));
/** The record run of the step's environment. */
function recordRunFrom(env) {
    const get = (name) => env[name] ?? '';
    return {
        repository: get('GITHUB_REPOSITORY'),
        workflow: get('GITHUB_WORKFLOW'),
        job: get('GITHUB_JOB'),
        runId: get('GITHUB_RUN_ID'),
        runAttempt: get('GITHUB_RUN_ATTEMPT'),
        ref: get('GITHUB_REF'),
        sha: get('GITHUB_SHA'),
    };
}
/** The JSON text of a record file: `{ schema, records }`, each record stamped with the run. */
function recordDocument(records, run) {
    return `${JSON.stringify({ schema: RECORD_SCHEMA, records: records.map((r) => ({ ...r, run })) }, null, 2)}\n`;
}
/**
 * A record artifact's name: `slipway-record-<action>-<job>-<unique>`. Names must be unique in a
 * run (one per step), and may not hold the characters the artifact service rejects.
 */
function recordArtifactName(action, run, unique) {
    const clean = (s) => s.replace(/[^A-Za-z0-9._-]+/g, '_');
    return [RECORD_ARTIFACT_PREFIX, clean(action), clean(run.job || 'job'), clean(unique)].join('-');
}
/**
 * Writes an action's records as `mode` says. A failure to write or upload only warns: records
 * feed metrics and never change the step's outcome. Returns what was written, if anything.
 */
async function publishRecords(sink, mode, records, action, log) {
    if (mode === 'none' || !sink || records.length === 0)
        return undefined;
    try {
        const written = await sink.write(records, action, mode === 'artifact');
        if (written.error)
            log.warning(`${action}: the outcome records were written to ${written.path} but not uploaded: ${written.error}`);
        else if (written.artifact)
            log.info(`${action}: ${records.length} outcome record(s) uploaded as artifact ${written.artifact}`);
        return written;
    }
    catch (error) {
        log.warning(`${action}: the outcome records could not be written: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
    }
}


/***/ }),

/***/ 5049:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
/* unused harmony export fixedClock */
const systemClock = { now: () => new Date() };
/** A clock fixed at one instant, for reproducible runs. */
function fixedClock(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime()))
        throw new Error(`fixedClock: not a date: ${iso}`);
    return { now: () => new Date(date) };
}


/***/ }),

/***/ 1849:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ql: () => (/* binding */ actionsRecordSink)
});

// UNUSED EXPORTS: backendIdsFromToken, uploadSmallArtifact, zipOneFile

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/outcome-records.ts
var outcome_records = __nccwpck_require__(5042);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: ./packages/core/src/errors.ts + 1 modules
var errors = __nccwpck_require__(6829);
// EXTERNAL MODULE: ./packages/core/src/http.ts + 1 modules
var http = __nccwpck_require__(5512);
;// CONCATENATED MODULE: ./packages/core/src/record-upload.ts




// A small artifact uploader for outcome records: the results service's twirp ArtifactService
// (CreateArtifact, one Put Blob to the signed Azure Blob URL, FinalizeArtifact with size and
// hash), the same three calls @actions/artifact makes, without bundling its 3-4 MB client.
// The artifact is a zip holding the one file, as that client writes it, so its download, the
// REST API's listing and its zip download see the same artifact.
const SERVICE = 'github.actions.results.api.v1.ArtifactService';
/** The artifact format version @actions/artifact 6 creates (a zip of the files). */
const ARTIFACT_VERSION = 7;
/** The Blob service version sent with Put Blob (any GA version accepts a single Put Blob). */
const BLOB_API_VERSION = '2025-01-05';
/** Characters the artifact service refuses in names. */
const FORBIDDEN_NAME = /["':<>|*?\r\n\\/]/;
/**
 * The run and job ids in the runtime token's `scp` claim (`Actions.Results:<runId>:<jobId>`),
 * read the way @actions/artifact reads them; the token's signature is the service's business.
 */
function backendIdsFromToken(token) {
    const invalid = (why) => new errors/* UserError */.yo(`ACTIONS_RUNTIME_TOKEN is not a runtime token the results service issued: ${why}`, {
        code: errors/* errorCodes */.fv.invalidInput,
        hint: 'run the step on a GitHub Actions runner (or a runner that provides the results service)',
    });
    const payload = token.split('.')[1];
    if (!payload)
        throw invalid('it is not a JWT');
    let claims;
    try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        throw invalid('its payload is not JSON');
    }
    const scp = typeof claims === 'object' && claims !== null ? claims['scp'] : undefined;
    if (typeof scp !== 'string')
        throw invalid('it has no scp claim');
    for (const scope of scp.split(' ')) {
        const parts = scope.split(':');
        if (parts[0] !== 'Actions.Results')
            continue;
        if (parts.length !== 3 || !parts[1] || !parts[2])
            throw invalid(`its scope '${scope}' is not Actions.Results:<run>:<job>`);
        return { runId: parts[1], jobId: parts[2] };
    }
    throw invalid('its scp claim has no Actions.Results scope');
}
/** MS-DOS date and time words of a zip header (local time, two-second resolution, 1980 at the earliest). */
function dosDateTime(at) {
    const year = Math.max(1980, at.getFullYear());
    return {
        date: ((year - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
        time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
    };
}
/**
 * A zip archive holding one deflated file (UTF-8 name, sizes and CRC-32 in the local header,
 * no data descriptor): what unzip tools, @actions/artifact's download and GitHub's own
 * artifact downloads read. For small files: the whole archive is built in memory.
 */
function zipOneFile(name, data, modified = new Date()) {
    if (name === '' || name.startsWith('/') || name.includes('\\') || name.split('/').includes('..')) {
        throw new errors/* UserError */.yo(`zip entry name '${name}' must be a relative path without '..' or backslashes`, { code: errors/* errorCodes */.fv.invalidInput });
    }
    const fileName = Buffer.from(name, 'utf8');
    const compressed = (0,external_node_zlib_.deflateRawSync)(data, { level: 9 });
    const crc = (0,external_node_zlib_.crc32)(data);
    const { date, time } = dosDateTime(modified);
    // General purpose flags: bit 11 the name is UTF-8, bit 1 deflated at the maximum level.
    const FLAGS = 0x0800 | 0x0002;
    const DEFLATE = 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(FLAGS, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(FLAGS, 8);
    central.writeUInt16LE(DEFLATE, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    // extra, comment, disk number, internal attributes: 0
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(0, 42); // the local header's offset
    const centralStart = local.length + fileName.length + compressed.length;
    const centralSize = central.length + fileName.length;
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(centralStart, 16);
    return Buffer.concat([local, fileName, compressed, central, fileName, end]);
}
/** The expiry the runner allows: `retentionDays` from now, capped by GITHUB_RETENTION_DAYS. */
function expiresAt(env, retentionDays, now) {
    if (!retentionDays)
        return undefined;
    const cap = Number.parseInt(env['GITHUB_RETENTION_DAYS'] ?? '', 10);
    const days = Number.isFinite(cap) && cap > 0 ? Math.min(cap, retentionDays) : retentionDays;
    return new Date(now + days * 86_400_000).toISOString();
}
/** Reads the service's answer; twirp errors (`{code, msg}`) and non-JSON bodies become UserErrors naming the method. */
function twirpAnswer(response, method) {
    const text = response.body.toString('utf8');
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        body = undefined;
    }
    const fields = typeof body === 'object' && body !== null ? body : undefined;
    if (!response.ok) {
        const code = fields && typeof fields['code'] === 'string' ? `${fields['code']} ` : '';
        const detail = fields && typeof fields['msg'] === 'string' ? `: ${code}${fields['msg']}` : '';
        throw new errors/* UserError */.yo(`the results service refused ${method} (HTTP ${response.status}${detail})`, { code: errors/* errorCodes */.fv.networkStatus });
    }
    if (!fields)
        throw new errors/* UserError */.yo(`the results service answered ${method} with something that is not JSON`, { code: errors/* errorCodes */.fv.networkStatus });
    if (fields['ok'] !== true)
        throw new errors/* UserError */.yo(`the results service answered ${method} without ok: true`, { code: errors/* errorCodes */.fv.networkStatus });
    return fields;
}
/**
 * Uploads one small file as a zipped artifact named `name` through the results service
 * (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN from `env`): CreateArtifact, one Put Blob of the
 * zip to the signed URL, FinalizeArtifact with the zip's size and sha256. Throws a UserError
 * naming the call that failed; never logs the signed URL.
 */
async function uploadSmallArtifact(env, name, fileName, data, options = {}) {
    const token = env['ACTIONS_RUNTIME_TOKEN'];
    const results = env['ACTIONS_RESULTS_URL'];
    if (!token || !results) {
        throw new errors/* UserError */.yo('no results service: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set', {
            code: errors/* errorCodes */.fv.invalidInput,
            hint: 'artifacts can only be uploaded from a step on a GitHub Actions runner',
        });
    }
    if (name.trim() === '' || FORBIDDEN_NAME.test(name)) {
        throw new errors/* UserError */.yo(`artifact name '${name}' is empty or has a character the artifact service refuses (" : < > | * ? \\ / CR LF)`, {
            code: errors/* errorCodes */.fv.invalidInput,
        });
    }
    let origin;
    try {
        origin = new URL(results).origin;
    }
    catch {
        throw new errors/* UserError */.yo(`ACTIONS_RESULTS_URL '${results}' is not a URL`, { code: errors/* errorCodes */.fv.invalidInput });
    }
    const ids = backendIdsFromToken(token);
    const now = options.now ?? Date.now;
    const zip = zipOneFile(fileName, data, options.modified ?? new Date(now()));
    const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(zip).digest('hex')}`;
    const policy = {
        deadlines: { firstByteMs: 30_000, idleMs: 30_000, totalMs: 120_000, ...options.deadlines },
        ...(options.retry ? { retry: options.retry } : {}),
        ...(options.transport ? { transport: options.transport } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
        ...(options.random ? { random: options.random } : {}),
        ...(options.onRetry ? { onRetry: options.onRetry } : {}),
        now,
    };
    const call = async (method, request) => {
        const body = JSON.stringify(request);
        const response = await (0,http/* requestWithPolicy */.Iv)(`${origin}/twirp/${SERVICE}/${method}`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'user-agent': 'slipway-records' },
            body,
        }, { ...policy, what: 'the results service' });
        return twirpAnswer(response, method);
    };
    const artifactIds = { workflow_run_backend_id: ids.runId, workflow_job_run_backend_id: ids.jobId };
    const expires = expiresAt(env, options.retentionDays, now());
    const created = await call('CreateArtifact', {
        ...artifactIds,
        name,
        ...(expires ? { expires_at: expires } : {}),
        version: ARTIFACT_VERSION,
        mime_type: 'application/zip',
    });
    const uploadUrl = created['signed_upload_url'];
    if (typeof uploadUrl !== 'string' || uploadUrl === '') {
        throw new errors/* UserError */.yo('the results service answered CreateArtifact without a signed_upload_url', { code: errors/* errorCodes */.fv.networkStatus });
    }
    const put = await (0,http/* requestWithPolicy */.Iv)(uploadUrl, {
        method: 'PUT',
        headers: {
            'x-ms-blob-type': 'BlockBlob',
            'x-ms-version': BLOB_API_VERSION,
            'x-ms-blob-content-type': 'application/zip',
            'content-type': 'application/zip',
        },
        body: zip,
    }, { ...policy, what: 'the artifact blob storage' });
    const answer = put.body.toString('utf8');
    if (put.status !== 201) {
        const code = put.headers.get('x-ms-error-code') ?? /<Code>([^<]*)<\/Code>/.exec(answer)?.[1];
        throw new errors/* UserError */.yo(`the artifact blob storage refused the upload (HTTP ${put.status}${code ? `, ${code}` : ''})`, {
            code: errors/* errorCodes */.fv.networkStatus,
        });
    }
    const finalized = await call('FinalizeArtifact', { ...artifactIds, name, size: String(zip.length), hash: digest });
    const id = Number(finalized['artifact_id']);
    if (!Number.isSafeInteger(id) || id <= 0) {
        throw new errors/* UserError */.yo('the results service answered FinalizeArtifact without an artifact_id', { code: errors/* errorCodes */.fv.networkStatus });
    }
    return { id, size: zip.length, digest };
}

;// CONCATENATED MODULE: ./packages/core/src/record-artifact.ts






// The Actions side of outcome records: only action entry points import this. The upload speaks
// the results service's artifact protocol itself (record-upload.ts), so no artifact client is
// bundled into every action for one small JSON file.
/**
 * Writes records under RUNNER_TEMP and uploads them as a `slipway-record-*` artifact (a zip of
 * the one JSON file) through the results service; the upload's failure is returned, not thrown.
 */

function actionsRecordSink(env = process.env) {
    return {
        write: async (records, action, upload) => {
            const run = (0,outcome_records/* recordRunFrom */.Zy)(env);
            const name = (0,outcome_records/* recordArtifactName */.N8)(action, run, (0,external_node_crypto_.randomUUID)().slice(0, 8));
            const dir = (0,external_node_path_.join)(env['RUNNER_TEMP'] || (0,external_node_os_namespaceObject.tmpdir)(), 'slipway-records', name);
            await (0,promises_.mkdir)(dir, { recursive: true });
            const path = (0,external_node_path_.join)(dir, `${name}.json`);
            const text = (0,outcome_records/* recordDocument */.bH)(records, run);
            await (0,promises_.writeFile)(path, text);
            if (!upload)
                return { path };
            try {
                await uploadSmallArtifact(env, name, `${name}.json`, Buffer.from(text, 'utf8'), { retentionDays: 90 });
                return { path, artifact: name };
            }
            catch (error) {
                return { path, error: error instanceof Error ? error.message : String(error) };
            }
        },
    };
}


/***/ }),

/***/ 9899:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   YS: () => (/* binding */ promiseRetryOptions),
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   vI: () => (/* binding */ DEFAULT_RETRY)
/* harmony export */ });
/* unused harmony exports NO_RETRY, backoffDelay, sleep */
// The one retry policy of the suite: bounded attempts, exponential backoff with full jitter,
// and a server's `retry-after` honoured up to a cap. Every network client uses it (the OCI
// client, the GitHub API client, the cache stores), so "how hard do we try" has one answer.
const DEFAULT_RETRY = { attempts: 4, baseDelayMs: 500, maxDelayMs: 15_000, maxRetryAfterMs: 120_000 };
/** No retries: one try, for calls that must not be repeated. */
const NO_RETRY = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0, maxRetryAfterMs: 0 };
/**
 * The wait a `retry-after` header asks for, in milliseconds: delay-seconds or an HTTP date
 * (RFC 9110 \u00a710.2.3). Absent or unreadable gives undefined.
 */
function parseRetryAfter(value, nowMs) {
    if (value === null || value === undefined)
        return undefined;
    const text = value.trim();
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    const at = Date.parse(text);
    if (Number.isNaN(at) || !/[a-z]/i.test(text))
        return undefined;
    return Math.max(0, at - nowMs);
}
/** The backoff before try `attempt + 1` (attempt counts from 1): full jitter below base \u00d7 2^(attempt-1). */
function backoffDelay(attempt, policy, random = Math.random) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Runs `op` until `judge` says its outcome needs no retry, or the attempts run out. `judge`
 * sees either the value or the error of each try; after the last try the value is returned
 * and the error rethrown as they are, so callers keep their own error handling.
 */
async function withRetry(op, judge, policy = DEFAULT_RETRY, hooks = {}) {
    const wait = hooks.sleep ?? sleep;
    for (let attempt = 1;; attempt++) {
        let outcome;
        try {
            outcome = { value: await op(attempt) };
        }
        catch (error) {
            outcome = { error };
        }
        const verdict = judge(outcome);
        const last = attempt >= Math.max(1, policy.attempts);
        if (!verdict.retry || last) {
            if ('error' in outcome)
                throw outcome.error;
            return outcome.value;
        }
        if (verdict.waitMs !== undefined && verdict.waitMs > policy.maxRetryAfterMs) {
            if ('error' in outcome)
                throw outcome.error;
            return outcome.value;
        }
        const waitMs = Math.max(verdict.waitMs ?? 0, backoffDelay(attempt, policy, hooks.random));
        hooks.onRetry?.({ attempt, waitMs, reason: verdict.reason });
        await wait(waitMs);
    }
}
/**
 * The suite's retry policy for clients built on promise-retry: the same tries, and waits drawn
 * from the same range as backoffDelay (half the ceiling to the ceiling, doubling each time).
 */
function promiseRetryOptions(policy = DEFAULT_RETRY) {
    return {
        retries: Math.max(0, policy.attempts - 1),
        factor: 2,
        minTimeout: policy.baseDelayMs / 2,
        maxTimeout: policy.maxDelayMs,
        randomize: true,
    };
}


/***/ }),

/***/ 7995:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S3: () => (/* binding */ holdOptimizingCompilers)
});

// UNUSED EXPORTS: OPTIMIZE_AFTER_MS, tiersSetByUser

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./packages/core/src/step-tiering.ts

// A step is a short process: most run well under a second, and their work is small. V8's
// optimizing compilers (Maglev, then TurboFan) compile hot functions on background threads; in a
// step that ends in a few hundred milliseconds they pay nothing back and cost memory: the
// auditor's peak resident memory is about 95\u2013105 MiB with them and about 78 MiB without, at less
// CPU. So a step starts on the interpreter and the baseline compiler, and the optimizing
// compilers are allowed again once the step has run for a while, so a long run (a large audit,
// a large report) still gets optimized code. V8 reads both flags each time it decides to
// optimize a function, so turning them back on takes effect at once.
/** How long a step runs before V8's optimizing compilers may run. */
const OPTIMIZE_AFTER_MS = 1000;
const TIERING_FLAG = /^--(no-)?(jitless|opt|max-opt|maglev|turbofan|sparkplug|always-sparkplug|always-turbofan)(=|$)/;
/** Whether Node was started with a flag that sets V8's tiers itself: those are left as they are. */
function tiersSetByUser(execArgv, nodeOptions) {
    return [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((flag) => TIERING_FLAG.test(flag.replaceAll('_', '-')));
}
/**
 * Holds V8's optimizing compilers off for the first `ms` of a step; the function returned
 * allows them at once (it is also called by an unreferenced timer, which never keeps the process
 * alive). Does nothing when Node was started with a tiering flag of its own (`--jitless` among
 * them, under which turning a compiler on would be wrong).
 */
function holdOptimizingCompilers(options = {}) {
    const setFlags = options.setFlags ?? external_node_v8_namespaceObject.setFlagsFromString;
    if (tiersSetByUser(options.execArgv ?? process.execArgv, options.nodeOptions ?? process.env['NODE_OPTIONS'])) {
        return () => undefined;
    }
    setFlags('--no-maglev');
    setFlags('--no-turbofan');
    let held = true;
    const release = () => {
        if (!held)
            return;
        held = false;
        clearTimeout(timer);
        setFlags('--maglev');
        setFlags('--turbofan');
    };
    const timer = setTimeout(release, options.ms ?? OPTIMIZE_AFTER_MS);
    timer.unref();
    return release;
}


/***/ }),

/***/ 3396:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  f0: () => (/* reexport */ DEFAULT_VERIFIER_ID),
  pH: () => (/* reexport */ checkReproducible),
  sR: () => (/* reexport */ formatRebuildMarkdown),
  uG: () => (/* reexport */ parseVary),
  _4: () => (/* reexport */ publishedFromFiles)
});

// UNUSED EXPORTS: DEFAULT_LIMITS, HERMETIC_LEVEL, REBUILD_DETAILS_FIELD, REBUILD_POLICY_URI, REPRODUCIBLE_LEVEL, VARIATIONS, VERIFICATION_SUMMARY_V1, buildVerificationSummary, explainDifference, exportCommit, findSourceCommit, formatRebuildText, gunzip, looksLikeGzip, looksLikeTar, looksLikeZip, nameCauses, planRuns, probeCapabilities, readGzipHeader, readTar, readZip, rebuild, reproducibilityRecords, runDiffoscope, signVerificationSummary, sourceResourceUri, variedLocale, verdictSubjects, wrapCommand

// EXTERNAL MODULE: ./packages/core/src/index.ts + 15 modules
var src = __nccwpck_require__(191);
;// CONCATENATED MODULE: ./packages/rebuild/src/vary.ts

/** What a reproducible build must not depend on, each varied between runs unless switched off. */
const VARIATIONS = ['path', 'time', 'tz', 'locale', 'umask', 'hostname', 'user', 'order'];
/**
 * Parses `--vary`: `all` (the default), `none`, a list of names (only those), or `-name`/`+name`
 * items that take from or add to all of them (`-time,-hostname`).
 */
function parseVary(value, field = '--vary') {
    const items = (value ?? 'all')
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
    const bare = items.filter((i) => !/^[+-]/.test(i) && i !== 'all');
    const set = new Set(bare.length > 0 || items.includes('none') ? [] : VARIATIONS);
    for (const item of items) {
        if (item === 'all')
            VARIATIONS.forEach((v) => set.add(v));
        else if (item === 'none')
            continue;
        else {
            const name = item.replace(/^[+-]/, '');
            if (!VARIATIONS.includes(name)) {
                throw new src/* UserError */.yo(`${field}: '${name}' is not something a rebuild can vary; expected ${VARIATIONS.join(', ')}, all or none`, {
                    code: src/* errorCodes */.fv.usage,
                    hint: 'e.g. --vary=-time,-hostname (write the = when the value starts with a dash) varies all but the clock and the host name',
                });
            }
            if (item.startsWith('-'))
                set.delete(name);
            else
                set.add(name);
        }
    }
    return VARIATIONS.filter((v) => set.has(v));
}
// Zones with unusual offsets, so a date printed in local time cannot match by accident.
const ZONES = ['Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham'];
const BASE_LOCALE = 'C.UTF-8';
/** The locale a varied run uses: an installed non-C one if there is any, else POSIX (which changes LANG, not collation). */
function variedLocale(installed) {
    const preferred = ['de_DE.utf8', 'fr_FR.utf8', 'tr_TR.utf8', 'en_US.utf8'];
    const real = installed.filter((l) => !/^(C|POSIX)(\..*)?$/i.test(l));
    return preferred.find((p) => real.includes(p)) ?? real[0] ?? 'POSIX';
}
/**
 * The plan of each run: run 1 is the reference (UTC, C.UTF-8, umask 022, the real clock), each
 * later run varies what `vary` names. A variation switched off keeps run 1's value in every run.
 */
function planRuns(runs, vary, installedLocales) {
    const on = (v) => vary.includes(v);
    const plans = [];
    for (let run = 1; run <= runs; run++) {
        const k = run - 1;
        const varied = k > 0;
        plans.push({
            run,
            segments: on('path') ? (varied ? [`run-${run}`, 'a-longer', 'build', 'path', 'src'] : [`run-${run}`, 'src']) : ['build', 'src'],
            clockShiftSeconds: on('time') && varied ? k * (86_400 + 3_723) : 0,
            timeZone: on('tz') && varied ? (ZONES[(k - 1) % ZONES.length] ?? 'UTC') : 'UTC',
            locale: on('locale') && varied ? variedLocale(installedLocales) : BASE_LOCALE,
            umask: on('umask') && varied ? '0002' : '0022',
            hostname: on('hostname') ? `slipway-${varied ? 'rebuilder' : 'builder'}-${run}` : undefined,
            user: on('user') ? (varied ? `rebuild-user-${run}` : 'builder') : undefined,
            order: on('order') && k % 2 === 1 ? 'reversed' : 'natural',
        });
    }
    return plans;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/rebuild/src/isolation.ts
async function works(exec, command, args) {
    try {
        const r = await exec.run(command, args, { silent: true });
        return { ok: r.exitCode === 0, detail: (r.stderr || r.stdout).trim().split('\n').pop() ?? '' };
    }
    catch (error) {
        return { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
}
const onPath = async (exec, program) => (await works(exec, 'sh', ['-c', `command -v ${program}`])).ok;
/**
 * Tries what isolation and variation tools work here: `unshare --net --uts` as root or under
 * `sudo -n`, faketime, disorderfs (root only: its FUSE mount is the root user's), diffoscope and the installed locales.
 */
async function probeCapabilities(exec, identity) {
    let namespaces = 'none';
    let namespaceProblem;
    if (identity.uid === 0) {
        const r = await works(exec, 'unshare', ['--net', '--uts', '--', 'true']);
        if (r.ok)
            namespaces = 'root';
        else
            namespaceProblem = `unshare --net --uts failed as root: ${r.detail}`;
    }
    else if ((await works(exec, 'sudo', ['-n', 'true'])).ok) {
        const r = await works(exec, 'sudo', ['-n', 'unshare', '--net', '--uts', '--', 'true']);
        if (r.ok && (await works(exec, 'sudo', ['-n', 'setpriv', '--version'])).ok)
            namespaces = 'sudo';
        else
            namespaceProblem = `sudo unshare --net --uts failed: ${r.detail || 'setpriv is missing'}`;
    }
    else {
        namespaceProblem =
            'network and UTS namespaces need root or passwordless sudo (unprivileged user namespaces are restricted on Ubuntu runners)';
    }
    const locales = await exec.run('locale', ['-a'], { silent: true }).then((r) => r.exitCode === 0
        ? r.stdout
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
        : [], () => []);
    return {
        namespaces,
        namespaceProblem,
        faketime: await onPath(exec, 'faketime'),
        disorderfs: identity.uid === 0 && (await onPath(exec, 'disorderfs')) && (await onPath(exec, 'fusermount')),
        diffoscope: await onPath(exec, 'diffoscope'),
        locales,
    };
}
const SET_HOSTNAME = 'if [ -n "$1" ]; then hostname "$1" || exit 125; fi; shift; exec "$@"';
const SET_UMASK = 'umask "$1" || exit 125; shift; exec "$@"';
/**
 * The program and arguments that run `command` (a shell command line) as `plan` says:
 * `unshare --net --uts` (via sudo, dropping back to the caller with setpriv), the host name, the
 * umask, then faketime with the run's clock shift.
 */
function wrapCommand(command, plan, isolation, caps, identity, path) {
    const argv = [];
    const namespaces = [...(isolation.denyNetwork ? ['--net'] : []), ...(isolation.setHostname ? ['--uts'] : [])];
    if (namespaces.length > 0) {
        if (caps.namespaces === 'sudo')
            argv.push('sudo', '-n', '-E', '--');
        argv.push('unshare', ...namespaces, '--');
    }
    argv.push('/bin/sh', '-c', SET_HOSTNAME, 'slipway-rebuild', isolation.setHostname ? (plan.hostname ?? '') : '');
    if (namespaces.length > 0 && caps.namespaces === 'sudo') {
        // sudo resets PATH (secure_path) and runs as root: back to the caller, with the caller's PATH.
        argv.push('setpriv', `--reuid=${identity.uid}`, `--regid=${identity.gid}`, '--init-groups', '--', 'env', `PATH=${path}`);
    }
    argv.push('/bin/sh', '-c', SET_UMASK, 'slipway-rebuild', plan.umask);
    if (isolation.useFaketime && plan.clockShiftSeconds !== 0)
        argv.push('faketime', '-f', `+${plan.clockShiftSeconds}s`);
    argv.push('/bin/sh', '-c', command);
    const [program, ...args] = argv;
    return { program: program ?? '/bin/sh', args };
}

;// CONCATENATED MODULE: ./packages/rebuild/src/explain/tar-read.ts

const BLOCK = 512;
function tar_read_text(block, offset, length) {
    const field = block.subarray(offset, offset + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}
// Numbers are octal text, or base-256 big-endian when the top bit of the first byte is set (GNU, star).
function number(block, offset, length) {
    const field = block.subarray(offset, offset + length);
    if (((field[0] ?? 0) & 0x80) !== 0) {
        let value = (field[0] ?? 0) & 0x7f;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + (field[i] ?? 0);
        return value;
    }
    const digits = tar_read_text(block, offset, length).trim();
    return digits === '' ? 0 : parseInt(digits, 8);
}
function checksumOk(block) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    return sum === number(block, 148, 8);
}
// A pax record is "<length> <key>=<value>\n"; the length counts the whole record.
function paxRecords(data) {
    const out = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        if (space === -1)
            break;
        const length = parseInt(data.subarray(at, space).toString('ascii'), 10);
        if (!Number.isSafeInteger(length) || length <= 0)
            break;
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        at += length;
    }
    return out;
}
/** True when the bytes start with a tar header: a non-empty first block whose checksum holds. */
function looksLikeTar(bytes) {
    if (bytes.length < BLOCK)
        return false;
    const first = bytes.subarray(0, BLOCK);
    return first.some((b) => b !== 0) && checksumOk(first);
}
/** Reads every member of a tar archive (ustar, pax and GNU long names); a broken header is a UserError naming `source`. */
function readTar(bytes, source) {
    const entries = [];
    let global = {};
    let local = {};
    let longName;
    let longLink;
    let at = 0;
    while (at + BLOCK <= bytes.length) {
        const header = bytes.subarray(at, at + BLOCK);
        if (header.every((b) => b === 0))
            break;
        if (!checksumOk(header))
            throw new src/* UserError */.yo(`${source}: the tar header at byte ${at} has a wrong checksum`);
        const size = number(header, 124, 12);
        const flag = String.fromCharCode(header[156] ?? 0);
        const data = bytes.subarray(at + BLOCK, at + BLOCK + size);
        if (data.length < size)
            throw new src/* UserError */.yo(`${source}: the tar member at byte ${at} is cut short`);
        at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
        if (flag === 'g') {
            global = { ...global, ...paxRecords(data) };
            continue;
        }
        if (flag === 'x') {
            local = paxRecords(data);
            continue;
        }
        if (flag === 'L' || flag === 'K') {
            const value = data.toString('utf8').replace(/\0+$/, '');
            if (flag === 'L')
                longName = value;
            else
                longLink = value;
            continue;
        }
        const pax = { ...global, ...local };
        // Only POSIX ustar ("ustar\0") has a name prefix there; GNU's "ustar  " keeps other fields at 345.
        const prefix = header.subarray(257, 263).toString('latin1') === 'ustar\0' ? tar_read_text(header, 345, 155) : '';
        const baseName = tar_read_text(header, 0, 100);
        const name = pax['path'] ?? longName ?? (prefix ? `${prefix}/${baseName}` : baseName);
        const type = flag === '0' || flag === '\0' || flag === '7'
            ? 'file'
            : flag === '5'
                ? 'directory'
                : flag === '2'
                    ? 'symlink'
                    : flag === '1'
                        ? 'hardlink'
                        : 'other';
        entries.push({
            name,
            type,
            mode: number(header, 100, 8) & 0o7777,
            uid: pax['uid'] !== undefined ? Number(pax['uid']) : number(header, 108, 8),
            gid: pax['gid'] !== undefined ? Number(pax['gid']) : number(header, 116, 8),
            uname: pax['uname'] ?? tar_read_text(header, 265, 32),
            gname: pax['gname'] ?? tar_read_text(header, 297, 32),
            mtime: pax['mtime'] !== undefined ? Number(pax['mtime']) : number(header, 136, 12),
            linkname: pax['linkpath'] ?? longLink ?? tar_read_text(header, 157, 100),
            data: type === 'file' ? data : Buffer.alloc(0),
        });
        local = {};
        longName = undefined;
        longLink = undefined;
    }
    return entries;
}

;// CONCATENATED MODULE: ./packages/rebuild/src/source-tree.ts




async function git(exec, cwd, args) {
    const r = await exec.run('git', args, { cwd, silent: true });
    if (r.exitCode !== 0)
        throw new Error(`git ${args.join(' ')}: ${r.stderr.trim()}`);
    return r.stdout.trim();
}
function withoutCredentials(url) {
    return url.replace(/^([a-z+]+:\/\/)[^@/]*@/i, '$1');
}
/** Finds the git checkout holding `cwd` and its HEAD commit; a folder outside git is a UserError. */
async function findSourceCommit(exec, cwd) {
    let top;
    try {
        top = await git(exec, cwd, ['rev-parse', '--show-toplevel']);
    }
    catch (error) {
        throw new src/* UserError */.yo(`${cwd} is not inside a git checkout`, {
            code: src/* errorCodes */.fv.usage,
            cause: error,
            hint: 'a rebuild builds a commit from a clean export of it, never the working tree: run it in a git checkout',
        });
    }
    const commit = await git(exec, top, ['rev-parse', 'HEAD']).catch((error) => {
        throw new src/* UserError */.yo(`The checkout ${top} has no commit to rebuild`, { code: src/* errorCodes */.fv.usage, cause: error });
    });
    const commitTime = Number(await git(exec, top, ['log', '-1', '--format=%ct', commit]));
    const dirty = (await git(exec, top, ['status', '--porcelain', '--untracked-files=no'])) !== '';
    const remote = await git(exec, top, ['remote', 'get-url', 'origin']).then(withoutCredentials, () => undefined);
    const subdir = (0,external_node_path_.relative)(await (0,src/* canonicalPath */.Op)(top), await (0,src/* canonicalPath */.Op)(cwd));
    return { top, subdir: subdir.split(external_node_path_.sep).join('/'), commit, commitTime, dirty, remote };
}
/**
 * Writes a clean copy of `commit` into the empty folder `dest` (git archive: tracked files only,
 * no .git), creating members in archive order or reversed. Files get the commit time as mtime
 * unless `checkoutTimes`, which leaves the time of writing, as a fresh checkout has.
 */
async function exportCommit(exec, source, dest, options) {
    const r = await exec.run('git', ['archive', '--format=tar', '-o', options.scratchFile, source.commit], { cwd: source.top, silent: true });
    if (r.exitCode !== 0)
        throw new src/* UserError */.yo(`git archive of ${source.commit} failed: ${r.stderr.trim()}`);
    const entries = readTar(await (0,promises_.readFile)(options.scratchFile), `git archive of ${source.commit}`);
    const ordered = options.reversed ? [...entries].reverse() : entries;
    for (const entry of ordered) {
        const name = (0,external_node_path_.normalize)(entry.name);
        if ((0,external_node_path_.isAbsolute)(name) || name === '..' || name.startsWith(`..${external_node_path_.sep}`))
            throw new src/* UserError */.yo(`git archive member ${entry.name} escapes the copy`);
        const path = (0,external_node_path_.join)(dest, name);
        if (entry.type === 'directory')
            await (0,promises_.mkdir)(path, { recursive: true, mode: 0o755 });
        else if (entry.type === 'file') {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            // git records only 644 and 755; the umask of the build applies to what the build writes.
            await (0,promises_.writeFile)(path, entry.data, { mode: entry.mode & 0o111 ? 0o755 : 0o644 });
        }
        else if (entry.type === 'symlink') {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            await (0,promises_.symlink)(entry.linkname, path);
        }
    }
    if (!options.checkoutTimes) {
        const when = new Date(source.commitTime * 1000);
        for (const entry of entries)
            if (entry.type !== 'symlink')
                await (0,promises_.utimes)((0,external_node_path_.join)(dest, (0,external_node_path_.normalize)(entry.name)), when, when);
    }
    return entries.length;
}

;// CONCATENATED MODULE: ./packages/rebuild/src/build-run.ts





const SECRET_VARIABLES = [
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
    'SIGSTORE_ID_TOKEN',
    'SLIPWAY_KEY_PASSPHRASE',
    'GITHUB_TOKEN',
];
const tail = (text, n) => text.trimEnd().split('\n').slice(-n);
/** The build's environment: the caller's, with the run's zone, locale, user and SOURCE_DATE_EPOCH. */
function buildEnv(req, cwd) {
    const env = {};
    for (const [k, v] of Object.entries(req.baseEnv))
        if (v !== undefined)
            env[k] = v;
    for (const k of ['PWD', 'OLDPWD', 'LANGUAGE'])
        delete env[k];
    // What the build must not see: the step's inputs (a signing key), and the tokens that mint
    // identities or reach the runner's services.
    for (const k of Object.keys(env))
        if (k.startsWith('INPUT_') || SECRET_VARIABLES.includes(k))
            delete env[k];
    for (const k of Object.keys(env))
        if (k.startsWith('LC_'))
            delete env[k];
    Object.assign(env, {
        PWD: cwd,
        SOURCE_DATE_EPOCH: String(req.source.commitTime),
        TZ: req.plan.timeZone,
        LANG: req.plan.locale,
        LC_ALL: req.plan.locale,
    });
    if (req.plan.user)
        Object.assign(env, { USER: req.plan.user, LOGNAME: req.plan.user });
    if (req.plan.hostname && req.isolation.setHostname)
        env['HOSTNAME'] = req.plan.hostname;
    return env;
}
async function runShell(exec, req, command, cwd, env, isolation) {
    const { program, args } = wrapCommand(command, req.plan, isolation, req.caps, req.identity, env['PATH'] ?? '/usr/bin:/bin');
    return exec.run(program, args, { cwd, env, inheritEnv: false, silent: true });
}
/**
 * Runs one build: a fresh export of the commit at the run's path (behind disorderfs when listings
 * are reversed and it is available), the optional prepare step with the network, the command as
 * isolated as asked, then a digest and a kept copy of every declared output.
 */
async function runBuild(exec, req) {
    const treeDir = (0,external_node_path_.join)(req.runDir, 'tree');
    const buildPath = (0,external_node_path_.join)(req.runDir, ...req.plan.segments);
    const reversed = req.plan.order === 'reversed';
    const viaDisorderfs = reversed && req.caps.disorderfs;
    await (0,promises_.mkdir)(treeDir, { recursive: true });
    await (0,promises_.mkdir)(buildPath, { recursive: true });
    await exportCommit(exec, req.source, viaDisorderfs ? treeDir : buildPath, {
        reversed,
        checkoutTimes: req.checkoutTimes,
        scratchFile: (0,external_node_path_.join)(req.runDir, 'source.tar'),
    });
    await (0,promises_.rm)((0,external_node_path_.join)(req.runDir, 'source.tar'), { force: true });
    let mounted = false;
    if (viaDisorderfs) {
        const m = await exec.run('disorderfs', ['--reverse-dirents=yes', '--shuffle-dirents=no', '--quiet', treeDir, buildPath], {
            silent: true,
        });
        mounted = m.exitCode === 0;
        // No FUSE after all (a container without /dev/fuse): fall back to creation order at the build path.
        if (!mounted)
            await exportCommit(exec, req.source, buildPath, {
                reversed,
                checkoutTimes: req.checkoutTimes,
                scratchFile: (0,external_node_path_.join)(req.runDir, 'source.tar'),
            });
    }
    const cwd = req.source.subdir ? (0,external_node_path_.join)(buildPath, req.source.subdir) : buildPath;
    const env = buildEnv(req, cwd);
    const started = performance.now();
    const clockAtStart = new Date(req.now().getTime() + (req.isolation.useFaketime ? req.plan.clockShiftSeconds * 1000 : 0)).toISOString();
    let output = '';
    let exitCode = 0;
    try {
        if (req.prepare) {
            const p = await runShell(exec, req, req.prepare, cwd, env, { ...req.isolation, denyNetwork: false });
            output += p.stdout + p.stderr;
            exitCode = p.exitCode;
        }
        if (exitCode === 0) {
            const r = await runShell(exec, req, req.command, cwd, env, req.isolation);
            output += r.stdout + r.stderr;
            exitCode = r.exitCode;
        }
        const outputs = [];
        if (exitCode === 0) {
            for (const name of await (0,src/* expandGlobs */.GE)(req.outputs, cwd, { allowEmpty: true })) {
                const copy = (0,external_node_path_.join)(req.keepDir, name);
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(copy), { recursive: true });
                await (0,promises_.copyFile)((0,external_node_path_.join)(cwd, name), copy);
                outputs.push({ name, sha256: await (0,src/* digestFile */.TM)(copy), size: (await (0,promises_.stat)(copy)).size, copy });
            }
        }
        return {
            run: req.plan.run,
            buildPath,
            network: req.isolation.denyNetwork ? 'denied' : 'allowed',
            exitCode,
            seconds: (performance.now() - started) / 1000,
            clockAtStart,
            lastLines: tail(output, 20),
            log: output,
            outputs,
            orderMethod: !reversed ? 'none' : mounted ? 'disorderfs' : 'creation-order',
        };
    }
    finally {
        if (mounted)
            await exec.run('fusermount', ['-u', buildPath], { silent: true });
    }
}

;// CONCATENATED MODULE: ./packages/rebuild/src/diffoscope.ts


/** A file name for an output's report: its path with separators flattened. */
function reportName(output) {
    return output.replace(/[^A-Za-z0-9._-]+/g, '_');
}
/**
 * Runs Debian's diffoscope on two builds of one output under a deadline (coreutils `timeout`),
 * writing its text and HTML reports into `dir`. Exit 1 means "differences found", as expected here.
 */
async function runDiffoscope(exec, first, second, dir, output, timeoutSeconds) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const text = (0,external_node_path_.join)(dir, `${reportName(output)}.txt`);
    const html = (0,external_node_path_.join)(dir, `${reportName(output)}.html`);
    const started = performance.now();
    const r = await exec.run('timeout', ['--kill-after=10', String(timeoutSeconds), 'diffoscope', '--no-progress', '--text', text, '--html', html, first, second], { silent: true });
    const seconds = (performance.now() - started) / 1000;
    if (r.exitCode === 0 || r.exitCode === 1)
        return { text, html, problem: undefined, seconds };
    const why = r.exitCode === 124 || r.exitCode === 137
        ? `ran out of its ${timeoutSeconds} s`
        : `exited ${r.exitCode}: ${r.stderr.trim().split('\n').slice(-2).join(' ')}`;
    return { text: undefined, html: undefined, problem: `diffoscope ${why}`, seconds };
}

;// CONCATENATED MODULE: ./packages/rebuild/src/explain/causes.ts
const TITLES = {
    'build-path': [
        'the build path',
        'do not embed absolute paths: use paths relative to the project, or a fixed prefix (e.g. -ffile-prefix-map)',
    ],
    'embedded-date': [
        'an embedded date',
        'take the time from SOURCE_DATE_EPOCH instead of the clock (https://reproducible-builds.org/docs/source-date-epoch/)',
    ],
    'time-zone': ['the time zone', 'format dates in UTC (TZ=UTC or an explicit zone), not in the local zone'],
    locale: ['the locale', 'set LC_ALL=C.UTF-8 for the build, or format and sort without the locale'],
    'host-name': ['the host name', 'do not embed the machine name'],
    'user-name': ['the user name', 'do not embed the name of the user who built it'],
    'sort-order': ['the order of lines', 'sort the lines with a fixed collation (LC_ALL=C sort) and list directories sorted'],
    'gzip-header-time': [
        'the gzip header time',
        'compress with gzip -n (no name, no time) or set the header mtime to 0 or SOURCE_DATE_EPOCH',
    ],
    'file-mtime': [
        'file modification times',
        'set archive member times from SOURCE_DATE_EPOCH (tar --mtime=@$SOURCE_DATE_EPOCH --clamp-mtime; zip: touch -d @$SOURCE_DATE_EPOCH first)',
    ],
    'file-order': ['file order', 'add files in sorted order (tar --sort=name; zip: sort the file list)'],
    'file-mode': ['file permissions (the umask)', 'normalise modes in the archive (tar --mode=go-w,a+rX) or set umask 022 in the build'],
    'file-owner': ['file owner', 'store a fixed owner (tar --owner=0 --group=0 --numeric-owner)'],
    unknown: ['an unrecognised difference', 'read the diffoscope report (--report DIR with diffoscope installed) to see the differing bytes'],
};
const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const DATE_PATTERNS = [
    /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/,
    new RegExp(`\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun),? +(${MONTHS}) +\\d{1,2} +\\d{2}:\\d{2}`),
    new RegExp(`\\b\\d{1,2} (${MONTHS}) \\d{4} \\d{2}:\\d{2}`),
    /\b\d{2}:\d{2}:\d{2}\b/,
    /\b\d{4}-\d{2}-\d{2}\b/,
    /\b1[6-9]\d{8}(\d{3})?\b/,
];
/** The renderings of a zone's offset that date tools print: +0545, +05:45, GMT+05:45. */
function offsetTokens(timeZone) {
    if (!timeZone)
        return [];
    try {
        const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
            .formatToParts(new Date())
            .find((p) => p.type === 'timeZoneName')?.value;
        const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part ?? '');
        if (!m)
            return [];
        return [`${m[1]}${m[2]}${m[3]}`, `${m[1]}${m[2]}:${m[3]}`];
    }
    catch {
        return [];
    }
}
/** The text around a difference: the differing lines of a text, or bytes around the first differing offset. */
function differingText(content, difference) {
    if (difference?.lines && difference.lines.length > 0) {
        return [difference.lines.map((l) => l.first ?? '').join('\n'), difference.lines.map((l) => l.second ?? '').join('\n')];
    }
    const at = difference?.offset ?? 0;
    const slice = (b) => b.subarray(Math.max(0, at - 96), at + 96).toString('latin1');
    return [slice(content.first), slice(content.second)];
}
function walk(d, visit) {
    visit(d);
    for (const m of d.members ?? [])
        if (m.inner)
            walk(m.inner, visit);
}
/** Finds the explanation node for a leaf by its place (`out.tgz!package/x`). */
function leafNode(root, where, rootName) {
    if (where === rootName || where.startsWith(`${rootName} (`))
        return root;
    let found;
    const search = (d, prefix) => {
        for (const m of d.members ?? []) {
            const place = `${prefix}!${m.member}`;
            if (!m.inner)
                continue;
            if (where === place || where.startsWith(`${place} (`))
                found = m.inner;
            else if (where.startsWith(`${place}!`))
                search(m.inner, place);
        }
    };
    search(root, rootName);
    return found;
}
const cite = (s) => JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}...` : s);
/**
 * Names the likely causes of one output's difference between two runs, most specific first:
 * content that holds a run's own path, date, zone, locale, host or user, then archive metadata.
 */
function nameCauses(name, explanation, first, second) {
    const found = new Map();
    const add = (id, evidence) => {
        if (!found.has(id))
            found.set(id, evidence);
    };
    for (const content of explanation.contents) {
        const node = leafNode(explanation.difference, content.where, name);
        const [a, b] = differingText(content, node);
        const holds = (bytes, text, values) => values.find((v) => v !== undefined && v.length >= 4 && (text.includes(v) || bytes.includes(v)));
        const pathA = holds(content.first, a, first.paths);
        const pathB = holds(content.second, b, second.paths);
        if (pathA || pathB)
            add('build-path', `${content.where} holds the build folder ${pathA ?? pathB ?? ''}`);
        if (first.hostname !== second.hostname) {
            const h = holds(content.first, a, [first.hostname]) ?? holds(content.second, b, [second.hostname]);
            if (h)
                add('host-name', `${content.where} holds the host name ${h}`);
        }
        if (first.user !== second.user) {
            const u = holds(content.first, a, [first.user]) ?? holds(content.second, b, [second.user]);
            if (u)
                add('user-name', `${content.where} holds the user name ${u}`);
        }
        if (first.locale !== second.locale) {
            const l = holds(content.first, a, [first.locale]) ?? holds(content.second, b, [second.locale]);
            if (l)
                add('locale', `${content.where} holds the locale name ${l}`);
        }
        const dateA = DATE_PATTERNS.map((p) => p.exec(a)?.[0]).find(Boolean);
        const dateB = DATE_PATTERNS.map((p) => p.exec(b)?.[0]).find(Boolean);
        if (dateA && dateB && dateA !== dateB)
            add('embedded-date', `${content.where}: ${cite(dateA)} vs ${cite(dateB)}`);
        else if ((dateA ?? dateB) && node?.lines)
            add('embedded-date', `${content.where}: ${cite(dateA ?? dateB ?? '')}`);
        if (first.timeZone !== second.timeZone) {
            const zoneA = offsetTokens(first.timeZone).find((t) => a.includes(t));
            const zoneB = offsetTokens(second.timeZone).find((t) => b.includes(t));
            if ((zoneA ?? zoneB) && zoneA !== zoneB)
                add('time-zone', `${content.where} shows the zone offset ${zoneA ?? zoneB ?? ''} of TZ=${zoneA ? first.timeZone : second.timeZone}`);
        }
        if (node?.lines && node.lines.length > 1) {
            const sorted = (xs) => xs
                .filter((x) => x !== undefined)
                .sort()
                .join('\n');
            const xs = node.lines.map((l) => l.first);
            const ys = node.lines.map((l) => l.second);
            if (sorted(xs) === sorted(ys))
                add('sort-order', `${content.where}: the same ${xs.length} lines in another order from line ${node.lines[0]?.line ?? '?'}`);
        }
    }
    walk(explanation.difference, (d) => {
        const header = d.header?.find((h) => h.startsWith('header mtime'));
        if (header)
            add('gzip-header-time', `${name}: ${header}`);
        if (d.order)
            add('file-order', `${name}: member ${d.order.position + 1} is ${d.order.first} in one build and ${d.order.second} in the other`);
        for (const m of d.members ?? []) {
            const detail = (prefix) => m.details.find((x) => x.startsWith(prefix)) ?? '';
            if (m.aspects.includes('mtime'))
                add('file-mtime', `${m.member}: ${detail('mtime')}`);
            if (m.aspects.includes('mode'))
                add('file-mode', `${m.member}: ${detail('mode')}`);
            if (m.aspects.includes('owner'))
                add('file-owner', `${m.member}: ${detail('owner')}`);
        }
    });
    if (found.size === 0)
        add('unknown', explanation.difference.summary);
    return [...found].map(([id, evidence]) => ({ id, title: TITLES[id][0], evidence, fix: TITLES[id][1] }));
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./packages/rebuild/src/explain/gzip-read.ts


/** True for the gzip magic bytes. */
function looksLikeGzip(bytes) {
    return bytes.length >= 18 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 8;
}
/** Reads the first member's header. */
function readGzipHeader(bytes, source) {
    if (!looksLikeGzip(bytes))
        throw new src/* UserError */.yo(`${source} is not gzip data`);
    const flags = bytes[3] ?? 0;
    let at = 10;
    if (flags & 0x04)
        at += 2 + bytes.readUInt16LE(at); // FEXTRA
    let name;
    if (flags & 0x08) {
        const end = bytes.indexOf(0, at);
        name = bytes.subarray(at, end === -1 ? bytes.length : end).toString('latin1');
    }
    return { mtime: bytes.readUInt32LE(4), name, os: bytes[9] ?? 255, xfl: bytes[8] ?? 0 };
}
/** Decompresses gzip data (every member), refusing more than `maxBytes` of output. */
function gunzip(bytes, source, maxBytes) {
    try {
        return (0,external_node_zlib_.gunzipSync)(bytes, { maxOutputLength: maxBytes });
    }
    catch (error) {
        throw new src/* UserError */.yo(`${source} does not decompress: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./packages/rebuild/src/explain/text-diff.ts
const decoder = new TextDecoder('utf-8', { fatal: true });
/** True for content that reads as UTF-8 text with no NUL byte (the first 64 KiB decide). */
function looksLikeText(bytes) {
    const head = bytes.subarray(0, 65536);
    if (head.includes(0))
        return false;
    try {
        // A multi-byte character cut at the 64 KiB boundary is not an error of the content.
        decoder.decode(bytes.length > head.length ? head.subarray(0, head.length - 4) : head);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The first differing lines: after the common leading lines, up to `limit` pairs of lines that
 * differ (those also equal at the end are left out).
 */
function firstDifferingLines(first, second, limit = 5) {
    const a = first.split('\n');
    const b = second.split('\n');
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const out = [];
    for (let i = 0; i < Math.max(endA - start, endB - start) && out.length < limit; i++) {
        const x = start + i < endA ? a[start + i] : undefined;
        const y = start + i < endB ? b[start + i] : undefined;
        out.push({ line: start + i + 1, first: x?.slice(0, 400), second: y?.slice(0, 400) });
    }
    return out;
}
/** The first byte offset at which two buffers differ (the shorter length when one is a prefix). */
function firstDifferingByte(first, second) {
    const n = Math.min(first.length, second.length);
    // Compare in large blocks first: 100 MB outputs are common.
    const step = 1 << 16;
    for (let at = 0; at < n; at += step) {
        const end = Math.min(n, at + step);
        if (first.subarray(at, end).equals(second.subarray(at, end)))
            continue;
        for (let i = at; i < end; i++)
            if (first[i] !== second[i])
                return i;
    }
    return n;
}

;// CONCATENATED MODULE: ./packages/rebuild/src/explain/explain.ts





const DEFAULT_LIMITS = { maxInflatedBytes: 2 * 1024 ** 3, maxMembersListed: 50, maxDepth: 4 };
const iso = (seconds) => {
    const d = new Date(seconds * 1000);
    return Number.isNaN(d.getTime()) ? String(seconds) : d.toISOString().replace('.000Z', 'Z');
};
const octal = (mode) => (mode === undefined ? undefined : mode.toString(8).padStart(4, '0'));
function tarMembers(bytes, source) {
    return readTar(bytes, source).map((e) => ({
        name: e.name,
        type: e.type,
        mode: octal(e.mode),
        owner: `${e.uid}:${e.gid}${e.uname || e.gname ? ` (${e.uname}:${e.gname})` : ''}`,
        mtime: iso(e.mtime),
        link: e.linkname,
        fingerprint: () => (0,src/* digestBytes */.QN)(e.data),
        data: () => e.data,
    }));
}
function zipMembers(bytes, source) {
    return (0,src/* readZip */.ue)(bytes, source).map((e) => ({
        name: e.name,
        type: e.name.endsWith('/') ? 'directory' : 'file',
        mode: octal(e.mode),
        owner: e.uid === undefined ? undefined : `${e.uid}:${e.gid ?? ''}`,
        mtime: e.unixMtime === undefined ? e.dosTime : `${e.dosTime} (unix ${iso(e.unixMtime)})`,
        link: '',
        fingerprint: () => `${e.size}/${e.crc}`,
        data: e.data,
    }));
}
function compareMembers(first, second, where, ctx, depth) {
    const byName = new Map(second.map((m) => [m.name, m]));
    const firstNames = new Set(first.map((m) => m.name));
    const members = [];
    let differing = 0;
    const push = (d) => {
        differing++;
        if (members.length < ctx.limits.maxMembersListed)
            members.push(d);
    };
    for (const a of first) {
        const b = byName.get(a.name);
        if (!b) {
            push({ member: a.name, aspects: ['only-in-first'], details: ['only in the first build'] });
            continue;
        }
        const aspects = [];
        const details = [];
        const field = (aspect, label, x, y) => {
            if (x === y)
                return;
            if (!aspects.includes(aspect))
                aspects.push(aspect);
            details.push(`${label} ${x ?? 'none'} vs ${y ?? 'none'}`);
        };
        field('type', 'type', a.type, b.type);
        field('type', 'link target', a.link, b.link);
        field('mtime', 'mtime', a.mtime, b.mtime);
        field('mode', 'mode', a.mode, b.mode);
        field('owner', 'owner', a.owner, b.owner);
        let inner;
        if (a.type === 'file' && b.type === 'file' && a.fingerprint() !== b.fingerprint()) {
            aspects.unshift('bytes');
            const x = a.data();
            const y = b.data();
            details.unshift(`bytes differ (${x.length} vs ${y.length} bytes)`);
            inner = explainInto(`${where}!${a.name}`, x, y, ctx, depth + 1);
        }
        if (aspects.length > 0)
            push({ member: a.name, aspects, details, ...(inner ? { inner } : {}) });
    }
    for (const b of second)
        if (!firstNames.has(b.name))
            push({ member: b.name, aspects: ['only-in-second'], details: ['only in the second build'] });
    const out = { members, membersDiffering: differing, membersTotal: first.length };
    const sameSet = first.length === second.length && first.every((m) => byName.has(m.name));
    if (sameSet) {
        const position = first.findIndex((m, i) => m.name !== second[i]?.name);
        if (position !== -1)
            out.order = { position, first: first[position]?.name ?? '', second: second[position]?.name ?? '' };
    }
    return out;
}
function archiveSummary(kind, d) {
    const parts = [];
    if (d.order)
        parts.push(`member order differs from position ${d.order.position + 1}`);
    if (d.membersDiffering) {
        const aspects = [...new Set((d.members ?? []).flatMap((m) => m.aspects))];
        parts.push(`${d.membersDiffering} of ${d.membersTotal ?? '?'} members differ (${aspects.join(', ')})`);
    }
    return `${kind}: ${parts.join('; ') || 'the archives hold the same members but their bytes differ (compression or padding)'}`;
}
function gzipHeaderDifferences(a, b) {
    const out = [];
    if (a.mtime !== b.mtime)
        out.push(`header mtime ${a.mtime === 0 ? '0 (none)' : iso(a.mtime)} vs ${b.mtime === 0 ? '0 (none)' : iso(b.mtime)}`);
    if (a.name !== b.name)
        out.push(`header file name ${a.name ?? 'none'} vs ${b.name ?? 'none'}`);
    if (a.os !== b.os)
        out.push(`header OS ${a.os} vs ${b.os}`);
    if (a.xfl !== b.xfl)
        out.push(`header compression flags ${a.xfl} vs ${b.xfl}`);
    return out;
}
function explainGzip(where, first, second, ctx, depth) {
    const header = gzipHeaderDifferences(readGzipHeader(first, where), readGzipHeader(second, where));
    const x = gunzip(first, where, ctx.limits.maxInflatedBytes);
    const y = gunzip(second, where, ctx.limits.maxInflatedBytes);
    if (x.equals(y)) {
        return {
            format: 'gzip',
            header,
            summary: `gzip: the decompressed bytes are equal; ${header.length ? header.join(', ') : 'the compressed stream differs (compression level or implementation)'}`,
        };
    }
    if (looksLikeTar(x) && looksLikeTar(y)) {
        const a = tarMembers(x, where);
        const b = tarMembers(y, where);
        const npm = a.length > 0 && a.every((m) => m.name.startsWith('package/'));
        const d = compareMembers(a, b, where, ctx, depth);
        const format = npm ? 'npm-tarball' : 'tar.gz';
        const summary = archiveSummary(npm ? 'npm tarball' : 'tar.gz', d);
        return { format, header, ...d, summary: header.length ? `${summary}; ${header.join(', ')}` : summary };
    }
    const inner = explainInto(`${where} (decompressed)`, x, y, ctx, depth + 1);
    return { ...inner, format: 'gzip', header, summary: `gzip: ${inner.summary}${header.length ? `; ${header.join(', ')}` : ''}` };
}
function explainInto(where, first, second, ctx, depth) {
    if (depth <= ctx.limits.maxDepth) {
        try {
            if (looksLikeGzip(first) && looksLikeGzip(second))
                return explainGzip(where, first, second, ctx, depth);
            if ((0,src/* looksLikeZip */.fw)(first) && (0,src/* looksLikeZip */.fw)(second)) {
                const d = compareMembers(zipMembers(first, where), zipMembers(second, where), where, ctx, depth);
                return { format: 'zip', ...d, summary: archiveSummary('zip', d) };
            }
            if (looksLikeTar(first) && looksLikeTar(second)) {
                const d = compareMembers(tarMembers(first, where), tarMembers(second, where), where, ctx, depth);
                return { format: 'tar', ...d, summary: archiveSummary('tar', d) };
            }
        }
        catch (error) {
            // A damaged archive is still a difference: fall through to the byte comparison, saying why.
            ctx.contents.push({ where, first, second });
            const offset = firstDifferingByte(first, second);
            return {
                format: 'binary',
                offset,
                sizes: [first.length, second.length],
                summary: `unreadable as an archive (${(0,src/* errorMessage */.gJ)(error)}); bytes differ from offset ${offset}`,
            };
        }
    }
    ctx.contents.push({ where, first, second });
    if (looksLikeText(first) && looksLikeText(second)) {
        const lines = firstDifferingLines(first.toString('utf8'), second.toString('utf8'));
        return {
            format: 'text',
            lines,
            summary: lines.length ? `text: line ${lines[0]?.line ?? '?'} differs` : 'text: the same lines with different line endings or padding',
        };
    }
    const offset = firstDifferingByte(first, second);
    return {
        format: 'binary',
        offset,
        sizes: [first.length, second.length],
        summary: `binary: bytes differ from offset ${offset} (sizes ${first.length} and ${second.length})`,
    };
}
/** Explains where two builds of one output differ: archive members and aspects, text lines, or a byte offset. */
function explainDifference(name, first, second, limits = DEFAULT_LIMITS) {
    const ctx = { limits, contents: [] };
    return { difference: explainInto(name, first, second, ctx, 0), contents: ctx.contents };
}

;// CONCATENATED MODULE: ./packages/rebuild/src/verdict.ts
function hermeticity(f) {
    if (f.req.network === 'allow')
        return { hermetic: 'not-isolated', reason: 'the builds ran with the network (--network allow): hermeticity was not checked' };
    if (!f.wantIsolation)
        return {
            hermetic: 'not-isolated',
            reason: `not isolated: ${f.caps.namespaceProblem ?? 'no network namespace'}; the builds ran with the network`,
        };
    if (f.needsNetwork)
        return {
            hermetic: 'no',
            reason: `needs the network: run ${f.needsNetwork.run} failed without it (exit ${f.needsNetwork.exitCode}) and passed with it`,
        };
    if (f.buildFailure)
        return { hermetic: 'not-isolated', reason: 'the build failed with the network too, so hermeticity is unknown' };
    if (f.runs.some((r) => r.network !== 'denied'))
        return { hermetic: 'not-isolated', reason: 'a build ran with the network' };
    return {
        hermetic: 'yes',
        reason: `every build ran in a network namespace with no interfaces (${f.caps.namespaces === 'sudo' ? 'sudo unshare --net' : 'unshare --net'})`,
    };
}
/** Turns what the runs found into the verdict, the exit code and the headline. */
function summarise(f) {
    const { hermetic, reason } = hermeticity(f);
    const produced = f.outputs.filter((o) => o.digests.some((d) => d !== ''));
    const verdict = f.buildFailure
        ? 'build-failed'
        : produced.length === 0
            ? 'no-outputs'
            : f.outputs.every((o) => o.reproducible)
                ? 'reproducible'
                : 'not-reproducible';
    const reproducible = verdict === 'reproducible';
    const hermeticOk = f.req.network === 'allow' || hermetic === 'yes';
    const exitCode = reproducible && hermeticOk ? 0 : 1;
    const differing = f.outputs.filter((o) => !o.reproducible);
    const causes = [...new Set(differing.flatMap((o) => o.difference?.causes.map((c) => c.title) ?? []))];
    const headline = verdict === 'build-failed'
        ? `the build failed in run ${f.buildFailure?.run ?? '?'} (exit ${f.buildFailure?.exitCode ?? '?'}), with the network too`
        : verdict === 'no-outputs'
            ? `no file matched --outputs ${f.req.outputs.join(' ')}: nothing to compare`
            : reproducible
                ? `reproducible: ${produced.length} output(s) identical in ${f.runs.length} builds${hermetic === 'yes' ? ', hermetic' : `; ${reason}`}`
                : `not reproducible: ${differing.map((o) => o.name).join(', ')} differ${causes.length ? ` (likely ${causes.join(', ')})` : ''}${f.needsNetwork ? `; ${reason}` : ''}`;
    return {
        verdict,
        reproducible,
        hermetic,
        hermeticReason: reason,
        needsNetwork: f.needsNetwork,
        buildFailure: f.buildFailure,
        source: {
            commit: f.source.commit,
            commitTime: new Date(f.source.commitTime * 1000).toISOString(),
            sourceDateEpoch: f.source.commitTime,
            subdir: f.source.subdir,
            dirty: f.source.dirty,
            remote: f.source.remote,
        },
        command: f.req.command,
        prepare: f.req.prepare,
        outputPatterns: f.req.outputs,
        network: f.req.network,
        varied: f.req.vary,
        notVaried: f.notVaried,
        runs: f.runs,
        outputs: f.outputs,
        exitCode,
        headline,
    };
}

;// CONCATENATED MODULE: ./packages/rebuild/src/rebuild.ts











// Without faketime the real clock must move on between runs, enough for second-resolution stamps.
const MIN_SPACING_MS = 3_000;
function notVaried(vary, caps, network) {
    const out = [];
    if (vary.includes('hostname') && caps.namespaces === 'none')
        out.push({ variation: 'hostname', reason: caps.namespaceProblem ?? 'no UTS namespace' });
    if (vary.includes('time') && !caps.faketime)
        out.push({ variation: 'time', reason: 'faketime is not installed: the real clock, runs at least 3 s apart' });
    if (vary.includes('order') && !caps.disorderfs)
        out.push({
            variation: 'order',
            reason: 'disorderfs is not available: files are created in reverse order, which changes listings only on some file systems',
        });
    if (vary.includes('locale') && caps.locales.every((l) => /^(C|POSIX)(\..*)?$/i.test(l)))
        out.push({ variation: 'locale', reason: 'only the C locales are installed: LANG changes, collation does not' });
    void network;
    return out;
}
function environmentOf(plan, record, caps, useFaketime) {
    return {
        run: plan.run,
        buildPath: record.buildPath,
        network: record.network,
        clockAtStart: record.clockAtStart,
        clockShiftSeconds: useFaketime ? plan.clockShiftSeconds : 0,
        timeZone: plan.timeZone,
        locale: plan.locale,
        umask: plan.umask,
        hostname: caps.namespaces !== 'none' ? plan.hostname : undefined,
        user: plan.user,
        order: record.orderMethod === 'none' ? 'natural' : `reversed (${record.orderMethod})`,
    };
}
function factsOf(plan, record, source) {
    const cwd = source.subdir ? (0,external_node_path_.join)(record.buildPath, source.subdir) : record.buildPath;
    return { paths: [cwd, record.buildPath], hostname: plan.hostname, user: plan.user, timeZone: plan.timeZone, locale: plan.locale };
}
/**
 * Rebuilds the commit at `cwd` `runs` times, each in a fresh export under varied conditions,
 * compares every declared output's sha256 (and the published files', when given), explains
 * each difference and names its likely cause. It never builds the working tree, and removes only
 * the folders it made.
 */
async function rebuild(req, ports) {
    if (req.runs < 2)
        throw new src/* UserError */.yo('A rebuild needs at least 2 runs to compare', { code: src/* errorCodes */.fv.usage });
    const source = await findSourceCommit(ports.exec, req.cwd);
    if (source.dirty)
        ports.log(`note: the working tree has uncommitted changes; the rebuild builds commit ${source.commit.slice(0, 12)} only`);
    if (req.reportDir)
        await (0,src/* prepareOwnedDir */.gT)(req.reportDir, { what: 'the rebuild report folder', protect: [source.top, req.cwd] });
    const caps = await probeCapabilities(ports.exec, req.identity);
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(req.scratchDir, 'slipway-rebuild-'));
    await (0,src/* prepareOwnedDir */.gT)(scratch, { what: 'the rebuild scratch folder' });
    const keepRoot = req.reportDir ? (0,external_node_path_.join)(req.reportDir, 'runs') : (0,external_node_path_.join)(scratch, 'kept');
    const plans = planRuns(req.runs, req.vary, caps.locales);
    const wantIsolation = req.network === 'deny' && caps.namespaces !== 'none';
    const useFaketime = req.vary.includes('time') && caps.faketime;
    const records = [];
    let needsNetwork;
    let buildFailure;
    try {
        let lastStart = 0;
        for (const plan of plans) {
            const wait = lastStart + MIN_SPACING_MS - ports.clock.now().getTime();
            if (req.vary.includes('time') && !useFaketime && wait > 0)
                await ports.sleep(wait);
            lastStart = ports.clock.now().getTime();
            // The same folder for every run when the path is not varied (each copy is removed after its run).
            const runDir = (0,external_node_path_.join)(scratch, req.vary.includes('path') ? `r${plan.run}` : 'r');
            const build = (denyNetwork) => runBuild(ports.exec, {
                source,
                plan,
                command: req.command,
                prepare: req.prepare,
                outputs: req.outputs,
                isolation: { denyNetwork, setHostname: plan.hostname !== undefined && caps.namespaces !== 'none', useFaketime },
                caps,
                identity: req.identity,
                baseEnv: req.baseEnv,
                runDir,
                keepDir: (0,external_node_path_.join)(keepRoot, `run-${plan.run}`),
                checkoutTimes: req.vary.includes('time'),
                now: () => ports.clock.now(),
            });
            ports.log(`run ${plan.run}/${plans.length}: building ${source.commit.slice(0, 12)} at ${(0,external_node_path_.join)(runDir, ...plan.segments)}`);
            let record = await build(wantIsolation && !needsNetwork);
            await (0,promises_.rm)(runDir, { recursive: true, force: true });
            if (record.exitCode !== 0 && record.network === 'denied') {
                ports.log(`run ${plan.run}: failed without the network (exit ${record.exitCode}); trying again with it`);
                const denied = record;
                record = await build(false);
                await (0,promises_.rm)(runDir, { recursive: true, force: true });
                if (record.exitCode === 0)
                    needsNetwork = { run: plan.run, exitCode: denied.exitCode, lastLines: denied.lastLines };
            }
            ports.log(`run ${plan.run}: exit ${record.exitCode} in ${record.seconds.toFixed(1)} s, ${record.outputs.length} output(s)`);
            if (req.reportDir)
                await (0,src/* writeTextFile */.Tl)((0,external_node_path_.join)(req.reportDir, 'runs', `run-${plan.run}.log`), record.log, { what: 'a build log' });
            records.push({ plan, record });
            if (record.exitCode !== 0) {
                buildFailure = { run: plan.run, exitCode: record.exitCode, lastLines: record.lastLines };
                break;
            }
        }
        const outputs = buildFailure ? [] : await compareOutputs(records, source, req, caps, ports);
        const runs = records.map(({ plan, record }) => {
            const { log: _log, ...kept } = record;
            return {
                ...kept,
                outputs: record.outputs.map((o) => ({ name: o.name, sha256: o.sha256, size: o.size })),
                environment: environmentOf(plan, record, caps, useFaketime),
            };
        });
        const result = summarise({
            req,
            source,
            caps,
            wantIsolation,
            needsNetwork,
            buildFailure,
            runs,
            outputs,
            notVaried: notVaried(req.vary, caps, req.network),
        });
        if (req.reportDir)
            await (0,src/* writeTextFile */.Tl)((0,external_node_path_.join)(req.reportDir, 'result.json'), `${JSON.stringify(result, null, 2)}\n`, { what: 'the rebuild result' });
        return result;
    }
    finally {
        await (0,src/* removeOwnedDir */.vJ)(scratch, { what: 'the rebuild scratch folder' });
    }
}
async function compareOutputs(records, source, req, caps, ports) {
    const names = [...new Set(records.flatMap((r) => r.record.outputs.map((o) => o.name)))].sort();
    const verdicts = [];
    const [reference] = records;
    for (const name of names) {
        const per = records.map((r) => r.record.outputs.find((o) => o.name === name));
        const digests = per.map((o) => o?.sha256 ?? '');
        const published = (req.published ?? []).find((p) => p.name === name) ?? (req.published ?? []).find((p) => (0,external_node_path_.basename)(p.name) === (0,external_node_path_.basename)(name));
        const allSame = digests.every((d) => d !== '' && d === digests[0]);
        const matches = published ? published.sha256 === digests[0] : true;
        const verdict = { name, digests, reproducible: allSame && matches };
        if (published)
            verdict.published = { sha256: published.sha256, matches };
        const firstCopy = per[0];
        const otherIndex = digests.findIndex((d) => d !== digests[0]);
        const other = otherIndex > 0 ? records[otherIndex] : undefined;
        const otherCopy = otherIndex > 0 ? per[otherIndex] : undefined;
        if (reference && firstCopy && (otherCopy || (published?.path && !matches))) {
            const secondPath = otherCopy?.copy ?? published?.path ?? '';
            const between = otherCopy ? `run 1 and run ${otherIndex + 1}` : `run 1 and the published ${published?.name ?? ''}`;
            const explanation = explainDifference(name, await (0,promises_.readFile)(firstCopy.copy), await (0,promises_.readFile)(secondPath));
            const firstFacts = factsOf(reference.plan, reference.record, source);
            const secondFacts = other ? factsOf(other.plan, other.record, source) : { ...firstFacts, paths: [] };
            verdict.difference = { between, explanation: explanation.difference, causes: nameCauses(name, explanation, firstFacts, secondFacts) };
            if (req.diffoscope && caps.diffoscope && req.reportDir) {
                ports.log(`diffoscope: ${name} (${between})`);
                verdict.diffoscope = await runDiffoscope(ports.exec, firstCopy.copy, secondPath, (0,external_node_path_.join)(req.reportDir, 'diffoscope'), name, req.diffoscopeTimeoutSeconds ?? 900);
            }
        }
        verdicts.push(verdict);
    }
    for (const p of req.published ?? []) {
        if (!verdicts.some((v) => v.published && (v.name === p.name || (0,external_node_path_.basename)(v.name) === (0,external_node_path_.basename)(p.name)))) {
            verdicts.push({ name: p.name, digests: records.map(() => ''), reproducible: false, published: { sha256: p.sha256, matches: false } });
        }
    }
    return verdicts;
}

// EXTERNAL MODULE: ./packages/supply-chain/src/index.ts + 21 modules
var supply_chain_src = __nccwpck_require__(6369);
;// CONCATENATED MODULE: ./packages/rebuild/src/attestation.ts



/** SLSA's Verification Summary Attestation predicate type. */
const VERIFICATION_SUMMARY_V1 = 'https://slsa.dev/verification_summary/v1';
/** The level a rebuild grants when every output was identical in every build. */
const REPRODUCIBLE_LEVEL = 'SLIPWAY_REPRODUCIBLE_BUILD';
/** The level a rebuild grants when, besides, every build ran without the network. */
const HERMETIC_LEVEL = 'SLIPWAY_HERMETIC_BUILD';
/** The policy a rebuild verifies against (its parameters are digested into `policy.digest`). */
const REBUILD_POLICY_URI = 'https://slipway.dev/policies/reproducible-build/v1';
/** The extension field (a URI, as the spec allows) that carries the runs' environments. */
const REBUILD_DETAILS_FIELD = 'https://slipway.dev/reproducible-build/v1';
/** The verifier id used when the caller names none. */
const DEFAULT_VERIFIER_ID = 'https://slipway.dev/reproducible-build';
/** The subjects a verdict speaks for: the published files when given, else run 1's outputs. */
function verdictSubjects(result) {
    const seen = new Set();
    const out = [];
    for (const o of result.outputs) {
        const sha256 = o.published?.sha256 ?? o.digests[0] ?? '';
        if (!sha256 || seen.has(sha256))
            continue;
        seen.add(sha256);
        out.push({ name: (0,external_node_path_.basename)(o.name), digest: { sha256 } });
    }
    return out;
}
/** The policy's parameters, digested so that two verdicts name the same check only when it was the same check. */
function policyParameters(result) {
    return {
        command: result.command,
        prepare: result.prepare ?? null,
        outputs: result.outputPatterns,
        runs: result.runs.length,
        network: result.network,
        vary: result.varied,
    };
}
/**
 * The in-toto statement of a rebuild's verdict: PASSED with SLIPWAY_REPRODUCIBLE_BUILD (and
 * SLIPWAY_HERMETIC_BUILD when no build had the network) only when the check passed as asked;
 * otherwise FAILED. The runs' environments go in the extension field.
 */
function buildVerificationSummary(result, ctx) {
    const subjects = verdictSubjects(result);
    const passed = result.exitCode === 0;
    const levels = passed ? [REPRODUCIBLE_LEVEL, ...(result.hermetic === 'yes' ? [HERMETIC_LEVEL] : [])] : ['FAILED'];
    return (0,supply_chain_src/* makeStatement */.UT)(subjects, VERIFICATION_SUMMARY_V1, {
        verifier: { id: ctx.verifierId, ...(ctx.verifierVersion ? { version: { slipway: ctx.verifierVersion } } : {}) },
        timeVerified: ctx.time.toISOString(),
        resourceUri: ctx.resourceUri,
        policy: { uri: REBUILD_POLICY_URI, digest: { sha256: (0,src/* digestBytes */.QN)(JSON.stringify(policyParameters(result))) } },
        verificationResult: passed ? 'PASSED' : 'FAILED',
        verifiedLevels: levels,
        slsaVersion: '1.0',
        [REBUILD_DETAILS_FIELD]: {
            verdict: result.verdict,
            reproducible: result.reproducible,
            hermetic: result.hermetic,
            hermeticReason: result.hermeticReason,
            source: result.source,
            policy: policyParameters(result),
            runs: result.runs.map((r) => ({
                ...r.environment,
                exitCode: r.exitCode,
                seconds: Math.round(r.seconds * 10) / 10,
                outputs: r.outputs,
            })),
            notVaried: result.notVaried,
            differences: result.outputs
                .filter((o) => o.difference)
                .map((o) => ({
                output: o.name,
                between: o.difference?.between,
                summary: o.difference?.explanation.summary,
                causes: o.difference?.causes.map((c) => c.id),
            })),
        },
    });
}
/** The resource a verdict is about: the source repository at the commit, without credentials. */
function sourceResourceUri(result, repositoryUrl) {
    const url = repositoryUrl ?? result.source.remote;
    if (!url)
        return `urn:slipway:git-commit:${result.source.commit}`;
    return `git+${url.replace(/^git\+/, '')}@${result.source.commit}`;
}
/** Signs the verdict as a DSSE bundle, as the suite's other attestations are signed. */
async function signVerificationSummary(statement, method) {
    return (0,supply_chain_src/* signDsse */.Be)(Buffer.from(JSON.stringify(statement)), supply_chain_src/* IN_TOTO_PAYLOAD_TYPE */.T4, method);
}

;// CONCATENATED MODULE: ./packages/rebuild/src/check.ts



/** One record per output for ci-metrics' "reproducible builds %". */
function reproducibilityRecords(result) {
    return result.outputs.map((o) => ({
        type: 'reproducibility',
        subject: o.name,
        reproducible: o.reproducible,
        hermetic: result.hermetic,
        ...(o.published?.sha256 || o.digests[0] ? { digest: `sha256:${o.published?.sha256 ?? o.digests[0] ?? ''}` } : {}),
        runs: result.runs.length,
    }));
}
/**
 * The reproducible-build check, as the CLI and the action run it: rebuild, then sign the
 * Verification Summary Attestation (PASSED or FAILED) when asked and write it. A verdict with no
 * output to name (the build failed) has nothing to attest and says so.
 */
async function checkReproducible(req, attest, ports) {
    // Before any build: the attestation written onto a published file would replace what was checked.
    if (attest) {
        const published = (req.published ?? []).flatMap((p) => (p.path ? [{ path: p.path, name: 'the expected file' }] : []));
        await (0,src/* assertDistinctOutputs */.zW)(published, [{ path: attest.path, name: 'the attestation' }]);
    }
    const result = await rebuild(req, ports);
    let attestation;
    let attestationSkipped;
    if (attest && verdictSubjects(result).length === 0)
        attestationSkipped = `no attestation written: ${result.headline}, so no output has a digest to attest`;
    else if (attest) {
        const statement = buildVerificationSummary(result, {
            verifierId: attest.verifierId,
            verifierVersion: attest.verifierVersion,
            resourceUri: sourceResourceUri(result, attest.repositoryUrl),
            time: ports.clock.now(),
        });
        const bundle = await signVerificationSummary(statement, attest.method);
        await (0,src/* writeTextFile */.Tl)(attest.path, bundle.text, { what: 'the rebuild attestation' });
        attestation = { path: attest.path, statement, bundle };
    }
    return { result, attestation, attestationSkipped, records: reproducibilityRecords(result) };
}

;// CONCATENATED MODULE: ./packages/rebuild/src/published.ts



/** The files a build published (downloaded from the build job), as what the rebuild must match. */
async function publishedFromFiles(paths, what) {
    const out = [];
    for (const path of paths) {
        const info = await (0,promises_.stat)(path).catch((error) => {
            throw new src/* UserError */.yo(`Cannot read ${what} ${path}: ${(0,src/* describeFsError */.TQ)(error)}`, { code: src/* errorCodes */.fv.inputUnreadable, cause: error });
        });
        if (!info.isFile())
            throw new src/* UserError */.yo(`${what} ${path} is not a file`, { code: src/* errorCodes */.fv.inputUnreadable });
        out.push({ name: (0,external_node_path_.basename)(path), sha256: await (0,src/* digestFile */.TM)(path), path });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/rebuild/src/report.ts

function differenceLines(d, indent) {
    const out = [`${indent}${d.summary}`];
    for (const l of d.lines ?? [])
        out.push(`${indent}  line ${l.line}: ${JSON.stringify(l.first ?? '(none)')} vs ${JSON.stringify(l.second ?? '(none)')}`);
    for (const m of (d.members ?? []).slice(0, 10)) {
        out.push(`${indent}  ${m.member}: ${m.details.join('; ')}`);
        if (m.inner && (m.inner.lines?.length || m.inner.members?.length))
            out.push(...differenceLines(m.inner, `${indent}    `));
    }
    if ((d.membersDiffering ?? 0) > 10)
        out.push(`${indent}  ...and ${(d.membersDiffering ?? 0) - 10} more members`);
    return out;
}
/** The result as lines for a terminal. */
function formatRebuildText(result) {
    const out = [`${result.exitCode === 0 ? 'PASS' : 'FAIL'} ${result.headline}`];
    out.push(`  commit ${result.source.commit} (SOURCE_DATE_EPOCH=${result.source.sourceDateEpoch}), ${result.runs.length} run(s), network ${result.network}`);
    out.push(`  hermetic: ${result.hermetic} - ${result.hermeticReason}`);
    out.push(`  varied: ${result.varied.join(', ') || 'nothing'}`);
    for (const n of result.notVaried)
        out.push(`  not varied: ${n.variation} - ${n.reason}`);
    for (const o of result.outputs) {
        out.push(`  ${o.reproducible ? 'same' : 'DIFFERS'} ${o.name} ${o.digests.map((d) => (d ? d.slice(0, 16) : 'missing')).join(' / ')}${o.published ? ` published ${o.published.sha256.slice(0, 16)} ${o.published.matches ? 'matches' : 'DOES NOT MATCH'}` : ''}`);
        if (o.difference) {
            out.push(`    between ${o.difference.between}:`);
            out.push(...differenceLines(o.difference.explanation, '    '));
            for (const c of o.difference.causes)
                out.push(`    likely cause: ${c.title} (${c.evidence}); fix: ${c.fix}`);
        }
        if (o.diffoscope?.text)
            out.push(`    diffoscope: ${o.diffoscope.text}, ${o.diffoscope.html ?? ''}`);
        if (o.diffoscope?.problem)
            out.push(`    diffoscope: ${o.diffoscope.problem}`);
    }
    const failure = result.needsNetwork ?? result.buildFailure;
    if (failure) {
        out.push(`  ${result.needsNetwork ? 'needs the network' : 'build failed'}: run ${failure.run} exit ${failure.exitCode}; last output:`);
        out.push(...failure.lastLines.map((l) => `    | ${l}`));
    }
    return `${out.join('\n')}\n`;
}
/** The result as a job summary section. */
function formatRebuildMarkdown(result, bundlePath) {
    const md = new src/* Markdown */.oz().heading(`Reproducible build: ${result.exitCode === 0 ? 'passed' : 'failed'}`);
    md.table(['', ''], [
        ['Verdict', result.headline],
        ['Hermetic', `${result.hermetic}: ${result.hermeticReason}`],
        ['Commit', `${result.source.commit} (SOURCE_DATE_EPOCH ${result.source.sourceDateEpoch})`],
        ['Varied', result.varied.join(', ') || 'nothing'],
        ...result.notVaried.map((n) => [`Not varied: ${n.variation}`, n.reason]),
        ['Attestation', bundlePath ?? 'not written'],
    ]);
    md.table(['Output', 'Same in every run', ...result.runs.map((r) => `run ${r.run}`)], result.outputs.map((o) => [o.name, o.reproducible ? 'yes' : 'NO', ...o.digests.map((d) => (d ? `${d.slice(0, 12)}\u2026` : 'missing'))]));
    const differing = result.outputs.filter((o) => o.difference);
    if (differing.length > 0) {
        md.details('Where the outputs differ, and the likely causes', differing
            .map((o) => `**${o.name}** (${o.difference?.between ?? ''})\n\n\`\`\`\n${differenceLines(o.difference?.explanation ?? { format: 'binary', summary: '' }, '').join('\n')}\n\`\`\`\n\n${(o.difference?.causes ?? []).map((c) => `- likely **${c.title}**: ${c.evidence}. Fix: ${c.fix}`).join('\n')}`)
            .join('\n\n'));
    }
    const failure = result.needsNetwork ?? result.buildFailure;
    if (failure)
        md.details(`${result.needsNetwork ? 'Needs the network' : 'Build failed'}: run ${failure.run}, exit ${failure.exitCode}`, `\`\`\`\n${failure.lastLines.join('\n')}\n\`\`\``);
    return md.toString();
}

;// CONCATENATED MODULE: ./packages/rebuild/src/index.ts
// The public API of @slipway/rebuild: rebuild a commit under varied conditions, explain
// differences, and record the verdict as a signed SLSA Verification Summary Attestation.
















/***/ }),

/***/ 6369:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T4: () => (/* reexport */ statement_IN_TOTO_PAYLOAD_TYPE),
  j8: () => (/* reexport */ actionsIdentityProvider),
  $Z: () => (/* reexport */ cachedIdentity),
  UT: () => (/* reexport */ statement_makeStatement),
  Be: () => (/* reexport */ sign/* signDsse */.Be),
  lf: () => (/* reexport */ signingInputSchema),
  qG: () => (/* reexport */ signingMethodFromInputs)
});

// UNUSED EXPORTS: ANNOTATION, COSIGN_SIGN_PREDICATE, EMPTY_CONFIG, GITHUB_WORKFLOW_BUILD_TYPE, MANIFEST_ACCEPT, MEDIA, OciClient, PUBLIC_GOOD_FULCIO, PUBLIC_GOOD_REKOR, SIMPLE_SIGNING_TYPE, SLSA_PROVENANCE_V1, STATEMENT_TYPE_V1, attachAttestation, attachBundle, attestationTag, buildClaimsFrom, buildSlsaProvenance, bundleFromValue, bundleReferrerManifest, bundleStatement, checkKeyFits, checkRegistryInputs, classicSignatureAnnotations, connectRegistry, cosignSignStatement, createProvenance, credentialHelperFor, credentialsFor, decodeStatement, dockerConfigDir, fetchClassicSignatures, fetchReferrerBundles, formatReference, imageSubject, jwtClaims, keySigner, parseBundle, parseChallenge, parseChecksums, parseDigestReference, parseDockerConfig, parseImageReference, provenanceInputPaths, readDockerConfig, referrersFallbackTag, registryInputSchema, repositoryName, sha256Digest, signBlob, signImage, signatureTag, signingMethod, simpleSigningPayload, staticIdentityProvider, subjectDescriptor, subjectsFromPaths, uniqueSubjects, uploadAttestation

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 15 modules
var src = __nccwpck_require__(191);
;// CONCATENATED MODULE: ./packages/supply-chain/src/subjects.ts


const HEX64 = /^[a-f0-9]{64}$/;
/** Runs `fn` over `items` with at most `limit` in flight, keeping the order of results. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        for (let i = next++; i < items.length; i = next++)
            out[i] = await fn(items[i]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
/**
 * Subjects for the files matching `patterns` under `cwd`: the file name (as GitHub's attest
 * action names it) and the streamed sha256. No match is an error naming the patterns.
 */
async function subjectsFromPaths(patterns, cwd) {
    const files = await expandGlobs(patterns, cwd, { what: 'subject files' });
    return mapLimit(files, 8, async (file) => ({ name: basename(file), digest: { sha256: await digestFile(resolve(cwd, file)) } }));
}
/**
 * The files a provenance run reads (the subject files, the checksums file, a key file), each
 * named by its flag or input, for core's output-is-input check before anything is signed.
 */
async function provenanceInputPaths(sources, cwd, names) {
    const files = sources.subjectPaths.length > 0 ? await expandGlobs(sources.subjectPaths, cwd, { what: 'subject files' }) : [];
    return [
        ...files.map((f) => ({ path: resolve(cwd, f), name: names.subjectPaths })),
        ...(sources.checksums ? [{ path: resolve(cwd, sources.checksums), name: names.checksums }] : []),
        ...(sources.key && names.key ? [{ path: resolve(cwd, sources.key), name: names.key }] : []),
    ];
}
/**
 * Parses a `sha256sum` output file (`<hex>  <name>` or `<hex> *<name>` per line). Errors name
 * the source and the line; an empty file is an error (no subjects would be attested).
 */
function parseChecksums(text, source) {
    const subjects = [];
    for (const [i, raw] of text.split(/\r?\n/).entries()) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const m = /^([A-Fa-f0-9]+)\s+\*?(.+)$/.exec(line);
        if (!m || !HEX64.test((m[1] ?? '').toLowerCase())) {
            throw new UserError(`${source} line ${i + 1} is not a sha256sum line: '${line.slice(0, 80)}'`, {
                hint: 'each line must be a 64-digit sha256 hex digest, whitespace and the file name (the output of `sha256sum FILES`)',
            });
        }
        subjects.push({ name: (m[2] ?? '').trim(), digest: { sha256: (m[1] ?? '').toLowerCase() } });
    }
    if (subjects.length === 0)
        throw new UserError(`${source} lists no checksums`, { hint: 'write it with `sha256sum FILES > checksums.txt`' });
    return subjects;
}
/** The subject for an image: its name without tag or digest, and the manifest's sha256. */
function imageSubject(name, digest) {
    const m = /^sha256:([a-f0-9]{64})$/.exec(digest.trim());
    if (!m) {
        throw new UserError(`The image digest '${digest}' is not a sha256 digest`, {
            hint: 'pass the manifest digest as sha256:<64 hex digits>, e.g. the `digest` output of docker/build-push-action',
        });
    }
    const bare = name.trim().replace(/@sha256:[a-f0-9]{64}$/, '');
    const lastSlash = bare.lastIndexOf('/');
    const colon = bare.lastIndexOf(':');
    const withoutTag = colon > lastSlash ? bare.slice(0, colon) : bare;
    if (withoutTag === '')
        throw new UserError('The image name is empty', { hint: 'pass the image name, e.g. ghcr.io/org/app' });
    return { name: withoutTag, digest: { sha256: m[1] ?? '' } };
}
/** Drops exact duplicates (same name and digest), keeping the first occurrence's order. */
function subjects_uniqueSubjects(subjects) {
    const seen = new Set();
    return subjects.filter((s) => {
        const key = `${s.name}\0${s.digest.sha256}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./packages/supply-chain/src/statement.ts

const statement_STATEMENT_TYPE_V1 = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
const statement_IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Assembles a statement; at least one subject is required by the spec. */
function statement_makeStatement(subjects, predicateType, predicate) {
    if (subjects.length === 0)
        throw new Error('makeStatement: an in-toto statement needs at least one subject');
    return { _type: statement_STATEMENT_TYPE_V1, subject: [...subjects], predicateType, predicate };
}
const subject = src/* decode.object */.D4.object({
    name: src/* decode.withDefault */.D4.withDefault(src/* decode.string */.D4.string, ''),
    digest: src/* decode.record */.D4.record(src/* decode.string */.D4.string),
});
/** Decodes an in-toto Statement v1 (the predicate stays unknown); errors name the field. */
const statement_decodeStatement = src/* decode.map */.D4.map(src/* decode.object */.D4.object({
    _type: src/* decode.literal */.D4.literal(statement_STATEMENT_TYPE_V1),
    subject: src/* decode.array */.D4.array(subject),
    predicateType: src/* decode.string */.D4.string,
    predicate: src/* decode.withDefault */.D4.withDefault(src/* decode.unknown */.D4.unknown, {}),
}), (s) => ({
    _type: s._type,
    subject: s.subject.map((x) => ({ name: x.name, digest: { ...x.digest, sha256: x.digest['sha256'] ?? '' } })),
    predicateType: s.predicateType,
    predicate: s.predicate,
}));

;// CONCATENATED MODULE: ./packages/supply-chain/src/slsa-provenance.ts

const slsa_provenance_SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** GitHub's build type, which `gh attestation verify` and slsa-verifier read. */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
const REQUIRED = (/* unused pure expression or super */ null && ([
    'repository',
    'repository_id',
    'repository_owner_id',
    'ref',
    'sha',
    'event_name',
    'workflow_ref',
    'job_workflow_ref',
    'run_id',
    'run_attempt',
    'runner_environment',
]));
/** What each claim must look like, and an example of a good value; the provenance is signed, so nothing malformed goes in. */
const SHAPES = {
    repository: { test: /^[A-Za-z0-9](?:[A-Za-z0-9-]*)\/[A-Za-z0-9._-]+$/, expected: 'OWNER/REPO, e.g. octo-org/app' },
    repository_id: { test: /^\d{1,20}$/, expected: 'a number, e.g. 123456789' },
    repository_owner_id: { test: /^\d{1,20}$/, expected: 'a number, e.g. 9919' },
    ref: { test: /^refs\/\S+$/, expected: 'a full ref, e.g. refs/heads/main or refs/tags/v1.2.0' },
    sha: { test: /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i, expected: 'a full commit id: 40 (or 64) hex digits' },
    event_name: { test: /^[a-z][a-z_]*$/, expected: 'an event name, e.g. push or workflow_dispatch' },
    workflow_ref: {
        test: /^[^/@\s]+\/[^/@\s]+\/[^@\s]+@\S+$/,
        expected: 'OWNER/REPO/PATH@REF, e.g. octo-org/app/.github/workflows/ci.yml@refs/heads/main',
    },
    job_workflow_ref: {
        test: /^[^/@\s]+\/[^/@\s]+\/[^@\s]+@\S+$/,
        expected: 'OWNER/REPO/PATH@REF, e.g. octo-org/app/.github/workflows/build.yml@refs/heads/main',
    },
    run_id: { test: /^\d{1,20}$/, expected: 'a run number, e.g. 9876543210' },
    run_attempt: { test: /^[1-9]\d{0,5}$/, expected: 'an attempt number: 1 or more' },
    runner_environment: { test: /^(?:github-hosted|self-hosted)$/, expected: 'github-hosted or self-hosted' },
};
/**
 * Picks the build claims out of decoded OIDC claims or any record. A missing one is an error
 * naming it; so is a malformed one (`--sha nope`, `--run-attempt abc`), naming the flag or
 * variable and what it must look like, before anything is signed.
 */
function buildClaimsFrom(source, origin, naming = {}) {
    const out = {};
    const missing = [];
    for (const key of REQUIRED) {
        const v = source[key];
        if ((typeof v === 'string' && v !== '') || typeof v === 'number')
            out[key] = String(v);
        else
            missing.push(key);
    }
    if (missing.length > 0) {
        throw new UserError(`The build context from ${origin} lacks ${[...new Set(missing.map((k) => naming.names?.[k] ?? k))].join(', ')}`, {
            hint: 'on GitHub these come from the job (grant `id-token: write` for the OIDC claims); elsewhere pass them as flags',
            ...(naming.code ? { code: naming.code } : {}),
        });
    }
    const bad = REQUIRED.filter((k) => !SHAPES[k].test.test(out[k] ?? ''));
    if (bad.length > 0) {
        const first = bad[0];
        throw new UserError(`The build context from ${origin} has ${bad.map((k) => `${naming.names?.[k] ?? k} '${(out[k] ?? '').slice(0, 80)}'`).join(', ')}, which ${bad.length === 1 ? 'is' : 'are'} not valid`, { code: naming.code ?? errorCodes.invalidInput, hint: `${naming.names?.[first] ?? first} must be ${SHAPES[first].expected}` });
    }
    return out;
}
/**
 * The SLSA v1 predicate, field for field as GitHub's `buildSLSAProvenancePredicate` builds it,
 * so verifiers that accept GitHub's attestations accept ours.
 */
function slsa_provenance_buildSlsaProvenance(claims, serverUrl) {
    const server = serverUrl.replace(/\/+$/, '');
    // owner/repo/.github/workflows/ci.yml@refs/heads/main -> .github/workflows/ci.yml
    const [workflowPath = ''] = claims.workflow_ref.replace(`${claims.repository}/`, '').split('@');
    return {
        buildDefinition: {
            buildType: GITHUB_WORKFLOW_BUILD_TYPE,
            externalParameters: {
                workflow: { ref: claims.ref, repository: `${server}/${claims.repository}`, path: workflowPath },
            },
            internalParameters: {
                github: {
                    event_name: claims.event_name,
                    repository_id: claims.repository_id,
                    repository_owner_id: claims.repository_owner_id,
                    runner_environment: claims.runner_environment,
                },
            },
            resolvedDependencies: [{ uri: `git+${server}/${claims.repository}@${claims.ref}`, digest: { gitCommit: claims.sha } }],
        },
        runDetails: {
            builder: { id: `${server}/${claims.job_workflow_ref}` },
            metadata: { invocationId: `${server}/${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}` },
        },
    };
}
/** Decodes the claims (payload) of a JWT without checking its signature: Fulcio checks it. */
function jwtClaims(token) {
    const part = token.split('.')[1];
    if (!part)
        throw new UserError('The OIDC token is not a JWT (it has no payload part)');
    try {
        const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            throw new Error('not an object');
        return value;
    }
    catch (error) {
        throw new UserError(`The OIDC token's payload is not a JSON object`, { cause: error });
    }
}

// EXTERNAL MODULE: ./packages/supply-chain/src/signing/sign.ts
var sign = __nccwpck_require__(2948);
;// CONCATENATED MODULE: ./packages/supply-chain/src/provenance.ts




/** Builds the SLSA v1 statement for `subjects` and signs it as a DSSE bundle. */
async function createProvenance(subjects, claims, serverUrl, method) {
    const statement = makeStatement(uniqueSubjects(subjects), SLSA_PROVENANCE_V1, buildSlsaProvenance(claims, serverUrl));
    const bundle = await signDsse(Buffer.from(JSON.stringify(statement)), IN_TOTO_PAYLOAD_TYPE, method);
    return { statement, bundle };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./packages/supply-chain/src/signing/key-signer.ts


// Sigstore's algorithm registry: ecdsa-sha2-256-nistp256, ecdsa-sha2-384-nistp384, ed25519 (pure).
// Each key signs as the registry says; where the verifiers this suite and npm use (sigstore-js)
// cannot check the result, the key is refused for that use instead of making a bundle no one verifies.
const PROFILES = {
    'ecdsa-p256': { algorithm: 'ecdsa-p256', hash: 'sha256', messageDigest: 'sha256', refuses: {} },
    'ecdsa-p384': {
        algorithm: 'ecdsa-p384',
        hash: 'sha384',
        messageDigest: 'sha384',
        refuses: {
            dsse: 'Sigstore signs P-384 with SHA-384, and sigstore-js verifiers check a DSSE envelope signature with SHA-256 only, so no attestation or image signature made with it would verify',
            'message-signature-log': "Sigstore signs P-384 with SHA-384, and sigstore-js's Rekor client labels every hashedrekord digest sha256, so Rekor refuses the entry",
        },
    },
    ed25519: {
        algorithm: 'ed25519',
        hash: null,
        messageDigest: 'sha256',
        refuses: {
            'message-signature': 'Sigstore signs files with pure Ed25519 (over the whole file), and sigstore-js verifiers check a message signature with a digest, which pure Ed25519 does not take (Rekor wants Ed25519ph there)',
            'message-signature-log': 'Rekor takes Ed25519 file signatures only as Ed25519ph, which sigstore-js cannot verify',
        },
    },
};
function describeKeyError(error, source, hasPassphrase) {
    const code = error.code ?? '';
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'ERR_MISSING_PASSPHRASE' || /passphrase required/i.test(message)) {
        return new src/* UserError */.yo(`The private key ${source} is encrypted and no passphrase was given`, {
            hint: 'pass the passphrase (private-key-passphrase / SLIPWAY_KEY_PASSPHRASE) from a secret',
        });
    }
    if (hasPassphrase && /bad decrypt|decrypt|interrupted or cancelled/i.test(message + code)) {
        return new src/* UserError */.yo(`The passphrase does not decrypt the private key ${source}`, {
            hint: 'check that the passphrase secret belongs to this key',
        });
    }
    return new src/* UserError */.yo(`The private key ${source} cannot be read: ${message}`, {
        hint: 'give a PEM private key (PKCS#8 "PRIVATE KEY", "EC PRIVATE KEY" or "ENCRYPTED PRIVATE KEY"): ECDSA P-256, P-384 or Ed25519',
    });
}
function profileOf(key, source) {
    if (key.asymmetricKeyType === 'ed25519')
        return PROFILES['ed25519'];
    if (key.asymmetricKeyType === 'ec') {
        const curve = key.asymmetricKeyDetails?.namedCurve;
        if (curve === 'prime256v1')
            return PROFILES['ecdsa-p256'];
        if (curve === 'secp384r1')
            return PROFILES['ecdsa-p384'];
        throw new src/* UserError */.yo(`The private key ${source} is on curve ${curve ?? 'unknown'}, which Sigstore verifiers do not accept`, {
            hint: 'use ECDSA P-256 (openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256) or Ed25519',
        });
    }
    throw new src/* UserError */.yo(`The private key ${source} is ${key.asymmetricKeyType ?? 'of an unknown type'}; only ECDSA P-256/P-384 and Ed25519 are supported`, {
        hint: 'generate one with `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256`',
    });
}
/**
 * Loads a PEM private key (optionally encrypted) into a Sigstore `Signer`. `source` names the
 * key in errors (a path or the input name), never its content.
 */
function keySigner(pem, options = {}) {
    const source = options.source ?? '(private key)';
    if (pem.trim() === '') {
        throw new src/* UserError */.yo(`The private key ${source} is empty`, {
            hint: 'give the PEM private key to sign with; leave the key out entirely to sign keyless',
        });
    }
    if (/ENCRYPTED SIGSTORE PRIVATE KEY|ENCRYPTED COSIGN PRIVATE KEY/.test(pem)) {
        throw new src/* UserError */.yo(`The private key ${source} is in cosign's own encrypted format, which only cosign reads`, {
            hint: 'use a PKCS#8 PEM key: `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -aes-256-cbc -out key.pem`',
        });
    }
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
        throw new src/* UserError */.yo(`The private key ${source} is not a PEM private key`, {
            hint: 'it must start with -----BEGIN PRIVATE KEY----- (or EC PRIVATE KEY / ENCRYPTED PRIVATE KEY)',
        });
    }
    if (!options.passphrase && /ENCRYPTED PRIVATE KEY|Proc-Type: 4,ENCRYPTED/.test(pem))
        throw describeKeyError({ code: 'ERR_MISSING_PASSPHRASE' }, source, false);
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)(options.passphrase ? { key: pem, format: 'pem', passphrase: options.passphrase } : { key: pem, format: 'pem' });
    }
    catch (error) {
        throw describeKeyError(error, source, Boolean(options.passphrase));
    }
    const { algorithm, hash, messageDigest, refuses } = profileOf(key, source);
    const publicKey = (0,external_node_crypto_.createPublicKey)(key);
    const der = publicKey.export({ format: 'der', type: 'spki' });
    const publicKeyPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();
    const hint = (0,external_node_crypto_.createHash)('sha256').update(der).digest('base64');
    return {
        publicKeyPem,
        hint,
        algorithm,
        messageDigest,
        refuses,
        signer: {
            sign: (data) => Promise.resolve({ signature: (0,external_node_crypto_.sign)(hash, data, key), key: { $case: 'publicKey', publicKey: publicKeyPem, hint } }),
        },
    };
}

;// CONCATENATED MODULE: ./packages/supply-chain/src/signing/identity.ts

/**
 * The job's OIDC token from the runner's token service. Absent variables mean the job lacks
 * `id-token: write`; a failed request names its status.
 */
function actionsIdentityProvider(request, fetchImpl = fetch) {
    return {
        getToken: async () => {
            if (!request.url || !request.token) {
                throw new src/* UserError */.yo('Keyless signing needs the job\u2019s OIDC token, and this job has none (ACTIONS_ID_TOKEN_REQUEST_URL is not set)', {
                    hint: 'add `permissions: id-token: write` to the job, or sign with a key (private-key input)',
                });
            }
            const url = new URL(request.url);
            url.searchParams.append('audience', request.audience ?? 'sigstore');
            const what = `the runner's OIDC token service ${url.origin}`;
            const res = await (0,src/* fetchWithPolicy */.Vu)(url, { headers: { Accept: 'application/json', Authorization: `Bearer ${request.token}` } }, { what, fetch: fetchImpl });
            const text = (await (0,src/* readBody */.x8)(res, what)).toString('utf8');
            if (!res.ok) {
                throw new src/* UserError */.yo(`The OIDC token request answered ${res.status} ${res.statusText}: ${text.slice(0, 200)}`, {
                    hint: 'the job needs `permissions: id-token: write`; a fork pull request never gets a token',
                });
            }
            let value;
            try {
                value = JSON.parse(text).value;
            }
            catch {
                value = undefined;
            }
            if (typeof value !== 'string' || value.split('.').length !== 3) {
                throw new src/* UserError */.yo('The OIDC token service answered without a token (no `value` JWT in its JSON)');
            }
            return value;
        },
    };
}
/** A fixed identity token (SIGSTORE_ID_TOKEN or a flag), for CI systems other than GitHub's. */
function staticIdentityProvider(token) {
    return { getToken: () => Promise.resolve(token) };
}

;// CONCATENATED MODULE: ./packages/supply-chain/src/signing/method.ts

/** Key mode when a key is given (even an empty one, which keySigner refuses), keyless otherwise. */
function signingMethod(choice) {
    const tsaURL = choice.tsaURL || undefined;
    if (choice.privateKey !== undefined) {
        const key = keySigner(choice.privateKey, {
            source: choice.privateKeySource,
            ...(choice.passphrase ? { passphrase: choice.passphrase } : {}),
        });
        return { mode: 'key', key, ...(choice.tlogUpload ? { rekorURL: choice.rekorURL } : {}), ...(tsaURL ? { tsaURL } : {}) };
    }
    return {
        mode: 'keyless',
        identity: choice.identity,
        fulcioURL: choice.fulcioURL,
        rekorURL: choice.rekorURL,
        ...(tsaURL ? { tsaURL } : {}),
    };
}
/** An identity provider that asks once and reuses the token (provenance claims and Fulcio share it). */
function cachedIdentity(provider) {
    let token;
    return {
        getToken: () => {
            token ??= provider.getToken();
            return token;
        },
    };
}

;// CONCATENATED MODULE: ./packages/supply-chain/src/signing/inputs.ts


/** A URL input: refused when it is not an http(s) URL, so a typo fails before anything is signed. */
function urlInput(opts = {}) {
    const base = src/* input.string */.hF.string(opts);
    return {
        ...base,
        parse: (raw, name) => {
            try {
                return (0,src/* parseUserUrl */.yy)(raw, `Input '${name}'`).href.replace(/\/$/, '');
            }
            catch (error) {
                throw new src/* InputError */.dz(name, `is not an http(s) URL: '${raw}'`, error instanceof src/* UserError */.yo ? error.hint : undefined);
            }
        },
    };
}
/** The signing inputs every signing action declares, with the same names and defaults. */
const signingInputSchema = {
    'private-key': src/* input.string */.hF.string(),
    'private-key-passphrase': src/* input.string */.hF.string(),
    'fulcio-url': urlInput({ default: 'https://fulcio.sigstore.dev' }),
    'rekor-url': urlInput({ default: 'https://rekor.sigstore.dev' }),
    'tsa-url': urlInput(),
    'tlog-upload': src/* input.boolean */.hF.boolean({ default: 'false' }),
};
/**
 * The signing method the inputs choose: key mode with `private-key`, keyless otherwise. A
 * passphrase without a key means the key secret is missing (an unset secret reads as ''): that
 * is an error, never a silent switch to keyless signing.
 */
function signingMethodFromInputs(inputs, identity) {
    if (!inputs.privateKey && inputs.privateKeyPassphrase) {
        throw new src/* InputError */.dz('private-key', "is empty but 'private-key-passphrase' is set: the key's secret is missing or empty", 'check the secret the private-key input names; to sign keyless, remove both inputs');
    }
    return signingMethod({
        privateKey: inputs.privateKey,
        privateKeySource: "from input 'private-key'",
        passphrase: inputs.privateKeyPassphrase,
        fulcioURL: inputs.fulcioUrl,
        rekorURL: inputs.rekorUrl,
        tsaURL: inputs.tsaUrl,
        tlogUpload: inputs.tlogUpload,
        identity,
    });
}

;// CONCATENATED MODULE: ./packages/supply-chain/src/github-attestations.ts

/**
 * Stores a bundle with GitHub's attestations API (`POST /repos/{owner}/{repo}/attestations`),
 * where `gh attestation verify` finds it; returns the attestation id.
 */
async function uploadAttestation(bundle, target) {
    const url = `${target.apiUrl.replace(/\/+$/, '')}/repos/${target.repository}/attestations`;
    // Deadlines and the suite's retries; storing the same bundle twice is harmless.
    const res = await fetchWithPolicy(url, {
        method: 'POST',
        headers: {
            Accept: 'application/vnd.github+json',
            Authorization: `Bearer ${target.token}`,
            'Content-Type': 'application/json',
            'X-GitHub-Api-Version': '2022-11-28',
        },
        body: JSON.stringify({ bundle }),
    }, { what: 'the GitHub API', ...(target.fetch ? { fetch: target.fetch } : {}) });
    const text = (await readBody(res, 'the GitHub API')).toString('utf8');
    if (!res.ok) {
        throw new UserError(`GitHub refused to store the attestation: ${res.status} ${text.slice(0, 300)}`, {
            hint: res.status === 403 || res.status === 404 ? 'the job needs `permissions: attestations: write` (and contents: read)' : undefined,
        });
    }
    let id;
    try {
        id = JSON.parse(text).id;
    }
    catch {
        id = undefined;
    }
    if (typeof id !== 'number' && typeof id !== 'string')
        throw new UserError('GitHub stored the attestation but returned no id');
    return String(id);
}

;// CONCATENATED MODULE: ./packages/supply-chain/src/oci/auth.ts

/** Parses `Bearer realm="...",service="...",scope="..."` (quoted values may hold commas). */
function auth_parseChallenge(header) {
    const m = /^\s*(\w+)\s*(.*)$/s.exec(header);
    if (!m)
        return undefined;
    const params = {};
    for (const p of (m[2] ?? '').matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
        params[(p[1] ?? '').toLowerCase()] = (p[2] ?? p[3] ?? '').replace(/\\(.)/g, '$1');
    }
    return { scheme: (m[1] ?? '').toLowerCase(), params };
}
/** `Basic <base64 user:password>`; an identity token is never sent this way. */
function auth_basicAuth(credentials) {
    if ('identityToken' in credentials)
        return undefined;
    return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}
/** The client id Docker's CLI sends in the OAuth2 token flow. */
const OAUTH_CLIENT_ID = 'docker';
function tokenFrom(text, origin) {
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        body = undefined;
    }
    const record = typeof body === 'object' && body !== null ? body : {};
    const token = record['token'] ?? record['access_token'];
    if (typeof token !== 'string' || token === '')
        throw new UserError(`The registry's token service ${origin} answered without a token`);
    return token;
}
/**
 * Fetches a bearer token from the challenge's realm (the distribution token protocol). A user
 * and password go as basic auth on a GET (anonymous pull without them); an identity token (what
 * `docker login` keeps for registries that issue refresh tokens) is exchanged as Docker does,
 * through the OAuth2 flow: a form POST with `grant_type=refresh_token`.
 */
async function auth_fetchBearerToken(challenge, scope, credentials, policy = {}) {
    const realm = challenge.params['realm'];
    if (!realm)
        throw new UserError('The registry asked for a bearer token but named no realm to get it from');
    let url;
    try {
        url = new URL(realm);
    }
    catch (error) {
        throw new UserError(`The registry's token realm '${realm}' is not a URL: ${errorMessage(error)}`);
    }
    const wanted = challenge.params['scope'] && !scope ? challenge.params['scope'] : scope;
    const what = `the registry's token service ${url.origin}`;
    let res;
    if (credentials && 'identityToken' in credentials) {
        const form = new URLSearchParams({
            grant_type: 'refresh_token',
            refresh_token: credentials.identityToken,
            client_id: OAUTH_CLIENT_ID,
            scope: wanted,
            ...(challenge.params['service'] ? { service: challenge.params['service'] } : {}),
        });
        res = await fetchWithPolicy(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() }, { ...policy, what });
    }
    else {
        if (challenge.params['service'])
            url.searchParams.set('service', challenge.params['service']);
        url.searchParams.set('scope', wanted);
        const auth = credentials ? auth_basicAuth(credentials) : undefined;
        res = await fetchWithPolicy(url, { headers: auth ? { Authorization: auth } : {} }, { ...policy, what });
    }
    const text = (await readBody(res, what)).toString('utf8');
    if (!res.ok) {
        throw new UserError(`The registry's token service ${url.origin} answered ${res.status} for ${scope}: ${text.slice(0, 200)}`, {
            hint: credentials
                ? 'identityToken' in credentials
                    ? 'the identity token in the docker config was refused: log in to the registry again'
                    : 'check the registry username and password (or token) and that they may push to this repository'
                : 'log in to the registry (docker/login-action, or registry-username and registry-password)',
        });
    }
    return tokenFrom(text, url.origin);
}

;// CONCATENATED MODULE: ./packages/supply-chain/src/oci/media-types.ts
/** OCI and Docker media types the client and cosign's formats use. */
const media_types_MEDIA = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    ociConfig: 'application/vnd.oci.image.config.v1+json',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    sigstoreBundle: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    simpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
};
/** Every manifest type a registry may answer with (distribution returns 404 for OCI types not accepted). */
const media_types_MANIFEST_ACCEPT = [media_types_MEDIA.ociManifest, media_types_MEDIA.ociIndex, media_types_MEDIA.dockerManifest, media_types_MEDIA.dockerList].join(', ');
/** The OCI empty descriptor (`{}`), the config of artifacts that have none. */
const media_types_EMPTY_CONFIG = {
    mediaType: media_types_MEDIA.ociEmpty,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
};

;// CONCATENATED MODULE: ./packages/supply-chain/src/oci/client.ts





// The tag-schema index is read, changed and written back. A registry that honours If-Match
// answers 412 when another writer got there first; Debian's docker-registry (distribution 2.8)
// ignores it, so after each write the index is read again, once the other writers' reads and
// writes in flight have landed, and the entry is added again if a concurrent write dropped it.
const INDEX_ROUNDS = 10;
const SETTLE_MIN_MS = 250;
const sha256Digest = (data) => `sha256:${createHash('sha256').update(data).digest('hex')}`;
function isLoopback(registry) {
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\./.test(host);
}
async function errorDetail(res) {
    const text = await readBody(res, 'the registry')
        .then((b) => b.toString('utf8'))
        .catch(() => '');
    try {
        const body = JSON.parse(text);
        if (Array.isArray(body.errors) && body.errors.length > 0) {
            return body.errors.map((e) => `${e.code ?? 'ERROR'}: ${e.message ?? ''}`).join('; ');
        }
    }
    catch {
        // not JSON: fall through to the raw text
    }
    return text.trim().slice(0, 300) || res.statusText;
}
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** The descriptors of an index; entries that are not descriptors are set aside with why, not fatal. */
function parseDescriptorList(value, source) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        throw new UserError(`${source} is not a JSON object`);
    const list = value['manifests'];
    if (list === undefined || list === null)
        return { manifests: [], skipped: [] };
    if (!Array.isArray(list))
        throw new UserError(`${source}: manifests is not an array`);
    const manifests = [];
    const skipped = [];
    list.forEach((d, i) => {
        const o = (typeof d === 'object' && d !== null ? d : {});
        if (typeof o['digest'] !== 'string' ||
            !DIGEST.test(o['digest']) ||
            typeof o['mediaType'] !== 'string' ||
            typeof o['size'] !== 'number') {
            skipped.push(`${source}: manifests[${i}] is not a descriptor (mediaType, sha256 digest, size)`);
            return;
        }
        const out = { mediaType: o['mediaType'], digest: o['digest'], size: o['size'] };
        if (typeof o['artifactType'] === 'string')
            out.artifactType = o['artifactType'];
        if (typeof o['annotations'] === 'object' && o['annotations'] !== null)
            out.annotations = o['annotations'];
        manifests.push(out);
    });
    return { manifests, skipped };
}
/**
 * A small client of the OCI distribution API for one registry: manifests and blobs by digest,
 * monolithic and chunked uploads, referrers (API or tag-schema fallback), bearer and basic auth.
 */
class client_OciClient {
    registry;
    baseUrl;
    credentials;
    fetchImpl;
    chunkSize;
    tokens = new Map();
    basic = false;
    deadlines;
    retry;
    sleep;
    /** Where notes go: retries, lost races, referrers set aside. */
    warn;
    constructor(options) {
        this.registry = options.registry === 'docker.io' ? 'registry-1.docker.io' : options.registry;
        const http = options.plainHttp ?? isLoopback(this.registry);
        this.baseUrl = `${http ? 'http' : 'https'}://${this.registry}`;
        this.credentials = options.credentials;
        this.fetchImpl = options.fetch ?? fetch;
        this.chunkSize = options.chunkSize ?? 8 * 1024 * 1024;
        this.deadlines = options.deadlines ?? {};
        this.retry = options.retry ?? DEFAULT_RETRY;
        this.sleep = options.sleep ?? realSleep;
        this.warn = options.warn ?? (() => undefined);
    }
    get policy() {
        return {
            fetch: this.fetchImpl,
            deadlines: this.deadlines,
            retry: this.retry,
            sleep: this.sleep,
            onRetry: ({ waitMs, reason }) => this.warn(`${reason}; trying again in ${(waitMs / 1000).toFixed(1)} s`),
        };
    }
    authHeader(scope) {
        const token = this.tokens.get(scope);
        if (token)
            return `Bearer ${token}`;
        if (this.basic && this.credentials)
            return basicAuth(this.credentials);
        return undefined;
    }
    /** One request with auth: on a 401 it answers the challenge once and retries. */
    async send(method, url, opts) {
        const scope = `repository:${opts.repository}:${opts.push ? 'pull,push' : 'pull'}`;
        const target = url.startsWith('http') ? url : `${this.baseUrl}${url}`;
        // Every call has a first-byte and an idle deadline (not one timeout over a whole upload or
        // download) and the suite's retries on 429, 5xx and network failures.
        const attempt = () => {
            const auth = this.authHeader(scope);
            return fetchWithPolicy(target, {
                method,
                headers: { ...opts.headers, ...(auth ? { Authorization: auth } : {}) },
                ...(opts.body ? { body: opts.body } : {}),
                redirect: 'follow',
            }, { ...this.policy, what: `the registry ${this.registry}` });
        };
        let res = await attempt();
        if (res.status !== 401)
            return res;
        const challenge = parseChallenge(res.headers.get('www-authenticate') ?? '');
        await res.body?.cancel();
        if (challenge?.scheme === 'bearer') {
            this.tokens.set(scope, await fetchBearerToken(challenge, scope, this.credentials, this.policy));
        }
        else if (challenge?.scheme === 'basic' && this.credentials && !('identityToken' in this.credentials)) {
            this.basic = true;
        }
        else {
            throw new UserError(`The registry ${this.registry} asks for credentials for ${opts.repository} and none were given`, {
                hint: 'log in first (docker/login-action writes the docker config), or pass registry-username and registry-password',
            });
        }
        res = await attempt();
        if (res.status === 401 && !this.credentials) {
            await res.body?.cancel();
            throw new UserError(`The registry ${this.registry} needs credentials to ${opts.push ? 'push to' : 'read'} ${opts.repository}, and none were given`, {
                hint: 'log in first (docker/login-action writes the docker config), or pass registry-username and registry-password',
            });
        }
        if (res.status === 401) {
            throw new UserError(`The registry ${this.registry} refused the credentials for ${scope}: ${await errorDetail(res)}`, {
                hint: 'check the username and password or token, and its permission on this repository',
            });
        }
        return res;
    }
    async fail(res, what, detail) {
        const hint = res.status === 403 || res.status === 401
            ? 'the credentials lack permission for this repository (a GITHUB_TOKEN needs `packages: write`)'
            : res.status === 404
                ? 'check the repository name and digest'
                : undefined;
        throw new UserError(`The registry ${this.registry} refused to ${what}: ${res.status} ${detail ?? (await errorDetail(res))}`, hint ? { hint } : {});
    }
    /** Fetches a manifest by tag or digest; a digest reference is checked against the bytes. */
    async getManifest(repository, reference, accept = MANIFEST_ACCEPT) {
        const res = await this.send('GET', `/v2/${repository}/manifests/${reference}`, { repository, headers: { Accept: accept } });
        if (!res.ok)
            await this.fail(res, `return the manifest ${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`);
        return this.readManifest(res, repository, reference);
    }
    /** A manifest by tag or digest with its ETag, or undefined when the registry has none by that name. */
    async findManifest(repository, reference, accept = MANIFEST_ACCEPT) {
        const res = await this.send('GET', `/v2/${repository}/manifests/${reference}`, { repository, headers: { Accept: accept } });
        if (res.status === 404) {
            await res.body?.cancel();
            return undefined;
        }
        if (!res.ok)
            await this.fail(res, `return the manifest ${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`);
        const etag = res.headers.get('etag') ?? undefined;
        return { ...(await this.readManifest(res, repository, reference)), etag };
    }
    async readManifest(res, repository, reference) {
        const bytes = await readBody(res, `the registry ${this.registry}`);
        const digest = sha256Digest(bytes);
        if (reference.startsWith('sha256:') && digest !== reference) {
            throw new UserError(`The registry ${this.registry} returned a manifest for ${reference} whose bytes hash to ${digest}`);
        }
        let json;
        try {
            json = JSON.parse(bytes.toString('utf8'));
        }
        catch (error) {
            throw new UserError(`The manifest ${repository}@${digest} is not JSON`, { cause: error });
        }
        if (typeof json !== 'object' || json === null || Array.isArray(json))
            throw new UserError(`The manifest ${repository}@${digest} is not a JSON object`);
        const obj = json;
        const mediaType = typeof obj['mediaType'] === 'string' ? obj['mediaType'] : (res.headers.get('content-type') ?? MEDIA.ociManifest);
        return { descriptor: { mediaType, digest, size: bytes.length }, bytes, json: obj };
    }
    /** The descriptor of a manifest by tag or digest, or undefined when there is none. */
    async headManifest(repository, reference) {
        const res = await this.send('HEAD', `/v2/${repository}/manifests/${reference}`, { repository, headers: { Accept: MANIFEST_ACCEPT } });
        if (res.status === 404)
            return undefined;
        if (!res.ok)
            await this.fail(res, `find the manifest ${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`);
        const digest = res.headers.get('docker-content-digest');
        const size = Number(res.headers.get('content-length') ?? Number.NaN);
        if (!digest || !Number.isFinite(size))
            return (await this.getManifest(repository, reference)).descriptor;
        return { mediaType: res.headers.get('content-type') ?? MEDIA.ociManifest, digest, size };
    }
    /** Uploads a manifest under a tag or its digest; returns its descriptor and whether the registry indexed its subject. */
    async putManifest(repository, reference, bytes, mediaType, conditions = {}) {
        const digest = sha256Digest(bytes);
        const name = `${repository}${reference.startsWith('sha256:') ? '@' : ':'}${reference}`;
        // A registry may not see a blob it has just stored: distribution's file-system driver
        // rewrites a repository's blob link in place, so a manifest written while a concurrent
        // upload of the same blob (the empty config every signature shares) rewrites that link
        // reads it empty, and a store that is only eventually consistent lags the upload. Such an
        // answer (MANIFEST_BLOB_UNKNOWN) is tried again under the suite's retry policy; a blob
        // that is truly missing still fails after the last try.
        const { res, detail } = await withRetry(async () => {
            const answer = await this.send('PUT', `/v2/${repository}/manifests/${reference}`, {
                repository,
                push: true,
                headers: { 'Content-Type': mediaType, ...conditions },
                body: bytes,
            });
            return { res: answer, detail: answer.status === 400 ? await errorDetail(answer) : undefined };
        }, (outcome) => 'value' in outcome && outcome.value.detail?.includes('MANIFEST_BLOB_UNKNOWN')
            ? { retry: true, reason: `the registry ${this.registry} does not see every blob of the manifest ${name} yet` }
            : { retry: false }, this.retry, this.policy);
        if (res.status === 412 && Object.keys(conditions).length > 0) {
            await res.body?.cancel();
            return { descriptor: { mediaType, digest, size: bytes.length }, subjectIndexed: false, preconditionFailed: true };
        }
        if (res.status !== 201 && res.status !== 200)
            await this.fail(res, `store the manifest ${name}`, detail);
        const stored = res.headers.get('docker-content-digest');
        if (stored && stored !== digest)
            throw new UserError(`The registry ${this.registry} stored the manifest as ${stored}, not ${digest}`);
        await res.body?.cancel();
        // OCI 1.1: a registry that indexes `subject` for its referrers API says so in this header.
        return { descriptor: { mediaType, digest, size: bytes.length }, subjectIndexed: res.headers.has('oci-subject') };
    }
    /** Fetches a blob and checks its digest. */
    async getBlob(repository, digest) {
        const res = await this.send('GET', `/v2/${repository}/blobs/${digest}`, { repository });
        if (!res.ok)
            await this.fail(res, `return the blob ${repository}@${digest}`);
        const bytes = await readBody(res, `the registry ${this.registry}`);
        if (sha256Digest(bytes) !== digest)
            throw new UserError(`The blob ${repository}@${digest} from ${this.registry} does not match its digest`);
        return bytes;
    }
    async hasBlob(repository, digest) {
        const res = await this.send('HEAD', `/v2/${repository}/blobs/${digest}`, { repository });
        if (res.status === 404)
            return false;
        if (!res.ok)
            await this.fail(res, `find the blob ${repository}@${digest}`);
        return true;
    }
    /** Uploads a blob unless present: in one PUT up to the chunk size, in PATCH chunks above it. */
    async pushBlob(repository, data, mediaType) {
        const digest = sha256Digest(data);
        const descriptor = { mediaType, digest, size: data.length };
        if (await this.hasBlob(repository, digest))
            return descriptor;
        const start = await this.send('POST', `/v2/${repository}/blobs/uploads/`, { repository, push: true });
        if (start.status !== 202)
            await this.fail(start, `start an upload to ${repository}`);
        await start.body?.cancel();
        let location = this.location(start, 'upload start');
        if (data.length > this.chunkSize) {
            for (let offset = 0; offset < data.length; offset += this.chunkSize) {
                const chunk = data.subarray(offset, Math.min(offset + this.chunkSize, data.length));
                const res = await this.send('PATCH', location, {
                    repository,
                    push: true,
                    headers: {
                        'Content-Type': 'application/octet-stream',
                        'Content-Range': `${offset}-${offset + chunk.length - 1}`,
                    },
                    body: chunk,
                });
                if (res.status !== 202)
                    await this.fail(res, `take bytes ${offset}-${offset + chunk.length - 1} of ${digest}`);
                await res.body?.cancel();
                location = this.location(res, 'chunk upload');
            }
        }
        const url = new URL(location);
        url.searchParams.set('digest', digest);
        const done = await this.send('PUT', url.toString(), {
            repository,
            push: true,
            headers: { 'Content-Type': 'application/octet-stream' },
            ...(data.length > this.chunkSize ? {} : { body: data }),
        });
        if (done.status !== 201)
            await this.fail(done, `complete the upload of ${digest}`);
        await done.body?.cancel();
        return descriptor;
    }
    location(res, what) {
        const location = res.headers.get('location');
        if (!location)
            throw new UserError(`The registry ${this.registry} answered the ${what} without a Location`);
        return new URL(location, this.baseUrl).toString();
    }
    /**
     * The manifests that name `digest` as their subject: the referrers API, or (where it 404s)
     * the index tagged `sha256-<hex>` of the OCI tag schema. Filtered by artifact type if given.
     */
    async referrers(repository, digest, artifactType) {
        const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
        const res = await this.send('GET', `/v2/${repository}/referrers/${digest}${query}`, {
            repository,
            headers: { Accept: MEDIA.ociIndex },
        });
        let list;
        let via;
        if (res.ok && (res.headers.get('content-type') ?? '').includes(MEDIA.ociIndex)) {
            const text = (await readBody(res, `the registry ${this.registry}`)).toString('utf8');
            let value;
            try {
                value = JSON.parse(text);
            }
            catch (error) {
                throw new UserError(`The referrers of ${repository}@${digest} from ${this.registry} are not JSON`, { cause: error });
            }
            list = parseDescriptorList(value, `the referrers of ${repository}@${digest}`);
            via = 'api';
        }
        else if (res.status === 404 || res.ok) {
            await res.body?.cancel();
            list = (await this.fallbackIndex(repository, digest)).list;
            via = 'tag-schema';
        }
        else {
            return this.fail(res, `list the referrers of ${repository}@${digest}`);
        }
        const manifests = artifactType ? list.manifests.filter((m) => m.artifactType === artifactType) : list.manifests;
        return { manifests, via, skipped: list.skipped };
    }
    async fallbackIndex(repository, digest) {
        const tag = referrersFallbackTag(digest);
        const index = await this.findManifest(repository, tag, MEDIA.ociIndex);
        if (!index)
            return { list: { manifests: [], skipped: [] }, etag: undefined, exists: false };
        return { list: parseDescriptorList(index.json, `the referrers index ${repository}:${tag}`), etag: index.etag, exists: true };
    }
    /**
     * Stores an artifact manifest that has a `subject`, and where the registry did not index it,
     * adds it to the tag-schema index so every reader finds it, without dropping what concurrent
     * signers add: a conditional write (If-Match / If-None-Match) where the registry honours it,
     * and a check after every write, adding the entry again if a concurrent write replaced it.
     */
    async pushReferrer(repository, subjectDigest, manifest, descriptor) {
        const digest = sha256Digest(manifest);
        const { subjectIndexed } = await this.putManifest(repository, digest, manifest, descriptor.mediaType);
        const full = { ...descriptor, digest, size: manifest.length };
        if (subjectIndexed)
            return full;
        await this.addToFallbackIndex(repository, subjectDigest, full);
        return full;
    }
    async addToFallbackIndex(repository, subjectDigest, entry) {
        const tag = referrersFallbackTag(subjectDigest);
        for (let round = 1; round <= INDEX_ROUNDS; round++) {
            const started = Date.now();
            const current = await this.fallbackIndex(repository, subjectDigest);
            if (round === 1 && current.list.manifests.some((m) => m.digest === entry.digest))
                return;
            if (!current.list.manifests.some((m) => m.digest === entry.digest)) {
                // Entries that are not descriptors are kept out of the rewritten index; they were never readable.
                const index = { schemaVersion: 2, mediaType: MEDIA.ociIndex, manifests: [...current.list.manifests, entry] };
                const conditions = current.exists
                    ? current.etag
                        ? { 'If-Match': current.etag }
                        : {}
                    : { 'If-None-Match': '*' };
                const put = await this.putManifest(repository, tag, Buffer.from(JSON.stringify(index)), MEDIA.ociIndex, conditions);
                if (put.preconditionFailed) {
                    this.warn(`The referrers index ${repository}:${tag} changed while it was updated; reading it again`);
                    continue;
                }
            }
            // Wait until writes that read the index before ours would have landed, then look again.
            const window = Date.now() - started;
            await this.sleep(Math.max(SETTLE_MIN_MS, 4 * window) + Math.floor(Math.random() * 100));
            const after = await this.fallbackIndex(repository, subjectDigest);
            if (after.list.manifests.some((m) => m.digest === entry.digest))
                return;
            this.warn(`A concurrent write to the referrers index ${repository}:${tag} dropped ${entry.digest}; adding it again`);
        }
        throw new UserError(`Could not keep ${entry.digest} in the referrers index ${repository}:${tag}: it was replaced ${INDEX_ROUNDS} times`, {
            hint: 'too many signers write to this image at once; retry the step, or use a registry with the OCI referrers API',
        });
    }
}

;// CONCATENATED MODULE: ./packages/supply-chain/src/oci/reference.ts

const reference_DIGEST = /^sha256:[a-f0-9]{64}$/;
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
/** Parses an image reference the way Docker does (a first part with `.`/`:` or `localhost` is a registry). */
function parseImageReference(ref) {
    const text = ref.trim();
    const at = text.indexOf('@');
    const digest = at >= 0 ? text.slice(at + 1) : undefined;
    const rest = at >= 0 ? text.slice(0, at) : text;
    if (digest !== undefined && !reference_DIGEST.test(digest)) {
        throw new UserError(`The image reference '${ref}' has a digest that is not sha256:<64 hex digits>`);
    }
    const slash = rest.indexOf('/');
    const first = slash >= 0 ? rest.slice(0, slash) : '';
    const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
    const registry = hasRegistry ? first : 'docker.io';
    let path = hasRegistry ? rest.slice(slash + 1) : rest;
    let tag;
    const colon = path.lastIndexOf(':');
    if (colon > path.lastIndexOf('/')) {
        tag = path.slice(colon + 1);
        path = path.slice(0, colon);
    }
    if (registry === 'docker.io' && !path.includes('/'))
        path = `library/${path}`;
    if (!REPOSITORY.test(path))
        throw new UserError(`The image reference '${ref}' has an invalid repository name '${path}'`);
    if (tag !== undefined && !TAG.test(tag))
        throw new UserError(`The image reference '${ref}' has an invalid tag '${tag}'`);
    return { registry, repository: path, tag, digest };
}
/** Parses a reference that must name a manifest by digest; a tag alone is refused with the fix. */
function parseDigestReference(ref) {
    const parsed = parseImageReference(ref);
    if (!parsed.digest) {
        throw new UserError(`The image '${ref}' has no digest; signatures must name the exact image, not a tag that can move`, {
            hint: `resolve it first, e.g. \`docker buildx imagetools inspect ${ref} --format '{{.Manifest.Digest}}'\` or \`crane digest ${ref}\`, and pass ${parsed.registry}/${parsed.repository}@sha256:...`,
        });
    }
    return { ...parsed, digest: parsed.digest };
}
/** `registry/repository` (the name in simple-signing payloads and attestation subjects). */
function reference_repositoryName(ref) {
    return `${ref.registry}/${ref.repository}`;
}
/** The canonical string: `registry/repository[:tag][@digest]`. */
function formatReference(ref) {
    return `${reference_repositoryName(ref)}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
;// CONCATENATED MODULE: ./packages/supply-chain/src/oci/docker-config.ts



/** The docker config folder a step or a shell uses: `$DOCKER_CONFIG`, else `~/.docker` (none without HOME). */
function dockerConfigDir(env) {
    return env['DOCKER_CONFIG'] ?? (env['HOME'] ? join(env['HOME'], '.docker') : undefined);
}
const dockerConfig = src/* decode.object */.D4.object({
    auths: src/* decode.withDefault */.D4.withDefault(src/* decode.record */.D4.record(src/* decode.object */.D4.object({
        auth: src/* decode.optional */.D4.optional(src/* decode.string */.D4.string),
        username: src/* decode.optional */.D4.optional(src/* decode.string */.D4.string),
        password: src/* decode.optional */.D4.optional(src/* decode.string */.D4.string),
        identitytoken: src/* decode.optional */.D4.optional(src/* decode.string */.D4.string),
    })), {}),
    credHelpers: src/* decode.withDefault */.D4.withDefault(src/* decode.record */.D4.record(src/* decode.string */.D4.string), {}),
    credsStore: src/* decode.optional */.D4.optional(src/* decode.string */.D4.string),
});
/** Parses a docker `config.json` (what `docker login` and docker/login-action write). */
function parseDockerConfig(text, source) {
    return decodeDocument(dockerConfig, parseJson(text, source), source);
}
/** Reads `<dir>/config.json`; a missing file is no credentials, an unreadable one an error. */
async function docker_config_readDockerConfig(dir) {
    const path = `${dir.replace(/\/+$/, '')}/config.json`;
    try {
        await access(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
    }
    return parseDockerConfig(await readTextFile(path, 'docker config', { maxBytes: SMALL_FILE_LIMIT }), path);
}
function hostOf(key) {
    return key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
}
/**
 * The credentials the config holds for `registry` (keys may carry a scheme or path, and Docker
 * Hub is stored as `https://index.docker.io/v1/`).
 */
function docker_config_credentialsFor(config, registry, source = 'docker config') {
    const wanted = registry === 'docker.io' ? ['docker.io', 'index.docker.io', 'registry-1.docker.io'] : [registry];
    for (const [key, entry] of Object.entries(config.auths)) {
        if (!wanted.includes(hostOf(key)))
            continue;
        if (entry.identitytoken)
            return { identityToken: entry.identitytoken };
        if (entry.username !== undefined && entry.password !== undefined)
            return { username: entry.username, password: entry.password };
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
            const colon = decoded.indexOf(':');
            if (colon < 0)
                throw new UserError(`${source}: auths["${key}"].auth is not base64 of user:password`);
            return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
        }
    }
    return undefined;
}
/** The credential helper the config names for `registry` (Slipway does not run helpers; callers warn). */
function docker_config_credentialHelperFor(config, registry) {
    return config.credHelpers[registry] ?? config.credsStore;
}

;// CONCATENATED MODULE: ./packages/supply-chain/src/oci/connect.ts


/** An OCI client for `registry` with the best credentials available (anonymous when none). */
async function connectRegistry(registry, sources) {
    let credentials;
    if (sources.username && sources.password)
        credentials = { username: sources.username, password: sources.password };
    else if (sources.dockerConfigDir) {
        const config = await readDockerConfig(sources.dockerConfigDir);
        if (config) {
            credentials = credentialsFor(config, registry, `${sources.dockerConfigDir}/config.json`);
            const helper = credentialHelperFor(config, registry);
            if (!credentials && helper) {
                sources.warn?.(`The docker config keeps ${registry}'s credentials in docker-credential-${helper}, which is not run; trying anonymously`);
            }
        }
    }
    return new OciClient({
        registry,
        ...(credentials ? { credentials } : {}),
        ...(sources.fetch ? { fetch: sources.fetch } : {}),
        ...(sources.warn ? { warn: sources.warn } : {}),
    });
}

;// CONCATENATED MODULE: ./packages/supply-chain/src/oci/inputs.ts

/** The registry credential inputs every action that talks to a registry declares, with the same names. */
const registryInputSchema = {
    'registry-username': src/* input.string */.hF.string(),
    'registry-password': src/* input.string */.hF.string(),
};
/** Refuses a registry username without a password, or the reverse. */
function checkRegistryInputs(inputs) {
    if (Boolean(inputs.registryUsername) !== Boolean(inputs.registryPassword)) {
        throw new UserError("Inputs 'registry-username' and 'registry-password' go together: set both or neither");
    }
}

;// CONCATENATED MODULE: ./packages/supply-chain/src/cosign/formats.ts


/** The predicate type of cosign v3's image signature statement. */
const formats_COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
/** cosign's in-band marker in a simple-signing payload. */
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/** The annotations cosign writes on a classic `.sig` layer and on bundle referrers. */
const formats_ANNOTATION = {
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    bundle: 'dev.sigstore.cosign/bundle',
    rfc3161: 'dev.sigstore.cosign/rfc3161timestamp',
    bundleContent: 'dev.sigstore.bundle.content',
    bundlePredicateType: 'dev.sigstore.bundle.predicateType',
    created: 'org.opencontainers.image.created',
};
/** cosign's classic signature tag for an image digest: `sha256-<hex>.sig`. */
function formats_signatureTag(digest) {
    return `${digest.replace(':', '-')}.sig`;
}
/** cosign's classic attestation tag: `sha256-<hex>.att`. */
function attestationTag(digest) {
    return `${digest.replace(':', '-')}.att`;
}
/** The in-toto statement cosign v3 signs for an image (subject by digest only, empty predicate). */
function formats_cosignSignStatement(digest) {
    const [algorithm = 'sha256', hex = ''] = digest.split(':');
    return { _type: STATEMENT_TYPE_V1, subject: [{ digest: { [algorithm]: hex } }], predicateType: formats_COSIGN_SIGN_PREDICATE, predicate: {} };
}
/** The simple-signing payload cosign signs in the classic format. */
function formats_simpleSigningPayload(dockerReference, digest) {
    return Buffer.from(JSON.stringify({
        critical: {
            identity: { 'docker-reference': dockerReference },
            image: { 'docker-manifest-digest': digest },
            type: SIMPLE_SIGNING_TYPE,
        },
        optional: null,
    }));
}
/** The OCI 1.1 referrer manifest that carries a Sigstore bundle (cosign v3's default layout). */
function formats_bundleReferrerManifest(bundleBlob, subject, annotations) {
    const notes = {
        [formats_ANNOTATION.bundleContent]: annotations.content,
        [formats_ANNOTATION.bundlePredicateType]: annotations.predicateType,
        [formats_ANNOTATION.created]: annotations.created.toISOString(),
    };
    const manifest = {
        schemaVersion: 2,
        mediaType: MEDIA.ociManifest,
        artifactType: MEDIA.sigstoreBundle,
        config: EMPTY_CONFIG,
        layers: [{ mediaType: bundleBlob.mediaType, digest: bundleBlob.digest, size: bundleBlob.size }],
        subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.size },
        annotations: notes,
    };
    return { bytes: Buffer.from(JSON.stringify(manifest)), annotations: notes };
}
const pem = (der) => `-----BEGIN CERTIFICATE-----\n${(Buffer.from(der)
    .toString('base64')
    .match(/.{1,64}/g) ?? []).join('\n')}\n-----END CERTIFICATE-----\n`;
/** The annotations of a classic `.sig` layer, taken from a message-signature bundle. */
function formats_classicSignatureAnnotations(bundle) {
    if (bundle.content.$case !== 'messageSignature')
        throw new Error('classicSignatureAnnotations: the bundle holds no message signature');
    const out = { [formats_ANNOTATION.signature]: Buffer.from(bundle.content.messageSignature.signature).toString('base64') };
    const material = bundle.verificationMaterial.content;
    const certs = material.$case === 'certificate'
        ? [material.certificate.rawBytes]
        : material.$case === 'x509CertificateChain'
            ? material.x509CertificateChain.certificates.map((c) => c.rawBytes)
            : [];
    if (certs[0])
        out[formats_ANNOTATION.certificate] = pem(certs[0]);
    if (certs.length > 1)
        out[formats_ANNOTATION.chain] = certs.slice(1).map(pem).join('');
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (entry?.inclusionPromise) {
        out[formats_ANNOTATION.bundle] = JSON.stringify({
            SignedEntryTimestamp: Buffer.from(entry.inclusionPromise.signedEntryTimestamp).toString('base64'),
            Payload: {
                body: Buffer.from(entry.canonicalizedBody).toString('base64'),
                integratedTime: Number(entry.integratedTime),
                logIndex: Number(entry.logIndex),
                logID: Buffer.from(entry.logId.keyId).toString('hex'),
            },
        });
    }
    const stamp = bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps[0];
    if (stamp)
        out[formats_ANNOTATION.rfc3161] = JSON.stringify({ SignedRFC3161Timestamp: Buffer.from(stamp.signedTimestamp).toString('base64') });
    return out;
}
/** The config blob of a classic signature image (cosign writes an empty image config). */
function formats_classicSignatureConfig(layerDigests) {
    return Buffer.from(JSON.stringify({
        architecture: '',
        created: '0001-01-01T00:00:00Z',
        history: [{ created: '0001-01-01T00:00:00Z' }],
        os: '',
        rootfs: { type: 'layers', diff_ids: layerDigests },
        config: {},
    }));
}
/** The classic `.sig` manifest: one simple-signing layer per signature. */
function formats_classicSignatureManifest(config, layers) {
    return Buffer.from(JSON.stringify({
        schemaVersion: 2,
        mediaType: MEDIA.ociManifest,
        config: { mediaType: config.mediaType, digest: config.digest, size: config.size },
        layers,
    }));
}

;// CONCATENATED MODULE: ./packages/supply-chain/src/cosign/image-signing.ts






/** The image's manifest descriptor; an image not in the registry is an error naming it. */
async function image_signing_subjectDescriptor(client, ref) {
    const found = await client.headManifest(ref.repository, ref.digest);
    if (!found) {
        throw new UserError(`The image ${repositoryName(ref)}@${ref.digest} is not in the registry`, {
            hint: 'push the image before signing it, and check the digest',
        });
    }
    return found;
}
/** Pushes a bundle as an OCI 1.1 referrer of `subject` (tag-schema index where the registry has no API). */
async function image_signing_attachBundle(client, repository, subject, bundleText, annotations) {
    const blob = await client.pushBlob(repository, Buffer.from(bundleText), MEDIA.sigstoreBundle);
    // The manifest's config is the empty descriptor; registries want its blob present too.
    await client.pushBlob(repository, Buffer.from('{}'), MEDIA.ociEmpty);
    const manifest = bundleReferrerManifest(blob, subject, annotations);
    return client.pushReferrer(repository, subject.digest, manifest.bytes, {
        mediaType: MEDIA.ociManifest,
        artifactType: MEDIA.sigstoreBundle,
        annotations: manifest.annotations,
    });
}
/** Appends a classic signature layer to the image's `.sig` manifest (creating it when absent). */
async function writeClassicSignature(client, ref, payload, bundle) {
    const tag = signatureTag(ref.digest);
    const layer = {
        ...(await client.pushBlob(ref.repository, payload, MEDIA.simpleSigning)),
        annotations: classicSignatureAnnotations(bundle),
    };
    const layers = [];
    if (await client.headManifest(ref.repository, tag)) {
        const existing = await client.getManifest(ref.repository, tag);
        const old = existing.json['layers'];
        if (Array.isArray(old))
            for (const l of old)
                layers.push(l);
    }
    const sig = layer.annotations['dev.cosignproject.cosign/signature'];
    if (!layers.some((l) => l.annotations?.['dev.cosignproject.cosign/signature'] === sig))
        layers.push(layer);
    const config = await client.pushBlob(ref.repository, classicSignatureConfig(layers.map((l) => l.digest)), MEDIA.ociConfig);
    await client.putManifest(ref.repository, tag, classicSignatureManifest(config, layers), MEDIA.ociManifest);
    return tag;
}
/**
 * Signs an image by digest in cosign's formats: a DSSE bundle of cosign's sign statement as an
 * OCI referrer, and on request the classic `.sig` tag with a simple-signing payload. Nothing is
 * reported until every write succeeded.
 */
async function signImage(client, ref, method, options = {}) {
    // Both kinds are checked first: the classic signature must not fail after the referrer is pushed.
    checkKeyFits(method, options.classic ? ['dsse', 'message-signature'] : ['dsse']);
    const subject = await image_signing_subjectDescriptor(client, ref);
    const statement = Buffer.from(JSON.stringify(cosignSignStatement(ref.digest)));
    const bundle = await signDsse(statement, IN_TOTO_PAYLOAD_TYPE, method);
    const referrer = await image_signing_attachBundle(client, ref.repository, subject, bundle.text, {
        content: 'dsse-envelope',
        predicateType: COSIGN_SIGN_PREDICATE,
        created: options.now ?? new Date(),
    });
    let classicTag;
    if (options.classic) {
        const payload = simpleSigningPayload(repositoryName(ref), ref.digest);
        const classic = await signBlob(payload, method);
        classicTag = await writeClassicSignature(client, ref, payload, classic.bundle);
    }
    return { image: `${repositoryName(ref)}@${ref.digest}`, digest: ref.digest, referrer, bundle, classicTag };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __nccwpck_require__(1040);
;// CONCATENATED MODULE: ./packages/supply-chain/src/bundle.ts


const KNOWN_MEDIA_TYPES = [dist.BUNDLE_V01_MEDIA_TYPE, dist.BUNDLE_V02_MEDIA_TYPE, dist.BUNDLE_V03_LEGACY_MEDIA_TYPE, dist.BUNDLE_V03_MEDIA_TYPE];
/** Decodes a Sigstore bundle (v0.1 to v0.3) from JSON; anything else is a UserError naming the source. */
function bundle_parseBundle(text, source) {
    return bundleFromValue(parseJson(text, source), source);
}
/** Decodes an already-parsed Sigstore bundle document. */
function bundleFromValue(value, source) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new UserError(`${source} is not a Sigstore bundle: expected a JSON object`);
    }
    const mediaType = value['mediaType'];
    if (typeof mediaType !== 'string' || !KNOWN_MEDIA_TYPES.includes(mediaType)) {
        throw new UserError(`${source}: mediaType ${JSON.stringify(mediaType)} is not a Sigstore bundle version this verifier knows`, {
            hint: `accepted: ${KNOWN_MEDIA_TYPES.join(', ')}`,
        });
    }
    try {
        return bundleFromJSON(value);
    }
    catch (error) {
        throw new UserError(`${source} is not a valid Sigstore bundle: ${errorMessage(error)}`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./packages/supply-chain/src/cosign/attestations.ts





/** The in-toto statement inside a DSSE bundle. */
function bundleStatement(bundle, source) {
    if (bundle.content.$case !== 'dsseEnvelope')
        throw new UserError(`${source} holds a message signature, not an attestation (DSSE envelope)`);
    const payload = Buffer.from(bundle.content.dsseEnvelope.payload).toString('utf8');
    return decodeDocument(decodeStatement, parseJson(payload, `${source} (DSSE payload)`), `${source} (statement)`);
}
/**
 * Attaches an attestation bundle to an image as a referrer, after checking that the statement
 * names the image's digest among its subjects (an attestation about other bytes is refused).
 */
async function attachAttestation(client, ref, bundleText, source, now = new Date()) {
    const statement = bundleStatement(parseBundle(bundleText, source), source);
    const hex = ref.digest.replace(/^sha256:/, '');
    if (!statement.subject.some((s) => s.digest.sha256 === hex)) {
        throw new UserError(`${source} attests ${statement.subject.length} subject(s), none of them ${repositoryName(ref)}@${ref.digest}`, {
            hint: 'attach an attestation made for this image digest (slsa-provenance with subject-name and subject-digest)',
        });
    }
    const subject = await subjectDescriptor(client, ref);
    return attachBundle(client, ref.repository, subject, bundleText, {
        content: 'dsse-envelope',
        predicateType: statement.predicateType,
        created: now,
    });
}

;// CONCATENATED MODULE: ./packages/supply-chain/src/cosign/discover.ts




/** Larger than any Sigstore bundle or referrer manifest: a referrer that says so is set aside unread. */
const MAX_MANIFEST_BYTES = (/* unused pure expression or super */ null && (4 * 1024 * 1024));
const MAX_BUNDLE_BYTES = (/* unused pure expression or super */ null && (16 * 1024 * 1024));
const NETWORK_CODES = [src/* errorCodes */.fv.networkTimeout, src/* errorCodes */.fv.networkUnreachable, src/* errorCodes */.fv.networkStatus];
/** One referrer as a bundle, or why it is not one. */
async function readReferrer(client, ref, descriptor) {
    const name = `${ref.repository}@${descriptor.digest}`;
    if (descriptor.mediaType !== MEDIA.ociManifest)
        return { skip: `${name} is a ${descriptor.mediaType}, not an OCI manifest` };
    if (descriptor.size > MAX_MANIFEST_BYTES)
        return { skip: `${name} says it is ${descriptor.size} bytes, more than a referrer manifest is` };
    const manifest = await client.findManifest(ref.repository, descriptor.digest, MEDIA.ociManifest);
    if (!manifest)
        return { skip: `${name} is listed but not in the registry` };
    const annotations = (manifest.json['annotations'] ?? descriptor.annotations ?? {});
    const layers = manifest.json['layers'];
    const layer = Array.isArray(layers)
        ? layers.find((l) => typeof l === 'object' && l !== null && l.mediaType === MEDIA.sigstoreBundle)
        : undefined;
    if (!layer || typeof layer.digest !== 'string' || typeof layer.size !== 'number')
        return { skip: `${name} has no Sigstore bundle layer` };
    if (layer.size > MAX_BUNDLE_BYTES)
        return { skip: `${name} has a bundle layer of ${layer.size} bytes, more than a Sigstore bundle is` };
    const text = (await client.getBlob(ref.repository, layer.digest)).toString('utf8');
    parseBundle(text, `the referrer ${name}`);
    return { bundle: { manifest: manifest.descriptor, predicateType: annotations[ANNOTATION.bundlePredicateType], text } };
}
/**
 * Every Sigstore bundle attached to the image as a referrer (API or tag-schema fallback),
 * optionally only those with one predicate type. Each blob is checked against its digest.
 * Anyone who may push to the repository can attach referrers, so a referrer that is not a
 * readable Sigstore bundle (another artifact type, an unknown media type, a missing or broken
 * layer, a bundle that does not parse) is set aside with a note to `note` (default: the client's
 * warn), never an error: it cannot make verification pass, and it must not make it fail. A
 * registry that cannot be reached is still an error.
 */
async function fetchReferrerBundles(client, ref, predicateType, options = {}) {
    const note = options.note ?? client.warn;
    const { manifests, skipped } = await client.referrers(ref.repository, ref.digest);
    for (const s of skipped)
        note(`Ignored an entry of the referrers of ${ref.repository}@${ref.digest}: ${s}`);
    const others = manifests.filter((m) => m.artifactType !== MEDIA.sigstoreBundle);
    if (others.length > 0) {
        const types = [...new Set(others.map((m) => m.artifactType ?? `no artifact type (${m.mediaType})`))];
        note(`Ignored ${others.length} referrer${others.length === 1 ? '' : 's'} of ${ref.repository}@${ref.digest} that ${others.length === 1 ? 'is' : 'are'} not a Sigstore bundle: ${types.join(', ')}`);
    }
    const out = [];
    for (const descriptor of manifests.filter((m) => m.artifactType === MEDIA.sigstoreBundle)) {
        let read;
        try {
            read = await readReferrer(client, ref, descriptor);
        }
        catch (error) {
            if (!(error instanceof UserError) || NETWORK_CODES.includes(error.code))
                throw error;
            read = { skip: errorMessage(error) };
        }
        if ('skip' in read) {
            note(`Ignored the referrer ${descriptor.digest} of ${ref.repository}@${ref.digest}: ${read.skip}`);
            continue;
        }
        if (predicateType !== undefined && read.bundle.predicateType !== predicateType)
            continue;
        out.push(read.bundle);
    }
    return out;
}
/** The classic `sha256-<hex>.sig` signatures of an image (none when the tag is absent). */
async function fetchClassicSignatures(client, ref) {
    const tag = signatureTag(ref.digest);
    if (!(await client.headManifest(ref.repository, tag)))
        return [];
    const manifest = await client.getManifest(ref.repository, tag);
    const layers = manifest.json['layers'];
    if (!Array.isArray(layers)) {
        client.warn(`Ignored the signature manifest ${ref.repository}:${tag}: it has no layers`);
        return [];
    }
    const out = [];
    for (const layer of layers) {
        if (layer.mediaType !== MEDIA.simpleSigning)
            continue;
        out.push({ payload: await client.getBlob(ref.repository, layer.digest), annotations: layer.annotations ?? {} });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/supply-chain/src/index.ts
// The public API of @slipway/supply-chain: subjects, in-toto statements, SLSA provenance,
// Sigstore signing (key and keyless), the OCI distribution client and cosign's registry formats.

























/***/ }),

/***/ 2948:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ signDsse),
/* harmony export */   Zy: () => (/* binding */ SIGSTORE_DEADLINE_MS)
/* harmony export */ });
/* unused harmony exports PUBLIC_GOOD_FULCIO, PUBLIC_GOOD_REKOR, checkKeyFits, signBlob */
/* harmony import */ var _slipway_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(191);

const PUBLIC_GOOD_FULCIO = 'https://fulcio.sigstore.dev';
const PUBLIC_GOOD_REKOR = 'https://rekor.sigstore.dev';
/** How long one call to Fulcio, Rekor or a timestamp authority may take (lowered by SLIPWAY_NETWORK_TIMEOUT). */
const SIGSTORE_DEADLINE_MS = 30_000;
/**
 * Refuses, before anything is signed or pushed, a key that cannot make one of these bundle kinds
 * so that Sigstore verifiers accept it (P-384 DSSE, Ed25519 file signatures), naming the key and why.
 */
function checkKeyFits(method, uses) {
    if (method.mode !== 'key')
        return;
    const wanted = [...uses];
    if (uses.includes('message-signature') && method.rekorURL)
        wanted.push('message-signature-log');
    for (const use of wanted) {
        const why = method.key.refuses[use];
        if (why === undefined)
            continue;
        const what = use === 'dsse'
            ? 'attestations and image signatures'
            : use === 'message-signature'
                ? 'file signatures'
                : 'file signatures logged in Rekor';
        throw new _slipway_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The ${method.key.algorithm} key cannot make ${what}: ${why}`, {
            hint: 'sign with an ECDSA P-256 key (openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256), which every Sigstore verifier accepts',
        });
    }
}
/** @sigstore/sign (with its Fulcio, Rekor and timestamp clients and make-fetch-happen, about 1 MB), loaded on the first signing. */
const library = () => Promise.all(/* import() */[__nccwpck_require__.e(832), __nccwpck_require__.e(919)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8919));
/** Signs a payload as a DSSE envelope (an in-toto statement, usually) and packs a v0.3 bundle. */
async function signDsse(payload, payloadType, method) {
    checkKeyFits(method, ['dsse']);
    return (await library()).signDsseWithLibrary(payload, payloadType, method);
}
/** Signs bytes with a plain message signature (the key type's digest + signature) in a v0.3 bundle. */
async function signBlob(data, method) {
    checkKeyFits(method, ['message-signature']);
    return (await library()).signBlobWithLibrary(data, method);
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 6460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // \u2192 key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(6424);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(9210);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '\u2026' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '\u2026';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '\u2026\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
exports.XT = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(6424);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(6424);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(6424);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(6424);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(6424);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 6424:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` \u2013 Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` \u2013 Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` \u2013 Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` \u2013 The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(4371);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(6424);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(4371);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 4371:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 9210:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
// Modules reached only from packages evaluated on first use are read from ./deferred.cjs when first required.
var __slipway_deferred__;
for (const id of ["50","109","116","158","172","379","628","637","660","735","736","837","883","961","1059","1117","1216","1238","1276","1511","1514","1529","1652","1841","1882","1900","1978","2026","2128","2279","2414","2429","2581","2607","2824","3137","3168","3245","3246","3264","3397","3434","3440","3560","3610","3627","3701","3726","3870","3900","4004","4031","4043","4398","4492","4495","4655","4660","4811","5092","5188","5893","5910","6142","6443","6603","6615","6653","6672","6752","6798","6862","6897","7114","7365","7405","7501","7655","7752","7797","7816","8060","8155","8355","8573","8625","8707","8754","8788","9051","9061","9136","9469","9634","9927","9967"]) Object.defineProperty(__webpack_modules__, id, { configurable: true, enumerable: true, get: () => (__slipway_deferred__ ??= __slipway_createRequire__(import.meta.url)("./deferred.cjs"))[id] });

/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(7522);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
