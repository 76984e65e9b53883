export const id = 418;
export const ids = [418];
export const modules = {

/***/ 94418:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  shardCommand: () => (/* binding */ shardCommand)
});

// EXTERNAL MODULE: ./packages/shard/src/index.ts + 21 modules
var src = __webpack_require__(9437);
// EXTERNAL MODULE: ./packages/cli/src/command.ts
var command = __webpack_require__(88835);
;// CONCATENATED MODULE: ./packages/cli/src/commands/shard-inputs.ts


/** The flags `shard plan` and `shard select` share. */
const universeOptions = {
    timings: {
        type: 'string',
        multiple: true,
        value: 'FILE',
        description: 'a timing file: JUnit XML, pytest-split .test_durations, Knapsack JSON, jest --json, or a Slipway timings store',
    },
    tests: {
        type: 'string',
        multiple: true,
        value: 'GLOB',
        description: "test files to split (default: the files the runner finds by default here and the timed ones, else the timings' tests)",
    },
    'tests-from': { type: 'string', value: 'FILE', description: 'a file listing test files or test ids, one per line' },
    granularity: { type: 'string', value: 'file|test', description: 'split by file (default) or by single test' },
    runner: {
        type: 'string',
        value: 'R',
        description: `the test runner: ${src/* RUNNERS */.Ir.filter((r) => r !== 'custom').join(', ')} (default: inferred from the timings)`,
    },
    json: { type: 'boolean', description: 'print JSON on stdout' },
};
/** Reads timings and the universe and plans, through the same engine function as the action; warnings go to stderr. */
async function preparedPlan(values, count, io) {
    const timings = (0,command/* required */.mw)(values.timings, 'timings');
    if (values.tests && values['tests-from'])
        throw new command/* UsageError */.eb('pass either --tests or --tests-from, not both');
    const granularity = values.granularity ?? 'file';
    if (granularity !== 'file' && granularity !== 'test')
        throw new command/* UsageError */.eb(`--granularity must be file or test; got '${granularity}'`);
    const runner = values.runner ?? 'auto';
    if (runner !== 'auto' && (!src/* RUNNERS */.Ir.includes(runner) || runner === 'custom')) {
        throw new command/* UsageError */.eb(`--runner must be one of ${src/* RUNNERS */.Ir.filter((r) => r !== 'custom').join(', ')}; got '${runner}'`);
    }
    const prepared = await (0,src/* preparePlan */.HY)({
        cwd: io.cwd,
        timings,
        tests: values.tests ?? [],
        ...(values['tests-from'] ? { testsFrom: values['tests-from'] } : {}),
        runner: runner,
        granularity,
        ...count,
    });
    for (const w of prepared.warnings)
        io.stderr(`warning: ${w}\n`);
    for (const n of prepared.notes)
        io.stderr(`note: ${n}\n`);
    for (const n of prepared.plan.notes)
        io.stderr(`note: ${n}\n`);
    return prepared;
}
/** `--shards N`, or `--target-seconds S` with its overhead and cap. */
function countRequest(values) {
    const shards = (0,command/* intFlag */.s1)(values.shards, 'shards', 1, 256);
    const target = (0,command/* numberFlag */.C$)(values['target-seconds'], 'target-seconds', 1, 1e7);
    if ((shards === undefined) === (target === undefined))
        throw new command/* UsageError */.eb('pass exactly one of --shards N and --target-seconds S');
    if (shards !== undefined && (values['shard-overhead-seconds'] !== undefined || values['max-shards'] !== undefined)) {
        throw new command/* UsageError */.eb('--shard-overhead-seconds and --max-shards go with --target-seconds');
    }
    return {
        ...(shards !== undefined ? { shards } : {}),
        ...(target !== undefined ? { targetSeconds: target } : {}),
        overheadSeconds: (0,command/* numberFlag */.C$)(values['shard-overhead-seconds'], 'shard-overhead-seconds', 0, 1e6) ?? 0,
        maxShards: (0,command/* intFlag */.s1)(values['max-shards'], 'max-shards', 1, 256) ?? 32,
    };
}

// EXTERNAL MODULE: ./packages/cli/src/commands/summaries.ts
var summaries = __webpack_require__(22833);
;// CONCATENATED MODULE: ./packages/cli/src/commands/shard.ts




const EXIT_TEXT = 'Exit codes: 0 planned, 2 bad usage or an unreadable, malformed or empty input.';
const planCommand = (0,command/* leaf */.V4)({
    name: 'plan',
    summary: 'split tests into timing-balanced shards',
    usage: 'shard plan --timings FILE... [--tests GLOB|--tests-from FILE] (--shards N | --target-seconds S [--shard-overhead-seconds O] [--max-shards M]) [--granularity file|test] [--runner R] [--json]',
    options: {
        ...universeOptions,
        shards: { type: 'string', value: 'N', description: 'the number of shards' },
        'target-seconds': { type: 'string', value: 'S', description: 'choose the fewest shards whose longest takes at most S seconds' },
        'shard-overhead-seconds': {
            type: 'string',
            value: 'O',
            description: 'per-shard time outside the tests, counted against the target (default 0)',
        },
        'max-shards': { type: 'string', value: 'M', description: 'the most shards the target may choose (default 32)' },
    },
    details: `With --json: {"shards":[{"index":0,"tests":[...],"predictedSeconds":...}],"lowerBoundSeconds":...,"makespanSeconds":...}\n${EXIT_TEXT}`,
    run: async ({ values }, io) => {
        const { plan } = await preparedPlan(values, countRequest(values), io);
        if (values.json) {
            (0,command/* printJson */.Q2)(io, (0,src/* planDocument */.NP)(plan));
            return command/* EXIT */.dc.ok;
        }
        io.stdout(`${plan.shardCount} shards, longest ${plan.makespanSeconds.toFixed(1)} s, lower bound ${plan.lowerBoundSeconds.toFixed(1)} s\n`);
        for (const s of plan.shards)
            io.stdout(`  shard ${s.index}: ${s.tests.length} tests, ${s.predictedSeconds.toFixed(1)} s\n`);
        if (plan.estimated.length > 0)
            io.stdout(`No timing (estimated): ${plan.estimated.map((e) => e.file).join(', ')}\n`);
        return command/* EXIT */.dc.ok;
    },
});
const selectCommand = (0,command/* leaf */.V4)({
    name: 'select',
    summary: "print one shard's runner arguments",
    usage: 'shard select --index I --shards N --timings FILE... [--tests GLOB|--tests-from FILE] [--granularity file|test] [--runner R] [--command|--json]',
    options: {
        ...universeOptions,
        index: { type: 'string', value: 'I', description: 'the shard to print, from 0' },
        shards: { type: 'string', value: 'N', description: 'the number of shards' },
        command: { type: 'boolean', description: 'print the command line that runs the shard instead' },
    },
    details: [
        "Prints the runner's arguments one per line: the shard's files and test ids, and where a file is",
        'split, the whole file with --deselect lines (pytest) for the tests other shards run, so tests the',
        'timings do not name still run once. Hand the lines over as they are: `pytest @FILE` (pytest 8.2+)',
        "or `xargs -d '\\n' -a FILE pytest`. With --json:",
        '{"index":I,"tests":[...],"predictedSeconds":...,"runner":R,"invocations":[[...]],"command":"..."}.',
        EXIT_TEXT,
    ].join('\n'),
    run: async ({ values }, io) => {
        const shards = (0,command/* intFlag */.s1)((0,command/* required */.mw)(values.shards, 'shards'), 'shards', 1, 256) ?? 1;
        const index = (0,command/* intFlag */.s1)((0,command/* required */.mw)(values.index, 'index'), 'index', 0, 255) ?? 0;
        if (values.command && values.json)
            throw new command/* UsageError */.eb('pass either --command or --json, not both');
        const { plan, runner } = await preparedPlan(values, { shards }, io);
        const shard = (0,src/* selectShard */.Xm)(plan, index, shards);
        // The lines and the JSON have no length limit (a file of arguments); a command line has.
        const selection = runner ? (0,src/* shardSelection */.PE)(runner, plan, shard, values.command ? {} : { budget: Number.POSITIVE_INFINITY }) : undefined;
        if (values.json) {
            (0,command/* printJson */.Q2)(io, {
                index: shard.index,
                tests: shard.tests,
                predictedSeconds: shard.predictedSeconds,
                ...(selection ? { runner, invocations: selection.invocations, command: selection.command } : {}),
            });
            return command/* EXIT */.dc.ok;
        }
        if (values.command) {
            if (!selection)
                throw new command/* UsageError */.eb('no runner could be inferred from the timings; pass --runner');
            io.stdout(`${selection.command}\n`);
            return command/* EXIT */.dc.ok;
        }
        const args = selection ? selection.invocations : [shard.tests];
        if (args.length > 1) {
            throw new command/* UsageError */.eb(`shard ${index} needs ${args.length} runs of ${runner ?? 'the runner'}; print them with --command or --json`);
        }
        io.stdout((args[0] ?? []).map((a) => `${a}\n`).join(''));
        return command/* EXIT */.dc.ok;
    },
});
/** `slipway shard`: the test-shard engine from a terminal or any CI. */
const shardCommand = (0,command/* group */.Os)('shard', summaries/* SUMMARIES */.Z['shard'], [planCommand, selectCommand]);


/***/ })

};
