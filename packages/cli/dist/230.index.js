export const id = 230;
export const ids = [230];
export const modules = {

/***/ 28230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   provenanceCommand: () => (/* binding */ provenanceCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _slipway_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63220);
/* harmony import */ var _slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5377);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88835);
/* harmony import */ var _sign_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25975);
/* harmony import */ var _summaries_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22833);






/** Each build claim's flag (and the variable it defaults to), for errors. */
const CLAIM_FLAGS = {
    repository: '--repository ($GITHUB_REPOSITORY)',
    repository_id: '--repository-id ($GITHUB_REPOSITORY_ID)',
    repository_owner_id: '--repository-owner-id ($GITHUB_REPOSITORY_OWNER_ID)',
    ref: '--ref ($GITHUB_REF)',
    sha: '--sha ($GITHUB_SHA)',
    event_name: '--event-name ($GITHUB_EVENT_NAME)',
    workflow_ref: '--workflow-ref ($GITHUB_WORKFLOW_REF)',
    job_workflow_ref: '--builder (or --workflow-ref)',
    run_id: '--run-id ($GITHUB_RUN_ID)',
    run_attempt: '--run-attempt ($GITHUB_RUN_ATTEMPT)',
    runner_environment: '--runner-environment ($RUNNER_ENVIRONMENT)',
};
/** `slipway provenance`: a signed SLSA v1 provenance bundle for files or an image. */
const provenanceCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .leaf */ .V4)({
    name: 'provenance',
    summary: _summaries_js__WEBPACK_IMPORTED_MODULE_5__/* .SUMMARIES */ .Z['provenance'],
    usage: 'provenance --subject-path GLOB... --out FILE [--key PEM] [context flags]',
    options: {
        'subject-path': { type: 'string', multiple: true, value: 'GLOB', description: 'files to attest (`!GLOB` excludes)' },
        'subject-checksums': { type: 'string', value: 'FILE', description: 'a sha256sum file whose lines are subjects' },
        'subject-name': { type: 'string', value: 'IMAGE', description: 'an image name to attest (with --subject-digest)' },
        'subject-digest': { type: 'string', value: 'sha256:HEX', description: 'the image manifest digest' },
        out: { type: 'string', value: 'FILE', description: 'where to write the bundle (required)' },
        ..._sign_options_js__WEBPACK_IMPORTED_MODULE_4__/* .signingOptions */ .Q2,
        repository: { type: 'string', value: 'OWNER/REPO', description: 'source repository (default $GITHUB_REPOSITORY)' },
        'repository-id': { type: 'string', value: 'ID', description: 'default $GITHUB_REPOSITORY_ID' },
        'repository-owner-id': { type: 'string', value: 'ID', description: 'default $GITHUB_REPOSITORY_OWNER_ID' },
        sha: { type: 'string', value: 'COMMIT', description: 'source commit (default $GITHUB_SHA)' },
        ref: { type: 'string', value: 'REF', description: 'source ref (default $GITHUB_REF)' },
        'event-name': { type: 'string', value: 'EVENT', description: 'default $GITHUB_EVENT_NAME' },
        'workflow-ref': { type: 'string', value: 'REF', description: 'owner/repo/.github/workflows/x.yml@ref (default $GITHUB_WORKFLOW_REF)' },
        builder: { type: 'string', value: 'REF', description: 'the workflow that built it, if not --workflow-ref (a reusable workflow)' },
        'run-id': { type: 'string', value: 'ID', description: 'default $GITHUB_RUN_ID' },
        'run-attempt': { type: 'string', value: 'N', description: 'default $GITHUB_RUN_ATTEMPT' },
        'runner-environment': { type: 'string', value: 'ENV', description: 'github-hosted or self-hosted (default $RUNNER_ENVIRONMENT)' },
        'server-url': { type: 'string', value: 'URL', description: 'default $GITHUB_SERVER_URL or https://github.com' },
        json: { type: 'boolean', description: 'print the result as JSON' },
    },
    details: [
        'Keyless signing takes the OIDC token from $SIGSTORE_ID_TOKEN or the GitHub runner; with a',
        "GitHub token the build context comes from the token's claims, otherwise from the flags and GITHUB_*.",
        '',
        'Examples:',
        '  slipway provenance --subject-path "dist/*.tgz" --out provenance.sigstore.json --key cosign.pem',
        '',
        'Exit codes: 0 written, 2 bad usage, no subjects, an unreadable key or a signing failure.',
    ].join('\n'),
    run: async ({ values }, io) => {
        const out = values.out;
        if (!out)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--out is required');
        const paths = values['subject-path'] ?? [];
        if (paths.length === 0 && !values['subject-checksums'] && !values['subject-name']) {
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('give subjects: --subject-path GLOB, --subject-checksums FILE, or --subject-name with --subject-digest');
        }
        if (Boolean(values['subject-name']) !== Boolean(values['subject-digest']))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--subject-name and --subject-digest go together');
        // Before any work: the bundle written onto a subject, the checksums or the key would replace it.
        const outPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, out);
        const inputs = await (0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .provenanceInputPaths */ .u$)({ subjectPaths: paths, checksums: values['subject-checksums'], key: values.key }, io.cwd, {
            subjectPaths: '--subject-path',
            checksums: '--subject-checksums',
            key: '--key',
        });
        await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .assertDistinctOutputs */ .zW)(inputs, [{ path: outPath, name: '--out' }]);
        const subjects = [];
        if (paths.length > 0)
            subjects.push(...(await (0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .subjectsFromPaths */ .wt)(paths, io.cwd)));
        if (values['subject-checksums']) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values['subject-checksums']);
            subjects.push(...(0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .parseChecksums */ .yk)(await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .readTextFile */ .Gu)(file, 'checksums file', { maxBytes: _slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .SMALL_FILE_LIMIT */ .BT }), file));
        }
        if (values['subject-name'] && values['subject-digest'])
            subjects.push((0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .imageSubject */ .m1)(values['subject-name'], values['subject-digest']));
        const identity = (0,_sign_options_js__WEBPACK_IMPORTED_MODULE_4__/* .cliIdentity */ .vO)(io);
        const fromGitHubToken = !values.key && !io.env['SIGSTORE_ID_TOKEN'] && Boolean(io.env['ACTIONS_ID_TOKEN_REQUEST_URL']);
        const ctx = (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .readGitHubContext */ .L7)(io.env, {});
        const workflowRef = values['workflow-ref'] ?? ctx.workflowRef;
        const claims = fromGitHubToken
            ? (0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .buildClaimsFrom */ .C9)((0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .jwtClaims */ .vE)(await identity.getToken()), "the job's OIDC token")
            : (0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .buildClaimsFrom */ .C9)({
                repository: values.repository ?? ctx.repository,
                repository_id: values['repository-id'] ?? ctx.repositoryId,
                repository_owner_id: values['repository-owner-id'] ?? ctx.repositoryOwnerId,
                ref: values.ref ?? ctx.ref,
                sha: values.sha ?? ctx.sha,
                event_name: values['event-name'] ?? ctx.eventName,
                workflow_ref: workflowRef,
                job_workflow_ref: values.builder ?? workflowRef,
                run_id: values['run-id'] ?? ctx.runId,
                run_attempt: values['run-attempt'] ?? ctx.runAttempt,
                runner_environment: values['runner-environment'] ?? ctx.runnerEnvironment,
            }, 'the flags and GITHUB_* variables', { names: CLAIM_FLAGS, code: _slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .errorCodes */ .fv.usage });
        const method = await (0,_sign_options_js__WEBPACK_IMPORTED_MODULE_4__/* .cliSigningMethod */ .tq)(values, io, identity);
        const serverUrl = values['server-url'] === undefined ? ctx.serverUrl : (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .parseUserUrl */ .yy)(values['server-url'], '--server-url').href;
        const { statement, bundle } = await (0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .createProvenance */ .iz)(subjects, claims, serverUrl, method);
        await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .writeTextFile */ .Tl)(outPath, bundle.text);
        const result = {
            bundle: outPath,
            predicateType: statement.predicateType,
            subjects: statement.subject,
            builder: statement.predicate.runDetails.builder.id,
            signer: bundle.signer,
            logIndex: bundle.logIndex ?? null,
        };
        if (values.json)
            (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .printJson */ .Q2)(io, result);
        else
            io.stdout(`wrote ${outPath}: SLSA provenance for ${subjects.length} subject(s), signed by ${bundle.signer}\n`);
        return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    },
});


/***/ }),

/***/ 25975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q2: () => (/* binding */ signingOptions),
/* harmony export */   tq: () => (/* binding */ cliSigningMethod),
/* harmony export */   vO: () => (/* binding */ cliIdentity)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _slipway_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63220);
/* harmony import */ var _slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5377);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88835);




/** The signing flags `slipway provenance` and `slipway sign` share. */
const signingOptions = {
    key: {
        type: 'string',
        value: 'PEM',
        description: 'sign with this PEM private key (passphrase in $SLIPWAY_KEY_PASSPHRASE); keyless without it',
    },
    'fulcio-url': { type: 'string', value: 'URL', description: `keyless: the Fulcio CA (default ${_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .PUBLIC_GOOD_FULCIO */ .h})` },
    'rekor-url': { type: 'string', value: 'URL', description: `the Rekor log (default ${_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .PUBLIC_GOOD_REKOR */ .Ud})` },
    'tsa-url': { type: 'string', value: 'URL', description: 'an RFC 3161 timestamp authority (optional)' },
    'tlog-upload': { type: 'boolean', description: 'with --key, also record the signature in Rekor' },
};
/** The OIDC identity for keyless signing: $SIGSTORE_ID_TOKEN, else the GitHub runner's token service. */
function cliIdentity(io) {
    const token = io.env['SIGSTORE_ID_TOKEN'];
    if (token)
        return (0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .staticIdentityProvider */ .IZ)(token);
    return (0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .cachedIdentity */ .$Z)((0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .actionsIdentityProvider */ .j8)({ url: io.env['ACTIONS_ID_TOKEN_REQUEST_URL'], token: io.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] }));
}
const url = (value, flag) => value === undefined ? undefined : (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .parseUserUrl */ .yy)(value, flag).href.replace(/\/$/, '');
/**
 * Key mode with --key, keyless otherwise. A --key that is given is always used: one that cannot
 * be read or parsed (missing, a folder, empty, not a key) is an error naming the file, never a
 * silent switch to keyless signing.
 */
async function cliSigningMethod(values, io, identity = cliIdentity(io)) {
    if (values.key === '')
        throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--key needs a path to a PEM private key');
    const keyPath = values.key === undefined ? undefined : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.key);
    return (0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .signingMethod */ .Bk)({
        privateKey: keyPath === undefined ? undefined : await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .readTextFile */ .Gu)(keyPath, 'private key', { maxBytes: _slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .SMALL_FILE_LIMIT */ .BT }),
        privateKeySource: keyPath ?? '',
        passphrase: io.env['SLIPWAY_KEY_PASSPHRASE'],
        fulcioURL: url(values['fulcio-url'], '--fulcio-url') ?? _slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .PUBLIC_GOOD_FULCIO */ .h,
        rekorURL: url(values['rekor-url'], '--rekor-url') ?? _slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .PUBLIC_GOOD_REKOR */ .Ud,
        tsaURL: url(values['tsa-url'], '--tsa-url'),
        tlogUpload: values['tlog-upload'] ?? false,
        identity,
    });
}


/***/ })

};
