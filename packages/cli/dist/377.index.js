export const id = 377;
export const ids = [377];
export const modules = {

/***/ 5377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  YX: () => (/* reexport */ ANNOTATION),
  T4: () => (/* reexport */ IN_TOTO_PAYLOAD_TYPE),
  h: () => (/* reexport */ sign/* PUBLIC_GOOD_FULCIO */.h),
  Ud: () => (/* reexport */ sign/* PUBLIC_GOOD_REKOR */.Ud),
  us: () => (/* reexport */ SLSA_PROVENANCE_V1),
  HL: () => (/* reexport */ STATEMENT_TYPE_V1),
  j8: () => (/* reexport */ actionsIdentityProvider),
  C9: () => (/* reexport */ buildClaimsFrom),
  M0: () => (/* reexport */ bundleFromValue),
  $Z: () => (/* reexport */ cachedIdentity),
  gm: () => (/* reexport */ connectRegistry),
  iz: () => (/* reexport */ createProvenance),
  kG: () => (/* reexport */ dockerConfigDir),
  AE: () => (/* reexport */ fetchClassicSignatures),
  Lj: () => (/* reexport */ fetchReferrerBundles),
  m1: () => (/* reexport */ imageSubject),
  vE: () => (/* reexport */ jwtClaims),
  Ye: () => (/* reexport */ keySigner),
  UT: () => (/* reexport */ makeStatement),
  QN: () => (/* reexport */ bundle_parseBundle),
  yk: () => (/* reexport */ parseChecksums),
  Dn: () => (/* reexport */ parseDigestReference),
  u$: () => (/* reexport */ provenanceInputPaths),
  Pk: () => (/* reexport */ sign/* signBlob */.Pk),
  Be: () => (/* reexport */ sign/* signDsse */.Be),
  jV: () => (/* reexport */ signImage),
  bG: () => (/* reexport */ signatureTag),
  Bk: () => (/* reexport */ method_signingMethod),
  IZ: () => (/* reexport */ staticIdentityProvider),
  wt: () => (/* reexport */ subjectsFromPaths)
});

// UNUSED EXPORTS: COSIGN_SIGN_PREDICATE, EMPTY_CONFIG, GITHUB_WORKFLOW_BUILD_TYPE, MANIFEST_ACCEPT, MEDIA, OciClient, SIMPLE_SIGNING_TYPE, attachAttestation, attachBundle, attestationTag, buildSlsaProvenance, bundleReferrerManifest, bundleStatement, checkKeyFits, checkRegistryInputs, classicSignatureAnnotations, cosignSignStatement, credentialHelperFor, credentialsFor, decodeStatement, formatReference, parseChallenge, parseDockerConfig, parseImageReference, readDockerConfig, referrersFallbackTag, registryInputSchema, repositoryName, sha256Digest, signingInputSchema, signingMethodFromInputs, simpleSigningPayload, subjectDescriptor, uniqueSubjects, uploadAttestation

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 26 modules
var src = __webpack_require__(63220);
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
    const files = await (0,src/* expandGlobs */.GE)(patterns, cwd, { what: 'subject files' });
    return mapLimit(files, 8, async (file) => ({ name: (0,external_node_path_.basename)(file), digest: { sha256: await (0,src/* digestFile */.TM)((0,external_node_path_.resolve)(cwd, file)) } }));
}
/**
 * The files a provenance run reads (the subject files, the checksums file, a key file), each
 * named by its flag or input, for core's output-is-input check before anything is signed.
 */
async function provenanceInputPaths(sources, cwd, names) {
    const files = sources.subjectPaths.length > 0 ? await (0,src/* expandGlobs */.GE)(sources.subjectPaths, cwd, { what: 'subject files' }) : [];
    return [
        ...files.map((f) => ({ path: (0,external_node_path_.resolve)(cwd, f), name: names.subjectPaths })),
        ...(sources.checksums ? [{ path: (0,external_node_path_.resolve)(cwd, sources.checksums), name: names.checksums }] : []),
        ...(sources.key && names.key ? [{ path: (0,external_node_path_.resolve)(cwd, sources.key), name: names.key }] : []),
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
            throw new src/* UserError */.yo(`${source} line ${i + 1} is not a sha256sum line: '${line.slice(0, 80)}'`, {
                hint: 'each line must be a 64-digit sha256 hex digest, whitespace and the file name (the output of `sha256sum FILES`)',
            });
        }
        subjects.push({ name: (m[2] ?? '').trim(), digest: { sha256: (m[1] ?? '').toLowerCase() } });
    }
    if (subjects.length === 0)
        throw new src/* UserError */.yo(`${source} lists no checksums`, { hint: 'write it with `sha256sum FILES > checksums.txt`' });
    return subjects;
}
/** The subject for an image: its name without tag or digest, and the manifest's sha256. */
function imageSubject(name, digest) {
    const m = /^sha256:([a-f0-9]{64})$/.exec(digest.trim());
    if (!m) {
        throw new src/* UserError */.yo(`The image digest '${digest}' is not a sha256 digest`, {
            hint: 'pass the manifest digest as sha256:<64 hex digits>, e.g. the `digest` output of docker/build-push-action',
        });
    }
    const bare = name.trim().replace(/@sha256:[a-f0-9]{64}$/, '');
    const lastSlash = bare.lastIndexOf('/');
    const colon = bare.lastIndexOf(':');
    const withoutTag = colon > lastSlash ? bare.slice(0, colon) : bare;
    if (withoutTag === '')
        throw new src/* UserError */.yo('The image name is empty', { hint: 'pass the image name, e.g. ghcr.io/org/app' });
    return { name: withoutTag, digest: { sha256: m[1] ?? '' } };
}
/** Drops exact duplicates (same name and digest), keeping the first occurrence's order. */
function uniqueSubjects(subjects) {
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

const STATEMENT_TYPE_V1 = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Assembles a statement; at least one subject is required by the spec. */
function makeStatement(subjects, predicateType, predicate) {
    if (subjects.length === 0)
        throw new Error('makeStatement: an in-toto statement needs at least one subject');
    return { _type: STATEMENT_TYPE_V1, subject: [...subjects], predicateType, predicate };
}
const subject = src/* decode.object */.D4.object({
    name: src/* decode.withDefault */.D4.withDefault(src/* decode.string */.D4.string, ''),
    digest: src/* decode.record */.D4.record(src/* decode.string */.D4.string),
});
/** Decodes an in-toto Statement v1 (the predicate stays unknown); errors name the field. */
const statement_decodeStatement = src/* decode.map */.D4.map(src/* decode.object */.D4.object({
    _type: src/* decode.literal */.D4.literal(STATEMENT_TYPE_V1),
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

const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** GitHub's build type, which `gh attestation verify` and slsa-verifier read. */
const GITHUB_WORKFLOW_BUILD_TYPE = 'https://actions.github.io/buildtypes/workflow/v1';
const REQUIRED = [
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
];
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
        throw new src/* UserError */.yo(`The build context from ${origin} lacks ${[...new Set(missing.map((k) => naming.names?.[k] ?? k))].join(', ')}`, {
            hint: 'on GitHub these come from the job (grant `id-token: write` for the OIDC claims); elsewhere pass them as flags',
            ...(naming.code ? { code: naming.code } : {}),
        });
    }
    const bad = REQUIRED.filter((k) => !SHAPES[k].test.test(out[k] ?? ''));
    if (bad.length > 0) {
        const first = bad[0];
        throw new src/* UserError */.yo(`The build context from ${origin} has ${bad.map((k) => `${naming.names?.[k] ?? k} '${(out[k] ?? '').slice(0, 80)}'`).join(', ')}, which ${bad.length === 1 ? 'is' : 'are'} not valid`, { code: naming.code ?? src/* errorCodes */.fv.invalidInput, hint: `${naming.names?.[first] ?? first} must be ${SHAPES[first].expected}` });
    }
    return out;
}
/**
 * The SLSA v1 predicate, field for field as GitHub's `buildSLSAProvenancePredicate` builds it,
 * so verifiers that accept GitHub's attestations accept ours.
 */
function buildSlsaProvenance(claims, serverUrl) {
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
        throw new src/* UserError */.yo('The OIDC token is not a JWT (it has no payload part)');
    try {
        const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            throw new Error('not an object');
        return value;
    }
    catch (error) {
        throw new src/* UserError */.yo(`The OIDC token's payload is not a JSON object`, { cause: error });
    }
}

// EXTERNAL MODULE: ./packages/supply-chain/src/signing/sign.ts
var sign = __webpack_require__(52948);
;// CONCATENATED MODULE: ./packages/supply-chain/src/provenance.ts




/** Builds the SLSA v1 statement for `subjects` and signs it as a DSSE bundle. */
async function createProvenance(subjects, claims, serverUrl, method) {
    const statement = makeStatement(uniqueSubjects(subjects), SLSA_PROVENANCE_V1, buildSlsaProvenance(claims, serverUrl));
    const bundle = await (0,sign/* signDsse */.Be)(Buffer.from(JSON.stringify(statement)), IN_TOTO_PAYLOAD_TYPE, method);
    return { statement, bundle };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
function method_signingMethod(choice) {
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
        throw new InputError('private-key', "is empty but 'private-key-passphrase' is set: the key's secret is missing or empty", 'check the secret the private-key input names; to sign keyless, remove both inputs');
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
function parseChallenge(header) {
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
function basicAuth(credentials) {
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
        throw new src/* UserError */.yo(`The registry's token service ${origin} answered without a token`);
    return token;
}
/**
 * Fetches a bearer token from the challenge's realm (the distribution token protocol). A user
 * and password go as basic auth on a GET (anonymous pull without them); an identity token (what
 * `docker login` keeps for registries that issue refresh tokens) is exchanged as Docker does,
 * through the OAuth2 flow: a form POST with `grant_type=refresh_token`.
 */
async function fetchBearerToken(challenge, scope, credentials, policy = {}) {
    const realm = challenge.params['realm'];
    if (!realm)
        throw new src/* UserError */.yo('The registry asked for a bearer token but named no realm to get it from');
    let url;
    try {
        url = new URL(realm);
    }
    catch (error) {
        throw new src/* UserError */.yo(`The registry's token realm '${realm}' is not a URL: ${(0,src/* errorMessage */.gJ)(error)}`);
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
        res = await (0,src/* fetchWithPolicy */.Vu)(url, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: form.toString() }, { ...policy, what });
    }
    else {
        if (challenge.params['service'])
            url.searchParams.set('service', challenge.params['service']);
        url.searchParams.set('scope', wanted);
        const auth = credentials ? basicAuth(credentials) : undefined;
        res = await (0,src/* fetchWithPolicy */.Vu)(url, { headers: auth ? { Authorization: auth } : {} }, { ...policy, what });
    }
    const text = (await (0,src/* readBody */.x8)(res, what)).toString('utf8');
    if (!res.ok) {
        throw new src/* UserError */.yo(`The registry's token service ${url.origin} answered ${res.status} for ${scope}: ${text.slice(0, 200)}`, {
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
const MEDIA = {
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
const MANIFEST_ACCEPT = [MEDIA.ociManifest, MEDIA.ociIndex, MEDIA.dockerManifest, MEDIA.dockerList].join(', ');
/** The OCI empty descriptor (`{}`), the config of artifacts that have none. */
const EMPTY_CONFIG = {
    mediaType: MEDIA.ociEmpty,
    digest: 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    size: 2,
};

;// CONCATENATED MODULE: ./packages/supply-chain/src/oci/referrers-tag.ts
/** The OCI tag-schema fallback tag for a subject: `sha256-<hex>` (algorithm, dash, hex). */
function referrersFallbackTag(digest) {
    return digest.replace(':', '-').slice(0, 128);
}

;// CONCATENATED MODULE: ./packages/supply-chain/src/oci/client.ts





// The tag-schema index is read, changed and written back. A registry that honours If-Match
// answers 412 when another writer got there first; Debian's docker-registry (distribution 2.8)
// ignores it, so after each write the index is read again, once the other writers' reads and
// writes in flight have landed, and the entry is added again if a concurrent write dropped it.
const INDEX_ROUNDS = 10;
const SETTLE_MIN_MS = 250;
const sha256Digest = (data) => `sha256:${(0,external_node_crypto_.createHash)('sha256').update(data).digest('hex')}`;
function isLoopback(registry) {
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\./.test(host);
}
async function errorDetail(res) {
    const text = await (0,src/* readBody */.x8)(res, 'the registry')
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
        throw new src/* UserError */.yo(`${source} is not a JSON object`);
    const list = value['manifests'];
    if (list === undefined || list === null)
        return { manifests: [], skipped: [] };
    if (!Array.isArray(list))
        throw new src/* UserError */.yo(`${source}: manifests is not an array`);
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
class OciClient {
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
        this.retry = options.retry ?? src/* DEFAULT_RETRY */.vI;
        this.sleep = options.sleep ?? src/* sleep */.fb;
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
            return (0,src/* fetchWithPolicy */.Vu)(target, {
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
            throw new src/* UserError */.yo(`The registry ${this.registry} asks for credentials for ${opts.repository} and none were given`, {
                hint: 'log in first (docker/login-action writes the docker config), or pass registry-username and registry-password',
            });
        }
        res = await attempt();
        if (res.status === 401 && !this.credentials) {
            await res.body?.cancel();
            throw new src/* UserError */.yo(`The registry ${this.registry} needs credentials to ${opts.push ? 'push to' : 'read'} ${opts.repository}, and none were given`, {
                hint: 'log in first (docker/login-action writes the docker config), or pass registry-username and registry-password',
            });
        }
        if (res.status === 401) {
            throw new src/* UserError */.yo(`The registry ${this.registry} refused the credentials for ${scope}: ${await errorDetail(res)}`, {
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
        throw new src/* UserError */.yo(`The registry ${this.registry} refused to ${what}: ${res.status} ${detail ?? (await errorDetail(res))}`, hint ? { hint } : {});
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
        const bytes = await (0,src/* readBody */.x8)(res, `the registry ${this.registry}`);
        const digest = sha256Digest(bytes);
        if (reference.startsWith('sha256:') && digest !== reference) {
            throw new src/* UserError */.yo(`The registry ${this.registry} returned a manifest for ${reference} whose bytes hash to ${digest}`);
        }
        let json;
        try {
            json = JSON.parse(bytes.toString('utf8'));
        }
        catch (error) {
            throw new src/* UserError */.yo(`The manifest ${repository}@${digest} is not JSON`, { cause: error });
        }
        if (typeof json !== 'object' || json === null || Array.isArray(json))
            throw new src/* UserError */.yo(`The manifest ${repository}@${digest} is not a JSON object`);
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
        const { res, detail } = await (0,src/* withRetry */.bD)(async () => {
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
            throw new src/* UserError */.yo(`The registry ${this.registry} stored the manifest as ${stored}, not ${digest}`);
        await res.body?.cancel();
        // OCI 1.1: a registry that indexes `subject` for its referrers API says so in this header.
        return { descriptor: { mediaType, digest, size: bytes.length }, subjectIndexed: res.headers.has('oci-subject') };
    }
    /** Fetches a blob and checks its digest. */
    async getBlob(repository, digest) {
        const res = await this.send('GET', `/v2/${repository}/blobs/${digest}`, { repository });
        if (!res.ok)
            await this.fail(res, `return the blob ${repository}@${digest}`);
        const bytes = await (0,src/* readBody */.x8)(res, `the registry ${this.registry}`);
        if (sha256Digest(bytes) !== digest)
            throw new src/* UserError */.yo(`The blob ${repository}@${digest} from ${this.registry} does not match its digest`);
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
            throw new src/* UserError */.yo(`The registry ${this.registry} answered the ${what} without a Location`);
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
            const text = (await (0,src/* readBody */.x8)(res, `the registry ${this.registry}`)).toString('utf8');
            let value;
            try {
                value = JSON.parse(text);
            }
            catch (error) {
                throw new src/* UserError */.yo(`The referrers of ${repository}@${digest} from ${this.registry} are not JSON`, { cause: error });
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
        throw new src/* UserError */.yo(`Could not keep ${entry.digest} in the referrers index ${repository}:${tag}: it was replaced ${INDEX_ROUNDS} times`, {
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
        throw new src/* UserError */.yo(`The image reference '${ref}' has a digest that is not sha256:<64 hex digits>`);
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
        throw new src/* UserError */.yo(`The image reference '${ref}' has an invalid repository name '${path}'`);
    if (tag !== undefined && !TAG.test(tag))
        throw new src/* UserError */.yo(`The image reference '${ref}' has an invalid tag '${tag}'`);
    return { registry, repository: path, tag, digest };
}
/** Parses a reference that must name a manifest by digest; a tag alone is refused with the fix. */
function parseDigestReference(ref) {
    const parsed = parseImageReference(ref);
    if (!parsed.digest) {
        throw new src/* UserError */.yo(`The image '${ref}' has no digest; signatures must name the exact image, not a tag that can move`, {
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
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/supply-chain/src/oci/docker-config.ts



/** The docker config folder a step or a shell uses: `$DOCKER_CONFIG`, else `~/.docker` (none without HOME). */
function dockerConfigDir(env) {
    return env['DOCKER_CONFIG'] ?? (env['HOME'] ? (0,external_node_path_.join)(env['HOME'], '.docker') : undefined);
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
    return (0,src/* decodeDocument */.w8)(dockerConfig, (0,src/* parseJson */.qF)(text, source), source);
}
/** Reads `<dir>/config.json`; a missing file is no credentials, an unreadable one an error. */
async function readDockerConfig(dir) {
    const path = `${dir.replace(/\/+$/, '')}/config.json`;
    try {
        await (0,promises_.access)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
    }
    return parseDockerConfig(await (0,src/* readTextFile */.Gu)(path, 'docker config', { maxBytes: src/* SMALL_FILE_LIMIT */.BT }), path);
}
function hostOf(key) {
    return key.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
}
/**
 * The credentials the config holds for `registry` (keys may carry a scheme or path, and Docker
 * Hub is stored as `https://index.docker.io/v1/`).
 */
function credentialsFor(config, registry, source = 'docker config') {
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
                throw new src/* UserError */.yo(`${source}: auths["${key}"].auth is not base64 of user:password`);
            return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
        }
    }
    return undefined;
}
/** The credential helper the config names for `registry` (Slipway does not run helpers; callers warn). */
function credentialHelperFor(config, registry) {
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
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
/** cosign's in-band marker in a simple-signing payload. */
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/** The annotations cosign writes on a classic `.sig` layer and on bundle referrers. */
const ANNOTATION = {
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
function signatureTag(digest) {
    return `${digest.replace(':', '-')}.sig`;
}
/** cosign's classic attestation tag: `sha256-<hex>.att`. */
function attestationTag(digest) {
    return `${digest.replace(':', '-')}.att`;
}
/** The in-toto statement cosign v3 signs for an image (subject by digest only, empty predicate). */
function cosignSignStatement(digest) {
    const [algorithm = 'sha256', hex = ''] = digest.split(':');
    return { _type: STATEMENT_TYPE_V1, subject: [{ digest: { [algorithm]: hex } }], predicateType: COSIGN_SIGN_PREDICATE, predicate: {} };
}
/** The simple-signing payload cosign signs in the classic format. */
function simpleSigningPayload(dockerReference, digest) {
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
function bundleReferrerManifest(bundleBlob, subject, annotations) {
    const notes = {
        [ANNOTATION.bundleContent]: annotations.content,
        [ANNOTATION.bundlePredicateType]: annotations.predicateType,
        [ANNOTATION.created]: annotations.created.toISOString(),
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
function classicSignatureAnnotations(bundle) {
    if (bundle.content.$case !== 'messageSignature')
        throw new Error('classicSignatureAnnotations: the bundle holds no message signature');
    const out = { [ANNOTATION.signature]: Buffer.from(bundle.content.messageSignature.signature).toString('base64') };
    const material = bundle.verificationMaterial.content;
    const certs = material.$case === 'certificate'
        ? [material.certificate.rawBytes]
        : material.$case === 'x509CertificateChain'
            ? material.x509CertificateChain.certificates.map((c) => c.rawBytes)
            : [];
    if (certs[0])
        out[ANNOTATION.certificate] = pem(certs[0]);
    if (certs.length > 1)
        out[ANNOTATION.chain] = certs.slice(1).map(pem).join('');
    const entry = bundle.verificationMaterial.tlogEntries[0];
    if (entry?.inclusionPromise) {
        out[ANNOTATION.bundle] = JSON.stringify({
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
        out[ANNOTATION.rfc3161] = JSON.stringify({ SignedRFC3161Timestamp: Buffer.from(stamp.signedTimestamp).toString('base64') });
    return out;
}
/** The config blob of a classic signature image (cosign writes an empty image config). */
function classicSignatureConfig(layerDigests) {
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
function classicSignatureManifest(config, layers) {
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
        throw new src/* UserError */.yo(`The image ${reference_repositoryName(ref)}@${ref.digest} is not in the registry`, {
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
    (0,sign/* checkKeyFits */.wq)(method, options.classic ? ['dsse', 'message-signature'] : ['dsse']);
    const subject = await image_signing_subjectDescriptor(client, ref);
    const statement = Buffer.from(JSON.stringify(cosignSignStatement(ref.digest)));
    const bundle = await (0,sign/* signDsse */.Be)(statement, IN_TOTO_PAYLOAD_TYPE, method);
    const referrer = await image_signing_attachBundle(client, ref.repository, subject, bundle.text, {
        content: 'dsse-envelope',
        predicateType: COSIGN_SIGN_PREDICATE,
        created: options.now ?? new Date(),
    });
    let classicTag;
    if (options.classic) {
        const payload = simpleSigningPayload(reference_repositoryName(ref), ref.digest);
        const classic = await (0,sign/* signBlob */.Pk)(payload, method);
        classicTag = await writeClassicSignature(client, ref, payload, classic.bundle);
    }
    return { image: `${reference_repositoryName(ref)}@${ref.digest}`, digest: ref.digest, referrer, bundle, classicTag };
}

// EXTERNAL MODULE: ./node_modules/@sigstore/bundle/dist/index.js
var dist = __webpack_require__(61040);
;// CONCATENATED MODULE: ./packages/supply-chain/src/bundle.ts


const KNOWN_MEDIA_TYPES = [dist.BUNDLE_V01_MEDIA_TYPE, dist.BUNDLE_V02_MEDIA_TYPE, dist.BUNDLE_V03_LEGACY_MEDIA_TYPE, dist.BUNDLE_V03_MEDIA_TYPE];
/** Decodes a Sigstore bundle (v0.1 to v0.3) from JSON; anything else is a UserError naming the source. */
function bundle_parseBundle(text, source) {
    return bundleFromValue((0,src/* parseJson */.qF)(text, source), source);
}
/** Decodes an already-parsed Sigstore bundle document. */
function bundleFromValue(value, source) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new src/* UserError */.yo(`${source} is not a Sigstore bundle: expected a JSON object`);
    }
    const mediaType = value['mediaType'];
    if (typeof mediaType !== 'string' || !KNOWN_MEDIA_TYPES.includes(mediaType)) {
        throw new src/* UserError */.yo(`${source}: mediaType ${JSON.stringify(mediaType)} is not a Sigstore bundle version this verifier knows`, {
            hint: `accepted: ${KNOWN_MEDIA_TYPES.join(', ')}`,
        });
    }
    try {
        return (0,dist.bundleFromJSON)(value);
    }
    catch (error) {
        throw new src/* UserError */.yo(`${source} is not a valid Sigstore bundle: ${(0,src/* errorMessage */.gJ)(error)}`, { cause: error });
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
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MAX_BUNDLE_BYTES = 16 * 1024 * 1024;
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
    bundle_parseBundle(text, `the referrer ${name}`);
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
            if (!(error instanceof src/* UserError */.yo) || NETWORK_CODES.includes(error.code))
                throw error;
            read = { skip: (0,src/* errorMessage */.gJ)(error) };
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

/***/ 52948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Be: () => (/* binding */ signDsse),
/* harmony export */   Pk: () => (/* binding */ signBlob),
/* harmony export */   Ud: () => (/* binding */ PUBLIC_GOOD_REKOR),
/* harmony export */   Zy: () => (/* binding */ SIGSTORE_DEADLINE_MS),
/* harmony export */   h: () => (/* binding */ PUBLIC_GOOD_FULCIO),
/* harmony export */   wq: () => (/* binding */ checkKeyFits)
/* harmony export */ });
/* harmony import */ var _slipway_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63220);

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
const library = () => Promise.all(/* import() */[__webpack_require__.e(917), __webpack_require__.e(919)]).then(__webpack_require__.bind(__webpack_require__, 88919));
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


/***/ })

};
