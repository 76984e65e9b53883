export const id = 10;
export const ids = [10];
export const modules = {

/***/ 93010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  metricsCommand: () => (/* binding */ metricsCommand)
});

// EXTERNAL MODULE: ./packages/cli/src/command.ts
var command = __webpack_require__(88835);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 26 modules
var src = __webpack_require__(63220);
// EXTERNAL MODULE: ./packages/metrics/src/index.ts + 36 modules
var metrics_src = __webpack_require__(85896);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(24629);
;// CONCATENATED MODULE: ./packages/cli/src/commands/metrics-options.ts





// What every `slipway metrics` command shares: how the store is given, the report window, and
// the GitHub client.
const storeOptions = {
    data: {
        type: 'string',
        value: 'FILE',
        description: 'the embedded store: an SQLite file (collect and migrate create it when missing; a JSON history there is migrated)',
    },
    store: { type: 'string', value: 'URL', description: 'a PostgreSQL store shared by many repositories and collectors (postgres://...)' },
};
const windowOptions = {
    'window-days': { type: 'string', value: 'N', description: 'the rolling window of the figures, in days (default 30)' },
    'recent-days': { type: 'string', value: 'N', description: 'the recent window compared with the baseline before it, in days (default 7)' },
    'max-minutes': { type: 'string', value: 'N', description: 'the run budget in minutes (default 15)' },
    'regression-percent': { type: 'string', value: 'N', description: 'allowed rise of p50/p95 over the baseline, in percent (default 20)' },
    now: { type: 'string', value: 'ISO', description: 'the report\'s "now", for reproducible reports (default the current time)' },
};
/** The store a command was given: exactly one of --data and --store. */
function storeLocation(values, cwd) {
    if (values.data !== undefined && values.store !== undefined)
        throw new command/* UsageError */.eb('give either --data FILE or --store URL, not both');
    if (values.store !== undefined) {
        (0,src/* parseUserUrl */.yy)(values.store, '--store', ['postgres:', 'postgresql:']);
        return { store: values.store };
    }
    if (values.data === undefined || values.data === '')
        throw new command/* UsageError */.eb('--data FILE or --store URL is required');
    const path = (0,external_node_path_.resolve)(cwd, values.data);
    return { data: path, inputPath: path };
}
/** Opens the store and tells the user about a migration that opening it did. */
async function openCommandStore(location, io, options = {}) {
    const opened = await (0,metrics_src/* openStore */.Ch)(location, options);
    if (opened.migrated) {
        const c = opened.migrated.counts;
        io.stderr(`slipway: note: ${opened.migrated.from} was a JSON history; it is now an SQLite store holding ${c.runs} runs, ${c.jobs} jobs and ${c.deployments} deployments (the JSON file is kept as ${opened.migrated.kept})\n`);
        if (opened.migrated.problem)
            io.stderr(`slipway: warning: the JSON history was corrupt (${opened.migrated.problem}); its previous good copy was migrated\n`);
    }
    return opened;
}
/** The report window from the flags; --now must be a valid time that is not in the future. */
function windowFlags(values) {
    const nowMs = src/* systemClock */.ml.now().getTime();
    let now = nowMs / 1000;
    if (values.now !== undefined) {
        const at = (0,src/* parseDateTime */.DP)(values.now, '--now');
        (0,src/* assertNotFuture */.TA)(at, nowMs, '--now');
        now = at / 1000;
    }
    const windowDays = (0,command/* intFlag */.s1)(values['window-days'], 'window-days', 1, 3660) ?? 30;
    const recentDays = (0,command/* intFlag */.s1)(values['recent-days'], 'recent-days', 1, 366) ?? 7;
    if (recentDays > windowDays)
        throw new command/* UsageError */.eb(`--recent-days (${recentDays}) must not be longer than --window-days (${windowDays})`);
    return {
        now,
        windowDays,
        recentDays,
        maxMinutes: (0,command/* numberFlag */.C$)(values['max-minutes'], 'max-minutes', 0.1, 100_000) ?? 15,
        regressionPercent: (0,command/* numberFlag */.C$)(values['regression-percent'], 'regression-percent', 0, 100_000) ?? 20,
    };
}
/** The GitHub API through Octokit with GitHub's rate-limit rules (core's retry policy underneath). */
function githubApi(token, apiUrl, io) {
    const base = (0,src/* parseUserUrl */.yy)(apiUrl ?? 'https://api.github.com', '--api-url')
        .toString()
        .replace(/\/$/, '');
    const fetch = (0,metrics_src/* githubFetch */.a7)({ sleep: src/* sleep */.fb, now: () => Date.now(), log: (m) => io.stderr(`${m}\n`) });
    const octokit = new dist_src/* Octokit */.E({ auth: token, baseUrl: base, request: { fetch } });
    return { api: (0,metrics_src/* octokitApi */.kk)(octokit.request), counter: fetch };
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/metrics-collect.ts





/** `slipway metrics collect`: adds repositories' new CI runs and deployments to a store. */
const metricsCollectCommand = (0,command/* leaf */.V4)({
    name: 'collect',
    summary: "add repositories' new workflow runs, jobs and deployments to a metrics store",
    usage: 'metrics collect (--repo OWNER/NAME... | --org ORG) (--data FILE | --store URL) [--since DATE] [--parallel N] [--api-url URL]',
    options: {
        repo: { type: 'string', multiple: true, value: 'OWNER/NAME', description: 'a repository to collect' },
        org: { type: 'string', value: 'ORG', description: 'collect every repository of the organisation (archived ones left out)' },
        ...storeOptions,
        since: {
            type: 'string',
            value: 'DATE',
            description: 'collect runs created since this date or RFC 3339 time (default: where the last collection stopped, or 90 days back)',
        },
        parallel: { type: 'string', value: 'N', description: 'repositories collected at once (default 4)' },
        'api-url': { type: 'string', value: 'URL', description: 'the REST API URL (GitHub Enterprise Server; default https://api.github.com)' },
    },
    details: [
        'The token comes from GITHUB_TOKEN (actions: read and deployments: read; for --org, metadata: read).',
        'Each repository resumes from its own cursor: a collection that the API interrupts keeps every whole',
        'window; run the same command again to resume. Many collectors may share one --store at once.',
        '',
        'Exit codes: 0 collected, 2 bad usage, an unreadable store, a token or repository the API rejects,',
        'or an interrupted collection (what was collected is kept).',
    ].join('\n'),
    run: async ({ values }, io) => {
        const repos = values.repo ?? [];
        if (repos.length === 0 && values.org === undefined)
            throw new command/* UsageError */.eb('--repo OWNER/NAME or --org ORG is required');
        if (repos.length > 0 && values.org !== undefined)
            throw new command/* UsageError */.eb('give either --repo or --org, not both');
        for (const r of repos)
            if (!metrics_src/* REPOSITORY_NAME */.Ni.test(r))
                throw new command/* UsageError */.eb(`--repo must be OWNER/NAME; got '${r}'`);
        const location = storeLocation(values, io.cwd);
        const parallel = (0,command/* intFlag */.s1)(values.parallel, 'parallel', 1, 64) ?? 4;
        const nowMs = src/* systemClock */.ml.now().getTime();
        let since;
        if (values.since !== undefined) {
            const at = (0,src/* parseDateTime */.DP)(values.since, '--since');
            (0,src/* assertNotFuture */.TA)(at, nowMs, '--since');
            since = Math.floor(at / 1000);
        }
        const token = io.env['GITHUB_TOKEN'];
        if (!token)
            throw new src/* UserError */.yo('GITHUB_TOKEN is not set', {
                hint: 'export a token that may read the repository: actions: read, deployments: read',
            });
        const { api, counter } = githubApi(token, values['api-url'], io);
        const opened = await openCommandStore(location, io, repos.length === 1 ? { repository: repos[0] } : { max: parallel + 2 });
        const store = opened.store;
        // A store this command created and left empty is removed again: a rejected token writes nothing.
        const discard = async () => {
            if (!('data' in location))
                return;
            await store.close();
            for (const suffix of ['', '-wal', '-shm'])
                await (0,promises_.rm)(`${location.data}${suffix}`, { force: true });
        };
        try {
            const repositories = values.org !== undefined ? await (0,metrics_src/* listOrgRepositories */.nr)(api, values.org, { now: () => Date.now() }) : repos;
            if (repositories.length === 0)
                throw new src/* UserError */.yo(`The organisation ${values.org ?? ''} has no repositories the token can see`);
            const results = await (0,metrics_src/* collectMany */.M2)(api, store, repositories, {
                ...(since === undefined ? {} : { since, sinceField: '--since' }),
                parallel,
                now: () => Date.now(),
                log: (m) => io.stderr(`${m}\n`),
                onRepository: (r) => {
                    for (const p of r.problems)
                        io.stderr(`slipway: warning: ${p}\n`);
                    if (r.cursorKept)
                        io.stderr(`slipway: note: ${r.cursorKept}\n`);
                },
            });
            let failed = 0;
            for (const r of results) {
                const counts = await store.counts(r.repository);
                io.stdout(`Collected ${r.newRuns} new runs and ${r.newDeployments} deployments of ${r.repository} with ${r.requests} API calls; ${store.location} holds ${counts.runs} runs of it${r.complete ? '' : ' (incomplete)'}\n`);
                if (r.error) {
                    failed += 1;
                    io.stderr(`slipway: ${r.repository}: ${r.error.message}\nHint: ${r.error.hint ?? 'run the same command again to resume'}\n`);
                }
            }
            if (results.length > 1)
                io.stdout(`${results.length - failed} of ${results.length} repositories collected completely; ${counter.requests} HTTP requests\n`);
            if (failed > 0 && opened.created && (await store.counts()).runs === 0)
                await discard();
            return failed === 0 ? command/* EXIT */.dc.ok : command/* EXIT */.dc.usage;
        }
        catch (error) {
            if (opened.created && (await store.counts().catch(() => ({ runs: 1 }))).runs === 0)
                await discard();
            throw error;
        }
        finally {
            await store.close();
        }
    },
});

;// CONCATENATED MODULE: ./packages/cli/src/commands/metrics-report.ts





function headline(r) {
    return [
        `${r.repository}: ${r.totals.runs} runs in the last ${r.window.days} days`,
        `  duration p50 ${(0,metrics_src/* minutes */.Gx)(r.totals.duration.p50)}, p95 ${(0,metrics_src/* minutes */.Gx)(r.totals.duration.p95)}; success rate ${(0,metrics_src/* percent */.KN)(r.totals.successRate)}`,
        `  DORA: ${r.dora.deployments} deployments (${r.dora.deploymentsPerDay.toFixed(2)}/day), lead time p50 ${(0,metrics_src/* minutes */.Gx)(r.dora.leadTime.p50)}, change failure rate ${(0,metrics_src/* percent */.KN)(r.dora.changeFailureRate)}, recovery p50 ${(0,metrics_src/* minutes */.Gx)(r.dora.recoveryTime.p50)}`,
        `  signature coverage ${(0,metrics_src/* percent */.KN)(r.signatures.coverage)}, scan pass rate ${(0,metrics_src/* percent */.KN)(r.scans.passRate)}, reproducible builds ${(0,metrics_src/* percent */.KN)(r.reproducibility.rate)}`,
        `  ${r.regressions.length} regression(s)`,
    ].join('\n');
}
function orgHeadline(r) {
    const lines = [
        `${r.organisation}: ${r.totals.repositories} repositories, ${r.totals.runs} runs in the last ${r.window.days} days; p50 ${(0,metrics_src/* minutes */.Gx)(r.totals.duration.p50)}, p95 ${(0,metrics_src/* minutes */.Gx)(r.totals.duration.p95)}, success rate ${(0,metrics_src/* percent */.KN)(r.totals.successRate)}`,
        '  slowest (p95): ' +
            (r.slowest
                .slice(0, 5)
                .map((x) => `${x.repository} ${(0,metrics_src/* minutes */.Gx)(x.duration.p95)}`)
                .join(', ') || '\u2014'),
        '  most regressed: ' +
            (r.mostRegressed
                .slice(0, 5)
                .map((x) => `${x.repository} +${(x.rise ?? 0).toFixed(0)}%`)
                .join(', ') || '\u2014'),
    ];
    return lines.join('\n');
}
/** The repository a report is about: the flag, or the store's only one. */
async function pickRepository(store, repo) {
    const known = await store.repositories();
    if (repo !== undefined) {
        if (!known.some((r) => r.repository === repo))
            throw new src/* UserError */.yo(`The metrics store ${store.location} holds no runs of ${repo}`, {
                hint: known.length > 0
                    ? `it holds ${known
                        .slice(0, 5)
                        .map((r) => r.repository)
                        .join(', ')}${known.length > 5 ? ', ...' : ''}`
                    : 'collect it first with slipway metrics collect',
            });
        return repo;
    }
    if (known.length === 1)
        return known[0].repository;
    if (known.length === 0)
        throw new src/* UserError */.yo(`The metrics store ${store.location} is empty`, {
            hint: 'write it first with slipway metrics collect --repo OWNER/NAME --data FILE',
        });
    throw new command/* UsageError */.eb(`The metrics store ${store.location} holds ${known.length} repositories; name one with --repo, or use --org`);
}
/** `slipway metrics report`: figures, summary and dashboard of a repository or an organisation. */
const metricsReportCommand = (0,command/* leaf */.V4)({
    name: 'report',
    summary: 'compute the figures of a store and render the markdown summary, HTML dashboard or JSON',
    usage: 'metrics report (--data FILE | --store URL) [--repo OWNER/NAME | --org ORG] [--window-days N] [--recent-days N] [--max-minutes N] [--now ISO] [--html OUT] [--markdown OUT] [--json OUT]',
    options: {
        ...storeOptions,
        repo: { type: 'string', value: 'OWNER/NAME', description: "the repository (default the store's only one; with --org, its page)" },
        org: { type: 'string', value: 'ORG', description: 'the organisation view: every repository of ORG, slowest and most regressed first' },
        ...windowOptions,
        html: { type: 'string', value: 'OUT', description: 'write the self-contained HTML dashboard here' },
        markdown: { type: 'string', value: 'OUT', description: 'write the markdown summary (tables, mermaid charts) here' },
        json: { type: 'string', value: 'OUT', description: "write every figure as JSON here ('-' for stdout)" },
    },
    details: [
        'Regressions are runs of the recent window over the budget and p50/p95 rising more than the allowed',
        'percentage over the window before it. Without an output flag the markdown goes to stdout.',
        '',
        'Exit codes: 0 reported (regressions are printed as warnings), 2 bad usage or an unreadable store.',
    ].join('\n'),
    run: async ({ values }, io) => {
        const location = storeLocation(values, io.cwd);
        const window = windowFlags(values);
        const outputs = ['html', 'markdown', 'json'].filter((k) => values[k] !== undefined && values[k] !== '-');
        await (0,src/* assertDistinctOutputs */.zW)(location.inputPath ? [{ path: location.inputPath, name: '--data' }] : [], outputs.map((k) => ({ path: (0,external_node_path_.resolve)(io.cwd, values[k]), name: `--${k}` })));
        // A report reads a store: a missing one is a wrong path, never an empty store made there.
        const { store } = await openCommandStore(location, io, { mustExist: true });
        try {
            if (values.org !== undefined && values.repo === undefined) {
                const report = await (0,metrics_src/* orgReportFromStore */.ee)(store, values.org, window);
                if (report.totals.repositories === 0)
                    throw new src/* UserError */.yo(`The metrics store ${store.location} holds no repository of ${values.org}`, {
                        hint: `collect them first with slipway metrics collect --org ${values.org}`,
                    });
                const files = [];
                if (values.html)
                    files.push({ path: (0,external_node_path_.resolve)(io.cwd, values.html), text: (0,metrics_src/* orgDashboardHtml */.U0)(report), what: 'the dashboard' });
                if (values.json && values.json !== '-')
                    files.push({ path: (0,external_node_path_.resolve)(io.cwd, values.json), text: `${JSON.stringify(report, null, 2)}\n`, what: 'the JSON report' });
                if (values.markdown)
                    throw new command/* UsageError */.eb('--markdown is for one repository; use --html or --json with --org');
                await (0,src/* writeOutputFiles */.kF)(files);
                if (values.json === '-')
                    (0,command/* printJson */.Q2)(io, report);
                else
                    io.stdout(`${orgHeadline(report)}\n`);
                return command/* EXIT */.dc.ok;
            }
            const repository = await pickRepository(store, values.repo);
            const report = await (0,metrics_src/* reportFromStore */.ai)(store, repository, window);
            const files = [];
            if (values.html)
                files.push({ path: (0,external_node_path_.resolve)(io.cwd, values.html), text: (0,metrics_src/* dashboardHtml */.Sj)(report), what: 'the dashboard' });
            if (values.markdown)
                files.push({ path: (0,external_node_path_.resolve)(io.cwd, values.markdown), text: (0,metrics_src/* summaryMarkdown */.eH)(report), what: 'the summary' });
            if (values.json && values.json !== '-')
                files.push({ path: (0,external_node_path_.resolve)(io.cwd, values.json), text: `${JSON.stringify(report, null, 2)}\n`, what: 'the JSON report' });
            await (0,src/* writeOutputFiles */.kF)(files);
            if (values.json === '-')
                (0,command/* printJson */.Q2)(io, report);
            else if (files.length === 0)
                io.stdout((0,metrics_src/* summaryMarkdown */.eH)(report));
            else {
                io.stdout(`${headline(report)}\n`);
                for (const k of outputs)
                    io.stdout(`  ${k}: ${(0,external_node_path_.resolve)(io.cwd, values[k])}\n`);
            }
            for (const r of report.regressions.slice(0, 20))
                io.stderr(`slipway: warning: ${r.message}\n`);
            return command/* EXIT */.dc.ok;
        }
        finally {
            await store.close();
        }
    },
});

;// CONCATENATED MODULE: ./packages/cli/src/commands/metrics-export.ts






/** `slipway metrics export`: the figures as OpenMetrics text for Prometheus or a Pushgateway. */
const metricsExportCommand = (0,command/* leaf */.V4)({
    name: 'export',
    summary: 'write the figures as OpenMetrics text (Prometheus backfill, Pushgateway)',
    usage: 'metrics export --format openmetrics (--data FILE | --store URL) [--repo OWNER/NAME | --org ORG] [--window-days N] [--now ISO] [--out FILE]',
    options: {
        format: { type: 'string', value: 'FORMAT', description: 'openmetrics (the only format)' },
        ...storeOptions,
        repo: { type: 'string', value: 'OWNER/NAME', description: 'the repository (default every repository in the store)' },
        org: { type: 'string', value: 'ORG', description: 'every repository of the organisation' },
        ...windowOptions,
        out: { type: 'string', value: 'FILE', description: 'write here instead of stdout' },
    },
    details: [
        "Samples carry timestamps (seconds): the window figures at --now, the daily trend at each day's end.",
        'Durations are in seconds. The text ends with # EOF, as `promtool tsdb create-blocks-from openmetrics` wants.',
        '',
        'Exit codes: 0 written, 2 bad usage or an unreadable store.',
    ].join('\n'),
    run: async ({ values }, io) => {
        if (values.format !== 'openmetrics')
            throw new command/* UsageError */.eb(values.format === undefined ? '--format openmetrics is required' : `--format must be openmetrics; got '${values.format}'`);
        const location = storeLocation(values, io.cwd);
        const window = windowFlags(values);
        const out = values.out === undefined ? undefined : (0,external_node_path_.resolve)(io.cwd, values.out);
        if (out)
            await (0,src/* assertDistinctOutputs */.zW)(location.inputPath ? [{ path: location.inputPath, name: '--data' }] : [], [{ path: out, name: '--out' }]);
        // A report reads a store: a missing one is a wrong path, never an empty store made there.
        const { store } = await openCommandStore(location, io, { mustExist: true });
        try {
            const names = values.repo !== undefined
                ? [await pickRepository(store, values.repo)]
                : (await store.repositories(values.org === undefined ? undefined : `${values.org}/`)).map((r) => r.repository);
            const reports = [];
            for (const name of names)
                reports.push(await (0,metrics_src/* reportFromStore */.ai)(store, name, window));
            const text = (0,metrics_src/* openMetricsText */.Hd)(reports);
            if (out) {
                await (0,src/* writeTextFile */.Tl)(out, text, { what: 'the OpenMetrics export' });
                io.stderr(`slipway: wrote ${reports.length} repositories' figures to ${out}\n`);
            }
            else
                io.stdout(text);
            return command/* EXIT */.dc.ok;
        }
        finally {
            await store.close();
        }
    },
});

;// CONCATENATED MODULE: ./packages/cli/src/commands/metrics-migrate.ts





/** `slipway metrics migrate`: moves a JSON history into a store, checked by counts. */
const metricsMigrateCommand = (0,command/* leaf */.V4)({
    name: 'migrate',
    summary: 'move a JSON history file into an SQLite or PostgreSQL store, checked by counts',
    usage: 'metrics migrate --from FILE (--data FILE | --store URL)',
    options: {
        from: { type: 'string', value: 'FILE', description: 'the JSON history file (left as it is)' },
        ...storeOptions,
    },
    details: [
        'Upserts are idempotent: migrating the same history twice, or into a store that already holds some of',
        'its runs, loses and duplicates nothing. The store must then hold at least every run, job, step,',
        'record and deployment of the file.',
        '',
        'Exit codes: 0 migrated, 2 bad usage, an unreadable history or store, or a count that does not match.',
    ].join('\n'),
    run: async ({ values }, io) => {
        const from = (0,external_node_path_.resolve)(io.cwd, (0,command/* required */.mw)(values.from, 'from'));
        const location = storeLocation(values, io.cwd);
        if (location.inputPath && (await (0,src/* canonicalPath */.Op)(location.inputPath)) === (await (0,src/* canonicalPath */.Op)(from)))
            throw new src/* UserError */.yo(`--data ${location.inputPath} is the same file as --from; give the store a path of its own`, {
                code: src/* errorCodes */.fv.outputIsInput,
                hint: 'or open the JSON history with --data alone, which migrates it in place',
            });
        const loaded = await (0,metrics_src/* loadHistory */.FB)(from);
        if (loaded.source === 'new')
            throw new src/* UserError */.yo(`The history ${from} does not exist`);
        if (loaded.source === 'backup')
            io.stderr(`slipway: warning: ${from} is corrupt (${loaded.problem ?? ''}); migrating its previous good copy\n`);
        const { store } = await openCommandStore(location, io);
        try {
            await (0,metrics_src/* importHistory */.u0)(store, loaded.history);
            const counts = await store.counts(loaded.history.repository);
            (0,metrics_src/* checkCounts */.tl)(loaded.history, counts, store.location);
            const want = (0,metrics_src/* historyCounts */.jM)(loaded.history);
            io.stdout(`Migrated ${loaded.history.repository} from ${from} into ${store.location}: runs ${want.runs}, jobs ${want.jobs}, steps ${want.steps}, records ${want.outcomes}, deployments ${want.deployments}, shipped commits ${want.commits}; the store holds runs ${counts.runs}, jobs ${counts.jobs}, steps ${counts.steps}, records ${counts.outcomes}, deployments ${counts.deployments}\n`);
            return command/* EXIT */.dc.ok;
        }
        finally {
            await store.close();
        }
    },
});

// EXTERNAL MODULE: ./packages/cli/src/commands/summaries.ts
var summaries = __webpack_require__(22833);
;// CONCATENATED MODULE: ./packages/cli/src/commands/metrics.ts






/** `slipway metrics`: CI history, figures and dashboard. */
const metricsCommand = (0,command/* group */.Os)('metrics', summaries/* SUMMARIES */.Z['metrics'], [
    metricsCollectCommand,
    metricsReportCommand,
    metricsExportCommand,
    metricsMigrateCommand,
]);


/***/ })

};
