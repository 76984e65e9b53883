export const id = 992;
export const ids = [992];
export const modules = {

/***/ 91992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   conformanceCommand: () => (/* binding */ conformanceCommand),
/* harmony export */   verifyBundleCommand: () => (/* binding */ verifyBundleCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _slipway_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63220);
/* harmony import */ var _slipway_verify__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71526);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88835);
/* harmony import */ var _summaries_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22833);







async function readArtifact(input, cwd) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(cwd, input);
    // The protocol: a digest only when it looks like one and is not also a file.
    if ((0,_slipway_verify__WEBPACK_IMPORTED_MODULE_4__/* .isDigestReference */ .kY)(input) && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(path))
        return (0,_slipway_verify__WEBPACK_IMPORTED_MODULE_4__/* .artifactFromDigest */ .BJ)(input);
    try {
        return (0,_slipway_verify__WEBPACK_IMPORTED_MODULE_4__/* .artifactFromBytes */ .qD)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path), input);
    }
    catch (error) {
        throw new _command_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`cannot read the artifact ${input}: ${error.code ?? String(error)}`);
    }
}
/** `slipway conformance verify-bundle`: the sigstore-conformance client protocol. */
const verifyBundleCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .leaf */ .V4)({
    name: 'verify-bundle',
    summary: 'verify a Sigstore bundle as the sigstore-conformance test suite asks',
    usage: 'conformance verify-bundle --bundle F (--certificate-identity I --certificate-oidc-issuer U | --key PEM) [--trusted-root R] FILE_OR_sha256:DIGEST',
    options: {
        bundle: { type: 'string', value: 'F', description: 'the Sigstore bundle' },
        'certificate-identity': { type: 'string', value: 'I', description: 'the exact signer identity (certificate SAN)' },
        'certificate-oidc-issuer': { type: 'string', value: 'U', description: 'the exact OIDC issuer' },
        key: { type: 'string', value: 'PEM', description: 'a PEM public key file (key mode)' },
        'trusted-root': { type: 'string', value: 'R', description: 'a trusted_root.json (default: the public-good root)' },
    },
    positionals: 'any',
    details: 'Exit codes: 0 verified, 1 rejected, 2 bad usage or unreadable input.',
    run: async ({ values, positionals }, io) => {
        if (positionals.length !== 1)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`expected one FILE or sha256:DIGEST, got ${positionals.length}`);
        if (!values.bundle)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('--bundle is required');
        const identity = values['certificate-identity'];
        const issuer = values['certificate-oidc-issuer'];
        if (values.key !== undefined && (identity !== undefined || issuer !== undefined)) {
            throw new _command_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('give either --key or --certificate-identity with --certificate-oidc-issuer, not both');
        }
        if (values.key === undefined && (identity === undefined || issuer === undefined)) {
            throw new _command_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('--certificate-identity and --certificate-oidc-issuer are required unless --key is given');
        }
        const bundlePath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.bundle);
        const artifact = await readArtifact(positionals[0] ?? '', io.cwd);
        const root = values['trusted-root'];
        const result = (0,_slipway_verify__WEBPACK_IMPORTED_MODULE_4__/* .conformanceVerify */ .T_)({
            bundle: { text: await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)(bundlePath, 'bundle'), source: values.bundle },
            artifact,
            expect: values.key !== undefined
                ? { keyPem: await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.key), 'public key'), keySource: values.key }
                : { identity: identity ?? '', issuer: issuer ?? '' },
            ...(root ? { trustedRoot: { json: await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_3__/* .readTextFile */ .Gu)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, root), 'trusted root'), source: root } } : {}),
        });
        for (const c of result.checks)
            io.stderr(`${c.status === 'passed' ? 'ok  ' : c.status === 'failed' ? 'FAIL' : 'skip'} ${c.name}: ${c.detail}\n`);
        io.stdout(result.ok ? 'OK\n' : 'REJECTED\n');
        return result.ok ? _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .dc.rejected;
    },
});
/** `slipway conformance ...`: entry points for external conformance suites. */
const conformanceCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_5__/* .group */ .Os)('conformance', _summaries_js__WEBPACK_IMPORTED_MODULE_6__/* .SUMMARIES */ .Z['conformance'], [verifyBundleCommand]);


/***/ })

};
