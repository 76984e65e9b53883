export const id = 639;
export const ids = [639];
export const modules = {

/***/ 79639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 26 modules
var src = __webpack_require__(63220);
// EXTERNAL MODULE: ./packages/verify/src/index.ts + 24 modules
var verify_src = __webpack_require__(71526);
// EXTERNAL MODULE: ./packages/cli/src/command.ts
var command = __webpack_require__(88835);
// EXTERNAL MODULE: ./packages/supply-chain/src/index.ts + 22 modules
var supply_chain_src = __webpack_require__(5377);
;// CONCATENATED MODULE: ./packages/cli/src/commands/verify-image.ts


/**
 * Verifies an image by digest with the bundles found in its registry (docker config credentials,
 * else anonymous); what the registry holds that is not a bundle is told through `warn`.
 */
async function verifyImageSubject(reference, policy, trust, now, env, extra = [], warn = () => undefined) {
    return (0,verify_src/* verifyImage */.ZG)(reference, (0,verify_src/* registryBundleFinder */.sw)({ dockerConfigDir: (0,supply_chain_src/* dockerConfigDir */.kG)(env), warn }), policy, trust, now, extra);
}

// EXTERNAL MODULE: ./packages/cli/src/commands/summaries.ts
var summaries = __webpack_require__(22833);
;// CONCATENATED MODULE: ./packages/cli/src/commands/verify.ts






/** `slipway verify`: the verify-deploy gate from a terminal. */
const verifyCommand = (0,command/* leaf */.V4)({
    name: 'verify',
    summary: summaries/* SUMMARIES */.Z['verify'],
    usage: 'verify (--artifact F --bundle B... | --image REF@sha256:...) --policy P [--attestation FILE...] [--trusted-root R | --key PEM | --tuf-cache DIR [--tuf-mirror URL [--tuf-root FILE]]] [--json]',
    options: {
        artifact: { type: 'string', value: 'F', description: 'the file to verify' },
        bundle: { type: 'string', multiple: true, value: 'B', description: 'its signature bundle or attestations file' },
        image: { type: 'string', value: 'REF@sha256:...', description: 'an image by digest; bundles are found in its registry' },
        attestation: {
            type: 'string',
            multiple: true,
            value: 'FILE',
            description: 'more attestations for the subject, such as reproducibility verdicts from slipway rebuild',
        },
        policy: { type: 'string', value: 'P', description: 'the policy YAML' },
        'trusted-root': { type: 'string', value: 'R', description: 'a trusted_root.json (private Sigstore); default: public-good' },
        key: { type: 'string', value: 'PEM', description: 'verify in key mode with this public key (no certificate identity)' },
        'tuf-cache': { type: 'string', value: 'DIR', description: 'get the public-good root through TUF, caching verified metadata in DIR' },
        'tuf-mirror': { type: 'string', value: 'URL', description: 'the TUF repository for --tuf-cache (default: public-good)' },
        'tuf-root': {
            type: 'string',
            value: 'FILE',
            description: 'the initial root.json of a --tuf-mirror other than public-good, trusted on first use to start the cache',
        },
        json: { type: 'boolean', description: 'print the report as JSON on stdout' },
    },
    details: 'Exit codes: 0 verified, 1 rejected, 2 bad usage or unreadable input. With --json a rejected report carries errorCode (docs/error-codes.md).',
    run: async ({ values }, io) => {
        if (!values.policy)
            throw new command/* UsageError */.eb('--policy is required');
        if ((values.artifact === undefined) === (values.image === undefined))
            throw new command/* UsageError */.eb('give exactly one of --artifact or --image');
        if (values.artifact !== undefined && !values.bundle?.length)
            throw new command/* UsageError */.eb('--bundle is required with --artifact');
        if (values.image !== undefined && values.bundle?.length)
            throw new command/* UsageError */.eb('--bundle goes with --artifact; image bundles come from the registry');
        const path = (p) => (0,external_node_path_.resolve)(io.cwd, p);
        const policy = (0,verify_src/* parsePolicy */.ON)(await (0,src/* readTextFile */.Gu)(path(values.policy), 'policy'), values.policy);
        const root = values['trusted-root']
            ? { json: await (0,src/* readTextFile */.Gu)(path(values['trusted-root']), 'trusted root'), source: values['trusted-root'] }
            : undefined;
        const source = values.key !== undefined
            ? { kind: 'public-key', pem: await (0,src/* readTextFile */.Gu)(path(values.key), 'public key'), source: values.key, ...(root ? { root } : {}) }
            : root
                ? { kind: 'trusted-root', ...root }
                : { kind: 'public-good' };
        for (const flag of ['tuf-mirror', 'tuf-root'])
            if (values[flag] !== undefined && values['tuf-cache'] === undefined)
                throw new command/* UsageError */.eb(`--${flag} goes with --tuf-cache DIR`);
        if (values['tuf-cache'] !== undefined && source.kind !== 'public-good')
            throw new command/* UsageError */.eb('--tuf-cache goes with the public-good root, not --trusted-root or --key');
        const trust = values['tuf-cache'] !== undefined
            ? await (0,verify_src/* tufTrust */.Y4)({
                cacheDir: path(values['tuf-cache']),
                ...(values['tuf-mirror'] ? { mirrorUrl: values['tuf-mirror'] } : {}),
                ...(values['tuf-root'] ? { rootPath: path(values['tuf-root']) } : {}),
                rootInput: '--tuf-root',
            })
            : (0,verify_src/* loadTrust */.Vc)(source);
        const now = src/* systemClock */.ml.now();
        const extra = await (0,verify_src/* loadBundleFiles */.Yl)((values.attestation ?? []).map(path));
        let report;
        if (values.artifact !== undefined) {
            const subject = await (0,verify_src/* loadFileSubject */.v7)(path(values.artifact), (values.bundle ?? []).map(path));
            report = (0,verify_src/* verifySubject */.is)(values.artifact, subject.artifact, [...subject.bundles, ...extra], policy, trust, now);
        }
        else {
            report = await verifyImageSubject(values.image ?? '', policy, trust, now, io.env, extra, (m) => io.stderr(`slipway: warning: ${m}\n`));
        }
        if (values.json)
            (0,command/* printJson */.Q2)(io, report);
        else
            io.stdout((0,verify_src/* formatReportText */.Nz)([report]));
        return report.verified ? command/* EXIT */.dc.ok : command/* EXIT */.dc.rejected;
    },
});


/***/ })

};
