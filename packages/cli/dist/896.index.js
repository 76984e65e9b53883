export const id = 896;
export const ids = [896];
export const modules = {

/***/ 85896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ni: () => (/* reexport */ REPOSITORY_NAME),
  tl: () => (/* reexport */ checkCounts),
  M2: () => (/* reexport */ collectMany),
  Sj: () => (/* reexport */ dashboardHtml),
  a7: () => (/* reexport */ githubFetch),
  jM: () => (/* reexport */ historyCounts),
  u0: () => (/* reexport */ importHistory),
  nr: () => (/* reexport */ listOrgRepositories),
  FB: () => (/* reexport */ loadHistory),
  Gx: () => (/* reexport */ format_minutes),
  kk: () => (/* reexport */ octokitApi),
  Hd: () => (/* reexport */ openMetricsText),
  Lf: () => (/* reexport */ openSqlite),
  Ch: () => (/* reexport */ openStore),
  U0: () => (/* reexport */ orgDashboardHtml),
  ee: () => (/* reexport */ orgReportFromStore),
  KN: () => (/* reexport */ percent),
  ai: () => (/* reexport */ reportFromStore),
  eH: () => (/* reexport */ summaryMarkdown)
});

// UNUSED EXPORTS: ApiClient, ApiUnavailable, GITHUB_RETRY, HistoryStore, METRIC, MIGRATIONS, RateLimitExhausted, SCHEMA_VERSION, SEARCH_CAP, SECONDARY_MIN_WAIT_MS, SecondaryRateLimited, SqliteDriver, backupPath, barChart, budgetRegressions, buildReport, cacheFigures, collect, copyStore, criticalPath, distribution, doraFigures, emptyHistory, historyDecoder, isProduction, isTransient, lineChart, mapLimit, mergeHistories, migrate, nextLink, niceTicks, openPostgres, openRegressionIssue, percentile, percentileRegressions, ratio, recordsFromArchive, recountDaily, reproducibilityFigures, runQueueSeconds, runSeconds, safeUrl, saveHistory, scanFigures, serializeHistory, signatureFigures, successRate, toIso, toSeconds, trendMermaid, windowOf, workflowFigures

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 26 modules
var src = __webpack_require__(63220);
;// CONCATENATED MODULE: ./packages/metrics/src/outcome-records.ts

/**
 * What the history keeps of a record the actions wrote: the fields the figures count. A cache
 * layer that was not looked up (`skipped`, `error`) has no hit or miss to count and is dropped.
 */
function toOutcome(r) {
    switch (r.type) {
        case 'cache':
            return r.hit === 'exact' || r.hit === 'partial' || r.hit === 'miss' ? { type: 'cache', layer: r.layer, hit: r.hit } : undefined;
        case 'signature':
            return { type: 'signature', subject: r.subject, signed: r.signed };
        case 'scan':
            return { type: 'scan', subject: r.subject, decision: r.decision };
        case 'verification':
            return r.environment === undefined
                ? { type: 'verification', subject: r.subject, verified: r.verified }
                : { type: 'verification', subject: r.subject, environment: r.environment, verified: r.verified };
        case 'reproducibility':
            return { type: 'reproducibility', subject: r.subject, reproducible: r.reproducible, hermetic: r.hermetic };
    }
}
/** A record file is a few kilobytes; a larger one in an artifact is not read. */
const RECORD_FILE_LIMIT = 16 * 1024 * 1024;
/**
 * Reads the outcome records in a record artifact's zip: every `.json` file in it. A file
 * that is not a record is reported and skipped, so one bad file does not hide the rest.
 */
function recordsFromArchive(bytes, artifactName) {
    const out = { records: [], problems: [] };
    let entries;
    try {
        entries = (0,src/* readZip */.ue)(bytes, `artifact ${artifactName}`);
    }
    catch (error) {
        out.problems.push((0,src/* errorMessage */.gJ)(error));
        return out;
    }
    for (const entry of entries) {
        if (!entry.name.endsWith('.json'))
            continue;
        const where = `artifact ${artifactName}, ${entry.name}`;
        try {
            if (entry.size > RECORD_FILE_LIMIT)
                throw new Error(`${where} is ${entry.size} bytes, over the ${RECORD_FILE_LIMIT}-byte limit of a record file`);
            // The one record format, decoded by the same code the actions write it with (@slipway/core).
            for (const r of (0,src/* decodeDocument */.w8)(src/* outcomeRecordFile */.AZ, (0,src/* parseJson */.qF)(entry.data().toString('utf8'), where), where)) {
                const outcome = toOutcome(r);
                if (outcome)
                    out.records.push(outcome);
            }
        }
        catch (error) {
            out.problems.push((0,src/* errorMessage */.gJ)(error));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/metrics/src/history-codec.ts


// Typed decoders for the history file: a file edited by hand or cut short fails with the
// field at fault instead of producing figures from garbage.
const history_codec_int = (v, p) => {
    const n = src/* decode.number */.D4.number(v, p);
    if (!Number.isInteger(n))
        throw new src/* decode.DecodeError */.D4.DecodeError(p, 'a whole number', v);
    return n;
};
// Times are Unix seconds; fractions are kept (local runs take well under a second per stage).
const time = src/* decode.number */.D4.number;
const step = src/* decode.object */.D4.object({ name: src/* decode.string */.D4.string, conclusion: src/* decode.string */.D4.string, seconds: src/* decode.number */.D4.number });
const checkedJob = src/* decode.object */.D4.object({
    id: history_codec_int,
    name: src/* decode.string */.D4.string,
    attempt: history_codec_int,
    conclusion: src/* decode.string */.D4.string,
    createdAt: src/* decode.optional */.D4.optional(time),
    startedAt: time,
    completedAt: time,
    steps: src/* decode.array */.D4.array(step),
});
// The history keeps what toOutcome keeps of a record, so it is read with the records' own decoder.
const storedOutcome = (v, p) => {
    const kept = toOutcome((0,src/* outcomeRecord */.eR)(v, p));
    if (!kept)
        throw new src/* decode.DecodeError */.D4.DecodeError(p, 'a cache lookup with hit exact, partial or miss', v);
    return kept;
};
const checkedRun = src/* decode.object */.D4.object({
    id: history_codec_int,
    workflow: src/* decode.string */.D4.string,
    event: src/* decode.string */.D4.string,
    branch: src/* decode.string */.D4.string,
    sha: src/* decode.string */.D4.string,
    attempt: history_codec_int,
    conclusion: src/* decode.string */.D4.string,
    createdAt: time,
    startedAt: time,
    completedAt: time,
    jobs: src/* decode.array */.D4.array(checkedJob),
    artifacts: history_codec_int,
    outcomes: src/* decode.array */.D4.array(storedOutcome),
});
// A history holds millions of steps: the generic decoders build a field path for every value,
// which dominates loading. These fast paths check the same types without paths and fall back to
// the checked decoders (which name the field at fault) only when something is wrong.
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v) => typeof v === 'number' && Number.isFinite(v);
const isInt = (v) => typeof v === 'number' && Number.isInteger(v);
function fastJob(v) {
    if (!isObject(v) || !isInt(v['id']) || typeof v['name'] !== 'string' || !isInt(v['attempt']) || typeof v['conclusion'] !== 'string')
        return undefined;
    if (!isNum(v['startedAt']) ||
        !isNum(v['completedAt']) ||
        !(v['createdAt'] === undefined || v['createdAt'] === null || isNum(v['createdAt'])))
        return undefined;
    const raw = v['steps'];
    if (!Array.isArray(raw))
        return undefined;
    const steps = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
        const s = raw[i];
        if (!isObject(s) || typeof s['name'] !== 'string' || typeof s['conclusion'] !== 'string' || !isNum(s['seconds']))
            return undefined;
        steps[i] = { name: s['name'], conclusion: s['conclusion'], seconds: s['seconds'] };
    }
    const out = {
        id: v['id'],
        name: v['name'],
        attempt: v['attempt'],
        conclusion: v['conclusion'],
        startedAt: v['startedAt'],
        completedAt: v['completedAt'],
        steps,
    };
    if (isNum(v['createdAt']))
        out.createdAt = v['createdAt'];
    return out;
}
const run = (v, p) => {
    if (isObject(v) && Array.isArray(v['jobs']) && isInt(v['id']) && typeof v['workflow'] === 'string' && typeof v['event'] === 'string') {
        const rawJobs = v['jobs'];
        const jobs = [];
        for (const j of rawJobs) {
            const decoded = fastJob(j);
            if (!decoded)
                return checkedRun(v, p);
            jobs.push(decoded);
        }
        const rest = checkedRun({ ...v, jobs: [] }, p);
        return { ...rest, jobs };
    }
    return checkedRun(v, p);
};
const deployment = src/* decode.object */.D4.object({
    id: history_codec_int,
    environment: src/* decode.string */.D4.string,
    production: src/* decode.boolean */.D4.boolean,
    sha: src/* decode.string */.D4.string,
    ref: src/* decode.string */.D4.string,
    createdAt: time,
    state: src/* decode.literal */.D4.literal('success', 'failure', 'error', 'pending'),
    finishedAt: src/* decode.optional */.D4.optional(time),
    commits: src/* decode.array */.D4.array(src/* decode.object */.D4.object({ sha: src/* decode.string */.D4.string, at: time })),
});
/** The history file format, version 1. */
const historyDecoder = src/* decode.object */.D4.object({
    version: src/* decode.map */.D4.map(history_codec_int, (v, p) => {
        if (v !== 1)
            throw new src/* decode.DecodeError */.D4.DecodeError(p, 'version 1 (this release reads no other)', v);
        return 1;
    }),
    repository: src/* decode.string */.D4.string,
    defaultBranch: src/* decode.string */.D4.string,
    updatedAt: time,
    cursor: src/* decode.object */.D4.object({ runsFrom: src/* decode.optional */.D4.optional(history_codec_int), deploymentsFrom: src/* decode.optional */.D4.optional(history_codec_int) }),
    runs: src/* decode.array */.D4.array(run),
    deployments: src/* decode.array */.D4.array(deployment),
});

;// CONCATENATED MODULE: ./packages/metrics/src/model.ts
/**
 * The history a collector keeps: one record per workflow run (with its jobs, steps and the
 * outcome records its artifacts carried) and one per deployment. Times are Unix seconds,
 * which keeps a year of history small and the figures cheap to compute.
 */
/** An empty history for a repository. */
function emptyHistory(repository, defaultBranch = 'main') {
    return { version: 1, repository, defaultBranch, updatedAt: 0, cursor: {}, runs: [], deployments: [] };
}
/** ISO 8601 (or anything Date parses) to Unix seconds; NaN stays NaN for the caller to reject. */
function toSeconds(iso) {
    return Math.round(Date.parse(iso) / 1000);
}
/** Unix seconds to an ISO 8601 UTC instant without milliseconds, as GitHub writes them. */
function toIso(seconds) {
    return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

;// CONCATENATED MODULE: ./packages/metrics/src/history-file.ts






/** The copy of the last good history kept beside the file. */
const backupPath = (path) => `${path}.bak`;
async function readIfExists(path) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw new src/* UserError */.yo(`Cannot read the metrics history ${path}: ${(0,src/* errorMessage */.gJ)(error)}`, { cause: error });
    }
}
function parseHistory(text, path) {
    return (0,src/* decodeDocument */.w8)(historyDecoder, (0,src/* parseJson */.qF)(text, path), path);
}
/**
 * Reads a history file. A missing file starts a new history; a corrupt one falls back to
 * the previous good copy (`.bak`) and says so; with no good copy it is an error, because
 * starting afresh would later overwrite the history that is still recoverable by hand.
 * With `repository`, a history of another repository is an error.
 */
async function loadHistory(path, repository) {
    const text = await readIfExists(path);
    let loaded;
    if (text === undefined) {
        loaded = { history: emptyHistory(repository ?? ''), source: 'new' };
    }
    else {
        try {
            loaded = { history: parseHistory(text, path), source: 'file' };
        }
        catch (error) {
            const problem = (0,src/* errorMessage */.gJ)(error);
            const backup = await readIfExists(backupPath(path));
            let history;
            try {
                history = backup === undefined ? undefined : parseHistory(backup, backupPath(path));
            }
            catch {
                history = undefined;
            }
            if (!history) {
                throw new src/* UserError */.yo(`The metrics history ${path} is corrupt and there is no good previous copy: ${problem}`, {
                    hint: `nothing was changed; repair the file, restore it from its branch or cache, or move it away to start a new history`,
                });
            }
            loaded = { history, source: 'backup', problem };
        }
    }
    if (repository !== undefined && loaded.history.repository !== repository && loaded.source !== 'new') {
        throw new src/* UserError */.yo(`The metrics history ${path} belongs to ${loaded.history.repository}, not ${repository}`, {
            hint: 'use one history file per repository (pass another --data / data-file)',
        });
    }
    return loaded;
}
async function runCountOnDisk(path) {
    const text = await readIfExists(path);
    if (text === undefined)
        return undefined;
    try {
        return parseHistory(text, path).runs.length;
    }
    catch {
        return undefined;
    }
}
/**
 * Writes a history atomically (a temporary file renamed over the old one) and keeps the old
 * good file as `.bak`; a corrupt old file is set aside as `.corrupt-<time>` rather than lost.
 * Refuses to replace a readable history with one that holds fewer runs.
 */
async function saveHistory(path, history) {
    await mkdir(dirname(path), { recursive: true });
    const existingRuns = await runCountOnDisk(path);
    if (existingRuns !== undefined && history.runs.length < existingRuns) {
        throw new UserError(`Refusing to overwrite the metrics history ${path}: it holds ${existingRuns} runs and the new one only ${history.runs.length}`, { hint: 'the file on disk was kept; load it before collecting so new runs are added to it' });
    }
    const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
        const handle = await open(temp, 'w');
        try {
            await handle.writeFile(serializeHistory(history));
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        // The backup only ever moves forward: a smaller history put in place of the file (by hand,
        // or a restore of an older cache) never replaces a larger good backup.
        const backupRuns = await runCountOnDisk(backupPath(path));
        if (existingRuns !== undefined && (backupRuns === undefined || existingRuns >= backupRuns))
            await copyFile(path, backupPath(path));
        else if ((await readIfExists(path)) !== undefined)
            await rename(path, `${path}.corrupt-${Date.now()}`);
        await rename(temp, path);
    }
    catch (error) {
        await rm(temp, { force: true });
        if (error instanceof UserError)
            throw error;
        throw new UserError(`Cannot write the metrics history ${path}: ${errorMessage(error)}`, { cause: error });
    }
}
/** The file's text: one run or deployment per line, so a diff of the data branch stays readable. */
function serializeHistory(history) {
    const { runs, deployments, ...head } = history;
    const lines = (items) => items.length === 0 ? '[]' : `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]`;
    const headText = JSON.stringify(head).slice(0, -1);
    return `${headText},\n"runs": ${lines(runs)},\n"deployments": ${lines(deployments)}\n}\n`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/github-port.ts

function headersOf(raw) {
    const out = {};
    if (typeof raw === 'object' && raw !== null) {
        for (const [k, v] of Object.entries(raw))
            out[k.toLowerCase()] = v === undefined || v === null ? undefined : String(v);
    }
    return out;
}
function normalize(response) {
    return { status: response.status, headers: headersOf(response.headers), data: response.data };
}
/** The UserError (a network failure named by core's fetch policy) somewhere in an error's causes. */
function userErrorIn(error) {
    let current = error;
    for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
        if (current instanceof src/* UserError */.yo)
            return current;
        current = current.cause;
    }
    return undefined;
}
/**
 * Octokit's RequestError carries the response. One without a response is a connection failure
 * that Octokit labels 500: it is rethrown as the network error it is, never read as "500".
 */
function fromError(error) {
    const network = userErrorIn(error);
    if (network)
        throw network;
    const hasResponse = typeof error === 'object' && error !== null && 'response' in error && error.response !== undefined;
    if (!hasResponse) {
        const cause = typeof error === 'object' && error !== null && 'cause' in error ? error.cause : error;
        const url = error?.request?.url;
        throw (0,src/* networkError */.x6)(cause ?? error, 'the GitHub API', typeof url === 'string' ? url : 'the API URL');
    }
    if (typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' && error.status > 0) {
        const response = 'response' in error && typeof error.response === 'object' && error.response !== null ? error.response : {};
        const headers = 'headers' in response ? response.headers : {};
        const data = 'data' in response ? response.data : undefined;
        return { status: error.status, headers: headersOf(headers), data };
    }
    throw error instanceof Error ? error : new Error(JSON.stringify(error));
}
/** Adapts Octokit's `request` (from `@actions/github`'s `getOctokit` or `@octokit/core`) to the port. */
function octokitApi(request) {
    return {
        get: async (pathOrUrl) => {
            try {
                return normalize(await request('GET {+url}', { url: pathOrUrl }));
            }
            catch (error) {
                return fromError(error);
            }
        },
        post: async (path, body) => {
            try {
                return normalize(await request('POST {+url}', { url: path, data: body }));
            }
            catch (error) {
                return fromError(error);
            }
        },
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/api-client.ts

/** The quota ran out and the reset is further away than the client may wait: stop and resume later. */
class RateLimitExhausted extends src/* UserError */.yo {
    constructor(resetAt) {
        super(`The GitHub API rate limit is used up until ${new Date(resetAt * 1000).toISOString()}`, {
            hint: 'what was collected so far is kept; the next collection resumes from there',
        });
        this.name = 'RateLimitExhausted';
    }
}
/** GitHub's secondary rate limit still applied after every try (this is no permissions problem). */
class SecondaryRateLimited extends src/* UserError */.yo {
    constructor(what, status) {
        super(`GitHub's secondary rate limit (${status}) still applied to ${what} after every try`, {
            hint: 'what was collected so far is kept; run again later (fewer collectors at once help)',
        });
        this.name = 'SecondaryRateLimited';
    }
}
/** The API kept failing (5xx or no connection) after every retry. */
class ApiUnavailable extends src/* UserError */.yo {
    constructor(what, detail, cause) {
        super(`The GitHub API did not answer ${what}: ${detail}`, { hint: 'what was collected so far is kept; run again to resume', cause });
        this.name = 'ApiUnavailable';
    }
}
/** Errors after which a collection keeps what it has and the next one resumes. */
const isTransient = (e) => e instanceof ApiUnavailable || e instanceof RateLimitExhausted || e instanceof SecondaryRateLimited;
function message(data) {
    return typeof data === 'object' && data !== null && 'message' in data && typeof data.message === 'string' ? data.message : '';
}
/** The URL of `rel="next"` in a `Link` header. */
function nextLink(link) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?([^";]+)"?/.exec(part.trim());
        if (m && m[2]?.split(/\s+/).includes('next'))
            return m[1];
    }
    return undefined;
}
/**
 * Reads GitHub's answers: 401/403/404 become errors that say which permission or name is
 * wrong, a rate limit is told apart from a permission, and 5xx or no connection (after the
 * retries `githubFetch` made) means the API is unavailable for now. Retrying is not done
 * here: the one retry policy sits in the fetch underneath.
 */
class ApiClient {
    api;
    options;
    requests = 0;
    constructor(api, options) {
        this.api = api;
        this.options = options;
    }
    /** GET that must succeed; `what` names the resource in errors ("the workflow runs of o/r"). */
    async get(pathOrUrl, what) {
        return this.check(await this.send(() => this.api.get(pathOrUrl), what), what);
    }
    /** GET where 404 is an answer (`undefined`), not an error. */
    async getOptional(pathOrUrl, what) {
        const response = await this.send(() => this.api.get(pathOrUrl), what);
        if (response.status === 404 || response.status === 410)
            return undefined;
        return this.check(response, what);
    }
    async post(path, body, what) {
        return this.check(await this.send(() => this.api.post(path, body), what), what);
    }
    /** Every page of a list, following `Link: rel="next"`; `items` picks the list out of a page. */
    async *pages(first, what, items) {
        let url = first;
        while (url) {
            const response = await this.get(url, what);
            yield { items: items(response.data), data: response.data };
            url = nextLink(response.headers['link']);
        }
    }
    check(response, what) {
        const { status, headers } = response;
        if (status >= 200 && status < 300)
            return response;
        const detail = message(response.data);
        if (status === 401) {
            throw new src/* UserError */.yo(`GitHub rejected the token while reading ${what} (401 ${detail || 'Bad credentials'})`, {
                hint: 'pass a valid token: the github-token input, or GITHUB_TOKEN for the CLI',
            });
        }
        if (status === 403 || status === 429) {
            if (headers['x-ratelimit-remaining'] === '0') {
                const reset = Number(headers['x-ratelimit-reset']);
                throw new RateLimitExhausted(Number.isFinite(reset) ? reset : Math.ceil(this.options.now() / 1000) + 3600);
            }
            if (status === 429 || headers['retry-after'] !== undefined || /secondary rate limit|abuse detection/i.test(detail))
                throw new SecondaryRateLimited(what, status);
            const needed = headers['x-accepted-github-permissions'];
            throw new src/* UserError */.yo(`The token may not read ${what} (403 ${detail || 'Forbidden'})`, {
                hint: needed
                    ? `grant the job these permissions: ${needed.replace(/=/g, ': ').replace(/,/g, ', ')}`
                    : 'grant the job `actions: read` and `deployments: read` (and `issues: write` to open issues)',
            });
        }
        if (status === 404) {
            throw new src/* UserError */.yo(`GitHub answered 404 Not Found for ${what}`, {
                hint: 'check the OWNER/NAME spelling; a private repository also answers 404 to a token that cannot see it',
            });
        }
        if (status >= 500)
            throw new ApiUnavailable(what, `${status}${detail ? ` ${detail}` : ''} after every retry`);
        throw new src/* UserError */.yo(`GitHub answered ${status} for ${what}${detail ? `: ${detail}` : ''}`);
    }
    async send(call, what) {
        this.requests += 1;
        try {
            return await call();
        }
        catch (error) {
            // The fetch underneath already retried; a network failure arrives as a UserError naming the peer.
            if (error instanceof src/* UserError */.yo)
                throw new ApiUnavailable(what, error.message, error);
            throw error;
        }
    }
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./packages/metrics/src/github-fetch.ts



/** A request body Octokit hands its fetch: a JSON string for the few POSTs the collector makes. */
function bodyOf(body) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string' || Buffer.isBuffer(body))
        return body;
    if (body instanceof Uint8Array)
        return Buffer.from(body);
    throw new TypeError('the GitHub client sends only string or byte bodies');
}
/** Request headers of a fetch call as one record of strings. */
function requestHeaders(headers) {
    if (headers === undefined)
        return {};
    if (Array.isArray(headers))
        return Object.fromEntries(headers.map(([k, v]) => [k ?? '', v ?? '']));
    if (typeof headers.forEach === 'function' && typeof headers.get === 'function') {
        const out = {};
        headers.forEach((v, k) => (out[k] = v));
        return out;
    }
    return { ...headers };
}
/**
 * The answer as Octokit reads a fetch Response (status, url, headers by name and as pairs, and
 * the body as text, JSON or bytes), built over a buffered answer. Not a Response: the global one
 * would make Node load its own copy of undici (about 60 ms and 16 MiB) for every collection.
 */
function octokitAnswer(answer) {
    const bytes = answer.body;
    const like = {
        ok: answer.ok,
        status: answer.status,
        statusText: external_node_http_.STATUS_CODES[answer.status] ?? '',
        url: answer.url,
        redirected: false,
        headers: answer.headers,
        body: null,
        text: () => Promise.resolve(bytes.toString('utf8')),
        json: () => Promise.resolve(JSON.parse(bytes.toString('utf8'))),
        arrayBuffer: () => {
            // An ArrayBuffer of this realm holding a copy (a Buffer may share a larger pool).
            const copy = new ArrayBuffer(bytes.length);
            new Uint8Array(copy).set(bytes);
            return Promise.resolve(copy);
        },
    };
    return like;
}
/** A fetch for Octokit that follows GitHub's rate-limit rules within a bounded budget. */
function githubFetch(options) {
    const base = options.transport ?? src/* nodeTransport */._3;
    const counter = { requests: 0 };
    const counted = (url, request, deadlines, signal) => {
        counter.requests += 1;
        return base(url, request, deadlines, signal);
    };
    const call = async (input, init) => {
        const url = typeof input === 'string' || input instanceof URL ? input : input.url;
        const body = bodyOf(init?.body);
        // The whole answer is read within the deadlines (Octokit swallows an error while it reads a
        // body, so a stalled answer would reach its decoder as an empty text): a stall is a
        // NETWORK_TIMEOUT naming the peer. Redirects (an artifact's archive) are followed as fetch does.
        const response = await (0,src/* githubRequest */.H6)(url, { method: init?.method ?? 'GET', headers: requestHeaders(init?.headers), ...(body === undefined ? {} : { body }) }, {
            ...options,
            what: `the GitHub API (${new URL(String(url)).pathname})`,
            redirects: 5,
            transport: counted,
            ...(init?.signal ? { signal: init.signal } : {}),
        });
        return octokitAnswer(response);
    };
    Object.defineProperty(call, 'requests', { get: () => counter.requests });
    return call;
}

;// CONCATENATED MODULE: ./packages/metrics/src/api-shapes.ts

// Decoders for the parts of GitHub's REST responses the collector reads. Unknown fields are
// ignored, so new API fields never break collection; a missing field we need is an error
// that names it.
const str = src/* decode.string */.D4.string;
const optStr = src/* decode.optional */.D4.optional(src/* decode.string */.D4.string);
const id = src/* decode.number */.D4.number;
const workflowRun = src/* decode.object */.D4.object({
    id,
    name: src/* decode.withDefault */.D4.withDefault(str, ''),
    path: src/* decode.withDefault */.D4.withDefault(str, ''),
    head_branch: src/* decode.withDefault */.D4.withDefault(str, ''),
    head_sha: str,
    event: str,
    status: src/* decode.withDefault */.D4.withDefault(str, ''),
    conclusion: optStr,
    run_attempt: src/* decode.withDefault */.D4.withDefault(id, 1),
    created_at: str,
    run_started_at: optStr,
    updated_at: str,
});
const runsPage = src/* decode.object */.D4.object({ total_count: id, workflow_runs: src/* decode.array */.D4.array(workflowRun) });
const apiStep = src/* decode.object */.D4.object({
    name: str,
    status: str,
    conclusion: optStr,
    started_at: optStr,
    completed_at: optStr,
});
const apiJob = src/* decode.object */.D4.object({
    id,
    name: str,
    run_attempt: src/* decode.withDefault */.D4.withDefault(id, 1),
    status: str,
    conclusion: optStr,
    created_at: optStr,
    started_at: optStr,
    completed_at: optStr,
    steps: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(apiStep), []),
});
const jobsPage = src/* decode.object */.D4.object({ total_count: id, jobs: src/* decode.array */.D4.array(apiJob) });
const artifact = src/* decode.object */.D4.object({ id, name: str, expired: src/* decode.withDefault */.D4.withDefault(src/* decode.boolean */.D4.boolean, false) });
const artifactsPage = src/* decode.object */.D4.object({ total_count: id, artifacts: src/* decode.array */.D4.array(artifact) });
const repository = src/* decode.object */.D4.object({ full_name: str, default_branch: src/* decode.withDefault */.D4.withDefault(str, 'main') });
const api_shapes_deployment = src/* decode.object */.D4.object({
    id,
    sha: str,
    ref: src/* decode.withDefault */.D4.withDefault(str, ''),
    environment: str,
    production_environment: src/* decode.optional */.D4.optional(src/* decode.boolean */.D4.boolean),
    created_at: str,
});
const deploymentStatus = src/* decode.object */.D4.object({ id, state: str, created_at: str });
const compareCommit = src/* decode.object */.D4.object({
    sha: str,
    commit: src/* decode.object */.D4.object({
        author: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({ date: optStr })),
        committer: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({ date: optStr })),
    }),
});
const compare = src/* decode.object */.D4.object({ commits: src/* decode.array */.D4.array(compareCommit) });
/** Decodes with the endpoint in the error, so an unexpected API answer names where it came from. */
function api_shapes_decodeApi(decoder, data, what) {
    return (0,src/* decodeDocument */.w8)(decoder, data, `GitHub's answer for ${what}`);
}

;// CONCATENATED MODULE: ./packages/metrics/src/collect-deployments.ts




const TERMINAL = ['success', 'failure', 'error'];
const isTerminal = (s) => TERMINAL.includes(s);
/**
 * Lists deployments newest first down to `from` (seconds) and reads how each ended: the first
 * terminal status (success, failure or error) in time order; none yet means pending.
 */
async function listDeployments(client, repository, from, known) {
    const what = `the deployments of ${repository}`;
    const listed = [];
    for await (const page of client.pages(`/repos/${repository}/deployments?per_page=100`, what, (d) => api_shapes_decodeApi(src/* decode.array */.D4.array(api_shapes_deployment), d, what))) {
        listed.push(...page.items);
        if (page.items.some((d) => toSeconds(d.created_at) < from))
            break;
    }
    const out = [];
    for (const d of listed) {
        const createdAt = toSeconds(d.created_at);
        const old = known.get(d.id);
        if (old && old.state !== 'pending')
            continue;
        if (createdAt < from && !old)
            continue;
        const statusWhat = `the statuses of deployment ${d.id} in ${repository}`;
        let ending;
        for await (const page of client.pages(`/repos/${repository}/deployments/${d.id}/statuses?per_page=100`, statusWhat, (x) => api_shapes_decodeApi(src/* decode.array */.D4.array(deploymentStatus), x, statusWhat))) {
            for (const s of page.items) {
                const at = toSeconds(s.created_at);
                if (isTerminal(s.state) && (!ending || at <= ending.at))
                    ending = { state: s.state, at };
            }
        }
        out.push({
            id: d.id,
            environment: d.environment,
            production: d.production_environment ?? d.environment === 'production',
            sha: d.sha,
            ref: d.ref,
            createdAt,
            state: ending?.state ?? 'pending',
            ...(ending ? { finishedAt: ending.at } : {}),
            commits: [],
        });
    }
    return out;
}
const commitTime = (c) => toSeconds(c.commit.committer?.date ?? c.commit.author?.date ?? '');
/**
 * The commits a successful deployment shipped: those between the previous successful
 * deployment of its environment and its own sha (the compare API), or its own commit alone
 * when it is the first one known.
 */
async function shippedCommits(client, repository, deploymentRecord, previousSha) {
    if (previousSha === deploymentRecord.sha)
        return [];
    const commits = [];
    if (previousSha) {
        const what = `the commits between ${previousSha.slice(0, 12)} and ${deploymentRecord.sha.slice(0, 12)} in ${repository}`;
        const url = `/repos/${repository}/compare/${previousSha}...${deploymentRecord.sha}?per_page=100`;
        const first = await client.getOptional(url, what);
        if (first) {
            commits.push(...api_shapes_decodeApi(compare, first.data, what).commits);
            for (let next = nextLink(first.headers['link']); next;) {
                const page = await client.get(next, what);
                commits.push(...api_shapes_decodeApi(compare, page.data, what).commits);
                next = nextLink(page.headers['link']);
            }
            return commits.map((c) => ({ sha: c.sha, at: commitTime(c) })).filter((c) => Number.isFinite(c.at));
        }
    }
    const what = `commit ${deploymentRecord.sha.slice(0, 12)} in ${repository}`;
    const single = await client.getOptional(`/repos/${repository}/commits/${deploymentRecord.sha}`, what);
    if (!single)
        return [];
    const c = api_shapes_decodeApi(compareCommit, single.data, what);
    return [{ sha: c.sha, at: commitTime(c) }];
}

;// CONCATENATED MODULE: ./packages/metrics/src/collect-runs.ts



/** GitHub returns at most this many results for a filtered run list, whatever `total_count` says. */
const SEARCH_CAP = 1000;
const runsUrl = (repo, from, to) => `/repos/${repo}/actions/runs?per_page=100&exclude_pull_requests=true&created=${encodeURIComponent(`${toIso(from)}..${toIso(to)}`)}`;
/**
 * Lists the runs created in [from, to] (seconds, inclusive). A window whose total is over the
 * API's 1,000-result cap is split in halves until each half fits, oldest half first.
 */
async function listRuns(source, from, to) {
    const what = `the workflow runs of ${source.repository} created ${toIso(from)}..${toIso(to)}`;
    const out = [];
    let first = true;
    for await (const page of source.client.pages(runsUrl(source.repository, from, to), what, (d) => api_shapes_decodeApi(runsPage, d, what).workflow_runs)) {
        if (first) {
            first = false;
            const total = api_shapes_decodeApi(runsPage, page.data, what).total_count;
            if (total > SEARCH_CAP && to > from) {
                const mid = from + Math.floor((to - from) / 2);
                return [...(await listRuns(source, from, mid)), ...(await listRuns(source, mid + 1, to))];
            }
        }
        out.push(...page.items);
    }
    return out;
}
const secondsOr = (iso, fallback) => (iso ? toSeconds(iso) : fallback);
function jobRecord(job) {
    if (job.status !== 'completed' || !job.started_at)
        return undefined;
    const startedAt = toSeconds(job.started_at);
    const completedAt = secondsOr(job.completed_at, startedAt);
    const steps = job.steps
        .filter((s) => s.started_at && s.completed_at)
        .map((s) => ({
        name: s.name,
        conclusion: s.conclusion ?? s.status,
        seconds: Math.max(0, (Date.parse(s.completed_at ?? '') - Date.parse(s.started_at ?? '')) / 1000),
    }));
    const record = {
        id: job.id,
        name: job.name,
        attempt: job.run_attempt,
        conclusion: job.conclusion ?? 'unknown',
        startedAt,
        completedAt,
        steps,
    };
    if (job.created_at)
        record.createdAt = toSeconds(job.created_at);
    return record;
}
function asBuffer(data) {
    if (Buffer.isBuffer(data))
        return data;
    if (data instanceof ArrayBuffer)
        return Buffer.from(data);
    if (ArrayBuffer.isView(data))
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    return undefined;
}
/** Fetches a completed run's jobs (every attempt), artifacts and outcome records. */
async function runDetails(source, run) {
    const repo = source.repository;
    const jobsWhat = `the jobs of run ${run.id} in ${repo}`;
    const jobs = [];
    for await (const page of source.client.pages(`/repos/${repo}/actions/runs/${run.id}/jobs?filter=all&per_page=100`, jobsWhat, (d) => api_shapes_decodeApi(jobsPage, d, jobsWhat).jobs)) {
        for (const job of page.items) {
            const record = jobRecord(job);
            if (record)
                jobs.push(record);
        }
    }
    const artifactsWhat = `the artifacts of run ${run.id} in ${repo}`;
    let artifacts = 0;
    const outcomes = [];
    for await (const page of source.client.pages(`/repos/${repo}/actions/runs/${run.id}/artifacts?per_page=100`, artifactsWhat, (d) => api_shapes_decodeApi(artifactsPage, d, artifactsWhat).artifacts)) {
        for (const artifact of page.items) {
            if (!artifact.name.startsWith(source.recordsPrefix)) {
                artifacts += 1;
                continue;
            }
            if (artifact.expired)
                continue;
            const zip = await source.client.getOptional(`/repos/${repo}/actions/artifacts/${artifact.id}/zip`, `artifact ${artifact.name} of run ${run.id}`);
            const bytes = asBuffer(zip?.data);
            if (!bytes) {
                source.problems.push(`artifact ${artifact.name} of run ${run.id}: no archive could be downloaded`);
                continue;
            }
            const read = recordsFromArchive(bytes, `${artifact.name} of run ${run.id}`);
            outcomes.push(...read.records);
            source.problems.push(...read.problems);
        }
    }
    const createdAt = toSeconds(run.created_at);
    const startedAt = secondsOr(run.run_started_at, createdAt);
    const latest = jobs.filter((j) => j.attempt === run.run_attempt);
    const completedAt = latest.length > 0 ? Math.max(...latest.map((j) => j.completedAt)) : toSeconds(run.updated_at);
    return {
        id: run.id,
        workflow: run.name || run.path,
        event: run.event,
        branch: run.head_branch,
        sha: run.head_sha,
        attempt: run.run_attempt,
        conclusion: run.conclusion ?? 'unknown',
        createdAt,
        startedAt,
        completedAt: Math.max(completedAt, startedAt),
        jobs,
        artifacts,
        outcomes,
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/collect.ts






const DAY = 86_400;
/** Pending runs older than this are given up on, so one stuck run cannot pin the cursor forever. */
const PENDING_PATIENCE = 3 * DAY;
/** Runs `fn` over `items` with at most `limit` at once; after one failure no new item starts. */
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    let failed = false;
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
        for (let i = next++; i < items.length && !failed; i = next++) {
            try {
                out[i] = await fn(items[i]);
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    }));
    return out;
}
const REPOSITORY_NAME = /^[\w.-]+\/[\w.-]+$/;
/**
 * Adds what is new since the last collection of a repository to the store: completed
 * workflow runs (with jobs, steps and outcome records) window by window, each window with its
 * cursor in one transaction, then deployments and the commits they shipped. The cursor only
 * ever moves over what was collected: a failure part-way keeps every whole window, and a
 * `since` after the cursor collects its range but leaves the cursor where it was.
 */
async function collect(api, store, options) {
    const client = new ApiClient(api, options);
    const repo = options.repository;
    if (!REPOSITORY_NAME.test(repo))
        throw new src/* UserError */.yo(`'${repo}' is not a repository name; expected OWNER/NAME`);
    const nowMs = options.now();
    const now = Math.floor(nowMs / 1000);
    if (options.since !== undefined)
        (0,src/* assertNotFuture */.TA)(options.since * 1000, nowMs, options.sinceField ?? 'since');
    const repoInfo = api_shapes_decodeApi(repository, (await client.get(`/repos/${repo}`, `the repository ${repo}`)).data, `the repository ${repo}`);
    await store.ensureRepository(repo, repoInfo.default_branch);
    const state = await store.repository(repo);
    const source = { client, repository: repo, recordsPrefix: options.recordsPrefix ?? 'slipway-record', problems: [] };
    const result = {
        repository: repo,
        newRuns: 0,
        newRunIds: [],
        newDeployments: 0,
        requests: 0,
        complete: true,
        problems: source.problems,
    };
    const firstFrom = now - (options.firstLookbackDays ?? 90) * DAY;
    const runsCursor = state?.cursor.runsFrom;
    const depsCursor = state?.cursor.deploymentsFrom;
    const since = options.since;
    if (since !== undefined && runsCursor !== undefined && since > runsCursor) {
        result.cursorKept = `${options.sinceField ?? 'since'} ${toIso(since)} is after where the last collection stopped (${toIso(runsCursor)}): runs from ${toIso(since)} were collected, and the cursor stays at ${toIso(runsCursor)} so the runs before are collected next time`;
    }
    try {
        let from = since ?? runsCursor ?? firstFrom;
        const movesCursor = runsCursor === undefined || from <= runsCursor;
        const windowSeconds = (options.windowDays ?? 7) * DAY;
        let pendingFrom;
        while (from <= now) {
            const to = Math.min(from + windowSeconds - 1, now);
            const listed = await listRuns(source, from, to);
            const known = await store.knownRunIds(repo, from, to);
            const fresh = [];
            for (const run of listed) {
                if (known.has(run.id))
                    continue;
                if (run.status !== 'completed') {
                    const created = toSeconds(run.created_at);
                    if (now - created < PENDING_PATIENCE)
                        pendingFrom = Math.min(pendingFrom ?? created, created);
                    continue;
                }
                known.add(run.id);
                fresh.push(run);
            }
            const records = await mapLimit(fresh, options.concurrency ?? 4, (run) => runDetails(source, run));
            const cursor = Math.min(pendingFrom ?? to + 1, to + 1);
            await store.saveRuns(repo, records, { ...(movesCursor ? { runsFrom: cursor } : {}), updatedAt: now });
            result.newRuns += records.length;
            result.newRunIds.push(...records.map((r) => r.id));
            options.onWindow?.({ repository: repo, from, to, runs: records.length });
            from = to + 1;
        }
        const depFrom = since ?? depsCursor ?? firstFrom;
        result.newDeployments = await collectDeployments(client, store, repo, depFrom, now, depsCursor === undefined || depFrom <= depsCursor);
    }
    catch (error) {
        if (!(error instanceof src/* UserError */.yo))
            throw error;
        result.complete = false;
        result.error = isTransient(error) ? error : new src/* UserError */.yo((0,src/* errorMessage */.gJ)(error), { hint: error.hint, cause: error, code: error.code });
    }
    result.requests = client.requests;
    return result;
}
async function collectDeployments(client, store, repo, from, now, movesCursor) {
    const stored = await store.deployments(repo);
    const byId = new Map(stored.map((d) => [d.id, d]));
    const listed = await listDeployments(client, repo, from, byId);
    const added = listed.filter((d) => !byId.get(d.id)).length;
    for (const d of listed)
        byId.set(d.id, d);
    const all = [...byId.values()].sort((a, b) => (a.finishedAt ?? a.createdAt) - (b.finishedAt ?? b.createdAt) || a.id - b.id);
    const lastSuccess = new Map();
    const updated = new Set(listed.map((d) => d.id));
    for (const d of all) {
        if (d.state !== 'success')
            continue;
        if (updated.has(d.id))
            d.commits = await shippedCommits(client, repo, d, lastSuccess.get(d.environment)?.sha);
        lastSuccess.set(d.environment, d);
    }
    const pending = all.filter((d) => d.state === 'pending' && now - d.createdAt < PENDING_PATIENCE).map((d) => d.createdAt);
    const cursor = pending.length > 0 ? Math.min(...pending) : now;
    await store.saveDeployments(repo, listed, { ...(movesCursor ? { deploymentsFrom: cursor } : {}), updatedAt: now });
    return added;
}
const orgRepo = src/* decode.object */.D4.object({ full_name: src/* decode.string */.D4.string, archived: src/* decode.withDefault */.D4.withDefault(src/* decode.boolean */.D4.boolean, false) });
/** The repositories of an organisation (archived ones left out), by name. */
async function listOrgRepositories(api, org, options) {
    if (!/^[\w.-]+$/.test(org))
        throw new src/* UserError */.yo(`'${org}' is not an organisation name`);
    const client = new ApiClient(api, options);
    const what = `the repositories of ${org}`;
    const names = [];
    for await (const page of client.pages(`/orgs/${org}/repos?per_page=100&type=all`, what, (d) => api_shapes_decodeApi(src/* decode.array */.D4.array(orgRepo), d, what)))
        for (const r of page.items)
            if (!r.archived)
                names.push(r.full_name);
    return names.sort();
}
/**
 * Collects many repositories into one store, `parallel` at a time (default 4). Each repository
 * resumes from its own cursor; one that fails is reported and the others go on.
 */
async function collectMany(api, store, repositories, options) {
    const results = [];
    let next = 0;
    await Promise.all(Array.from({ length: Math.min(Math.max(1, options.parallel ?? 4), repositories.length) }, async () => {
        for (let i = next++; i < repositories.length; i = next++) {
            const repository = repositories[i];
            let r;
            try {
                r = await collect(api, store, { ...options, repository });
            }
            catch (error) {
                if (!(error instanceof src/* UserError */.yo))
                    throw error;
                r = { repository, newRuns: 0, newRunIds: [], newDeployments: 0, requests: 0, complete: false, error, problems: [] };
            }
            results[i] = r;
            options.onRepository?.(r);
        }
    }));
    return results;
}

;// CONCATENATED MODULE: ./packages/metrics/src/critical-path.ts
// The API does not say which job needed which, so the path is read from the timing: walking
// back from the job that finished last, each job's predecessor is the one that finished
// latest at or before it started (a `needs:` edge always looks like that). Slack of a few
// seconds covers the runner's scheduling delay.
const SLACK = 5;
/** The chain of jobs that set a run's duration, first job first. */
function critical_path_criticalPath(jobs) {
    const done = jobs.filter((j) => j.completedAt >= j.startedAt);
    if (done.length === 0)
        return [];
    let current = done.reduce((a, b) => (b.completedAt > a.completedAt ? b : a));
    const path = [];
    const seen = new Set();
    for (;;) {
        path.push({ name: current.name, seconds: current.completedAt - current.startedAt });
        seen.add(current);
        const start = current.startedAt;
        let before;
        for (const j of done) {
            if (seen.has(j) || j.completedAt > start + SLACK || j.completedAt <= j.startedAt)
                continue;
            if (!before || j.completedAt > before.completedAt)
                before = j;
        }
        if (!before)
            break;
        current = before;
    }
    return path.reverse();
}

;// CONCATENATED MODULE: ./packages/metrics/src/percentiles.ts


/** p50, p95, mean and max of unsorted values. */
function percentiles_distribution(values) {
    if (values.length === 0)
        return { count: 0, p50: null, p95: null, mean: null, max: null };
    const sorted = Float64Array.from(values).sort();
    let sum = 0;
    for (const v of sorted)
        sum += v;
    return {
        count: sorted.length,
        p50: (0,src/* percentile */.Ym)(sorted, 50),
        p95: (0,src/* percentile */.Ym)(sorted, 95),
        mean: sum / sorted.length,
        max: sorted[sorted.length - 1] ?? null,
    };
}
/** A share in [0, 1], or null when nothing was counted. */
function percentiles_ratio(part, whole) {
    return whole === 0 ? null : part / whole;
}
/** The distribution of values given as counts per distinct value, equal to `distribution` of the values themselves. */
function distributionOfCounts(counts) {
    const values = [...counts.entries()].filter(([, c]) => c > 0).sort((a, b) => a[0] - b[0]);
    let n = 0;
    let sum = 0;
    for (const [v, c] of values) {
        n += c;
        sum += v * c;
    }
    if (n === 0)
        return { count: 0, p50: null, p95: null, mean: null, max: null };
    const at = (rank) => {
        let upto = 0;
        for (const [v, c] of values) {
            upto += c;
            if (upto > rank)
                return v;
        }
        return values[values.length - 1]?.[0] ?? 0;
    };
    const pct = (p) => {
        const rank = (p / 100) * (n - 1);
        const lo = at(Math.floor(rank));
        return lo + (at(Math.ceil(rank)) - lo) * (rank - Math.floor(rank));
    };
    return { count: n, p50: pct(50), p95: pct(95), mean: sum / n, max: values[values.length - 1]?.[0] ?? null };
}
/** Adds the counts of `from` into `into`. */
function addCounts(into, from) {
    for (const [v, c] of from)
        into.set(v, (into.get(v) ?? 0) + c);
    return into;
}

;// CONCATENATED MODULE: ./packages/metrics/src/run-figures.ts


// Run outcomes that say nothing about the pipeline's health are left out of success rates.
const IGNORED = new Set(['cancelled', 'skipped', 'neutral', 'stale']);
/** A run's duration: from the start of its latest attempt to its last job's end (seconds). */
const run_figures_runSeconds = (r) => r.completedAt - r.startedAt;
/** Jobs of the run's latest attempt. */
const latestJobs = (r) => r.jobs.filter((j) => j.attempt === r.attempt);
/** A run's queue time: from the start of its latest attempt to its first job's start (seconds). */
function run_figures_runQueueSeconds(r) {
    let first = Infinity;
    for (const j of r.jobs)
        if (j.attempt === r.attempt && j.startedAt < first)
            first = j.startedAt;
    return Number.isFinite(first) ? Math.max(0, first - r.startedAt) : undefined;
}
/** Success rate of run or job conclusions, cancelled and skipped left out. */
function run_figures_successRate(conclusions) {
    let counted = 0;
    let ok = 0;
    for (const c of conclusions) {
        if (IGNORED.has(c))
            continue;
        counted += 1;
        if (c === 'success')
            ok += 1;
    }
    return ratio(ok, counted);
}
function jobFigures(runs, successfulPaths, pathRuns) {
    const byName = new Map();
    for (const run of runs) {
        const outcomes = new Map();
        for (const job of run.jobs) {
            let entry = byName.get(job.name);
            if (!entry)
                byName.set(job.name, (entry = { jobs: [], flaky: 0 }));
            entry.jobs.push(job);
            const seen = outcomes.get(job.name) ?? new Set();
            seen.add(job.conclusion);
            outcomes.set(job.name, seen);
        }
        for (const [name, seen] of outcomes)
            if (seen.has('failure') && seen.has('success'))
                byName.get(name).flaky += 1;
    }
    return [...byName.entries()]
        .map(([name, { jobs, flaky }]) => ({
        name,
        count: jobs.length,
        duration: distribution(jobs.filter((j) => j.conclusion === 'success').map((j) => j.completedAt - j.startedAt)),
        queue: distribution(jobs.flatMap((j) => (j.createdAt === undefined ? [] : [Math.max(0, j.startedAt - j.createdAt)]))),
        successRate: run_figures_successRate(jobs.map((j) => j.conclusion)),
        flaky,
        onCriticalPath: ratio(successfulPaths.get(name) ?? 0, pathRuns),
    }))
        .sort((a, b) => (b.duration.p50 ?? -1) - (a.duration.p50 ?? -1) || a.name.localeCompare(b.name));
}
/** Slowest p50 first; equal ones by job, then step name (so both engines cut the list at the same step). */
function bySlowestStep(a, b) {
    return (b.duration.p50 ?? 0) - (a.duration.p50 ?? 0) || a.job.localeCompare(b.job) || a.step.localeCompare(b.step);
}
function stepFigures(runs, limit) {
    const bySteps = new Map();
    for (const run of runs) {
        for (const job of run.jobs) {
            if (job.conclusion !== 'success')
                continue;
            for (const s of job.steps) {
                const key = `${job.name}\u0000${s.name}`;
                let e = bySteps.get(key);
                if (!e)
                    bySteps.set(key, (e = { job: job.name, step: s.name, seconds: [] }));
                e.seconds.push(s.seconds);
            }
        }
    }
    return [...bySteps.values()]
        .map((e) => ({ job: e.job, step: e.step, count: e.seconds.length, duration: distribution(e.seconds) }))
        .sort(bySlowestStep)
        .slice(0, limit);
}
const dayOf = (seconds) => new Date(seconds * 1000).toISOString().slice(0, 10);
/** One row per UTC day from `from` to `to`, days without runs included (gaps show in the trend). */
function run_figures_dailyFigures(runs, from, to) {
    const byDay = new Map();
    for (const r of runs) {
        const d = dayOf(r.createdAt);
        const list = byDay.get(d);
        if (list)
            list.push(r);
        else
            byDay.set(d, [r]);
    }
    const out = [];
    for (let t = Math.floor(from / 86_400) * 86_400; t <= to; t += 86_400) {
        const day = dayOf(t);
        const list = byDay.get(day) ?? [];
        const d = distribution(list.filter((r) => r.conclusion === 'success').map(run_figures_runSeconds));
        out.push({ day, runs: list.length, p50: d.p50, p95: d.p95, successRate: run_figures_successRate(list.map((r) => r.conclusion)) });
    }
    return out;
}
/** The figures of one workflow's runs in a window. */
function run_figures_workflowFigures(workflow, runs, from, to) {
    const successful = runs.filter((r) => r.conclusion === 'success');
    const onPath = new Map();
    let latest = null;
    let latestAt = -Infinity;
    for (const run of successful) {
        const path = criticalPath(latestJobs(run));
        for (const name of new Set(path.map((p) => p.name)))
            onPath.set(name, (onPath.get(name) ?? 0) + 1);
        if (run.createdAt > latestAt && path.length > 0) {
            latestAt = run.createdAt;
            latest = { runId: run.id, seconds: run_figures_runSeconds(run), jobs: path };
        }
    }
    const queues = runs.flatMap((r) => {
        const q = run_figures_runQueueSeconds(r);
        return q === undefined || r.conclusion === 'cancelled' ? [] : [q];
    });
    return {
        workflow,
        runs: runs.length,
        successes: successful.length,
        failures: runs.filter((r) => !IGNORED.has(r.conclusion) && r.conclusion !== 'success').length,
        cancelled: runs.filter((r) => r.conclusion === 'cancelled').length,
        retried: runs.filter((r) => r.attempt > 1).length,
        successRate: run_figures_successRate(runs.map((r) => r.conclusion)),
        duration: distribution(successful.map(run_figures_runSeconds)),
        queue: distribution(queues),
        jobs: jobFigures(runs, onPath, successful.length),
        slowestSteps: stepFigures(runs, 10),
        criticalPath: latest,
        daily: run_figures_dailyFigures(runs, from, to),
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/day-buckets.ts
// Figures kept per UTC day at write time (the `*_daily` tables): a window's whole days are read
// from the day rows, and only its partial days from the rows they summarise, so a report reads
// as many rows as the window has days and distinct values, not as many as it has runs. The
// split is exact: day d holds exactly the times t with d * 86,400 <= t < (d + 1) * 86,400.
const day_buckets_DAY = 86_400;
/** The UTC day number of a time in seconds, exactly (no rounding at the day's edge). */
function day_buckets_dayOf(t) {
    let d = Math.floor(t / day_buckets_DAY);
    if (d * day_buckets_DAY > t)
        d -= 1;
    else if ((d + 1) * day_buckets_DAY <= t)
        d += 1;
    return d;
}
/** `dayOf` in the SQL both SQLite and PostgreSQL accept. */
function daySql(expr) {
    const d = `CAST(floor(${expr} / ${day_buckets_DAY}) AS BIGINT)`;
    return `(${d} - CASE WHEN ${d} * ${day_buckets_DAY} > ${expr} THEN 1 ELSE 0 END + CASE WHEN (${d} + 1) * ${day_buckets_DAY} <= ${expr} THEN 1 ELSE 0 END)`;
}
/** Splits the periods between ascending `bounds` into whole days and the times around them. */
function planDays(bounds) {
    const plan = { days: [], edges: [] };
    for (let seg = 0; seg + 1 < bounds.length; seg++) {
        const from = bounds[seg];
        const to = bounds[seg + 1];
        const closed = seg + 2 === bounds.length;
        if (to < from)
            continue;
        let fromDay = day_buckets_dayOf(from);
        if (fromDay * day_buckets_DAY < from)
            fromDay += 1;
        // Days before dayOf(to) end at or before `to`; the day holding `to` is partial.
        const toDay = day_buckets_dayOf(to);
        if (fromDay >= toDay) {
            plan.edges.push({ seg, from, to, closed });
            continue;
        }
        plan.days.push({ seg, fromDay, toDay });
        if (from < fromDay * day_buckets_DAY)
            plan.edges.push({ seg, from, to: fromDay * day_buckets_DAY, closed: false });
        plan.edges.push({ seg, from: toDay * day_buckets_DAY, to, closed });
    }
    return plan;
}
/** A period number of a day row (`CASE ... END`, NULL outside the whole days) and the filter of the rows to read. */
function daySegments(plan, column = 'day') {
    if (plan.days.length === 0)
        return { seg: 'NULL', segParams: [], where: '1 = 0', whereParams: [] };
    const seg = `CASE ${plan.days.map((d) => `WHEN ${column} >= ? AND ${column} < ? THEN ${d.seg}`).join(' ')} END`;
    const lo = Math.min(...plan.days.map((d) => d.fromDay));
    const hi = Math.max(...plan.days.map((d) => d.toDay));
    return {
        seg,
        segParams: plan.days.flatMap((d) => [d.fromDay, d.toDay]),
        where: `${column} >= ? AND ${column} < ?`,
        whereParams: [lo, hi],
    };
}
/** The condition on a detail row's time for one partial-day range, and its parameters. */
function edgeSql(edge, column) {
    return { sql: `${column} >= ? AND ${column} ${edge.closed ? '<=' : '<'} ?`, params: [edge.from, edge.to] };
}

// EXTERNAL MODULE: ./packages/metrics/src/store/sql-driver.ts
var sql_driver = __webpack_require__(43666);
;// CONCATENATED MODULE: ./packages/metrics/src/store/sql-figures.ts

// Building blocks of the figures in SQL: distributions (count, p50, p95, mean, max) computed by
// the database over a filtered expression, so no list of durations ever reaches JavaScript.
/** Run conclusions left out of success rates (as run-figures' IGNORED). */
const IGNORED_SQL = "('cancelled', 'skipped', 'neutral', 'stale')";
/** The select list of a distribution of `expr` where `cond` holds, its columns named `<as>_n` ... `<as>_max`. */
function distributionColumns(driver, expr, as, cond = 'TRUE') {
    const x = `CASE WHEN ${cond} THEN ${expr} END`;
    if (driver.dialect === 'postgres') {
        // One sort for both percentiles: PostgreSQL's ordered-set aggregate takes an array of fractions.
        return [
            `COUNT(${x}) AS ${as}_n`,
            `percentile_cont(ARRAY[0.5, 0.95]) WITHIN GROUP (ORDER BY ${x}) AS ${as}_pcts`,
            `AVG(${x}) AS ${as}_mean`,
            `MAX(${x}) AS ${as}_max`,
        ].join(', ');
    }
    return [
        `COUNT(${x}) AS ${as}_n`,
        `${(0,sql_driver/* pct */.Oe)(driver, x, 0.5)} AS ${as}_p50`,
        `${(0,sql_driver/* pct */.Oe)(driver, x, 0.95)} AS ${as}_p95`,
        `AVG(${x}) AS ${as}_mean`,
        `MAX(${x}) AS ${as}_max`,
    ].join(', ');
}
/**
 * The distribution of `value` per group, columns named as `distributionColumns` names them.
 * The database counts each distinct value of a group (from an index in group and value order:
 * one pass, no sort, no list of values held), or takes counts made at write time, then reads
 * the values at the two ranks core's `percentile` interpolates between from the running counts,
 * and interpolates the same way. Memory follows the distinct values, not the rows.
 */
function histogramDistribution(source, as) {
    const g = source.groups.join(', ');
    const counted = 'counts' in source
        ? source.counts
        : `SELECT ${g}, ${source.value} AS v, COUNT(*) AS c FROM ${source.from} GROUP BY ${g}, ${source.value}`;
    const rank = (p, fn) => `MIN(CASE WHEN upto > ${fn}(CAST(${p} AS DOUBLE PRECISION) * (n - 1)) THEN v END)`;
    const interpolate = (p) => {
        const r = `CAST(${p === '50' ? 0.5 : 0.95} AS DOUBLE PRECISION) * (${as}_n - 1)`;
        return `lo${p} + (hi${p} - lo${p}) * (${r} - floor(${r})) AS ${as}_p${p}`;
    };
    return `WITH h AS (${counted}),
    r AS (SELECT ${g}, v, c, SUM(c) OVER (PARTITION BY ${g} ORDER BY v ROWS UNBOUNDED PRECEDING) AS upto, SUM(c) OVER (PARTITION BY ${g}) AS n FROM h),
    k AS (SELECT ${g}, MAX(n) AS ${as}_n, ${rank(0.5, 'floor')} AS lo50, ${rank(0.5, 'ceil')} AS hi50, ${rank(0.95, 'floor')} AS lo95,
      ${rank(0.95, 'ceil')} AS hi95, CAST(SUM(v * c) AS DOUBLE PRECISION) / SUM(c) AS ${as}_mean, MAX(v) AS ${as}_max FROM r GROUP BY ${g})
    SELECT ${g}, ${as}_n, ${interpolate('50')}, ${interpolate('95')}, ${as}_mean, ${as}_max FROM k`;
}
const n = (v) => (v === null || v === undefined ? null : Number(v));
/** Reads the columns `distributionColumns` named. */
function distributionOf(row, as) {
    const count = Number(row?.[`${as}_n`] ?? 0);
    if (count === 0)
        return { count: 0, p50: null, p95: null, mean: null, max: null };
    const pcts = row?.[`${as}_pcts`];
    const [p50, p95] = Array.isArray(pcts) ? pcts.map(n) : [n(row?.[`${as}_p50`]), n(row?.[`${as}_p95`])];
    return { count, p50: p50 ?? null, p95: p95 ?? null, mean: n(row?.[`${as}_mean`]), max: n(row?.[`${as}_max`]) };
}
/** Success-rate columns over `conclusion`: `<as>_ok` successes of `<as>_counted` (cancelled and skipped left out). */
function successColumns(column, as) {
    return `SUM(CASE WHEN ${column} = 'success' THEN 1 ELSE 0 END) AS ${as}_ok, SUM(CASE WHEN ${column} NOT IN ${IGNORED_SQL} THEN 1 ELSE 0 END) AS ${as}_counted`;
}
/** The success rate the columns of `successColumns` give. */
function successOf(row, as) {
    const counted = Number(row?.[`${as}_counted`] ?? 0);
    return counted === 0 ? null : Number(row?.[`${as}_ok`] ?? 0) / counted;
}
/** A `repository IN (?, ?, ...)` filter and its parameters. */
function inList(column, values) {
    return { sql: `${column} IN (${values.map(() => '?').join(', ')})`, params: [...values] };
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/daily-counts.ts



/** Step durations of successful jobs, per step, duration and day (the slowest-steps figures). */
const STEP_SECONDS_DAILY = {
    table: 'step_seconds_daily',
    keys: ['repository', 'workflow', 'job_name', 'name', 'seconds', 'day'],
    counters: ['n'],
    alias: 's',
    time: 's.run_created_at',
    select: (filter) => `SELECT repository, workflow, job_name, name, seconds, day, COUNT(*) AS n FROM (
      SELECT s.repository, s.workflow, s.job_name, s.name, s.seconds, ${daySql('s.run_created_at')} AS day FROM steps s WHERE s.job_ok = 1 AND ${filter}
    ) x GROUP BY repository, workflow, job_name, name, seconds, day`,
};
/**
 * Runs per workflow, branch and day: all, successful, counted in success rates, and the builds
 * signature coverage counts (successful, not a pull request, with artifacts or signature
 * records) and those of them whose every signature record is signed.
 */
const RUN_COUNTS_DAILY = {
    table: 'run_counts_daily',
    keys: ['repository', 'workflow', 'branch', 'day'],
    counters: ['runs', 'ok', 'counted', 'builds', 'signed'],
    alias: 'r',
    time: 'r.created_at',
    // The signature records of a run are looked up by outcomes_by_run (schema v4).
    select: (filter) => `SELECT repository, workflow, branch, day, COUNT(*) AS runs, SUM(ok) AS ok, SUM(counted) AS counted, SUM(build) AS builds,
      SUM(CASE WHEN build = 1 AND sig_n > 0 AND sig_unsigned = 0 THEN 1 ELSE 0 END) AS signed FROM (
      SELECT repository, workflow, branch, day, sig_n, sig_unsigned,
        CASE WHEN conclusion = 'success' THEN 1 ELSE 0 END AS ok,
        CASE WHEN conclusion NOT IN ${IGNORED_SQL} THEN 1 ELSE 0 END AS counted,
        CASE WHEN conclusion = 'success' AND event <> 'pull_request' AND (artifacts > 0 OR sig_n > 0) THEN 1 ELSE 0 END AS build
      FROM (
        SELECT r.repository, r.workflow, r.branch, ${daySql('r.created_at')} AS day, r.conclusion, r.event, r.artifacts,
          (SELECT COUNT(*) FROM outcomes o WHERE o.repository = r.repository AND o.run_id = r.run_id AND o.type = 'signature') AS sig_n,
          (SELECT COUNT(*) FROM outcomes o WHERE o.repository = r.repository AND o.run_id = r.run_id AND o.type = 'signature'
            AND (o.signed IS NULL OR o.signed <> 1)) AS sig_unsigned
        FROM runs r WHERE ${filter}
      ) x
    ) y GROUP BY repository, workflow, branch, day`,
};
/** Run durations of successful runs (`kind` 'd') and queue times of runs not cancelled (`kind` 'q'), per workflow, value and day. */
const RUN_VALUES_DAILY = {
    table: 'run_values_daily',
    keys: ['repository', 'day', 'workflow', 'kind', 'v'],
    counters: ['n'],
    alias: 'r',
    time: 'r.created_at',
    // The filter once (its parameters are bound once): each run gives a 'd' row, a 'q' row, both or neither.
    select: (filter) => `SELECT repository, day, workflow, kind, v, COUNT(*) AS n FROM (
      SELECT r.repository, ${daySql('r.created_at')} AS day, r.workflow, k.kind, CASE WHEN k.kind = 'd' THEN r.duration ELSE r.queue END AS v
      FROM runs r CROSS JOIN (SELECT 'd' AS kind UNION ALL SELECT 'q' AS kind) k
      WHERE ${filter} AND ((k.kind = 'd' AND r.conclusion = 'success') OR (k.kind = 'q' AND r.conclusion <> 'cancelled' AND r.queue IS NOT NULL))
    ) x GROUP BY repository, day, workflow, kind, v`,
};
/** Cache, scan and rebuild records per day and outcome (absent fields as '' or -1: key columns are never NULL). */
const OUTCOME_COUNTS_DAILY = {
    table: 'outcome_counts_daily',
    keys: ['repository', 'day', 'type', 'layer', 'hit', 'decision', 'reproducible', 'hermetic'],
    counters: ['n'],
    alias: 'o',
    time: 'o.run_created_at',
    select: (filter) => `SELECT repository, day, type, layer, hit, decision, reproducible, hermetic, COUNT(*) AS n FROM (
      SELECT o.repository, ${daySql('o.run_created_at')} AS day, o.type, COALESCE(o.layer, '') AS layer, COALESCE(o.hit, '') AS hit,
        COALESCE(o.decision, '') AS decision, COALESCE(o.reproducible, -1) AS reproducible, COALESCE(o.hermetic, '') AS hermetic
      FROM outcomes o WHERE o.type IN ('cache', 'scan', 'reproducibility') AND ${filter}
    ) x GROUP BY repository, day, type, layer, hit, decision, reproducible, hermetic`,
};
/** Every table of day counts. */
const DAILY_TABLES = [STEP_SECONDS_DAILY, RUN_COUNTS_DAILY, RUN_VALUES_DAILY, OUTCOME_COUNTS_DAILY];
/** The statement that fills one table of day counts from every detail row (the migration's, and `recountDaily`'s). */
function backfillSql(table) {
    return `INSERT INTO ${table.table} (${[...table.keys, ...table.counters].join(', ')}) ${table.select('1 = 1')}`;
}
/** Counts every table of day counts again from the rows, in one transaction (for rows written around the store, as the benchmark does). */
async function recountDaily(driver) {
    await driver.transaction(async (tx) => {
        for (const t of DAILY_TABLES) {
            await tx.run(`DELETE FROM ${t.table}`);
            await tx.run(backfillSql(t));
        }
    });
}
const TYPES = { seconds: 'double precision', v: 'double precision', day: 'bigint', reproducible: 'integer' };
const NUMERIC_KEYS = new Set(['day', 'seconds', 'v', 'reproducible']);
/** Reads the day counts the stored rows of `runIds` give (the before and after of a write). */
async function dailySnapshot(tx, repository, runIds) {
    const out = DAILY_TABLES.map(() => new Map());
    for (const { ids: chunk, marks } of (0,sql_driver/* inLists */.rG)(runIds)) {
        for (const [t, table] of DAILY_TABLES.entries()) {
            const a = table.alias;
            const rows = await tx.all(table.select(`${a}.repository = ? AND ${a}.run_id IN (${marks})`), [repository, ...chunk]);
            const map = out[t];
            for (const row of rows) {
                const key = table.keys.map((k) => (NUMERIC_KEYS.has(k) ? Number(row[k]) : String(row[k])));
                const id = JSON.stringify(key);
                const counts = table.counters.map((c) => Number(row[c] ?? 0));
                const seen = map.get(id);
                if (seen)
                    seen.counts = seen.counts.map((n, j) => n + (counts[j] ?? 0));
                else
                    map.set(id, { key, counts });
            }
        }
    }
    return out;
}
/** Adds to the day counts what changed between two snapshots of the same runs. */
async function applyDailyChange(tx, before, after) {
    for (const [t, table] of DAILY_TABLES.entries()) {
        const was = before[t];
        const now = after[t];
        const rows = [];
        for (const id of new Set([...was.keys(), ...now.keys()])) {
            const a = was.get(id);
            const b = now.get(id);
            const key = (b ?? a)?.key ?? [];
            const change = table.counters.map((_, j) => (b?.counts[j] ?? 0) - (a?.counts[j] ?? 0));
            if (change.some((n) => n !== 0))
                rows.push([...key, ...change]);
        }
        const types = Object.fromEntries([...table.keys, ...table.counters].map((c) => [c, TYPES[c] ?? (table.counters.includes(c) ? 'bigint' : 'text')]));
        await (0,sql_driver/* upsertRows */.TS)(tx, table.table, [...table.keys, ...table.counters], rows, { keys: table.keys, add: table.counters, types });
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/schema.ts


const MIGRATIONS = [
    {
        version: 1,
        name: 'runs, jobs, steps, outcome records and deployments',
        statements: [
            `CREATE TABLE repositories (
        repository TEXT PRIMARY KEY,
        default_branch TEXT NOT NULL,
        updated_at DOUBLE PRECISION NOT NULL DEFAULT 0,
        runs_from BIGINT,
        deployments_from BIGINT
      )`,
            `CREATE TABLE runs (
        repository TEXT NOT NULL,
        run_id BIGINT NOT NULL,
        attempt INTEGER NOT NULL,
        workflow TEXT NOT NULL,
        event TEXT NOT NULL,
        branch TEXT NOT NULL,
        sha TEXT NOT NULL,
        conclusion TEXT NOT NULL,
        created_at DOUBLE PRECISION NOT NULL,
        started_at DOUBLE PRECISION NOT NULL,
        completed_at DOUBLE PRECISION NOT NULL,
        day BIGINT NOT NULL,
        duration DOUBLE PRECISION NOT NULL,
        queue DOUBLE PRECISION,
        artifacts INTEGER NOT NULL,
        critical_path TEXT NOT NULL,
        PRIMARY KEY (repository, run_id)
      )`,
            `CREATE INDEX runs_by_time ON runs (repository, created_at)`,
            `CREATE TABLE jobs (
        repository TEXT NOT NULL,
        run_id BIGINT NOT NULL,
        attempt INTEGER NOT NULL,
        job_id BIGINT NOT NULL,
        workflow TEXT NOT NULL,
        run_created_at DOUBLE PRECISION NOT NULL,
        name TEXT NOT NULL,
        conclusion TEXT NOT NULL,
        created_at DOUBLE PRECISION,
        started_at DOUBLE PRECISION NOT NULL,
        completed_at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (repository, run_id, attempt, job_id)
      )`,
            `CREATE INDEX jobs_by_time ON jobs (repository, run_created_at)`,
            `CREATE TABLE steps (
        repository TEXT NOT NULL,
        run_id BIGINT NOT NULL,
        job_id BIGINT NOT NULL,
        idx INTEGER NOT NULL,
        workflow TEXT NOT NULL,
        run_created_at DOUBLE PRECISION NOT NULL,
        job_name TEXT NOT NULL,
        job_ok INTEGER NOT NULL,
        name TEXT NOT NULL,
        conclusion TEXT NOT NULL,
        seconds DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (repository, run_id, job_id, idx)
      )`,
            `CREATE INDEX steps_by_time ON steps (repository, job_ok, run_created_at)`,
            `CREATE TABLE critical_path (
        repository TEXT NOT NULL,
        run_id BIGINT NOT NULL,
        name TEXT NOT NULL,
        workflow TEXT NOT NULL,
        run_created_at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (repository, run_id, name)
      )`,
            `CREATE TABLE outcomes (
        repository TEXT NOT NULL,
        run_id BIGINT NOT NULL,
        idx INTEGER NOT NULL,
        run_created_at DOUBLE PRECISION NOT NULL,
        run_sha TEXT NOT NULL,
        type TEXT NOT NULL,
        subject TEXT,
        layer TEXT,
        hit TEXT,
        signed INTEGER,
        decision TEXT,
        environment TEXT,
        verified INTEGER,
        reproducible INTEGER,
        hermetic TEXT,
        PRIMARY KEY (repository, run_id, idx)
      )`,
            `CREATE INDEX outcomes_by_time ON outcomes (repository, run_created_at)`,
            `CREATE TABLE deployments (
        repository TEXT NOT NULL,
        deployment_id BIGINT NOT NULL,
        environment TEXT NOT NULL,
        production INTEGER NOT NULL,
        sha TEXT NOT NULL,
        ref TEXT NOT NULL,
        created_at DOUBLE PRECISION NOT NULL,
        state TEXT NOT NULL,
        finished_at DOUBLE PRECISION,
        PRIMARY KEY (repository, deployment_id)
      )`,
            `CREATE TABLE deployment_commits (
        repository TEXT NOT NULL,
        deployment_id BIGINT NOT NULL,
        idx INTEGER NOT NULL,
        sha TEXT NOT NULL,
        at DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (repository, deployment_id, idx)
      )`,
        ],
    },
    {
        version: 2,
        name: 'covering indexes for the job and step figures',
        statements: [
            // The figures group a window's jobs and steps by name: with every column they read in the
            // index, in group order, the database scans the index alone and needs no sort.
            'DROP INDEX steps_by_time',
            'CREATE INDEX steps_figures ON steps (repository, job_ok, workflow, job_name, name, run_created_at, seconds)',
            'DROP INDEX jobs_by_time',
            'CREATE INDEX jobs_figures ON jobs (repository, workflow, name, run_created_at, run_id, conclusion, started_at, completed_at, created_at)',
        ],
    },
    {
        version: 3,
        name: 'indexes in value order for the job and step distributions, covering indexes for the run and outcome figures',
        statements: [
            // A distribution counts each distinct value of a group (sql-figures' histogramDistribution):
            // an index in group then value order gives the counts in one pass without a sort. The
            // expressions are written exactly as the queries write them.
            'DROP INDEX steps_figures',
            'CREATE INDEX steps_seconds ON steps (repository, job_ok, workflow, job_name, name, seconds, run_created_at)',
            'CREATE INDEX jobs_durations ON jobs (repository, conclusion, workflow, name, (completed_at - started_at), run_created_at)',
            `CREATE INDEX jobs_queues ON jobs (repository, workflow, name, (CASE WHEN started_at - created_at > 0 THEN started_at - created_at ELSE 0 END), run_created_at)
        WHERE created_at IS NOT NULL`,
            // Every column the run and outcome figures read, so they scan an index and never the
            // table (whose rows carry the critical path and the subjects).
            'DROP INDEX runs_by_time',
            'CREATE INDEX runs_figures ON runs (repository, created_at, workflow, day, conclusion, duration, queue, attempt, run_id, branch, event, artifacts)',
            'CREATE INDEX outcomes_figures ON outcomes (repository, type, run_created_at, layer, hit, decision, reproducible, hermetic, run_id, signed)',
        ],
    },
    {
        version: 4,
        name: 'counts per day kept at write time: step durations, runs, run durations and queue times, outcome records',
        statements: [
            // Whole days of a window are read from these tables, its partial days from the rows they
            // count (day-buckets.ts); saveRuns keeps them in the transaction that writes the rows.
            `CREATE TABLE step_seconds_daily (
        repository TEXT NOT NULL,
        workflow TEXT NOT NULL,
        job_name TEXT NOT NULL,
        name TEXT NOT NULL,
        seconds DOUBLE PRECISION NOT NULL,
        day BIGINT NOT NULL,
        n BIGINT NOT NULL,
        PRIMARY KEY (repository, workflow, job_name, name, seconds, day)
      )`,
            `CREATE TABLE run_counts_daily (
        repository TEXT NOT NULL,
        workflow TEXT NOT NULL,
        branch TEXT NOT NULL,
        day BIGINT NOT NULL,
        runs BIGINT NOT NULL,
        ok BIGINT NOT NULL,
        counted BIGINT NOT NULL,
        builds BIGINT NOT NULL,
        signed BIGINT NOT NULL,
        PRIMARY KEY (repository, workflow, branch, day)
      )`,
            `CREATE TABLE run_values_daily (
        repository TEXT NOT NULL,
        day BIGINT NOT NULL,
        workflow TEXT NOT NULL,
        kind TEXT NOT NULL,
        v DOUBLE PRECISION NOT NULL,
        n BIGINT NOT NULL,
        PRIMARY KEY (repository, day, workflow, kind, v)
      )`,
            `CREATE TABLE outcome_counts_daily (
        repository TEXT NOT NULL,
        day BIGINT NOT NULL,
        type TEXT NOT NULL,
        layer TEXT NOT NULL,
        hit TEXT NOT NULL,
        decision TEXT NOT NULL,
        reproducible INTEGER NOT NULL,
        hermetic TEXT NOT NULL,
        n BIGINT NOT NULL,
        PRIMARY KEY (repository, day, type, layer, hit, decision, reproducible, hermetic)
      )`,
            // One run's records by type with every column the counts read, for the day counts of the
            // runs a write touches (so neither database scans a repository's records for each run).
            'CREATE INDEX outcomes_by_run ON outcomes (repository, run_id, type, signed, layer, hit, decision, reproducible, hermetic, run_created_at)',
            // The counts of what the store already holds (the queries saveRuns keeps them with).
            ...DAILY_TABLES.map(backfillSql),
            // The steps of a window's partial days, by time.
            'DROP INDEX steps_seconds',
            'CREATE INDEX steps_by_time ON steps (repository, run_created_at)',
        ],
    },
];
/** The newest schema version this release writes. */
const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
/**
 * Brings a database to the newest schema: each missing migration in a transaction of its own.
 * On PostgreSQL an advisory lock makes collectors that start together migrate once. A database
 * newer than this release is refused rather than written with an older idea of its tables.
 */
async function migrate(driver, where, now) {
    return driver.transaction(async (tx) => {
        // The lock comes first: two collectors starting on an empty database would otherwise race
        // even on CREATE TABLE IF NOT EXISTS.
        if (tx.dialect === 'postgres')
            await tx.run('SELECT pg_advisory_xact_lock(4242017)');
        await tx.run('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at DOUBLE PRECISION NOT NULL)');
        const rows = await tx.all('SELECT MAX(version) AS v FROM schema_migrations');
        const from = Number(rows[0]?.v ?? 0);
        if (from > SCHEMA_VERSION) {
            throw new src/* UserError */.yo(`The metrics store ${where} has schema version ${from}; this release knows up to ${SCHEMA_VERSION}`, {
                hint: 'upgrade Slipway to read it; nothing was changed',
            });
        }
        for (const m of MIGRATIONS) {
            if (m.version <= from)
                continue;
            for (const s of m.statements)
                await tx.run(s);
            await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, now]);
        }
        return { from, to: SCHEMA_VERSION };
    });
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/history-store.ts





const history_store_DAY = 86_400;
const bool = (b) => (b === undefined ? null : b ? 1 : 0);
const num = (v) => Number(v);
const history_store_text = (v) => (typeof v === 'string' ? v : v === null || v === undefined ? '' : JSON.stringify(v));
const optNum = (v) => (v === null || v === undefined ? undefined : Number(v));
const RUN_COLUMNS = [
    'repository',
    'run_id',
    'attempt',
    'workflow',
    'event',
    'branch',
    'sha',
    'conclusion',
    'created_at',
    'started_at',
    'completed_at',
    'day',
    'duration',
    'queue',
    'artifacts',
    'critical_path',
];
const JOB_COLUMNS = [
    'repository',
    'run_id',
    'attempt',
    'job_id',
    'workflow',
    'run_created_at',
    'name',
    'conclusion',
    'created_at',
    'started_at',
    'completed_at',
];
const STEP_COLUMNS = [
    'repository',
    'run_id',
    'job_id',
    'idx',
    'workflow',
    'run_created_at',
    'job_name',
    'job_ok',
    'name',
    'conclusion',
    'seconds',
];
const PATH_COLUMNS = ['repository', 'run_id', 'name', 'workflow', 'run_created_at'];
const OUTCOME_COLUMNS = [
    'repository',
    'run_id',
    'idx',
    'run_created_at',
    'run_sha',
    'type',
    'subject',
    'layer',
    'hit',
    'signed',
    'decision',
    'environment',
    'verified',
    'reproducible',
    'hermetic',
];
// PostgreSQL types of the columns, for array inserts (text where not named).
const history_store_TYPES = {
    run_id: 'bigint',
    job_id: 'bigint',
    deployment_id: 'bigint',
    attempt: 'integer',
    idx: 'integer',
    artifacts: 'integer',
    job_ok: 'integer',
    signed: 'integer',
    verified: 'integer',
    reproducible: 'integer',
    production: 'integer',
    day: 'bigint',
    created_at: 'double precision',
    started_at: 'double precision',
    completed_at: 'double precision',
    run_created_at: 'double precision',
    finished_at: 'double precision',
    duration: 'double precision',
    queue: 'double precision',
    seconds: 'double precision',
    at: 'double precision',
};
function outcomeRow(repository, run, idx, o) {
    const base = [repository, run.id, idx, run.createdAt, run.sha, o.type];
    switch (o.type) {
        case 'cache':
            return [...base, null, o.layer, o.hit, null, null, null, null, null, null];
        case 'signature':
            return [...base, o.subject, null, null, bool(o.signed), null, null, null, null, null];
        case 'scan':
            return [...base, o.subject, null, null, null, o.decision, null, null, null, null];
        case 'verification':
            return [...base, o.subject, null, null, null, null, o.environment ?? null, bool(o.verified), null, null];
        case 'reproducibility':
            return [...base, o.subject, null, null, null, null, null, null, bool(o.reproducible), o.hermetic];
    }
}
function outcomeOf(r) {
    const subject = history_store_text(r['subject']);
    switch (r['type']) {
        case 'cache':
            return { type: 'cache', layer: String(r['layer']), hit: r['hit'] };
        case 'signature':
            return { type: 'signature', subject, signed: num(r['signed']) === 1 };
        case 'scan':
            return { type: 'scan', subject, decision: r['decision'] };
        case 'verification':
            return r['environment'] === null || r['environment'] === undefined
                ? { type: 'verification', subject, verified: num(r['verified']) === 1 }
                : { type: 'verification', subject, environment: history_store_text(r['environment']), verified: num(r['verified']) === 1 };
        default:
            return {
                type: 'reproducibility',
                subject,
                reproducible: num(r['reproducible']) === 1,
                hermetic: r['hermetic'],
            };
    }
}
/**
 * The history of one or many repositories in a SQL database (the port every metrics command
 * and the action use). Writes are idempotent upserts keyed on run, attempt and job ids, each
 * batch with its cursor in one transaction: a collector killed part-way leaves the store as it
 * was after its last whole window, and two collectors of one repository neither duplicate nor
 * lose rows. Reads stream.
 */
class HistoryStore {
    driver;
    location;
    constructor(driver, 
    /** The file or the URL (without its password), for messages. */
    location) {
        this.driver = driver;
        this.location = location;
    }
    /** Opens a store on a connection and brings its schema up to date. */
    static async open(driver, location, now = Date.now() / 1000) {
        await migrate(driver, location, now);
        return new HistoryStore(driver, location);
    }
    get kind() {
        return this.driver.dialect;
    }
    async close() {
        await this.driver.close();
    }
    /** Every repository in the store, by name. */
    async repositories(prefix) {
        const rows = await this.driver.all(`SELECT repository, default_branch, updated_at, runs_from, deployments_from FROM repositories${prefix ? ' WHERE repository LIKE ?' : ''} ORDER BY repository`, prefix ? [`${prefix.replace(/[%_]/g, '')}%`] : []);
        return rows.map((r) => {
            const cursor = {};
            const runsFrom = optNum(r['runs_from']);
            const deploymentsFrom = optNum(r['deployments_from']);
            if (runsFrom !== undefined)
                cursor.runsFrom = runsFrom;
            if (deploymentsFrom !== undefined)
                cursor.deploymentsFrom = deploymentsFrom;
            return { repository: String(r['repository']), defaultBranch: String(r['default_branch']), updatedAt: num(r['updated_at']), cursor };
        });
    }
    async repository(name) {
        return (await this.repositories(name)).find((r) => r.repository === name);
    }
    /** Adds the repository, or updates its default branch. */
    async ensureRepository(name, defaultBranch) {
        await (0,sql_driver/* upsertRows */.TS)(this.driver, 'repositories', ['repository', 'default_branch'], [[name, defaultBranch]], {
            keys: ['repository'],
            update: ['default_branch'],
        });
    }
    /** Ids of the runs already stored among those created in [from, to]. */
    async knownRunIds(repository, from, to) {
        const rows = await this.driver.all('SELECT run_id FROM runs WHERE repository = ? AND created_at >= ? AND created_at <= ?', [
            repository,
            from,
            to,
        ]);
        return new Set(rows.map((r) => num(r['run_id'])));
    }
    /**
     * Upserts runs with their jobs, steps, critical paths and outcome records, and moves the runs
     * cursor (never backwards), in one transaction. A stored later attempt of a run is kept.
     */
    async saveRuns(repository, runs, cursor = {}) {
        await this.driver.transaction(async (tx) => {
            const runRows = [];
            const jobRows = [];
            const stepRows = [];
            const pathRows = [];
            const outcomeRows = [];
            for (const run of runs) {
                const path = run.conclusion === 'success' ? critical_path_criticalPath(run.jobs.filter((j) => j.attempt === run.attempt)) : [];
                runRows.push([
                    repository,
                    run.id,
                    run.attempt,
                    run.workflow,
                    run.event,
                    run.branch,
                    run.sha,
                    run.conclusion,
                    run.createdAt,
                    run.startedAt,
                    run.completedAt,
                    Math.floor(run.createdAt / history_store_DAY),
                    run_figures_runSeconds(run),
                    run_figures_runQueueSeconds(run) ?? null,
                    run.artifacts,
                    JSON.stringify(path),
                ]);
                for (const name of new Set(path.map((p) => p.name)))
                    pathRows.push({ id: run.id, attempt: run.attempt, row: [repository, run.id, name, run.workflow, run.createdAt] });
                for (const job of run.jobs) {
                    jobRows.push([
                        repository,
                        run.id,
                        job.attempt,
                        job.id,
                        run.workflow,
                        run.createdAt,
                        job.name,
                        job.conclusion,
                        job.createdAt ?? null,
                        job.startedAt,
                        job.completedAt,
                    ]);
                    job.steps.forEach((s, i) => stepRows.push([
                        repository,
                        run.id,
                        job.id,
                        i,
                        run.workflow,
                        run.createdAt,
                        job.name,
                        job.conclusion === 'success' ? 1 : 0,
                        s.name,
                        s.conclusion,
                        s.seconds,
                    ]));
                }
                run.outcomes.forEach((o, i) => outcomeRows.push(outcomeRow(repository, run, i, o)));
            }
            // Writers of one repository take turns (SQLite has one writer anyway), so the day counts
            // read before the write are those the write changes.
            if (tx.dialect === 'postgres')
                await tx.run('SELECT pg_advisory_xact_lock(4242018, hashtext(?))', [repository]);
            const ids = [...new Set(runs.map((r) => r.id))];
            const before = await dailySnapshot(tx, repository, ids);
            await (0,sql_driver/* upsertRows */.TS)(tx, 'runs', RUN_COLUMNS, runRows, {
                keys: ['repository', 'run_id'],
                where: 'excluded.attempt >= runs.attempt',
                types: history_store_TYPES,
            });
            await (0,sql_driver/* upsertRows */.TS)(tx, 'jobs', JOB_COLUMNS, jobRows, { keys: ['repository', 'run_id', 'attempt', 'job_id'], types: history_store_TYPES });
            await (0,sql_driver/* upsertRows */.TS)(tx, 'steps', STEP_COLUMNS, stepRows, { keys: ['repository', 'run_id', 'job_id', 'idx'], types: history_store_TYPES });
            // A run written again replaces its critical path: a re-run that failed has none, another
            // attempt its own. A stored later attempt keeps its rows, as it kept its run row above.
            const stored = await storedAttempts(tx, repository, ids);
            const latest = new Map();
            for (const r of runs)
                latest.set(r.id, Math.max(latest.get(r.id) ?? r.attempt, r.attempt));
            const replaced = ids.filter((id) => latest.get(id) === stored.get(id));
            for (const list of (0,sql_driver/* inLists */.rG)(replaced))
                await tx.run(`DELETE FROM critical_path WHERE repository = ? AND run_id IN (${list.marks})`, [repository, ...list.ids]);
            const kept = new Set(replaced);
            const newPaths = pathRows.filter((p) => kept.has(p.id) && p.attempt === latest.get(p.id)).map((p) => p.row);
            await (0,sql_driver/* upsertRows */.TS)(tx, 'critical_path', PATH_COLUMNS, newPaths, { keys: ['repository', 'run_id', 'name'], types: history_store_TYPES });
            await (0,sql_driver/* upsertRows */.TS)(tx, 'outcomes', OUTCOME_COLUMNS, outcomeRows, { keys: ['repository', 'run_id', 'idx'], types: history_store_TYPES });
            await applyDailyChange(tx, before, await dailySnapshot(tx, repository, ids));
            await this.moveCursor(tx, repository, 'runs_from', cursor.runsFrom, cursor.updatedAt);
        });
    }
    /** Every deployment of a repository, oldest first (a few thousand at most: read whole). */
    async deployments(repository) {
        const rows = await this.driver.all('SELECT deployment_id, environment, production, sha, ref, created_at, state, finished_at FROM deployments WHERE repository = ? ORDER BY created_at, deployment_id', [repository]);
        const commits = new Map();
        for await (const c of this.driver.iterate('SELECT deployment_id, sha, at FROM deployment_commits WHERE repository = ? ORDER BY deployment_id, idx', [repository])) {
            const id = num(c['deployment_id']);
            const list = commits.get(id) ?? [];
            list.push({ sha: String(c['sha']), at: num(c['at']) });
            commits.set(id, list);
        }
        return rows.map((r) => {
            const d = {
                id: num(r['deployment_id']),
                environment: String(r['environment']),
                production: num(r['production']) === 1,
                sha: String(r['sha']),
                ref: String(r['ref']),
                createdAt: num(r['created_at']),
                state: r['state'],
                commits: commits.get(num(r['deployment_id'])) ?? [],
            };
            const finishedAt = optNum(r['finished_at']);
            if (finishedAt !== undefined)
                d.finishedAt = finishedAt;
            return d;
        });
    }
    /** Upserts deployments (a finished one is never turned back to pending) and moves the deployments cursor, in one transaction. */
    async saveDeployments(repository, deployments, cursor = {}) {
        await this.driver.transaction(async (tx) => {
            await (0,sql_driver/* upsertRows */.TS)(tx, 'deployments', ['repository', 'deployment_id', 'environment', 'production', 'sha', 'ref', 'created_at', 'state', 'finished_at'], deployments.map((d) => [
                repository,
                d.id,
                d.environment,
                d.production ? 1 : 0,
                d.sha,
                d.ref,
                d.createdAt,
                d.state,
                d.finishedAt ?? null,
            ]), { keys: ['repository', 'deployment_id'], where: "excluded.state <> 'pending' OR deployments.state = 'pending'", types: history_store_TYPES });
            const commitRows = [];
            for (const d of deployments)
                d.commits.forEach((c, i) => commitRows.push([repository, d.id, i, c.sha, c.at]));
            await (0,sql_driver/* upsertRows */.TS)(tx, 'deployment_commits', ['repository', 'deployment_id', 'idx', 'sha', 'at'], commitRows, {
                keys: ['repository', 'deployment_id', 'idx'],
                types: history_store_TYPES,
            });
            await this.moveCursor(tx, repository, 'deployments_from', cursor.deploymentsFrom, cursor.updatedAt);
        });
    }
    async moveCursor(tx, repository, column, value, updatedAt) {
        if (value !== undefined) {
            // Forward only: a value another collector already wrote was valid when it was written.
            await tx.run(`UPDATE repositories SET ${column} = CASE WHEN ${column} IS NULL OR ${column} < ? THEN ? ELSE ${column} END WHERE repository = ?`, [value, value, repository]);
        }
        if (updatedAt !== undefined)
            await tx.run('UPDATE repositories SET updated_at = CASE WHEN updated_at < ? THEN ? ELSE updated_at END WHERE repository = ?', [
                updatedAt,
                updatedAt,
                repository,
            ]);
    }
    /** Rows per table, of one repository or of all. */
    async counts(repository) {
        const where = repository === undefined ? '' : ' WHERE repository = ?';
        const params = repository === undefined ? [] : [repository];
        const count = async (table) => num((await this.driver.all(`SELECT COUNT(*) AS n FROM ${table}${where}`, params))[0]?.['n'] ?? 0);
        return {
            repositories: await count('repositories'),
            runs: await count('runs'),
            jobs: await count('jobs'),
            steps: await count('steps'),
            outcomes: await count('outcomes'),
            deployments: await count('deployments'),
            commits: await count('deployment_commits'),
        };
    }
    /**
     * The runs of a repository created in [from, to] as history records, oldest first, read in
     * batches of one repository-day range at a time so memory stays flat however long the history.
     */
    async *runs(repository, from = -Infinity, to = Infinity) {
        const lo = Number.isFinite(from) ? from : -1e15;
        const hi = Number.isFinite(to) ? to : 1e15;
        const batch = 500;
        let after;
        for (;;) {
            const params = [repository, lo, hi];
            let page = 'SELECT * FROM runs WHERE repository = ? AND created_at >= ? AND created_at <= ?';
            if (after) {
                page += ' AND (created_at > ? OR (created_at = ? AND run_id > ?))';
                params.push(after.at, after.at, after.id);
            }
            const rows = await this.driver.all(`${page} ORDER BY created_at, run_id LIMIT ${batch}`, params);
            if (rows.length === 0)
                return;
            const ids = rows.map((r) => num(r['run_id']));
            const marks = ids.map(() => '?').join(', ');
            const jobs = new Map();
            const jobIndex = new Map();
            for (const j of await this.driver.all(`SELECT * FROM jobs WHERE repository = ? AND run_id IN (${marks}) ORDER BY run_id, attempt, started_at, job_id`, [repository, ...ids])) {
                const job = {
                    id: num(j['job_id']),
                    name: String(j['name']),
                    attempt: num(j['attempt']),
                    conclusion: String(j['conclusion']),
                    startedAt: num(j['started_at']),
                    completedAt: num(j['completed_at']),
                    steps: [],
                };
                const createdAt = optNum(j['created_at']);
                if (createdAt !== undefined)
                    job.createdAt = createdAt;
                const list = jobs.get(num(j['run_id'])) ?? [];
                list.push(job);
                jobs.set(num(j['run_id']), list);
                jobIndex.set(job.id, job);
            }
            for (const s of await this.driver.all(`SELECT job_id, name, conclusion, seconds FROM steps WHERE repository = ? AND run_id IN (${marks}) ORDER BY job_id, idx`, [repository, ...ids]))
                jobIndex
                    .get(num(s['job_id']))
                    ?.steps.push({ name: String(s['name']), conclusion: String(s['conclusion']), seconds: num(s['seconds']) });
            const outcomes = new Map();
            for (const o of await this.driver.all(`SELECT * FROM outcomes WHERE repository = ? AND run_id IN (${marks}) ORDER BY run_id, idx`, [
                repository,
                ...ids,
            ])) {
                const list = outcomes.get(num(o['run_id'])) ?? [];
                list.push(outcomeOf(o));
                outcomes.set(num(o['run_id']), list);
            }
            for (const r of rows) {
                const id = num(r['run_id']);
                yield {
                    id,
                    workflow: String(r['workflow']),
                    event: String(r['event']),
                    branch: String(r['branch']),
                    sha: String(r['sha']),
                    attempt: num(r['attempt']),
                    conclusion: String(r['conclusion']),
                    createdAt: num(r['created_at']),
                    startedAt: num(r['started_at']),
                    completedAt: num(r['completed_at']),
                    jobs: jobs.get(id) ?? [],
                    artifacts: num(r['artifacts']),
                    outcomes: outcomes.get(id) ?? [],
                };
            }
            const last = rows[rows.length - 1];
            after = { at: num(last['created_at']), id: num(last['run_id']) };
            if (rows.length < batch)
                return;
        }
    }
}
/** The attempt each stored run of `ids` has. */
async function storedAttempts(tx, repository, ids) {
    const out = new Map();
    for (const list of (0,sql_driver/* inLists */.rG)(ids)) {
        const rows = await tx.all(`SELECT run_id, attempt FROM runs WHERE repository = ? AND run_id IN (${list.marks})`, [
            repository,
            ...list.ids,
        ]);
        for (const r of rows)
            out.set(Number(r['run_id']), Number(r['attempt']));
    }
    return out;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:sqlite"
var external_node_sqlite_ = __webpack_require__(80099);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./packages/metrics/src/store/sqlite-readers.ts

// Read-only connections to one SQLite file, each in a worker thread, so the independent queries
// of a report run on every core at once (WAL mode lets readers run beside each other and beside
// a writer). A query waits for the first idle reader.
// Plain JavaScript evaluated in the worker: no file to find, in a bundle or from the sources.
const READER = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.path, { readOnly: true, timeout: workerData.timeout });
parentPort.on('message', ({ sql, params }) => {
  try {
    parentPort.postMessage({ rows: db.prepare(sql).all(...params) });
  } catch (error) {
    parentPort.postMessage({ error: { message: String(error && error.message), code: error && error.code, errcode: error && error.errcode } });
  }
});
`;
/** A fixed number of reader threads on one database file, started at the first query. */
class SqliteReaders {
    path;
    size;
    timeout;
    readers = [];
    waiting = [];
    closed = false;
    constructor(path, size, timeout) {
        this.path = path;
        this.size = size;
        this.timeout = timeout;
    }
    /** All rows of a read-only query, from the first idle reader. */
    async all(sql, params) {
        const reader = await this.idle();
        try {
            const reply = await new Promise((resolve, reject) => {
                const fail = (error) => {
                    // A reader that failed is not used again; the next query starts another.
                    this.readers = this.readers.filter((r) => r !== reader);
                    reject(error);
                };
                reader.worker.once('error', fail);
                reader.worker.once('message', (m) => {
                    reader.worker.off('error', fail);
                    resolve(m);
                });
                reader.worker.postMessage({ sql, params });
            });
            if (reply.error)
                throw Object.assign(new Error(reply.error.message), { code: reply.error.code, errcode: reply.error.errcode });
            return (reply.rows ?? []);
        }
        finally {
            reader.busy = false;
            this.waiting.shift()?.();
        }
    }
    async idle() {
        for (;;) {
            if (this.closed)
                throw new Error('the store is closed');
            const free = this.readers.find((r) => !r.busy);
            if (free) {
                free.busy = true;
                return free;
            }
            if (this.readers.length < this.size) {
                const worker = new external_node_worker_threads_.Worker(READER, { eval: true, workerData: { path: this.path, timeout: this.timeout } });
                // A reader never keeps the process alive on its own.
                worker.unref();
                const reader = { worker, busy: true };
                this.readers.push(reader);
                return reader;
            }
            await new Promise((resolve) => this.waiting.push(resolve));
        }
    }
    /** Stops every reader. */
    async close() {
        this.closed = true;
        const readers = this.readers;
        this.readers = [];
        await Promise.all(readers.map((r) => r.worker.terminate()));
        for (const wake of this.waiting.splice(0))
            wake();
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/sqlite-driver.ts




const TIMEOUT_MS = 30_000;
/**
 * The size (the file and its write-ahead log) from which reads go to reader threads. Each thread
 * costs tens of milliseconds to start and about 12 MiB; below this a report's queries take less
 * than that on the connection (a small history, such as a first collection, stays there).
 */
const READER_THREADS_FROM_BYTES = 8 * 1024 * 1024;
/** Bytes of the database file and its WAL, 0 for what is not there. */
function databaseBytes(path) {
    const size = (p) => (0,external_node_fs_.statSync)(p, { throwIfNoEntry: false })?.size ?? 0;
    return size(path) + size(`${path}-wal`);
}
/**
 * SQLite through `node:sqlite` (built into Node 24): one file, no server, no native module.
 * WAL mode and a busy timeout let a second process read, or wait its turn to write. Reads
 * outside a transaction go to reader threads (one per core, at most 4) once the database holds
 * `readersFromBytes` (READER_THREADS_FROM_BYTES by default), so a large report's independent
 * queries run at once; writes and reads in a transaction use this connection.
 */
class SqliteDriver {
    db;
    readers;
    path;
    readersFromBytes;
    dialect = 'sqlite';
    depth = 0;
    sharing = false;
    constructor(db, readers, path, readersFromBytes) {
        this.db = db;
        this.readers = readers;
        this.path = path;
        this.readersFromBytes = readersFromBytes;
    }
    /** Opens (and creates) the database file; `:memory:` has no reader threads (nothing to share). */
    static open(path, options = {}) {
        const db = new external_node_sqlite_.DatabaseSync(path, { timeout: TIMEOUT_MS });
        db.exec('PRAGMA journal_mode = WAL');
        db.exec('PRAGMA synchronous = NORMAL');
        db.exec('PRAGMA foreign_keys = ON');
        const size = Math.min(4, (0,external_node_os_.availableParallelism)());
        const readers = path === ':memory:' || size < 2 ? undefined : new SqliteReaders(path, size, TIMEOUT_MS);
        return new SqliteDriver(db, readers, path, options.readersFromBytes ?? READER_THREADS_FROM_BYTES);
    }
    /** Whether reads outside a transaction go to reader threads: from the first read that finds the database big enough on. */
    get readsOnThreads() {
        if (!this.sharing && this.readers)
            this.sharing = databaseBytes(this.path) >= this.readersFromBytes;
        return this.sharing;
    }
    all(sql, params = []) {
        if (this.readers && this.depth === 0 && this.readsOnThreads)
            return this.readers.all(sql, params);
        return Promise.resolve(this.db.prepare(sql).all(...params));
    }
    iterate(sql, params = []) {
        const rows = this.db.prepare(sql).iterate(...params);
        return {
            [Symbol.asyncIterator]: () => ({
                next: () => Promise.resolve(rows.next()),
                return: () => Promise.resolve(rows.return?.() ?? { done: true, value: undefined }),
            }),
        };
    }
    run(sql, params = []) {
        this.db.prepare(sql).run(...params);
        return Promise.resolve();
    }
    async transaction(fn) {
        // A nested call joins the open transaction. IMMEDIATE takes the write lock at once, so two
        // writers queue instead of failing half-way.
        if (this.depth > 0)
            return fn(this);
        this.db.exec('BEGIN IMMEDIATE');
        this.depth += 1;
        try {
            const value = await fn(this);
            this.db.exec('COMMIT');
            return value;
        }
        catch (error) {
            if (this.db.isTransaction)
                this.db.exec('ROLLBACK');
            throw error;
        }
        finally {
            this.depth -= 1;
        }
    }
    async close() {
        await this.readers?.close();
        if (this.db.isOpen)
            this.db.close();
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/open-store.ts






const SQLITE_MAGIC = 'SQLite format 3\u0000';
async function firstBytes(path, shown, n) {
    const info = await (0,promises_.stat)(path).catch((error) => {
        if (error.code === 'ENOENT')
            return undefined;
        throw new src/* UserError */.yo(`Cannot read the metrics store ${shown}: ${(0,src/* errorMessage */.gJ)(error)}`, { cause: error });
    });
    if (info === undefined)
        return undefined;
    if (!info.isFile()) {
        throw new src/* UserError */.yo(`The metrics store ${shown} is ${info.isDirectory() ? 'a folder' : 'not a regular file'}`, {
            code: src/* errorCodes */.fv.inputUnreadable,
            hint: 'give --data (or data-file) the path of the store file, not a folder',
        });
    }
    let handle;
    try {
        handle = await (0,promises_.open)(path, 'r');
    }
    catch (error) {
        throw new src/* UserError */.yo(`Cannot read the metrics store ${shown}: ${(0,src/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    try {
        const buf = Buffer.alloc(n);
        const { bytesRead } = await handle.read(buf, 0, n, 0);
        return buf.subarray(0, bytesRead).toString('latin1');
    }
    finally {
        await handle.close();
    }
}
/**
 * Refuses an SQLite file that its own header says is cut short (a copy or download that
 * stopped part-way), before SQLite opens it and adds its -wal and -shm files beside it. The
 * header's page count is trusted only when SQLite marks it valid, and only when no WAL file is
 * beside the store (pages not yet checkpointed live there).
 */
async function checkSqliteLength(path, shown) {
    const info = await (0,promises_.stat)(path);
    const handle = await (0,promises_.open)(path, 'r');
    const header = Buffer.alloc(100);
    let bytesRead;
    try {
        ({ bytesRead } = await handle.read(header, 0, 100, 0));
    }
    finally {
        await handle.close();
    }
    const cut = (detail) => new src/* UserError */.yo(`The metrics store ${shown} is not a readable SQLite database: ${detail} (was the file cut short?)`, {
        code: src/* errorCodes */.fv.inputUnreadable,
        hint: 'nothing was changed; restore it from its cache or branch, or move it away to start a new store',
    });
    if (bytesRead < 100)
        throw cut(`its header is ${bytesRead} of 100 bytes`);
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0)
        throw cut(`its header gives a page size of ${raw}`);
    const hasWal = await (0,promises_.stat)(`${path}-wal`).then(() => true, () => false);
    if (hasWal)
        return;
    if (info.size % pageSize !== 0)
        throw cut(`${info.size} bytes is not a whole number of ${pageSize}-byte pages`);
    const pages = header.readUInt32BE(28);
    const valid = pages > 0 && header.readUInt32BE(92) === header.readUInt32BE(24);
    if (valid && info.size < pages * pageSize)
        throw cut(`it holds ${info.size} of the ${pages * pageSize} bytes its header declares`);
}
/** The URL as it may be shown: without its password. */
function safeUrl(url) {
    const copy = new URL(url.toString());
    if (copy.password)
        copy.password = '***';
    return copy.toString();
}
/** Opens PostgreSQL from a `postgres://` URL; a bad URL or an unreachable server is a UserError naming it. */
async function openPostgres(value, field = '--store', options = {}) {
    const url = (0,src/* parseUserUrl */.yy)(value, field, ['postgres:', 'postgresql:']);
    const shown = safeUrl(url);
    // node-postgres is loaded only for a PostgreSQL store: a step on a SQLite file never needs it.
    const { PostgresDriver } = await Promise.all(/* import() */[__webpack_require__.e(50), __webpack_require__.e(391)]).then(__webpack_require__.bind(__webpack_require__, 50391));
    const driver = PostgresDriver.open(url.toString(), options);
    try {
        return await HistoryStore.open(driver, shown);
    }
    catch (error) {
        await driver.close().catch(() => undefined);
        if (error instanceof src/* UserError */.yo)
            throw error;
        const code = error.code;
        throw new src/* UserError */.yo(`Cannot use the metrics store ${shown}: ${(0,src/* errorMessage */.gJ)(error)}${typeof code === 'string' ? ` (${code})` : ''}`, {
            cause: error,
            code: code === 'ECONNREFUSED' || code === 'ENOTFOUND' ? src/* errorCodes */.fv.networkUnreachable : undefined,
            hint: 'check that PostgreSQL runs at that address and that the user may create tables in the database',
        });
    }
}
/** Copies a whole JSON history into a store: its repository, cursor, runs and deployments. */
async function importHistory(store, history) {
    const repo = history.repository;
    await store.ensureRepository(repo, history.defaultBranch);
    for (let i = 0; i < history.runs.length; i += 1000)
        await store.saveRuns(repo, history.runs.slice(i, i + 1000));
    await store.saveDeployments(repo, history.deployments);
    await store.saveRuns(repo, [], {
        ...(history.cursor.runsFrom === undefined ? {} : { runsFrom: history.cursor.runsFrom }),
        updatedAt: history.updatedAt,
    });
    if (history.cursor.deploymentsFrom !== undefined)
        await store.saveDeployments(repo, [], { deploymentsFrom: history.cursor.deploymentsFrom });
}
/** What a history holds, counted the way `StoreCounts` counts a store. */
function historyCounts(history) {
    let jobs = 0;
    let steps = 0;
    let outcomes = 0;
    for (const r of history.runs) {
        jobs += r.jobs.length;
        outcomes += r.outcomes.length;
        for (const j of r.jobs)
            steps += j.steps.length;
    }
    return {
        runs: new Set(history.runs.map((r) => r.id)).size,
        jobs,
        steps,
        outcomes,
        deployments: new Set(history.deployments.map((d) => d.id)).size,
        commits: history.deployments.reduce((n, d) => n + d.commits.length, 0),
    };
}
/** Refuses a migration whose store does not hold every row of the history. */
function checkCounts(history, counts, where) {
    const want = historyCounts(history);
    const short = Object.keys(want).filter((k) => counts[k] < want[k]);
    if (short.length > 0) {
        throw new src/* UserError */.yo(`The migration into ${where} is incomplete: ${short.map((k) => `${k} ${counts[k]} of ${want[k]}`).join(', ')}`, {
            hint: 'the source history was not changed; run the migration again',
        });
    }
}
/**
 * Opens the embedded store at `path`: an SQLite file, created when missing unless `mustExist`. A JSON history
 * found there is migrated in place: the SQLite store is built beside it, checked by counts,
 * and renamed over it, while the JSON file is kept as `<path>.json-history`. A symbolic link
 * at `path` stays a link (its target becomes the store).
 */
async function openSqlite(path, repository, options = {}) {
    const real = await (0,src/* canonicalPath */.Op)(path);
    const head = await firstBytes(real, path, 16);
    if (head === undefined && options.mustExist) {
        throw new src/* UserError */.yo(`The metrics store ${path} does not exist`, {
            code: src/* errorCodes */.fv.inputUnreadable,
            hint: 'collect into it first (slipway metrics collect --data FILE), or give the path of an existing store',
        });
    }
    if (head === undefined || head.length === 0 || head === SQLITE_MAGIC) {
        const created = head === undefined;
        if (head !== undefined && head.length === 0) {
            throw new src/* UserError */.yo(`The metrics store ${path} is an empty file`, { hint: 'remove it to start a new store, or give the right path' });
        }
        if (!created)
            await checkSqliteLength(real, path);
        return { store: await openSqliteFile(real, path), created };
    }
    if (!head.trimStart().startsWith('{')) {
        throw new src/* UserError */.yo(`${path} is neither an SQLite metrics store nor a JSON history`, {
            hint: 'give --data a history file that slipway metrics wrote, or a new path',
        });
    }
    const loaded = await loadHistory(real, repository);
    const history = loaded.history;
    // A fixed name beside the target: a migration killed part-way is simply redone next time.
    const building = (0,external_node_path_.join)((0,external_node_path_.dirname)(real), `.${(0,external_node_path_.basename)(real)}.migrating`);
    await (0,promises_.rm)(building, { force: true });
    await (0,promises_.rm)(`${building}-wal`, { force: true });
    await (0,promises_.rm)(`${building}-shm`, { force: true });
    const store = await openSqliteFile(building, building);
    try {
        await importHistory(store, history);
        const counts = await store.counts();
        checkCounts(history, counts, path);
        await store.close();
        const kept = `${real}.json-history`;
        await (0,promises_.rename)(real, kept);
        await (0,promises_.rename)(building, real);
        await (0,promises_.rm)(`${building}-wal`, { force: true });
        await (0,promises_.rm)(`${building}-shm`, { force: true });
        return {
            store: await openSqliteFile(real, path),
            created: false,
            migrated: { from: path, kept, counts, ...(loaded.problem ? { problem: loaded.problem } : {}) },
        };
    }
    catch (error) {
        await store.close().catch(() => undefined);
        await (0,promises_.rm)(building, { force: true });
        throw error;
    }
}
/** Removes the -wal and -shm files that opening `file` made, when they were not there before. */
async function removeMadeSidecars(file, before) {
    for (const suffix of ['-wal', '-shm']) {
        if (!before.includes(suffix))
            await (0,promises_.rm)(`${file}${suffix}`, { force: true }).catch(() => undefined);
    }
}
async function openSqliteFile(file, shown) {
    const sidecars = [];
    for (const suffix of ['-wal', '-shm'])
        if (await (0,promises_.stat)(`${file}${suffix}`).catch(() => undefined))
            sidecars.push(suffix);
    let driver;
    try {
        const info = await (0,promises_.stat)(file).catch(() => undefined);
        if (info?.isDirectory())
            throw Object.assign(new Error('it is a directory'), { code: 'EISDIR' });
        if (file !== ':memory:')
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
        driver = SqliteDriver.open(file);
    }
    catch (error) {
        if (file !== ':memory:')
            await removeMadeSidecars(file, sidecars);
        const detail = error instanceof Error ? error.message : (0,src/* errorMessage */.gJ)(error);
        // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26): the file is there but damaged.
        const errcode = error.errcode;
        if (errcode === 11 || errcode === 26)
            throw new src/* UserError */.yo(`The metrics store ${shown} is not a readable SQLite database: ${detail}`, {
                cause: error,
                hint: 'nothing was changed; restore it from its cache or branch, or move it away to start a new store',
            });
        throw new src/* UserError */.yo(`Cannot open the metrics store ${shown}: ${detail}`, {
            cause: error,
            hint: 'give --data a file path in a writable folder',
        });
    }
    try {
        return await HistoryStore.open(driver, shown);
    }
    catch (error) {
        await driver.close();
        // Refused untouched: the damaged file is left as it was, with nothing new beside it.
        if (file !== ':memory:')
            await removeMadeSidecars(file, sidecars);
        if (error instanceof src/* UserError */.yo)
            throw error;
        throw new src/* UserError */.yo(`The metrics store ${shown} is not a readable SQLite database: ${(0,src/* errorMessage */.gJ)(error)}`, {
            cause: error,
            hint: 'restore it from its cache or branch, or move it away to start a new store',
        });
    }
}
/** Opens the store a command was given. */
async function openStore(location, options = {}) {
    if ('store' in location)
        return { store: await openPostgres(location.store, '--store', options), created: false };
    return openSqlite(location.data, options.repository, { mustExist: options.mustExist ?? false });
}
/** Copies every repository, run and deployment of one store into another (idempotent upserts), for merging two copies of a store. */
async function copyStore(from, into) {
    for (const repo of await from.repositories()) {
        await into.ensureRepository(repo.repository, repo.defaultBranch);
        let batch = [];
        for await (const run of from.runs(repo.repository)) {
            batch.push(run);
            if (batch.length >= 500) {
                await into.saveRuns(repo.repository, batch);
                batch = [];
            }
        }
        await into.saveRuns(repo.repository, batch, {
            ...(repo.cursor.runsFrom === undefined ? {} : { runsFrom: repo.cursor.runsFrom }),
            updatedAt: repo.updatedAt,
        });
        await into.saveDeployments(repo.repository, await from.deployments(repo.repository), {
            ...(repo.cursor.deploymentsFrom === undefined ? {} : { deploymentsFrom: repo.cursor.deploymentsFrom }),
        });
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/dora.ts

/** Which deployments count as production: the named environments, or those GitHub marks production. */
function dora_isProduction(d, environments) {
    return environments.length > 0 ? environments.includes(d.environment) : d.production;
}
/** DORA figures for deployments that finished in [from, to] (seconds). */
function dora_doraFigures(all, environments, from, to) {
    const windowDays = (to - from) / 86_400;
    const finished = all
        .filter((d) => d.state !== 'pending' && d.finishedAt !== undefined && dora_isProduction(d, environments))
        .sort((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0) || a.id - b.id);
    const inWindow = (d) => (d.finishedAt ?? 0) >= from && (d.finishedAt ?? 0) <= to;
    const successes = finished.filter((d) => d.state === 'success' && inWindow(d));
    const failures = finished.filter((d) => d.state !== 'success' && inWindow(d));
    const leads = [];
    for (const d of successes)
        for (const c of d.commits)
            leads.push(Math.max(0, (d.finishedAt ?? 0) - c.at));
    const recoveries = [];
    let unrecovered = 0;
    const streakStart = new Map();
    for (const d of finished) {
        const at = d.finishedAt ?? 0;
        if (d.state === 'success') {
            const start = streakStart.get(d.environment);
            if (start !== undefined && start >= from && start <= to)
                recoveries.push(at - start);
            streakStart.delete(d.environment);
        }
        else if (!streakStart.has(d.environment)) {
            streakStart.set(d.environment, at);
        }
    }
    for (const start of streakStart.values())
        if (start >= from && start <= to)
            unrecovered += 1;
    return {
        windowDays,
        deployments: successes.length,
        deploymentsPerDay: windowDays > 0 ? successes.length / windowDays : 0,
        leadTime: percentiles_distribution(leads),
        failedDeployments: failures.length,
        changeFailureRate: percentiles_ratio(failures.length, failures.length + successes.length),
        recoveryTime: percentiles_distribution(recoveries),
        unrecovered,
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/run-counts.ts


const run_counts_num = (v) => Number(v ?? 0);
const repoIn = (alias, names) => `${alias}repository IN (${names.map(() => '?').join(', ')})`;
/**
 * The counts of a day-count table over [from, to] per `groups` (of its key columns), summed:
 * the table for the window's whole days, its definition over the detail rows for the partial days.
 */
async function windowCounts(store, table, repositories, w, groups, where = '1 = 1') {
    if (repositories.length === 0)
        return [];
    const plan = planDays([w.from, w.to]);
    const days = daySegments(plan);
    const cols = [...groups, ...table.counters].join(', ');
    const parts = [`SELECT ${cols} FROM ${table.table} WHERE ${repoIn('', repositories)} AND ${days.where} AND ${where}`];
    const params = [...repositories, ...days.whereParams];
    for (const e of plan.edges) {
        const edge = edgeSql(e, table.time);
        parts.push(`SELECT ${cols} FROM (${table.select(`${repoIn(`${table.alias}.`, repositories)} AND ${edge.sql}`)}) e WHERE ${where}`);
        params.push(...repositories, ...edge.params);
    }
    const g = groups.length === 0 ? '' : ` GROUP BY ${groups.join(', ')}`;
    return store.driver.all(`SELECT ${[...groups, ...table.counters.map((c) => `SUM(${c}) AS ${c}`)].join(', ')} FROM (${parts.join(' UNION ALL ')}) u${g}`, params);
}
/** Runs, successes, success-rate runs, builds and signed builds per repository, workflow and branch over [from, to]. */
async function runCounts(store, repositories, w) {
    const rows = await windowCounts(store, RUN_COUNTS_DAILY, repositories, w, ['repository', 'workflow', 'branch']);
    return rows
        .map((r) => ({
        repository: String(r['repository']),
        workflow: String(r['workflow']),
        branch: String(r['branch']),
        runs: run_counts_num(r['runs']),
        ok: run_counts_num(r['ok']),
        counted: run_counts_num(r['counted']),
        builds: run_counts_num(r['builds']),
        signed: run_counts_num(r['signed']),
    }))
        .filter((r) => r.runs > 0);
}
/**
 * Counts per value of run durations and queue times per repository and workflow: over the
 * window [from, to], and durations over the baseline [baselineFrom, recentFrom) and the recent
 * window [recentFrom, to] the regressions compare.
 */
async function runValues(store, repositories, w) {
    if (repositories.length === 0)
        return [];
    const bounds = [w.baselineFrom, w.from, w.recentFrom, w.to].sort((a, b) => a - b);
    const plan = planDays(bounds);
    const days = daySegments(plan);
    const parts = [
        `SELECT repository, workflow, kind, ${days.seg} AS seg, v, n FROM ${RUN_VALUES_DAILY.table} WHERE ${repoIn('', repositories)} AND ${days.where}`,
    ];
    const params = [...days.segParams, ...repositories, ...days.whereParams];
    for (const e of plan.edges) {
        const edge = edgeSql(e, 'r.created_at');
        parts.push(`SELECT repository, workflow, kind, ${e.seg} AS seg, v, n FROM (${RUN_VALUES_DAILY.select(`${repoIn('r.', repositories)} AND ${edge.sql}`)}) e`);
        params.push(...repositories, ...edge.params);
    }
    const rows = await store.driver.all(`SELECT repository, workflow, kind, seg, v, SUM(n) AS n FROM (${parts.join(' UNION ALL ')}) u WHERE seg IS NOT NULL GROUP BY repository, workflow, kind, seg, v`, params);
    // Which of the figures each period between the bounds counts in.
    const last = bounds.length - 2;
    const periods = bounds.slice(0, -1).map((lo, i) => {
        const hi = bounds[i + 1];
        return {
            window: lo >= w.from && hi <= w.to,
            recent: lo >= w.recentFrom && hi <= w.to,
            baseline: lo >= w.baselineFrom && hi <= w.recentFrom && (i !== last || hi < w.recentFrom),
        };
    });
    const out = new Map();
    const add = (m, v, n) => void m.set(v, (m.get(v) ?? 0) + n);
    for (const r of rows) {
        const repository = String(r['repository']);
        const workflow = String(r['workflow']);
        const k = `${repository}\u0000${workflow}`;
        const e = out.get(k) ?? {
            repository,
            workflow,
            duration: new Map(),
            queue: new Map(),
            baseline: new Map(),
            recent: new Map(),
        };
        out.set(k, e);
        const p = periods[run_counts_num(r['seg'])];
        const v = run_counts_num(r['v']);
        const n = run_counts_num(r['n']);
        if (!p || n === 0)
            continue;
        if (String(r['kind']) === 'q') {
            if (p.window)
                add(e.queue, v, n);
            continue;
        }
        if (p.window)
            add(e.duration, v, n);
        if (p.recent)
            add(e.recent, v, n);
        if (p.baseline)
            add(e.baseline, v, n);
    }
    return [...out.values()];
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/sql-report.ts







const sql_report_DAY = 86_400;
const iso = (s) => new Date(s * 1000).toISOString();
const dayText = (day) => iso(day * sql_report_DAY).slice(0, 10);
const sql_report_num = (v) => Number(v ?? 0);
const minutes = (s) => `${(s / 60).toFixed(1)} min`;
/** A job's queue time, as the `jobs_queues` index holds it. */
const STEP_GROUPS = ['workflow', 'job_name', 'name'];
const JOB_QUEUE = 'CASE WHEN started_at - created_at > 0 THEN started_at - created_at ELSE 0 END';
function windowOf(options) {
    const windowDays = options.windowDays ?? 30;
    const to = options.now;
    const from = to - windowDays * sql_report_DAY;
    const recentFrom = to - (options.recentDays ?? 7) * sql_report_DAY;
    return { from, to, recentFrom, baselineFrom: recentFrom - windowDays * sql_report_DAY, windowDays };
}
function daysFrom(rows, from, to, key = '') {
    const byKey = new Map();
    for (const r of rows) {
        const k = key ? String(r[key]) : '';
        const m = byKey.get(k) ?? new Map();
        m.set(sql_report_num(r['day']), r);
        byKey.set(k, m);
    }
    const out = new Map();
    for (const [k, m] of byKey) {
        const list = [];
        for (let t = Math.floor(from / sql_report_DAY) * sql_report_DAY; t <= to; t += sql_report_DAY) {
            const day = Math.floor(t / sql_report_DAY);
            const r = m.get(day);
            const d = distributionOf(r, 'd');
            list.push({ day: dayText(day), runs: sql_report_num(r?.['runs']), p50: d.p50, p95: d.p95, successRate: successOf(r, 's') });
        }
        out.set(k, list);
    }
    return out;
}
/** Per-value counts of successful jobs' step durations over a window: the day counts, then the steps of the partial days. */
function stepCountsSql(repository, plan) {
    const g = STEP_GROUPS.join(', ');
    const days = daySegments(plan);
    const parts = [
        `SELECT ${g}, seconds AS v, SUM(n) AS c FROM step_seconds_daily WHERE repository = ? AND ${days.where} GROUP BY ${g}, seconds`,
    ];
    const params = [repository, ...days.whereParams];
    for (const e of plan.edges) {
        const edge = edgeSql(e, 's.run_created_at');
        parts.push(`SELECT ${g}, seconds AS v, SUM(n) AS c FROM (${STEP_SECONDS_DAILY.select(`s.repository = ? AND ${edge.sql}`)}) e GROUP BY ${g}, seconds`);
        params.push(repository, ...edge.params);
    }
    return { sql: `SELECT ${g}, v, SUM(c) AS c FROM (${parts.join(' UNION ALL ')}) u WHERE c > 0 GROUP BY ${g}, v`, params };
}
/**
 * The report of one repository computed by the database: the same figures, definitions and
 * JSON as `buildReport` over the same history, with percentiles, daily buckets and windows in
 * SQL. Memory holds the answers, not the runs.
 */
async function reportFromStore(store, repository, options) {
    const db = store.driver;
    const w = windowOf(options);
    const maxMinutes = options.maxMinutes ?? 15;
    const regressionPercent = options.regressionPercent ?? 20;
    const state = await store.repository(repository);
    const defaultBranch = state?.defaultBranch ?? 'main';
    const inWindow = 'repository = ? AND created_at >= ? AND created_at <= ?';
    const win = [repository, w.from, w.to];
    const jobsWindow = 'repository = ? AND run_created_at >= ? AND run_created_at <= ?';
    const ok = "conclusion = 'success'";
    const queued = "conclusion <> 'cancelled' AND queue IS NOT NULL";
    // Step durations: the day counts of the window's whole days, the steps of its partial days.
    const stepSql = stepCountsSql(repository, planDays([w.from, w.to]));
    const environments = options.environments ?? [];
    const rest = Promise.all([
        regressionsFromStore(store, repository, w, { maxMinutes, regressionPercent }, options.budgetRunIds),
        store.deployments(repository).then(async (deployments) => {
            const inWindow = deployments.filter((d) => dora_isProduction(d, environments) && (d.finishedAt ?? d.createdAt) >= w.from && (d.finishedAt ?? d.createdAt) <= w.to);
            return { deployments, signatures: await signaturesFromStore(store, repository, defaultBranch, w, inWindow) };
        }),
        db.all('SELECT COUNT(*) AS runs, MIN(created_at) AS first FROM runs WHERE repository = ?', [repository]),
        cacheFromStore(store, [repository], w),
        scansFromStore(store, [repository], w),
        reproducibilityFromStore(store, [repository], w),
    ]);
    // Awaited below, after the figures of the runs: a failure is thrown there, not left unhandled.
    rest.catch(() => undefined);
    // The queries are independent: all of them at once (the SQLite driver spreads them over its
    // reader threads, PostgreSQL over its pool), the longest, over the steps, first.
    const [stepRows, [totals], dayRows, wfRows, wfDayRows, jobCounts, jobDurations, jobQueues, flakyRows, pathRows, latestPaths] = await Promise.all([
        db.all(histogramDistribution({ groups: STEP_GROUPS, counts: stepSql.sql }, 'd'), stepSql.params),
        db.all(`SELECT COUNT(*) AS runs, ${successColumns('conclusion', 's')}, ${distributionColumns(db, 'duration', 'd', ok)}, ${distributionColumns(db, 'queue', 'q', queued)} FROM runs WHERE ${inWindow}`, win),
        db.all(`SELECT day, COUNT(*) AS runs, ${successColumns('conclusion', 's')}, ${distributionColumns(db, 'duration', 'd', ok)} FROM runs WHERE ${inWindow} GROUP BY day`, win),
        db.all(`SELECT workflow, COUNT(*) AS runs, SUM(CASE WHEN ${ok} THEN 1 ELSE 0 END) AS successes,
         SUM(CASE WHEN conclusion NOT IN ${IGNORED_SQL} AND conclusion <> 'success' THEN 1 ELSE 0 END) AS failures,
         SUM(CASE WHEN conclusion = 'cancelled' THEN 1 ELSE 0 END) AS cancelled,
         SUM(CASE WHEN attempt > 1 THEN 1 ELSE 0 END) AS retried,
         ${successColumns('conclusion', 's')}, ${distributionColumns(db, 'duration', 'd', ok)}, ${distributionColumns(db, 'queue', 'q', queued)}
       FROM runs WHERE ${inWindow} GROUP BY workflow`, win),
        db.all(`SELECT workflow, day, COUNT(*) AS runs, ${successColumns('conclusion', 's')}, ${distributionColumns(db, 'duration', 'd', ok)} FROM runs WHERE ${inWindow} GROUP BY workflow, day`, win),
        db.all(`SELECT workflow, name, COUNT(*) AS count, ${successColumns('conclusion', 's')} FROM jobs WHERE ${jobsWindow} GROUP BY workflow, name`, win),
        db.all(histogramDistribution({ groups: ['workflow', 'name'], value: 'completed_at - started_at', from: `jobs WHERE ${jobsWindow} AND ${ok}` }, 'd'), win),
        db.all(histogramDistribution({ groups: ['workflow', 'name'], value: JOB_QUEUE, from: `jobs WHERE ${jobsWindow} AND created_at IS NOT NULL` }, 'q'), win),
        db.all(`SELECT workflow, name, COUNT(*) AS flaky FROM (
         SELECT workflow, name, run_id FROM jobs WHERE ${jobsWindow} GROUP BY workflow, name, run_created_at, run_id
         HAVING SUM(CASE WHEN conclusion = 'failure' THEN 1 ELSE 0 END) > 0 AND SUM(CASE WHEN conclusion = 'success' THEN 1 ELSE 0 END) > 0
       ) f GROUP BY workflow, name`, win),
        db.all(`SELECT workflow, name, COUNT(*) AS runs FROM critical_path WHERE ${jobsWindow} GROUP BY workflow, name`, win),
        db.all(`SELECT r.workflow, r.run_id, r.duration, r.critical_path FROM runs r
       JOIN (SELECT workflow, MAX(created_at) AS at FROM runs WHERE ${inWindow} AND ${ok} AND critical_path <> '[]' GROUP BY workflow) l
         ON l.workflow = r.workflow AND l.at = r.created_at
       WHERE r.repository = ? AND r.conclusion = 'success' AND r.critical_path <> '[]' ORDER BY r.run_id`, [...win, repository]),
    ]);
    const wfDays = daysFrom(wfDayRows, w.from, w.to, 'workflow');
    const key = (r) => `${String(r['workflow'])}\u0000${String(r['name'])}`;
    const flaky = new Map(flakyRows.map((r) => [key(r), sql_report_num(r['flaky'])]));
    const onPath = new Map(pathRows.map((r) => [key(r), sql_report_num(r['runs'])]));
    const durations = new Map(jobDurations.map((r) => [key(r), r]));
    const queues = new Map(jobQueues.map((r) => [key(r), r]));
    const latest = new Map();
    for (const r of latestPaths) {
        if (latest.has(String(r['workflow'])))
            continue;
        latest.set(String(r['workflow']), {
            runId: sql_report_num(r['run_id']),
            seconds: sql_report_num(r['duration']),
            jobs: JSON.parse(String(r['critical_path'])),
        });
    }
    const workflows = wfRows
        .map((r) => {
        const workflow = String(r['workflow']);
        const successes = sql_report_num(r['successes']);
        const jobs = jobCounts
            .filter((j) => String(j['workflow']) === workflow)
            .map((j) => ({
            name: String(j['name']),
            count: sql_report_num(j['count']),
            duration: distributionOf(durations.get(key(j)), 'd'),
            queue: distributionOf(queues.get(key(j)), 'q'),
            successRate: successOf(j, 's'),
            flaky: flaky.get(key(j)) ?? 0,
            onCriticalPath: percentiles_ratio(onPath.get(key(j)) ?? 0, successes),
        }))
            .sort((a, b) => (b.duration.p50 ?? -1) - (a.duration.p50 ?? -1) || a.name.localeCompare(b.name));
        const slowestSteps = stepRows
            .filter((s) => String(s['workflow']) === workflow)
            .map((s) => ({ job: String(s['job_name']), step: String(s['name']), count: sql_report_num(s['d_n']), duration: distributionOf(s, 'd') }))
            .sort(bySlowestStep)
            .slice(0, 10);
        return {
            workflow,
            runs: sql_report_num(r['runs']),
            successes,
            failures: sql_report_num(r['failures']),
            cancelled: sql_report_num(r['cancelled']),
            retried: sql_report_num(r['retried']),
            successRate: successOf(r, 's'),
            duration: distributionOf(r, 'd'),
            queue: distributionOf(r, 'q'),
            jobs,
            slowestSteps,
            criticalPath: latest.get(workflow) ?? null,
            daily: wfDays.get(workflow) ?? [],
        };
    })
        .sort((a, b) => b.runs - a.runs || a.workflow.localeCompare(b.workflow));
    const [regressions, { deployments, signatures }, [history], cache, scans, reproducibility] = await rest;
    const first = history?.['first'];
    return {
        repository,
        generatedAt: iso(w.to),
        window: { from: iso(w.from), to: iso(w.to), days: w.windowDays },
        budgetMinutes: maxMinutes,
        regressionPercent,
        totals: {
            runs: sql_report_num(totals?.['runs']),
            successRate: successOf(totals, 's'),
            duration: distributionOf(totals, 'd'),
            queue: distributionOf(totals, 'q'),
            daily: daysFrom(dayRows, w.from, w.to).get('') ?? daysFrom([{ day: -1 }], w.from, w.to).get('') ?? [],
        },
        workflows,
        cache,
        signatures,
        scans,
        reproducibility,
        dora: dora_doraFigures(deployments, environments, w.from, w.to),
        regressions,
        historyRuns: sql_report_num(history?.['runs']),
        historyFrom: first === null || first === undefined ? null : iso(Number(first)),
    };
}
/** Cache hit rate per layer over the window. */
async function cacheFromStore(store, repositories, w) {
    const rows = await windowCounts(store, OUTCOME_COUNTS_DAILY, repositories, w, ['layer', 'hit'], "type = 'cache'");
    const layers = new Map();
    for (const r of rows) {
        const layer = String(r['layer']);
        const e = layers.get(layer) ?? { total: 0, exact: 0, partial: 0, miss: 0 };
        const n = sql_report_num(r['n']);
        e.total += n;
        const hit = String(r['hit']);
        if (hit === 'exact' || hit === 'partial' || hit === 'miss')
            e[hit] += n;
        layers.set(layer, e);
    }
    return [...layers]
        .map(([layer, e]) => ({ layer, ...e, hitRate: percentiles_ratio(e.exact, e.total), restoreRate: percentiles_ratio(e.exact + e.partial, e.total) }))
        .sort((a, b) => a.layer.localeCompare(b.layer));
}
/** Scan gate decisions over the window. */
async function scansFromStore(store, repositories, w) {
    const rows = await windowCounts(store, OUTCOME_COUNTS_DAILY, repositories, w, ['decision'], "type = 'scan'");
    const total = rows.reduce((t, r) => t + sql_report_num(r['n']), 0);
    const passed = rows.filter((r) => r['decision'] === 'pass').reduce((t, r) => t + sql_report_num(r['n']), 0);
    return { total, passed, passRate: percentiles_ratio(passed, total) };
}
/** Rebuild checks over the window. */
async function reproducibilityFromStore(store, repositories, w) {
    const rows = await windowCounts(store, OUTCOME_COUNTS_DAILY, repositories, w, ['reproducible', 'hermetic'], "type = 'reproducibility'");
    const sum = (keep) => rows.filter(keep).reduce((t, r) => t + sql_report_num(r['n']), 0);
    const total = sum(() => true);
    const reproducible = sum((r) => sql_report_num(r['reproducible']) === 1);
    return {
        total,
        reproducible,
        rate: percentiles_ratio(reproducible, total),
        hermetic: sum((r) => r['hermetic'] === 'yes'),
        notIsolated: sum((r) => r['hermetic'] === 'not-isolated'),
    };
}
async function signaturesFromStore(store, repository, defaultBranch, w, deployments) {
    const [b] = await store.driver.all(`SELECT COUNT(*) AS builds, SUM(CASE WHEN COALESCE(s.n, 0) > 0 AND COALESCE(s.unsigned, 0) = 0 THEN 1 ELSE 0 END) AS signed
     FROM runs r LEFT JOIN (
       SELECT run_id, COUNT(*) AS n, SUM(CASE WHEN signed = 1 THEN 0 ELSE 1 END) AS unsigned FROM outcomes
       WHERE repository = ? AND type = 'signature' AND run_created_at >= ? AND run_created_at <= ? GROUP BY run_id
     ) s ON s.run_id = r.run_id
     WHERE r.repository = ? AND r.created_at >= ? AND r.created_at <= ? AND r.conclusion = 'success' AND r.branch = ?
       AND r.event <> 'pull_request' AND (r.artifacts > 0 OR COALESCE(s.n, 0) > 0)`, [repository, w.from, w.to, repository, w.from, w.to, defaultBranch]);
    const successful = deployments.filter((d) => d.state === 'success');
    const bySha = new Map();
    if (successful.length > 0) {
        for await (const v of store.driver.iterate("SELECT run_sha, environment, verified FROM outcomes WHERE repository = ? AND type = 'verification'", [repository])) {
            const list = bySha.get(String(v['run_sha'])) ?? [];
            list.push({ environment: typeof v['environment'] === 'string' ? v['environment'] : null, verified: sql_report_num(v['verified']) === 1 });
            bySha.set(String(v['run_sha']), list);
        }
    }
    const verified = successful.filter((d) => {
        const records = (bySha.get(d.sha) ?? []).filter((v) => v.environment === null || v.environment === d.environment);
        return records.length > 0 && records.every((v) => v.verified);
    }).length;
    const builds = sql_report_num(b?.['builds']);
    const signedBuilds = sql_report_num(b?.['signed']);
    return {
        builds,
        signedBuilds,
        coverage: percentiles_ratio(signedBuilds, builds),
        deployments: successful.length,
        verifiedDeployments: verified,
        verifiedCoverage: percentiles_ratio(verified, successful.length),
    };
}
/** Runs over the budget, and p50/p95 of the recent window against the baseline, per workflow. */
async function regressionsFromStore(store, repository, w, options, budgetRunIds) {
    const db = store.driver;
    const budgetSeconds = options.maxMinutes * 60;
    const over = [];
    if (budgetRunIds) {
        const ids = [...budgetRunIds];
        for (let i = 0; i < ids.length; i += 500) {
            const chunk = ids.slice(i, i + 500);
            over.push(...(await db.all(`SELECT workflow, run_id, duration FROM runs WHERE repository = ? AND run_id IN (${chunk.map(() => '?').join(', ')}) AND conclusion <> 'cancelled' AND duration > ?`, [repository, ...chunk, budgetSeconds])));
        }
    }
    else {
        over.push(...(await db.all("SELECT workflow, run_id, duration FROM runs WHERE repository = ? AND created_at >= ? AND created_at <= ? AND conclusion <> 'cancelled' AND duration > ?", [repository, w.recentFrom, w.to, budgetSeconds])));
    }
    const out = over
        .sort((a, b) => sql_report_num(b['duration']) - sql_report_num(a['duration']))
        .map((r) => ({
        kind: 'budget',
        workflow: String(r['workflow']),
        runId: sql_report_num(r['run_id']),
        seconds: sql_report_num(r['duration']),
        budgetSeconds,
        message: `${String(r['workflow'])} run ${sql_report_num(r['run_id'])} took ${minutes(sql_report_num(r['duration']))}, over the ${options.maxMinutes}-minute budget`,
    }));
    out.push(...(await percentileRises(store, [repository], w, options)).flatMap((r) => r.regressions));
    return out;
}
/** p50/p95 of successful runs, recent window against the baseline before it, per repository and workflow (from the day counts). */
async function percentileRises(store, repositories, w, options, values) {
    const sides = [...(values ?? (await runValues(store, repositories, w)))].filter((e) => e.baseline.size > 0 || e.recent.size > 0);
    const min = options.minSamples ?? 5;
    const out = [];
    for (const e of sides.sort((a, b) => a.repository.localeCompare(b.repository) || a.workflow.localeCompare(b.workflow))) {
        const now = distributionOfCounts(e.recent);
        const before = distributionOfCounts(e.baseline);
        const rise = { repository: e.repository, workflow: e.workflow, regressions: [], percent: null };
        if (now.count >= min && before.count >= min) {
            for (const kind of ['p50', 'p95']) {
                const value = now[kind] ?? 0;
                const base = before[kind] ?? 0;
                if (base <= 0)
                    continue;
                const percent = ((value - base) / base) * 100;
                rise.percent = Math.max(rise.percent ?? -Infinity, percent);
                if (percent > options.regressionPercent)
                    rise.regressions.push({
                        kind,
                        workflow: e.workflow,
                        seconds: value,
                        baselineSeconds: base,
                        percent,
                        message: `${e.workflow} ${kind} rose ${percent.toFixed(0)}% to ${minutes(value)} (baseline ${minutes(base)}; allowed +${options.regressionPercent}%)`,
                    });
            }
        }
        out.push(rise);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/metrics/src/store/org-report.ts



const org_report_iso = (s) => new Date(s * 1000).toISOString();
/** The organisation's report from the repositories named `ORG/...` in the store (or those given). */
async function orgReportFromStore(store, organisation, options) {
    const w = windowOf(options);
    const maxMinutes = options.maxMinutes ?? 15;
    const regressionPercent = options.regressionPercent ?? 20;
    const known = await store.repositories(options.repositories ? undefined : `${organisation}/`);
    const wanted = options.repositories ? new Set(options.repositories) : undefined;
    const names = wanted ? [...wanted] : known.map((r) => r.repository);
    const defaultBranch = new Map(known.map((r) => [r.repository, r.defaultBranch]));
    const empty = { count: 0, p50: null, p95: null, mean: null, max: null };
    const base = {
        organisation,
        generatedAt: org_report_iso(w.to),
        window: { from: org_report_iso(w.from), to: org_report_iso(w.to), days: w.windowDays },
        budgetMinutes: maxMinutes,
        regressionPercent,
        totals: { repositories: names.length, runs: 0, successRate: null, duration: empty, queue: empty, signatureCoverage: null },
        slowest: [],
        mostRegressed: [],
        repositories: [],
        cache: [],
        scans: { total: 0, passed: 0, passRate: null },
        reproducibility: { total: 0, reproducible: 0, rate: null, hermetic: 0, notIsolated: 0 },
    };
    if (names.length === 0)
        return base;
    // Counts and per-value counts from the day counts: one pass over each for the whole report.
    const [counts, values, cache, scans, reproducibility] = await Promise.all([
        runCounts(store, names, w),
        runValues(store, names, w),
        cacheFromStore(store, names, w),
        scansFromStore(store, names, w),
        reproducibilityFromStore(store, names, w),
    ]);
    const rises = await percentileRises(store, names, w, { maxMinutes, regressionPercent }, values);
    const perRepo = new Map();
    const entry = (repository) => {
        const e = perRepo.get(repository) ?? { runs: 0, ok: 0, counted: 0, builds: 0, signed: 0, duration: new Map(), queue: new Map() };
        perRepo.set(repository, e);
        return e;
    };
    for (const c of counts) {
        const e = entry(c.repository);
        e.runs += c.runs;
        e.ok += c.ok;
        e.counted += c.counted;
        if (c.branch === defaultBranch.get(c.repository)) {
            e.builds += c.builds;
            e.signed += c.signed;
        }
    }
    for (const v of values) {
        const e = perRepo.get(v.repository);
        if (!e)
            continue;
        addCounts(e.duration, v.duration);
        addCounts(e.queue, v.queue);
    }
    const all = { runs: 0, ok: 0, counted: 0, builds: 0, signed: 0, duration: new Map(), queue: new Map() };
    for (const e of perRepo.values()) {
        all.runs += e.runs;
        all.ok += e.ok;
        all.counted += e.counted;
        all.builds += e.builds;
        all.signed += e.signed;
        addCounts(all.duration, e.duration);
        addCounts(all.queue, e.queue);
    }
    const figures = [...perRepo].map(([repository, e]) => {
        const mine = rises.filter((x) => x.repository === repository && x.percent !== null);
        const top = mine.sort((a, b) => (b.percent ?? 0) - (a.percent ?? 0))[0];
        return {
            repository,
            runs: e.runs,
            successRate: percentiles_ratio(e.ok, e.counted),
            duration: distributionOfCounts(e.duration),
            queue: distributionOfCounts(e.queue),
            rise: top?.percent ?? null,
            risingWorkflow: top?.workflow ?? null,
            regressions: rises.filter((x) => x.repository === repository).reduce((n, x) => n + x.regressions.length, 0),
            signatureCoverage: e.builds > 0 ? percentiles_ratio(e.signed, e.builds) : null,
        };
    });
    const byP95 = (a, b) => (b.duration.p95 ?? -1) - (a.duration.p95 ?? -1) || a.repository.localeCompare(b.repository);
    const byRise = (a, b) => (b.rise ?? -Infinity) - (a.rise ?? -Infinity) || byP95(a, b);
    return {
        ...base,
        totals: {
            repositories: names.length,
            runs: all.runs,
            successRate: percentiles_ratio(all.ok, all.counted),
            duration: distributionOfCounts(all.duration),
            queue: distributionOfCounts(all.queue),
            signatureCoverage: percentiles_ratio(all.signed, all.builds),
        },
        slowest: [...figures].sort(byP95),
        mostRegressed: figures.filter((f) => f.rise !== null && f.rise > 0).sort(byRise),
        repositories: [...figures].sort((a, b) => b.regressions - a.regressions || byRise(a, b)),
        cache,
        scans,
        reproducibility,
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/openmetrics.ts
const openmetrics_escape = (v) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const labelText = (labels) => {
    const parts = Object.entries(labels).map(([k, v]) => `${k}="${openmetrics_escape(v)}"`);
    return parts.length > 0 ? `{${parts.join(',')}}` : '';
};
const value = (n) => (Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15))));
class Families {
    byName = new Map();
    add(name, help, labels, v, at, unit) {
        if (v === null || v === undefined || !Number.isFinite(v))
            return;
        let f = this.byName.get(name);
        if (!f)
            this.byName.set(name, (f = { name, help, ...(unit ? { unit } : {}), samples: [] }));
        f.samples.push(`${name}${labelText(labels)} ${value(v)} ${value(at)}`);
    }
    text() {
        const out = [];
        for (const f of this.byName.values()) {
            out.push(`# TYPE ${f.name} gauge`);
            if (f.unit)
                out.push(`# UNIT ${f.name} ${f.unit}`);
            out.push(`# HELP ${f.name} ${f.help}`);
            out.push(...f.samples);
        }
        out.push('# EOF');
        return `${out.join('\n')}\n`;
    }
}
/** The metric names, so dashboards and tests spell them once. */
const METRIC = {
    runs: 'slipway_ci_runs',
    p50: 'slipway_ci_run_duration_p50_seconds',
    p95: 'slipway_ci_run_duration_p95_seconds',
    success: 'slipway_ci_success_ratio',
    queueP50: 'slipway_ci_queue_p50_seconds',
    dailyP50: 'slipway_ci_daily_run_duration_p50_seconds',
    dailyP95: 'slipway_ci_daily_run_duration_p95_seconds',
    dailyRuns: 'slipway_ci_daily_runs',
    cacheHit: 'slipway_ci_cache_hit_ratio',
    signatures: 'slipway_ci_signature_coverage_ratio',
    scans: 'slipway_ci_scan_pass_ratio',
    reproducible: 'slipway_ci_reproducible_ratio',
    deploysPerDay: 'slipway_ci_deployments_per_day',
    leadTime: 'slipway_ci_lead_time_p50_seconds',
    changeFailure: 'slipway_ci_change_failure_ratio',
    recovery: 'slipway_ci_recovery_time_p50_seconds',
};
/** OpenMetrics text of one or many repositories' reports, ending with `# EOF`. */
function openMetricsText(reports) {
    const f = new Families();
    for (const r of reports) {
        const at = Date.parse(r.window.to) / 1000;
        const repo = { repository: r.repository };
        const scopes = [
            {
                labels: repo,
                runs: r.totals.runs,
                successRate: r.totals.successRate,
                p50: r.totals.duration.p50,
                p95: r.totals.duration.p95,
                queue: r.totals.queue.p50,
                daily: r.totals.daily,
            },
            ...r.workflows.map((w) => ({
                labels: { ...repo, workflow: w.workflow },
                runs: w.runs,
                successRate: w.successRate,
                p50: w.duration.p50,
                p95: w.duration.p95,
                queue: w.queue.p50,
                daily: w.daily,
            })),
        ];
        for (const s of scopes) {
            f.add(METRIC.runs, `Runs created in the last ${r.window.days} days`, s.labels, s.runs, at);
            f.add(METRIC.p50, 'Median duration of successful runs in the window', s.labels, s.p50, at, 'seconds');
            f.add(METRIC.p95, '95th percentile duration of successful runs in the window', s.labels, s.p95, at, 'seconds');
            f.add(METRIC.success, 'Share of runs that succeeded, cancelled and skipped left out', s.labels, s.successRate, at);
            f.add(METRIC.queueP50, 'Median time from a run starting to its first job starting', s.labels, s.queue, at, 'seconds');
        }
        // The daily trend, oldest first within each series.
        for (const s of scopes) {
            for (const d of s.daily) {
                const dayEnd = Math.min(Date.parse(`${d.day}T23:59:59Z`) / 1000, at);
                f.add(METRIC.dailyRuns, 'Runs created that day (UTC)', s.labels, d.runs, dayEnd);
            }
        }
        for (const s of scopes)
            for (const d of s.daily)
                f.add(METRIC.dailyP50, 'Median duration of successful runs that day', s.labels, d.p50, Math.min(Date.parse(`${d.day}T23:59:59Z`) / 1000, at), 'seconds');
        for (const s of scopes)
            for (const d of s.daily)
                f.add(METRIC.dailyP95, '95th percentile duration of successful runs that day', s.labels, d.p95, Math.min(Date.parse(`${d.day}T23:59:59Z`) / 1000, at), 'seconds');
        for (const c of r.cache)
            f.add(METRIC.cacheHit, 'Share of cache lookups that hit the exact key', { ...repo, layer: c.layer }, c.hitRate, at);
        f.add(METRIC.signatures, 'Share of default-branch builds whose artifacts were all signed', repo, r.signatures.coverage, at);
        f.add(METRIC.scans, 'Share of scan gate decisions that passed', repo, r.scans.passRate, at);
        f.add(METRIC.reproducible, 'Share of rebuild checks that gave the same bytes', repo, r.reproducibility.rate, at);
        f.add(METRIC.deploysPerDay, 'Successful production deployments per day (DORA deployment frequency)', repo, r.dora.deploymentsPerDay, at);
        f.add(METRIC.leadTime, 'Median time from commit to its successful production deployment (DORA)', repo, r.dora.leadTime.p50, at, 'seconds');
        f.add(METRIC.changeFailure, 'Failed production deployments over all finished ones (DORA)', repo, r.dora.changeFailureRate, at);
        f.add(METRIC.recovery, 'Median time from a failed deployment to the next successful one (DORA)', repo, r.dora.recoveryTime.p50, at, 'seconds');
    }
    return f.text();
}

;// CONCATENATED MODULE: ./packages/metrics/src/format.ts
/** Seconds as minutes with one decimal ("4.2 min"), or an em dash when there is no value. */
function format_minutes(seconds) {
    return seconds === null || seconds === undefined ? '\u2014' : `${(seconds / 60).toFixed(1)} min`;
}
/** A share in [0, 1] as a percentage ("97.5%"), or an em dash. */
function percent(share) {
    return share === null || share === undefined ? '\u2014' : `${(share * 100).toFixed(1)}%`;
}
/** A long span in the unit that reads best: minutes, hours or days. */
function span(seconds) {
    if (seconds === null || seconds === undefined)
        return '\u2014';
    if (seconds < 3600)
        return `${(seconds / 60).toFixed(0)} min`;
    if (seconds < 2 * 86_400)
        return `${(seconds / 3600).toFixed(1)} h`;
    return `${(seconds / 86_400).toFixed(1)} d`;
}
/** Deployments per day as people say it: per day, or per week when rarer than daily. */
function frequency(perDay) {
    if (perDay >= 1)
        return `${perDay.toFixed(1)}/day`;
    return `${(perDay * 7).toFixed(1)}/week`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/svg-charts.ts

const fmt = (n) => (Math.round(n * 10) / 10).toString();
/** Round tick steps (1, 2, 5 \u00d7 10^k) covering 0..max in about `count` steps. */
function niceTicks(max, count = 5) {
    if (!(max > 0))
        return [0, 1];
    const raw = max / count;
    const mag = 10 ** Math.floor(Math.log10(raw));
    const step = ([1, 2, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
    const ticks = [];
    for (let t = 0; t <= max + step * 0.999; t += step)
        ticks.push(Number(t.toPrecision(12)));
    return ticks;
}
/**
 * A line chart as an inline SVG element: x is the index of `labels`, y starts at zero. A
 * `threshold` draws a dashed horizontal line (the budget). Every element carries a <title>,
 * so values show on hover without any script.
 */
function lineChart(opts) {
    const width = opts.width ?? 720;
    const height = opts.height ?? 260;
    const m = { left: 48, right: 16, top: 28, bottom: 36 };
    const plotW = width - m.left - m.right;
    const plotH = height - m.top - m.bottom;
    const all = opts.series.flatMap((s) => s.values.filter((v) => v !== null));
    const ticks = niceTicks(Math.max(...all, opts.threshold?.value ?? 0, 0));
    const top = ticks[ticks.length - 1] ?? 1;
    const n = Math.max(opts.labels.length, 1);
    const x = (i) => m.left + (n === 1 ? plotW / 2 : (i / (n - 1)) * plotW);
    const y = (v) => m.top + plotH - (v / top) * plotH;
    const parts = [];
    parts.push(`<text x="${m.left}" y="16" class="chart-title">${(0,src/* escapeHtml */.ZD)(opts.title)}</text>`);
    for (const t of ticks) {
        parts.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${fmt(y(t))}" y2="${fmt(y(t))}" class="grid"/>`);
        parts.push(`<text x="${m.left - 6}" y="${fmt(y(t) + 4)}" text-anchor="end" class="tick">${fmt(t)}</text>`);
    }
    const every = Math.max(1, Math.ceil(n / 8));
    opts.labels.forEach((label, i) => {
        if (i % every === 0 || i === n - 1)
            parts.push(`<text x="${fmt(x(i))}" y="${height - m.bottom + 16}" text-anchor="middle" class="tick">${(0,src/* escapeHtml */.ZD)(label)}</text>`);
    });
    parts.push(`<text x="12" y="${fmt(m.top + plotH / 2)}" transform="rotate(-90 12 ${fmt(m.top + plotH / 2)})" text-anchor="middle" class="tick">${(0,src/* escapeHtml */.ZD)(opts.unit)}</text>`);
    if (opts.threshold) {
        const ty = fmt(y(opts.threshold.value));
        parts.push(`<line x1="${m.left}" x2="${width - m.right}" y1="${ty}" y2="${ty}" class="budget"><title>${(0,src/* escapeHtml */.ZD)(opts.threshold.label)}</title></line>`);
        parts.push(`<text x="${width - m.right}" y="${fmt(y(opts.threshold.value) - 4)}" text-anchor="end" class="budget-label">${(0,src/* escapeHtml */.ZD)(opts.threshold.label)}</text>`);
    }
    for (const s of opts.series) {
        let segment = [];
        const flush = () => {
            if (segment.length > 1)
                parts.push(`<polyline points="${segment.join(' ')}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="4 3"' : ''}/>`);
            segment = [];
        };
        s.values.forEach((v, i) => {
            if (v === null)
                return flush();
            segment.push(`${fmt(x(i))},${fmt(y(v))}`);
            parts.push(`<circle cx="${fmt(x(i))}" cy="${fmt(y(v))}" r="2.5" fill="${s.color}"><title>${(0,src/* escapeHtml */.ZD)(`${s.name} ${opts.labels[i] ?? ''}: ${fmt(v)} ${opts.unit}`)}</title></circle>`);
        });
        flush();
    }
    const legend = opts.series.map((s, i) => `<g transform="translate(${width - m.right - (opts.series.length - i) * 90},6)"><rect width="10" height="10" fill="${s.color}"/><text x="14" y="9" class="tick">${(0,src/* escapeHtml */.ZD)(s.name)}</text></g>`);
    return `<svg class="chart" role="img" aria-label="${(0,src/* escapeHtml */.ZD)(opts.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}${legend.join('')}</svg>`;
}
/** A horizontal bar chart as an inline SVG element. */
function barChart(opts) {
    const width = opts.width ?? 720;
    const row = 22;
    const m = { left: 200, right: 60, top: 28, bottom: 24 };
    const height = m.top + m.bottom + Math.max(1, opts.bars.length) * row;
    const ticks = niceTicks(Math.max(...opts.bars.map((b) => Math.max(b.value, b.marker ?? 0)), 0), 4);
    const top = ticks[ticks.length - 1] ?? 1;
    const plotW = width - m.left - m.right;
    const x = (v) => m.left + (v / top) * plotW;
    const parts = [`<text x="8" y="16" class="chart-title">${(0,src/* escapeHtml */.ZD)(opts.title)}</text>`];
    for (const t of ticks) {
        parts.push(`<line x1="${fmt(x(t))}" x2="${fmt(x(t))}" y1="${m.top - 4}" y2="${height - m.bottom}" class="grid"/>`);
        parts.push(`<text x="${fmt(x(t))}" y="${height - 8}" text-anchor="middle" class="tick">${fmt(t)}</text>`);
    }
    opts.bars.forEach((b, i) => {
        const yTop = m.top + i * row;
        const label = b.label.length > 30 ? `${b.label.slice(0, 29)}\u2026` : b.label;
        parts.push(`<text x="${m.left - 6}" y="${yTop + 14}" text-anchor="end" class="tick">${(0,src/* escapeHtml */.ZD)(label)}</text>`);
        parts.push(`<rect x="${m.left}" y="${yTop + 3}" width="${fmt(Math.max(1, x(b.value) - m.left))}" height="${row - 8}" fill="${opts.color ?? '#3b82f6'}"><title>${(0,src/* escapeHtml */.ZD)(`${b.label}: ${fmt(b.value)} ${opts.unit}${b.note ? ` (${b.note})` : ''}`)}</title></rect>`);
        if (b.marker !== undefined)
            parts.push(`<line x1="${fmt(x(b.marker))}" x2="${fmt(x(b.marker))}" y1="${yTop + 1}" y2="${yTop + row - 3}" class="marker"><title>${(0,src/* escapeHtml */.ZD)(`p95 ${fmt(b.marker)} ${opts.unit}`)}</title></line>`);
        parts.push(`<text x="${fmt(Math.max(x(b.value), x(b.marker ?? 0)) + 6)}" y="${yTop + 14}" class="tick">${(0,src/* escapeHtml */.ZD)(b.note ?? fmt(b.value))}</text>`);
    });
    return `<svg class="chart" role="img" aria-label="${(0,src/* escapeHtml */.ZD)(opts.title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${parts.join('')}</svg>`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/dashboard-html.ts



const e = src/* escapeHtml */.ZD;
const m = (s) => (s === null ? null : Math.round((s / 60) * 10) / 10);
// Everything inline: no scripts, fonts or images from anywhere, so the page works from a file,
// from Pages, and under a Content-Security-Policy that forbids everything but inline styles.
const STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--bg:#fff;--panel:#f6f8fa;--line:#d1d9e0;--warn:#9a6700;--warnbg:#fff8c5;--ok:#1a7f37}
*{box-sizing:border-box}body{margin:0;padding:24px;font:14px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
.sub{color:var(--muted);margin:0 0 16px}.tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px}
.tile{background:var(--panel);border:1px solid var(--line);border-radius:8px;padding:10px 12px}.tile .k{color:var(--muted);font-size:12px}
.tile .v{font-size:22px;font-weight:600}.tile .n{color:var(--muted);font-size:12px}
.callout{border-left:4px solid var(--warn);background:var(--warnbg);padding:8px 12px;border-radius:4px;margin:12px 0}
.callout.ok{border-color:var(--ok);background:#dafbe1}.charts{display:flex;flex-wrap:wrap;gap:16px}
.chart{background:var(--panel);border:1px solid var(--line);border-radius:8px;max-width:100%;height:auto}
.chart-title{font-size:13px;font-weight:600;fill:var(--fg)}.tick{font-size:11px;fill:var(--muted)}
.grid{stroke:var(--line);stroke-width:1}.budget{stroke:#cf222e;stroke-width:1.5;stroke-dasharray:6 4}.budget-label{font-size:11px;fill:#cf222e}
.marker{stroke:#1f2328;stroke-width:2}table{border-collapse:collapse;margin:8px 0;font-size:13px}
th,td{border:1px solid var(--line);padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}th{background:var(--panel)}
footer{margin-top:32px;color:var(--muted);font-size:12px}`;
function tile(key, value, note = '') {
    return `<div class="tile"><div class="k">${e(key)}</div><div class="v">${e(value)}</div><div class="n">${e(note)}</div></div>`;
}
function table(header, rows) {
    const head = header.map((h) => `<th>${e(h)}</th>`).join('');
    const body = rows.map((r) => `<tr>${r.map((c) => `<td>${e(String(c))}</td>`).join('')}</tr>`).join('');
    return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
function trendChart(title, daily, budgetMinutes) {
    return lineChart({
        title,
        labels: daily.map((d) => d.day.slice(5)),
        series: [
            { name: 'p95', color: '#d97706', values: daily.map((d) => m(d.p95)) },
            { name: 'p50', color: '#2563eb', values: daily.map((d) => m(d.p50)) },
        ],
        unit: 'minutes',
        threshold: { value: budgetMinutes, label: `budget ${budgetMinutes} min` },
    });
}
function workflowSection(w, budgetMinutes) {
    const jobs = w.jobs.slice(0, 20);
    const parts = [
        `<h2>${e(w.workflow)}</h2>`,
        `<div class="tiles">${tile('Runs', String(w.runs), `${w.retried} retried, ${w.cancelled} cancelled`)}${tile('Success rate', percent(w.successRate), `${w.successes} ok, ${w.failures} failed`)}${tile('p50', format_minutes(w.duration.p50))}${tile('p95', format_minutes(w.duration.p95))}${tile('Queue p50', format_minutes(w.queue.p50))}</div>`,
        `<div class="charts">${trendChart(`${w.workflow}: daily run duration`, w.daily, budgetMinutes)}`,
        barChart({
            title: `${w.workflow}: jobs, p50 (bar) and p95 (mark), minutes`,
            unit: 'min',
            bars: jobs.map((j) => ({
                label: j.name,
                value: m(j.duration.p50) ?? 0,
                ...(j.duration.p95 === null ? {} : { marker: m(j.duration.p95) ?? 0 }),
                note: `${format_minutes(j.duration.p50)}`,
            })),
        }),
        `</div>`,
        table(['Job', 'Runs', 'p50', 'p95', 'Success rate', 'Flaky runs', 'On critical path'], jobs.map((j) => [
            j.name,
            j.count,
            format_minutes(j.duration.p50),
            format_minutes(j.duration.p95),
            percent(j.successRate),
            j.flaky,
            percent(j.onCriticalPath),
        ])),
    ];
    if (w.criticalPath) {
        parts.push(`<p>Critical path of run ${w.criticalPath.runId} (${e(format_minutes(w.criticalPath.seconds))}): ${w.criticalPath.jobs.map((j) => `${e(j.name)} (${e(format_minutes(j.seconds))})`).join(' \u2192 ')}</p>`);
    }
    if (w.slowestSteps.length > 0) {
        parts.push(table(['Slowest step', 'Job', 'Count', 'p50', 'p95'], w.slowestSteps.map((s) => [s.step, s.job, s.count, format_minutes(s.duration.p50), format_minutes(s.duration.p95)])));
    }
    return parts.join('\n');
}
/** The dashboard: one static, self-contained HTML page with inline SVG charts. */
function dashboardHtml(report) {
    const d = report.dora;
    const s = report.signatures;
    const regressions = report.regressions.length > 0
        ? `<div class="callout"><strong>${report.regressions.length} regression(s)</strong><ul>${report.regressions
            .slice(0, 20)
            .map((r) => `<li>${e(r.message)}</li>`)
            .join('')}</ul></div>`
        : `<div class="callout ok">No regressions: runs are within the ${report.budgetMinutes}-minute budget and p50/p95 hold against the baseline.</div>`;
    const body = [
        `<h1>CI metrics: ${e(report.repository)}</h1>`,
        `<p class="sub">Last ${report.window.days} days, ${e(report.window.from.slice(0, 10))} to ${e(report.window.to.slice(0, 10))}; ${report.historyRuns} runs in the history. Generated ${e(report.generatedAt)}.</p>`,
        regressions,
        `<h2>Overview</h2><div class="tiles">${tile('Runs', String(report.totals.runs))}${tile('Success rate', percent(report.totals.successRate), 'cancelled runs left out')}${tile('Duration p50', format_minutes(report.totals.duration.p50), 'successful runs')}${tile('Duration p95', format_minutes(report.totals.duration.p95), `budget ${report.budgetMinutes} min`)}${tile('Queue p50', format_minutes(report.totals.queue.p50))}</div>`,
        `<h2>DORA</h2><div class="tiles">${tile('Deployment frequency', frequency(d.deploymentsPerDay), `${d.deployments} successful production deploys`)}${tile('Lead time for changes', span(d.leadTime.p50), `median of ${d.leadTime.count} commits; p95 ${span(d.leadTime.p95)}`)}${tile('Change failure rate', percent(d.changeFailureRate), `${d.failedDeployments} failed`)}${tile('Failed deployment recovery', span(d.recoveryTime.p50), `median of ${d.recoveryTime.count}; ${d.unrecovered} not yet recovered`)}</div>`,
        `<h2>Supply chain and caching</h2><div class="tiles">${tile('Signature coverage', percent(s.coverage), `${s.signedBuilds} of ${s.builds} builds signed`)}${tile('Deploys verified', percent(s.verifiedCoverage), `${s.verifiedDeployments} of ${s.deployments}`)}${tile('Scan pass rate', percent(report.scans.passRate), `${report.scans.passed} of ${report.scans.total}`)}${tile('Reproducible builds', percent(report.reproducibility.rate), `${report.reproducibility.reproducible} of ${report.reproducibility.total} rebuilt identically`)}${report.cache.map((c) => tile(`Cache hit rate: ${c.layer}`, percent(c.hitRate), `${percent(c.restoreRate)} restored incl. partial`)).join('')}</div>`,
        `<div class="charts">${trendChart('All workflows: daily run duration', report.totals.daily, report.budgetMinutes)}</div>`,
        ...report.workflows.slice(0, 6).map((w) => workflowSection(w, report.budgetMinutes)),
        `<footer>Definitions: duration is a successful run's latest attempt from its start to its last job's end; percentiles interpolate between ranks. Made by Slipway ci-metrics.</footer>`,
    ];
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>CI metrics: ${e(report.repository)}</title><style>${STYLE}</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/org-dashboard-html.ts




const org_dashboard_html_e = src/* escapeHtml */.ZD;
const org_dashboard_html_m = (s) => (s === null ? 0 : Math.round((s / 60) * 10) / 10);
const rise = (r) => (r.rise === null ? '\u2014' : `${r.rise >= 0 ? '+' : ''}${r.rise.toFixed(0)}%`);
/** The organisation view: one static page, the slowest and most-regressed repositories first. */
function orgDashboardHtml(report, options = {}) {
    const t = report.totals;
    const name = (r) => options.repositoryHref ? `<a href="${org_dashboard_html_e(options.repositoryHref(r.repository))}">${org_dashboard_html_e(r.repository)}</a>` : org_dashboard_html_e(r.repository);
    const rows = (list) => table(['Repository', 'Runs', 'Success rate', 'p50', 'p95', 'Queue p50', 'Rise (recent vs baseline)', 'Regressions', 'Signed builds'], list.map((r) => [
        r.repository,
        r.runs,
        percent(r.successRate),
        format_minutes(r.duration.p50),
        format_minutes(r.duration.p95),
        format_minutes(r.queue.p50),
        `${rise(r)}${r.risingWorkflow ? ` (${r.risingWorkflow})` : ''}`,
        r.regressions,
        percent(r.signatureCoverage),
    ])).replace(/<td>([^<]+\/[^<]+)<\/td>/g, (all, repo) => {
        const found = list.find((r) => org_dashboard_html_e(r.repository) === repo);
        return found ? `<td>${name(found)}</td>` : all;
    });
    const body = [
        `<h1>CI metrics: ${org_dashboard_html_e(report.organisation)}</h1>`,
        `<p class="sub">${t.repositories} repositories, last ${report.window.days} days, ${org_dashboard_html_e(report.window.from.slice(0, 10))} to ${org_dashboard_html_e(report.window.to.slice(0, 10))}. Generated ${org_dashboard_html_e(report.generatedAt)}.</p>`,
        `<h2>Organisation</h2><div class="tiles">${tile('Repositories', String(t.repositories))}${tile('Runs', String(t.runs))}${tile('Success rate', percent(t.successRate), 'cancelled runs left out')}${tile('Duration p50', format_minutes(t.duration.p50), 'successful runs')}${tile('Duration p95', format_minutes(t.duration.p95), `budget ${report.budgetMinutes} min`)}${tile('Queue p50', format_minutes(t.queue.p50))}${tile('Signature coverage', percent(t.signatureCoverage))}${tile('Scan pass rate', percent(report.scans.passRate), `${report.scans.passed} of ${report.scans.total}`)}${tile('Reproducible builds', percent(report.reproducibility.rate), `${report.reproducibility.reproducible} of ${report.reproducibility.total}`)}${report.cache.map((c) => tile(`Cache hit rate: ${c.layer}`, percent(c.hitRate))).join('')}</div>`,
        `<h2>Most regressed</h2>`,
        report.mostRegressed.length > 0
            ? rows(report.mostRegressed.slice(0, 20))
            : `<div class="callout ok">No repository's p50 or p95 rose against its baseline.</div>`,
        `<h2>Slowest</h2><div class="charts">${barChart({
            title: 'Slowest repositories: p50 (bar) and p95 (mark), minutes',
            unit: 'min',
            bars: report.slowest
                .slice(0, 20)
                .map((r) => ({ label: r.repository, value: org_dashboard_html_m(r.duration.p50), marker: org_dashboard_html_m(r.duration.p95), note: format_minutes(r.duration.p95) })),
        })}</div>`,
        rows(report.slowest.slice(0, 20)),
        `<h2>Every repository</h2>`,
        rows(report.repositories),
        `<footer>Rise: the largest increase of a workflow's p50 or p95 over the last ${org_dashboard_html_e(String(report.window.days))} days' baseline. Made by Slipway ci-metrics.</footer>`,
    ];
    return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>CI metrics: ${org_dashboard_html_e(report.organisation)}</title><style>${STYLE}</style></head>
<body>
${body.join('\n')}
</body></html>
`;
}

;// CONCATENATED MODULE: ./packages/metrics/src/outcome-figures.ts

/** Cache hit rate per layer, from cache-setup's records. */
function outcome_figures_cacheFigures(runs) {
    const layers = new Map();
    for (const run of runs) {
        for (const o of run.outcomes) {
            if (o.type !== 'cache')
                continue;
            let f = layers.get(o.layer);
            if (!f)
                layers.set(o.layer, (f = { layer: o.layer, total: 0, exact: 0, partial: 0, miss: 0, hitRate: null, restoreRate: null }));
            f.total += 1;
            f[o.hit] += 1;
        }
    }
    return [...layers.values()]
        .map((f) => ({ ...f, hitRate: ratio(f.exact, f.total), restoreRate: ratio(f.exact + f.partial, f.total) }))
        .sort((a, b) => a.layer.localeCompare(b.layer));
}
function outcome_figures_signatureFigures(runs, deployments, allRuns, defaultBranch) {
    let builds = 0;
    let signedBuilds = 0;
    for (const run of runs) {
        // Pull-request builds are not released, so they are not expected to be signed.
        if (run.conclusion !== 'success' || run.branch !== defaultBranch || run.event === 'pull_request')
            continue;
        const signatures = run.outcomes.filter((o) => o.type === 'signature');
        if (run.artifacts === 0 && signatures.length === 0)
            continue;
        builds += 1;
        if (signatures.length > 0 && signatures.every((s) => s.signed))
            signedBuilds += 1;
    }
    // A deployment is verified by any run of its commit (verify-deploy often runs in the deploy workflow).
    const verifiedBySha = new Map();
    for (const run of allRuns) {
        for (const o of run.outcomes) {
            if (o.type !== 'verification')
                continue;
            const list = verifiedBySha.get(run.sha) ?? [];
            list.push(o);
            verifiedBySha.set(run.sha, list);
        }
    }
    const successful = deployments.filter((d) => d.state === 'success');
    const verified = successful.filter((d) => {
        const records = (verifiedBySha.get(d.sha) ?? []).filter((v) => v.environment === undefined || v.environment === d.environment);
        return records.length > 0 && records.every((v) => v.verified);
    });
    return {
        builds,
        signedBuilds,
        coverage: ratio(signedBuilds, builds),
        deployments: successful.length,
        verifiedDeployments: verified.length,
        verifiedCoverage: ratio(verified.length, successful.length),
    };
}
function outcome_figures_scanFigures(runs) {
    let total = 0;
    let passed = 0;
    for (const run of runs) {
        for (const o of run.outcomes) {
            if (o.type !== 'scan')
                continue;
            total += 1;
            if (o.decision === 'pass')
                passed += 1;
        }
    }
    return { total, passed, passRate: ratio(passed, total) };
}
function outcome_figures_reproducibilityFigures(runs) {
    const f = { total: 0, reproducible: 0, rate: null, hermetic: 0, notIsolated: 0 };
    for (const run of runs) {
        for (const o of run.outcomes) {
            if (o.type !== 'reproducibility')
                continue;
            f.total += 1;
            if (o.reproducible)
                f.reproducible += 1;
            if (o.hermetic === 'yes')
                f.hermetic += 1;
            if (o.hermetic === 'not-isolated')
                f.notIsolated += 1;
        }
    }
    return { ...f, rate: ratio(f.reproducible, f.total) };
}

;// CONCATENATED MODULE: ./packages/metrics/src/regressions.ts


const regressions_minutes = (s) => `${(s / 60).toFixed(1)} min`;
/** Runs over the budget (cancelled runs aside): `runs` are those to judge, usually the new ones. */
function regressions_budgetRegressions(runs, options) {
    const budgetSeconds = options.maxMinutes * 60;
    return runs
        .filter((r) => r.conclusion !== 'cancelled' && runSeconds(r) > budgetSeconds)
        .sort((a, b) => runSeconds(b) - runSeconds(a))
        .map((r) => ({
        kind: 'budget',
        workflow: r.workflow,
        runId: r.id,
        seconds: runSeconds(r),
        budgetSeconds,
        message: `${r.workflow} run ${r.id} took ${regressions_minutes(runSeconds(r))}, over the ${options.maxMinutes}-minute budget`,
    }));
}
/** p50 and p95 of successful runs in `recent` against `baseline`, per workflow. */
function regressions_percentileRegressions(workflow, recent, baseline, options) {
    const min = options.minSamples ?? 5;
    const ok = (runs) => runs.filter((r) => r.conclusion === 'success').map(runSeconds);
    const now = distribution(ok(recent));
    const before = distribution(ok(baseline));
    if (now.count < min || before.count < min)
        return [];
    const out = [];
    for (const kind of ['p50', 'p95']) {
        const value = now[kind] ?? 0;
        const base = before[kind] ?? 0;
        if (base <= 0)
            continue;
        const percent = ((value - base) / base) * 100;
        if (percent > options.regressionPercent) {
            out.push({
                kind,
                workflow,
                seconds: value,
                baselineSeconds: base,
                percent,
                message: `${workflow} ${kind} rose ${percent.toFixed(0)}% to ${regressions_minutes(value)} (baseline ${regressions_minutes(base)}; allowed +${options.regressionPercent}%)`,
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/metrics/src/report.ts





const report_DAY = 86_400;
const report_iso = (s) => new Date(s * 1000).toISOString();
function groupBy(runs) {
    const out = new Map();
    for (const r of runs) {
        const list = out.get(r.workflow);
        if (list)
            list.push(r);
        else
            out.set(r.workflow, [r]);
    }
    return out;
}
/** Computes every figure of a history over the rolling window ending at `now`. */
function buildReport(history, options) {
    const windowDays = options.windowDays ?? 30;
    const recentDays = options.recentDays ?? 7;
    const maxMinutes = options.maxMinutes ?? 15;
    const regressionPercent = options.regressionPercent ?? 20;
    const to = options.now;
    const from = to - windowDays * report_DAY;
    const recentFrom = to - recentDays * report_DAY;
    const baselineFrom = recentFrom - windowDays * report_DAY;
    const inWindow = history.runs.filter((r) => r.createdAt >= from && r.createdAt <= to);
    const byWorkflow = groupBy(inWindow);
    const workflows = [...byWorkflow.entries()]
        .map(([name, runs]) => workflowFigures(name, runs, from, to))
        .sort((a, b) => b.runs - a.runs || a.workflow.localeCompare(b.workflow));
    const regressionOptions = { maxMinutes, regressionPercent };
    const budgetRuns = options.budgetRunIds
        ? history.runs.filter((r) => options.budgetRunIds?.has(r.id))
        : history.runs.filter((r) => r.createdAt >= recentFrom && r.createdAt <= to);
    const regressions = budgetRegressions(budgetRuns, regressionOptions);
    for (const [name, runs] of groupBy(history.runs.filter((r) => r.createdAt >= baselineFrom && r.createdAt <= to))) {
        const recent = runs.filter((r) => r.createdAt >= recentFrom);
        const baseline = runs.filter((r) => r.createdAt < recentFrom);
        regressions.push(...percentileRegressions(name, recent, baseline, regressionOptions));
    }
    const successful = inWindow.filter((r) => r.conclusion === 'success');
    const environments = options.environments ?? [];
    const deploymentsInWindow = history.deployments.filter((d) => isProduction(d, environments) && (d.finishedAt ?? d.createdAt) >= from && (d.finishedAt ?? d.createdAt) <= to);
    const first = history.runs.reduce((m, r) => Math.min(m, r.createdAt), Infinity);
    return {
        repository: history.repository,
        generatedAt: report_iso(to),
        window: { from: report_iso(from), to: report_iso(to), days: windowDays },
        budgetMinutes: maxMinutes,
        regressionPercent,
        totals: {
            runs: inWindow.length,
            successRate: successRate(inWindow.map((r) => r.conclusion)),
            duration: distribution(successful.map(runSeconds)),
            queue: distribution(inWindow.flatMap((r) => (r.conclusion === 'cancelled' ? [] : ((q) => (q === undefined ? [] : [q]))(runQueueSeconds(r))))),
            daily: dailyFigures(inWindow, from, to),
        },
        workflows,
        cache: cacheFigures(inWindow),
        signatures: signatureFigures(inWindow, deploymentsInWindow, history.runs, history.defaultBranch),
        scans: scanFigures(inWindow),
        reproducibility: reproducibilityFigures(inWindow),
        dora: doraFigures(history.deployments, environments, from, to),
        regressions,
        historyRuns: history.runs.length,
        historyFrom: Number.isFinite(first) ? report_iso(first) : null,
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/summary-markdown.ts


const label = (day) => day.slice(5);
/** A mermaid xychart of a workflow's daily p50/p95 in minutes, with the budget line; days without runs are left out. */
function trendMermaid(title, days, budgetMinutes) {
    const rows = days.filter((d) => d.p50 !== null);
    if (rows.length < 2)
        return undefined;
    const m = (s) => ((s ?? 0) / 60).toFixed(1);
    const top = Math.ceil(Math.max(budgetMinutes, ...rows.map((d) => (d.p95 ?? 0) / 60)) * 1.1);
    return [
        'xychart-beta',
        `  title "${title.replace(/"/g, "'")}"`,
        `  x-axis [${rows.map((d) => `"${label(d.day)}"`).join(', ')}]`,
        `  y-axis "minutes" 0 --> ${top}`,
        `  line [${rows.map((d) => m(d.p95)).join(', ')}]`,
        `  line [${rows.map((d) => m(d.p50)).join(', ')}]`,
        `  line [${rows.map(() => budgetMinutes.toFixed(1)).join(', ')}]`,
    ].join('\n');
}
/** The job summary: regressions first, then the figures, tables and mermaid trend charts. */
function summaryMarkdown(report, options = {}) {
    const md = new src/* Markdown */.oz().heading(`CI metrics: ${report.repository}`);
    md.paragraph(`${report.totals.runs} runs in the last ${report.window.days} days (to ${report.window.to.slice(0, 10)}); budget ${report.budgetMinutes} min, regression threshold +${report.regressionPercent}%.`);
    if (report.regressions.length > 0) {
        const shown = report.regressions.slice(0, 10).map((r) => `- ${r.message}`);
        if (report.regressions.length > 10)
            shown.push(`- \u2026 and ${report.regressions.length - 10} more`);
        md.callout('WARNING', `**${report.regressions.length} regression(s)**\n${shown.join('\n')}`);
    }
    else {
        md.callout('TIP', 'No regressions: every new run is within the budget and p50/p95 hold against the baseline.');
    }
    const d = report.dora;
    md.heading('Overview', 3).table(['Runs', 'Success rate', 'p50', 'p95', 'Queue p50', 'Deploys', 'Lead time p50', 'Change failure rate', 'Recovery p50'], [
        [
            report.totals.runs,
            percent(report.totals.successRate),
            format_minutes(report.totals.duration.p50),
            format_minutes(report.totals.duration.p95),
            format_minutes(report.totals.queue.p50),
            `${d.deployments} (${frequency(d.deploymentsPerDay)})`,
            span(d.leadTime.p50),
            percent(d.changeFailureRate),
            span(d.recoveryTime.p50),
        ],
    ], ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']);
    md.heading('Workflows', 3).table(['Workflow', 'Runs', 'Success rate', 'p50', 'p95', 'Queue p50', 'Retried'], report.workflows.map((w) => [
        w.workflow,
        w.runs,
        percent(w.successRate),
        format_minutes(w.duration.p50),
        format_minutes(w.duration.p95),
        format_minutes(w.queue.p50),
        w.retried,
    ]), ['l', 'r', 'r', 'r', 'r', 'r', 'r']);
    for (const w of report.workflows.slice(0, 3)) {
        const chart = trendMermaid(`${w.workflow}: p95, p50 and budget (min)`, w.daily, report.budgetMinutes);
        const body = new src/* Markdown */.oz();
        if (chart)
            body.mermaid(chart);
        body.table(['Job', 'p50', 'p95', 'Success rate', 'Flaky runs', 'On critical path'], w.jobs
            .slice(0, 15)
            .map((j) => [j.name, format_minutes(j.duration.p50), format_minutes(j.duration.p95), percent(j.successRate), j.flaky, percent(j.onCriticalPath)]), ['l', 'r', 'r', 'r', 'r', 'r']);
        if (w.criticalPath) {
            body.paragraph(`Critical path of run ${w.criticalPath.runId} (${format_minutes(w.criticalPath.seconds)}): ${w.criticalPath.jobs.map((j) => `${j.name} (${format_minutes(j.seconds)})`).join(' \u2192 ')}`);
        }
        if (w.slowestSteps.length > 0) {
            body.table(['Slowest steps', 'Job', 'p50', 'p95'], w.slowestSteps.slice(0, 5).map((s) => [s.step, s.job, format_minutes(s.duration.p50), format_minutes(s.duration.p95)]), ['l', 'l', 'r', 'r']);
        }
        md.heading(w.workflow, 3).raw(body.toString());
    }
    md.heading('Supply chain and caching', 3).table(['Figure', 'Value', 'Counted'], [
        [
            'Signature coverage (builds signed)',
            percent(report.signatures.coverage),
            `${report.signatures.signedBuilds} of ${report.signatures.builds}`,
        ],
        [
            'Deployments verified',
            percent(report.signatures.verifiedCoverage),
            `${report.signatures.verifiedDeployments} of ${report.signatures.deployments}`,
        ],
        ['Scan pass rate', percent(report.scans.passRate), `${report.scans.passed} of ${report.scans.total}`],
        [
            'Reproducible builds',
            percent(report.reproducibility.rate),
            `${report.reproducibility.reproducible} of ${report.reproducibility.total} (${report.reproducibility.hermetic} hermetic)`,
        ],
        ...report.cache.map((c) => [
            `Cache hit rate: ${c.layer}`,
            percent(c.hitRate),
            `${c.exact} exact, ${c.partial} partial, ${c.miss} miss`,
        ]),
    ], ['l', 'r', 'l']);
    if (options.dashboardUrl)
        md.paragraph(`Dashboard: ${options.dashboardUrl}`);
    return md.toString();
}

;// CONCATENATED MODULE: ./packages/metrics/src/regression-issue.ts


const issue = src/* decode.object */.D4.object({ number: src/* decode.number */.D4.number, title: src/* decode.string */.D4.string, html_url: src/* decode.withDefault */.D4.withDefault(src/* decode.string */.D4.string, '') });
/** The issue that tracks regressions: opened once, and not again while it is still open. */
async function openRegressionIssue(client, repository, regressions, options = {}) {
    if (regressions.length === 0)
        return undefined;
    const label = options.label ?? 'ci-metrics';
    const title = 'CI performance regression';
    const what = `the open ${label} issues of ${repository}`;
    const open = decodeApi(decode.array(issue), (await client.get(`/repos/${repository}/issues?state=open&labels=${encodeURIComponent(label)}&per_page=100`, what)).data, what);
    const existing = open.find((i) => i.title === title);
    if (existing)
        return { number: existing.number, url: existing.html_url, created: false };
    const body = [
        `ci-metrics found ${regressions.length} regression(s):`,
        '',
        ...regressions.slice(0, 30).map((r) => `- ${r.message}`),
        ...(options.dashboardUrl ? ['', `Dashboard: ${options.dashboardUrl}`] : []),
        '',
        'Close this issue once the pipeline is back within its budget; the next regression opens a new one.',
    ].join('\n');
    const created = decodeApi(issue, (await client.post(`/repos/${repository}/issues`, { title, body, labels: [label] }, `a new issue in ${repository}`)).data, 'the new issue');
    return { number: created.number, url: created.html_url, created: true };
}

;// CONCATENATED MODULE: ./packages/metrics/src/index.ts

































/***/ }),

/***/ 43666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oe: () => (/* binding */ pct),
/* harmony export */   TS: () => (/* binding */ upsertRows),
/* harmony export */   lp: () => (/* binding */ numberedPlaceholders),
/* harmony export */   rG: () => (/* binding */ inLists)
/* harmony export */ });
/**
 * The little SQL both embedded SQLite and PostgreSQL need from a connection: queries written
 * with `?` placeholders, a streamed read, and a transaction. The history store and the figures
 * speak only to this, so one set of statements serves both databases.
 */
/** `percentile_cont` in each dialect: linear interpolation between the closest ranks, as core's `percentile`. */
function pct(driver, expr, p) {
    return driver.dialect === 'postgres' ? `percentile_cont(${p}) WITHIN GROUP (ORDER BY ${expr})` : `percentile_cont(${expr}, ${p})`;
}
/** Variables per statement kept well under both databases' limits (SQLite 32766, PostgreSQL 65535). */
const MAX_PARAMS = 30_000;
/**
 * Inserts rows in multi-row statements; with `conflict`, an existing key is updated instead
 * (an idempotent upsert). Rows are sorted by key and de-duplicated first, so concurrent writers
 * lock rows in one order and a statement never touches one row twice.
 */
async function upsertRows(driver, table, columns, rows, conflict) {
    if (rows.length === 0)
        return;
    const keyIndex = conflict.keys.map((k) => columns.indexOf(k));
    const keyOf = (r) => JSON.stringify(keyIndex.map((i) => r[i]));
    const unique = new Map();
    for (const r of rows)
        unique.set(keyOf(r), r);
    const sorted = [...unique.values()].sort((a, b) => {
        for (const i of keyIndex) {
            const x = a[i];
            const y = b[i];
            if (x === y)
                continue;
            if (x === null)
                return -1;
            if (y === null)
                return 1;
            return x < y ? -1 : 1;
        }
        return 0;
    });
    const add = conflict.add ?? [];
    const update = conflict.update ?? columns.filter((c) => !conflict.keys.includes(c) && !add.includes(c));
    const sets = [...update.map((c) => `${c} = excluded.${c}`), ...add.map((c) => `${c} = ${table}.${c} + excluded.${c}`)];
    const onConflict = sets.length === 0
        ? `ON CONFLICT (${conflict.keys.join(', ')}) DO NOTHING`
        : `ON CONFLICT (${conflict.keys.join(', ')}) DO UPDATE SET ${sets.join(', ')}${conflict.where ? ` WHERE ${conflict.where}` : ''}`;
    if (driver.dialect === 'postgres' && conflict.types) {
        // One array per column through unnest: one short statement however many rows, which
        // PostgreSQL parses and plans once (multi-row VALUES costs far more per row).
        const types = conflict.types;
        const arrays = columns.map((_, i) => sorted.map((r) => r[i] ?? null));
        for (let at = 0; at < sorted.length; at += 5000) {
            await driver.run(`INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${columns.map((c) => `?::${types[c] ?? 'text'}[]`).join(', ')}) ${onConflict}`, arrays.map((a) => a.slice(at, at + 5000)));
        }
        return;
    }
    const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    for (let at = 0; at < sorted.length; at += perStatement) {
        const chunk = sorted.slice(at, at + perStatement);
        await driver.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')} ${onConflict}`, chunk.flat());
    }
}
/** `?` placeholders to PostgreSQL's `$1, $2, ...` (the statements here hold no `?` in literals). */
function numberedPlaceholders(sql) {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
}
/** Ids in groups small enough for one `IN (...)` list of both engines, each with its placeholders. */
function* inLists(ids, size = 500) {
    for (let i = 0; i < ids.length; i += size) {
        const chunk = ids.slice(i, i + size);
        yield { ids: chunk, marks: chunk.map(() => '?').join(', ') };
    }
}


/***/ })

};
