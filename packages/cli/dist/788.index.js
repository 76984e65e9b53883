export const id = 788;
export const ids = [788];
export const modules = {

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


/***/ }),

/***/ 26788:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   signCommand: () => (/* binding */ signCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5377);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88835);
/* harmony import */ var _sign_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25975);
/* harmony import */ var _slipway_core__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63220);
/* harmony import */ var _summaries_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22833);







/** `slipway sign`: a Sigstore bundle for a file, or cosign-format signatures for an image by digest. */
const signCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .leaf */ .V4)({
    name: 'sign',
    summary: _summaries_js__WEBPACK_IMPORTED_MODULE_6__/* .SUMMARIES */ .Z['sign'],
    usage: 'sign (--file F [--bundle OUT] | --image REF@sha256:...) [--key PEM] [--classic]',
    options: {
        file: { type: 'string', value: 'F', description: 'the file to sign' },
        bundle: { type: 'string', value: 'OUT', description: 'where to write the file bundle (default F.sigstore.json)' },
        image: { type: 'string', value: 'REF@sha256:...', description: 'the image to sign, by digest' },
        classic: { type: 'boolean', description: "also write cosign's classic sha256-<hex>.sig tag" },
        ..._sign_options_js__WEBPACK_IMPORTED_MODULE_4__/* .signingOptions */ .Q2,
        json: { type: 'boolean', description: 'print the result as JSON' },
    },
    details: [
        'Registry credentials come from $REGISTRY_USERNAME/$REGISTRY_PASSWORD or the docker config',
        '($DOCKER_CONFIG or ~/.docker/config.json). Keyless signing takes the OIDC token from',
        '$SIGSTORE_ID_TOKEN or the GitHub runner.',
        '',
        'Examples:',
        '  slipway sign --file dist/app.tgz --key cosign.pem --bundle dist/app.tgz.sigstore.json',
        '  slipway sign --image ghcr.io/org/app@sha256:... --key cosign.pem',
        '',
        'Exit codes: 0 signed, 2 bad usage, a tag without digest, an unreadable key, a refused push or a signing failure.',
    ].join('\n'),
    run: async ({ values }, io) => {
        if (Boolean(values.file) === Boolean(values.image))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('give exactly one of --file F or --image REF@sha256:...');
        if (values.bundle && !values.file)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--bundle goes with --file');
        if (values.classic && !values.image)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--classic goes with --image');
        // Parse the reference before anything is signed: a tag alone fails here with the fix.
        const ref = values.image ? (0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .parseDigestReference */ .Dn)(values.image) : undefined;
        const file = values.file ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.file) : undefined;
        const out = values.bundle ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.bundle) : `${file}.sigstore.json`;
        if (file) {
            // Before anything is signed: the bundle written onto the file or the key would replace it.
            await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_5__/* .assertDistinctOutputs */ .zW)([{ path: file, name: '--file' }, ...(values.key ? [{ path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, values.key), name: '--key' }] : [])], [{ path: out, name: values.bundle ? '--bundle' : 'the bundle' }]);
        }
        const method = await (0,_sign_options_js__WEBPACK_IMPORTED_MODULE_4__/* .cliSigningMethod */ .tq)(values, io);
        if (file) {
            const data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file).catch((error) => {
                throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`cannot read --file ${file}: ${error.code ?? String(error)}`);
            });
            const bundle = await (0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .signBlob */ .Pk)(data, method);
            await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_5__/* .writeTextFile */ .Tl)(out, bundle.text);
            if (values.json)
                (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .printJson */ .Q2)(io, { file, bundle: out, signer: bundle.signer, logIndex: bundle.logIndex ?? null });
            else
                io.stdout(`wrote ${out}: signed ${file} as ${bundle.signer}\n`);
            return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
        }
        if (!ref)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--image is required');
        const client = await (0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .connectRegistry */ .gm)(ref.registry, {
            username: io.env['REGISTRY_USERNAME'],
            password: io.env['REGISTRY_PASSWORD'],
            dockerConfigDir: (0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .dockerConfigDir */ .kG)(io.env),
            warn: (m) => io.stderr(`slipway: warning: ${m}\n`),
        });
        const signed = await (0,_slipway_supply_chain__WEBPACK_IMPORTED_MODULE_2__/* .signImage */ .jV)(client, ref, method, { classic: values.classic ?? false });
        const result = {
            image: signed.image,
            referrer: signed.referrer.digest,
            classicTag: signed.classicTag ?? null,
            signer: signed.bundle.signer,
            logIndex: signed.bundle.logIndex ?? null,
        };
        if (values.json)
            (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .printJson */ .Q2)(io, result);
        else
            io.stdout(`signed ${signed.image}: referrer ${signed.referrer.digest}${signed.classicTag ? `, tag ${signed.classicTag}` : ''}\n`);
        return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
    },
});


/***/ })

};
