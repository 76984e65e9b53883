export const id = 875;
export const ids = [875];
export const modules = {

/***/ 44875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  demoCommand: () => (/* binding */ demoCommand),
  runStage: () => (/* binding */ runStage)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 26 modules
var src = __webpack_require__(63220);
// EXTERNAL MODULE: ./packages/cli/src/command.ts
var command = __webpack_require__(88835);
;// CONCATENATED MODULE: ./packages/cli/src/demo/sample-tests.ts



/** The sample's test files, relative to the sample folder, sorted. */
async function sampleTestFiles(sampleDir) {
    const dir = (0,external_node_path_.join)(sampleDir, 'test');
    const names = await (0,promises_.readdir)(dir);
    return names
        .filter((n) => n.endsWith('.test.js'))
        .map((n) => (0,external_node_path_.relative)(sampleDir, (0,external_node_path_.join)(dir, n)))
        .sort();
}
/** Runs some of the sample's tests with Node's test runner, writing a JUnit report. */
async function runSampleTests(node, sampleDir, files, junitPath) {
    await (0,promises_.mkdir)((0,external_node_path_.join)(junitPath, '..'), { recursive: true });
    const started = performance.now();
    const result = await (0,src/* spawnCapture */.EO)(node, [
        '--test',
        '--test-reporter=junit',
        `--test-reporter-destination=${junitPath}`,
        '--test-reporter=dot',
        '--test-reporter-destination=stdout',
        ...files,
    ], { cwd: sampleDir, env: { NODE_OPTIONS: '' } });
    return { ...result, seconds: (performance.now() - started) / 1000 };
}

;// CONCATENATED MODULE: ./packages/cli/src/demo/baseline.ts


/** Runs the sample's whole test suite in one process: the sequential pipeline users start from. */
const baselineStage = {
    name: 'baseline',
    title: 'Sequential test run (the starting point)',
    run: async (ctx) => {
        const files = await sampleTestFiles(ctx.sampleDir);
        const junit = (0,external_node_path_.join)(ctx.outDir, 'baseline', 'junit.xml');
        const result = await runSampleTests(ctx.node, ctx.sampleDir, files, junit);
        ctx.shared.set('baseline.seconds', result.seconds.toFixed(2));
        ctx.shared.set('baseline.junit', junit);
        return {
            ok: result.exitCode === 0,
            headline: `${files.length} test files in one process: ${result.seconds.toFixed(1)} s, exit ${result.exitCode}`,
            outputs: { 'JUnit report': junit },
        };
    },
};

// EXTERNAL MODULE: ./packages/cache/src/index.ts + 27 modules
var cache_src = __webpack_require__(59851);
;// CONCATENATED MODULE: ./packages/cli/src/demo/cache.ts




/*
 * The sample has no dependencies, so an install would cache nothing. The stage gives it one that
 * needs no network: a package packed with `npm pack` into a local tarball. Deleting the tarball
 * before the second run proves the tree came from the cache (an install would fail without it).
 */
async function npm(ctx, args, cwd) {
    // Under `npm start`, npm_execpath is the npm that runs us; elsewhere, npm from PATH.
    const npmCli = process.env['npm_execpath'];
    const started = performance.now();
    const result = npmCli ? await (0,src/* spawnCapture */.EO)(ctx.node, [npmCli, ...args], { cwd }) : await (0,src/* spawnCapture */.EO)('npm', args, { cwd });
    return { ...result, seconds: (performance.now() - started) / 1000 };
}
async function ok(step, result) {
    if (result.exitCode !== 0)
        throw new Error(`${step} failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
    return Promise.resolve();
}
/** The sample with one local tarball dependency and its lockfile. */
async function prepareProject(ctx, work) {
    const project = (0,external_node_path_.join)(work, 'project');
    const vendor = (0,external_node_path_.join)(work, 'vendor');
    const depSrc = (0,external_node_path_.join)(work, 'dep-src');
    await (0,promises_.rm)(work, { recursive: true, force: true });
    await (0,promises_.cp)(ctx.sampleDir, project, { recursive: true, filter: (src) => !src.includes('node_modules') });
    await (0,promises_.mkdir)(depSrc, { recursive: true });
    await (0,promises_.mkdir)(vendor, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(depSrc, 'package.json'), `${JSON.stringify({ name: 'slipway-pad', version: '1.0.0', main: 'index.js', license: 'MIT' }, null, 2)}\n`);
    await (0,promises_.writeFile)((0,external_node_path_.join)(depSrc, 'index.js'), 'module.exports = (s, n) => String(s).padStart(n);\n');
    await ok('npm pack', await npm(ctx, ['pack', '--pack-destination', vendor, '--cache', (0,external_node_path_.join)(work, 'scratch-npm')], depSrc));
    const manifest = await (0,src/* readJsonFile */.JE)((0,external_node_path_.join)(project, 'package.json'), src/* decode.record */.D4.record(src/* decode.unknown */.D4.unknown), 'package.json');
    manifest['dependencies'] = { 'slipway-pad': 'file:../vendor/slipway-pad-1.0.0.tgz' };
    await (0,promises_.writeFile)((0,external_node_path_.join)(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    await ok('npm install --package-lock-only', await npm(ctx, ['install', '--package-lock-only', '--no-audit', '--no-fund', '--cache', (0,external_node_path_.join)(work, 'scratch-npm')], project));
    return { project, vendor };
}
const quietLog = (ctx) => ({
    debug: () => undefined,
    info: () => undefined,
    notice: (m) => ctx.log(`notice: ${m}`),
    warning: (m) => ctx.log(`warning: ${m}`),
    error: (m) => ctx.log(`error: ${m}`),
    group: (_name, fn) => fn(),
    mask: () => undefined,
});
/**
 * Two runs of the sample on fresh "runners" through the same orchestration as `slipway cache run`
 * and the action's install input: the first installs and saves the installed tree and the npm
 * store to a folder store; the second restores the tree exactly and skips the install.
 */
const cacheStage = {
    name: 'cache',
    title: 'Cached install (second run restores node_modules and skips npm ci)',
    run: async (ctx) => {
        const work = (0,external_node_path_.join)(ctx.outDir, 'cache');
        const { project, vendor } = await prepareProject(ctx, work);
        const runner = (0,external_node_path_.join)(work, 'runner');
        const npmStore = (0,external_node_path_.join)(runner, 'npm-store');
        const backend = await (0,cache_src/* dirBackend */.SS)((0,external_node_path_.join)(work, 'store'));
        const { os, arch } = (0,cache_src/* runnerNames */.Hh)(process.platform, process.arch);
        const where = { home: runner, base: project };
        const exec = { run: (c, a, o) => (0,src/* spawnCapture */.EO)(c, a, o) };
        const probe = async (cmd, args) => {
            const r = await (0,src/* spawnCapture */.EO)(cmd, args).catch(() => undefined);
            return r?.exitCode === 0 ? r.stdout.trim() : undefined;
        };
        const once = async () => {
            const plan = await (0,cache_src/* planCache */._s)({
                root: project,
                baseDir: project,
                machine: { os, arch, env: { npm_config_cache: npmStore }, home: runner },
                prefix: 'slipway',
                layers: ['installed', 'deps'],
                installCommand: 'npm ci',
                probe,
            });
            const layers = plan.layers.filter((l) => l.layer !== 'docker');
            return (0,cache_src/* cacheRun */.MC)(layers, {
                command: 'npm ci',
                run: async () => (await npm(ctx, ['ci', '--no-audit', '--no-fund', '--cache', npmStore], project)).exitCode,
            }, { name: 'demo', store: (0,cache_src/* entryStore */.qw)({ backend, where, exec }), log: quietLog(ctx), clock: ctx.clock, where }, { write: { write: true, reason: 'demo' }, maxSize: 0 });
        };
        const seconds = (xs, f) => xs.reduce((t, x) => t + x[f], 0).toFixed(1);
        // Run 1: cold runner, nothing cached yet.
        const first = await once();
        ctx.log(`run 1: ${first.outcomes.map((o) => `${o.layer} ${o.hit}`).join(', ')}; npm ci ran in ${first.install.seconds.toFixed(1)} s; saved in ${seconds(first.outcomes, 'saveSeconds')} s`);
        // Run 2: a fresh runner (no store, no node_modules) and no way to fetch the dependency but the cache.
        await (0,promises_.rm)(runner, { recursive: true, force: true });
        await (0,promises_.rm)((0,external_node_path_.join)(project, 'node_modules'), { recursive: true, force: true });
        await (0,promises_.rm)(vendor, { recursive: true, force: true });
        const second = await once();
        const restore = seconds(second.outcomes, 'restoreSeconds');
        ctx.log(`run 2: ${second.outcomes.map((o) => `${o.layer} ${o.hit}`).join(', ')}; restore ${restore} s; npm ci ${second.install.installed === 'restored' ? 'skipped (0.0 s)' : `ran in ${second.install.seconds.toFixed(1)} s`}`);
        const record = (0,external_node_path_.join)(work, 'record.json');
        await (0,promises_.writeFile)(record, `${JSON.stringify({ runs: [first, second].map((r) => ({ install: r.install, layers: r.outcomes })) }, null, 2)}\n`);
        const installed = second.install.installed === 'restored';
        return {
            ok: installed,
            headline: installed
                ? `second run restored node_modules exactly in ${restore} s and skipped npm ci; the first run's npm ci took ${first.install.seconds.toFixed(1)} s`
                : `second run did not restore the installed tree: ${second.outcomes.map((o) => `${o.layer} ${o.hit} ${o.note}`).join('; ')}`,
            outputs: { 'installed key': second.outcomes.find((o) => o.layer === 'installed')?.key ?? '', 'hit record': record },
        };
    },
};

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./packages/shard/src/index.ts + 21 modules
var shard_src = __webpack_require__(9437);
;// CONCATENATED MODULE: ./packages/cli/src/demo/shard.ts






const s = (x) => `${x.toFixed(2)} s`;
/** What jest --shard would give: files ordered by the sha1 of their path, contiguous slices of ceil(n / N). */
function hashSplitMakespan(items, n) {
    const hash = (p) => (0,external_node_crypto_.createHash)('sha1').update(p).digest('hex');
    const sorted = [...items].sort((a, b) => (hash(a.id) < hash(b.id) ? -1 : 1));
    const size = Math.ceil(sorted.length / n);
    let longest = 0;
    for (let i = 0; i < n; i++)
        longest = Math.max(longest, sorted.slice(i * size, (i + 1) * size).reduce((sum, x) => sum + x.micros, 0));
    return longest / 1e6;
}
/** Plans the sample's tests into shards from the baseline's JUnit report, runs them in parallel and compares. */
const shardStage = {
    name: 'shard',
    title: 'Timing-balanced test shards (test-shard)',
    run: async (ctx) => {
        const dir = (0,external_node_path_.join)(ctx.outDir, 'shard');
        await (0,promises_.mkdir)(dir, { recursive: true });
        const files = await sampleTestFiles(ctx.sampleDir);
        const baselineJunit = ctx.shared.get('baseline.junit');
        const sources = [];
        if (baselineJunit)
            sources.push((0,shard_src/* parseTimingText */.Lx)(await (0,promises_.readFile)(baselineJunit, 'utf8'), baselineJunit));
        else
            ctx.log('no baseline report (stage skipped?): every file is estimated from its declared tests');
        // node --test runs each file in its own process: share the baseline's time outside the tests
        // (process start, module loading) out per file, so predictions compare with wall times.
        const baselineSeconds = Number(ctx.shared.get('baseline.seconds') ?? Number.NaN);
        const first = sources[0];
        if (first && Number.isFinite(baselineSeconds)) {
            const perFile = new Map();
            for (const t of first.tests)
                perFile.set(t.file, (perFile.get(t.file) ?? 0) + t.seconds);
            const inTests = [...perFile.values()].reduce((a, b) => a + b, 0);
            const overhead = Math.max(0, baselineSeconds - inTests) / Math.max(1, perFile.size);
            sources.push({
                source: 'per-file overhead',
                format: 'knapsack',
                tests: [],
                files: new Map([...perFile].map(([f, x]) => [f, x + overhead])),
            });
            ctx.log(`baseline: ${inTests.toFixed(2)} s in tests, ${overhead.toFixed(2)} s per file outside them`);
        }
        const universe = (0,shard_src/* timeUniverse */.j_)({ entries: files, sources, root: ctx.sampleDir });
        if (universe.unmatchedSources.length > 0) {
            ctx.log('the baseline report names none of the sample files (node --test writes file attributes from Node 22 on): estimating instead');
        }
        // One shard per core (at most 4): more parallel processes than cores only queue.
        const shards = Math.max(2, Math.min(4, (0,external_node_os_.availableParallelism)()));
        const plan = (0,shard_src/* planShards */.tF)({
            universe,
            granularity: 'file',
            exactTestSelection: false,
            shards,
            features: await (0,shard_src/* readFileFeatures */.sl)(files, ctx.sampleDir),
        });
        const planFile = (0,external_node_path_.join)(dir, 'plan.json');
        await (0,promises_.writeFile)(planFile, `${JSON.stringify((0,shard_src/* planDocument */.NP)(plan), null, 2)}\n`);
        ctx.log(`plan: ${plan.shardCount} shards, predicted longest ${s(plan.makespanSeconds)}, lower bound ${s(plan.lowerBoundSeconds)}`);
        ctx.log(`a split by path hash (jest --shard) of the same files: predicted longest ${s(hashSplitMakespan(plan.shards.flatMap((sh) => sh.items), plan.shardCount))}`);
        const started = performance.now();
        const runs = await Promise.all(plan.shards.map((sh) => runSampleTests(ctx.node, ctx.sampleDir, sh.tests, (0,external_node_path_.join)(dir, `junit-${sh.index}.xml`))));
        const wall = (performance.now() - started) / 1000;
        for (const [i, sh] of plan.shards.entries()) {
            const r = runs[i];
            ctx.log(`shard ${sh.index}: ${sh.tests.length} files, predicted ${s(sh.predictedSeconds)}, actual ${s(r?.seconds ?? 0)} (exit ${r?.exitCode ?? '?'})`);
        }
        ctx.log(Number.isFinite(baselineSeconds)
            ? `parallel wall time ${s(wall)} vs sequential baseline ${s(baselineSeconds)} (speed-up ${(baselineSeconds / wall).toFixed(2)}x)`
            : `parallel wall time ${s(wall)}`);
        // Record: fold the shards' reports into the timings the next plan starts from.
        const { sources: reports } = await (0,shard_src/* readTimingFiles */.sC)(plan.shards.map((sh) => `junit-${sh.index}.xml`), dir);
        const recorded = (0,shard_src/* recordRun */.vj)(undefined, [...sources, ...reports], {
            sha: 'local',
            now: ctx.clock.now().toISOString(),
            smoothing: 0.3,
            root: ctx.sampleDir,
        });
        const timingsFile = (0,external_node_path_.join)(dir, 'timings.json');
        await (0,promises_.writeFile)(timingsFile, (0,shard_src/* encodeStore */.cL)(recorded.store));
        const assigned = plan.shards.flatMap((sh) => sh.tests).sort();
        const exact = assigned.length === files.length && assigned.every((f, i) => f === files[i]);
        const ok = exact && runs.every((r) => r.exitCode === 0);
        ctx.shared.set('shard.plan', planFile);
        return {
            ok,
            headline: `${files.length} test files in ${plan.shardCount} parallel shards: ${s(wall)} wall (predicted longest ${s(plan.makespanSeconds)})${Number.isFinite(baselineSeconds) ? ` vs ${s(baselineSeconds)} sequential` : ''}${exact ? '' : '; the shards did not cover every file exactly once'}`,
            outputs: {
                'shard plan': planFile,
                'shard reports': (0,external_node_path_.join)(dir, 'junit-<index>.xml'),
                'recorded timings': timingsFile,
            },
        };
    },
};

// EXTERNAL MODULE: ./packages/workflows/src/index.ts + 55 modules
var workflows_src = __webpack_require__(15729);
;// CONCATENATED MODULE: ./packages/cli/src/demo/pipeline-audit.ts



// Job times of a typical run of the secure pipeline (seconds), for the jobs this machine cannot
// run; the test job's serial time is the sample's own, measured by the baseline stage.
const TYPICAL = {
    lint: 75,
    plan: 20,
    'dependency-scan': 70,
    build: 150,
    // two builds of the artifact in fresh folders, dependencies from the warm cache
    rebuild: 90,
    'scan-gate': 50,
    attest: 35,
    verify: 20,
    deploy: 45,
    metrics: 15,
    record: 12,
};
async function estimateTemplate(ctx, root) {
    const serial = Number(ctx.shared.get('baseline.seconds') ?? '60');
    const timings = (0,workflows_src/* decodeTimings */.oc)({
        jobs: {
            ...Object.fromEntries(Object.entries(TYPICAL).map(([k, v]) => [k, { seconds: v }])),
            test: { serialSeconds: serial, overheadSeconds: 60 },
        },
    }, 'demo timings');
    const pipeline = await (0,promises_.readFile)((0,external_node_path_.join)(root, '.github/workflows/secure-pipeline.yml'), 'utf8');
    const graph = (0,workflows_src/* jobGraph */.aq)(await (0,promises_.readFile)((0,external_node_path_.join)(root, 'action-templates/node.yml'), 'utf8'), 'node.yml', (uses) => uses.includes('secure-pipeline.yml') ? pipeline : undefined);
    const e = (0,workflows_src/* estimate */.jA)(graph, timings, { budgetSeconds: 600 });
    return `node template: predicted p50 ${Math.round(e.p50Seconds)} s of a 600 s budget (${e.meetsBudget ? 'within' : 'over'}); ${e.advice.message}`;
}
/** Audits the repository's pipeline definitions (reusable workflow and templates) and estimates the template's time. */
const pipelineAuditStage = {
    name: 'pipeline-audit',
    title: 'Audit the pipeline definitions and estimate the template against the 10-minute budget',
    run: async (ctx) => {
        const root = (0,external_node_path_.resolve)(ctx.sampleDir, '..');
        const dir = (0,external_node_path_.join)(ctx.outDir, 'pipeline-audit');
        await (0,promises_.mkdir)(dir, { recursive: true });
        const inputs = await (0,workflows_src/* collectAuditInputs */.BC)(['.github/workflows', 'action-templates'], root);
        const report = await (0,workflows_src/* auditAll */.Hq)(inputs, { trustedOwners: ['your-org'] });
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'audit.sarif'), `${JSON.stringify((0,workflows_src/* formatAuditSarif */.Yw)(report, 'demo'), null, 2)}\n`);
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'summary.md'), (0,workflows_src/* formatAuditSummary */.bW)(report));
        ctx.log(`audited ${report.coverage.files} workflow(s): ${report.counts.findings} finding(s), coverage ${report.coverage.percent}%`);
        const estimateLine = await estimateTemplate(ctx, root);
        ctx.log(estimateLine);
        return {
            ok: report.passed,
            headline: `${report.coverage.passing}/${report.coverage.files} workflows pass the audit; ${estimateLine.split(';')[0] ?? ''}`,
            outputs: { 'audit SARIF': (0,external_node_path_.join)(dir, 'audit.sarif'), 'audit summary': (0,external_node_path_.join)(dir, 'summary.md') },
        };
    },
};

// EXTERNAL MODULE: ./packages/scan/src/index.ts + 22 modules
var scan_src = __webpack_require__(20016);
;// CONCATENATED MODULE: ./packages/cli/src/demo/scan-gate.ts



// The sample image's report: a real Trivy run (secret and misconfiguration scanners) over the
// sample packaged as an image filesystem; how it was made is in the fixture folder's README.
const REPORT = (0,external_node_path_.join)('test', 'fixtures', 'scan', 'sample', 'trivy-sample-image.json');
const POLICIES = {
    platform: '# The shared default: critical findings, secrets and malware block.\nvulnerabilities: {fail-on: critical}\nmisconfigurations: {fail-on: critical}\n',
    hardened: '# A stricter policy for internet-facing images: high misconfigurations block too.\nvulnerabilities: {fail-on: high}\nmisconfigurations: {fail-on: high}\n',
};
async function gateWith(ctx, name, report) {
    const dir = (0,external_node_path_.join)(ctx.outDir, 'scan-gate', name);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const policyPath = (0,external_node_path_.join)(dir, 'policy.yml');
    await (0,promises_.writeFile)(policyPath, POLICIES[name]);
    const loaded = await (0,scan_src/* loadGateInputs */.R1)({ reports: [report], policy: policyPath });
    const gate = (0,scan_src/* runGate */.Rg)({ reports: loaded.reports, policy: loaded.policy, now: ctx.clock.now() });
    const { sarif, json } = (0,scan_src/* gateOutputs */.QP)(gate, loaded.policy, 'demo');
    const files = { [`${name} summary`]: (0,external_node_path_.join)(dir, 'summary.md'), [`${name} SARIF`]: (0,external_node_path_.join)(dir, 'scan.sarif') };
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'summary.md'), (0,scan_src/* gateSummary */.sK)(json, { title: `Sample image, ${name} policy` }));
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'scan.sarif'), sarif.text);
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'result.json'), `${JSON.stringify(json, null, 2)}\n`);
    const blocking = json.blocking.map((b) => `${b.id} (${b.severity.toLowerCase()} ${b.kind})`).join(', ');
    ctx.log(`${name} policy: ${json.decision}; ${json.why.join('; ')}${blocking ? `: ${blocking}` : ''}`);
    return { decision: json.decision, line: `${name} ${json.decision}`, files };
}
/** Gates the sample image's scan report twice: the shared policy passes it, a hardened one blocks it. */
const scanGateStage = {
    name: 'scan-gate',
    title: 'Container scan gate on the sample image (a passing and a blocked policy)',
    run: async (ctx) => {
        const report = (0,external_node_path_.resolve)(ctx.sampleDir, '..', REPORT);
        const pass = await gateWith(ctx, 'platform', report);
        const block = await gateWith(ctx, 'hardened', report);
        ctx.shared.set('scan.decision', pass.decision);
        return {
            ok: pass.decision === 'pass' && block.decision === 'fail',
            headline: `${pass.line}, ${block.line} (expected: platform pass, hardened fail)`,
            outputs: { ...pass.files, ...block.files },
        };
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/demo/build.ts



/** Packs the sample library with `npm pack`: the artifact the later stages attest, sign and verify. */
const buildStage = {
    name: 'build',
    title: 'Build the sample artifact (npm pack)',
    run: async (ctx) => {
        const dir = (0,external_node_path_.join)(ctx.outDir, 'build');
        await (0,promises_.mkdir)(dir, { recursive: true });
        const packed = await (0,src/* spawnCapture */.EO)('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ctx.sampleDir }).catch((error) => ({
            exitCode: 127,
            stdout: '',
            stderr: `cannot run npm: ${error instanceof Error ? error.message : String(error)}`,
        }));
        if (packed.exitCode !== 0)
            return { ok: false, headline: `npm pack failed: ${packed.stderr.trim().split('\n').pop() ?? ''}`, outputs: {} };
        let filename;
        try {
            filename = JSON.parse(packed.stdout)[0]?.filename;
        }
        catch {
            filename = undefined;
        }
        if (typeof filename !== 'string')
            return { ok: false, headline: 'npm pack did not say which file it wrote', outputs: {} };
        const artifact = (0,external_node_path_.join)(dir, filename);
        const digest = await (0,src/* digestFile */.TM)(artifact);
        ctx.shared.set('artifact.path', artifact);
        ctx.shared.set('artifact.sha256', digest);
        ctx.log(`${filename}: sha256 ${digest}`);
        return { ok: true, headline: `packed ${filename}`, outputs: { artifact } };
    },
};

// EXTERNAL MODULE: ./packages/rebuild/src/index.ts + 16 modules
var rebuild_src = __webpack_require__(13396);
// EXTERNAL MODULE: ./packages/cli/src/version.ts
var version = __webpack_require__(35270);
// EXTERNAL MODULE: ./packages/supply-chain/src/index.ts + 22 modules
var supply_chain_src = __webpack_require__(5377);
;// CONCATENATED MODULE: ./packages/cli/src/demo/demo-signing.ts




/**
 * The demo's signing key: made once per run (the demo is offline, so key mode with no log),
 * its public half shared as `signing.publicKey` for the verify stage.
 */
async function demoSigningMethod(ctx) {
    const dir = (0,external_node_path_.join)(ctx.outDir, 'keys');
    const privatePath = (0,external_node_path_.join)(dir, 'demo-signing.key.pem');
    const publicPath = (0,external_node_path_.join)(dir, 'demo-signing.pub.pem');
    let pem = ctx.shared.get('signing.privateKeyPem');
    if (!pem) {
        const pair = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
        pem = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.writeFile)(privatePath, pem, { mode: 0o600 });
        await (0,promises_.writeFile)(publicPath, pair.publicKey.export({ format: 'pem', type: 'spki' }).toString());
        ctx.shared.set('signing.privateKeyPem', pem);
        ctx.shared.set('signing.publicKey', publicPath);
    }
    return { mode: 'key', key: (0,supply_chain_src/* keySigner */.Ye)(pem, { source: privatePath }) };
}

;// CONCATENATED MODULE: ./packages/cli/src/demo/rebuild.ts






const exec = { run: (c, a, o) => (0,src/* spawnCapture */.EO)(c, a, o) };
/** Rebuilds the sample's `npm pack` twice from the commit under varied conditions, and signs the verdict. */
const rebuildStage = {
    name: 'rebuild',
    title: 'Rebuild the sample twice from the commit and compare (reproducible, hermetic)',
    run: async (ctx) => {
        const identity = { uid: process.getuid?.() ?? -1, gid: process.getgid?.() ?? -1 };
        // Hermetic where this machine can isolate a build (root or sudo); elsewhere reproducibility alone.
        const caps = await (0,rebuild_src/* probeCapabilities */.PG)(exec, identity);
        const network = caps.namespaces === 'none' ? 'allow' : 'deny';
        const dir = (0,external_node_path_.join)(ctx.outDir, 'rebuild');
        const bundlePath = (0,external_node_path_.join)(ctx.outDir, 'rebuild.sigstore.json');
        const check = await (0,rebuild_src/* checkReproducible */.pH)({
            command: 'npm pack --silent',
            outputs: ['*.tgz'],
            runs: 2,
            network,
            vary: (0,rebuild_src/* parseVary */.uG)('all'),
            cwd: ctx.sampleDir,
            scratchDir: (0,external_node_os_.tmpdir)(),
            reportDir: dir,
            diffoscope: true,
            baseEnv: process.env,
            identity,
        }, {
            path: bundlePath,
            method: await demoSigningMethod(ctx),
            verifierId: rebuild_src/* DEFAULT_VERIFIER_ID */.f0,
            verifierVersion: version/* VERSION */.x,
            repositoryUrl: undefined,
        }, { exec, clock: ctx.clock, log: ctx.log, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) });
        const { result } = check;
        for (const o of result.outputs)
            ctx.log(`${o.name}: ${o.digests.map((d) => d.slice(0, 16)).join(' / ')} ${o.reproducible ? 'identical' : 'DIFFER'}`);
        for (const c of result.outputs.flatMap((o) => o.difference?.causes ?? []))
            ctx.log(`likely cause: ${c.title} (${c.evidence})`);
        ctx.log(`hermetic: ${result.hermetic} - ${result.hermeticReason}`);
        const built = ctx.shared.get('artifact.sha256');
        const rebuilt = result.outputs.find((o) => o.name === (0,external_node_path_.basename)(ctx.shared.get('artifact.path') ?? ''));
        if (built && rebuilt) {
            ctx.log(rebuilt.digests[0] === built
                ? "the rebuild equals the build stage's artifact"
                : 'the build stage packed the working tree, which differs from the commit');
        }
        if (check.attestation) {
            ctx.shared.set('rebuild.bundle', check.attestation.path);
            ctx.log(`verdict ${check.attestation.statement.predicate.verificationResult} ${check.attestation.statement.predicate.verifiedLevels.join(', ')}, signed by ${check.attestation.bundle.signer}`);
        }
        return {
            ok: result.exitCode === 0,
            headline: result.headline,
            outputs: { report: dir, ...(check.attestation ? { 'verification summary': check.attestation.path } : {}) },
        };
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/demo/attest.ts





/** The commit the sample was built from, or a marker when the tree is not a git checkout. */
async function sourceCommit(dir) {
    const head = await (0,src/* spawnCapture */.EO)('git', ['rev-parse', 'HEAD'], { cwd: dir }).catch(() => undefined);
    return head?.exitCode === 0 ? head.stdout.trim() : '0000000000000000000000000000000000000000';
}
/** Signed SLSA provenance for the packed artifact, as the slsa-provenance action writes it. */
const attestStage = {
    name: 'attest',
    title: 'Attest the artifact (SLSA v1 provenance, signed)',
    run: async (ctx) => {
        const artifact = ctx.shared.get('artifact.path');
        const sha256 = ctx.shared.get('artifact.sha256');
        if (!artifact || !sha256)
            return { ok: false, headline: 'no artifact: the build stage did not run or failed', outputs: {} };
        const subjects = [{ name: (0,external_node_path_.basename)(artifact), digest: { sha256 } }];
        // A local run has no OIDC token: the context is this machine's, under a server name that is
        // plainly not GitHub's so nobody mistakes the builder for a hosted one.
        const claims = (0,supply_chain_src/* buildClaimsFrom */.C9)({
            repository: 'local/slipway-sample',
            repository_id: '0',
            repository_owner_id: '0',
            ref: 'refs/heads/main',
            sha: await sourceCommit(ctx.sampleDir),
            event_name: 'workflow_dispatch',
            workflow_ref: 'local/slipway-sample/.slipway/demo.yml@refs/heads/main',
            job_workflow_ref: 'local/slipway-sample/.slipway/demo.yml@refs/heads/main',
            run_id: String(ctx.clock.now().getTime()),
            run_attempt: '1',
            runner_environment: 'self-hosted',
        }, 'the local demo');
        const { statement, bundle } = await (0,supply_chain_src/* createProvenance */.iz)(subjects, claims, 'https://slipway.invalid', await demoSigningMethod(ctx));
        const dir = (0,external_node_path_.join)(ctx.outDir, 'attest');
        await (0,promises_.mkdir)(dir, { recursive: true });
        const path = (0,external_node_path_.join)(dir, `${(0,external_node_path_.basename)(artifact)}.provenance.sigstore.json`);
        await (0,promises_.writeFile)(path, bundle.text);
        ctx.shared.set('provenance.bundle', path);
        ctx.log(`builder ${statement.predicate.runDetails.builder.id}, commit ${claims.sha.slice(0, 12)}`);
        return { ok: true, headline: `SLSA provenance for ${(0,external_node_path_.basename)(artifact)}, signed by ${bundle.signer}`, outputs: { provenance: path } };
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/demo/sign.ts




/** A Sigstore signature bundle for the artifact, as the cosign-sign action writes it. */
const signStage = {
    name: 'sign',
    title: 'Sign the artifact (Sigstore bundle)',
    run: async (ctx) => {
        const artifact = ctx.shared.get('artifact.path');
        if (!artifact)
            return { ok: false, headline: 'no artifact: the build stage did not run or failed', outputs: {} };
        const method = await demoSigningMethod(ctx);
        const bundle = await (0,supply_chain_src/* signBlob */.Pk)(await (0,promises_.readFile)(artifact), method);
        const dir = (0,external_node_path_.join)(ctx.outDir, 'sign');
        await (0,promises_.mkdir)(dir, { recursive: true });
        const path = (0,external_node_path_.join)(dir, `${(0,external_node_path_.basename)(artifact)}.sigstore.json`);
        await (0,promises_.writeFile)(path, bundle.text);
        ctx.shared.set('artifact.bundle', path);
        return {
            ok: true,
            headline: `signed ${(0,external_node_path_.basename)(artifact)} with the demo key (${bundle.signer})`,
            outputs: { bundle: path, 'public key': ctx.shared.get('signing.publicKey') ?? '' },
        };
    },
};

// EXTERNAL MODULE: ./packages/verify/src/index.ts + 24 modules
var verify_src = __webpack_require__(71526);
;// CONCATENATED MODULE: ./packages/cli/src/demo/verify-deploy.ts




// The demo signs offline with a key (no Rekor, no timestamp authority), so the local policy is key
// mode with no witnesses required, trusting the demo key by its fingerprint; the provenance must
// still be there and name the artifact.
const LOCAL_POLICY = { version: 1, 'require-provenance': true, 'tlog-entries': 0, timestamps: 0 };
function failedReasons(report) {
    return [...report.bundles.flatMap((b) => b.checks), ...report.checks]
        .filter((c) => c.status === 'failed')
        .map((c) => `${c.name}: ${c.detail}`)
        .join('; ');
}
async function publicKeyPem(value) {
    return value.includes('-----BEGIN') ? value : (0,src/* readTextFile */.Gu)(value, 'public key');
}
/** Verifies the signed sample artifact before copying it into a local deploy folder, and shows a tampered copy refused. */
const verifyDeployStage = {
    name: 'verify-deploy',
    title: 'Verify signature and provenance, then deploy (and refuse a tampered copy)',
    run: async (ctx) => {
        const wanted = ['artifact.path', 'artifact.bundle', 'provenance.bundle', 'signing.publicKey'];
        const missing = wanted.filter((k) => !ctx.shared.get(k));
        if (missing.length > 0) {
            return { ok: false, headline: `nothing to verify: the signing stages did not provide ${missing.join(', ')}`, outputs: {} };
        }
        const artifactPath = ctx.shared.get('artifact.path') ?? '';
        const bundles = [ctx.shared.get('artifact.bundle') ?? '', ctx.shared.get('provenance.bundle') ?? ''];
        const trust = (0,verify_src/* loadTrust */.Vc)({
            kind: 'public-key',
            pem: await publicKeyPem(ctx.shared.get('signing.publicKey') ?? ''),
            source: 'the demo signing key',
        });
        const policy = (0,verify_src/* decodePolicy */.VE)({ ...LOCAL_POLICY, keys: trust.key ? [trust.key.fingerprint] : [] }, 'local demo policy');
        const dir = (0,external_node_path_.join)(ctx.outDir, 'verify-deploy');
        const deployDir = (0,external_node_path_.join)(dir, 'deploy');
        await (0,promises_.mkdir)(deployDir, { recursive: true });
        const subject = await (0,verify_src/* loadFileSubject */.v7)(artifactPath, bundles);
        const good = (0,verify_src/* verifySubject */.is)((0,external_node_path_.basename)(artifactPath), subject.artifact, subject.bundles, policy, trust, ctx.clock.now());
        const passedChecks = good.bundles.reduce((n, b) => n + b.checks.filter((c) => c.status === 'passed').length, 0);
        ctx.log(`${good.verified ? 'verified' : 'REJECTED'} ${(0,external_node_path_.basename)(artifactPath)} (${good.digest}): ${passedChecks} checks passed`);
        if (!good.verified) {
            ctx.log(`refused to deploy: ${failedReasons(good)}`);
            return { ok: false, headline: `the signed artifact did not verify: ${failedReasons(good)}`, outputs: {} };
        }
        const deployed = (0,external_node_path_.join)(deployDir, (0,external_node_path_.basename)(artifactPath));
        await (0,promises_.copyFile)(artifactPath, deployed);
        ctx.log(`deployed to ${deployed}`);
        // The same bundles against a copy with one byte changed: the gate must say no.
        const bytes = await (0,promises_.readFile)(artifactPath);
        bytes[0] = (bytes[0] ?? 0) ^ 0x20;
        const tamperedPath = (0,external_node_path_.join)(dir, `tampered-${(0,external_node_path_.basename)(artifactPath)}`);
        await (0,promises_.writeFile)(tamperedPath, bytes);
        const tampered = (0,verify_src/* verifySubject */.is)((0,external_node_path_.basename)(tamperedPath), (0,verify_src/* artifactFromBytes */.qD)(bytes, (0,external_node_path_.basename)(tamperedPath)), subject.bundles, policy, trust, ctx.clock.now());
        ctx.log(`${tampered.verified ? 'VERIFIED (wrong!)' : 'refused'} tampered copy (${tampered.digest}): ${failedReasons(tampered).slice(0, 160)}`);
        return {
            ok: !tampered.verified,
            headline: tampered.verified
                ? 'a tampered copy passed verification'
                : `verified and deployed ${(0,external_node_path_.basename)(artifactPath)}; a one-byte tampered copy was refused`,
            outputs: { deployed, 'tampered copy (refused)': tamperedPath },
        };
    },
};

// EXTERNAL MODULE: ./packages/metrics/src/index.ts + 36 modules
var metrics_src = __webpack_require__(85896);
;// CONCATENATED MODULE: ./packages/cli/src/demo/metrics.ts




const timing = src/* decode.object */.D4.object({ end: src/* decode.number */.D4.number, seconds: src/* decode.number */.D4.number, ok: src/* decode.boolean */.D4.boolean });
/** The sample's latest commit (sha and time), when the sample lives in a git checkout. */
async function headCommit(dir) {
    const result = await (0,src/* spawnCapture */.EO)('git', ['log', '-1', '--format=%H %ct'], { cwd: dir }).catch(() => undefined);
    const [sha, at] = result?.exitCode === 0 ? result.stdout.trim().split(' ') : [];
    return sha && at ? { sha, at: Number(at) } : undefined;
}
/** This pipeline run as a run record: one job per stage that ran before this one. */
function runRecord(ctx, id, sha) {
    const jobs = [];
    for (const [key, value] of ctx.shared) {
        if (!key.startsWith('timing.'))
            continue;
        const t = timing((0,src/* parseJson */.qF)(value, key), key);
        const name = key.slice('timing.'.length);
        jobs.push({
            id: id * 100 + jobs.length,
            name,
            attempt: 1,
            conclusion: t.ok ? 'success' : 'failure',
            startedAt: t.end - t.seconds,
            completedAt: t.end,
            steps: [{ name, conclusion: t.ok ? 'success' : 'failure', seconds: t.seconds }],
        });
    }
    const now = ctx.clock.now().getTime() / 1000;
    const startedAt = jobs.length > 0 ? Math.min(...jobs.map((j) => j.startedAt)) : now;
    const outcomes = [];
    const decision = ctx.shared.get('scan.decision');
    if (decision === 'pass' || decision === 'fail')
        outcomes.push({ type: 'scan', subject: 'sample', decision });
    if (ctx.shared.has('artifact.path'))
        outcomes.push({
            type: 'signature',
            subject: (0,external_node_path_.basename)(ctx.shared.get('artifact.path') ?? ''),
            signed: ctx.shared.has('artifact.bundle'),
        });
    return {
        id,
        workflow: 'slipway demo',
        event: 'local',
        branch: 'main',
        sha,
        attempt: 1,
        conclusion: jobs.every((j) => j.conclusion === 'success') ? 'success' : 'failure',
        createdAt: startedAt,
        startedAt,
        completedAt: jobs.length > 0 ? Math.max(...jobs.map((j) => j.completedAt)) : now,
        jobs,
        artifacts: ctx.shared.has('artifact.path') ? 1 : 0,
        outcomes,
    };
}
/**
 * The last stage: records this local run (each stage's timing) in a history that outlives the
 * output folder, and renders the dashboard and summary from every local run so far.
 */
const metricsStage = {
    name: 'metrics',
    title: 'Build performance dashboard of the local runs',
    run: async (ctx) => {
        // The output folder is emptied on every run, so the store lives beside it: embedded SQLite,
        // no service. A JSON history an older release left there is moved in once.
        const storePath = (0,external_node_path_.join)((0,external_node_path_.dirname)(ctx.outDir), `${(0,external_node_path_.basename)(ctx.outDir)}-metrics-history.db`);
        const legacyPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(ctx.outDir), `${(0,external_node_path_.basename)(ctx.outDir)}-metrics-history.json`);
        const outDir = (0,external_node_path_.join)(ctx.outDir, 'metrics');
        await (0,promises_.mkdir)(outDir, { recursive: true });
        let store;
        try {
            const fresh = !(await (0,promises_.stat)(storePath).catch(() => undefined));
            store = (await (0,metrics_src/* openSqlite */.Lf)(storePath)).store;
            const repo = 'local/sample';
            if (fresh && (await (0,promises_.stat)(legacyPath).catch(() => undefined)))
                await (0,metrics_src/* importHistory */.u0)(store, (await (0,metrics_src/* loadHistory */.FB)(legacyPath, repo)).history);
            await store.ensureRepository(repo, 'main');
            const commit = await headCommit(ctx.sampleDir);
            const [top] = await store.driver.all('SELECT MAX(run_id) AS id FROM runs WHERE repository = ?', [repo]);
            const id = Number(top?.['id'] ?? 0) + 1;
            const run = runRecord(ctx, id, commit?.sha ?? 'local');
            const now = ctx.clock.now().getTime() / 1000;
            const deployed = ctx.shared.get('timing.verify-deploy');
            if (deployed) {
                // The verified local "deploy" counts as a production deployment for the DORA tiles.
                const t = timing((0,src/* parseJson */.qF)(deployed, 'timing.verify-deploy'), 'timing.verify-deploy');
                const deployment = {
                    id,
                    environment: 'local',
                    production: true,
                    sha: run.sha,
                    ref: 'main',
                    createdAt: t.end - t.seconds,
                    state: t.ok ? 'success' : 'failure',
                    finishedAt: t.end,
                    commits: t.ok && commit ? [commit] : [],
                };
                run.outcomes.push({ type: 'verification', subject: 'sample', environment: 'local', verified: t.ok });
                await store.saveDeployments(repo, [deployment]);
            }
            await store.saveRuns(repo, [run], { updatedAt: Math.floor(now) });
            // A local run takes seconds, so the budget is a minute rather than the CI default.
            const report = await (0,metrics_src/* reportFromStore */.ai)(store, repo, { now, maxMinutes: 1, budgetRunIds: new Set([id]) });
            await store.close();
            store = undefined;
            await (0,promises_.copyFile)(storePath, (0,external_node_path_.join)(outDir, 'history.db'));
            const html = (0,external_node_path_.join)(outDir, 'index.html');
            await (0,promises_.writeFile)(html, (0,metrics_src/* dashboardHtml */.Sj)(report));
            await (0,promises_.writeFile)((0,external_node_path_.join)(outDir, 'summary.md'), (0,metrics_src/* summaryMarkdown */.eH)(report));
            const seconds = run.completedAt - run.startedAt;
            return {
                ok: true,
                headline: `run ${report.historyRuns} recorded (${run.jobs.length} stages, ${seconds.toFixed(1)} s); p50 ${(report.totals.duration.p50 ?? 0).toFixed(1)} s over ${report.totals.runs} local runs`,
                outputs: { dashboard: html, summary: (0,external_node_path_.join)(outDir, 'summary.md'), history: storePath },
            };
        }
        catch (error) {
            return { ok: false, headline: `the metrics history could not be updated: ${(0,src/* errorMessage */.gJ)(error)}`, outputs: { history: storePath } };
        }
        finally {
            await store?.close();
        }
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/demo/stages.ts











/** The local pipeline, in order. Each capability adds its stage here. */
const stages = [
    baselineStage,
    cacheStage,
    shardStage,
    scanGateStage,
    buildStage,
    rebuildStage,
    attestStage,
    signStage,
    verifyDeployStage,
    pipelineAuditStage,
    metricsStage,
];

// EXTERNAL MODULE: ./packages/cli/src/commands/summaries.ts
var summaries = __webpack_require__(22833);
;// CONCATENATED MODULE: ./packages/cli/src/commands/demo.ts






const SAMPLE_HINT = 'run from the repository root or pass --sample DIR (a Node project with package.json and test/*.test.js)';
/** Refuses a sample folder the stages cannot run on, naming what is missing, before anything is written. */
async function checkSample(sampleDir) {
    const info = await (0,promises_.stat)(sampleDir).catch(() => undefined);
    if (!info)
        throw new src/* UserError */.yo(`The sample project ${sampleDir} does not exist`, { hint: SAMPLE_HINT });
    if (!info.isDirectory())
        throw new src/* UserError */.yo(`The sample project ${sampleDir} is a file, not a folder`, { hint: SAMPLE_HINT });
    if (!(await (0,promises_.stat)((0,external_node_path_.join)(sampleDir, 'package.json')).catch(() => undefined))?.isFile()) {
        throw new src/* UserError */.yo(`The sample project ${sampleDir} has no package.json`, { hint: SAMPLE_HINT });
    }
    const tests = await (0,promises_.readdir)((0,external_node_path_.join)(sampleDir, 'test')).catch(() => []);
    if (!tests.some((n) => n.endsWith('.test.js'))) {
        throw new src/* UserError */.yo(`The sample project ${sampleDir} has no test files (test/*.test.js)`, { hint: SAMPLE_HINT });
    }
}
/** Runs one stage; a stage that throws fails with its message (a bug also with the please-report line and its stack). */
async function runStage(stage, ctx, stderr) {
    try {
        return await stage.run(ctx);
    }
    catch (error) {
        if (!(0,src/* isUserError */.iU)(error))
            stderr(`slipway: stage ${stage.name}: ${(0,src/* describeFailure */.Ic)(error)}\n`);
        const message = (0,src/* isUserError */.iU)(error) ? error.message : 'an unexpected error (reported above)';
        return { ok: false, headline: message, outputs: {} };
    }
}
/** `slipway demo`: the whole Slipway pipeline on the sample project, on this machine only. */
const demoCommand = (0,command/* leaf */.V4)({
    name: 'demo',
    summary: summaries/* SUMMARIES */.Z['demo'],
    usage: 'demo [--sample DIR] [--out DIR] [--only STAGE]...',
    options: {
        sample: { type: 'string', value: 'DIR', description: 'the sample project (default: ./sample)' },
        out: { type: 'string', value: 'DIR', description: 'where outputs go (default: ./.slipway/demo)' },
        only: {
            type: 'string',
            multiple: true,
            value: 'STAGE',
            description: `run only these stages (${stages.map((s) => s.name).join(', ')})`,
        },
    },
    details: 'Exit codes: 0 every stage did what it should, 1 a stage failed, 2 bad usage.',
    run: async ({ values }, io) => {
        const sampleDir = (0,external_node_path_.resolve)(io.cwd, values.sample ?? 'sample');
        const outDir = (0,external_node_path_.resolve)(io.cwd, values.out ?? '.slipway/demo');
        await checkSample(sampleDir);
        const unknown = (values.only ?? []).filter((n) => !stages.some((s) => s.name === n));
        if (unknown.length > 0)
            throw new src/* UserError */.yo(`Unknown stage ${unknown.join(', ')}; stages are ${stages.map((s) => s.name).join(', ')}`);
        // Only a folder this command made (it holds the marker) is ever emptied; the sample and the
        // working folder are never touched, whatever --out says.
        await (0,src/* prepareOwnedDir */.gT)(outDir, { what: 'the demo output folder', protect: [sampleDir, io.cwd] });
        const ctx = {
            sampleDir,
            outDir,
            node: process.execPath,
            log: (l) => io.stdout(`    ${l}\n`),
            clock: src/* systemClock */.ml,
            shared: new Map(),
        };
        const selected = stages.filter((s) => !values.only || values.only.includes(s.name));
        let failed = 0;
        io.stdout(`Slipway local pipeline on ${sampleDir}\n\n`);
        for (const [i, stage] of selected.entries()) {
            io.stdout(`[${i + 1}/${selected.length}] ${stage.title}\n`);
            const started = performance.now();
            const result = await runStage(stage, ctx, io.stderr);
            const seconds = ((performance.now() - started) / 1000).toFixed(1);
            // Each stage's timing, for the metrics stage that records this run and renders the dashboard.
            ctx.shared.set(`timing.${stage.name}`, JSON.stringify({ end: Date.now() / 1000, seconds: (performance.now() - started) / 1000, ok: result.ok }));
            io.stdout(`    ${result.ok ? 'ok' : 'FAILED'}: ${result.headline} (${seconds} s)\n`);
            for (const [what, where] of Object.entries(result.outputs))
                io.stdout(`    ${what}: ${where}\n`);
            io.stdout('\n');
            if (!result.ok)
                failed += 1;
        }
        io.stdout(failed === 0
            ? `All ${selected.length} stages passed. Outputs are in ${outDir}\n`
            : `${failed} stage(s) failed. Outputs are in ${outDir}\n`);
        return failed === 0 ? command/* EXIT */.dc.ok : command/* EXIT */.dc.rejected;
    },
});


/***/ })

};
