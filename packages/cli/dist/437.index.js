export const id = 437;
export const ids = [437];
export const modules = {

/***/ 9437:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ir: () => (/* reexport */ RUNNERS),
  cL: () => (/* reexport */ encodeStore),
  Lx: () => (/* reexport */ parseTimingText),
  NP: () => (/* reexport */ planDocument),
  tF: () => (/* reexport */ planShards),
  HY: () => (/* reexport */ preparePlan),
  sl: () => (/* reexport */ readFileFeatures),
  sC: () => (/* reexport */ readTimingFiles),
  vj: () => (/* reexport */ recordRun),
  Xm: () => (/* reexport */ selectShard),
  PE: () => (/* reexport */ shardSelection),
  j_: () => (/* reexport */ timeUniverse)
});

// UNUSED EXPORTS: COMMAND_LINE_BUDGET, DEFAULT_TEST_FILES, JUnitReader, PytestFsResolver, PytestResolver, assignShards, byCodeUnits, canExcludeTests, checkPlan, checkSummary, decodeStore, discoverTestFiles, dottedModule, escapeRegex, estimateFiles, exactTestSelection, fitOverhead, guessPytestPath, knownFlaky, normalizePath, overheadOfReports, parseJUnit, planSummary, readSeconds, readTestEntries, readTestList, readTimingFile, recordSummary, resolveRunner, runnerCommand, shellQuote, splitTestId, storeAsSource, testId

// EXTERNAL MODULE: ./packages/core/src/index.ts + 26 modules
var src = __webpack_require__(63220);
;// CONCATENATED MODULE: ./packages/shard/src/flat-json.ts

/**
 * A streaming reader of the flat JSON objects timing tools write, `{"key": number, ...}`
 * (pytest-split's `.test_durations`, Knapsack reports): it holds one key at a time, never the
 * text or a parsed object, so such a file costs memory only for what is kept of each entry.
 * When the first entry is not a number keyed by a path or test id (a timings store, jest
 * results), `flat` is false and the caller parses the text as a whole instead.
 */
class FlatJsonReader {
    source;
    onEntry;
    /** Undefined until the first value is seen; then whether the document is a flat object of numbers. */
    flat;
    state = 'start';
    key = '';
    escape;
    number = '';
    line = 1;
    column = 0;
    entries = 0;
    constructor(source, onEntry) {
        this.source = source;
        this.onEntry = onEntry;
    }
    fail(message) {
        throw new src/* UserError */.yo(`${this.source} is not valid JSON at line ${this.line}, column ${this.column} (${message})`);
    }
    /** Feeds text; returns false as soon as the document is known not to be flat (nothing more is read). */
    write(chunk) {
        for (let i = 0; i < chunk.length; i++) {
            const c = chunk[i];
            if (c === '\n') {
                this.line += 1;
                this.column = 0;
            }
            else
                this.column += 1;
            switch (this.state) {
                case 'start':
                    if (isSpace(c))
                        continue;
                    if (c !== '{') {
                        this.flat = false;
                        return false;
                    }
                    this.state = 'key-or-end';
                    continue;
                case 'key-or-end':
                case 'comma-or-end':
                    if (isSpace(c))
                        continue;
                    if (c === '}') {
                        this.state = 'done';
                        if (this.flat === undefined)
                            this.flat = true;
                        continue;
                    }
                    if (this.state === 'comma-or-end') {
                        if (c !== ',')
                            this.fail(`expected ',' or '}', got '${c}'`);
                        this.state = 'key-or-end';
                        this.entries += 1;
                        continue;
                    }
                    if (c !== '"')
                        this.fail(`expected a key, got '${c}'`);
                    this.key = '';
                    this.state = 'key';
                    continue;
                case 'key': {
                    if (this.escape === undefined) {
                        // The plain run of the key up to its end or an escape, in one slice.
                        let j = i;
                        while (j < chunk.length && chunk[j] !== '"' && chunk[j] !== '\\')
                            j += 1;
                        if (j > i) {
                            const run = chunk.slice(i, j);
                            // eslint-disable-next-line no-control-regex
                            if (/[\u0000-\u001f]/.test(run))
                                this.fail('a control character in a string');
                            this.key += run;
                            this.column += j - i - 1;
                            i = j - 1;
                            continue;
                        }
                    }
                    if (this.escape !== undefined) {
                        this.escape += c;
                        const done = this.unescape();
                        if (done !== undefined) {
                            this.key += done;
                            this.escape = undefined;
                        }
                        continue;
                    }
                    if (c === '\\')
                        this.escape = '';
                    else if (c === '"')
                        this.state = 'colon';
                    else
                        this.key += c;
                    continue;
                }
                case 'colon':
                    if (isSpace(c))
                        continue;
                    if (c !== ':')
                        this.fail(`expected ':', got '${c}'`);
                    this.state = 'value';
                    this.number = '';
                    continue;
                case 'value':
                    if (this.number === '' && isSpace(c))
                        continue;
                    if (/[-+0-9.eE]/.test(c)) {
                        this.number += c;
                        continue;
                    }
                    if (this.number === '') {
                        if (this.flat === undefined) {
                            this.flat = false;
                            return false;
                        }
                        this.fail(`the value of "${this.key}" is not a number`);
                    }
                    if (!this.emit())
                        return false;
                    this.state = 'comma-or-end';
                    i -= 1;
                    this.column -= 1;
                    if (c === '\n')
                        this.line -= 1;
                    continue;
                case 'done':
                    if (!isSpace(c))
                        this.fail(`text after the end of the document: '${c}'`);
            }
        }
        return this.flat !== false;
    }
    /** Ends the document; fails if it stopped short. */
    close() {
        if (this.state === 'value' && this.number !== '') {
            this.emit();
            this.state = 'comma-or-end';
        }
        if (this.state !== 'done')
            this.fail(this.state === 'start' ? 'the file is empty' : 'the document ends early');
    }
    /** Hands on one entry; false when the first entry shows this is not a timing map (jest's `numFailedTests`). */
    emit() {
        if (!/^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/.test(this.number))
            this.fail(`'${this.number}' is not a JSON number`);
        if (this.flat === undefined) {
            // Timing maps are keyed by paths or test ids; anything else is parsed as a whole.
            if (!/::|[/.]/.test(this.key)) {
                this.flat = false;
                return false;
            }
            this.flat = true;
        }
        this.onEntry(this.key, Number(this.number));
        return true;
    }
    /** The character an escape stands for once complete, else undefined. */
    unescape() {
        const e = this.escape ?? '';
        const simple = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e.length === 1 && e !== 'u') {
            const ch = simple[e];
            if (ch === undefined)
                this.fail(`a bad escape '\\${e}'`);
            return ch;
        }
        if (e.length < 5)
            return undefined;
        if (!/^u[0-9a-fA-F]{4}$/.test(e))
            this.fail(`a bad escape '\\${e}'`);
        return String.fromCharCode(parseInt(e.slice(1), 16));
    }
}
const isSpace = (c) => c === ' ' || c === '\n' || c === '\r' || c === '\t';

;// CONCATENATED MODULE: ./packages/shard/src/json-timings.ts

/** Collects pytest-split entries (`path::test` -> seconds) into tests, one string per file. */
class DurationsBuilder {
    source;
    tests = [];
    files = new Map();
    constructor(source) {
        this.source = source;
    }
    add(id, seconds, where) {
        if (typeof seconds !== 'number')
            throw new src/* UserError */.yo(`${where}: expected a number, got ${JSON.stringify(seconds) ?? String(seconds)}`);
        const cut = id.indexOf('::');
        if (cut <= 0)
            throw new src/* UserError */.yo(`${this.source}: key "${id}" is not a pytest node id (path::test)`);
        if (!Number.isFinite(seconds) || seconds < 0)
            throw new src/* UserError */.yo(`${this.source}: "${id}": expected non-negative seconds, got ${seconds}`);
        const raw = id.slice(0, cut);
        let file = this.files.get(raw);
        if (file === undefined) {
            file = raw;
            this.files.set(raw, raw);
        }
        this.tests.push({ file, name: id.slice(cut + 2), seconds, outcome: 'passed', retried: false });
    }
    build() {
        return { source: this.source, format: 'pytest-durations', tests: this.tests, files: new Map() };
    }
}
/** Collects Knapsack entries (file -> seconds). */
class KnapsackBuilder {
    source;
    files = new Map();
    constructor(source) {
        this.source = source;
    }
    add(file, seconds, where) {
        if (typeof seconds !== 'number')
            throw new src/* UserError */.yo(`${where}: expected a number, got ${JSON.stringify(seconds) ?? String(seconds)}`);
        if (!Number.isFinite(seconds) || seconds < 0)
            throw new src/* UserError */.yo(`${this.source}: "${file}": expected non-negative seconds, got ${seconds}`);
        this.files.set(file, seconds);
    }
    build() {
        return { source: this.source, format: 'knapsack', tests: [], files: this.files };
    }
}
/** pytest-split's `.test_durations`: `{"path::test": seconds}` (or the older list of pairs). One pass, linear in its size. */
function parsePytestDurations(value, source) {
    const b = new DurationsBuilder(source);
    if (Array.isArray(value)) {
        for (const [i, pair] of value.entries()) {
            const [id, seconds] = pairOf(Array.isArray(pair) ? pair : [], `${source}: [${i}]`);
            b.add(id, seconds, `${source}: [${i}]`);
        }
    }
    else if (typeof value === 'object' && value !== null) {
        const obj = value;
        for (const id in obj)
            if (Object.hasOwn(obj, id))
                b.add(id, obj[id], `${source}: ${id}`);
    }
    else {
        throw new src/* UserError */.yo(`${source}: expected an object of "path::test": seconds`);
    }
    return b.build();
}
function pairOf(pair, path) {
    const [id, seconds] = pair;
    if (pair.length !== 2 || typeof id !== 'string' || typeof seconds !== 'number') {
        throw new src/* UserError */.yo(`${path}: expected a pair ["path::test", seconds]`);
    }
    return [id, seconds];
}
/** A Knapsack report: `{"spec/a_spec.rb": seconds}`, whole files. */
function parseKnapsack(value, source) {
    const b = new KnapsackBuilder(source);
    const obj = value;
    for (const file in obj)
        if (Object.hasOwn(obj, file))
            b.add(file, obj[file], `${source}: ${file}`);
    return b.build();
}
const assertion = src/* decode.object */.D4.object({
    fullName: src/* decode.string */.D4.string,
    status: src/* decode.string */.D4.string,
    duration: src/* decode.optional */.D4.optional(src/* decode.number */.D4.number),
    invocations: src/* decode.optional */.D4.optional(src/* decode.number */.D4.number),
});
const jestResults = src/* decode.object */.D4.object({
    testResults: src/* decode.array */.D4.array(src/* decode.object */.D4.object({
        name: src/* decode.string */.D4.string,
        startTime: src/* decode.optional */.D4.optional(src/* decode.number */.D4.number),
        endTime: src/* decode.optional */.D4.optional(src/* decode.number */.D4.number),
        assertionResults: src/* decode.withDefault */.D4.withDefault(src/* decode.array */.D4.array(assertion), []),
    })),
});
const JEST_OUTCOME = {
    passed: 'passed',
    failed: 'failed',
    pending: 'skipped',
    skipped: 'skipped',
    todo: 'skipped',
    disabled: 'skipped',
    focused: 'passed',
};
/** jest `--json` results: per-test durations (ms) and per-file wall time. */
function parseJestJson(value, source) {
    const doc = (0,src/* decodeDocument */.w8)(jestResults, value, source);
    const tests = [];
    const files = new Map();
    for (const [i, file] of doc.testResults.entries()) {
        if (file.startTime !== undefined && file.endTime !== undefined && file.endTime >= file.startTime) {
            files.set(file.name, (file.endTime - file.startTime) / 1000);
        }
        for (const [j, a] of file.assertionResults.entries()) {
            const outcome = JEST_OUTCOME[a.status];
            if (!outcome)
                throw new src/* UserError */.yo(`${source}: testResults[${i}].assertionResults[${j}].status: unknown status '${a.status}'`);
            tests.push({
                file: file.name,
                name: a.fullName,
                seconds: (a.duration ?? 0) / 1000,
                ...(a.duration === undefined ? { untimed: true } : {}),
                outcome,
                retried: outcome === 'passed' && (a.invocations ?? 1) > 1,
            });
        }
    }
    return { source, format: 'jest-json', tests, files };
}

// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __webpack_require__(59800);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/shard/src/pytest-address.ts


/** The dotted module pytest writes for a path: tests/API/test_x.py -> tests.API.test_x. */
function dottedModule(path) {
    return path.replace(/\.py$/, '').replace(/\//g, '.');
}
/** Splits an address once the module part is known to be `moduleLength` characters of the dotted path. */
function split(address, file, moduleLength) {
    if (address.classname === '')
        return { file, name: '' };
    const classes = address.classname.slice(moduleLength + 1);
    return { file, name: classes === '' ? address.name : `${classes.split('.').join('::')}::${address.name}` };
}
/** Resolves addresses against a list of known `.py` files (the test universe). */
class PytestResolver {
    byModule = new Map();
    constructor(files) {
        for (const f of files) {
            if (!f.endsWith('.py'))
                continue;
            const m = dottedModule(f);
            // Two files with one dotted name (a/b.py and a.b.py) cannot be told apart: neither is chosen.
            this.byModule.set(m, this.byModule.has(m) && this.byModule.get(m) !== f ? null : f);
        }
    }
    /** The known file whose dotted module is the longest prefix of the address, if exactly one is. */
    resolve(address) {
        const dotted = address.classname === '' ? address.name : address.classname;
        for (let end = dotted.length; end > 0; end = dotted.lastIndexOf('.', end - 1)) {
            const file = this.byModule.get(dotted.slice(0, end));
            if (file === null)
                return undefined;
            if (file !== undefined)
                return split(address, file, end);
            if (address.classname === '')
                break; // a module-level entry names the module exactly
        }
        return undefined;
    }
}
/**
 * Resolves addresses against the folders under `root`, reading each folder at most once:
 * at each level the dotted path must continue with an existing folder name (which may hold
 * dots) or end in an existing `<name>.py`.
 */
class PytestFsResolver {
    root;
    listings = new Map();
    constructor(root) {
        this.root = root;
    }
    resolve(address) {
        const dotted = address.classname === '' ? address.name : address.classname;
        const found = this.walk('', dotted);
        if (found.length !== 1)
            return undefined;
        const file = found[0];
        const moduleLength = dottedModule(file).length;
        if (address.classname === '' && moduleLength !== dotted.length)
            return undefined;
        return split(address, file, moduleLength);
    }
    list(dir) {
        let entries = this.listings.get(dir);
        if (!entries) {
            try {
                entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(this.root, dir), { withFileTypes: true });
            }
            catch {
                entries = [];
            }
            this.listings.set(dir, entries);
        }
        return entries;
    }
    /** Every file path whose dotted module is a prefix of `rest` at a dot boundary, below `dir`. */
    walk(dir, rest) {
        const out = [];
        for (const e of this.list(dir)) {
            const path = dir === '' ? e.name : `${dir}/${e.name}`;
            if (e.isDirectory()) {
                if (rest.startsWith(`${e.name}.`))
                    out.push(...this.walk(path, rest.slice(e.name.length + 1)));
            }
            else if (e.name.endsWith('.py')) {
                const mod = e.name.slice(0, -3);
                if (rest === mod || rest.startsWith(`${mod}.`))
                    out.push(path);
            }
        }
        // A deeper module wins over a shallower one of the same prefix (tests/a.py vs tests/a/b.py for tests.a.b).
        if (out.length > 1) {
            const longest = Math.max(...out.map((p) => dottedModule(p).length));
            return out.filter((p) => dottedModule(p).length === longest);
        }
        return out;
    }
}
/**
 * The path a pytest address most likely names when no file can be checked: the module ends at
 * the last part that looks like a test module (`test_*`, `*_test`) before any `Test*` class.
 * Used only when the files are not here; a folder with a dot in its name cannot be recovered.
 */
function guessPytestPath(address) {
    const dotted = address.classname === '' ? address.name : address.classname;
    const parts = dotted.split('.');
    if (address.classname === '')
        return { file: `${parts.join('/')}.py`, name: '' };
    const firstClass = parts.findIndex((p, i) => i > 0 && /^Test/.test(p));
    const limit = firstClass < 0 ? parts.length : firstClass;
    let end = limit;
    for (let i = limit - 1; i >= 0; i--) {
        if (/^test_|_test$/.test(parts[i] ?? '')) {
            end = i + 1;
            break;
        }
    }
    const file = `${parts.slice(0, end).join('/')}.py`;
    return split(address, file, parts.slice(0, end).join('.').length);
}

;// CONCATENATED MODULE: ./packages/shard/src/report-number.ts
/**
 * Seconds as report writers spell them. Runners format times with the build machine's locale,
 * so `0,5` (a decimal comma), `1,234.5` (a thousands comma) and `1.234,5` (a thousands point)
 * all occur. A number is read by its shape; the one shape that fits both conventions, one
 * separator followed by exactly three digits (`1,234`, `1.234`), is decided by the other numbers
 * of the same report, and read as the small number (1.234 s) when they say nothing.
 */
const INTEGER = /^\d+$/;
const SCIENTIFIC = /^(\d+\.?\d*|\.\d+)[eE][-+]?\d+$/;
/** Reads one attribute value; an absent or blank value is `none` (untimed, not zero). */
function readSeconds(raw) {
    if (raw === undefined)
        return { kind: 'none' };
    const s = raw.trim();
    if (s === '')
        return { kind: 'none' };
    if (INTEGER.test(s))
        return { kind: 'value', seconds: Number(s) };
    if (SCIENTIFIC.test(s))
        return { kind: 'value', seconds: Number(s), style: 'point' };
    const dots = count(s, '.');
    const commas = count(s, ',');
    if (!/^[\d.,]+$/.test(s))
        return { kind: 'invalid' };
    if (dots === 1 && commas === 0) {
        if (/^\d{1,3}\.\d{3}$/.test(s))
            return { kind: 'ambiguous', point: Number(s), comma: Number(s.replace('.', '')) };
        return /^\d*\.\d+$|^\d+\.$/.test(s) ? { kind: 'value', seconds: Number(s), style: 'point' } : { kind: 'invalid' };
    }
    if (commas === 1 && dots === 0) {
        const asPoint = s.replace(',', '.');
        if (/^\d{1,3},\d{3}$/.test(s))
            return { kind: 'ambiguous', point: Number(s.replace(',', '')), comma: Number(asPoint) };
        return /^\d*,\d+$|^\d+,$/.test(s) ? { kind: 'value', seconds: Number(asPoint), style: 'comma' } : { kind: 'invalid' };
    }
    // Thousands groups then the decimal separator: 1,234,567.5 or 1.234.567,5; or whole groups only.
    if (/^\d{1,3}(,\d{3})+\.\d*$/.test(s) || /^\d{1,3}(,\d{3}){2,}$/.test(s))
        return { kind: 'value', seconds: Number(s.replace(/,/g, '')), style: 'point' };
    if (/^\d{1,3}(\.\d{3})+,\d*$/.test(s) || /^\d{1,3}(\.\d{3}){2,}$/.test(s))
        return { kind: 'value', seconds: Number(s.replace(/\./g, '').replace(',', '.')), style: 'comma' };
    return { kind: 'invalid' };
}
/** Resolves an ambiguous reading by the report's style; without one, the small reading. */
function resolveAmbiguous(reading, style, raw) {
    if (style === 'point')
        return reading.point;
    if (style === 'comma')
        return reading.comma;
    // No evidence either way: 1,234 and 1.234 both read as 1.234 s (three decimals is how runners write times).
    return raw.includes(',') ? reading.comma : reading.point;
}
/** Collects the styles a report's numbers show, to settle its ambiguous ones. */
class StyleEvidence {
    point = 0;
    comma = 0;
    note(reading) {
        if (reading.kind !== 'value' || !reading.style)
            return;
        if (reading.style === 'point')
            this.point += 1;
        else
            this.comma += 1;
    }
    /** The style the report shows, or undefined when it shows none or both. */
    get style() {
        if (this.point > 0 && this.comma === 0)
            return 'point';
        if (this.comma > 0 && this.point === 0)
            return 'comma';
        return undefined;
    }
}
function count(s, ch) {
    let n = 0;
    for (const c of s)
        if (c === ch)
            n += 1;
    return n;
}

;// CONCATENATED MODULE: ./packages/shard/src/junit.ts




const FAILED = new Set(['failure', 'error']);
const RETRIED = new Set(['flakyFailure', 'flakyError']);
const SPEC = /\.(spec|test)\.[cm]?[jt]sx?$/;
/**
 * A streaming reader of JUnit XML reports (jest-junit, pytest, Surefire, go-junit-report,
 * Playwright, node --test): feed it text in chunks of any size, then `finish`. It keeps no
 * tree, only the open elements and one small record per test case, so its memory grows with
 * the number of tests, never with nesting or the size of outputs and stack traces.
 */
class JUnitReader {
    source;
    parser = new saxes/* SaxesParser */.wT({ xmlns: false, position: true });
    /** The open elements, and whether each opened a suite. */
    stack = [];
    suites = [];
    suiteStack = [];
    cases = [];
    evidence = new StyleEvidence();
    /** One copy of each repeated string (classnames, files), so a million cases do not hold a million copies. */
    strings = new Map();
    pytestGuesses = new Map();
    current;
    caseDepth = -1;
    rootName;
    rootIsSuites = false;
    rootHasId = false;
    rootTime;
    casesUnderRoot = 0;
    sawPytestSuite = false;
    sawGo = false;
    sawSurefire = false;
    firstCaseFile;
    allSuitesSpecs = true;
    constructor(source) {
        this.source = source;
        this.parser.on('opentag', (tag) => this.open(tag));
        this.parser.on('closetag', (tag) => this.close(tag));
    }
    /** Feeds the next piece of the report. */
    write(chunk) {
        try {
            this.parser.write(chunk);
        }
        catch (error) {
            throw this.malformed(error);
        }
    }
    /** Ends the report and returns what it says. */
    finish() {
        try {
            this.parser.close();
        }
        catch (error) {
            throw this.malformed(error);
        }
        if (this.rootName === undefined && !this.rootIsSuites && this.suites.length === 0) {
            throw new src/* UserError */.yo(`${this.source} is not a JUnit report: its root element must be <testsuites> or <testsuite>`);
        }
        return this.build();
    }
    malformed(error) {
        if (error instanceof src/* UserError */.yo)
            return error;
        const message = (error instanceof Error ? error.message : String(error)).replace(/^(?:[^:]*:)?\d+:\d+: /, '');
        return new src/* UserError */.yo(`${this.source} is not well-formed JUnit XML at line ${this.parser.line}, column ${this.parser.column + 1}: ${message}`, { hint: 'the test run may have been cut short while writing the report; rerun it or drop this file', cause: error });
    }
    intern(s) {
        if (s === undefined)
            return undefined;
        const known = this.strings.get(s);
        if (known !== undefined)
            return known;
        this.strings.set(s, s);
        return s;
    }
    time(raw, where) {
        const r = readSeconds(raw);
        this.evidence.note(r);
        switch (r.kind) {
            case 'none':
                return undefined;
            case 'value':
                return r.seconds;
            case 'ambiguous':
                return { raw: (raw ?? '').trim(), point: r.point, comma: r.comma };
            case 'invalid':
                throw new src/* UserError */.yo(`${this.source}: ${where()}: expected seconds as a non-negative number, got '${raw ?? ''}'`);
        }
    }
    open(tag) {
        const name = tag.name;
        const a = tag.attributes;
        const depth = this.stack.length;
        const parent = this.stack[depth - 1]?.name;
        const entry = { name, suite: false };
        this.stack.push(entry);
        if (depth === 0) {
            if (name !== 'testsuites' && name !== 'testsuite') {
                throw new src/* UserError */.yo(`${this.source} is not a JUnit report: its root element must be <testsuites> or <testsuite>`);
            }
            this.rootIsSuites = name === 'testsuites';
            if (this.rootIsSuites) {
                this.rootName = a['name'] ?? '';
                this.rootHasId = a['id'] !== undefined;
                this.rootTime = this.time(a['time'], () => 'testsuites time');
                return;
            }
        }
        if (name === 'testsuite' && (depth === 0 || parent === 'testsuites' || parent === 'testsuite')) {
            const suiteName = a['name'];
            if (suiteName === 'pytest')
                this.sawPytestSuite = true;
            if ((a['xsi:noNamespaceSchemaLocation'] ?? '').includes('surefire'))
                this.sawSurefire = true;
            if (!SPEC.test(suiteName ?? ''))
                this.allSuitesSpecs = false;
            this.suites.push({
                name: suiteName,
                file: a['file'],
                time: this.time(a['time'], () => `testsuite '${suiteName ?? ''}' time`),
                parent: this.suiteStack.at(-1) ?? -1,
            });
            this.suiteStack.push(this.suites.length - 1);
            entry.suite = true;
            return;
        }
        if (name === 'property' && parent === 'properties' && a['name'] === 'go.version') {
            this.sawGo = true;
            return;
        }
        if (name === 'testcase' && (parent === 'testsuite' || parent === 'testsuites') && this.current === undefined) {
            const caseName = a['name'];
            const suite = this.suiteStack.at(-1) ?? -1;
            if (caseName === undefined) {
                const ofSuite = suite >= 0 ? this.suites[suite]?.name : undefined;
                const n = this.cases.filter((c) => c.suite === suite).length + 1;
                throw new src/* UserError */.yo(`${this.source}: <testcase> #${n} of suite '${ofSuite ?? '?'}' has no name attribute`);
            }
            if (suite < 0)
                this.casesUnderRoot += 1;
            if (this.cases.length === 0)
                this.firstCaseFile = a['file'];
            this.current = {
                classname: this.intern(a['classname']),
                name: caseName,
                file: this.intern(a['file']),
                time: this.time(a['time'], () => `testcase '${caseName}' time`),
                suite,
                outcome: 'passed',
                retried: false,
            };
            this.caseDepth = depth;
            return;
        }
        if (this.current && depth === this.caseDepth + 1) {
            if (FAILED.has(name))
                this.current.outcome = 'failed';
            else if (name === 'skipped' && this.current.outcome !== 'failed')
                this.current.outcome = 'skipped';
            else if (RETRIED.has(name))
                this.current.retried = true;
        }
    }
    close(tag) {
        const depth = this.stack.length - 1;
        const entry = this.stack.pop();
        if (this.current && depth === this.caseDepth && tag.name === 'testcase') {
            this.cases.push(this.current);
            this.current = undefined;
            this.caseDepth = -1;
            return;
        }
        if (entry?.suite)
            this.suiteStack.pop();
    }
    flavor() {
        if (this.rootName === 'jest tests')
            return 'jest-junit';
        if (this.rootName === 'pytest tests' || this.sawPytestSuite)
            return 'pytest';
        if (this.sawGo)
            return 'go';
        if (this.firstCaseFile?.startsWith('/'))
            return 'node';
        if (this.sawSurefire)
            return 'surefire';
        if (this.rootIsSuites && this.rootHasId && this.suites.length > 0 && this.allSuitesSpecs)
            return 'playwright';
        return 'generic';
    }
    build() {
        const style = this.evidence.style;
        const seconds = (t) => (t === undefined || typeof t === 'number' ? t : resolveAmbiguous(t, style, t.raw));
        const flavor = this.flavor();
        const bySuite = new Map();
        for (const c of this.cases) {
            const s = seconds(c.time);
            const where = this.locate(flavor, c);
            where.file = this.intern(where.file) ?? where.file;
            const record = {
                ...where,
                seconds: s ?? 0,
                outcome: c.outcome,
                retried: c.retried,
                ...(s === undefined ? { untimed: true } : {}),
            };
            const list = bySuite.get(c.suite);
            if (list)
                list.push(record);
            else
                bySuite.set(c.suite, [record]);
        }
        const tests = [];
        // Per suite, the one file all its tests (its nested suites' too) are in, or null for several.
        const single = new Map();
        const join = (suite, file) => {
            for (let s = suite; s >= 0; s = this.suites[s]?.parent ?? -1) {
                const prev = single.get(s);
                const next = prev === undefined ? file : prev === file ? prev : null;
                if (prev === next && prev !== undefined)
                    break;
                single.set(s, next);
            }
        };
        for (const [suite, list] of bySuite) {
            const merged = flavor === 'go' ? foldSubtests(list) : list;
            for (const t of merged) {
                tests.push(t);
                if (suite >= 0)
                    join(suite, t.file);
            }
        }
        const files = new Map();
        if (flavor !== 'pytest') {
            // A suite time covers set-up the test times miss, but only means a file time when the suite
            // is one file; the outermost such suite counts (an inner one is part of it).
            for (const [i, suite] of this.suites.entries()) {
                const file = single.get(i);
                const time = seconds(suite.time);
                if (!file || time === undefined)
                    continue;
                let outer = false;
                for (let p = suite.parent; p >= 0; p = this.suites[p]?.parent ?? -1) {
                    if (single.get(p) && seconds(this.suites[p]?.time) !== undefined)
                        outer = true;
                }
                if (!outer)
                    files.set(file, (files.get(file) ?? 0) + time);
            }
        }
        const wall = seconds(this.rootTime) ?? this.topSuiteSeconds(seconds);
        return {
            source: this.source,
            format: 'junit',
            flavor,
            tests: mergeRepeats(tests),
            files,
            ...(wall !== undefined ? { wallSeconds: wall } : {}),
        };
    }
    /** The file attribute of the nearest enclosing suite that has one. */
    suiteFile(index) {
        for (let i = index; i >= 0; i = this.suites[i]?.parent ?? -1) {
            const file = this.suites[i]?.file;
            if (file !== undefined)
                return file;
        }
        return undefined;
    }
    topSuiteSeconds(seconds) {
        let sum;
        for (const s of this.suites) {
            if (s.parent !== -1)
                continue;
            const t = seconds(s.time);
            if (t !== undefined)
                sum = (sum ?? 0) + t;
        }
        return sum;
    }
    locate(flavor, c) {
        const suite = c.suite >= 0 ? this.suites[c.suite] : undefined;
        const classname = c.classname ?? '';
        switch (flavor) {
            case 'pytest': {
                const address = { classname, name: c.name };
                if (c.file === undefined) {
                    if (classname === '')
                        return { ...guessPytestPath(address), pytest: address };
                    // The guess depends on the classname alone: make it once per class.
                    let guess = this.pytestGuesses.get(classname);
                    if (!guess) {
                        const g = guessPytestPath({ classname, name: '' });
                        guess = { file: g.file, classes: g.name.slice(0, -2) };
                        this.pytestGuesses.set(classname, guess);
                    }
                    return { file: guess.file, name: guess.classes === '' ? c.name : `${guess.classes}::${c.name}`, pytest: address };
                }
                // xunit1 writes the file, so the classname's module part is known: the rest are classes.
                if (classname === '')
                    return { file: c.file, name: '' };
                const module = dottedModule(c.file);
                if (classname === module)
                    return { file: c.file, name: c.name };
                if (classname.startsWith(`${module}.`)) {
                    return { file: c.file, name: [...classname.slice(module.length + 1).split('.'), c.name].join('::') };
                }
                return { file: c.file, name: guessPytestPath(address).name };
            }
            case 'jest-junit':
                // jest-junit writes "{classname} {title}" with an empty classname outside a describe: one leading space.
                return { file: c.file ?? suite?.name ?? classname, name: c.name.startsWith(' ') ? c.name.slice(1) : c.name };
            case 'go':
            case 'surefire':
            case 'playwright':
                return { file: classname || (suite?.name ?? ''), name: c.name };
            default:
                return { file: c.file ?? this.suiteFile(c.suite) ?? (classname || (suite?.name ?? '')), name: c.name };
        }
    }
}
/** Parses a whole JUnit XML report held in memory. */
function parseJUnit(text, source) {
    const reader = new JUnitReader(source);
    reader.write(text);
    return reader.finish();
}
/** Go reports subtests as `TestX/sub`; the parent's time already includes them. */
function foldSubtests(tests) {
    const out = new Map();
    const parents = new Set(tests.filter((t) => !t.name.includes('/')).map((t) => `${t.file}\0${t.name}`));
    for (const t of tests) {
        const top = t.name.split('/')[0] ?? t.name;
        const key = `${t.file}\0${top}`;
        const prev = out.get(key);
        const isSub = top !== t.name;
        if (!prev) {
            out.set(key, { ...t, name: top, seconds: isSub && parents.has(key) ? 0 : t.seconds });
            continue;
        }
        if (!isSub)
            prev.seconds = t.seconds;
        else if (!parents.has(key))
            prev.seconds += t.seconds;
        if (t.outcome === 'failed')
            prev.outcome = 'failed';
        prev.retried ||= t.retried;
    }
    return [...out.values()];
}
/** A test listed twice in one report (a rerun): failed then passed is a retry, the last time counts. */
function mergeRepeats(tests) {
    const out = new Map();
    for (const t of tests) {
        const key = `${t.file}\0${t.name}`;
        const prev = out.get(key);
        if (!prev)
            out.set(key, t);
        else {
            // Both outcomes for one test in one run: a retry that passed, or a rerun that broke.
            const flipped = (prev.outcome === 'failed' && t.outcome === 'passed') || (prev.outcome === 'passed' && t.outcome === 'failed');
            const retried = prev.retried || t.retried || flipped;
            out.set(key, { ...t, retried, outcome: prev.outcome === 'passed' && t.outcome === 'failed' ? 'failed' : t.outcome });
        }
    }
    return [...out.values()];
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
;// CONCATENATED MODULE: ./packages/shard/src/text-stream.ts




const CHUNK = 1 << 20;
function sizeText(bytes) {
    return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(bytes / 1024)} KiB`;
}
/**
 * A text file in chunks of about 1 MiB, with the checks of core's `readTextFile`: a missing,
 * unreadable, folder, too large or binary (NUL byte) file is a UserError naming it. Only one
 * chunk is held at a time, so a report of any size can be read in bounded memory.
 */
async function* textChunks(path, what, options = {}) {
    const limit = options.maxBytes ?? src/* LARGE_FILE_LIMIT */.Fd;
    const unreadable = (error) => new src/* UserError */.yo(`Cannot read ${what} ${path}: ${(0,src/* describeFsError */.TQ)(error)}`, { cause: error, code: src/* errorCodes */.fv.inputUnreadable });
    let size;
    try {
        const info = await (0,promises_.stat)(path);
        if (info.isDirectory())
            throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        size = info.size;
    }
    catch (error) {
        throw unreadable(error);
    }
    if (size > limit) {
        throw new src/* UserError */.yo(`Cannot read ${what} ${path}: it is ${sizeText(size)}, more than the ${sizeText(limit)} this input may be`, {
            code: src/* errorCodes */.fv.inputTooLarge,
            hint: 'check that the path names the intended file',
        });
    }
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let offset = 0;
    const stream = (0,external_node_fs_.createReadStream)(path, { highWaterMark: CHUNK });
    try {
        for await (const piece of stream) {
            const nul = piece.indexOf(0);
            if (nul !== -1) {
                throw new src/* UserError */.yo(`Cannot read ${what} ${path}: it is a binary file (a NUL byte at offset ${offset + nul}), not text`, {
                    code: src/* errorCodes */.fv.inputBinary,
                    hint: 'check that the path names the intended file',
                });
            }
            offset += piece.length;
            if (offset > limit) {
                throw new src/* UserError */.yo(`Cannot read ${what} ${path}: it grew past the ${sizeText(limit)} this input may be while being read`, {
                    code: src/* errorCodes */.fv.inputTooLarge,
                });
            }
            const text = decoder.write(piece);
            if (text !== '')
                yield text;
        }
    }
    catch (error) {
        if (error instanceof src/* UserError */.yo)
            throw error;
        throw unreadable(error);
    }
    finally {
        stream.destroy();
    }
    const rest = decoder.end();
    if (rest !== '')
        yield rest;
}

;// CONCATENATED MODULE: ./packages/shard/src/model.ts
/** A test id as the runner writes it: `path::name` (a whole file is just its path). */
function testId(file, name) {
    return name === undefined || name === '' ? file : `${file}::${name}`;
}
/**
 * Splits an id into its file part and its test part, once, at the first `::` (pytest node ids,
 * jest and Go `path::title`): a path never holds `::`, while a test part may (`test[a::b]`).
 * The test part is returned exactly as given.
 */
function splitTestId(id) {
    const cut = id.indexOf('::');
    return cut > 0 ? { file: id.slice(0, cut), name: id.slice(cut + 2) } : { file: id, name: '' };
}
/** Locale-independent ordering (UTF-16 code units), the same on every machine. */
function model_byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/shard/src/timing-store.ts


/** The identifier of the timings file record mode writes (and every mode reads). */
const STORE_FORMAT = 'slipway-test-shard-timings';
const nonNegative = src/* decode.map */.D4.map(src/* decode.number */.D4.number, (v, p) => {
    if (!Number.isFinite(v) || v < 0)
        throw new src/* decode.DecodeError */.D4.DecodeError(p, 'a non-negative number of seconds', v);
    return v;
});
const storedTest = src/* decode.object */.D4.object({
    file: src/* decode.string */.D4.string,
    name: src/* decode.string */.D4.string,
    seconds: nonNegative,
    samples: src/* decode.number */.D4.number,
    lastRun: src/* decode.number */.D4.number,
    lastSha: src/* decode.withDefault */.D4.withDefault(src/* decode.string */.D4.string, ''),
    lastOutcome: src/* decode.withDefault */.D4.withDefault(src/* decode.literal */.D4.literal('passed', 'failed', 'skipped'), 'passed'),
    flakyRuns: src/* decode.withDefault */.D4.withDefault(src/* decode.number */.D4.number, 0),
    lastFlakyRun: src/* decode.withDefault */.D4.withDefault(src/* decode.number */.D4.number, 0),
});
const storedFile = src/* decode.object */.D4.object({ seconds: nonNegative, samples: src/* decode.number */.D4.number, lastRun: src/* decode.number */.D4.number });
const storeDecoder = src/* decode.object */.D4.object({
    format: src/* decode.literal */.D4.literal(STORE_FORMAT),
    version: src/* decode.map */.D4.map(src/* decode.number */.D4.number, (v, p) => {
        if (v !== 1)
            throw new src/* decode.DecodeError */.D4.DecodeError(p, 'version 1 (a newer Slipway wrote this file)', v);
        return 1;
    }),
    runs: src/* decode.number */.D4.number,
    updatedAt: src/* decode.string */.D4.string,
    runner: src/* decode.optional */.D4.optional(src/* decode.string */.D4.string),
    tests: src/* decode.record */.D4.record(storedTest),
    files: src/* decode.record */.D4.record(storedFile),
    overhead: src/* decode.optional */.D4.optional(src/* decode.object */.D4.object({ shardSeconds: nonNegative, fileSeconds: nonNegative, samples: src/* decode.number */.D4.number })),
});
/** An empty store. */
function emptyStore() {
    return { format: STORE_FORMAT, version: 1, runs: 0, updatedAt: '', tests: {}, files: {} };
}
/** True when a parsed JSON document looks like a timings store. */
function isStore(value) {
    return typeof value === 'object' && value !== null && value['format'] === STORE_FORMAT;
}
/** Decodes a timings store; errors name the file and the key at fault. */
function decodeStore(value, source) {
    return (0,src/* decodeDocument */.w8)(storeDecoder, value, source);
}
/** Serialises a store with sorted keys, so equal stores are equal bytes. */
function encodeStore(store) {
    const sorted = (r) => Object.fromEntries(Object.keys(r)
        .sort(model_byCodeUnits)
        .map((k) => [k, r[k]]));
    return `${JSON.stringify({ ...store, tests: sorted(store.tests), files: sorted(store.files) })}\n`;
}
/** A store as a timing source for planning. */
function storeAsSource(store, source) {
    const tests = Object.values(store.tests).map((t) => ({
        file: t.file,
        name: t.name,
        seconds: t.seconds,
        outcome: 'passed',
        retried: false,
        // Never passed with a time (failed, skipped or untimed in every run): known, but not timed.
        ...(t.samples === 0 ? { untimed: true } : {}),
    }));
    return {
        source,
        format: 'slipway-store',
        tests,
        files: new Map(Object.entries(store.files).map(([f, v]) => [f, v.seconds])),
        ...(store.runner ? { runner: store.runner } : {}),
        ...(store.overhead ? { overhead: { shardSeconds: store.overhead.shardSeconds, fileSeconds: store.overhead.fileSeconds } } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/shard/src/timing-file.ts






const KINDS = 'JUnit XML, jest --json results, pytest-split .test_durations, a Knapsack report or a Slipway timings store';
/**
 * Parses any supported timing file, recognised by its content: JUnit XML, jest `--json`,
 * pytest-split `.test_durations`, a Knapsack report, or a Slipway timings store.
 */
function parseTimingText(text, source) {
    const trimmed = text.replace(/^\uFEFF/, '').trimStart();
    if (trimmed === '')
        throw new src/* UserError */.yo(`${source} is empty; expected JUnit XML or a JSON timing file`);
    if (trimmed.startsWith('<'))
        return parseJUnit(trimmed, source);
    return parseTimingJson((0,src/* parseJson */.qF)(trimmed, source), source);
}
function parseTimingJson(value, source) {
    if (isStore(value))
        return storeAsSource(decodeStore(value, source), source);
    if (Array.isArray(value))
        return parsePytestDurations(value, source);
    if (typeof value === 'object' && value !== null) {
        const obj = value;
        if ('testResults' in obj)
            return parseJestJson(value, source);
        let any = false;
        for (const k in obj) {
            if (!Object.hasOwn(obj, k))
                continue;
            if (k.includes('::'))
                return parsePytestDurations(value, source);
            any = true;
        }
        if (!any)
            return { source, format: 'knapsack', tests: [], files: new Map() };
        return parseKnapsack(value, source);
    }
    throw new src/* UserError */.yo(`${source} is not a timing file: expected ${KINDS}`);
}
/**
 * Reads a timing file from disk with the checks every input gets (missing, folder, too large,
 * binary). A JUnit report and a flat JSON object (pytest-split, Knapsack) are streamed chunk by
 * chunk, so their size costs no memory beyond their tests; other JSON is read whole and parsed.
 */
async function readTimingFile(path, source) {
    let reader;
    let flat;
    let builder;
    /** Text kept until the document is known to be flat; all of it when it is not. */
    let kept;
    let started = false;
    const entry = (key, seconds) => {
        builder ??= key.includes('::') ? new DurationsBuilder(source) : new KnapsackBuilder(source);
        builder.add(key, seconds, `${source}: ${key}`);
    };
    for await (const raw of textChunks(path, 'timing file')) {
        let chunk = raw;
        if (!started) {
            chunk = raw.replace(/^\uFEFF/, '').trimStart();
            if (chunk === '')
                continue;
            started = true;
            if (chunk.startsWith('<'))
                reader = new JUnitReader(source);
            else {
                flat = new FlatJsonReader(source, entry);
                kept = [];
            }
        }
        if (reader) {
            reader.write(chunk);
            continue;
        }
        kept?.push(chunk);
        if (flat && !flat.write(chunk))
            flat = undefined;
        // A flat document needs none of its text kept.
        if (flat?.flat === true)
            kept = undefined;
    }
    if (reader)
        return reader.finish();
    if (!started)
        throw new src/* UserError */.yo(`${source} is empty; expected JUnit XML or a JSON timing file`);
    if (flat) {
        flat.close();
        if (builder)
            return builder.build();
        return { source, format: 'knapsack', tests: [], files: new Map() };
    }
    return parseTimingJson((0,src/* parseJson */.qF)((kept ?? []).join(''), source), source);
}

;// CONCATENATED MODULE: ./packages/shard/src/file-matcher.ts
/**
 * Normalises the file part of a test id as a report wrote it: forward slashes, no `./`,
 * relative to `root` when under it. Never apply it to a whole id: the test part is opaque
 * (pytest writes `test[L\xf6]` with a real backslash).
 */
function normalizePath(path, root) {
    let p = path.replace(/\\/g, '/');
    if (root) {
        const r = root.replace(/\\/g, '/').replace(/\/+$/, '');
        if (r && p.startsWith(`${r}/`))
            p = p.slice(r.length + 1);
    }
    return p.replace(/^(\.\/)+/, '');
}
const stem = (p) => p.replace(/\.[^./]+$/, '');
/** Every suffix of a `/`-separated path that starts at a segment: a/b/c -> a/b/c, b/c, c. */
function suffixes(p) {
    const out = [p];
    for (let i = p.indexOf('/'); i !== -1; i = p.indexOf('/', i + 1))
        out.push(p.slice(i + 1));
    return out;
}
/** Adds `file` under `key`; a key two files share maps to null (ambiguous). */
function add(map, key, file) {
    const prev = map.get(key);
    map.set(key, prev === undefined || prev === file ? file : null);
}
/**
 * Maps the file keys reports write onto the files of the test universe: exact paths, absolute
 * paths, paths relative to another root (Playwright's testDir), Go import paths and Java class
 * names. Each lookup costs a few map reads, so matching is linear in the number of tests.
 */
class FileMatcher {
    exact;
    /** Stem (path without extension) -> file. */
    byStem = new Map();
    /** Every segment-suffix of a stem -> file. */
    bySuffix = new Map();
    constructor(universe) {
        this.exact = new Set(universe);
        for (const file of universe) {
            const s = stem(file);
            add(this.byStem, s, file);
            for (const suffix of suffixes(s))
                add(this.bySuffix, suffix, file);
        }
    }
    /** The universe file a report's key names, or undefined when none (or more than one) does. */
    match(key) {
        if (this.exact.has(key))
            return key;
        const variants = [stem(key)];
        // com.example.PricingTest -> com/example/PricingTest
        if (!key.includes('/') && /^[\w$]+(\.[\w$]+)+$/.test(key))
            variants.push(key.replace(/\./g, '/'));
        for (const v of variants) {
            const same = this.byStem.get(v);
            if (same)
                return same;
            if (same === null)
                continue;
            const found = new Set();
            let ambiguous = false;
            // The universe file's path ends with the key (the key is relative to a deeper root)...
            const longer = this.bySuffix.get(v);
            if (longer === null)
                ambiguous = true;
            else if (longer !== undefined)
                found.add(longer);
            // ...or the key ends with the universe file's path (the key is absolute or from a higher root).
            for (const suffix of suffixes(v).slice(1)) {
                const shorter = this.byStem.get(suffix);
                if (shorter === null)
                    ambiguous = true;
                else if (shorter !== undefined) {
                    found.add(shorter);
                    break;
                }
            }
            if (!ambiguous && found.size === 1)
                return [...found][0];
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/shard/src/universe.ts




/**
 * Matches timing sources onto the universe; later sources win where two time the same test.
 * Each id is split once into its file part, which is normalised, and its test part, which is
 * kept exactly as given.
 */
function timeUniverse(input) {
    const { sources, root } = input;
    const explicit = new Map();
    const note = (file, name) => {
        const names = explicit.get(file) ?? new Set();
        if (name !== '')
            names.add(name);
        explicit.set(file, names);
    };
    if (input.entries) {
        for (const raw of input.entries) {
            const { file, name } = splitTestId(raw);
            const path = normalizePath(file.trim(), root);
            if (path === '')
                continue;
            note(path, name);
        }
    }
    else {
        for (const s of sources) {
            let last;
            for (const t of s.tests) {
                if (t.file === last)
                    continue;
                last = t.file;
                const path = normalizePath(t.file, root);
                if (!explicit.has(path))
                    explicit.set(path, new Set());
            }
            for (const f of s.files.keys()) {
                const path = normalizePath(f, root);
                if (!explicit.has(path))
                    explicit.set(path, new Set());
            }
        }
    }
    explicit.delete('');
    const universe = [...explicit.keys()].sort(model_byCodeUnits);
    if (universe.length === 0) {
        throw new src/* UserError */.yo(input.entries
            ? 'The test universe is empty: the test globs or list matched no file'
            : 'The test universe is empty: the timing files list no tests', {
            hint: input.entries
                ? 'check the globs are relative to the working directory'
                : 'pass test globs or a file list, or timing files that name tests',
        });
    }
    const matcher = new FileMatcher(universe);
    const pytest = input.entries ? new PytestResolver(universe) : undefined;
    // Many tests share a file: match each distinct key once.
    const matched = new Map();
    const matchKey = (key) => {
        if (matched.has(key))
            return matched.get(key);
        const file = matcher.match(normalizePath(key, root));
        matched.set(key, file);
        return file;
    };
    const locate = (t) => {
        if (t.pytest && pytest) {
            const found = pytest.resolve(t.pytest);
            if (found)
                return found;
        }
        return { file: matchKey(t.file), name: t.name };
    };
    const fileSeconds = new Map();
    const testSeconds = new Map();
    const known = new Map();
    const unmatchedSources = [];
    for (const s of sources) {
        let matched = 0;
        for (const [key, seconds] of s.files) {
            const file = matchKey(key);
            if (file === undefined)
                continue;
            matched += 1;
            fileSeconds.set(file, seconds);
        }
        for (const t of s.tests) {
            const { file, name } = locate(t);
            if (file === undefined)
                continue;
            matched += 1;
            // An entry for the whole module (skipped or broken at import) times nothing.
            if (name === '')
                continue;
            // A skipped test's zero time says nothing about its cost when it runs.
            if (t.outcome === 'skipped' && (t.seconds === 0 || t.untimed))
                continue;
            if (t.untimed) {
                const names = known.get(file) ?? new Set();
                names.add(name);
                known.set(file, names);
                continue;
            }
            const tests = testSeconds.get(file) ?? new Map();
            tests.set(name, t.seconds);
            testSeconds.set(file, tests);
        }
        const total = s.tests.length + s.files.size;
        if (total > 0 && matched === 0)
            unmatchedSources.push(s.source);
    }
    const files = universe.map((file) => {
        const timed = testSeconds.get(file) ?? new Map();
        const tests = [...timed].map(([name, seconds]) => ({ name, seconds })).sort((a, b) => model_byCodeUnits(a.name, b.name));
        const untimed = [...(known.get(file) ?? [])].filter((n) => !timed.has(n)).sort(model_byCodeUnits);
        return { file, seconds: fileSeconds.get(file), tests, untimed, selected: [...(explicit.get(file) ?? [])].sort(model_byCodeUnits) };
    });
    return { files, unmatchedSources };
}
/** The whole-file seconds: the file's own time when known, else the sum of its tests. */
function knownFileSeconds(f) {
    const sum = f.tests.reduce((s, t) => s + t.seconds, 0);
    if (f.seconds !== undefined)
        return Math.max(f.seconds, sum);
    return f.tests.length > 0 ? sum : undefined;
}

;// CONCATENATED MODULE: ./packages/shard/src/estimate.ts
/** Seconds given to a file when nothing at all is timed: the split is then by declared size alone. */
const DEFAULT_SECONDS = 1;
/**
 * How many files of evidence the folder above is worth: a folder's own rate or mean is blended
 * with its parent's as n / (n + K), from the whole suite down to the file's own folder, so a
 * folder with few timed files borrows from its neighbours instead of trusting them blindly.
 */
const RATE_PSEUDO_FILES = 5;
const MEAN_PSEUDO_FILES = 3;
/** A folder's per-test and per-byte rates are capped at this quantile of its timed files' rates: one slow test does not set it. */
const RATE_CAP_QUANTILE = 0.9;
const parents = (file) => {
    const parts = file.split('/').slice(0, -1);
    const out = [];
    for (let i = parts.length; i >= 0; i--)
        out.push(parts.slice(0, i).join('/'));
    return out;
};
function quantile(values, q) {
    if (values.length === 0)
        return Number.POSITIVE_INFINITY;
    values.sort((a, b) => a - b);
    return values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? Number.POSITIVE_INFINITY;
}
/**
 * Estimates the seconds of untimed files from the timed ones. `features` uses what is known
 * about each file: its declared tests times a per-test rate, else its size times a per-byte
 * rate, else the mean of its neighbours; each rate or mean is the file's folder's, shrunk towards
 * the folders above it in proportion to how few timed files it has, and rates are capped so one
 * slow test cannot inflate every file beside it. `mean` fills every gap with the global mean
 * (the common practice, kept for comparison).
 */
function estimateFiles(known, unknown, strategy = 'features') {
    return estimateWith(known, unknown, strategy);
}
function estimateWith(known, unknown, strategy) {
    // Each folder's rates are capped at the quantile of its own files' rates: an outlier in the
    // folder is cut to size, while a folder of uniformly slow files keeps its rate.
    const rates = new Map();
    for (const k of known) {
        const tests = k.features?.declaredTests ?? 0;
        const bytes = k.features?.bytes ?? 0;
        for (const dir of parents(k.file)) {
            const r = rates.get(dir) ?? { tests: [], bytes: [] };
            if (tests > 0)
                r.tests.push(k.seconds / tests);
            if (bytes > 0)
                r.bytes.push(k.seconds / bytes);
            rates.set(dir, r);
        }
    }
    const caps = new Map([...rates].map(([dir, r]) => [dir, { test: quantile(r.tests, RATE_CAP_QUANTILE), byte: quantile(r.bytes, RATE_CAP_QUANTILE) }]));
    const scopes = new Map();
    for (const k of known) {
        const tests = k.features?.declaredTests ?? 0;
        const bytes = k.features?.bytes ?? 0;
        for (const dir of parents(k.file)) {
            const cap = caps.get(dir) ?? { test: Number.POSITIVE_INFINITY, byte: Number.POSITIVE_INFINITY };
            const a = scopes.get(dir) ?? {
                n: 0,
                seconds: 0,
                withTests: 0,
                tests: 0,
                secondsWithTests: 0,
                withBytes: 0,
                bytes: 0,
                secondsWithBytes: 0,
            };
            a.n += 1;
            a.seconds += k.seconds;
            if (tests > 0) {
                a.withTests += 1;
                a.tests += tests;
                a.secondsWithTests += Math.min(k.seconds, cap.test * tests);
            }
            if (bytes > 0) {
                a.withBytes += 1;
                a.bytes += bytes;
                a.secondsWithBytes += Math.min(k.seconds, cap.byte * bytes);
            }
            scopes.set(dir, a);
        }
    }
    const global = scopes.get('');
    const out = new Map();
    for (const u of unknown) {
        if (!global || global.n === 0) {
            out.set(u.file, { seconds: DEFAULT_SECONDS * Math.max(1, u.features?.declaredTests ?? 1), method: 'default' });
            continue;
        }
        if (strategy === 'mean') {
            out.set(u.file, { seconds: global.seconds / global.n, method: 'mean' });
            continue;
        }
        out.set(u.file, estimateOne(u.file, u.features ?? {}, scopes, global));
    }
    return out;
}
/** Blends a value down the folders, from the whole suite to the file's own, by each folder's evidence. */
function shrunk(chain, n, value, pseudo) {
    let v = Number.NaN;
    let local = false;
    for (const [i, a] of chain.entries()) {
        const count = n(a);
        if (count === 0)
            continue;
        if (Number.isNaN(v)) {
            v = value(a);
            continue;
        }
        const w = count / (count + pseudo);
        v = w * value(a) + (1 - w) * v;
        if (i > 0)
            local = true;
    }
    return { value: v, local };
}
function estimateOne(file, f, scopes, global) {
    // From the whole suite down to the file's own folder.
    const chain = parents(file)
        .reverse()
        .map((d) => scopes.get(d))
        .filter((a) => a !== undefined);
    if (f.declaredTests && f.declaredTests > 0 && global.tests > 0) {
        const rate = shrunk(chain, (a) => a.withTests, (a) => a.secondsWithTests / a.tests, RATE_PSEUDO_FILES);
        return { seconds: f.declaredTests * rate.value, method: 'per-test rate' };
    }
    if (f.bytes && f.bytes > 0 && global.bytes > 0) {
        const rate = shrunk(chain, (a) => a.withBytes, (a) => a.secondsWithBytes / a.bytes, RATE_PSEUDO_FILES);
        return { seconds: f.bytes * rate.value, method: 'per-byte rate' };
    }
    const mean = shrunk(chain, (a) => a.n, (a) => a.seconds / a.n, MEAN_PSEUDO_FILES);
    return { seconds: mean.value, method: mean.local ? 'neighbour mean' : 'mean' };
}

;// CONCATENATED MODULE: ./packages/shard/src/work-items.ts



const toMicros = (seconds) => Math.max(0, Math.round(seconds * 1e6));
/** The median of the file's timed tests, for tests it lists without a time. */
function medianTest(f) {
    const sorted = f.tests.map((t) => t.seconds).sort((a, b) => a - b);
    return sorted.length > 0 ? (sorted[Math.floor(sorted.length / 2)] ?? 0) : 0;
}
/** The seconds of a file with timings: its own or its tests' time, plus an estimate for tests it ran without a time. */
function timedSeconds(f) {
    const known = knownFileSeconds(f);
    if (known === undefined)
        return undefined;
    return known + f.untimed.length * medianTest(f);
}
/** Turns the timed universe into the items to split, estimating untimed files. */
function workItems(universe, options) {
    const known = [];
    const unknown = [];
    for (const f of universe.files) {
        const seconds = timedSeconds(f);
        const features = options.features?.get(f.file);
        if (seconds === undefined)
            unknown.push({ file: f.file, ...(features ? { features } : {}) });
        else
            known.push({ file: f.file, seconds, ...(features ? { features } : {}) });
    }
    const estimates = estimateFiles(known, unknown, options.estimate ?? 'features');
    const globalSetup = toMicros(options.fileSetupSeconds ?? 0);
    const setupMicros = new Map();
    const fileMicros = (f) => toMicros(timedSeconds(f) ?? estimates.get(f.file)?.seconds ?? 0);
    const total = universe.files.reduce((s, f) => s + fileMicros(f) + globalSetup, 0);
    const ideal = total / Math.max(1, options.shardCount);
    const items = [];
    for (const f of universe.files) {
        const micros = fileMicros(f);
        const estimated = knownFileSeconds(f) === undefined;
        // What the file costs beyond its tests' own times: what its own time says, else the learned rate.
        const testSum = f.tests.reduce((s, t) => s + toMicros(t.seconds), 0);
        const ownSetup = f.seconds !== undefined && f.tests.length > 0 ? Math.max(0, toMicros(f.seconds) - testSum) : undefined;
        const setup = ownSetup ?? globalSetup;
        if (setup > 0)
            setupMicros.set(f.file, setup);
        const body = Math.max(0, micros - (ownSetup ?? 0));
        if (f.selected.length > 0) {
            items.push(...selectedTests(f, body));
            continue;
        }
        const split = f.tests.length > 1 &&
            (options.granularity === 'test' || (options.granularity === 'auto' && options.exactTestSelection && micros + setup > ideal));
        if (!split) {
            items.push({ id: f.file, file: f.file, micros: body, estimated });
            continue;
        }
        // Tests listed without a time get the file's median; the owner of the file runs them.
        const extra = f.untimed.length * toMicros(medianTest(f));
        const scale = testSum > 0 && extra > 0 ? (testSum + extra) / testSum : 1;
        for (const t of f.tests) {
            items.push({
                id: testId(f.file, t.name),
                file: f.file,
                name: t.name,
                micros: Math.round(toMicros(t.seconds) * scale),
                estimated: false,
            });
        }
    }
    items.sort((a, b) => model_byCodeUnits(a.id, b.id));
    const estimated = unknown
        .map((u) => ({ file: u.file, seconds: estimates.get(u.file)?.seconds ?? 0, method: estimates.get(u.file)?.method ?? 'default' }))
        .sort((a, b) => model_byCodeUnits(a.file, b.file));
    return { items, setupMicros, estimated };
}
/** The tests a list named one by one; untimed ones get the median of the file's timed tests. */
function selectedTests(f, fileMicros) {
    const timed = new Map(f.tests.map((t) => [t.name, toMicros(t.seconds)]));
    const sorted = [...timed.values()].sort((a, b) => a - b);
    const median = sorted.length > 0 ? (sorted[Math.floor(sorted.length / 2)] ?? 0) : Math.round(fileMicros / f.selected.length);
    return f.selected.map((name) => {
        const micros = timed.get(name);
        return { id: testId(f.file, name), file: f.file, name, micros: micros ?? median, estimated: micros === undefined, listed: true };
    });
}

;// CONCATENATED MODULE: ./packages/shard/src/plan.ts


/** Descending time, then id: a total order, so the split never depends on input order. */
const longestFirst = (a, b) => b.micros - a.micros || model_byCodeUnits(a.id, b.id);
/** The shards being filled: loads, members (longest first) and how many items of each file each holds. */
class Shards {
    setup;
    loads;
    members;
    counts;
    constructor(n, setup) {
        this.setup = setup;
        this.loads = new Array(n).fill(0);
        this.members = Array.from({ length: n }, () => []);
        this.counts = Array.from({ length: n }, () => new Map());
    }
    setupOf(file) {
        return this.setup.get(file) ?? 0;
    }
    /** What adding `item` to shard `s` costs it. */
    addCost(s, item) {
        return item.micros + ((this.counts[s]?.get(item.file) ?? 0) === 0 ? this.setupOf(item.file) : 0);
    }
    /** What removing `item` from shard `s` saves it. */
    removeSaving(s, item) {
        return item.micros + ((this.counts[s]?.get(item.file) ?? 0) === 1 ? this.setupOf(item.file) : 0);
    }
    add(s, item, sorted) {
        this.loads[s] = (this.loads[s] ?? 0) + this.addCost(s, item);
        const m = this.members[s] ?? [];
        if (sorted)
            insertSorted(m, item);
        else
            m.push(item);
        const c = this.counts[s] ?? new Map();
        c.set(item.file, (c.get(item.file) ?? 0) + 1);
    }
    remove(s, item) {
        this.loads[s] = (this.loads[s] ?? 0) - this.removeSaving(s, item);
        const m = this.members[s] ?? [];
        m.splice(m.indexOf(item), 1);
        const c = this.counts[s] ?? new Map();
        const left = (c.get(item.file) ?? 0) - 1;
        if (left > 0)
            c.set(item.file, left);
        else
            c.delete(item.file);
    }
}
/**
 * Splits items into `shardCount` shards: longest-processing-time first, then a bounded local
 * search that moves or swaps items off the longest shard while that shortens it. A file's
 * set-up (`setupMicros`) is paid by every shard that holds any of its items, so splitting a
 * file costs what it really costs. A pure, deterministic function of its inputs (integer
 * microseconds, code-unit order).
 */
function assignShards(items, shardCount, setupMicros = new Map()) {
    if (!Number.isInteger(shardCount) || shardCount < 1)
        throw new src/* UserError */.yo(`The shard count must be a whole number of at least 1; got ${shardCount}`);
    const perFile = new Map();
    for (const i of items)
        perFile.set(i.file, (perFile.get(i.file) ?? 0) + 1);
    // A whole file (or a file's only item) carries its set-up wherever it goes: order by both.
    const weight = (i) => i.micros + ((perFile.get(i.file) ?? 0) === 1 ? (setupMicros.get(i.file) ?? 0) : 0);
    const sorted = [...items].sort((a, b) => weight(b) - weight(a) || model_byCodeUnits(a.id, b.id));
    const shards = new Shards(shardCount, setupMicros);
    for (const item of sorted) {
        // Least loaded after adding it, then fewest items (so zero-second tests still spread), then lowest index.
        let best = 0;
        let bestLoad = (shards.loads[0] ?? 0) + shards.addCost(0, item);
        for (let i = 1; i < shardCount; i++) {
            const load = (shards.loads[i] ?? 0) + shards.addCost(i, item);
            const d = load - bestLoad;
            if (d < 0 || (d === 0 && (shards.members[i]?.length ?? 0) < (shards.members[best]?.length ?? 0))) {
                best = i;
                bestLoad = load;
            }
        }
        shards.add(best, item, false);
    }
    for (const m of shards.members)
        m.sort(longestFirst);
    let totalMicros = 0;
    let longest = 0;
    for (const i of sorted) {
        totalMicros += i.micros;
        longest = Math.max(longest, i.micros + (setupMicros.get(i.file) ?? 0));
    }
    for (const file of perFile.keys())
        totalMicros += setupMicros.get(file) ?? 0;
    const lowerBoundMicros = Math.max(Math.ceil(totalMicros / shardCount), longest);
    refine(shards, lowerBoundMicros);
    const out = shards.members.map((m, index) => ({
        index,
        items: [...m].sort((a, b) => model_byCodeUnits(a.id, b.id)),
        micros: shards.loads[index] ?? 0,
    }));
    return { shards: out, totalMicros, lowerBoundMicros, makespanMicros: shards.loads.reduce((m, l) => Math.max(m, l), 0) };
}
const MAX_ROUNDS = 200;
/** Moves or swaps items off the longest shard while that makes the pair's longer shard shorter. */
function refine(shards, bound) {
    const n = shards.loads.length;
    for (let round = 0; round < MAX_ROUNDS; round++) {
        let top = 0;
        for (let i = 1; i < n; i++)
            if ((shards.loads[i] ?? 0) > (shards.loads[top] ?? 0))
                top = i;
        const topLoad = shards.loads[top] ?? 0;
        if (topLoad <= bound)
            return;
        const order = [...shards.loads.keys()]
            .filter((i) => i !== top)
            .sort((a, b) => (shards.loads[a] ?? 0) - (shards.loads[b] ?? 0) || a - b);
        let done = false;
        for (const other of order) {
            if (topLoad - (shards.loads[other] ?? 0) <= 1)
                break;
            const move = bestMove(shards, top, other);
            const swap = bestSwap(shards, top, other);
            const choice = swap && (!move || swap.after < move.after) ? swap : move;
            if (!choice || choice.after >= topLoad)
                continue;
            shards.remove(top, choice.a);
            if (choice.b)
                shards.remove(other, choice.b);
            shards.add(other, choice.a, true);
            if (choice.b)
                shards.add(top, choice.b, true);
            done = true;
            break;
        }
        if (!done)
            return;
    }
}
/** The single item whose move from `top` to `other` leaves the pair's longer shard shortest. */
function bestMove(shards, top, other) {
    const topLoad = shards.loads[top] ?? 0;
    const otherLoad = shards.loads[other] ?? 0;
    let best;
    for (const a of shards.members[top] ?? []) {
        const saved = shards.removeSaving(top, a);
        if (saved <= 0)
            continue;
        const after = Math.max(topLoad - saved, otherLoad + shards.addCost(other, a));
        if (!best || after < best.after)
            best = { a, after };
    }
    return best;
}
/** The swap that leaves the pair's longer shard shortest; `other` is sorted longest first, so search it by bisection. */
function bestSwap(shards, top, other) {
    const to = shards.members[other] ?? [];
    if (to.length === 0)
        return undefined;
    const topLoad = shards.loads[top] ?? 0;
    const otherLoad = shards.loads[other] ?? 0;
    const gap = topLoad - otherLoad;
    let best;
    for (const a of shards.members[top] ?? []) {
        const want = a.micros - gap / 2; // the ideal partner's size, set-up aside
        let lo = 0;
        let hi = to.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if ((to[mid]?.micros ?? 0) > want)
                lo = mid + 1;
            else
                hi = mid;
        }
        for (const j of [lo - 1, lo]) {
            const b = to[j];
            if (!b || b.micros >= a.micros)
                continue;
            // Exact costs: the same file on both sides changes nothing for its set-up.
            const same = a.file === b.file;
            const topAfter = topLoad - (same ? a.micros : shards.removeSaving(top, a)) + (same ? b.micros : shards.addCost(top, b));
            const otherAfter = otherLoad - (same ? b.micros : shards.removeSaving(other, b)) + (same ? a.micros : shards.addCost(other, a));
            const after = Math.max(topAfter, otherAfter);
            if (!best || after < best.after)
                best = { a, b, after };
        }
    }
    return best;
}
function insertSorted(list, item) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const m = list[mid];
        if (m && longestFirst(m, item) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    list.splice(lo, 0, item);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/shard/src/shard-plan.ts





/** The part of a plan that a shard job or a reader of the plan file needs. */
function planDocument(plan) {
    return {
        shards: plan.shards.map((s) => ({ index: s.index, tests: s.tests, predictedSeconds: s.predictedSeconds })),
        lowerBoundSeconds: plan.lowerBoundSeconds,
        makespanSeconds: plan.makespanSeconds,
    };
}
const seconds = (micros) => Math.round(micros / 1000) / 1000;
/** Plans the shards: chooses N (fixed or by target), builds the items, assigns them. */
function planShards(req) {
    const overhead = req.overheadSeconds ?? 0;
    const maxShards = req.maxShards ?? 32;
    const notes = [];
    if (req.granularity === 'test' && req.canExcludeTests === false) {
        throw new src/* UserError */.yo('Granularity test splits files into single tests, and this runner cannot run a file minus the tests other shards run, so tests the timings do not name would run nowhere', { hint: 'use granularity file or auto, or a runner that can (pytest, go, jest, vitest, playwright)' });
    }
    const build = (n) => workItems(req.universe, {
        granularity: req.granularity,
        shardCount: n,
        exactTestSelection: req.exactTestSelection,
        ...(req.features ? { features: req.features } : {}),
        ...(req.estimate ? { estimate: req.estimate } : {}),
        ...(req.fileSetupSeconds ? { fileSetupSeconds: req.fileSetupSeconds } : {}),
    });
    let n;
    if (req.shards !== undefined) {
        n = req.shards;
    }
    else if (req.targetSeconds !== undefined) {
        n = chooseCount(build, req.targetSeconds, overhead, maxShards, notes);
    }
    else {
        throw new src/* UserError */.yo('Set either a shard count or a target time per shard', { hint: "pass 'shards' (or --shards) or 'target-seconds'" });
    }
    let built = build(n);
    if (built.items.length === 0)
        throw new src/* UserError */.yo('The test universe is empty: there is nothing to split');
    // Fewer shards make each one longer, so `auto` splits fewer files and the items can drop below
    // the new count again: shrink until every shard gets an item (each pass lowers n; n = 1 always holds).
    const asked = n;
    while (built.items.length < n) {
        n = built.items.length;
        built = build(n);
    }
    if (n < asked)
        notes.push(`Only ${n} item(s) to split, so ${n} shard(s) instead of ${asked}: a shard must never be empty.`);
    const a = assignShards(built.items, n, built.setupMicros);
    const fileMicros = new Map();
    for (const item of built.items)
        fileMicros.set(item.file, (fileMicros.get(item.file) ?? built.setupMicros.get(item.file) ?? 0) + item.micros);
    const fileBound = maxOf(fileMicros.values(), Math.ceil(a.totalMicros / n));
    const shards = a.shards.map((s) => ({
        index: s.index,
        tests: s.items.map((i) => i.id),
        items: s.items,
        predictedSeconds: seconds(s.micros),
    }));
    const splitFiles = [...new Set(built.items.filter((i) => i.name !== undefined).map((i) => i.file))];
    return {
        shardCount: n,
        granularity: req.granularity,
        shards,
        totalSeconds: seconds(a.totalMicros),
        lowerBoundSeconds: seconds(a.lowerBoundMicros),
        fileLowerBoundSeconds: seconds(fileBound),
        makespanSeconds: seconds(a.makespanMicros),
        overheadSeconds: overhead,
        splitFiles,
        estimated: built.estimated,
        notes,
        fingerprint: fingerprintOf(shards),
    };
}
/** The smallest N whose predicted longest shard plus overhead meets the target (or the best reachable). */
function chooseCount(build, targetSeconds, overheadSeconds, maxShards, notes) {
    const target = toMicros(targetSeconds - overheadSeconds);
    const bounds = [];
    for (let n = 1; n <= maxShards; n++) {
        const { items, setupMicros } = build(n);
        let total = 0;
        for (const i of items)
            total += i.micros;
        for (const s of setupMicros.values())
            total += s;
        const bound = maxOf(items.map((i) => i.micros + (setupMicros.get(i.file) ?? 0)), Math.ceil(total / n));
        bounds.push(bound);
        if (items.length < n)
            break;
        if (bound > target)
            continue;
        if (assignShards(items, n, setupMicros).makespanMicros <= target)
            return n;
    }
    // Unreachable: take the smallest N that comes within 1% of the best bound any N allows.
    const best = Math.min(...bounds);
    const n = bounds.findIndex((b) => b <= best * 1.01) + 1;
    notes.push(`The target of ${targetSeconds} s per shard cannot be met with at most ${maxShards} shards (${overheadSeconds} s overhead each): ` +
        `no split can beat ${seconds(best)} s of tests per shard, so ${n} shard(s) are used.`);
    return n;
}
/** A short digest of which ids go to which shard. */
function fingerprintOf(shards) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const s of shards)
        hash.update(`${s.tests.join('\n')}\n\u0000`);
    return hash.digest('hex').slice(0, 16);
}
/** The largest value (no argument spreading: a universe can hold 100,000 items). */
function maxOf(values, start) {
    let m = start;
    for (const v of values)
        if (v > m)
            m = v;
    return m;
}

;// CONCATENATED MODULE: ./packages/shard/src/select.ts

/**
 * One shard of a plan computed for `shardCount` shards. Fails rather than hand back an
 * empty or wrong shard: an index out of range, a count the plan had to lower, or a plan
 * whose fingerprint differs from the planning job's.
 */
function selectShard(plan, index, shardCount, expectedFingerprint) {
    if (!Number.isInteger(index) || index < 0 || index >= shardCount) {
        throw new src/* UserError */.yo(`Shard index ${index} is out of range: with ${shardCount} shard(s) the index must be 0 to ${shardCount - 1}`, {
            hint: "pass the matrix value (shard-index) and the plan's shard-count output",
        });
    }
    if (plan.shardCount !== shardCount) {
        throw new src/* UserError */.yo(`Shard count ${shardCount} cannot be used: there are only ${plan.shardCount} item(s) to split, so some shards would run nothing`, { hint: "use the plan job's shard-count output" });
    }
    if (expectedFingerprint && expectedFingerprint !== plan.fingerprint) {
        throw new src/* UserError */.yo(`This shard's plan (fingerprint ${plan.fingerprint}) differs from the planning job's (${expectedFingerprint}): the timings or test files changed between the jobs, so shards could skip or repeat tests`, { hint: "pass the plan job's timings-key output so every shard restores the same timings, and check out the same commit" });
    }
    const shard = plan.shards[index];
    if (!shard)
        throw new src/* UserError */.yo(`Shard index ${index} is out of range`);
    return shard;
}

;// CONCATENATED MODULE: ./packages/shard/src/runner-command.ts

/** The test runners a command line can be written for. */
const RUNNERS = ['jest', 'vitest', 'pytest', 'go', 'playwright', 'rspec', 'custom'];
/** Runners that run one named test and nothing else; `auto` granularity splits files only for these. */
function exactTestSelection(runner) {
    return runner === 'pytest' || runner === 'go';
}
/**
 * Runners that can run a file minus some of its tests (pytest `--deselect`, go `-skip`, jest and
 * vitest `-t` with a negative lookahead, Playwright `--grep-invert`). Only these may split a file:
 * the shard owning it runs all of it but the other shards' tests, so tests the timings do not
 * name (new ones, skipped ones) still run exactly once.
 */
function canExcludeTests(runner) {
    return runner === 'pytest' || runner === 'go' || runner === 'jest' || runner === 'vitest' || runner === 'playwright';
}
/** Quotes a word for a POSIX shell (plain words stay as they are). */
function shellQuote(word) {
    return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
/** Escapes a string for a regular expression (JavaScript and Go's RE2 agree on these). */
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (names) => `^(?:${names.map(escapeRegex).join('|')})$`;
const noneOf = (names) => `^(?!(?:${names.map(escapeRegex).join('|')})$)`;
/**
 * The most bytes of arguments a command line is given. Linux allows 2 MiB in all and 128 KiB per
 * argument, macOS 1 MiB; beyond this budget pytest reads its arguments from a file instead.
 * (Windows allows 32 KiB: use the tests file there.)
 */
const COMMAND_LINE_BUDGET = 96 * 1024;
const BASE = {
    pytest: 'pytest',
    go: 'go test',
    jest: 'npx jest --ci --runTestsByPath',
    vitest: 'npx vitest run',
    playwright: 'npx playwright test',
    rspec: 'bundle exec rspec',
};
/**
 * How one shard runs: the arguments for its runner and a command line. Where a file is split
 * into tests, the shard holding most of it runs the whole file minus the other shards' tests,
 * so tests added since the timings were recorded still run exactly once. Fails rather than
 * write a command line that cannot run (too long, or a split the runner cannot express).
 */
function shardSelection(runner, plan, shard, options = {}) {
    if (runner === 'custom') {
        if (!options.template)
            throw new src/* UserError */.yo("Input 'command-template' is required when runner is custom", { hint: 'for example: mvn test -Dtest={tests}' });
        return {
            invocations: [shard.tests],
            command: options.template
                .replaceAll('{tests}', shard.tests.map(shellQuote).join(' '))
                .replaceAll('{tests-file}', shellQuote(options.testsFile ?? '')),
        };
    }
    const owners = splitOwners(plan);
    const whole = [];
    const parts = new Map();
    for (const item of shard.items) {
        if (item.name === undefined) {
            whole.push(item.file);
            continue;
        }
        const part = parts.get(item.file) ?? { file: item.file, names: [], listed: true };
        part.names.push(item.name);
        part.listed &&= item.listed === true;
        parts.set(item.file, part);
    }
    for (const [file, owner] of owners) {
        const part = parts.get(file);
        if (part && owner.shard === shard.index)
            part.skip = owner.others;
    }
    if ([...parts.values()].some((p) => !p.listed) && !canExcludeTests(runner)) {
        throw new src/* UserError */.yo(`This plan splits files into single tests, which ${runner} cannot run without losing tests the timings do not name`, {
            hint: 'use granularity file or auto for this runner',
        });
    }
    const budget = options.budget ?? COMMAND_LINE_BUDGET;
    const invocations = invocationsFor(runner, whole, [...parts.values()], budget);
    const q = (words) => words.map(shellQuote).join(' ');
    const line = (args) => (args.length > 0 ? `${BASE[runner]} ${q(args)}` : BASE[runner]);
    const size = invocations.reduce((s, args) => s + args.reduce((t, a) => t + Buffer.byteLength(a) + 1, 0), 0);
    if (runner === 'pytest') {
        const args = invocations[0] ?? [];
        const argsText = args.some((a) => /[\r\n]/.test(a)) ? undefined : `${args.join('\n')}\n`;
        if (size <= budget)
            return { invocations, command: line(args), ...(argsText !== undefined ? { argsText } : {}) };
        if (!options.argsFile || argsText === undefined) {
            throw new src/* UserError */.yo(`Shard ${shard.index} has ${args.length} pytest arguments (${size} bytes), too many for one command line`, {
                hint: 'run it as pytest @FILE from the args file (pytest 8.2 or later), or use more shards',
            });
        }
        return { invocations, command: `pytest ${shellQuote(`@${options.argsFile}`)}`, argsText };
    }
    const tooLong = invocations.find((args) => args.reduce((t, a) => t + Buffer.byteLength(a) + 1, 0) > budget);
    if (tooLong) {
        throw new src/* UserError */.yo(`Shard ${shard.index} needs a ${runner} command line longer than ${budget} bytes, which the operating system may refuse`, { hint: `use more shards, or runner custom with {tests-file} and a way for ${runner} to read the list` });
    }
    return { invocations, command: invocations.map(line).join(' && ') };
}
/** The command line of one shard (see `shardSelection`). */
function runnerCommand(runner, plan, shard, options = {}) {
    return shardSelection(runner, plan, shard, options).command;
}
function invocationsFor(runner, whole, parts, budget) {
    switch (runner) {
        case 'pytest': {
            const args = [...whole];
            const deselect = [];
            for (const p of parts) {
                if (p.skip) {
                    args.push(p.file);
                    for (const name of p.skip)
                        deselect.push('--deselect', `${p.file}::${name}`);
                }
                else
                    args.push(...p.names.map((n) => `${p.file}::${n}`));
            }
            return [[...args, ...deselect]];
        }
        case 'go': {
            const out = whole.length > 0 ? [whole] : [];
            for (const p of parts) {
                if (p.skip)
                    out.push([p.file, '-skip', anyOf(p.skip)]);
                // Each regular expression is one argument: split long lists over several runs of the package.
                else
                    for (const names of chunks(p.names, budget))
                        out.push([p.file, '-run', anyOf(names)]);
            }
            return out;
        }
        case 'jest':
        case 'vitest': {
            const out = whole.length > 0 ? [whole] : [];
            const title = (n) => (runner === 'vitest' ? n.replaceAll(' > ', ' ') : n);
            for (const p of parts)
                out.push([p.file, '-t', p.skip ? noneOf(p.skip.map(title)) : anyOf(p.names.map(title))]);
            return out;
        }
        case 'playwright': {
            const file = (f) => `(?:^|/)${escapeRegex(f)}$`;
            const out = whole.length > 0 ? [whole.map(file)] : [];
            const title = (n) => ` ${escapeRegex(n.replaceAll(' \u203a ', ' '))}$`;
            for (const p of parts) {
                const names = p.skip ?? p.names;
                out.push([file(p.file), p.skip ? '--grep-invert' : '--grep', names.map(title).join('|')]);
            }
            return out;
        }
        case 'rspec':
            return [whole];
    }
}
/** Splits names into groups whose `-run` expression stays under the budget. */
function chunks(names, budget) {
    const out = [];
    let current = [];
    let size = 8;
    for (const n of names) {
        const add = escapeRegex(n).length + 1;
        if (current.length > 0 && size + add > budget) {
            out.push(current);
            current = [];
            size = 8;
        }
        current.push(n);
        size += add;
    }
    if (current.length > 0)
        out.push(current);
    return out;
}
/** For each split file, the shard with most of its time, and the tests the other shards run. */
function splitOwners(plan) {
    const perFile = new Map();
    for (const s of plan.shards) {
        for (const item of s.items) {
            if (item.name === undefined || item.listed)
                continue;
            const byShard = perFile.get(item.file) ?? new Map();
            const list = byShard.get(s.index);
            if (list)
                list.push(item);
            else
                byShard.set(s.index, [item]);
            perFile.set(item.file, byShard);
        }
    }
    const out = new Map();
    for (const [file, byShard] of perFile) {
        let owner = -1;
        let most = -1;
        for (const [index, items] of [...byShard].sort((a, b) => a[0] - b[0])) {
            const t = items.reduce((s, i) => s + i.micros, 0);
            if (t > most)
                [owner, most] = [index, t];
        }
        const others = [...byShard].filter(([i]) => i !== owner).flatMap(([, items]) => items.map((i) => i.name ?? ''));
        out.set(file, { shard: owner, others });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/shard/src/record.ts



/** Merges every shard's reports into per-test outcomes: a test seen failing and passing was retried. */
function mergeReports(reports, root) {
    const tests = new Map();
    const fileSeconds = new Map();
    for (const r of reports) {
        for (const [f, s] of r.files) {
            const file = normalizePath(f, root);
            fileSeconds.set(file, (fileSeconds.get(file) ?? 0) + s);
        }
        for (const t of r.tests) {
            // A module skipped or broken at import has no test to time.
            if (t.name === '')
                continue;
            const file = normalizePath(t.file, root);
            const id = testId(file, t.name);
            const prev = tests.get(id);
            if (!prev) {
                tests.set(id, { file, name: t.name, seconds: t.seconds, outcome: t.outcome, retried: t.retried, untimed: t.untimed === true });
                continue;
            }
            const outcomes = new Set([prev.outcome, t.outcome]);
            const flipped = outcomes.has('passed') && outcomes.has('failed');
            tests.set(id, {
                file,
                name: t.name,
                seconds: t.outcome === 'passed' && !t.untimed ? t.seconds : prev.seconds,
                outcome: flipped ? 'passed' : t.outcome,
                retried: prev.retried || t.retried || flipped,
                untimed: prev.untimed && t.untimed === true,
            });
        }
    }
    return { tests, fileSeconds };
}
/**
 * Folds one run's reports into the store: passing times enter an exponentially weighted
 * average, failed tests and files with failures keep their previous averages (a run cut
 * short says nothing about the time), and flaky tests are flagged.
 */
function recordRun(previous, reports, options) {
    const base = previous ?? emptyStore();
    const run = base.runs + 1;
    const alpha = options.smoothing;
    const keep = options.keepRuns ?? 30;
    const runner = options.runner ?? base.runner;
    const overhead = smoothOverhead(base.overhead, options.overhead, alpha);
    const store = {
        ...emptyStore(),
        runs: run,
        updatedAt: options.now,
        ...(runner ? { runner } : {}),
        tests: { ...base.tests },
        files: { ...base.files },
        ...(overhead ? { overhead } : {}),
    };
    const { tests, fileSeconds } = mergeReports(reports, options.root);
    const flaky = [];
    let updated = 0;
    let added = 0;
    let failedExcluded = 0;
    const failedFiles = new Set();
    const perFile = new Map();
    for (const [id, t] of [...tests].sort((a, b) => model_byCodeUnits(a[0], b[0]))) {
        const old = store.tests[id];
        const next = old
            ? { ...old, lastRun: run }
            : {
                file: t.file,
                name: t.name,
                seconds: t.seconds,
                samples: 0,
                lastRun: run,
                lastSha: '',
                lastOutcome: t.outcome,
                flakyRuns: 0,
                lastFlakyRun: 0,
            };
        if (!old)
            added += 1;
        let isFlaky = false;
        if (t.retried) {
            isFlaky = true;
            flaky.push({ id, reason: t.outcome === 'passed' ? 'failed, then passed on a retry' : 'passed and failed in this run' });
        }
        else if (old &&
            options.sha &&
            old.lastSha === options.sha &&
            t.outcome !== 'skipped' &&
            old.lastOutcome !== 'skipped' &&
            old.lastOutcome !== t.outcome) {
            isFlaky = true;
            flaky.push({ id, reason: `${old.lastOutcome} then ${t.outcome} on the same commit ${options.sha.slice(0, 7)}` });
        }
        if (isFlaky) {
            next.flakyRuns += 1;
            next.lastFlakyRun = run;
        }
        if (t.outcome === 'passed' && t.untimed) {
            // It ran, but its time is unknown: the average stays as it was.
        }
        else if (t.outcome === 'passed') {
            next.seconds = next.samples === 0 ? t.seconds : alpha * t.seconds + (1 - alpha) * next.seconds;
            next.samples += 1;
            updated += 1;
            perFile.set(t.file, (perFile.get(t.file) ?? 0) + t.seconds);
        }
        else if (t.outcome === 'failed') {
            failedExcluded += 1;
            failedFiles.add(t.file);
        }
        if (t.outcome !== 'skipped') {
            next.lastSha = options.sha;
            next.lastOutcome = t.outcome;
        }
        store.tests[id] = next;
    }
    for (const [file, sum] of perFile) {
        if (failedFiles.has(file))
            continue;
        const x = Math.max(sum, fileSeconds.get(file) ?? 0);
        const old = store.files[file];
        store.files[file] = old
            ? { seconds: alpha * x + (1 - alpha) * old.seconds, samples: old.samples + 1, lastRun: run }
            : { seconds: x, samples: 1, lastRun: run };
    }
    // Files a report timed as a whole (Knapsack-style, no tests) still count.
    const filesWithTests = new Set([...tests.values()].map((t) => t.file));
    for (const [file, x] of fileSeconds) {
        if (filesWithTests.has(file))
            continue;
        const old = store.files[file];
        store.files[file] = old
            ? { seconds: alpha * x + (1 - alpha) * old.seconds, samples: old.samples + 1, lastRun: run }
            : { seconds: x, samples: 1, lastRun: run };
    }
    let removed = 0;
    for (const [id, t] of Object.entries(store.tests)) {
        if (run - t.lastRun >= keep) {
            delete store.tests[id];
            removed += 1;
        }
    }
    for (const [file, f] of Object.entries(store.files))
        if (run - f.lastRun >= keep)
            delete store.files[file];
    return { store, flaky, updated, added, failedExcluded, removed, reported: tests.size };
}
function smoothOverhead(old, now, alpha) {
    if (!now)
        return old;
    if (!old)
        return { ...now, samples: 1 };
    const mix = (a, b) => alpha * b + (1 - alpha) * a;
    return {
        shardSeconds: mix(old.shardSeconds, now.shardSeconds),
        fileSeconds: mix(old.fileSeconds, now.fileSeconds),
        samples: old.samples + 1,
    };
}
/** Tests flaky in any of the last `withinRuns` runs, most often flaky first. */
function knownFlaky(store, withinRuns = 10) {
    return Object.entries(store.tests)
        .filter(([, t]) => t.flakyRuns > 0 && store.runs - t.lastFlakyRun < withinRuns)
        .map(([id, t]) => ({ id, flakyRuns: t.flakyRuns }))
        .sort((a, b) => b.flakyRuns - a.flakyRuns || byCodeUnits(a.id, b.id));
}

;// CONCATENATED MODULE: ./packages/shard/src/load.ts






/** A timings entry with a wildcard, class, brace or extglob is a pattern; anything else names a file. */
const GLOB = /[*?[\]{}]|[!@+]\(/;
/**
 * Reads timing files given as paths or globs. A path that does not exist is an error (it was
 * named on purpose); a glob that matches nothing is only a warning (the first run has no timings).
 * pytest reports without file attributes are resolved against the files under `cwd`.
 */
async function readTimingFiles(patterns, cwd) {
    const sources = [];
    const warnings = [];
    const resolver = new PytestFsResolver(cwd);
    for (const pattern of patterns) {
        const paths = GLOB.test(pattern) ? await (0,src/* expandGlobs */.GE)([pattern], cwd, { allowEmpty: true }) : [pattern];
        if (paths.length === 0)
            warnings.push(`No timing file matches '${pattern}'`);
        for (const p of paths) {
            const source = await readTimingFile((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(cwd, p), p);
            resolvePytestFiles(source, resolver);
            sources.push(source);
        }
    }
    return { sources, warnings };
}
/** Replaces the guessed path of pytest classname addresses by the file that exists, where exactly one does. */
function resolvePytestFiles(source, resolver) {
    for (const t of source.tests) {
        if (!t.pytest)
            continue;
        const found = resolver.resolve(t.pytest);
        if (found) {
            t.file = found.file;
            t.name = found.name;
        }
    }
}
/**
 * A list of test files or test ids, one per line. Blank lines and lines starting with `#` are
 * skipped and line ends (`\n`, `\r\n`) removed; the rest of a line is the id, byte for byte
 * (only spaces around its file part are ignored).
 */
async function readTestList(path, cwd) {
    const text = await (0,src/* readTextFile */.Gu)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(cwd, path), 'test list');
    return text
        .split(/\r?\n/)
        .map((l) => l.replace(/^\s+/, ''))
        .filter((l) => l.trim() !== '' && !l.startsWith('#'))
        .map((l) => (l.includes('::') ? l : l.trimEnd()));
}
/**
 * The test files (or ids) to split: those matching the globs `tests`, else those the file
 * `testsFrom` lists, else undefined (every test the timings name). Either given but empty is an error.
 */
async function readTestEntries(tests, testsFrom, cwd, under) {
    if (tests.length > 0) {
        const entries = await (0,src/* expandGlobs */.GE)(tests, cwd, { allowEmpty: true });
        if (entries.length === 0) {
            const where = under === undefined ? '' : ` under ${under}`;
            throw new src/* UserError */.yo(`The test universe is empty: no file matches ${tests.map((t) => `'${t}'`).join(', ')}${where}`);
        }
        return entries;
    }
    if (!testsFrom)
        return undefined;
    const entries = await readTestList(testsFrom, cwd);
    if (entries.length === 0)
        throw new src/* UserError */.yo(`The test universe is empty: ${testsFrom} lists no test`);
    return entries;
}
/** The test files a runner finds by default, as globs, and the folders it never looks in. */
const DEFAULT_TEST_FILES = {
    // pytest's python_files and norecursedirs defaults.
    pytest: {
        patterns: ['**/test_*.py', '**/*_test.py'],
        dot: false,
        skipFolders: ['.git', 'node_modules', 'build', 'dist', 'venv', '_darcs', 'CVS', '{arch}'],
    },
    // jest's testMatch and testPathIgnorePatterns defaults.
    jest: {
        patterns: ['**/__tests__/**/*.?([mc])[jt]s?(x)', '**/?(*.)+(spec|test).?([mc])[jt]s?(x)'],
        dot: true,
        skipFolders: ['.git', 'node_modules'],
    },
    // vitest's include and exclude defaults.
    vitest: { patterns: ['**/*.{test,spec}.?(c|m)[jt]s?(x)'], dot: true, skipFolders: ['.git', 'node_modules', 'dist'] },
    // Playwright's testMatch default.
    playwright: { patterns: ['**/*.@(spec|test).?(c|m)[jt]s?(x)'], dot: true, skipFolders: ['.git', 'node_modules'] },
    // RSpec's default --pattern.
    rspec: { patterns: ['spec/**/*_spec.rb'], dot: true, skipFolders: ['.git', 'node_modules'] },
};
/**
 * Without a file list, the universe is what the runner would find by default plus every timed
 * file that still exists: a test the timings do not name is never left out, and a timed file
 * that is gone is not handed to the runner. Returns undefined when the runner's files cannot be
 * found here (no default pattern, nothing under `cwd`, or none of the timed files is here): the
 * universe is then the timed tests.
 */
async function discoverTestFiles(runner, sources, cwd) {
    const rule = runner ? DEFAULT_TEST_FILES[runner] : undefined;
    if (!rule)
        return undefined;
    const found = await (0,src/* expandGlobs */.GE)(rule.patterns, cwd, { allowEmpty: true, dot: rule.dot, skipFolders: rule.skipFolders });
    if (found.length === 0)
        return undefined;
    const entries = new Set(found);
    const gone = new Set();
    const timed = new Set();
    for (const s of sources) {
        for (const t of s.tests)
            timed.add(normalizePath(t.file, cwd));
        for (const f of s.files.keys())
            timed.add(normalizePath(f, cwd));
    }
    for (const file of timed) {
        if (entries.has(file) || file === '')
            continue;
        const info = await (0,promises_.stat)((0,external_node_path_.join)(cwd, file)).catch(() => undefined);
        if (info?.isFile())
            entries.add(file);
        else
            gone.add(file);
    }
    // None of the timed files is here: the timings describe another tree, so the files found here say nothing about them.
    if (timed.size > 0 && gone.size === [...timed].filter((f) => f !== '').length)
        return undefined;
    return { entries: [...entries].sort(), gone: [...gone].sort() };
}
const DECLARATIONS = [
    [/\.py$/, /^\s*(?:async\s+)?def\s+test\w*\s*\(/gm],
    [/\.[cm]?[jt]sx?$/, /\b(?:it|test)(?:\.(?:only|concurrent|skip|each\s*\([^)]*\)))?\s*\(\s*['"`]/g],
    [/_test\.go$/, /^func\s+(?:Test|Fuzz|Example)\w*\s*\(/gm],
    [/\.rb$/, /^\s*(?:it|specify|scenario|example)\b/gm],
    [/\.(?:java|kt)$/, /@(?:Test|ParameterizedTest|RepeatedTest)\b/g],
];
/** Size and declared test count of each file that exists (others are left out), for estimating untimed ones. */
async function readFileFeatures(files, cwd) {
    const out = new Map();
    for (const file of files) {
        const abs = (0,external_node_path_.join)(cwd, file);
        const info = await (0,promises_.stat)(abs).catch(() => undefined);
        if (!info?.isFile())
            continue;
        const rule = DECLARATIONS.find(([ext]) => ext.test(file));
        let declaredTests;
        if (rule) {
            const text = await (0,promises_.readFile)(abs, 'utf8').catch(() => '');
            declaredTests = text.match(rule[1])?.length ?? 0;
        }
        out.set(file, { bytes: info.size, ...(declaredTests ? { declaredTests } : {}) });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/shard/src/prepare.ts





/** The runner named, or the one the timing files came from. */
function resolveRunner(runner, sources) {
    if (runner !== 'auto')
        return runner;
    for (const s of sources) {
        const remembered = RUNNERS.find((r) => r === s.runner);
        if (remembered)
            return remembered;
        if (s.format === 'pytest-durations' || s.flavor === 'pytest')
            return 'pytest';
        if (s.flavor === 'go')
            return 'go';
        if (s.flavor === 'playwright')
            return 'playwright';
        if (s.format === 'jest-json' || s.flavor === 'jest-junit')
            return 'jest';
        if (s.format === 'knapsack')
            return 'rspec';
    }
    return undefined;
}
/**
 * Reads the timings and the universe and plans. Without `tests` or `testsFrom` the universe is
 * every file the runner finds by default plus every timed file that still exists, so a file the
 * timings miss is estimated, not left out; only where no test file can be found here is it the
 * timed tests alone (with a warning).
 */
async function preparePlan(setup, count = {}) {
    const { cwd } = setup;
    const warnings = [];
    const notes = [];
    const files = await readTimingFiles(setup.timings, cwd);
    warnings.push(...files.warnings);
    const sources = [...(setup.restored ? [setup.restored] : []), ...files.sources];
    let entries = await readTestEntries(setup.tests, setup.testsFrom, cwd, setup.under);
    const runner = resolveRunner(setup.runner, sources);
    if (entries === undefined) {
        if (sources.length === 0) {
            throw new src/* UserError */.yo('There is nothing to split: no timings were found and no test files were given', {
                hint: "set 'tests' (globs of test files) so the first run can plan without timings",
            });
        }
        const found = await discoverTestFiles(runner, sources, cwd);
        if (found) {
            entries = found.entries;
            notes.push(`No test files were given: planned the ${found.entries.length} file(s) ${runner ?? ''} finds by default and the timed ones.`);
            if (found.gone.length > 0) {
                notes.push(`${found.gone.length} timed file(s) no longer exist and were left out: ${found.gone.slice(0, 10).join(', ')}${found.gone.length > 10 ? ', ...' : ''}`);
            }
        }
        else {
            warnings.push('No test files were given and none could be found here, so the plan holds only the tests the timings name: a test file they miss runs in no shard. Pass tests or tests-from.');
        }
    }
    const universe = timeUniverse({ entries, sources, root: cwd });
    for (const s of universe.unmatchedSources)
        warnings.push(`Timing file ${s} matches no test in the universe, so its timings were ignored`);
    const features = entries
        ? await readFileFeatures(universe.files.map((f) => f.file), cwd)
        : undefined;
    const overhead = sources.find((s) => s.overhead)?.overhead;
    const shards = count.shards ?? setup.shards;
    const plan = planShards({
        universe,
        granularity: setup.granularity,
        exactTestSelection: exactTestSelection(runner),
        canExcludeTests: canExcludeTests(runner),
        ...(features ? { features } : {}),
        ...(shards !== undefined ? { shards } : setup.targetSeconds !== undefined ? { targetSeconds: setup.targetSeconds } : {}),
        overheadSeconds: (setup.overheadSeconds ?? 0) + (overhead?.shardSeconds ?? 0),
        ...(setup.maxShards !== undefined ? { maxShards: setup.maxShards } : {}),
        ...(setup.estimate ? { estimate: setup.estimate } : {}),
        ...(overhead?.fileSeconds ? { fileSetupSeconds: overhead.fileSeconds } : {}),
    });
    return { plan, runner, sources, universe, warnings, notes };
}

;// CONCATENATED MODULE: ./packages/shard/src/plan-summary.ts

const s = (x) => x.toFixed(1);
/** The job summary of a plan: shards, the bound, the makespan and its ratio, untimed tests. */
function planSummary(plan, title = 'Test shards') {
    const md = new Markdown().heading(title, 2);
    const ratio = plan.lowerBoundSeconds > 0 ? plan.makespanSeconds / plan.lowerBoundSeconds : 1;
    md.paragraph(`${plan.shardCount} shard(s), ${plan.granularity} granularity: predicted longest shard **${s(plan.makespanSeconds)} s** ` +
        `against a lower bound of ${s(plan.lowerBoundSeconds)} s (ratio ${ratio.toFixed(3)}); ${s(plan.totalSeconds)} s of tests in all` +
        (plan.overheadSeconds > 0 ? `, plus ${s(plan.overheadSeconds)} s overhead per shard.` : '.'));
    if (plan.splitFiles.length > 0 || plan.fileLowerBoundSeconds > plan.lowerBoundSeconds) {
        md.paragraph(`Split ${plan.splitFiles.length} file(s) into single tests; a file-level split could not finish before ${s(plan.fileLowerBoundSeconds)} s.`);
    }
    md.table(['shard', 'tests', 'predicted seconds'], plan.shards.map((sh) => [sh.index, sh.tests.length, s(sh.predictedSeconds)]), ['r', 'r', 'r']);
    for (const note of plan.notes)
        md.callout('NOTE', note);
    if (plan.estimated.length > 0) {
        md.details(`${plan.estimated.length} file(s) had no timing and were estimated`, new Markdown()
            .table(['file', 'estimated seconds', 'from'], plan.estimated.map((e) => [e.file, s(e.seconds), e.method]), ['l', 'r', 'l'])
            .toString());
    }
    return md.toString();
}
/** The job summary of a record run. */
function recordSummary(r, flaky, saved) {
    const md = new Markdown().heading('Test timings recorded', 2);
    md.paragraph(`${r.reported} test(s) reported: ${r.updated} timing(s) updated, ${r.added} new, ${r.failedExcluded} failed test(s) kept out of the averages, ` +
        `${r.removed} dropped as gone. The timings now cover ${r.runs} run(s). ${saved}`);
    if (flaky.length > 0) {
        md.heading(`Flaky tests (${flaky.length})`, 3);
        md.table(['test', 'why'], flaky.map((f) => [f.id, f.reason]));
    }
    else {
        md.paragraph('No flaky test in this run.');
    }
    return md.toString();
}
/** The job summary of a plan checked against its shards' runs: predicted, actual and the error per shard. */
function checkSummary(check) {
    const md = new Markdown().heading('Predicted against actual shard times', 3);
    const pct = (e) => `${e >= 0 ? '+' : ''}${(e * 100).toFixed(1)}%`;
    md.paragraph(`Longest shard predicted ${s(check.predictedMakespan)} s, took ${s(check.actualMakespan)} s ` +
        `(${pct(check.predictedMakespan > 0 ? check.actualMakespan / check.predictedMakespan - 1 : 0)}); ` +
        `mean absolute error per shard ${(check.meanAbsError * 100).toFixed(1)}%.` +
        (check.overhead
            ? ` Outside their tests the runs cost ${s(check.overhead.shardSeconds)} s per shard and ${check.overhead.fileSeconds.toFixed(3)} s per file.`
            : ''));
    md.table(['shard', 'predicted seconds', 'actual seconds', 'error', 'unreported entries'], check.shards.map((c) => [c.index, s(c.predictedSeconds), s(c.actualSeconds), pct(c.error), c.unreported]), ['r', 'r', 'r', 'r', 'r']);
    return md.toString();
}

;// CONCATENATED MODULE: ./packages/shard/src/index.ts





















/***/ })

};
