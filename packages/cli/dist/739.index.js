export const id = 739;
export const ids = [739];
export const modules = {

/***/ 91739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cacheCommand: () => (/* binding */ cacheCommand)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 26 modules
var src = __webpack_require__(63220);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/cache/src/index.ts + 27 modules
var cache_src = __webpack_require__(59851);
// EXTERNAL MODULE: ./packages/cli/src/command.ts
var src_command = __webpack_require__(88835);
;// CONCATENATED MODULE: ./packages/cli/src/commands/cache-run.ts





const USAGE = 'cache run --store DIR|s3://bucket/prefix|azblob://container/prefix [--working-directory DIR] [--json] -- <install command...>';
const sum = (outcomes, field) => Math.round(outcomes.reduce((t, o) => t + o[field], 0) * 10) / 10;
function cache_run_text(result, outcomes) {
    const lines = outcomes.map((o) => `  ${o.layer.padEnd(9)} ${o.hit.padEnd(7)} ${o.saved ? 'saved' : 'not saved'}  ${o.note}`);
    const install = result.installed === 'restored' ? 'skipped: the installed tree was restored exactly' : `ran in ${result.installSeconds.toFixed(1)} s`;
    return `${[`Key: ${result.key}`, ...lines, `Restore ${result.restoreSeconds.toFixed(1)} s; install ${install}; save ${result.saveSeconds.toFixed(1)} s`].join('\n')}\n`;
}
function definition(command) {
    return (0,src_command/* leaf */.V4)({
        name: 'run',
        summary: 'Restore from a store, run the install command unless the installed tree came back exactly, save to the store on a miss',
        usage: USAGE,
        options: {
            store: {
                type: 'string',
                value: 'STORE',
                description: 'a folder, s3://bucket/prefix (AWS environment) or azblob://container/prefix (AZURE_STORAGE_CONNECTION_STRING)',
            },
            'working-directory': {
                type: 'string',
                value: 'DIR',
                description: 'the project folder: detected in, and where the command runs (default: the current folder)',
            },
            json: { type: 'boolean', description: 'print {installed, key, restoreSeconds, installSeconds, saveSeconds, layers} as JSON' },
        },
        details: [
            'The same orchestration as the cache-setup action with install: the installed tree (node_modules, Yarn PnP',
            'files, a project virtualenv) comes back only from its exact key; the store (deps) also from its restore',
            'keys (build outputs are left to a build step: this command only wraps the install). Entries are immutable and content-addressed; a key\u2019s pointer is written last, so a killed save',
            'leaves nothing a restore would take and two runs saving one key keep one whole entry. An entry whose archive',
            'does not match its recorded digest is a miss with a warning. The command\u2019s output goes to stderr.',
            '',
            'Exit codes: 0 done; the install command\u2019s own code when it fails; 2 bad flags, a bad store or nothing to cache.',
        ].join('\n'),
        run: async ({ values }, io) => {
            if (command.length === 0)
                throw new src_command/* UsageError */.eb('give the install command after --, for example: slipway cache run --store DIR -- npm ci');
            const storeFlag = values.store;
            if (!storeFlag)
                throw new src_command/* UsageError */.eb('--store is required');
            const root = (0,external_node_path_.resolve)(io.cwd, values['working-directory'] ?? '.');
            const ports = (0,src/* consolePorts */.aX)({ write: io.stderr });
            const { os, arch } = (0,cache_src/* runnerNames */.Hh)(process.platform, process.arch);
            const home = io.env['HOME'] ?? (0,external_node_os_.homedir)();
            const probe = async (cmd, args) => {
                try {
                    const r = await ports.exec.run(cmd, args, { cwd: root, env: stringEnv(io.env), inheritEnv: false, silent: true });
                    return r.exitCode === 0 ? r.stdout.trim() || undefined : undefined;
                }
                catch {
                    return undefined;
                }
            };
            const display = command.join(' ');
            const machine = { os, arch, env: io.env, home, tmpdir: (0,cache_src/* realTmpdir */.TF)(), uid: process.getuid?.(), node: (0,cache_src/* runningNode */.kT)() };
            const plan = await (0,cache_src/* planCache */._s)({
                root,
                baseDir: root,
                machine,
                prefix: 'slipway',
                // Only what the install decides: build outputs come from a build this command does not run.
                layers: ['installed', 'deps'],
                installCommand: display,
                probe,
            });
            const layers = plan.layers.filter((l) => l.layer !== 'docker');
            const backend = await (0,cache_src/* openBackend */.f2)((0,cache_src/* parseStoreSpec */.yh)(storeFlag, io.cwd), io.env);
            const where = { home, base: root };
            const store = (0,cache_src/* entryStore */.qw)({ backend, where, exec: { run: (c, a, o) => ports.exec.run(c, a, { ...o, silent: true }) } });
            let done;
            try {
                done = await (0,cache_src/* cacheRun */.MC)(layers, {
                    command: display,
                    words: command,
                    npm: (0,cache_src/* npmInstallOf */.gL)(plan, machine, root, where),
                    run: async (extra) => {
                        const [program = '', ...args] = command;
                        try {
                            return (await ports.exec.run(program, args, { cwd: root, env: { ...stringEnv(io.env), ...extra }, inheritEnv: false }))
                                .exitCode;
                        }
                        catch (error) {
                            throw new src/* UserError */.yo(`Cannot run the install command '${program}': ${error.code ?? String(error)}`, {
                                code: src/* errorCodes */.fv.usage,
                                hint: 'check the command after -- is installed and on PATH',
                            });
                        }
                    },
                }, { name: 'slipway cache run', store, log: ports.log, clock: ports.clock, where }, { write: { write: true, reason: 'slipway cache run saves on a miss' }, maxSize: 0 });
            }
            catch (error) {
                if (error instanceof cache_src/* InstallFailed */.VO) {
                    io.stderr(`error: ${error.message}\n`);
                    return error.exitCode;
                }
                throw error;
            }
            finally {
                await backend.close();
            }
            const installed = layers.find((l) => l.layer === 'installed') ?? layers[0];
            const result = {
                installed: done.install.installed,
                key: installed?.key ?? '',
                restoreSeconds: sum(done.outcomes, 'restoreSeconds'),
                installSeconds: done.install.seconds,
                installNote: done.install.note,
                saveSeconds: sum(done.outcomes, 'saveSeconds'),
                store: backend.describe,
                layers: done.outcomes,
                notes: [...new Set(layers.flatMap((l) => l.notes))],
            };
            if (values.json)
                (0,src_command/* printJson */.Q2)(io, result);
            else
                io.stdout(cache_run_text(result, done.outcomes));
            return src_command/* EXIT */.dc.ok;
        },
    });
}
function stringEnv(env) {
    const out = {};
    for (const [k, v] of Object.entries(env))
        if (v !== undefined)
            out[k] = v;
    return out;
}
/** `slipway cache run ... -- <command>`: flags before `--`, the install command after it, never parsed as flags. */
const cacheRunCommand = {
    name: 'run',
    summary: definition([]).summary,
    help: () => definition([]).help(),
    run: (argv, io) => {
        const split = argv.indexOf('--');
        const flags = split < 0 ? argv : argv.slice(0, split);
        const command = split < 0 ? [] : argv.slice(split + 1);
        return definition(command).run?.(flags, io) ?? Promise.resolve(src_command/* EXIT */.dc.usage);
    },
};

// EXTERNAL MODULE: ./packages/cli/src/commands/summaries.ts
var summaries = __webpack_require__(22833);
;// CONCATENATED MODULE: ./packages/cli/src/commands/cache.ts







function planText(plan) {
    const lines = [`Working directory: ${plan.workingDirectory}`, `Toolchain: ${plan.toolchain}`, 'Detected:'];
    lines.push(...(plan.projects.length > 0 ? plan.projects.map((p) => `  ${p.ecosystem.padEnd(12)} ${p.dir}`) : ['  nothing']));
    for (const layer of plan.layers) {
        lines.push('', `${layer.layer} layer`);
        if (layer.layer === 'docker') {
            for (const i of layer.images)
                lines.push(`  ${i.image}: --cache-from ${i.cacheFrom} --cache-to ${i.cacheTo}`);
            continue;
        }
        lines.push(`  ecosystems:   ${layer.ecosystems.join(', ') || '(paths input)'}`);
        lines.push(`  paths:        ${layer.paths.join('\n                ')}`);
        lines.push(`  key:          ${layer.key}`);
        lines.push(`  restore keys: ${layer.restoreKeys.join('\n                ')}`);
        lines.push(`  hashed files: ${layer.hashedFiles}`);
        if (layer.versions)
            lines.push(`  versions:     ${layer.versions.join('\n                ')}`);
        if (layer.settings?.length)
            lines.push(`  settings:     ${layer.settings.join('\n                ')}`);
        for (const note of layer.notes)
            lines.push(`  note:         ${note}`);
    }
    for (const s of plan.skipped)
        lines.push('', `${s.layer} layer skipped: ${s.reason}`);
    return `${lines.join('\n')}\n`;
}
function definedEnv(env) {
    return Object.fromEntries(Object.entries(env).filter((e) => e[1] !== undefined));
}
const plan = (0,src_command/* leaf */.V4)({
    name: 'plan',
    summary: 'Show what cache-setup would cache here: ecosystems, paths, primary and restore keys per layer',
    usage: 'cache plan [--working-directory DIR] [--layer deps|installed|build|docker] [--install COMMAND] [--json]',
    options: {
        'working-directory': { type: 'string', value: 'DIR', description: 'the folder to detect in (default: the current folder)' },
        layer: { type: 'string', value: 'LAYER', multiple: true, description: 'deps, installed, build or docker (default: all four)' },
        install: {
            type: 'string',
            value: 'COMMAND',
            description: "the install command, as cache-setup's install input (part of the installed key)",
        },
        json: { type: 'boolean', description: 'print the plan as JSON' },
    },
    details: [
        'Keys are computed exactly as the cache-setup action computes them on the same tree, on a runner',
        'of the same OS and architecture (paths are relative to the current folder, as to the workspace).',
        '',
        'Exit codes: 0 planned; 2 bad flags, or nothing to cache under the folder.',
    ].join('\n'),
    run: async ({ values }, io) => {
        const given = values.layer ?? [];
        const layers = [];
        for (const l of given.length > 0 ? given : cache_src/* LAYER_NAMES */.fj) {
            if (!(0,cache_src/* isLayerName */.nd)(l))
                throw new src_command/* UsageError */.eb(`--layer must be deps, installed, build or docker; got '${l}'`);
            layers.push(l);
        }
        const { os, arch } = (0,cache_src/* runnerNames */.Hh)(process.platform, process.arch);
        const result = await (0,cache_src/* planCache */._s)({
            root: (0,external_node_path_.resolve)(io.cwd, values['working-directory'] ?? '.'),
            baseDir: io.cwd,
            machine: { os, arch, env: io.env, home: io.env['HOME'] ?? (0,external_node_os_.homedir)(), node: (0,cache_src/* runningNode */.kT)(), container: (0,cache_src/* inContainer */.Bc)() },
            prefix: 'slipway',
            layers,
            installCommand: values.install,
            probe: async (cmd, args) => {
                const r = await (0,src/* spawnCapture */.EO)(cmd, args, { cwd: io.cwd, env: definedEnv(io.env), inheritEnv: false }).catch(() => undefined);
                return r?.exitCode === 0 ? r.stdout.trim() || undefined : undefined;
            },
        });
        if (values.json)
            (0,src_command/* printJson */.Q2)(io, result);
        else
            io.stdout(planText(result));
        return src_command/* EXIT */.dc.ok;
    },
});
/** `slipway cache ...`: the cache-setup engine from a terminal. */
const cacheCommand = (0,src_command/* group */.Os)('cache', summaries/* SUMMARIES */.Z['cache'], [plan, cacheRunCommand]);


/***/ })

};
