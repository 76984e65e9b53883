export const id = 475;
export const ids = [475];
export const modules = {

/***/ 55475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   estimateCommand: () => (/* binding */ estimateCommand),
/* harmony export */   pipelineCommand: () => (/* binding */ pipelineCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _slipway_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63220);
/* harmony import */ var _slipway_workflows__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15729);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88835);
/* harmony import */ var _summaries_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(22833);






/**
 * Finds a called workflow on disk: `./path` from the working folder, and `owner/repo/path@ref`
 * at `path` in the working folder or in the repository that holds the calling workflow.
 */
function fileResolver(cwd, workflowFile) {
    const repoOfWorkflow = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(workflowFile), '..', '..');
    return (uses) => {
        const path = uses.startsWith('./')
            ? uses.slice(2)
            : uses
                .replace(/@[^@]*$/, '')
                .split('/')
                .slice(2)
                .join('/');
        if (!path)
            return undefined;
        for (const candidate of [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, path), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoOfWorkflow, path)]) {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
                return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(candidate, 'utf8');
        }
        return undefined;
    };
}
/** `slipway pipeline estimate`: the critical path of a workflow's needs: graph against a time budget. */
const estimateCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .leaf */ .V4)({
    name: 'estimate',
    summary: 'predict the p50 duration of a workflow from job timings and say what to shard or cache next',
    usage: 'pipeline estimate --workflow FILE --timings FILE [--shards N] [--budget-minutes M] [--shard-overhead-seconds S] [--json]',
    options: {
        workflow: {
            type: 'string',
            value: 'FILE',
            description: 'the workflow (a caller of a reusable workflow is expanded when the called file is found)',
        },
        timings: {
            type: 'string',
            value: 'FILE',
            description: 'job durations: {"jobs":{"lint":{"seconds":90},"test":{"serialSeconds":720,"overheadSeconds":60}}}, or GitHub list-jobs responses',
        },
        shards: {
            type: 'string',
            value: 'N',
            description: "shard count of the test job (default: the workflow's matrix, its shards input, or what target-seconds would plan)",
        },
        'budget-minutes': { type: 'string', value: 'M', description: 'the time budget (default: the timings file budgetMinutes, else 10)' },
        'shard-overhead-seconds': {
            type: 'string',
            value: 'S',
            description: 'per-shard fixed cost assumed for measured matrix jobs (default 60)',
        },
        json: { type: 'boolean', description: 'print the estimate as JSON' },
    },
    details: 'Exit codes: 0 within budget, 1 over budget, 2 unreadable workflow or timings, or bad usage.',
    run: async ({ values }, io) => {
        const workflowFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .required */ .mw)(values.workflow, 'workflow'));
        const timingsFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .required */ .mw)(values.timings, 'timings'));
        const shards = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .intFlag */ .s1)(values.shards, 'shards', 1, 256);
        const overhead = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .numberFlag */ .C$)(values['shard-overhead-seconds'], 'shard-overhead-seconds', 0, 3600) ?? 60;
        const workflowText = await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(workflowFile, 'workflow', { maxBytes: _slipway_core__WEBPACK_IMPORTED_MODULE_2__/* .SMALL_FILE_LIMIT */ .BT });
        await (0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_3__/* .assertWorkflowParses */ .QY)(workflowText, values.workflow ?? workflowFile);
        const timingsJson = (0,_slipway_core__WEBPACK_IMPORTED_MODULE_2__/* .parseJson */ .qF)(await (0,_slipway_core__WEBPACK_IMPORTED_MODULE_2__/* .readTextFile */ .Gu)(timingsFile, 'timings file'), timingsFile);
        const timings = (0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_3__/* .decodeTimings */ .oc)(timingsJson, timingsFile, overhead, (0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_3__/* .workflowNameOf */ .M2)(workflowText, workflowFile));
        const budgetMinutes = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .numberFlag */ .C$)(values['budget-minutes'], 'budget-minutes', 0.1, 1440) ?? timings.budgetMinutes ?? 10;
        const graph = (0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_3__/* .jobGraph */ .aq)(workflowText, workflowFile, fileResolver(io.cwd, workflowFile));
        // Timings written for this workflow that name a job it lacks: a typo, the wrong workflow, or
        // a workflow file cut short; an estimate without those jobs would look faster than it is.
        const unused = timings.source === 'given' ? (0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_3__/* .unusedTimings */ .ES)(graph, timings) : [];
        if (unused.length > 0) {
            throw new _slipway_core__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${values.timings} times job(s) ${unused.join(', ')} that the workflow ${values.workflow} does not have`, {
                code: _slipway_core__WEBPACK_IMPORTED_MODULE_2__/* .errorCodes */ .fv.invalidInput,
                hint: `name the workflow's jobs (${graph.map((j) => j.id).join(', ')}), or give the workflow the timings were written for`,
            });
        }
        const result = (0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_3__/* .estimate */ .jA)(graph, timings, { budgetSeconds: budgetMinutes * 60, ...(shards !== undefined ? { shards } : {}) });
        if (values.json)
            (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .printJson */ .Q2)(io, { workflow: values.workflow, timingsSource: timings.source, ...result });
        else
            io.stdout((0,_slipway_workflows__WEBPACK_IMPORTED_MODULE_3__/* .formatEstimateText */ .fc)(result, values.workflow ?? workflowFile));
        return result.meetsBudget ? _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok : _command_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.rejected;
    },
});
/** `slipway pipeline ...` */
const pipelineCommand = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .group */ .Os)('pipeline', _summaries_js__WEBPACK_IMPORTED_MODULE_5__/* .SUMMARIES */ .Z['pipeline'], [estimateCommand]);


/***/ })

};
