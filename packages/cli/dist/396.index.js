export const id = 396;
export const ids = [396];
export const modules = {

/***/ 13396:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f0: () => (/* reexport */ DEFAULT_VERIFIER_ID),
  pH: () => (/* reexport */ checkReproducible),
  k4: () => (/* reexport */ formatRebuildText),
  uG: () => (/* reexport */ parseVary),
  PG: () => (/* reexport */ probeCapabilities),
  _4: () => (/* reexport */ publishedFromFiles)
});

// UNUSED EXPORTS: DEFAULT_LIMITS, HERMETIC_LEVEL, REBUILD_DETAILS_FIELD, REBUILD_POLICY_URI, REPRODUCIBLE_LEVEL, VARIATIONS, VERIFICATION_SUMMARY_V1, buildVerificationSummary, explainDifference, exportCommit, findSourceCommit, formatRebuildMarkdown, gunzip, looksLikeGzip, looksLikeTar, looksLikeZip, nameCauses, planRuns, readGzipHeader, readTar, readZip, rebuild, reproducibilityRecords, runDiffoscope, signVerificationSummary, sourceResourceUri, variedLocale, verdictSubjects, wrapCommand

// EXTERNAL MODULE: ./packages/core/src/index.ts + 26 modules
var src = __webpack_require__(63220);
;// CONCATENATED MODULE: ./packages/rebuild/src/vary.ts

/** What a reproducible build must not depend on, each varied between runs unless switched off. */
const VARIATIONS = ['path', 'time', 'tz', 'locale', 'umask', 'hostname', 'user', 'order'];
/**
 * Parses `--vary`: `all` (the default), `none`, a list of names (only those), or `-name`/`+name`
 * items that take from or add to all of them (`-time,-hostname`).
 */
function parseVary(value, field = '--vary') {
    const items = (value ?? 'all')
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
    const bare = items.filter((i) => !/^[+-]/.test(i) && i !== 'all');
    const set = new Set(bare.length > 0 || items.includes('none') ? [] : VARIATIONS);
    for (const item of items) {
        if (item === 'all')
            VARIATIONS.forEach((v) => set.add(v));
        else if (item === 'none')
            continue;
        else {
            const name = item.replace(/^[+-]/, '');
            if (!VARIATIONS.includes(name)) {
                throw new src/* UserError */.yo(`${field}: '${name}' is not something a rebuild can vary; expected ${VARIATIONS.join(', ')}, all or none`, {
                    code: src/* errorCodes */.fv.usage,
                    hint: 'e.g. --vary=-time,-hostname (write the = when the value starts with a dash) varies all but the clock and the host name',
                });
            }
            if (item.startsWith('-'))
                set.delete(name);
            else
                set.add(name);
        }
    }
    return VARIATIONS.filter((v) => set.has(v));
}
// Zones with unusual offsets, so a date printed in local time cannot match by accident.
const ZONES = ['Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham'];
const BASE_LOCALE = 'C.UTF-8';
/** The locale a varied run uses: an installed non-C one if there is any, else POSIX (which changes LANG, not collation). */
function variedLocale(installed) {
    const preferred = ['de_DE.utf8', 'fr_FR.utf8', 'tr_TR.utf8', 'en_US.utf8'];
    const real = installed.filter((l) => !/^(C|POSIX)(\..*)?$/i.test(l));
    return preferred.find((p) => real.includes(p)) ?? real[0] ?? 'POSIX';
}
/**
 * The plan of each run: run 1 is the reference (UTC, C.UTF-8, umask 022, the real clock), each
 * later run varies what `vary` names. A variation switched off keeps run 1's value in every run.
 */
function planRuns(runs, vary, installedLocales) {
    const on = (v) => vary.includes(v);
    const plans = [];
    for (let run = 1; run <= runs; run++) {
        const k = run - 1;
        const varied = k > 0;
        plans.push({
            run,
            segments: on('path') ? (varied ? [`run-${run}`, 'a-longer', 'build', 'path', 'src'] : [`run-${run}`, 'src']) : ['build', 'src'],
            clockShiftSeconds: on('time') && varied ? k * (86_400 + 3_723) : 0,
            timeZone: on('tz') && varied ? (ZONES[(k - 1) % ZONES.length] ?? 'UTC') : 'UTC',
            locale: on('locale') && varied ? variedLocale(installedLocales) : BASE_LOCALE,
            umask: on('umask') && varied ? '0002' : '0022',
            hostname: on('hostname') ? `slipway-${varied ? 'rebuilder' : 'builder'}-${run}` : undefined,
            user: on('user') ? (varied ? `rebuild-user-${run}` : 'builder') : undefined,
            order: on('order') && k % 2 === 1 ? 'reversed' : 'natural',
        });
    }
    return plans;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./packages/rebuild/src/isolation.ts
async function works(exec, command, args) {
    try {
        const r = await exec.run(command, args, { silent: true });
        return { ok: r.exitCode === 0, detail: (r.stderr || r.stdout).trim().split('\n').pop() ?? '' };
    }
    catch (error) {
        return { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
}
const onPath = async (exec, program) => (await works(exec, 'sh', ['-c', `command -v ${program}`])).ok;
/**
 * Tries what isolation and variation tools work here: `unshare --net --uts` as root or under
 * `sudo -n`, faketime, disorderfs (root only: its FUSE mount is the root user's), diffoscope and the installed locales.
 */
async function probeCapabilities(exec, identity) {
    let namespaces = 'none';
    let namespaceProblem;
    if (identity.uid === 0) {
        const r = await works(exec, 'unshare', ['--net', '--uts', '--', 'true']);
        if (r.ok)
            namespaces = 'root';
        else
            namespaceProblem = `unshare --net --uts failed as root: ${r.detail}`;
    }
    else if ((await works(exec, 'sudo', ['-n', 'true'])).ok) {
        const r = await works(exec, 'sudo', ['-n', 'unshare', '--net', '--uts', '--', 'true']);
        if (r.ok && (await works(exec, 'sudo', ['-n', 'setpriv', '--version'])).ok)
            namespaces = 'sudo';
        else
            namespaceProblem = `sudo unshare --net --uts failed: ${r.detail || 'setpriv is missing'}`;
    }
    else {
        namespaceProblem =
            'network and UTS namespaces need root or passwordless sudo (unprivileged user namespaces are restricted on Ubuntu runners)';
    }
    const locales = await exec.run('locale', ['-a'], { silent: true }).then((r) => r.exitCode === 0
        ? r.stdout
            .split('\n')
            .map((l) => l.trim())
            .filter(Boolean)
        : [], () => []);
    return {
        namespaces,
        namespaceProblem,
        faketime: await onPath(exec, 'faketime'),
        disorderfs: identity.uid === 0 && (await onPath(exec, 'disorderfs')) && (await onPath(exec, 'fusermount')),
        diffoscope: await onPath(exec, 'diffoscope'),
        locales,
    };
}
const SET_HOSTNAME = 'if [ -n "$1" ]; then hostname "$1" || exit 125; fi; shift; exec "$@"';
const SET_UMASK = 'umask "$1" || exit 125; shift; exec "$@"';
/**
 * The program and arguments that run `command` (a shell command line) as `plan` says:
 * `unshare --net --uts` (via sudo, dropping back to the caller with setpriv), the host name, the
 * umask, then faketime with the run's clock shift.
 */
function wrapCommand(command, plan, isolation, caps, identity, path) {
    const argv = [];
    const namespaces = [...(isolation.denyNetwork ? ['--net'] : []), ...(isolation.setHostname ? ['--uts'] : [])];
    if (namespaces.length > 0) {
        if (caps.namespaces === 'sudo')
            argv.push('sudo', '-n', '-E', '--');
        argv.push('unshare', ...namespaces, '--');
    }
    argv.push('/bin/sh', '-c', SET_HOSTNAME, 'slipway-rebuild', isolation.setHostname ? (plan.hostname ?? '') : '');
    if (namespaces.length > 0 && caps.namespaces === 'sudo') {
        // sudo resets PATH (secure_path) and runs as root: back to the caller, with the caller's PATH.
        argv.push('setpriv', `--reuid=${identity.uid}`, `--regid=${identity.gid}`, '--init-groups', '--', 'env', `PATH=${path}`);
    }
    argv.push('/bin/sh', '-c', SET_UMASK, 'slipway-rebuild', plan.umask);
    if (isolation.useFaketime && plan.clockShiftSeconds !== 0)
        argv.push('faketime', '-f', `+${plan.clockShiftSeconds}s`);
    argv.push('/bin/sh', '-c', command);
    const [program, ...args] = argv;
    return { program: program ?? '/bin/sh', args };
}

;// CONCATENATED MODULE: ./packages/rebuild/src/explain/tar-read.ts

const BLOCK = 512;
function tar_read_text(block, offset, length) {
    const field = block.subarray(offset, offset + length);
    const end = field.indexOf(0);
    return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}
// Numbers are octal text, or base-256 big-endian when the top bit of the first byte is set (GNU, star).
function number(block, offset, length) {
    const field = block.subarray(offset, offset + length);
    if (((field[0] ?? 0) & 0x80) !== 0) {
        let value = (field[0] ?? 0) & 0x7f;
        for (let i = 1; i < field.length; i++)
            value = value * 256 + (field[i] ?? 0);
        return value;
    }
    const digits = tar_read_text(block, offset, length).trim();
    return digits === '' ? 0 : parseInt(digits, 8);
}
function checksumOk(block) {
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    return sum === number(block, 148, 8);
}
// A pax record is "<length> <key>=<value>\n"; the length counts the whole record.
function paxRecords(data) {
    const out = {};
    let at = 0;
    while (at < data.length) {
        const space = data.indexOf(0x20, at);
        if (space === -1)
            break;
        const length = parseInt(data.subarray(at, space).toString('ascii'), 10);
        if (!Number.isSafeInteger(length) || length <= 0)
            break;
        const record = data.subarray(space + 1, at + length - 1).toString('utf8');
        const eq = record.indexOf('=');
        if (eq > 0)
            out[record.slice(0, eq)] = record.slice(eq + 1);
        at += length;
    }
    return out;
}
/** True when the bytes start with a tar header: a non-empty first block whose checksum holds. */
function looksLikeTar(bytes) {
    if (bytes.length < BLOCK)
        return false;
    const first = bytes.subarray(0, BLOCK);
    return first.some((b) => b !== 0) && checksumOk(first);
}
/** Reads every member of a tar archive (ustar, pax and GNU long names); a broken header is a UserError naming `source`. */
function readTar(bytes, source) {
    const entries = [];
    let global = {};
    let local = {};
    let longName;
    let longLink;
    let at = 0;
    while (at + BLOCK <= bytes.length) {
        const header = bytes.subarray(at, at + BLOCK);
        if (header.every((b) => b === 0))
            break;
        if (!checksumOk(header))
            throw new src/* UserError */.yo(`${source}: the tar header at byte ${at} has a wrong checksum`);
        const size = number(header, 124, 12);
        const flag = String.fromCharCode(header[156] ?? 0);
        const data = bytes.subarray(at + BLOCK, at + BLOCK + size);
        if (data.length < size)
            throw new src/* UserError */.yo(`${source}: the tar member at byte ${at} is cut short`);
        at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
        if (flag === 'g') {
            global = { ...global, ...paxRecords(data) };
            continue;
        }
        if (flag === 'x') {
            local = paxRecords(data);
            continue;
        }
        if (flag === 'L' || flag === 'K') {
            const value = data.toString('utf8').replace(/\0+$/, '');
            if (flag === 'L')
                longName = value;
            else
                longLink = value;
            continue;
        }
        const pax = { ...global, ...local };
        // Only POSIX ustar ("ustar\0") has a name prefix there; GNU's "ustar  " keeps other fields at 345.
        const prefix = header.subarray(257, 263).toString('latin1') === 'ustar\0' ? tar_read_text(header, 345, 155) : '';
        const baseName = tar_read_text(header, 0, 100);
        const name = pax['path'] ?? longName ?? (prefix ? `${prefix}/${baseName}` : baseName);
        const type = flag === '0' || flag === '\0' || flag === '7'
            ? 'file'
            : flag === '5'
                ? 'directory'
                : flag === '2'
                    ? 'symlink'
                    : flag === '1'
                        ? 'hardlink'
                        : 'other';
        entries.push({
            name,
            type,
            mode: number(header, 100, 8) & 0o7777,
            uid: pax['uid'] !== undefined ? Number(pax['uid']) : number(header, 108, 8),
            gid: pax['gid'] !== undefined ? Number(pax['gid']) : number(header, 116, 8),
            uname: pax['uname'] ?? tar_read_text(header, 265, 32),
            gname: pax['gname'] ?? tar_read_text(header, 297, 32),
            mtime: pax['mtime'] !== undefined ? Number(pax['mtime']) : number(header, 136, 12),
            linkname: pax['linkpath'] ?? longLink ?? tar_read_text(header, 157, 100),
            data: type === 'file' ? data : Buffer.alloc(0),
        });
        local = {};
        longName = undefined;
        longLink = undefined;
    }
    return entries;
}

;// CONCATENATED MODULE: ./packages/rebuild/src/source-tree.ts




async function git(exec, cwd, args) {
    const r = await exec.run('git', args, { cwd, silent: true });
    if (r.exitCode !== 0)
        throw new Error(`git ${args.join(' ')}: ${r.stderr.trim()}`);
    return r.stdout.trim();
}
function withoutCredentials(url) {
    return url.replace(/^([a-z+]+:\/\/)[^@/]*@/i, '$1');
}
/** Finds the git checkout holding `cwd` and its HEAD commit; a folder outside git is a UserError. */
async function findSourceCommit(exec, cwd) {
    let top;
    try {
        top = await git(exec, cwd, ['rev-parse', '--show-toplevel']);
    }
    catch (error) {
        throw new src/* UserError */.yo(`${cwd} is not inside a git checkout`, {
            code: src/* errorCodes */.fv.usage,
            cause: error,
            hint: 'a rebuild builds a commit from a clean export of it, never the working tree: run it in a git checkout',
        });
    }
    const commit = await git(exec, top, ['rev-parse', 'HEAD']).catch((error) => {
        throw new src/* UserError */.yo(`The checkout ${top} has no commit to rebuild`, { code: src/* errorCodes */.fv.usage, cause: error });
    });
    const commitTime = Number(await git(exec, top, ['log', '-1', '--format=%ct', commit]));
    const dirty = (await git(exec, top, ['status', '--porcelain', '--untracked-files=no'])) !== '';
    const remote = await git(exec, top, ['remote', 'get-url', 'origin']).then(withoutCredentials, () => undefined);
    const subdir = (0,external_node_path_.relative)(await (0,src/* canonicalPath */.Op)(top), await (0,src/* canonicalPath */.Op)(cwd));
    return { top, subdir: subdir.split(external_node_path_.sep).join('/'), commit, commitTime, dirty, remote };
}
/**
 * Writes a clean copy of `commit` into the empty folder `dest` (git archive: tracked files only,
 * no .git), creating members in archive order or reversed. Files get the commit time as mtime
 * unless `checkoutTimes`, which leaves the time of writing, as a fresh checkout has.
 */
async function exportCommit(exec, source, dest, options) {
    const r = await exec.run('git', ['archive', '--format=tar', '-o', options.scratchFile, source.commit], { cwd: source.top, silent: true });
    if (r.exitCode !== 0)
        throw new src/* UserError */.yo(`git archive of ${source.commit} failed: ${r.stderr.trim()}`);
    const entries = readTar(await (0,promises_.readFile)(options.scratchFile), `git archive of ${source.commit}`);
    const ordered = options.reversed ? [...entries].reverse() : entries;
    for (const entry of ordered) {
        const name = (0,external_node_path_.normalize)(entry.name);
        if ((0,external_node_path_.isAbsolute)(name) || name === '..' || name.startsWith(`..${external_node_path_.sep}`))
            throw new src/* UserError */.yo(`git archive member ${entry.name} escapes the copy`);
        const path = (0,external_node_path_.join)(dest, name);
        if (entry.type === 'directory')
            await (0,promises_.mkdir)(path, { recursive: true, mode: 0o755 });
        else if (entry.type === 'file') {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            // git records only 644 and 755; the umask of the build applies to what the build writes.
            await (0,promises_.writeFile)(path, entry.data, { mode: entry.mode & 0o111 ? 0o755 : 0o644 });
        }
        else if (entry.type === 'symlink') {
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            await (0,promises_.symlink)(entry.linkname, path);
        }
    }
    if (!options.checkoutTimes) {
        const when = new Date(source.commitTime * 1000);
        for (const entry of entries)
            if (entry.type !== 'symlink')
                await (0,promises_.utimes)((0,external_node_path_.join)(dest, (0,external_node_path_.normalize)(entry.name)), when, when);
    }
    return entries.length;
}

;// CONCATENATED MODULE: ./packages/rebuild/src/build-run.ts





const SECRET_VARIABLES = [
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
    'SIGSTORE_ID_TOKEN',
    'SLIPWAY_KEY_PASSPHRASE',
    'GITHUB_TOKEN',
];
const tail = (text, n) => text.trimEnd().split('\n').slice(-n);
/** The build's environment: the caller's, with the run's zone, locale, user and SOURCE_DATE_EPOCH. */
function buildEnv(req, cwd) {
    const env = {};
    for (const [k, v] of Object.entries(req.baseEnv))
        if (v !== undefined)
            env[k] = v;
    for (const k of ['PWD', 'OLDPWD', 'LANGUAGE'])
        delete env[k];
    // What the build must not see: the step's inputs (a signing key), and the tokens that mint
    // identities or reach the runner's services.
    for (const k of Object.keys(env))
        if (k.startsWith('INPUT_') || SECRET_VARIABLES.includes(k))
            delete env[k];
    for (const k of Object.keys(env))
        if (k.startsWith('LC_'))
            delete env[k];
    Object.assign(env, {
        PWD: cwd,
        SOURCE_DATE_EPOCH: String(req.source.commitTime),
        TZ: req.plan.timeZone,
        LANG: req.plan.locale,
        LC_ALL: req.plan.locale,
    });
    if (req.plan.user)
        Object.assign(env, { USER: req.plan.user, LOGNAME: req.plan.user });
    if (req.plan.hostname && req.isolation.setHostname)
        env['HOSTNAME'] = req.plan.hostname;
    return env;
}
async function runShell(exec, req, command, cwd, env, isolation) {
    const { program, args } = wrapCommand(command, req.plan, isolation, req.caps, req.identity, env['PATH'] ?? '/usr/bin:/bin');
    return exec.run(program, args, { cwd, env, inheritEnv: false, silent: true });
}
/**
 * Runs one build: a fresh export of the commit at the run's path (behind disorderfs when listings
 * are reversed and it is available), the optional prepare step with the network, the command as
 * isolated as asked, then a digest and a kept copy of every declared output.
 */
async function runBuild(exec, req) {
    const treeDir = (0,external_node_path_.join)(req.runDir, 'tree');
    const buildPath = (0,external_node_path_.join)(req.runDir, ...req.plan.segments);
    const reversed = req.plan.order === 'reversed';
    const viaDisorderfs = reversed && req.caps.disorderfs;
    await (0,promises_.mkdir)(treeDir, { recursive: true });
    await (0,promises_.mkdir)(buildPath, { recursive: true });
    await exportCommit(exec, req.source, viaDisorderfs ? treeDir : buildPath, {
        reversed,
        checkoutTimes: req.checkoutTimes,
        scratchFile: (0,external_node_path_.join)(req.runDir, 'source.tar'),
    });
    await (0,promises_.rm)((0,external_node_path_.join)(req.runDir, 'source.tar'), { force: true });
    let mounted = false;
    if (viaDisorderfs) {
        const m = await exec.run('disorderfs', ['--reverse-dirents=yes', '--shuffle-dirents=no', '--quiet', treeDir, buildPath], {
            silent: true,
        });
        mounted = m.exitCode === 0;
        // No FUSE after all (a container without /dev/fuse): fall back to creation order at the build path.
        if (!mounted)
            await exportCommit(exec, req.source, buildPath, {
                reversed,
                checkoutTimes: req.checkoutTimes,
                scratchFile: (0,external_node_path_.join)(req.runDir, 'source.tar'),
            });
    }
    const cwd = req.source.subdir ? (0,external_node_path_.join)(buildPath, req.source.subdir) : buildPath;
    const env = buildEnv(req, cwd);
    const started = performance.now();
    const clockAtStart = new Date(req.now().getTime() + (req.isolation.useFaketime ? req.plan.clockShiftSeconds * 1000 : 0)).toISOString();
    let output = '';
    let exitCode = 0;
    try {
        if (req.prepare) {
            const p = await runShell(exec, req, req.prepare, cwd, env, { ...req.isolation, denyNetwork: false });
            output += p.stdout + p.stderr;
            exitCode = p.exitCode;
        }
        if (exitCode === 0) {
            const r = await runShell(exec, req, req.command, cwd, env, req.isolation);
            output += r.stdout + r.stderr;
            exitCode = r.exitCode;
        }
        const outputs = [];
        if (exitCode === 0) {
            for (const name of await (0,src/* expandGlobs */.GE)(req.outputs, cwd, { allowEmpty: true })) {
                const copy = (0,external_node_path_.join)(req.keepDir, name);
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(copy), { recursive: true });
                await (0,promises_.copyFile)((0,external_node_path_.join)(cwd, name), copy);
                outputs.push({ name, sha256: await (0,src/* digestFile */.TM)(copy), size: (await (0,promises_.stat)(copy)).size, copy });
            }
        }
        return {
            run: req.plan.run,
            buildPath,
            network: req.isolation.denyNetwork ? 'denied' : 'allowed',
            exitCode,
            seconds: (performance.now() - started) / 1000,
            clockAtStart,
            lastLines: tail(output, 20),
            log: output,
            outputs,
            orderMethod: !reversed ? 'none' : mounted ? 'disorderfs' : 'creation-order',
        };
    }
    finally {
        if (mounted)
            await exec.run('fusermount', ['-u', buildPath], { silent: true });
    }
}

;// CONCATENATED MODULE: ./packages/rebuild/src/diffoscope.ts


/** A file name for an output's report: its path with separators flattened. */
function reportName(output) {
    return output.replace(/[^A-Za-z0-9._-]+/g, '_');
}
/**
 * Runs Debian's diffoscope on two builds of one output under a deadline (coreutils `timeout`),
 * writing its text and HTML reports into `dir`. Exit 1 means "differences found", as expected here.
 */
async function runDiffoscope(exec, first, second, dir, output, timeoutSeconds) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const text = (0,external_node_path_.join)(dir, `${reportName(output)}.txt`);
    const html = (0,external_node_path_.join)(dir, `${reportName(output)}.html`);
    const started = performance.now();
    const r = await exec.run('timeout', ['--kill-after=10', String(timeoutSeconds), 'diffoscope', '--no-progress', '--text', text, '--html', html, first, second], { silent: true });
    const seconds = (performance.now() - started) / 1000;
    if (r.exitCode === 0 || r.exitCode === 1)
        return { text, html, problem: undefined, seconds };
    const why = r.exitCode === 124 || r.exitCode === 137
        ? `ran out of its ${timeoutSeconds} s`
        : `exited ${r.exitCode}: ${r.stderr.trim().split('\n').slice(-2).join(' ')}`;
    return { text: undefined, html: undefined, problem: `diffoscope ${why}`, seconds };
}

;// CONCATENATED MODULE: ./packages/rebuild/src/explain/causes.ts
const TITLES = {
    'build-path': [
        'the build path',
        'do not embed absolute paths: use paths relative to the project, or a fixed prefix (e.g. -ffile-prefix-map)',
    ],
    'embedded-date': [
        'an embedded date',
        'take the time from SOURCE_DATE_EPOCH instead of the clock (https://reproducible-builds.org/docs/source-date-epoch/)',
    ],
    'time-zone': ['the time zone', 'format dates in UTC (TZ=UTC or an explicit zone), not in the local zone'],
    locale: ['the locale', 'set LC_ALL=C.UTF-8 for the build, or format and sort without the locale'],
    'host-name': ['the host name', 'do not embed the machine name'],
    'user-name': ['the user name', 'do not embed the name of the user who built it'],
    'sort-order': ['the order of lines', 'sort the lines with a fixed collation (LC_ALL=C sort) and list directories sorted'],
    'gzip-header-time': [
        'the gzip header time',
        'compress with gzip -n (no name, no time) or set the header mtime to 0 or SOURCE_DATE_EPOCH',
    ],
    'file-mtime': [
        'file modification times',
        'set archive member times from SOURCE_DATE_EPOCH (tar --mtime=@$SOURCE_DATE_EPOCH --clamp-mtime; zip: touch -d @$SOURCE_DATE_EPOCH first)',
    ],
    'file-order': ['file order', 'add files in sorted order (tar --sort=name; zip: sort the file list)'],
    'file-mode': ['file permissions (the umask)', 'normalise modes in the archive (tar --mode=go-w,a+rX) or set umask 022 in the build'],
    'file-owner': ['file owner', 'store a fixed owner (tar --owner=0 --group=0 --numeric-owner)'],
    unknown: ['an unrecognised difference', 'read the diffoscope report (--report DIR with diffoscope installed) to see the differing bytes'],
};
const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const DATE_PATTERNS = [
    /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/,
    new RegExp(`\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun),? +(${MONTHS}) +\\d{1,2} +\\d{2}:\\d{2}`),
    new RegExp(`\\b\\d{1,2} (${MONTHS}) \\d{4} \\d{2}:\\d{2}`),
    /\b\d{2}:\d{2}:\d{2}\b/,
    /\b\d{4}-\d{2}-\d{2}\b/,
    /\b1[6-9]\d{8}(\d{3})?\b/,
];
/** The renderings of a zone's offset that date tools print: +0545, +05:45, GMT+05:45. */
function offsetTokens(timeZone) {
    if (!timeZone)
        return [];
    try {
        const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
            .formatToParts(new Date())
            .find((p) => p.type === 'timeZoneName')?.value;
        const m = /GMT([+-])(\d{2}):(\d{2})/.exec(part ?? '');
        if (!m)
            return [];
        return [`${m[1]}${m[2]}${m[3]}`, `${m[1]}${m[2]}:${m[3]}`];
    }
    catch {
        return [];
    }
}
/** The text around a difference: the differing lines of a text, or bytes around the first differing offset. */
function differingText(content, difference) {
    if (difference?.lines && difference.lines.length > 0) {
        return [difference.lines.map((l) => l.first ?? '').join('\n'), difference.lines.map((l) => l.second ?? '').join('\n')];
    }
    const at = difference?.offset ?? 0;
    const slice = (b) => b.subarray(Math.max(0, at - 96), at + 96).toString('latin1');
    return [slice(content.first), slice(content.second)];
}
function walk(d, visit) {
    visit(d);
    for (const m of d.members ?? [])
        if (m.inner)
            walk(m.inner, visit);
}
/** Finds the explanation node for a leaf by its place (`out.tgz!package/x`). */
function leafNode(root, where, rootName) {
    if (where === rootName || where.startsWith(`${rootName} (`))
        return root;
    let found;
    const search = (d, prefix) => {
        for (const m of d.members ?? []) {
            const place = `${prefix}!${m.member}`;
            if (!m.inner)
                continue;
            if (where === place || where.startsWith(`${place} (`))
                found = m.inner;
            else if (where.startsWith(`${place}!`))
                search(m.inner, place);
        }
    };
    search(root, rootName);
    return found;
}
const cite = (s) => JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}...` : s);
/**
 * Names the likely causes of one output's difference between two runs, most specific first:
 * content that holds a run's own path, date, zone, locale, host or user, then archive metadata.
 */
function nameCauses(name, explanation, first, second) {
    const found = new Map();
    const add = (id, evidence) => {
        if (!found.has(id))
            found.set(id, evidence);
    };
    for (const content of explanation.contents) {
        const node = leafNode(explanation.difference, content.where, name);
        const [a, b] = differingText(content, node);
        const holds = (bytes, text, values) => values.find((v) => v !== undefined && v.length >= 4 && (text.includes(v) || bytes.includes(v)));
        const pathA = holds(content.first, a, first.paths);
        const pathB = holds(content.second, b, second.paths);
        if (pathA || pathB)
            add('build-path', `${content.where} holds the build folder ${pathA ?? pathB ?? ''}`);
        if (first.hostname !== second.hostname) {
            const h = holds(content.first, a, [first.hostname]) ?? holds(content.second, b, [second.hostname]);
            if (h)
                add('host-name', `${content.where} holds the host name ${h}`);
        }
        if (first.user !== second.user) {
            const u = holds(content.first, a, [first.user]) ?? holds(content.second, b, [second.user]);
            if (u)
                add('user-name', `${content.where} holds the user name ${u}`);
        }
        if (first.locale !== second.locale) {
            const l = holds(content.first, a, [first.locale]) ?? holds(content.second, b, [second.locale]);
            if (l)
                add('locale', `${content.where} holds the locale name ${l}`);
        }
        const dateA = DATE_PATTERNS.map((p) => p.exec(a)?.[0]).find(Boolean);
        const dateB = DATE_PATTERNS.map((p) => p.exec(b)?.[0]).find(Boolean);
        if (dateA && dateB && dateA !== dateB)
            add('embedded-date', `${content.where}: ${cite(dateA)} vs ${cite(dateB)}`);
        else if ((dateA ?? dateB) && node?.lines)
            add('embedded-date', `${content.where}: ${cite(dateA ?? dateB ?? '')}`);
        if (first.timeZone !== second.timeZone) {
            const zoneA = offsetTokens(first.timeZone).find((t) => a.includes(t));
            const zoneB = offsetTokens(second.timeZone).find((t) => b.includes(t));
            if ((zoneA ?? zoneB) && zoneA !== zoneB)
                add('time-zone', `${content.where} shows the zone offset ${zoneA ?? zoneB ?? ''} of TZ=${zoneA ? first.timeZone : second.timeZone}`);
        }
        if (node?.lines && node.lines.length > 1) {
            const sorted = (xs) => xs
                .filter((x) => x !== undefined)
                .sort()
                .join('\n');
            const xs = node.lines.map((l) => l.first);
            const ys = node.lines.map((l) => l.second);
            if (sorted(xs) === sorted(ys))
                add('sort-order', `${content.where}: the same ${xs.length} lines in another order from line ${node.lines[0]?.line ?? '?'}`);
        }
    }
    walk(explanation.difference, (d) => {
        const header = d.header?.find((h) => h.startsWith('header mtime'));
        if (header)
            add('gzip-header-time', `${name}: ${header}`);
        if (d.order)
            add('file-order', `${name}: member ${d.order.position + 1} is ${d.order.first} in one build and ${d.order.second} in the other`);
        for (const m of d.members ?? []) {
            const detail = (prefix) => m.details.find((x) => x.startsWith(prefix)) ?? '';
            if (m.aspects.includes('mtime'))
                add('file-mtime', `${m.member}: ${detail('mtime')}`);
            if (m.aspects.includes('mode'))
                add('file-mode', `${m.member}: ${detail('mode')}`);
            if (m.aspects.includes('owner'))
                add('file-owner', `${m.member}: ${detail('owner')}`);
        }
    });
    if (found.size === 0)
        add('unknown', explanation.difference.summary);
    return [...found].map(([id, evidence]) => ({ id, title: TITLES[id][0], evidence, fix: TITLES[id][1] }));
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/rebuild/src/explain/gzip-read.ts


/** True for the gzip magic bytes. */
function looksLikeGzip(bytes) {
    return bytes.length >= 18 && bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 8;
}
/** Reads the first member's header. */
function readGzipHeader(bytes, source) {
    if (!looksLikeGzip(bytes))
        throw new src/* UserError */.yo(`${source} is not gzip data`);
    const flags = bytes[3] ?? 0;
    let at = 10;
    if (flags & 0x04)
        at += 2 + bytes.readUInt16LE(at); // FEXTRA
    let name;
    if (flags & 0x08) {
        const end = bytes.indexOf(0, at);
        name = bytes.subarray(at, end === -1 ? bytes.length : end).toString('latin1');
    }
    return { mtime: bytes.readUInt32LE(4), name, os: bytes[9] ?? 255, xfl: bytes[8] ?? 0 };
}
/** Decompresses gzip data (every member), refusing more than `maxBytes` of output. */
function gunzip(bytes, source, maxBytes) {
    try {
        return (0,external_node_zlib_.gunzipSync)(bytes, { maxOutputLength: maxBytes });
    }
    catch (error) {
        throw new src/* UserError */.yo(`${source} does not decompress: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./packages/rebuild/src/explain/text-diff.ts
const decoder = new TextDecoder('utf-8', { fatal: true });
/** True for content that reads as UTF-8 text with no NUL byte (the first 64 KiB decide). */
function looksLikeText(bytes) {
    const head = bytes.subarray(0, 65536);
    if (head.includes(0))
        return false;
    try {
        // A multi-byte character cut at the 64 KiB boundary is not an error of the content.
        decoder.decode(bytes.length > head.length ? head.subarray(0, head.length - 4) : head);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * The first differing lines: after the common leading lines, up to `limit` pairs of lines that
 * differ (those also equal at the end are left out).
 */
function firstDifferingLines(first, second, limit = 5) {
    const a = first.split('\n');
    const b = second.split('\n');
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start])
        start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
        endA--;
        endB--;
    }
    const out = [];
    for (let i = 0; i < Math.max(endA - start, endB - start) && out.length < limit; i++) {
        const x = start + i < endA ? a[start + i] : undefined;
        const y = start + i < endB ? b[start + i] : undefined;
        out.push({ line: start + i + 1, first: x?.slice(0, 400), second: y?.slice(0, 400) });
    }
    return out;
}
/** The first byte offset at which two buffers differ (the shorter length when one is a prefix). */
function firstDifferingByte(first, second) {
    const n = Math.min(first.length, second.length);
    // Compare in large blocks first: 100 MB outputs are common.
    const step = 1 << 16;
    for (let at = 0; at < n; at += step) {
        const end = Math.min(n, at + step);
        if (first.subarray(at, end).equals(second.subarray(at, end)))
            continue;
        for (let i = at; i < end; i++)
            if (first[i] !== second[i])
                return i;
    }
    return n;
}

;// CONCATENATED MODULE: ./packages/rebuild/src/explain/explain.ts





const DEFAULT_LIMITS = { maxInflatedBytes: 2 * 1024 ** 3, maxMembersListed: 50, maxDepth: 4 };
const iso = (seconds) => {
    const d = new Date(seconds * 1000);
    return Number.isNaN(d.getTime()) ? String(seconds) : d.toISOString().replace('.000Z', 'Z');
};
const octal = (mode) => (mode === undefined ? undefined : mode.toString(8).padStart(4, '0'));
function tarMembers(bytes, source) {
    return readTar(bytes, source).map((e) => ({
        name: e.name,
        type: e.type,
        mode: octal(e.mode),
        owner: `${e.uid}:${e.gid}${e.uname || e.gname ? ` (${e.uname}:${e.gname})` : ''}`,
        mtime: iso(e.mtime),
        link: e.linkname,
        fingerprint: () => (0,src/* digestBytes */.QN)(e.data),
        data: () => e.data,
    }));
}
function zipMembers(bytes, source) {
    return (0,src/* readZip */.ue)(bytes, source).map((e) => ({
        name: e.name,
        type: e.name.endsWith('/') ? 'directory' : 'file',
        mode: octal(e.mode),
        owner: e.uid === undefined ? undefined : `${e.uid}:${e.gid ?? ''}`,
        mtime: e.unixMtime === undefined ? e.dosTime : `${e.dosTime} (unix ${iso(e.unixMtime)})`,
        link: '',
        fingerprint: () => `${e.size}/${e.crc}`,
        data: e.data,
    }));
}
function compareMembers(first, second, where, ctx, depth) {
    const byName = new Map(second.map((m) => [m.name, m]));
    const firstNames = new Set(first.map((m) => m.name));
    const members = [];
    let differing = 0;
    const push = (d) => {
        differing++;
        if (members.length < ctx.limits.maxMembersListed)
            members.push(d);
    };
    for (const a of first) {
        const b = byName.get(a.name);
        if (!b) {
            push({ member: a.name, aspects: ['only-in-first'], details: ['only in the first build'] });
            continue;
        }
        const aspects = [];
        const details = [];
        const field = (aspect, label, x, y) => {
            if (x === y)
                return;
            if (!aspects.includes(aspect))
                aspects.push(aspect);
            details.push(`${label} ${x ?? 'none'} vs ${y ?? 'none'}`);
        };
        field('type', 'type', a.type, b.type);
        field('type', 'link target', a.link, b.link);
        field('mtime', 'mtime', a.mtime, b.mtime);
        field('mode', 'mode', a.mode, b.mode);
        field('owner', 'owner', a.owner, b.owner);
        let inner;
        if (a.type === 'file' && b.type === 'file' && a.fingerprint() !== b.fingerprint()) {
            aspects.unshift('bytes');
            const x = a.data();
            const y = b.data();
            details.unshift(`bytes differ (${x.length} vs ${y.length} bytes)`);
            inner = explainInto(`${where}!${a.name}`, x, y, ctx, depth + 1);
        }
        if (aspects.length > 0)
            push({ member: a.name, aspects, details, ...(inner ? { inner } : {}) });
    }
    for (const b of second)
        if (!firstNames.has(b.name))
            push({ member: b.name, aspects: ['only-in-second'], details: ['only in the second build'] });
    const out = { members, membersDiffering: differing, membersTotal: first.length };
    const sameSet = first.length === second.length && first.every((m) => byName.has(m.name));
    if (sameSet) {
        const position = first.findIndex((m, i) => m.name !== second[i]?.name);
        if (position !== -1)
            out.order = { position, first: first[position]?.name ?? '', second: second[position]?.name ?? '' };
    }
    return out;
}
function archiveSummary(kind, d) {
    const parts = [];
    if (d.order)
        parts.push(`member order differs from position ${d.order.position + 1}`);
    if (d.membersDiffering) {
        const aspects = [...new Set((d.members ?? []).flatMap((m) => m.aspects))];
        parts.push(`${d.membersDiffering} of ${d.membersTotal ?? '?'} members differ (${aspects.join(', ')})`);
    }
    return `${kind}: ${parts.join('; ') || 'the archives hold the same members but their bytes differ (compression or padding)'}`;
}
function gzipHeaderDifferences(a, b) {
    const out = [];
    if (a.mtime !== b.mtime)
        out.push(`header mtime ${a.mtime === 0 ? '0 (none)' : iso(a.mtime)} vs ${b.mtime === 0 ? '0 (none)' : iso(b.mtime)}`);
    if (a.name !== b.name)
        out.push(`header file name ${a.name ?? 'none'} vs ${b.name ?? 'none'}`);
    if (a.os !== b.os)
        out.push(`header OS ${a.os} vs ${b.os}`);
    if (a.xfl !== b.xfl)
        out.push(`header compression flags ${a.xfl} vs ${b.xfl}`);
    return out;
}
function explainGzip(where, first, second, ctx, depth) {
    const header = gzipHeaderDifferences(readGzipHeader(first, where), readGzipHeader(second, where));
    const x = gunzip(first, where, ctx.limits.maxInflatedBytes);
    const y = gunzip(second, where, ctx.limits.maxInflatedBytes);
    if (x.equals(y)) {
        return {
            format: 'gzip',
            header,
            summary: `gzip: the decompressed bytes are equal; ${header.length ? header.join(', ') : 'the compressed stream differs (compression level or implementation)'}`,
        };
    }
    if (looksLikeTar(x) && looksLikeTar(y)) {
        const a = tarMembers(x, where);
        const b = tarMembers(y, where);
        const npm = a.length > 0 && a.every((m) => m.name.startsWith('package/'));
        const d = compareMembers(a, b, where, ctx, depth);
        const format = npm ? 'npm-tarball' : 'tar.gz';
        const summary = archiveSummary(npm ? 'npm tarball' : 'tar.gz', d);
        return { format, header, ...d, summary: header.length ? `${summary}; ${header.join(', ')}` : summary };
    }
    const inner = explainInto(`${where} (decompressed)`, x, y, ctx, depth + 1);
    return { ...inner, format: 'gzip', header, summary: `gzip: ${inner.summary}${header.length ? `; ${header.join(', ')}` : ''}` };
}
function explainInto(where, first, second, ctx, depth) {
    if (depth <= ctx.limits.maxDepth) {
        try {
            if (looksLikeGzip(first) && looksLikeGzip(second))
                return explainGzip(where, first, second, ctx, depth);
            if ((0,src/* looksLikeZip */.fw)(first) && (0,src/* looksLikeZip */.fw)(second)) {
                const d = compareMembers(zipMembers(first, where), zipMembers(second, where), where, ctx, depth);
                return { format: 'zip', ...d, summary: archiveSummary('zip', d) };
            }
            if (looksLikeTar(first) && looksLikeTar(second)) {
                const d = compareMembers(tarMembers(first, where), tarMembers(second, where), where, ctx, depth);
                return { format: 'tar', ...d, summary: archiveSummary('tar', d) };
            }
        }
        catch (error) {
            // A damaged archive is still a difference: fall through to the byte comparison, saying why.
            ctx.contents.push({ where, first, second });
            const offset = firstDifferingByte(first, second);
            return {
                format: 'binary',
                offset,
                sizes: [first.length, second.length],
                summary: `unreadable as an archive (${(0,src/* errorMessage */.gJ)(error)}); bytes differ from offset ${offset}`,
            };
        }
    }
    ctx.contents.push({ where, first, second });
    if (looksLikeText(first) && looksLikeText(second)) {
        const lines = firstDifferingLines(first.toString('utf8'), second.toString('utf8'));
        return {
            format: 'text',
            lines,
            summary: lines.length ? `text: line ${lines[0]?.line ?? '?'} differs` : 'text: the same lines with different line endings or padding',
        };
    }
    const offset = firstDifferingByte(first, second);
    return {
        format: 'binary',
        offset,
        sizes: [first.length, second.length],
        summary: `binary: bytes differ from offset ${offset} (sizes ${first.length} and ${second.length})`,
    };
}
/** Explains where two builds of one output differ: archive members and aspects, text lines, or a byte offset. */
function explainDifference(name, first, second, limits = DEFAULT_LIMITS) {
    const ctx = { limits, contents: [] };
    return { difference: explainInto(name, first, second, ctx, 0), contents: ctx.contents };
}

;// CONCATENATED MODULE: ./packages/rebuild/src/verdict.ts
function hermeticity(f) {
    if (f.req.network === 'allow')
        return { hermetic: 'not-isolated', reason: 'the builds ran with the network (--network allow): hermeticity was not checked' };
    if (!f.wantIsolation)
        return {
            hermetic: 'not-isolated',
            reason: `not isolated: ${f.caps.namespaceProblem ?? 'no network namespace'}; the builds ran with the network`,
        };
    if (f.needsNetwork)
        return {
            hermetic: 'no',
            reason: `needs the network: run ${f.needsNetwork.run} failed without it (exit ${f.needsNetwork.exitCode}) and passed with it`,
        };
    if (f.buildFailure)
        return { hermetic: 'not-isolated', reason: 'the build failed with the network too, so hermeticity is unknown' };
    if (f.runs.some((r) => r.network !== 'denied'))
        return { hermetic: 'not-isolated', reason: 'a build ran with the network' };
    return {
        hermetic: 'yes',
        reason: `every build ran in a network namespace with no interfaces (${f.caps.namespaces === 'sudo' ? 'sudo unshare --net' : 'unshare --net'})`,
    };
}
/** Turns what the runs found into the verdict, the exit code and the headline. */
function summarise(f) {
    const { hermetic, reason } = hermeticity(f);
    const produced = f.outputs.filter((o) => o.digests.some((d) => d !== ''));
    const verdict = f.buildFailure
        ? 'build-failed'
        : produced.length === 0
            ? 'no-outputs'
            : f.outputs.every((o) => o.reproducible)
                ? 'reproducible'
                : 'not-reproducible';
    const reproducible = verdict === 'reproducible';
    const hermeticOk = f.req.network === 'allow' || hermetic === 'yes';
    const exitCode = reproducible && hermeticOk ? 0 : 1;
    const differing = f.outputs.filter((o) => !o.reproducible);
    const causes = [...new Set(differing.flatMap((o) => o.difference?.causes.map((c) => c.title) ?? []))];
    const headline = verdict === 'build-failed'
        ? `the build failed in run ${f.buildFailure?.run ?? '?'} (exit ${f.buildFailure?.exitCode ?? '?'}), with the network too`
        : verdict === 'no-outputs'
            ? `no file matched --outputs ${f.req.outputs.join(' ')}: nothing to compare`
            : reproducible
                ? `reproducible: ${produced.length} output(s) identical in ${f.runs.length} builds${hermetic === 'yes' ? ', hermetic' : `; ${reason}`}`
                : `not reproducible: ${differing.map((o) => o.name).join(', ')} differ${causes.length ? ` (likely ${causes.join(', ')})` : ''}${f.needsNetwork ? `; ${reason}` : ''}`;
    return {
        verdict,
        reproducible,
        hermetic,
        hermeticReason: reason,
        needsNetwork: f.needsNetwork,
        buildFailure: f.buildFailure,
        source: {
            commit: f.source.commit,
            commitTime: new Date(f.source.commitTime * 1000).toISOString(),
            sourceDateEpoch: f.source.commitTime,
            subdir: f.source.subdir,
            dirty: f.source.dirty,
            remote: f.source.remote,
        },
        command: f.req.command,
        prepare: f.req.prepare,
        outputPatterns: f.req.outputs,
        network: f.req.network,
        varied: f.req.vary,
        notVaried: f.notVaried,
        runs: f.runs,
        outputs: f.outputs,
        exitCode,
        headline,
    };
}

;// CONCATENATED MODULE: ./packages/rebuild/src/rebuild.ts











// Without faketime the real clock must move on between runs, enough for second-resolution stamps.
const MIN_SPACING_MS = 3_000;
function notVaried(vary, caps, network) {
    const out = [];
    if (vary.includes('hostname') && caps.namespaces === 'none')
        out.push({ variation: 'hostname', reason: caps.namespaceProblem ?? 'no UTS namespace' });
    if (vary.includes('time') && !caps.faketime)
        out.push({ variation: 'time', reason: 'faketime is not installed: the real clock, runs at least 3 s apart' });
    if (vary.includes('order') && !caps.disorderfs)
        out.push({
            variation: 'order',
            reason: 'disorderfs is not available: files are created in reverse order, which changes listings only on some file systems',
        });
    if (vary.includes('locale') && caps.locales.every((l) => /^(C|POSIX)(\..*)?$/i.test(l)))
        out.push({ variation: 'locale', reason: 'only the C locales are installed: LANG changes, collation does not' });
    void network;
    return out;
}
function environmentOf(plan, record, caps, useFaketime) {
    return {
        run: plan.run,
        buildPath: record.buildPath,
        network: record.network,
        clockAtStart: record.clockAtStart,
        clockShiftSeconds: useFaketime ? plan.clockShiftSeconds : 0,
        timeZone: plan.timeZone,
        locale: plan.locale,
        umask: plan.umask,
        hostname: caps.namespaces !== 'none' ? plan.hostname : undefined,
        user: plan.user,
        order: record.orderMethod === 'none' ? 'natural' : `reversed (${record.orderMethod})`,
    };
}
function factsOf(plan, record, source) {
    const cwd = source.subdir ? (0,external_node_path_.join)(record.buildPath, source.subdir) : record.buildPath;
    return { paths: [cwd, record.buildPath], hostname: plan.hostname, user: plan.user, timeZone: plan.timeZone, locale: plan.locale };
}
/**
 * Rebuilds the commit at `cwd` `runs` times, each in a fresh export under varied conditions,
 * compares every declared output's sha256 (and the published files', when given), explains
 * each difference and names its likely cause. It never builds the working tree, and removes only
 * the folders it made.
 */
async function rebuild(req, ports) {
    if (req.runs < 2)
        throw new src/* UserError */.yo('A rebuild needs at least 2 runs to compare', { code: src/* errorCodes */.fv.usage });
    const source = await findSourceCommit(ports.exec, req.cwd);
    if (source.dirty)
        ports.log(`note: the working tree has uncommitted changes; the rebuild builds commit ${source.commit.slice(0, 12)} only`);
    if (req.reportDir)
        await (0,src/* prepareOwnedDir */.gT)(req.reportDir, { what: 'the rebuild report folder', protect: [source.top, req.cwd] });
    const caps = await probeCapabilities(ports.exec, req.identity);
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(req.scratchDir, 'slipway-rebuild-'));
    await (0,src/* prepareOwnedDir */.gT)(scratch, { what: 'the rebuild scratch folder' });
    const keepRoot = req.reportDir ? (0,external_node_path_.join)(req.reportDir, 'runs') : (0,external_node_path_.join)(scratch, 'kept');
    const plans = planRuns(req.runs, req.vary, caps.locales);
    const wantIsolation = req.network === 'deny' && caps.namespaces !== 'none';
    const useFaketime = req.vary.includes('time') && caps.faketime;
    const records = [];
    let needsNetwork;
    let buildFailure;
    try {
        let lastStart = 0;
        for (const plan of plans) {
            const wait = lastStart + MIN_SPACING_MS - ports.clock.now().getTime();
            if (req.vary.includes('time') && !useFaketime && wait > 0)
                await ports.sleep(wait);
            lastStart = ports.clock.now().getTime();
            // The same folder for every run when the path is not varied (each copy is removed after its run).
            const runDir = (0,external_node_path_.join)(scratch, req.vary.includes('path') ? `r${plan.run}` : 'r');
            const build = (denyNetwork) => runBuild(ports.exec, {
                source,
                plan,
                command: req.command,
                prepare: req.prepare,
                outputs: req.outputs,
                isolation: { denyNetwork, setHostname: plan.hostname !== undefined && caps.namespaces !== 'none', useFaketime },
                caps,
                identity: req.identity,
                baseEnv: req.baseEnv,
                runDir,
                keepDir: (0,external_node_path_.join)(keepRoot, `run-${plan.run}`),
                checkoutTimes: req.vary.includes('time'),
                now: () => ports.clock.now(),
            });
            ports.log(`run ${plan.run}/${plans.length}: building ${source.commit.slice(0, 12)} at ${(0,external_node_path_.join)(runDir, ...plan.segments)}`);
            let record = await build(wantIsolation && !needsNetwork);
            await (0,promises_.rm)(runDir, { recursive: true, force: true });
            if (record.exitCode !== 0 && record.network === 'denied') {
                ports.log(`run ${plan.run}: failed without the network (exit ${record.exitCode}); trying again with it`);
                const denied = record;
                record = await build(false);
                await (0,promises_.rm)(runDir, { recursive: true, force: true });
                if (record.exitCode === 0)
                    needsNetwork = { run: plan.run, exitCode: denied.exitCode, lastLines: denied.lastLines };
            }
            ports.log(`run ${plan.run}: exit ${record.exitCode} in ${record.seconds.toFixed(1)} s, ${record.outputs.length} output(s)`);
            if (req.reportDir)
                await (0,src/* writeTextFile */.Tl)((0,external_node_path_.join)(req.reportDir, 'runs', `run-${plan.run}.log`), record.log, { what: 'a build log' });
            records.push({ plan, record });
            if (record.exitCode !== 0) {
                buildFailure = { run: plan.run, exitCode: record.exitCode, lastLines: record.lastLines };
                break;
            }
        }
        const outputs = buildFailure ? [] : await compareOutputs(records, source, req, caps, ports);
        const runs = records.map(({ plan, record }) => {
            const { log: _log, ...kept } = record;
            return {
                ...kept,
                outputs: record.outputs.map((o) => ({ name: o.name, sha256: o.sha256, size: o.size })),
                environment: environmentOf(plan, record, caps, useFaketime),
            };
        });
        const result = summarise({
            req,
            source,
            caps,
            wantIsolation,
            needsNetwork,
            buildFailure,
            runs,
            outputs,
            notVaried: notVaried(req.vary, caps, req.network),
        });
        if (req.reportDir)
            await (0,src/* writeTextFile */.Tl)((0,external_node_path_.join)(req.reportDir, 'result.json'), `${JSON.stringify(result, null, 2)}\n`, { what: 'the rebuild result' });
        return result;
    }
    finally {
        await (0,src/* removeOwnedDir */.vJ)(scratch, { what: 'the rebuild scratch folder' });
    }
}
async function compareOutputs(records, source, req, caps, ports) {
    const names = [...new Set(records.flatMap((r) => r.record.outputs.map((o) => o.name)))].sort();
    const verdicts = [];
    const [reference] = records;
    for (const name of names) {
        const per = records.map((r) => r.record.outputs.find((o) => o.name === name));
        const digests = per.map((o) => o?.sha256 ?? '');
        const published = (req.published ?? []).find((p) => p.name === name) ?? (req.published ?? []).find((p) => (0,external_node_path_.basename)(p.name) === (0,external_node_path_.basename)(name));
        const allSame = digests.every((d) => d !== '' && d === digests[0]);
        const matches = published ? published.sha256 === digests[0] : true;
        const verdict = { name, digests, reproducible: allSame && matches };
        if (published)
            verdict.published = { sha256: published.sha256, matches };
        const firstCopy = per[0];
        const otherIndex = digests.findIndex((d) => d !== digests[0]);
        const other = otherIndex > 0 ? records[otherIndex] : undefined;
        const otherCopy = otherIndex > 0 ? per[otherIndex] : undefined;
        if (reference && firstCopy && (otherCopy || (published?.path && !matches))) {
            const secondPath = otherCopy?.copy ?? published?.path ?? '';
            const between = otherCopy ? `run 1 and run ${otherIndex + 1}` : `run 1 and the published ${published?.name ?? ''}`;
            const explanation = explainDifference(name, await (0,promises_.readFile)(firstCopy.copy), await (0,promises_.readFile)(secondPath));
            const firstFacts = factsOf(reference.plan, reference.record, source);
            const secondFacts = other ? factsOf(other.plan, other.record, source) : { ...firstFacts, paths: [] };
            verdict.difference = { between, explanation: explanation.difference, causes: nameCauses(name, explanation, firstFacts, secondFacts) };
            if (req.diffoscope && caps.diffoscope && req.reportDir) {
                ports.log(`diffoscope: ${name} (${between})`);
                verdict.diffoscope = await runDiffoscope(ports.exec, firstCopy.copy, secondPath, (0,external_node_path_.join)(req.reportDir, 'diffoscope'), name, req.diffoscopeTimeoutSeconds ?? 900);
            }
        }
        verdicts.push(verdict);
    }
    for (const p of req.published ?? []) {
        if (!verdicts.some((v) => v.published && (v.name === p.name || (0,external_node_path_.basename)(v.name) === (0,external_node_path_.basename)(p.name)))) {
            verdicts.push({ name: p.name, digests: records.map(() => ''), reproducible: false, published: { sha256: p.sha256, matches: false } });
        }
    }
    return verdicts;
}

// EXTERNAL MODULE: ./packages/supply-chain/src/index.ts + 22 modules
var supply_chain_src = __webpack_require__(5377);
;// CONCATENATED MODULE: ./packages/rebuild/src/attestation.ts



/** SLSA's Verification Summary Attestation predicate type. */
const VERIFICATION_SUMMARY_V1 = 'https://slsa.dev/verification_summary/v1';
/** The level a rebuild grants when every output was identical in every build. */
const REPRODUCIBLE_LEVEL = 'SLIPWAY_REPRODUCIBLE_BUILD';
/** The level a rebuild grants when, besides, every build ran without the network. */
const HERMETIC_LEVEL = 'SLIPWAY_HERMETIC_BUILD';
/** The policy a rebuild verifies against (its parameters are digested into `policy.digest`). */
const REBUILD_POLICY_URI = 'https://slipway.dev/policies/reproducible-build/v1';
/** The extension field (a URI, as the spec allows) that carries the runs' environments. */
const REBUILD_DETAILS_FIELD = 'https://slipway.dev/reproducible-build/v1';
/** The verifier id used when the caller names none. */
const DEFAULT_VERIFIER_ID = 'https://slipway.dev/reproducible-build';
/** The subjects a verdict speaks for: the published files when given, else run 1's outputs. */
function verdictSubjects(result) {
    const seen = new Set();
    const out = [];
    for (const o of result.outputs) {
        const sha256 = o.published?.sha256 ?? o.digests[0] ?? '';
        if (!sha256 || seen.has(sha256))
            continue;
        seen.add(sha256);
        out.push({ name: (0,external_node_path_.basename)(o.name), digest: { sha256 } });
    }
    return out;
}
/** The policy's parameters, digested so that two verdicts name the same check only when it was the same check. */
function policyParameters(result) {
    return {
        command: result.command,
        prepare: result.prepare ?? null,
        outputs: result.outputPatterns,
        runs: result.runs.length,
        network: result.network,
        vary: result.varied,
    };
}
/**
 * The in-toto statement of a rebuild's verdict: PASSED with SLIPWAY_REPRODUCIBLE_BUILD (and
 * SLIPWAY_HERMETIC_BUILD when no build had the network) only when the check passed as asked;
 * otherwise FAILED. The runs' environments go in the extension field.
 */
function buildVerificationSummary(result, ctx) {
    const subjects = verdictSubjects(result);
    const passed = result.exitCode === 0;
    const levels = passed ? [REPRODUCIBLE_LEVEL, ...(result.hermetic === 'yes' ? [HERMETIC_LEVEL] : [])] : ['FAILED'];
    return (0,supply_chain_src/* makeStatement */.UT)(subjects, VERIFICATION_SUMMARY_V1, {
        verifier: { id: ctx.verifierId, ...(ctx.verifierVersion ? { version: { slipway: ctx.verifierVersion } } : {}) },
        timeVerified: ctx.time.toISOString(),
        resourceUri: ctx.resourceUri,
        policy: { uri: REBUILD_POLICY_URI, digest: { sha256: (0,src/* digestBytes */.QN)(JSON.stringify(policyParameters(result))) } },
        verificationResult: passed ? 'PASSED' : 'FAILED',
        verifiedLevels: levels,
        slsaVersion: '1.0',
        [REBUILD_DETAILS_FIELD]: {
            verdict: result.verdict,
            reproducible: result.reproducible,
            hermetic: result.hermetic,
            hermeticReason: result.hermeticReason,
            source: result.source,
            policy: policyParameters(result),
            runs: result.runs.map((r) => ({
                ...r.environment,
                exitCode: r.exitCode,
                seconds: Math.round(r.seconds * 10) / 10,
                outputs: r.outputs,
            })),
            notVaried: result.notVaried,
            differences: result.outputs
                .filter((o) => o.difference)
                .map((o) => ({
                output: o.name,
                between: o.difference?.between,
                summary: o.difference?.explanation.summary,
                causes: o.difference?.causes.map((c) => c.id),
            })),
        },
    });
}
/** The resource a verdict is about: the source repository at the commit, without credentials. */
function sourceResourceUri(result, repositoryUrl) {
    const url = repositoryUrl ?? result.source.remote;
    if (!url)
        return `urn:slipway:git-commit:${result.source.commit}`;
    return `git+${url.replace(/^git\+/, '')}@${result.source.commit}`;
}
/** Signs the verdict as a DSSE bundle, as the suite's other attestations are signed. */
async function signVerificationSummary(statement, method) {
    return (0,supply_chain_src/* signDsse */.Be)(Buffer.from(JSON.stringify(statement)), supply_chain_src/* IN_TOTO_PAYLOAD_TYPE */.T4, method);
}

;// CONCATENATED MODULE: ./packages/rebuild/src/check.ts



/** One record per output for ci-metrics' "reproducible builds %". */
function reproducibilityRecords(result) {
    return result.outputs.map((o) => ({
        type: 'reproducibility',
        subject: o.name,
        reproducible: o.reproducible,
        hermetic: result.hermetic,
        ...(o.published?.sha256 || o.digests[0] ? { digest: `sha256:${o.published?.sha256 ?? o.digests[0] ?? ''}` } : {}),
        runs: result.runs.length,
    }));
}
/**
 * The reproducible-build check, as the CLI and the action run it: rebuild, then sign the
 * Verification Summary Attestation (PASSED or FAILED) when asked and write it. A verdict with no
 * output to name (the build failed) has nothing to attest and says so.
 */
async function checkReproducible(req, attest, ports) {
    // Before any build: the attestation written onto a published file would replace what was checked.
    if (attest) {
        const published = (req.published ?? []).flatMap((p) => (p.path ? [{ path: p.path, name: 'the expected file' }] : []));
        await (0,src/* assertDistinctOutputs */.zW)(published, [{ path: attest.path, name: 'the attestation' }]);
    }
    const result = await rebuild(req, ports);
    let attestation;
    let attestationSkipped;
    if (attest && verdictSubjects(result).length === 0)
        attestationSkipped = `no attestation written: ${result.headline}, so no output has a digest to attest`;
    else if (attest) {
        const statement = buildVerificationSummary(result, {
            verifierId: attest.verifierId,
            verifierVersion: attest.verifierVersion,
            resourceUri: sourceResourceUri(result, attest.repositoryUrl),
            time: ports.clock.now(),
        });
        const bundle = await signVerificationSummary(statement, attest.method);
        await (0,src/* writeTextFile */.Tl)(attest.path, bundle.text, { what: 'the rebuild attestation' });
        attestation = { path: attest.path, statement, bundle };
    }
    return { result, attestation, attestationSkipped, records: reproducibilityRecords(result) };
}

;// CONCATENATED MODULE: ./packages/rebuild/src/published.ts



/** The files a build published (downloaded from the build job), as what the rebuild must match. */
async function publishedFromFiles(paths, what) {
    const out = [];
    for (const path of paths) {
        const info = await (0,promises_.stat)(path).catch((error) => {
            throw new src/* UserError */.yo(`Cannot read ${what} ${path}: ${(0,src/* describeFsError */.TQ)(error)}`, { code: src/* errorCodes */.fv.inputUnreadable, cause: error });
        });
        if (!info.isFile())
            throw new src/* UserError */.yo(`${what} ${path} is not a file`, { code: src/* errorCodes */.fv.inputUnreadable });
        out.push({ name: (0,external_node_path_.basename)(path), sha256: await (0,src/* digestFile */.TM)(path), path });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/rebuild/src/report.ts

function differenceLines(d, indent) {
    const out = [`${indent}${d.summary}`];
    for (const l of d.lines ?? [])
        out.push(`${indent}  line ${l.line}: ${JSON.stringify(l.first ?? '(none)')} vs ${JSON.stringify(l.second ?? '(none)')}`);
    for (const m of (d.members ?? []).slice(0, 10)) {
        out.push(`${indent}  ${m.member}: ${m.details.join('; ')}`);
        if (m.inner && (m.inner.lines?.length || m.inner.members?.length))
            out.push(...differenceLines(m.inner, `${indent}    `));
    }
    if ((d.membersDiffering ?? 0) > 10)
        out.push(`${indent}  ...and ${(d.membersDiffering ?? 0) - 10} more members`);
    return out;
}
/** The result as lines for a terminal. */
function formatRebuildText(result) {
    const out = [`${result.exitCode === 0 ? 'PASS' : 'FAIL'} ${result.headline}`];
    out.push(`  commit ${result.source.commit} (SOURCE_DATE_EPOCH=${result.source.sourceDateEpoch}), ${result.runs.length} run(s), network ${result.network}`);
    out.push(`  hermetic: ${result.hermetic} - ${result.hermeticReason}`);
    out.push(`  varied: ${result.varied.join(', ') || 'nothing'}`);
    for (const n of result.notVaried)
        out.push(`  not varied: ${n.variation} - ${n.reason}`);
    for (const o of result.outputs) {
        out.push(`  ${o.reproducible ? 'same' : 'DIFFERS'} ${o.name} ${o.digests.map((d) => (d ? d.slice(0, 16) : 'missing')).join(' / ')}${o.published ? ` published ${o.published.sha256.slice(0, 16)} ${o.published.matches ? 'matches' : 'DOES NOT MATCH'}` : ''}`);
        if (o.difference) {
            out.push(`    between ${o.difference.between}:`);
            out.push(...differenceLines(o.difference.explanation, '    '));
            for (const c of o.difference.causes)
                out.push(`    likely cause: ${c.title} (${c.evidence}); fix: ${c.fix}`);
        }
        if (o.diffoscope?.text)
            out.push(`    diffoscope: ${o.diffoscope.text}, ${o.diffoscope.html ?? ''}`);
        if (o.diffoscope?.problem)
            out.push(`    diffoscope: ${o.diffoscope.problem}`);
    }
    const failure = result.needsNetwork ?? result.buildFailure;
    if (failure) {
        out.push(`  ${result.needsNetwork ? 'needs the network' : 'build failed'}: run ${failure.run} exit ${failure.exitCode}; last output:`);
        out.push(...failure.lastLines.map((l) => `    | ${l}`));
    }
    return `${out.join('\n')}\n`;
}
/** The result as a job summary section. */
function formatRebuildMarkdown(result, bundlePath) {
    const md = new Markdown().heading(`Reproducible build: ${result.exitCode === 0 ? 'passed' : 'failed'}`);
    md.table(['', ''], [
        ['Verdict', result.headline],
        ['Hermetic', `${result.hermetic}: ${result.hermeticReason}`],
        ['Commit', `${result.source.commit} (SOURCE_DATE_EPOCH ${result.source.sourceDateEpoch})`],
        ['Varied', result.varied.join(', ') || 'nothing'],
        ...result.notVaried.map((n) => [`Not varied: ${n.variation}`, n.reason]),
        ['Attestation', bundlePath ?? 'not written'],
    ]);
    md.table(['Output', 'Same in every run', ...result.runs.map((r) => `run ${r.run}`)], result.outputs.map((o) => [o.name, o.reproducible ? 'yes' : 'NO', ...o.digests.map((d) => (d ? `${d.slice(0, 12)}\u2026` : 'missing'))]));
    const differing = result.outputs.filter((o) => o.difference);
    if (differing.length > 0) {
        md.details('Where the outputs differ, and the likely causes', differing
            .map((o) => `**${o.name}** (${o.difference?.between ?? ''})\n\n\`\`\`\n${differenceLines(o.difference?.explanation ?? { format: 'binary', summary: '' }, '').join('\n')}\n\`\`\`\n\n${(o.difference?.causes ?? []).map((c) => `- likely **${c.title}**: ${c.evidence}. Fix: ${c.fix}`).join('\n')}`)
            .join('\n\n'));
    }
    const failure = result.needsNetwork ?? result.buildFailure;
    if (failure)
        md.details(`${result.needsNetwork ? 'Needs the network' : 'Build failed'}: run ${failure.run}, exit ${failure.exitCode}`, `\`\`\`\n${failure.lastLines.join('\n')}\n\`\`\``);
    return md.toString();
}

;// CONCATENATED MODULE: ./packages/rebuild/src/index.ts
// The public API of @slipway/rebuild: rebuild a commit under varied conditions, explain
// differences, and record the verdict as a signed SLSA Verification Summary Attestation.
















/***/ })

};
