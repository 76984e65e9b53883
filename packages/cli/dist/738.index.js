export const id = 738;
export const ids = [738];
export const modules = {

/***/ 46738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   auditCommand: () => (/* binding */ auditCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _slipway_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63220);
/* harmony import */ var _slipway_workflows__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15729);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88835);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35270);
/* harmony import */ var _summaries_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22833);






const FORMATS = ['text', 'json', 'sarif'];
/** The API client of `--online`, with the user's token from GITHUB_TOKEN or GH_TOKEN. */
function apiFrom(io, url) {
    const token = io.env['GITHUB_TOKEN'] ?? io.env['GH_TOKEN'];
    if (!token)
        throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--online needs a token in GITHUB_TOKEN or GH_TOKEN (read access to public repositories is enough)');
    const baseUrl = url ? (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .parseUserUrl */ .yy)(url, '--api-url').toString().replace(/\/$/, '') : 'https://api.github.com';
    return { api: (0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_2__/* .githubApi */ .Mc)({ baseUrl, token, log: (m) => io.stderr(`${m}\n`) }), baseUrl };
}
/** `slipway audit PATH...`: validates and audits workflow and action files; `--fix` rewrites what is mechanical. */
const auditCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .leaf */ .V4)({
    name: 'audit',
    summary: _summaries_js__WEBPACK_IMPORTED_MODULE_4__/* .SUMMARIES */ .Z['audit'],
    usage: 'audit PATH... [--format text|json|sarif] [--json] [--sarif OUT] [--summary OUT] [--trust-owner OWNER]... [--all | --min-confidence high|medium|low] [--online [--api-url URL]] [--fix | --check] [--pins FILE] [--advisories FILE] [--refresh-advisories OUT] [--forbid PATTERN]...',
    positionals: 'any',
    options: {
        format: { type: 'string', value: 'FORMAT', description: 'what to print on stdout: text (default), json or sarif' },
        json: { type: 'boolean', description: 'same as --format json' },
        sarif: { type: 'string', value: 'OUT', description: 'also write SARIF 2.1.0 (for code scanning) to OUT' },
        summary: { type: 'string', value: 'OUT', description: 'also write the markdown summary to OUT' },
        'trust-owner': {
            type: 'string',
            multiple: true,
            value: 'OWNER',
            description: "an owner whose actions may be pinned to a release tag (v1, v1.2.3) instead of a SHA, e.g. your org's own",
        },
        all: { type: 'boolean', description: 'report findings of every confidence (same as --min-confidence low)' },
        'min-confidence': {
            type: 'string',
            value: 'LEVEL',
            description: 'the lowest confidence reported and failing the audit (default high)',
        },
        online: {
            type: 'boolean',
            description: 'also run the audits that ask the GitHub API (impostor commits, ref confusion, advisories, ...)',
        },
        'api-url': { type: 'string', value: 'URL', description: 'the GitHub REST API (default https://api.github.com)' },
        fix: {
            type: 'boolean',
            description: 'write the mechanical fixes into the files (SHA pins, persist-credentials, permissions) and print the diff',
        },
        check: { type: 'boolean', description: 'print the diff --fix would make, write nothing, exit 1 when something would change' },
        pins: {
            type: 'string',
            value: 'FILE',
            description: 'tags and their commits for --fix offline: {"actions/checkout": {"v4.2.2": "<sha>"}}',
        },
        advisories: { type: 'string', value: 'FILE', description: 'an advisory snapshot to use instead of the shipped one' },
        'refresh-advisories': {
            type: 'string',
            value: 'OUT',
            description: 'write a complete advisory snapshot from the API to OUT (needs a token)',
        },
        forbid: { type: 'string', multiple: true, value: 'PATTERN', description: 'uses: that may not appear at all (owner/* or owner/repo)' },
    },
    details: [
        'PATH is a workflow or action file, or a folder: every action.yml and every YAML file with a',
        'top-level jobs: below it (node_modules, .git and dist are skipped).',
        '',
        'Each finding has a severity, a confidence and a category (security, hygiene, validation); only',
        'high-confidence findings are shown and fail the audit unless --all or --min-confidence says otherwise.',
        '',
        'Suppress a finding in the file, with a reason, on its line or the line above:',
        '  # slipway-audit: ignore <rule-id> -- <why this is safe>',
        'or for the whole file: # slipway-audit: ignore-file <rule-id> -- <why>',
        '',
        'Exit codes: 0 no finding left (with --check: nothing to fix), 1 at least one finding (with --check:',
        'a fix to make), 2 a path that cannot be read or bad usage.',
    ].join('\n'),
    run: async ({ values, positionals }, io) => {
        if (positionals.length === 0 && !values['refresh-advisories'])
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('give at least one workflow file or folder, e.g. slipway audit .github/workflows');
        const format = values.json ? 'json' : (values.format ?? 'text');
        if (!FORMATS.includes(format))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--format must be one of ${FORMATS.join(', ')}; got '${format}'`);
        const minConfidence = values.all ? 'low' : (values['min-confidence'] ?? 'high');
        if (!_slipway_workflows__WEBPACK_IMPORTED_MODULE_2__/* .CONFIDENCES */ .ix.includes(minConfidence))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--min-confidence must be one of ${_slipway_workflows__WEBPACK_IMPORTED_MODULE_2__/* .CONFIDENCES */ .ix.join(', ')}; got '${minConfidence}'`);
        if (values.fix && values.check)
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('give --fix or --check, not both');
        const at = (p) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, p);
        const online = values.online || values['refresh-advisories'] ? apiFrom(io, values['api-url']) : undefined;
        if (values['refresh-advisories']) {
            const out = { path: at(values['refresh-advisories']), name: '--refresh-advisories' };
            await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .assertDistinctOutputs */ .zW)(values.advisories ? [{ path: at(values.advisories), name: '--advisories' }] : [], [out]);
            const snapshot = await (0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_2__/* .refreshAdvisories */ .HI)(online.api, new Date(), online.baseUrl);
            await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .writeTextFile */ .Tl)(out.path, `${JSON.stringify(snapshot, null, 2)}\n`, { what: 'advisory snapshot' });
            io.stdout(`wrote ${snapshot.advisories.length} advisories of the actions ecosystem to ${values['refresh-advisories']}\n`);
            if (positionals.length === 0)
                return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
        }
        const advisories = values.advisories
            ? (0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_2__/* .decodeAdvisorySnapshot */ .A3)((0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .readTextFile */ .Gu)(at(values.advisories), 'advisory snapshot'), values.advisories), values.advisories)
            : undefined;
        const { inputs, report } = await (0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_2__/* .runAudit */ .bD)({
            paths: positionals,
            base: io.cwd,
            trustedOwners: values['trust-owner'] ?? [],
            forbiddenUses: values.forbid ?? [],
            minConfidence: minConfidence,
            ...(advisories ? { advisories } : {}),
            ...(online ? { api: online.api } : {}),
        });
        // Every output flag must name a file of its own: never an audited file, the pins or the snapshot.
        const inputPaths = [
            ...inputs.map((i) => ({ path: at(i.file), name: 'the audited file' })),
            ...(values.pins ? [{ path: at(values.pins), name: '--pins' }] : []),
            ...(values.advisories ? [{ path: at(values.advisories), name: '--advisories' }] : []),
        ];
        const outputs = [
            ...(values.sarif ? [{ path: at(values.sarif), name: '--sarif' }] : []),
            ...(values.summary ? [{ path: at(values.summary), name: '--summary' }] : []),
            ...(values['refresh-advisories'] ? [{ path: at(values['refresh-advisories']), name: '--refresh-advisories' }] : []),
        ];
        await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .assertDistinctOutputs */ .zW)(inputPaths, outputs);
        if (values.fix || values.check) {
            let resolvePin;
            if (values.pins)
                resolvePin = (0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_2__/* .pinsFromFile */ .j4)((0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .parseJson */ .qF)(await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .readTextFile */ .Gu)(at(values.pins), 'pins file'), values.pins), values.pins);
            else if (online)
                resolvePin = (0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_2__/* .pinsFromApi */ .Fz)(online.api);
            else
                resolvePin = () => Promise.resolve(undefined);
            const fixes = await (0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_2__/* .planFixes */ .T9)(inputs, resolvePin, values['trust-owner'] ?? []);
            const changed = fixes.filter((f) => f.after !== f.before);
            for (const f of fixes) {
                if (f.diff)
                    io.stdout(f.diff);
                for (const s of f.skipped)
                    io.stderr(`${f.file}: not fixed: ${s}\n`);
            }
            if (values.fix && changed.length > 0)
                await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .writeOutputFiles */ .kF)(changed.map((f) => ({ path: at(f.file), text: f.after, what: 'workflow file' })));
            io.stdout(`${changed.length} of ${fixes.length} file(s) ${values.fix ? 'fixed' : 'would change'}.\n`);
            if (values.check)
                return changed.length > 0 ? _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.rejected : _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
            return _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok;
        }
        const sarif = (0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_2__/* .formatAuditSarif */ .Yw)(report, _version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x);
        const files = [
            ...(values.sarif ? [{ path: at(values.sarif), text: `${JSON.stringify(sarif, null, 2)}\n`, what: 'SARIF report' }] : []),
            ...(values.summary ? [{ path: at(values.summary), text: (0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_2__/* .formatAuditSummary */ .bW)(report), what: 'audit summary' }] : []),
        ];
        if (files.length > 0)
            await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .writeOutputFiles */ .kF)(files);
        if (format === 'json')
            (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .printJson */ .Q2)(io, report);
        else if (format === 'sarif')
            (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .printJson */ .Q2)(io, sarif);
        else
            io.stdout((0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_2__/* .formatAuditText */ .ke)(report));
        return report.passed ? _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.rejected;
    },
});


/***/ })

};
