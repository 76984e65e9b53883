export const id = 770;
export const ids = [770];
export const modules = {

/***/ 8770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rebuildCommand: () => (/* binding */ rebuildCommand)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _slipway_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63220);
/* harmony import */ var _slipway_rebuild__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13396);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88835);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(35270);
/* harmony import */ var _sign_options_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25975);
/* harmony import */ var _summaries_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22833);








/** `slipway rebuild`: build a commit several times under varied conditions and compare the outputs. */
const rebuildCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .leaf */ .V4)({
    name: 'rebuild',
    summary: _summaries_js__WEBPACK_IMPORTED_MODULE_6__/* .SUMMARIES */ .Z['rebuild'],
    usage: 'rebuild --command CMD --outputs GLOB... [--runs N] [--network deny|allow] [--vary LIST] [--json] [--report DIR]',
    positionals: 'any',
    options: {
        command: { type: 'string', value: 'CMD', description: 'the build command (a shell command line), run in each copy' },
        outputs: {
            type: 'string',
            multiple: true,
            value: 'GLOB',
            description: 'the files the build makes, relative to this folder (more globs may follow)',
        },
        runs: { type: 'string', value: 'N', description: 'how many builds to compare (default 2, at most 10)' },
        network: {
            type: 'string',
            value: 'deny|allow',
            description: 'deny: each build in a network namespace with no interfaces (default allow)',
        },
        vary: {
            type: 'string',
            value: 'LIST',
            description: 'what to vary: all (default), none, names, or --vary=-name,+name (path,time,tz,locale,umask,hostname,user,order)',
        },
        prepare: { type: 'string', value: 'CMD', description: 'runs in each copy before the build, with the network (e.g. npm ci)' },
        expect: { type: 'string', multiple: true, value: 'FILE', description: 'a published build of an output: the rebuilds must match it' },
        report: {
            type: 'string',
            value: 'DIR',
            description: 'keep outputs, logs, result.json and diffoscope reports here (a folder of its own)',
        },
        'no-diffoscope': { type: 'boolean', description: 'do not run diffoscope even when it is installed' },
        attestation: {
            type: 'string',
            value: 'OUT',
            description: 'write the signed verdict (SLSA verification summary, Sigstore bundle) here',
        },
        ..._sign_options_js__WEBPACK_IMPORTED_MODULE_5__/* .signingOptions */ .Q2,
        'verifier-id': { type: 'string', value: 'URI', description: `the verifier named in the attestation (default ${_slipway_rebuild__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_VERIFIER_ID */ .f0})` },
        'repository-url': {
            type: 'string',
            value: 'URL',
            description: 'the source repository the attestation names (default: the origin remote)',
        },
        json: { type: 'boolean', description: 'print the result as JSON' },
    },
    details: [
        'Each build runs in a clean export of HEAD (never the working tree), at the same place in',
        "the tree as this folder, with SOURCE_DATE_EPOCH set to the commit's time. Run 1 uses UTC,",
        'C.UTF-8 and umask 022; later runs change the path, the clock (faketime), TZ, the locale, the',
        'umask, the host name (UTS namespace), the user name and the listing order (disorderfs).',
        '',
        'Examples:',
        "  slipway rebuild --command 'npm pack' --outputs '*.tgz'",
        "  slipway rebuild --command 'npm run bundle' --prepare 'npm ci' --outputs 'dist/**' --network deny --report rebuild-report",
        "  slipway rebuild --command 'make dist' --outputs 'dist/*.tar.gz' --vary=-time --attestation rebuild.sigstore.json --key key.pem",
        '',
        'Exit codes: 0 reproducible (and hermetic with --network deny), 1 not reproducible or not',
        'hermetic (or the build failed), 2 bad usage.',
    ].join('\n'),
    run: async ({ values, positionals }, io) => {
        if (!values.command)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--command is required');
        const outputs = [...(values.outputs ?? []), ...positionals];
        if (!values.outputs?.length)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('--outputs is required: the files the build makes');
        const network = values.network ?? 'allow';
        if (network !== 'deny' && network !== 'allow')
            throw new _command_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`--network must be deny or allow; got '${network}'`);
        const runs = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .intFlag */ .s1)(values.runs, 'runs', 2, 10) ?? 2;
        const vary = (0,_slipway_rebuild__WEBPACK_IMPORTED_MODULE_3__/* .parseVary */ .uG)(values.vary);
        const path = (p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, p);
        const expected = (values.expect ?? []).map(path);
        const reportDir = values.report ? path(values.report) : undefined;
        const attestationPath = values.attestation ? path(values.attestation) : undefined;
        if (attestationPath) {
            await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_2__/* .assertDistinctOutputs */ .zW)([...expected.map((p) => ({ path: p, name: '--expect' })), ...(values.key ? [{ path: path(values.key), name: '--key' }] : [])], [{ path: attestationPath, name: '--attestation' }]);
        }
        // Read the key before the builds, so a bad key fails in a second, not after them.
        const attest = attestationPath
            ? {
                path: attestationPath,
                method: await (0,_sign_options_js__WEBPACK_IMPORTED_MODULE_5__/* .cliSigningMethod */ .tq)(values, io),
                verifierId: values['verifier-id'] ?? _slipway_rebuild__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_VERIFIER_ID */ .f0,
                verifierVersion: _version_js__WEBPACK_IMPORTED_MODULE_7__/* .VERSION */ .x,
                repositoryUrl: values['repository-url'],
            }
            : undefined;
        const check = await (0,_slipway_rebuild__WEBPACK_IMPORTED_MODULE_3__/* .checkReproducible */ .pH)({
            command: values.command,
            prepare: values.prepare,
            outputs,
            runs,
            network,
            vary,
            cwd: io.cwd,
            scratchDir: (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)(),
            reportDir,
            diffoscope: !values['no-diffoscope'],
            published: await (0,_slipway_rebuild__WEBPACK_IMPORTED_MODULE_3__/* .publishedFromFiles */ ._4)(expected, '--expect file'),
            baseEnv: io.env,
            identity: { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 },
        }, attest, {
            exec: { run: (c, a, o) => (0,_slipway_core__WEBPACK_IMPORTED_MODULE_2__/* .spawnCapture */ .EO)(c, a, o) },
            clock: _slipway_core__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .ml,
            log: (line) => io.stderr(`${line}\n`),
            sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
        });
        if (values.json) {
            (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .printJson */ .Q2)(io, {
                ...check.result,
                attestation: check.attestation?.path ?? null,
                attestationSkipped: check.attestationSkipped ?? null,
                signer: check.attestation?.bundle.signer ?? null,
            });
        }
        else {
            io.stdout((0,_slipway_rebuild__WEBPACK_IMPORTED_MODULE_3__/* .formatRebuildText */ .k4)(check.result));
            if (check.attestation)
                io.stdout(`wrote ${check.attestation.path}: ${check.attestation.statement.predicate.verificationResult} ${check.attestation.statement.predicate.verifiedLevels.join(', ')}, signed by ${check.attestation.bundle.signer}\n`);
            if (check.attestationSkipped)
                io.stdout(`${check.attestationSkipped}\n`);
            if (reportDir)
                io.stdout(`report: ${reportDir}\n`);
        }
        return check.result.exitCode === 0 ? _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.rejected;
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
