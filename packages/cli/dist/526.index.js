export const id = 526;
export const ids = [526];
export const modules = {

/***/ 71526:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qD: () => (/* reexport */ artifactFromBytes),
  BJ: () => (/* reexport */ artifactFromDigest),
  T_: () => (/* reexport */ conformanceVerify),
  VE: () => (/* reexport */ decodePolicy),
  Nz: () => (/* reexport */ formatReportText),
  kY: () => (/* reexport */ isDigestReference),
  Yl: () => (/* reexport */ loadBundleFiles),
  v7: () => (/* reexport */ loadFileSubject),
  Vc: () => (/* reexport */ loadTrust),
  ON: () => (/* reexport */ parsePolicy),
  sw: () => (/* reexport */ registryBundleFinder),
  Y4: () => (/* reexport */ tufTrust),
  ZG: () => (/* reexport */ verifyImage),
  is: () => (/* reexport */ verifySubject)
});

// UNUSED EXPORTS: DIGEST_ALGORITHMS, HERMETIC_LEVEL, PUBLIC_GOOD_TUF_MIRROR, REPRODUCIBLE_LEVEL, SEGMENT_CHARS, SLSA_V02, VSA_PREDICATE_TYPE, allPassed, artifactDigest, bundleFromValue, certificateIdentity, checkRegistryInputs, classicSignatureBundle, compilePattern, dockerConfigDir, firstFailureCode, formatReportMarkdown, leafCertificate, matchStatement, matchSubject, matchValue, matchesAny, parseBundle, parseBundles, parsePublicKey, parseTrustedRoot, provenanceChecks, provenanceFacts, provenanceFormat, publicGoodTrustedRootJson, registryInputSchema, requiredLevels, sanIdentity, showValue, statementFromBundle, unsafeValueReason, verifyBundleAgainstPolicy, verifySignature

// EXTERNAL MODULE: ./packages/core/src/index.ts + 26 modules
var src = __webpack_require__(63220);
;// CONCATENATED MODULE: ./packages/verify/src/artifact.ts

/** An artifact from its bytes. */
function artifactFromBytes(bytes, name) {
    return { kind: 'bytes', bytes, sha256: (0,src/* digestBytes */.QN)(bytes), name };
}
const DIGEST = /^sha256:([0-9a-fA-F]{64})$/;
/** True for a `sha256:<64 hex>` reference. */
function isDigestReference(text) {
    return DIGEST.test(text);
}
/** An artifact known only by `sha256:<hex>`. */
function artifactFromDigest(reference, name = reference) {
    const match = DIGEST.exec(reference);
    if (!match?.[1])
        throw new src/* UserError */.yo(`'${reference}' is not a digest; expected sha256: followed by 64 hex digits`);
    return { kind: 'digest', sha256: match[1].toLowerCase(), name };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/core/dist/index.js
var dist = __webpack_require__(83917);
;// CONCATENATED MODULE: ./packages/verify/src/safe-text.ts
/** Shows a value with every byte outside printable ASCII escaped, so a report or log line can never be forged by it. */
function showValue(value) {
    let out = '';
    for (const ch of value) {
        const code = ch.codePointAt(0) ?? 0;
        if (code >= 0x20 && code <= 0x7e && ch !== '\\')
            out += ch;
        else if (ch === '\\')
            out += '\\\\';
        else if (code <= 0xff)
            out += `\\x${code.toString(16).padStart(2, '0')}`;
        else
            out += `\\u{${code.toString(16)}}`;
    }
    return out;
}
/**
 * Why a value (an identity, builder ID, repository or ref) must not be compared with a policy
 * at all, or undefined when it may be: anything but printable ASCII without spaces, a
 * %-escape (which could hide a `/` or `@`) or a `.`/`..` path segment.
 */
function unsafeValueReason(value) {
    if (value === '')
        return 'it is empty';
    for (const ch of value) {
        const code = ch.codePointAt(0) ?? 0;
        if (code < 0x20 || code === 0x7f)
            return `it contains the control character \\x${code.toString(16).padStart(2, '0')}`;
        if (code === 0x20)
            return 'it contains a space';
        if (code > 0x7e)
            return `it contains the non-ASCII character ${showValue(ch)}`;
    }
    if (value.includes('%'))
        return 'it contains a %-escape';
    if (/(^|[/@])\.{1,2}([/@]|$)/.test(value))
        return 'it contains a . or .. path segment';
    return undefined;
}

;// CONCATENATED MODULE: ./packages/verify/src/subject-alt-name.ts

// Definite-length DER only (no indefinite form, no more than 4 length bytes), nothing left over.
function readElements(der) {
    const out = [];
    let at = 0;
    while (at < der.length) {
        const tag = der[at++];
        let length = der[at++];
        if (tag === undefined || length === undefined)
            throw new Error('truncated element');
        if (length & 0x80) {
            const count = length & 0x7f;
            if (count === 0 || count > 4)
                throw new Error('unsupported length form');
            length = 0;
            for (let i = 0; i < count; i++) {
                const byte = der[at++];
                if (byte === undefined)
                    throw new Error('truncated length');
                length = length * 256 + byte;
            }
        }
        if (at + length > der.length)
            throw new Error('element runs past the end');
        out.push({ tag, content: der.subarray(at, at + length) });
        at += length;
    }
    return out;
}
const URI_TAG = 0x86; // [6] IMPLICIT IA5String
const EMAIL_TAG = 0x81; // [1] IMPLICIT IA5String (rfc822Name)
// RFC 3986 characters only (the % check is the matcher's), with a scheme.
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]+$/;
// RFC 5321 dot-atom local part and a host name.
const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;
/**
 * Reads the URI or email identity from the raw subjectAltName extension value (a SEQUENCE of
 * GeneralName). Every byte must be printable ASCII (0x21-0x7E) and the text valid for its type;
 * a certificate with more than one such name is refused as ambiguous. Libraries that decode the
 * IA5String as 7-bit ASCII turn 0xE1 into 'a', so the bytes are checked here, not a decoded string.
 */
function sanIdentity(extensionValue) {
    if (!extensionValue)
        return { ok: false, reason: 'the certificate has no subjectAltName extension' };
    let names;
    try {
        const [sequence, ...rest] = readElements(extensionValue);
        if (!sequence || sequence.tag !== 0x30 || rest.length > 0)
            throw new Error('not a single SEQUENCE');
        names = readElements(sequence.content);
    }
    catch (error) {
        return {
            ok: false,
            reason: `the subjectAltName extension is not valid DER (${error instanceof Error ? error.message : String(error)})`,
        };
    }
    const identities = names.filter((n) => n.tag === URI_TAG || n.tag === EMAIL_TAG);
    if (identities.length === 0)
        return { ok: false, reason: 'the subjectAltName holds no URI or email identity' };
    if (identities.length > 1)
        return { ok: false, reason: `the subjectAltName holds ${identities.length} identities; exactly one is accepted` };
    const [name] = identities;
    const type = name.tag === URI_TAG ? 'uri' : 'email';
    const bad = name.content.findIndex((b) => b < 0x21 || b > 0x7e);
    const shown = showValue(name.content.toString('latin1'));
    if (bad >= 0) {
        const byte = name.content[bad] ?? 0;
        return {
            ok: false,
            reason: `the ${type} identity ${shown} has the byte 0x${byte.toString(16).padStart(2, '0')} at offset ${bad}; only printable ASCII is accepted`,
        };
    }
    const value = name.content.toString('ascii');
    if (type === 'uri' ? !URI.test(value) : !EMAIL.test(value)) {
        return { ok: false, reason: `the ${type} identity ${shown} is not a valid ${type === 'uri' ? 'URI' : 'email address'}` };
    }
    return { ok: true, type, value };
}

;// CONCATENATED MODULE: ./packages/verify/src/certificate-identity.ts



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
const printable = (bytes) => bytes.every((b) => b >= 0x20 && b <= 0x7e);
// v2 extensions (.8 and later) hold a DER UTF8String; the legacy ones hold raw ASCII. Only
// printable ASCII is read: anything else is recorded as malformed and treated as absent.
function certificate_identity_text(cert, oid, der, malformed) {
    const ext = cert.extension(oid);
    if (!ext)
        return undefined;
    const bytes = (der ? ext.valueObj.subs[0]?.value : undefined) ?? ext.value;
    if (!printable(bytes)) {
        malformed.push(`${oid} (${showValue(bytes.toString('latin1'))})`);
        return undefined;
    }
    return bytes.toString('ascii');
}
/** The leaf certificate of a bundle, or undefined in key mode. */
function leafCertificate(bundle) {
    const content = bundle.verificationMaterial.content;
    switch (content.$case) {
        case 'certificate':
            return dist.X509Certificate.parse(Buffer.from(content.certificate.rawBytes));
        case 'x509CertificateChain': {
            const first = content.x509CertificateChain.certificates[0];
            return first ? dist.X509Certificate.parse(Buffer.from(first.rawBytes)) : undefined;
        }
        case 'publicKey':
            return undefined;
    }
}
/**
 * Reads the identity a Fulcio certificate carries (legacy GitHub extensions as fallback). The
 * SAN comes from the extension's own bytes, never from a library's decoded string.
 */
function certificateIdentity(cert) {
    const malformed = [];
    const read = (oid, der) => certificate_identity_text(cert, oid, der, malformed);
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

;// CONCATENATED MODULE: ./packages/verify/src/check.ts
const passed = (name, detail) => ({ name, status: 'passed', detail });
const failed = (name, detail, code) => ({ name, status: 'failed', detail, code });
const skipped = (name, detail) => ({ name, status: 'skipped', detail });
/** True when no check failed (skipped checks were not required). */
function allPassed(checks) {
    return checks.every((c) => c.status !== 'failed');
}
/** The code of the first failed check, if any. */
function firstFailureCode(checks) {
    return checks.find((c) => c.status === 'failed')?.code;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var protobuf_specs_dist = __webpack_require__(19654);
// EXTERNAL MODULE: ./node_modules/@sigstore/verify/dist/index.js
var verify_dist = __webpack_require__(54187);
// EXTERNAL MODULE: ./node_modules/@noble/curves/nist.js + 10 modules
var nist = __webpack_require__(13260);
;// CONCATENATED MODULE: ./packages/verify/src/digest-signature.ts


const CURVES = { prime256v1: nist/* p256 */.s9, secp384r1: nist/* p384 */.sL, secp521r1: nist/* p521 */.Bt };
/**
 * The signature content of a message-signature bundle when only the artifact's digest is
 * known. Node can only verify over the message, so the ECDSA check runs on the digest with
 * @noble/curves (prehash off). Non-ECDSA keys cannot be checked from a digest and fail.
 */
class DigestSignatureContent {
    signature;
    digest;
    bundleDigest;
    constructor(messageSignature, sha256) {
        this.signature = messageSignature.signature;
        this.bundleDigest = messageSignature.messageDigest?.digest ?? Buffer.alloc(0);
        this.digest = Buffer.from(sha256, 'hex');
    }
    compareSignature(signature) {
        return dist.crypto.bufferEqual(signature, this.signature);
    }
    compareDigest(digest) {
        return dist.crypto.bufferEqual(digest, this.bundleDigest);
    }
    compareSignedDigest(digest) {
        return this.compareDigest(digest);
    }
    verifySignature(key) {
        if (key.asymmetricKeyType !== 'ec')
            return false;
        const curveName = key.asymmetricKeyDetails?.namedCurve;
        const curve = curveName === undefined ? undefined : CURVES[curveName];
        if (curve === undefined)
            return false;
        const jwk = key.export({ format: 'jwk' });
        if (typeof jwk.x !== 'string' || typeof jwk.y !== 'string')
            return false;
        const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
        try {
            return curve.verify(this.signature, this.digest, point, { prehash: false, format: 'der', lowS: false });
        }
        catch {
            return false;
        }
    }
}

;// CONCATENATED MODULE: ./packages/verify/src/digest-match.ts

/** The digest algorithms compared with in-toto subjects, strongest first. */
const DIGEST_ALGORITHMS = ['sha512', 'sha384', 'sha256'];
const HEX_LENGTH = { sha512: 128, sha384: 96, sha256: 64 };
const computed = new WeakMap();
/** The artifact's digest in an algorithm, when it can be known: all of them from bytes, only sha256 from a digest reference. */
function artifactDigest(artifact, algorithm) {
    if (algorithm === 'sha256')
        return artifact.sha256;
    if (artifact.kind !== 'bytes')
        return undefined;
    let cache = computed.get(artifact);
    if (!cache)
        computed.set(artifact, (cache = new Map()));
    let hex = cache.get(algorithm);
    if (hex === undefined)
        cache.set(algorithm, (hex = (0,external_node_crypto_.createHash)(algorithm).update(artifact.bytes).digest('hex')));
    return hex;
}
/**
 * Compares a subject with the artifact on every algorithm both know. All shared digests equal:
 * a match (named by the strongest); none equal: a different artifact; some equal and some not:
 * a contradiction, which no verifier may resolve by picking the algorithm it likes.
 */
function matchSubject(digest, artifact) {
    const agree = [];
    const disagree = [];
    for (const algorithm of DIGEST_ALGORITHMS) {
        const claimed = digest[algorithm];
        if (claimed === undefined)
            continue;
        const actual = artifactDigest(artifact, algorithm);
        if (actual === undefined)
            continue;
        const valid = claimed.length === HEX_LENGTH[algorithm] && /^[0-9a-fA-F]+$/.test(claimed);
        (valid && claimed.toLowerCase() === actual ? agree : disagree).push(algorithm);
    }
    if (agree.length > 0 && disagree.length > 0)
        return { outcome: 'contradiction', agree, disagree };
    if (agree[0])
        return { outcome: 'match', algorithm: agree[0] };
    return disagree.length > 0 ? { outcome: 'different' } : { outcome: 'no-shared-algorithm' };
}
/** A statement names the artifact when a subject matches and no subject contradicts itself about it. */
function matchStatement(statement, artifact) {
    const results = statement.subject.map((s) => ({ s, m: matchSubject(s.digest, artifact) }));
    const contradiction = results.find((r) => r.m.outcome === 'contradiction');
    if (contradiction && contradiction.m.outcome === 'contradiction') {
        return {
            ok: false,
            detail: `the subject ${contradiction.s.name || '(unnamed)'} contradicts itself: its ${contradiction.m.agree.join(', ')} digest is ${artifact.name}'s but its ${contradiction.m.disagree.join(', ')} digest is not`,
        };
    }
    const hit = results.find((r) => r.m.outcome === 'match');
    if (hit && hit.m.outcome === 'match') {
        const hex = artifactDigest(artifact, hit.m.algorithm) ?? '';
        return { ok: true, detail: `in-toto subject ${hit.m.algorithm}:${hex.slice(0, 16)}\u2026 is ${artifact.name}` };
    }
    const known = DIGEST_ALGORITHMS.filter((a) => artifactDigest(artifact, a) !== undefined);
    const subjects = statement.subject.map((s) => `${s.name || '(unnamed)'} ${Object.keys(s.digest).join('+') || 'no digest'}`).join(', ') || 'none';
    return {
        ok: false,
        detail: `no in-toto subject has sha256:${artifact.sha256} (${artifact.name}) or its ${known.filter((a) => a !== 'sha256').join(' or ') || 'other'} digest; subjects: ${subjects}`,
    };
}

// EXTERNAL MODULE: ./packages/supply-chain/src/index.ts + 22 modules
var supply_chain_src = __webpack_require__(5377);
;// CONCATENATED MODULE: ./packages/verify/src/in-toto.ts


const statementDecoder = src/* decode.map */.D4.map(src/* decode.object */.D4.object({
    _type: src/* decode.literal */.D4.literal(supply_chain_src/* STATEMENT_TYPE_V1 */.HL, 'https://in-toto.io/Statement/v0.1'),
    subject: src/* decode.array */.D4.array(src/* decode.object */.D4.object({ name: src/* decode.withDefault */.D4.withDefault(src/* decode.string */.D4.string, ''), digest: src/* decode.record */.D4.record(src/* decode.string */.D4.string) })),
    predicateType: src/* decode.string */.D4.string,
    predicate: src/* decode.unknown */.D4.unknown,
}), (s) => ({ type: s._type, subject: s.subject, predicateType: s.predicateType, predicate: s.predicate }));
/** The in-toto statement a DSSE bundle carries, or why there is none. */
function statementFromBundle(bundle) {
    if (bundle.content.$case !== 'dsseEnvelope')
        return { ok: false, reason: 'the bundle is a message signature, not an attestation' };
    const envelope = bundle.content.dsseEnvelope;
    if (envelope.payloadType !== supply_chain_src/* IN_TOTO_PAYLOAD_TYPE */.T4) {
        return { ok: false, reason: `the DSSE payload type is ${envelope.payloadType}, not ${supply_chain_src/* IN_TOTO_PAYLOAD_TYPE */.T4}` };
    }
    try {
        return { ok: true, value: statementDecoder(JSON.parse(Buffer.from(envelope.payload).toString('utf8')), 'statement') };
    }
    catch (error) {
        return { ok: false, reason: `the DSSE payload is not an in-toto statement: ${error instanceof Error ? error.message : String(error)}` };
    }
}

;// CONCATENATED MODULE: ./packages/verify/src/signature-check.ts








// The library verifies in this order and stops at the first failure.
const STAGES = ['timestamps', 'signing certificate', 'transparency log', 'signature'];
function stageOf(error) {
    if (!(error instanceof verify_dist/* VerificationError */.mk))
        return 'signature';
    switch (error.code) {
        case 'TIMESTAMP_ERROR':
            return 'timestamps';
        case 'CERTIFICATE_ERROR':
        case 'PUBLIC_KEY_ERROR':
            return 'signing certificate';
        case 'SIGNATURE_ERROR':
            return 'signature';
        default:
            return 'transparency log';
    }
}
const HASHES = {
    [protobuf_specs_dist.HashAlgorithm.HASH_ALGORITHM_UNSPECIFIED]: 'sha256',
    [protobuf_specs_dist.HashAlgorithm.SHA2_256]: 'sha256',
    [protobuf_specs_dist.HashAlgorithm.SHA2_384]: 'sha384',
    [protobuf_specs_dist.HashAlgorithm.SHA2_512]: 'sha512',
};
// The bundle's digest is an unauthenticated hint, but it must agree with the artifact: a
// mismatch means the bundle was made for something else.
function artifactCheck(bundle, artifact) {
    const name = 'artifact digest';
    if (bundle.content.$case === 'messageSignature') {
        const md = bundle.content.messageSignature.messageDigest;
        if (!md)
            return failed(name, 'the bundle has no message digest', src/* errorCodes */.fv.signatureInvalid);
        const algorithm = HASHES[md.algorithm];
        if (algorithm === undefined)
            return failed(name, `unsupported digest algorithm ${md.algorithm}`, src/* errorCodes */.fv.signatureInvalid);
        const expected = artifact.kind === 'bytes'
            ? (0,external_node_crypto_.createHash)(algorithm).update(artifact.bytes).digest('hex')
            : algorithm === 'sha256'
                ? artifact.sha256
                : '';
        const actual = Buffer.from(md.digest).toString('hex');
        return actual === expected
            ? passed(name, `${algorithm}:${actual.slice(0, 16)}\u2026 equals ${artifact.name}`)
            : failed(name, `the bundle signs ${algorithm}:${actual}, but ${artifact.name} is ${algorithm === 'sha256' ? 'sha256:' + artifact.sha256 : 'different'}`, src/* errorCodes */.fv.signatureInvalid);
    }
    const statement = statementFromBundle(bundle);
    if (!statement.ok)
        return failed(name, statement.reason, src/* errorCodes */.fv.provenanceMismatch);
    const match = matchStatement(statement.value, artifact);
    return match.ok ? passed(name, match.detail) : failed(name, match.detail, src/* errorCodes */.fv.provenanceMismatch);
}
function entityFor(bundle, artifact) {
    const entity = (0,verify_dist/* toSignedEntity */.DC)(bundle, artifact.kind === 'bytes' ? artifact.bytes : undefined);
    if (bundle.content.$case === 'messageSignature' && artifact.kind === 'digest') {
        return { ...entity, signature: new DigestSignatureContent(bundle.content.messageSignature, artifact.sha256) };
    }
    return entity;
}
// Only signed times count. The library lists every log entry with an integratedTime as a
// timestamp, but an entry without a signed entry timestamp (SET) has an unsigned time anyone
// can rewrite. Once verify() has returned, every SET and RFC 3161 token present verified.
function verifiedTimes(entity) {
    return entity.timestamps.flatMap((t) => {
        if (t.$case === 'timestamp-authority')
            return [t.timestamp.signingTime];
        return t.tlogEntry.inclusionPromise ? [new Date(Number(t.tlogEntry.integratedTime) * 1000)] : [];
    });
}
function earliest(times) {
    return times.length === 0 ? undefined : new Date(Math.min(...times.map((d) => d.getTime())));
}
function keyHintOf(bundle) {
    const content = bundle.verificationMaterial.content;
    return content.$case === 'publicKey' && content.publicKey.hint !== '' ? content.publicKey.hint : undefined;
}
/** Verifies a bundle against an artifact: digest agreement, timestamps, certificate chain, log inclusion, signature. */
function verifySignature(bundle, artifact, trust, thresholds) {
    const checks = [artifactCheck(bundle, artifact)];
    const keyBundle = bundle.verificationMaterial.content.$case === 'publicKey';
    const none = (check) => ({ checks: [...checks, check], signer: undefined, signedAt: undefined });
    if (keyBundle && !trust.keyMode) {
        return none(failed('signing certificate', 'the bundle is signed with a public key, not a Fulcio certificate; verify it in key mode with that key', src/* errorCodes */.fv.keyNotTrusted));
    }
    if (!keyBundle && trust.keyMode) {
        return none(failed('signing certificate', 'key mode was chosen, but the bundle carries a certificate instead of a key hint', src/* errorCodes */.fv.signatureInvalid));
    }
    let entity;
    try {
        entity = entityFor(bundle, artifact);
    }
    catch (error) {
        return none(failed('bundle', `cannot read the verification material: ${(0,src/* errorMessage */.gJ)(error)}`, src/* errorCodes */.fv.signatureInvalid));
    }
    // A certificate is only valid at a verified time, so certificate mode needs at least one.
    const timestampThreshold = keyBundle ? thresholds.timestamps : Math.max(1, thresholds.timestamps);
    const verifier = new verify_dist/* Verifier */.BL(trust.material, {
        tlogThreshold: thresholds.tlogEntries,
        ctlogThreshold: keyBundle ? 0 : 1,
        timestampThreshold,
    });
    try {
        const signer = verifier.verify(entity);
        const times = verifiedTimes(entity);
        const at = earliest(times);
        checks.push(passed('timestamps', `${times.length} verified (${timestampThreshold} required)${at ? `, signed ${at.toISOString()}` : ''}`), passed('signing certificate', keyBundle ? `key from ${trust.label}` : `chains to ${trust.label}; SCT verified`), passed('transparency log', `${entity.tlogEntries.length} entr${entity.tlogEntries.length === 1 ? 'y' : 'ies'} included (${thresholds.tlogEntries} required)`), passed('signature', bundle.content.$case === 'dsseEnvelope' ? 'DSSE envelope signature valid' : 'message signature valid'));
        return { checks, signer, signedAt: at };
    }
    catch (error) {
        const stage = stageOf(error);
        const at = STAGES.indexOf(stage);
        // In key mode a bundle that names another key than the trusted one was signed by an untrusted key.
        const hint = keyHintOf(bundle);
        const otherKey = trust.key !== undefined && hint !== undefined && hint !== trust.key.hint && stage !== 'timestamps';
        STAGES.forEach((s, i) => {
            if (i < at)
                checks.push(passed(s, 'verified'));
            else if (i === at)
                checks.push(otherKey
                    ? failed(s, `${(0,src/* errorMessage */.gJ)(error)}: the bundle names the key ${hint}, not the trusted key ${trust.key?.fingerprint ?? ''}`, src/* errorCodes */.fv.keyNotTrusted)
                    : failed(s, (0,src/* errorMessage */.gJ)(error), src/* errorCodes */.fv.signatureInvalid));
            else
                checks.push(skipped(s, `not reached: ${stage} failed`));
        });
        return { checks, signer: undefined, signedAt: undefined };
    }
}

// EXTERNAL MODULE: ./node_modules/@sigstore/tuf/seeds.json
var tuf_seeds = __webpack_require__(8032);
;// CONCATENATED MODULE: ./packages/verify/src/trust-material.ts






const PUBLIC_GOOD_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
const seedsDecoder = src/* decode.record */.D4.record(src/* decode.object */.D4.object({ targets: src/* decode.record */.D4.record(src/* decode.string */.D4.string) }));
let publicGoodJson;
/**
 * The public-good trusted root that ships in `@sigstore/tuf` (the TUF seed target), so
 * verification works offline with the root the package was released with.
 */
function publicGoodTrustedRootJson() {
    if (publicGoodJson !== undefined)
        return publicGoodJson;
    const seeds = seedsDecoder(tuf_seeds, '@sigstore/tuf/seeds.json');
    const target = seeds[PUBLIC_GOOD_MIRROR]?.targets['trusted_root.json'];
    if (target === undefined)
        throw new Error(`@sigstore/tuf seeds.json has no trusted_root.json for ${PUBLIC_GOOD_MIRROR}`);
    publicGoodJson = Buffer.from(target, 'base64').toString('utf8');
    return publicGoodJson;
}
/** Parses a trusted_root.json; a file that is not one fails with its name. */
function parseTrustedRoot(json, source) {
    const value = (0,src/* parseJson */.qF)(json, source);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new src/* UserError */.yo(`${source} is not a Sigstore trusted root: expected a JSON object`);
    }
    const mediaType = value['mediaType'];
    if (typeof mediaType !== 'string' || !mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
        throw new src/* UserError */.yo(`${source} is not a Sigstore trusted root: mediaType is ${JSON.stringify(mediaType)}`, {
            hint: 'pass a trusted_root.json (mediaType application/vnd.dev.sigstore.trustedroot+json;version=0.1)',
        });
    }
    requireValidityStarts(value, source, '');
    try {
        return protobuf_specs_dist.TrustedRoot.fromJSON(value);
    }
    catch (error) {
        throw new src/* UserError */.yo(`${source} is not a valid Sigstore trusted root: ${(0,src/* errorMessage */.gJ)(error)}`, { cause: error });
    }
}
// A TimeRange without a start would be read as "valid since forever": reject the root instead.
function requireValidityStarts(value, source, path) {
    if (Array.isArray(value)) {
        value.forEach((v, i) => requireValidityStarts(v, source, `${path}[${i}]`));
        return;
    }
    if (typeof value !== 'object' || value === null)
        return;
    for (const [key, inner] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key;
        if (key === 'validFor') {
            const start = typeof inner === 'object' && inner !== null ? inner['start'] : undefined;
            if (typeof start !== 'string' || Number.isNaN(Date.parse(start))) {
                throw new src/* UserError */.yo(`${source}: ${at}.start is missing or not a time; every validity range needs a start`);
            }
        }
        requireValidityStarts(inner, source, at);
    }
}
/** A PEM public key as a key object; the error names the file. */
function parsePublicKey(pem, source) {
    try {
        return dist.crypto.createPublicKey(pem);
    }
    catch (error) {
        throw new src/* UserError */.yo(`${source} is not a PEM public key: ${(0,src/* errorMessage */.gJ)(error)}`, { cause: error });
    }
}
/** Builds the trust material for a source. In key mode every key hint resolves to the given key. */
function loadTrust(source) {
    switch (source.kind) {
        case 'public-good':
            return {
                material: (0,verify_dist/* toTrustMaterial */.jO)(parseTrustedRoot(publicGoodTrustedRootJson(), 'public-good trusted root')),
                label: 'Sigstore public-good (root shipped with @sigstore/tuf)',
                keyMode: false,
            };
        case 'trusted-root':
            return {
                material: (0,verify_dist/* toTrustMaterial */.jO)(parseTrustedRoot(source.json, source.source)),
                label: `trusted root ${source.source}`,
                keyMode: false,
            };
        case 'public-key': {
            const key = parsePublicKey(source.pem, source.source);
            const root = source.root ?? { json: publicGoodTrustedRootJson(), source: 'public-good trusted root' };
            // The bundle's key hint is not authenticated, so every hint maps to the one key we were given.
            const material = (0,verify_dist/* toTrustMaterial */.jO)(parseTrustedRoot(root.json, root.source), () => ({ publicKey: key, validFor: () => true }));
            const der = key.export({ format: 'der', type: 'spki' });
            const digest = (0,external_node_crypto_.createHash)('sha256').update(der).digest();
            return {
                material,
                label: `public key ${source.source}`,
                keyMode: true,
                key: { fingerprint: `sha256:${digest.toString('hex')}`, hint: digest.toString('base64') },
            };
        }
    }
}

;// CONCATENATED MODULE: ./packages/verify/src/conformance.ts






/**
 * Verifies one bundle as the sigstore-conformance client protocol asks: default thresholds
 * (one log entry, one timestamp), the exact identity and issuer, or the given key.
 */
function conformanceVerify(request) {
    const bundle = (0,supply_chain_src/* parseBundle */.QN)(request.bundle.text, request.bundle.source);
    const source = 'keyPem' in request.expect
        ? {
            kind: 'public-key',
            pem: request.expect.keyPem,
            source: request.expect.keySource,
            ...(request.trustedRoot ? { root: request.trustedRoot } : {}),
        }
        : request.trustedRoot
            ? { kind: 'trusted-root', ...request.trustedRoot }
            : { kind: 'public-good' };
    const trust = loadTrust(source);
    const result = verifySignature(bundle, request.artifact, trust, { tlogEntries: 1, timestamps: 1 });
    const checks = [...result.checks];
    if ('identity' in request.expect && result.signer) {
        const cert = leafCertificate(bundle);
        const id = cert ? certificateIdentity(cert) : undefined;
        const code = src/* errorCodes */.fv.identityMismatch;
        // The identity is read from the SAN's bytes: a non-ASCII byte that a 7-bit decoder would fold into the expected text is refused.
        const san = id?.subjectAlternativeName;
        checks.push(san !== undefined && san === request.expect.identity
            ? passed('signer identity', san)
            : failed('signer identity', san === undefined
                ? `the certificate's identity is refused: ${id?.identityProblem ?? 'there is no certificate'}`
                : `certificate identity is ${san}, expected ${request.expect.identity}`, code), id?.issuer === request.expect.issuer
            ? passed('OIDC issuer', id.issuer)
            : failed('OIDC issuer', `certificate issuer is ${id?.issuer ?? 'missing'}, expected ${request.expect.issuer}`, code));
    }
    return { ok: result.signer !== undefined && allPassed(checks), checks };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/verify/src/sigstore-bundle.ts


/** Splits an attestations file: one bundle, a JSON array of bundles, or JSON lines (as attest-build-provenance writes). */
function parseBundles(text, source) {
    const trimmed = text.trim();
    if (trimmed === '')
        throw new src/* UserError */.yo(`${source} is empty; expected one or more Sigstore bundles`);
    if (trimmed.startsWith('[')) {
        const list = (0,src/* parseJson */.qF)(trimmed, source);
        if (!Array.isArray(list))
            throw new src/* UserError */.yo(`${source}: expected a JSON array of bundles`);
        return list.map((b, i) => (0,supply_chain_src/* bundleFromValue */.M0)(b, `${source}[${i}]`));
    }
    const lines = trimmed.split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length > 1 && lines.every((l) => l.trim().startsWith('{'))) {
        try {
            return lines.map((l, i) => (0,supply_chain_src/* bundleFromValue */.M0)(JSON.parse(l), `${source} line ${i + 1}`));
        }
        catch (error) {
            // Not JSON lines after all (a pretty-printed bundle): parse as one document below.
            if (error instanceof src/* UserError */.yo)
                throw error;
        }
    }
    return [(0,supply_chain_src/* parseBundle */.QN)(trimmed, source)];
}

;// CONCATENATED MODULE: ./packages/verify/src/file-subject.ts





/** Reads an artifact and its bundle files (each a bundle, a JSON array or JSON lines); any unreadable file is an error. */
async function loadFileSubject(artifactPath, bundlePaths) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(artifactPath);
    }
    catch (error) {
        const code = error.code ?? String(error);
        throw new src/* UserError */.yo(`Cannot read the artifact ${artifactPath}: ${code === 'ENOENT' ? 'it does not exist' : code}`, { cause: error });
    }
    if (bundlePaths.length === 0) {
        throw new src/* UserError */.yo(`No bundle was given for ${artifactPath}`, {
            hint: 'pass its signature bundle or attestations file; an unsigned artifact is never deployed',
        });
    }
    return { name: artifactPath, artifact: artifactFromBytes(bytes, (0,external_node_path_.basename)(artifactPath)), bundles: await loadBundleFiles(bundlePaths) };
}
/** Reads bundle files (each a bundle, a JSON array or JSON lines), naming each bundle by its file; any unreadable file is an error. */
async function loadBundleFiles(paths) {
    const bundles = [];
    for (const path of paths) {
        const text = await (0,src/* readTextFile */.Gu)(path, 'bundle');
        const parsed = parseBundles(text, path);
        parsed.forEach((bundle, i) => bundles.push({ bundle, source: parsed.length > 1 ? `${(0,external_node_path_.basename)(path)}#${i + 1}` : (0,external_node_path_.basename)(path) }));
    }
    return bundles;
}

;// CONCATENATED MODULE: ./packages/verify/src/identity-pattern.ts


/** The characters a `*` may match: RFC 3986 unreserved ones and `+`. */
const SEGMENT_CHARS = 'A-Za-z0-9._~+-';
const SEGMENT = `[${SEGMENT_CHARS}]+`;
const cache = new Map();
/**
 * Compiles a pattern: `*` matches one path segment of safe characters (letters, digits and
 * `. _ ~ + -`, never `/`, `@`, `%` or a control character), `**` one or more such segments
 * joined by `/`. Every other character is literal and the match is anchored at both ends: an
 * unanchored regular expression on a certificate identity is a known hole.
 */
function compilePattern(pattern) {
    const hit = cache.get(pattern);
    if (hit)
        return hit;
    if (pattern.trim() === '')
        throw new src/* UserError */.yo('an identity pattern is empty');
    const literal = pattern.replace(/\*/g, 'x');
    const unsafe = unsafeValueReason(literal);
    if (unsafe)
        throw new src/* UserError */.yo(`the pattern ${showValue(pattern)} can never match: ${unsafe}`);
    const body = pattern
        .split(/(\*\*|\*)/)
        .map((part) => (part === '**' ? `${SEGMENT}(?:/${SEGMENT})*` : part === '*' ? SEGMENT : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
    const re = new RegExp(`^${body}$`);
    cache.set(pattern, re);
    return re;
}
function test(matcher, value) {
    return 'exact' in matcher ? value === matcher.exact : compilePattern(matcher.pattern).test(value);
}
/**
 * Matches a value against matchers. A value with control characters, non-ASCII, spaces,
 * %-escapes or dot segments is refused before any comparison, whatever the policy says.
 */
function matchValue(value, matchers) {
    if (value === undefined)
        return { ok: false, refused: true, reason: 'there is no value' };
    const unsafe = unsafeValueReason(value);
    if (unsafe)
        return { ok: false, refused: true, reason: `${showValue(value)} is refused before matching: ${unsafe}` };
    if (matchers.some((m) => test(m, value)))
        return { ok: true };
    return {
        ok: false,
        refused: false,
        reason: `${value} is not allowed; policy allows ${matchers.map(describeMatcher).join(', ') || 'nothing'}`,
    };
}
/** True when any matcher accepts the value (and the value is safe to match at all). */
function matchesAny(value, matchers) {
    return matchValue(value, matchers).ok;
}
/** How a matcher reads in a report. */
function describeMatcher(matcher) {
    return 'exact' in matcher ? matcher.exact : `pattern ${matcher.pattern}`;
}

;// CONCATENATED MODULE: ./packages/verify/src/builder-rules.ts




const RUNNER_BUILDERS = {
    'https://github.com/actions/runner/github-hosted': 'github-hosted',
    'https://github.com/actions/runner/self-hosted': 'self-hosted',
};
const GITHUB_BUILD_TYPES = new Set([
    'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
    'https://actions.github.io/buildtypes/workflow/v1',
]);
const GENERATOR = 'https://github.com/slsa-framework/slsa-github-generator';
const DELEGATORS = new Set([
    `${GENERATOR}/.github/workflows/delegator_generic_slsa3.yml`,
    `${GENERATOR}/.github/workflows/delegator_lowperms-generic_slsa3.yml`,
]);
const DELEGATOR_BUILD_TYPE = /^https:\/\/github\.com\/slsa-framework\/slsa-github-generator\/delegator-(lowperms-)?generic@v\d+$/;
const RELEASE_TAG = /^refs\/tags\/v\d+\.\d+\.\d+$/;
const isDelegatorIdentity = (san) => san !== undefined && DELEGATORS.has(san.split('@')[0] ?? '');
/** Which rule relates a provenance's builder ID to its signing certificate. */
function provenanceFormat(facts, cert) {
    if (facts.builderId !== undefined && RUNNER_BUILDERS[facts.builderId] !== undefined)
        return 'github-runner';
    if (DELEGATOR_BUILD_TYPE.test(facts.buildType ?? '') || isDelegatorIdentity(cert?.subjectAlternativeName))
        return 'slsa-delegator';
    return 'signer';
}
const fail = (detail) => failed('builder ID', detail, src/* errorCodes */.fv.provenanceMismatch);
function allowedByPolicy(id, policy, why) {
    if (policy.builderIds.length === 0)
        return `the policy lists no builder-ids; ${why}`;
    const match = matchValue(id, policy.builderIds);
    return match.ok ? undefined : match.refused ? match.reason : `policy allows ${policy.builderIds.map(describeMatcher).join(', ')}`;
}
function runnerCheck(id, facts, cert, policy) {
    const problems = [];
    const environment = RUNNER_BUILDERS[id];
    if (cert.runnerEnvironment !== environment) {
        problems.push(`the certificate says the job ran on ${cert.runnerEnvironment ?? 'an unrecorded runner environment'}`);
    }
    if (!GITHUB_BUILD_TYPES.has(facts.buildType ?? ''))
        problems.push(`the build type ${facts.buildType ?? '(none)'} is not a GitHub workflow build type`);
    const workflow = facts.workflow ? `${facts.workflow.repository}/${facts.workflow.path}@${facts.workflow.ref}` : undefined;
    if (workflow === undefined)
        problems.push('the provenance names no workflow (repository, path and ref)');
    else if (cert.buildConfigUri === undefined)
        problems.push('the certificate has no build config URI to compare its workflow with');
    else if (workflow !== cert.buildConfigUri)
        problems.push(`its workflow ${workflow} is not the certificate's build config ${cert.buildConfigUri}`);
    const policyProblem = allowedByPolicy(id, policy, 'a runner builder ID only says where the job ran, so it must be listed to be accepted');
    if (policyProblem)
        problems.push(policyProblem);
    if (problems.length > 0)
        return fail(`provenance says ${id}, but ${problems.join('; ')}`);
    return passed('builder ID', `${id} (GitHub runner format: the job ran on a ${environment ?? ''} runner; workflow ${workflow ?? ''}; signed by ${cert.subjectAlternativeName ?? ''}) (allowed by policy)`);
}
function delegatorCheck(id, facts, san, policy) {
    const problems = [];
    const [workflow = '', ref = ''] = san.split('@');
    if (!DELEGATORS.has(workflow) || !RELEASE_TAG.test(ref)) {
        problems.push(`delegator provenance must be signed by slsa-github-generator's delegator workflow at a vX.Y.Z release tag, and the certificate is ${san}`);
    }
    if (!DELEGATOR_BUILD_TYPE.test(facts.buildType ?? ''))
        problems.push(`the build type ${facts.buildType ?? '(none)'} is not the delegator's`);
    const policyProblem = allowedByPolicy(id, policy, 'the delegator signs for any builder that calls it, so the trusted builder must be listed');
    if (policyProblem)
        problems.push(policyProblem);
    if (problems.length > 0)
        return fail(`provenance says ${id}, but ${problems.join('; ')}`);
    return passed('builder ID', `${id} (slsa-github-generator delegator format: recorded by ${san}) (allowed by policy)`);
}
/** The builder ID check, by the rule of the provenance's format (key mode: the policy's list alone). */
function builderCheck(facts, cert, policy) {
    const id = facts.builderId;
    if (id === undefined)
        return fail('the provenance does not say');
    if (cert === undefined) {
        const problem = policy.builderIds.length > 0 ? allowedByPolicy(id, policy, '') : undefined;
        return problem
            ? fail(`provenance says ${showValue(id)}, but ${problem}`)
            : passed('builder ID', `${id}${policy.builderIds.length > 0 ? ' (allowed by policy)' : ''}`);
    }
    const san = cert.subjectAlternativeName;
    if (san === undefined)
        return fail(`provenance says ${showValue(id)}, but the signing certificate has no usable identity: ${cert.identityProblem ?? 'none'}`);
    switch (provenanceFormat(facts, cert)) {
        case 'github-runner':
            return runnerCheck(id, facts, cert, policy);
        case 'slsa-delegator':
            return delegatorCheck(id, facts, san, policy);
        case 'signer': {
            if (id !== san)
                return fail(`provenance says ${showValue(id)}, but the signing certificate says ${san}`);
            const problem = policy.builderIds.length > 0 ? allowedByPolicy(id, policy, '') : undefined;
            if (problem)
                return fail(`provenance says ${id}, but ${problem}`);
            return passed('builder ID', `${id} (agrees with the certificate)${policy.builderIds.length > 0 ? ' (allowed by policy)' : ''}`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/verify/src/reproducibility.ts


/** SLSA's Verification Summary Attestation, the form a reproducibility verdict takes. */
const VSA_PREDICATE_TYPE = 'https://slsa.dev/verification_summary/v1';
/** The verified level a passing rebuild check records. */
const REPRODUCIBLE_LEVEL = 'SLIPWAY_REPRODUCIBLE_BUILD';
/** The verified level recorded when the rebuilds also ran without a network. */
const HERMETIC_LEVEL = 'SLIPWAY_HERMETIC_BUILD';
const V03 = new Set(['application/vnd.dev.sigstore.bundle.v0.3+json', 'application/vnd.dev.sigstore.bundle+json;version=0.3']);
const STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
/** The levels a policy wants a verdict to vouch for. */
function requiredLevels(policy) {
    return [...(policy.requireReproducible ? [REPRODUCIBLE_LEVEL] : []), ...(policy.requireHermetic ? [HERMETIC_LEVEL] : [])];
}
/**
 * What a verdict says, checked against its form: a v0.3 bundle holding an in-toto Statement v1
 * whose VSA predicate says PASSED and lists the levels the policy requires (by default
 * reproducible). The signature, signer and subject digest are checked like any other bundle's.
 */
function verdictChecks(bundle, statement, policy) {
    const code = src/* errorCodes */.fv.reproducibilityMissing;
    const checks = [];
    checks.push(V03.has(bundle.mediaType) && statement.type === STATEMENT_V1
        ? passed('verdict format', 'Sigstore bundle v0.3, in-toto Statement v1, verification summary v1')
        : failed('verdict format', `a verdict must be a v0.3 bundle with an in-toto Statement v1; this is ${bundle.mediaType} with ${statement.type}`, code));
    const predicate = obj(statement.predicate);
    const result = predicate['verificationResult'];
    const levels = Array.isArray(predicate['verifiedLevels'])
        ? predicate['verifiedLevels'].filter((l) => typeof l === 'string')
        : [];
    const wanted = requiredLevels(policy);
    const missing = (wanted.length > 0 ? wanted : [REPRODUCIBLE_LEVEL]).filter((l) => !levels.includes(l));
    const verifier = typeof obj(predicate['verifier'])['id'] === 'string' ? String(obj(predicate['verifier'])['id']) : 'an unnamed verifier';
    if (result !== 'PASSED')
        checks.push(failed('verdict', `the verification result is ${JSON.stringify(result ?? null)}, not "PASSED" (verifier ${verifier})`, code));
    else if (missing.length > 0)
        checks.push(failed('verdict', `verified levels ${JSON.stringify(levels)} lack ${missing.join(', ')}`, code));
    else
        checks.push(passed('verdict', `PASSED with ${levels.join(', ')} (verifier ${verifier})`));
    return checks;
}

;// CONCATENATED MODULE: ./packages/verify/src/policy.ts




const SLSA_V02 = 'https://slsa.dev/provenance/v0.2';
// A plain string is exact; `{pattern: ...}` is a wildcard pattern (validated now, so a bad one fails on load).
const matcher = (value, path) => {
    const fail = (why) => {
        throw new src/* UserError */.yo(`${path}: ${why}`);
    };
    const exact = (text) => {
        const unsafe = unsafeValueReason(text);
        if (unsafe)
            fail(`${showValue(text)} can never match: ${unsafe}`);
        return { exact: text };
    };
    if (typeof value === 'string' && value !== '')
        return exact(value);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const keys = Object.keys(value);
        const entry = value;
        if (keys.length === 1 && typeof entry['exact'] === 'string')
            return exact(entry['exact']);
        if (keys.length === 1 && typeof entry['pattern'] === 'string') {
            try {
                compilePattern(entry['pattern']);
            }
            catch (error) {
                fail(`pattern: ${error instanceof Error ? error.message : String(error)}`);
            }
            return { pattern: entry['pattern'] };
        }
    }
    return fail(`expected a string (exact match), {exact: STRING} or {pattern: STRING}, got ${JSON.stringify(value)}`);
};
/** `sha256:<64 hex>`: the sha256 of a public key's SubjectPublicKeyInfo DER. */
const FINGERPRINT = /^sha256:([0-9a-fA-F]{64})$/;
const fingerprint = (value, path) => {
    const match = typeof value === 'string' ? FINGERPRINT.exec(value) : null;
    if (!match?.[1]) {
        throw new src/* UserError */.yo(`${path}: expected a key fingerprint sha256:<64 hex digits>, got ${JSON.stringify(value)}`, {
            hint: 'the fingerprint is the sha256 of the public key in DER: `openssl pkey -pubin -in key.pub -outform DER | sha256sum`',
        });
    }
    return `sha256:${match[1].toLowerCase()}`;
};
const count = (max) => src/* decode.map */.D4.map(src/* decode.number */.D4.number, (n, path) => {
    if (!Number.isInteger(n) || n < 0 || n > max)
        throw new src/* UserError */.yo(`${path}: expected a whole number from 0 to ${max}, got ${n}`);
    return n;
});
const duration = (value, path) => {
    if (typeof value === 'number' && value > 0)
        return value;
    if (typeof value === 'string') {
        const seconds = (0,src/* parseDuration */.E9)(value);
        if (seconds !== undefined && seconds > 0)
            return seconds;
    }
    throw new src/* UserError */.yo(`${path}: expected a duration such as 12h, 30d or 2w, got ${JSON.stringify(value)}`);
};
const signersDecoder = src/* decode.object */.D4.object({
    identities: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(matcher), []),
    issuers: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(src/* decode.string */.D4.string), []),
    keys: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(fingerprint), []),
}, { strict: true });
const policyDecoder = src/* decode.object */.D4.object({
    version: src/* decode.optional */.D4.optional(src/* decode.literal */.D4.literal('1')),
    identities: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(matcher), []),
    issuers: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(src/* decode.string */.D4.string), []),
    keys: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(fingerprint), []),
    'require-provenance': src/* decode.withDefault */.D4.withDefault(src/* decode.boolean */.D4.boolean, true),
    require: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({ reproducible: src/* decode.withDefault */.D4.withDefault(src/* decode.boolean */.D4.boolean, false), hermetic: src/* decode.withDefault */.D4.withDefault(src/* decode.boolean */.D4.boolean, false) }, { strict: true })),
    'verdict-signers': src/* decode.optional */.D4.optional(signersDecoder),
    'predicate-types': src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(src/* decode.string */.D4.string), [supply_chain_src/* SLSA_PROVENANCE_V1 */.us, SLSA_V02]),
    'builder-ids': src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(matcher), []),
    'source-repositories': src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(matcher), []),
    refs: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(matcher), []),
    'max-age': src/* decode.optional */.D4.optional(duration),
    'tlog-entries': src/* decode.withDefault */.D4.withDefault(count(8), 1),
    timestamps: src/* decode.withDefault */.D4.withDefault(count(8), 1),
}, { strict: true });
/** Decodes a policy document; unknown fields (a typo) and wrong types fail with the field's path. */
function decodePolicy(value, source) {
    const version = typeof value === 'object' && value !== null && 'version' in value ? value.version : undefined;
    // YAML reads `version: 1` as a number; accept it as the string the decoder expects.
    const normalised = version === 1 ? { ...value, version: '1' } : value;
    const p = (0,src/* decodeDocument */.w8)(policyDecoder, normalised, source);
    if (p['predicate-types'].length === 0 && p['require-provenance']) {
        throw new src/* UserError */.yo(`${source}: predicate-types is empty but require-provenance is true`, { hint: `list ${supply_chain_src/* SLSA_PROVENANCE_V1 */.us}` });
    }
    const verdictSigners = p['verdict-signers'] ?? { identities: p.identities, issuers: p.issuers, keys: p.keys };
    return {
        identities: p.identities,
        issuers: p.issuers,
        keys: p.keys,
        requireProvenance: p['require-provenance'],
        predicateTypes: p['predicate-types'],
        builderIds: p['builder-ids'],
        sourceRepositories: p['source-repositories'],
        refs: p.refs,
        maxAgeSeconds: p['max-age'],
        tlogEntries: p['tlog-entries'],
        timestamps: p.timestamps,
        requireReproducible: p.require?.reproducible ?? false,
        requireHermetic: p.require?.hermetic ?? false,
        verdictSigners,
    };
}
/** Parses policy YAML text. */
function parsePolicy(text, source) {
    if (text.trim() === '')
        throw new src/* UserError */.yo(`${source} is empty; a policy must at least list identities and issuers`);
    // A key with no value (`require-provenance:` where a file was cut short) is refused, never read as its default.
    const document = (0,src/* decodeDocument */.w8)(src/* decode.settings */.D4.settings(src/* decode.unknown */.D4.unknown), (0,src/* parseYamlText */.cd)(text, source), source);
    return decodePolicy(document, source);
}

;// CONCATENATED MODULE: ./packages/verify/src/provenance.ts





const provenance_obj = (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {});
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const list = (v) => (Array.isArray(v) ? v : []);
/** `git+https://github.com/o/r@refs/heads/main` -> repository and ref. */
function splitGitUri(uri) {
    if (!uri)
        return {};
    const at = uri.lastIndexOf('@');
    const base = at > uri.indexOf('://') ? uri.slice(0, at) : uri;
    const ref = at > uri.indexOf('://') ? uri.slice(at + 1) : undefined;
    return { repository: normaliseRepository(base), ...(ref ? { ref } : {}) };
}
/** Repository URLs compare without `git+`, a trailing `.git` or `/`. */
function normaliseRepository(uri) {
    return uri
        .replace(/^git\+/, '')
        .replace(/\.git$/, '')
        .replace(/\/$/, '');
}
/** Reads builder and source from SLSA v1 (GitHub and slsa-github-generator build types) or v0.2 provenance. */
function provenanceFacts(statement) {
    const predicate = provenance_obj(statement.predicate);
    if (statement.predicateType.startsWith('https://slsa.dev/provenance/v0')) {
        const invocation = provenance_obj(predicate['invocation']);
        const config = provenance_obj(invocation['configSource']);
        const fromUri = splitGitUri(str(config['uri']));
        const env = provenance_obj(invocation['environment']);
        return {
            predicateType: statement.predicateType,
            buildType: str(predicate['buildType']),
            builderId: str(provenance_obj(predicate['builder'])['id']),
            sourceRepository: fromUri.repository,
            sourceRef: fromUri.ref ?? str(env['github_ref']),
            sourceCommit: str(provenance_obj(config['digest'])['sha1']) ?? str(env['github_sha1']),
            workflow: undefined,
        };
    }
    const definition = provenance_obj(predicate['buildDefinition']);
    const workflow = provenance_obj(provenance_obj(definition['externalParameters'])['workflow']);
    const dependency = list(definition['resolvedDependencies'])
        .map(provenance_obj)
        .find((d) => str(d['uri'])?.startsWith('git+'));
    const fromUri = splitGitUri(str(dependency?.['uri']));
    const repository = str(workflow['repository']);
    const path = str(workflow['path']);
    const ref = str(workflow['ref']);
    const digest = provenance_obj(dependency?.['digest']);
    return {
        predicateType: statement.predicateType,
        buildType: str(definition['buildType']),
        builderId: str(provenance_obj(provenance_obj(predicate['runDetails'])['builder'])['id']),
        sourceRepository: repository ? normaliseRepository(repository) : fromUri.repository,
        sourceRef: ref ?? fromUri.ref,
        sourceCommit: str(digest['gitCommit']) ?? str(digest['sha1']),
        workflow: repository && path && ref ? { repository: normaliseRepository(repository), path, ref } : undefined,
    };
}
/** A provenance value must equal the certificate's (keyless) and be allowed by the policy list (when it has one). */
function against(name, value, certValue, allowed, keyMode) {
    const code = src/* errorCodes */.fv.provenanceMismatch;
    if (value === undefined)
        return failed(name, 'the provenance does not say', code);
    if (unsafeValueReason(value))
        return failed(name, `provenance says ${showValue(value)}, which is refused: ${unsafeValueReason(value) ?? ''}`, code);
    const problems = [];
    if (!keyMode) {
        if (certValue === undefined)
            problems.push('the signing certificate has no matching Fulcio extension to compare with');
        else if (value !== certValue)
            problems.push(`the signing certificate says ${certValue}`);
    }
    if (allowed.length > 0) {
        const match = matchValue(value, allowed);
        if (!match.ok)
            problems.push(match.refused ? match.reason : `policy allows ${allowed.map(describeMatcher).join(', ')}`);
    }
    if (problems.length > 0)
        return failed(name, `provenance says ${value}, but ${problems.join('; ')}`, code);
    return passed(name, `${value}${keyMode ? '' : ' (agrees with the certificate)'}${allowed.length > 0 ? ' (allowed by policy)' : ''}`);
}
/**
 * The provenance checks: predicate type, builder ID by the rule of its format (see
 * builder-rules.ts: a valid signature from another workflow claiming a different builder
 * fails), and source repository, ref and commit against the certificate's Fulcio extensions and the policy.
 */
function provenanceChecks(facts, cert, policy) {
    const keyMode = cert === undefined;
    const checks = [
        policy.predicateTypes.includes(facts.predicateType)
            ? passed('predicate type', facts.predicateType)
            : failed('predicate type', `${facts.predicateType} is not one of ${policy.predicateTypes.join(', ')}`, src/* errorCodes */.fv.provenanceMismatch),
    ];
    checks.push(builderCheck(facts, cert, policy));
    const certRepo = cert?.sourceRepositoryUri ? normaliseRepository(cert.sourceRepositoryUri) : undefined;
    checks.push(against('source repository', facts.sourceRepository, certRepo, policy.sourceRepositories, keyMode));
    checks.push(against('source ref', facts.sourceRef, cert?.sourceRepositoryRef, policy.refs, keyMode));
    if (facts.sourceCommit === undefined)
        checks.push(failed('source commit', 'the provenance does not say', src/* errorCodes */.fv.provenanceMismatch));
    else if (keyMode)
        checks.push(skipped('source commit', `${facts.sourceCommit} (key mode: no certificate to compare with)`));
    else
        checks.push(against('source commit', facts.sourceCommit, cert.sourceRepositoryDigest, [], false));
    return checks;
}

;// CONCATENATED MODULE: ./packages/verify/src/report.ts

const MARK = { passed: 'ok  ', failed: 'FAIL', skipped: 'skip' };
const ICON = { passed: '\u2705 passed', failed: '\u274c failed', skipped: '\u23ed\ufe0f skipped' };
function lines(checks, indent) {
    return checks.map((c) => `${indent}${MARK[c.status]} ${c.name}: ${c.detail}`);
}
/** The report as terminal lines: each subject, each bundle, each check. */
function formatReportText(reports) {
    const out = [];
    for (const r of reports) {
        out.push(`${r.verified ? 'VERIFIED' : 'REJECTED'} ${r.subject} (${r.digest})${r.errorCode ? ` ${r.errorCode}` : ''}`);
        for (const b of r.bundles) {
            out.push(`  ${b.kind} ${b.source}${b.predicateType ? ` [${b.predicateType}]` : ''}: ${b.verified ? 'verified' : 'not verified'}`);
            out.push(...lines(b.checks, '    '));
        }
        out.push(...lines(r.checks, '  '));
    }
    return `${out.join('\n')}\n`;
}
/** The job summary: a verdict table, then every check per subject and bundle. */
function formatReportMarkdown(reports) {
    const md = new Markdown().heading('verify-deploy');
    const rejected = reports.filter((r) => !r.verified);
    if (rejected.length > 0)
        md.callout('CAUTION', `${rejected.length} of ${reports.length} subject(s) rejected: do not deploy.`);
    else
        md.callout('NOTE', `All ${reports.length} subject(s) verified.`);
    md.table(['Subject', 'Digest', 'Verdict', 'Why'], reports.map((r) => [
        r.subject,
        `\`${r.digest}\``,
        r.verified ? '\u2705 verified' : `\u274c rejected (\`${r.errorCode ?? ''}\`)`,
        r.checks
            .filter((c) => c.status === 'failed')
            .map((c) => `${c.name}: ${c.detail}`)
            .join('; ') || 'every check passed',
    ]));
    for (const r of reports) {
        md.heading(`${r.verified ? '\u2705' : '\u274c'} ${r.subject}`, 3);
        const rows = [];
        for (const b of r.bundles) {
            for (const c of b.checks)
                rows.push([b.source, c.name, ICON[c.status], c.detail]);
        }
        for (const c of r.checks)
            rows.push(['(subject)', c.name, ICON[c.status], c.detail]);
        md.table(['Bundle', 'Check', 'Result', 'Detail'], rows);
    }
    return md.toString();
}

;// CONCATENATED MODULE: ./packages/verify/src/verify-subject.ts









function keyChecks(signers, trust) {
    const code = src/* errorCodes */.fv.keyNotTrusted;
    const fingerprint = trust.key?.fingerprint ?? 'unknown';
    if (signers.keys.length === 0) {
        const names = signers.identities.length > 0 ? '; it names signer identities, and a key cannot stand in for them' : '';
        return [failed('signing key', `the policy lists no keys, so the key ${fingerprint} from ${trust.label} is not trusted${names}`, code)];
    }
    return [
        signers.keys.includes(fingerprint)
            ? passed('signing key', `${fingerprint} (${trust.label}) is one of the policy's keys`)
            : failed('signing key', `the key ${fingerprint} from ${trust.label} is not one of the policy's keys (${signers.keys.join(', ')})`, code),
    ];
}
function identityChecks(cert, signers, trust) {
    if (trust.keyMode)
        return keyChecks(signers, trust);
    const code = src/* errorCodes */.fv.identityMismatch;
    if (!cert)
        return [failed('signer identity', 'the bundle has no signing certificate', code)];
    const san = cert.subjectAlternativeName;
    const identity = () => {
        if (san === undefined)
            return failed('signer identity', `the certificate's identity is refused: ${cert.identityProblem ?? 'none'}`, code);
        if (signers.identities.length === 0)
            return failed('signer identity', `the policy lists no identities, so ${san} cannot be trusted`, code);
        const match = matchValue(san, signers.identities);
        if (match.ok)
            return passed('signer identity', san);
        return failed('signer identity', match.refused ? match.reason : `${san} is not allowed; policy allows ${signers.identities.map(describeMatcher).join(', ')}`, code);
    };
    return [
        identity(),
        signers.issuers.length === 0
            ? failed('OIDC issuer', 'the policy lists no issuers', code)
            : cert.issuer !== undefined && signers.issuers.includes(cert.issuer)
                ? passed('OIDC issuer', cert.issuer)
                : failed('OIDC issuer', `${cert.issuer ?? 'no issuer'} is not one of ${signers.issuers.join(', ')}${cert.malformed.length > 0 ? ` (unreadable extensions: ${cert.malformed.join(', ')})` : ''}`, code),
    ];
}
function ageCheck(signedAt, policy, now) {
    if (policy.maxAgeSeconds === undefined)
        return [];
    const code = src/* errorCodes */.fv.signatureStale;
    if (!signedAt) {
        return [
            failed('age', 'no verified timestamp (RFC 3161 token or log entry with a signed entry timestamp), so the age cannot be checked', code),
        ];
    }
    const age = (now.getTime() - signedAt.getTime()) / 1000;
    const hours = (s) => `${(s / 3600).toFixed(1)} h`;
    return [
        age <= policy.maxAgeSeconds
            ? passed('age', `signed ${hours(age)} ago (limit ${hours(policy.maxAgeSeconds)})`)
            : failed('age', `signed ${hours(age)} ago, older than the policy's max-age of ${hours(policy.maxAgeSeconds)}`, code),
    ];
}
function kindOf(bundle, predicateType) {
    if (predicateType === VSA_PREDICATE_TYPE)
        return 'verdict';
    return bundle.content.$case === 'dsseEnvelope' ? 'attestation' : 'signature';
}
/** Runs every check on one bundle for one artifact; a bundle that cannot even be read fails, never throws past here. */
function verifyBundleAgainstPolicy(item, artifact, policy, trust, now) {
    try {
        return checkBundle(item, artifact, policy, trust, now);
    }
    catch (error) {
        return {
            source: item.source,
            kind: kindOf(item.bundle, undefined),
            predicateType: undefined,
            checks: [failed('bundle', (0,src/* errorMessage */.gJ)(error), src/* errorCodes */.fv.signatureInvalid)],
            verified: false,
        };
    }
}
function checkBundle(item, artifact, policy, trust, now) {
    const { bundle, signedPayload } = item;
    const statement = bundle.content.$case === 'dsseEnvelope' ? statementFromBundle(bundle) : undefined;
    const predicateType = statement?.ok ? statement.value.predicateType : undefined;
    const kind = kindOf(bundle, predicateType);
    const signed = signedPayload ? artifactFromBytes(signedPayload.bytes, 'the simple-signing payload') : artifact;
    const result = verifySignature(bundle, signed, trust, { tlogEntries: policy.tlogEntries, timestamps: policy.timestamps });
    const checks = [...result.checks];
    if (signedPayload) {
        const expected = `sha256:${artifact.sha256}`;
        checks.unshift(signedPayload.claimedDigest === expected
            ? passed('image digest', `the signed payload names ${expected}`)
            : failed('image digest', `the signed payload names ${signedPayload.claimedDigest ?? 'no digest'}, not ${expected}`, src/* errorCodes */.fv.signatureInvalid));
    }
    const cert = leafCertificate(bundle);
    const identity = cert ? certificateIdentity(cert) : undefined;
    checks.push(...identityChecks(identity, kind === 'verdict' ? policy.verdictSigners : policy, trust), ...ageCheck(result.signedAt, policy, now));
    if (statement?.ok && kind === 'verdict')
        checks.push(...verdictChecks(bundle, statement.value, policy));
    else if (statement?.ok && policy.predicateTypes.includes(statement.value.predicateType)) {
        checks.push(...provenanceChecks(provenanceFacts(statement.value), identity, policy));
    }
    return { source: item.source, kind, predicateType, checks, verified: result.signer !== undefined && allPassed(checks) };
}
// The code of the first failed check of the first bundle in the list, for a subject-level failure that they explain.
const codeFrom = (reports, fallback) => reports.map((r) => firstFailureCode(r.checks)).find((c) => c !== undefined) ?? fallback;
/**
 * Verifies a subject: it passes when at least one bundle verifies in full and, when the policy
 * requires provenance, at least one verified bundle is SLSA provenance for it, and, when it
 * requires reproducibility, a verified verdict from a trusted verdict signer. No bundle, no pass.
 */
function verifySubject(subject, artifact, bundles, policy, trust, now) {
    const reports = bundles.map((b) => verifyBundleAgainstPolicy(b, artifact, policy, trust, now));
    const signing = reports.filter((r) => r.kind !== 'verdict');
    const verified = signing.filter((r) => r.verified);
    const checks = [
        signing.length === 0
            ? failed('signed', 'no signature or attestation bundle was found for this subject', src/* errorCodes */.fv.signatureInvalid)
            : verified.length > 0
                ? passed('signed', `${verified.length} of ${signing.length} bundle(s) verified`)
                : failed('signed', `none of the ${signing.length} bundle(s) verified`, codeFrom(signing, src/* errorCodes */.fv.signatureInvalid)),
    ];
    if (policy.requireProvenance) {
        const isProvenance = (r) => r.predicateType !== undefined && policy.predicateTypes.includes(r.predicateType);
        const provenance = verified.filter(isProvenance);
        checks.push(provenance.length > 0
            ? passed('provenance', `${provenance[0]?.predicateType ?? ''} from ${provenance[0]?.source ?? ''}`)
            : failed('provenance', `no verified attestation with predicate type ${policy.predicateTypes.join(' or ')}`, codeFrom(signing.filter(isProvenance), src/* errorCodes */.fv.provenanceMismatch)));
    }
    const levels = requiredLevels(policy);
    if (levels.length > 0) {
        const verdicts = reports.filter((r) => r.kind === 'verdict');
        const good = verdicts.find((r) => r.verified);
        const firstProblem = verdicts.flatMap((r) => r.checks.filter((c) => c.status === 'failed').map((c) => `${r.source}: ${c.name}: ${c.detail}`))[0];
        checks.push(good
            ? passed('reproducible', `verdict from ${good.source} vouches for ${levels.join(', ')}`)
            : failed('reproducible', verdicts.length === 0
                ? `no reproducibility verdict (${VSA_PREDICATE_TYPE}) was found for this subject; the policy requires ${levels.join(', ')}`
                : `none of the ${verdicts.length} reproducibility verdict(s) verified (${firstProblem ?? 'no reason'})`, src/* errorCodes */.fv.reproducibilityMissing));
    }
    const ok = allPassed(checks);
    const errorCode = firstFailureCode(checks);
    return { subject, digest: `sha256:${artifact.sha256}`, verified: ok, ...(errorCode ? { errorCode } : {}), checks, bundles: reports };
}

;// CONCATENATED MODULE: ./packages/verify/src/image-subject.ts



/**
 * Verifies an image by digest (`REF@sha256:<hex>`) with the bundles its registry holds for it; an
 * image given only by tag is refused, since a tag can move after verification. `extra` are bundles
 * given besides (attestation files, such as reproducibility verdicts).
 */
async function verifyImage(text, finder, policy, trust, now, extra = []) {
    const image = (0,supply_chain_src/* parseDigestReference */.Dn)(text);
    const bundles = await finder.find(image);
    return verifySubject(text, artifactFromDigest(image.digest, text), [...bundles, ...extra], policy, trust, now);
}

;// CONCATENATED MODULE: ./packages/verify/src/cosign-classic.ts




function certificates(notes) {
    const text = `${notes[supply_chain_src/* ANNOTATION */.YX.certificate] ?? ''}${notes[supply_chain_src/* ANNOTATION */.YX.chain] ?? ''}`;
    return [...text.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)].map((m) => dist.pem.toDER(m[0]).toString('base64'));
}
function parseJsonAnnotation(text, what, source) {
    try {
        const value = JSON.parse(text);
        if (typeof value === 'object' && value !== null && !Array.isArray(value))
            return value;
    }
    catch {
        // reported below
    }
    throw new src/* UserError */.yo(`${source}: the ${what} annotation is not a JSON object`);
}
const cosign_classic_obj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
// cosign's rekor bundle annotation: {SignedEntryTimestamp, Payload: {body, integratedTime, logIndex, logID (hex)}}.
function tlogEntries(notes, source) {
    const raw = notes[supply_chain_src/* ANNOTATION */.YX.bundle];
    if (!raw)
        return [];
    const rekor = parseJsonAnnotation(raw, 'Rekor bundle', source);
    const payload = cosign_classic_obj(rekor['Payload']);
    const body = typeof payload['body'] === 'string' ? payload['body'] : '';
    const kind = cosign_classic_obj(JSON.parse(Buffer.from(body, 'base64').toString('utf8') || '{}'));
    return [
        {
            logIndex: String(payload['logIndex']),
            logId: { keyId: Buffer.from(String(payload['logID']), 'hex').toString('base64') },
            kindVersion: {
                kind: typeof kind['kind'] === 'string' ? kind['kind'] : 'hashedrekord',
                version: typeof kind['apiVersion'] === 'string' ? kind['apiVersion'] : '0.0.1',
            },
            integratedTime: String(payload['integratedTime']),
            inclusionPromise: { signedEntryTimestamp: rekor['SignedEntryTimestamp'] },
            canonicalizedBody: body,
        },
    ];
}
/**
 * Rebuilds a Sigstore bundle (v0.1: certificate chain, Rekor entry with its signed entry
 * timestamp, RFC 3161 timestamp) from a classic `.sig` layer's annotations, so the same
 * verifier checks it. The signature covers the simple-signing payload, not the image itself.
 */
function classicSignatureBundle(signature, source) {
    const notes = signature.annotations;
    const sig = notes[supply_chain_src/* ANNOTATION */.YX.signature];
    if (!sig)
        throw new src/* UserError */.yo(`${source}: the layer has no ${supply_chain_src/* ANNOTATION */.YX.signature} annotation`);
    const certs = certificates(notes);
    const stamp = notes[supply_chain_src/* ANNOTATION */.YX.rfc3161] ? parseJsonAnnotation(notes[supply_chain_src/* ANNOTATION */.YX.rfc3161] ?? '', 'RFC 3161 timestamp', source) : undefined;
    const value = {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial: {
            ...(certs.length > 0
                ? { x509CertificateChain: { certificates: certs.map((rawBytes) => ({ rawBytes })) } }
                : { publicKey: { hint: '' } }),
            tlogEntries: tlogEntries(notes, source),
            ...(stamp ? { timestampVerificationData: { rfc3161Timestamps: [{ signedTimestamp: stamp['SignedRFC3161Timestamp'] }] } } : {}),
        },
        messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: (0,external_node_crypto_.createHash)('sha256').update(signature.payload).digest('base64') },
            signature: sig,
        },
    };
    let claimedDigest;
    try {
        const critical = cosign_classic_obj(cosign_classic_obj(JSON.parse(signature.payload.toString('utf8')))['critical']);
        const digest = cosign_classic_obj(critical['image'])['docker-manifest-digest'];
        claimedDigest = typeof digest === 'string' ? digest : undefined;
    }
    catch {
        claimedDigest = undefined;
    }
    return { bundle: (0,supply_chain_src/* bundleFromValue */.M0)(value, source), payload: signature.payload, claimedDigest };
}

;// CONCATENATED MODULE: ./packages/verify/src/registry-bundles.ts



/**
 * Finds an image's Sigstore bundles as OCI 1.1 referrers (the referrers API, or the
 * `sha256-<hex>` tag-schema index where the registry has none), as cosign v3 and our
 * cosign-sign push them, and cosign's classic `sha256-<hex>.sig` signatures. Registry errors
 * propagate: an unreachable registry is never a pass.
 */
function registryBundleFinder(access = {}) {
    return {
        async find(image) {
            const client = await (0,supply_chain_src/* connectRegistry */.gm)(image.registry, access);
            if (!(await client.headManifest(image.repository, image.digest))) {
                throw new src/* UserError */.yo(`The image ${image.registry}/${image.repository}@${image.digest} is not in the registry`, {
                    hint: 'check the repository and the digest the build pushed',
                });
            }
            const found = await (0,supply_chain_src/* fetchReferrerBundles */.Lj)(client, image);
            const bundles = found.map((r) => {
                const source = `referrer ${r.manifest.digest.slice(0, 19)}\u2026${r.predicateType ? ` (${r.predicateType})` : ''}`;
                return { bundle: (0,supply_chain_src/* bundleFromValue */.M0)((0,src/* parseJson */.qF)(r.text, source), source), source };
            });
            const classic = await (0,supply_chain_src/* fetchClassicSignatures */.AE)(client, image);
            classic.forEach((signature, i) => {
                const source = `${(0,supply_chain_src/* signatureTag */.bG)(image.digest)}[${i}]`;
                const rebuilt = classicSignatureBundle(signature, source);
                bundles.push({ bundle: rebuilt.bundle, source, signedPayload: { bytes: rebuilt.payload, claimedDigest: rebuilt.claimedDigest } });
            });
            return bundles;
        },
    };
}

;// CONCATENATED MODULE: ./packages/verify/src/tuf-root.ts


const PUBLIC_GOOD_TUF_MIRROR = 'https://tuf-repo-cdn.sigstore.dev';
/** How long one metadata or target download from the mirror may take, body included (lowered by SLIPWAY_NETWORK_TIMEOUT). */
const TUF_DEADLINE_MS = 10_000;
/** What a TUF root.json must be at least: signed metadata of type root (tuf-js checks the rest: keys, threshold, expiry). */
const rootFile = src/* decode.object */.D4.object({ signed: src/* decode.object */.D4.object({ _type: src/* decode.literal */.D4.literal('root') }), signatures: src/* decode.array */.D4.array(src/* decode.unknown */.D4.unknown) });
/**
 * The trusted root through TUF: the cache (seeded from the package's root.json) is used while
 * its metadata is unexpired, so a warm cache works offline; otherwise the mirror is asked. Any
 * failure is an error naming the mirror, never a fallback to something unverified.
 */
async function tufTrust(options) {
    const mirror = options.mirrorUrl ?? PUBLIC_GOOD_TUF_MIRROR;
    const deadlineMs = (0,src/* networkDeadlineMs */.HJ)(TUF_DEADLINE_MS);
    const rootInput = options.rootInput ?? 'rootPath';
    if (options.rootPath)
        await (0,src/* readJsonFile */.JE)(options.rootPath, rootFile, rootInput);
    try {
        // @sigstore/tuf (tuf-js and its HTTP client) only when a trusted root is asked of a mirror.
        const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 84423));
        const root = await getTrustedRoot({
            mirrorURL: mirror,
            cachePath: options.cacheDir,
            ...(options.rootPath ? { rootPath: options.rootPath } : {}),
            forceCache: true,
            retry: (0,src/* promiseRetryOptions */.YS)(src/* DEFAULT_RETRY */.vI),
            timeout: deadlineMs,
        });
        return { material: (0,verify_dist/* toTrustMaterial */.jO)(root), label: `Sigstore trusted root from TUF ${mirror}`, keyMode: false };
    }
    catch (error) {
        if (error.code === 'TUF_INIT_CACHE_ERROR') {
            throw new src/* UserError */.yo(`The TUF repository ${mirror} is not public-good, and the TUF cache ${options.cacheDir} holds no root of it yet`, {
                code: src/* errorCodes */.fv.usage,
                hint: `give the repository's initial root.json with ${rootInput} (from its operator, fetched over a channel you trust); it is used only to start the cache`,
                cause: error,
            });
        }
        const network = (0,src/* libraryNetworkError */.q)(error, 'the mirror', mirror, deadlineMs);
        if (network) {
            throw new src/* UserError */.yo(`Cannot get the Sigstore trusted root from the TUF repository ${mirror}: ${network.message}`, {
                code: network.code,
                hint: 'check that the mirror is reachable (or that the TUF cache was filled while it was), or pass a trusted_root.json',
                cause: error,
            });
        }
        const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
        throw new src/* UserError */.yo(`Cannot get the Sigstore trusted root from the TUF repository ${mirror}: ${(0,src/* errorMessage */.gJ)(error)}${cause}`, {
            hint: 'check that the mirror is reachable (or that the TUF cache was filled while it was), or pass a trusted_root.json',
            cause: error,
        });
    }
}

;// CONCATENATED MODULE: ./packages/verify/src/index.ts



























/***/ })

};
