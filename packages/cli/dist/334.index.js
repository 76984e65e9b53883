export const id = 334;
export const ids = [334];
export const modules = {

/***/ 78334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatDecision: () => (/* binding */ formatDecision),
/* harmony export */   scanGateCommand: () => (/* binding */ scanGateCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _slipway_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(63220);
/* harmony import */ var _slipway_scan__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20016);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88835);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(35270);
/* harmony import */ var _summaries_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22833);






/** The human-readable result: decision, why, then one line per blocking finding. */
function formatDecision(result) {
    const lines = [`decision: ${result.decision}`, ...result.why.map((w) => `  ${w}`)];
    if (result.blocking.length > 0) {
        lines.push('', 'blocking findings:');
        for (const b of result.blocking) {
            const fixed = b.fixedVersions.length > 0 ? ` (fixed in ${b.fixedVersions.join(', ')})` : '';
            const where = b.package ? ` ${b.package}${b.version ? ` ${b.version}` : ''}` : b.path ? ` ${b.path}` : '';
            lines.push(`  ${b.severity.padEnd(8)} ${b.kind.padEnd(16)} ${b.id}${where}${fixed}${b.image ? ` [${b.image}]` : ''}`);
        }
    }
    if (result.notes.length > 0)
        lines.push('', 'notes:', ...result.notes.map((n) => `  ${n}`));
    const c = result.counts;
    lines.push('', `${c.total} findings, ${c.blocking} blocking, ${c.suppressed} suppressed`);
    return `${lines.join('\n')}\n`;
}
/** `slipway scan-gate`: gates scanner reports by a policy, as the container-scan-gate action does. */
const scanGateCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .leaf */ .V4)({
    name: 'scan-gate',
    summary: _summaries_js__WEBPACK_IMPORTED_MODULE_4__/* .SUMMARIES */ .Z['scan-gate'],
    usage: 'scan-gate --report FILE... [--policy FILE] [--sarif OUT] [--json OUT] [--summary OUT]',
    options: {
        report: { type: 'string', multiple: true, value: 'FILE', description: 'a Trivy or Grype JSON report' },
        policy: {
            type: 'string',
            value: 'FILE',
            description: 'the gate policy (YAML); default: critical vulnerabilities, secrets and malware block',
        },
        sarif: { type: 'string', value: 'OUT', description: 'write SARIF 2.1.0 for code scanning here' },
        json: { type: 'string', value: 'OUT', description: "write the JSON result here ('-' for stdout)" },
        summary: { type: 'string', value: 'OUT', description: 'write the markdown summary here' },
    },
    details: [
        'The JSON has decision, counts (byKind, bySeverity, byKindAndSeverity) and blocking',
        '(each with id, package, version, severity, kind).',
        '',
        'A report that says the scan failed (SCAN_FAILED) or that scanned nothing (SCAN_EMPTY, unless the',
        'policy sets allow-empty-scan) is refused; an output may not be one of the inputs (OUTPUT_IS_INPUT).',
        '',
        'Exit codes: 0 pass, 1 blocked by the policy, 2 bad usage, an unreadable, failed or empty report, or an unreadable policy.',
    ].join('\n'),
    run: async ({ values }, io) => {
        const files = {
            reports: (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .required */ .mw)(values.report, 'report').map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, p)),
            ...(values.policy ? { policy: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.policy) } : {}),
        };
        const at = (flag) => {
            const value = values[flag];
            return value && !(flag === 'json' && value === '-') ? [{ path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, value), name: `--${flag}` }] : [];
        };
        const outputs = [...at('sarif'), ...at('json'), ...at('summary')];
        // Before any work: an output onto a report or the policy would replace what the gate read.
        await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .assertDistinctOutputs */ .zW)((0,_slipway_scan__WEBPACK_IMPORTED_MODULE_2__/* .gateInputPaths */ .oq)(files, { reports: '--report', policy: '--policy' }), outputs);
        const loaded = await (0,_slipway_scan__WEBPACK_IMPORTED_MODULE_2__/* .loadGateInputs */ .R1)(files);
        const gate = (0,_slipway_scan__WEBPACK_IMPORTED_MODULE_2__/* .runGate */ .Rg)({ reports: loaded.reports, policy: loaded.policy, now: _slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .systemClock */ .ml.now() });
        const { sarif, json: result } = (0,_slipway_scan__WEBPACK_IMPORTED_MODULE_2__/* .gateOutputs */ .QP)(gate, loaded.policy, _version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x);
        const texts = { '--sarif': sarif.text, '--json': `${JSON.stringify(result, null, 2)}\n`, '--summary': (0,_slipway_scan__WEBPACK_IMPORTED_MODULE_2__/* .gateSummary */ .sK)(result) };
        const writes = outputs.map((o) => ({
            path: o.path,
            text: texts[o.name],
            what: `${o.name} output`,
        }));
        await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_1__/* .writeOutputFiles */ .kF)(writes);
        if (values.json === '-')
            (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .printJson */ .Q2)(io, result);
        else
            io.stdout(formatDecision(result));
        return result.decision === 'pass' ? _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .dc.rejected;
    },
});


/***/ })

};
