export const id = 851;
export const ids = [851];
export const modules = {

/***/ 59851:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VO: () => (/* reexport */ InstallFailed),
  fj: () => (/* reexport */ LAYER_NAMES),
  MC: () => (/* reexport */ cacheRun),
  SS: () => (/* reexport */ dirBackend),
  qw: () => (/* reexport */ entryStore),
  Bc: () => (/* reexport */ inContainer),
  nd: () => (/* reexport */ isLayerName),
  gL: () => (/* reexport */ npmInstallOf),
  f2: () => (/* reexport */ openBackend),
  yh: () => (/* reexport */ parseStoreSpec),
  _s: () => (/* reexport */ planCache),
  TF: () => (/* reexport */ realTmpdir),
  Hh: () => (/* reexport */ runnerNames),
  kT: () => (/* reexport */ runningNode)
});

// UNUSED EXPORTS: buildSettings, checkPrefix, commandWords, digestFiles, dockerCache, emptyOutcome, formatSize, hitRate, installUnlessRestored, installedKeyFiles, installedTree, isGlobPath, layerKeys, layerOutcome, listFiles, locatePath, measurePaths, parseBuildxCacheOption, parseJsonc, parseSize, readPolicy, restoreLayers, saveDecision, saveLayers, sizeOnDisk, writePolicy

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 26 modules
var src = __webpack_require__(63220);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/cache/src/tool-version.ts


// A package manager written in JavaScript prints its own package.json's version for `--version`;
// reading that file is what running it would say, without starting a Node process (npm's own start
// takes about 0.4 s, on the critical path of every cached install). Only where nothing else can
// change the answer: Yarn follows a project's `yarnPath` and Corepack's `packageManager`, and pnpm
// switches to the version a project pins, so those are left to running the tool.
/** Tools whose first executable on PATH may be read instead of run, and the package that must own it. */
const READABLE = { npm: 'npm', pnpm: 'pnpm' };
/** The nearest package.json above `file` (at most three folders up), when it is `name`'s own: its version. */
async function ownVersion(file, name) {
    let dir = (0,external_node_path_.dirname)(file);
    for (let i = 0; i < 3; i++) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'package.json'), 'utf8').catch(() => undefined);
        if (text !== undefined) {
            let manifest;
            try {
                manifest = JSON.parse(text);
            }
            catch {
                return undefined;
            }
            const { name: owner, version } = (manifest ?? {});
            return owner === name && typeof version === 'string' && /^\d+\.\d+\.\d+[-+.\w]*$/.test(version) ? version : undefined;
        }
        dir = (0,external_node_path_.dirname)(dir);
    }
    return undefined;
}
/**
 * The first executable `tool` on `pathEnv` (a POSIX PATH of absolute folders), links resolved, as a
 * shell would run it; undefined when none is found or a relative entry comes first (relative to
 * wherever the tool would be started: only running it can tell).
 */
async function firstOnPath(tool, pathEnv) {
    for (const dir of (pathEnv ?? '').split(':')) {
        if (!dir || !(0,external_node_path_.isAbsolute)(dir))
            return undefined;
        const candidate = (0,external_node_path_.join)(dir, tool);
        const info = await (0,promises_.stat)(candidate).catch(() => undefined);
        if (!info?.isFile() || (info.mode & 0o111) === 0)
            continue;
        return (0,promises_.realpath)(candidate).catch(() => undefined);
    }
    return undefined;
}
/**
 * The version `tool --version` would print, read from the package that owns the first executable
 * `tool` on `pathEnv`; undefined whenever only running it can tell (not a readable tool, a native
 * binary, a shim of another package, a project that pins its package manager).
 */
async function readToolVersion(tool, pathEnv, pinsPackageManager) {
    const owner = READABLE[tool];
    if (owner === undefined || (tool === 'pnpm' && pinsPackageManager))
        return undefined;
    const real = await firstOnPath(tool, pathEnv);
    return real === undefined ? undefined : ownVersion(real, owner);
}
/** What `node --version` prints for the first node on `pathEnv` when it is the running binary; undefined otherwise. */
async function readNodeVersion(pathEnv, self) {
    if (!self)
        return undefined;
    const [found, running] = await Promise.all([firstOnPath('node', pathEnv), (0,promises_.realpath)(self.execPath).catch(() => undefined)]);
    return found !== undefined && found === running ? self.version : undefined;
}
/** Whether a project's package.json pins its package manager (`packageManager`, `devEngines.packageManager`). */
function pinsPackageManager(manifestText) {
    if (manifestText === undefined)
        return false;
    try {
        const m = JSON.parse(manifestText);
        return m.packageManager !== undefined || m.devEngines?.packageManager !== undefined;
    }
    catch {
        // An unreadable manifest: let the tool itself answer.
        return true;
    }
}
/** This process's Node, for a Machine's `node` (the caller passes it: the engine never assumes it runs the project's Node). */
function runningNode() {
    return { execPath: process.execPath, version: process.version };
}

;// CONCATENATED MODULE: ./packages/cache/src/install-settings.ts




// What a JavaScript package manager installs depends on its settings as well as on the project's
// files: `ignore-scripts` leaves out what postinstall scripts build, `omit=dev` the dev
// dependencies, `install-strategy` or `node-linker` lay the tree out another way. The project's
// own .npmrc and .yarnrc.yml are hashed whole with its manifests; these settings can also come
// from the environment and from the user's and the machine's config files, which are not the
// project's. A tree installed under one value must not be restored where another is in force, so
// each of these settings, wherever it is set, is part of the installed layer's key.
//
// Only settings that decide the tree are read, by name: a config file also holds registry
// tokens (which rotate, and would then miss the cache on every run) and folders (the store's,
// the logs'), which do not change what is installed.
/** Settings (npm's kebab-case spelling; Yarn Berry's camelCase names are spelt so too) that change what an install puts in the tree. */
const TREE_SETTINGS = new Set([
    // npm (pnpm and Yarn classic read these from the same .npmrc files)
    'omit',
    'include',
    'production',
    'only',
    'also',
    'dev',
    'optional',
    'legacy-peer-deps',
    'strict-peer-deps',
    'ignore-scripts',
    'install-strategy',
    'global-style',
    'legacy-bundling',
    'install-links',
    'bin-links',
    'os',
    'cpu',
    'libc',
    'force',
    'prefer-dedupe',
    'workspace',
    'workspaces',
    'include-workspace-root',
    'nodedir',
    // pnpm
    'node-linker',
    'shamefully-hoist',
    'hoist',
    'hoist-pattern',
    'public-hoist-pattern',
    'hoist-workspace-packages',
    'virtual-store-dir',
    'virtual-store-dir-max-length',
    'modules-dir',
    'shared-workspace-lockfile',
    'dedupe-peer-dependents',
    'dedupe-direct-deps',
    'auto-install-peers',
    'strict-peer-dependencies',
    'resolve-peers-from-workspace-root',
    'side-effects-cache',
    'enable-pre-post-scripts',
    'node-version',
    'supported-architectures',
    'symlink',
    'inject-workspace-packages',
    'link-workspace-packages',
    'enable-modules-dir',
    'ignore-pnpmfile',
    'pnpmfile',
    'global-pnpmfile',
    'dangerously-allow-all-builds',
    'only-built-dependencies',
    'ignored-optional-dependencies',
    // Yarn classic
    'ignore-optional',
    'flat',
    'modules-folder',
    'link-duplicates',
    'ignore-platform',
    // Yarn Berry
    'nm-hoisting-limits',
    'nm-mode',
    'nm-self-references',
    'pnp-mode',
    'pnp-fallback-mode',
    'pnp-enable-esm-loader',
    'pnp-unplugged-folder',
    'enable-scripts',
    'install-state-path',
]);
/** `ignore_scripts`, `IGNORE-SCRIPTS`, `omit[]` and Yarn Berry's `nodeLinker` as one name: `ignore-scripts`, `omit`, `node-linker`. */
function settingName(raw) {
    return raw
        .trim()
        .replace(/^["']|["']$/g, '')
        .replace(/\[\]$/, '')
        .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
        .replace(/_/g, '-')
        .toLowerCase();
}
const unquote = (v) => v
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .replace(/^'(.*)'$/, '$1');
/** An ini value as npm reads it: a quoted value whole (double quotes as JSON), else up to the first unescaped `;` or `#` (an inline comment). */
function iniValue(raw) {
    const v = raw.trim();
    if (/^'.*'$/.test(v))
        return v.slice(1, -1);
    if (/^".*"$/.test(v)) {
        try {
            return String(JSON.parse(v));
        }
        catch {
            return v;
        }
    }
    let out = '';
    for (let i = 0; i < v.length; i++) {
        const c = v.charAt(i);
        if (c === '\\' && i + 1 < v.length && ';#\\'.includes(v.charAt(i + 1)))
            out += v.charAt(++i);
        else if (c === ';' || c === '#')
            break;
        else
            out += c;
    }
    return out.trim();
}
/** `key=value` lines of an .npmrc (ini: `;` and `#` comments, `key[]=` arrays); pnpm's rc has the same form. */
function npmrcSettings(text) {
    const out = [];
    for (const line of text.split(/\r?\n/)) {
        const t = line.trim();
        if (t === '' || t.startsWith(';') || t.startsWith('#') || t.startsWith('['))
            continue;
        const eq = t.indexOf('=');
        const [key, value] = eq < 0 ? [t, 'true'] : [t.slice(0, eq), iniValue(t.slice(eq + 1))];
        out.push([settingName(key), value]);
    }
    return out;
}
/** `key value` lines of a Yarn classic .yarnrc (`--install.production true` is `production`). */
function yarnrcSettings(text) {
    const out = [];
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*("[^"]+"|[^\s#]+)\s*(.*)$/.exec(line);
        if (!m || line.trim().startsWith('#'))
            continue;
        const key = unquote(m[1] ?? '').replace(/^-+/, '');
        out.push([settingName(key.slice(key.lastIndexOf('.') + 1)), unquote(m[2] ?? '')]);
    }
    return out;
}
/** Top-level settings of a .yarnrc.yml: `nodeLinker: pnp`, and a block value (`supportedArchitectures:` and its indented lines) as its text. */
function yarnrcYmlSettings(text) {
    const out = [];
    let current;
    for (const line of text.split(/\r?\n/)) {
        if (line.trim() === '' || line.trim().startsWith('#'))
            continue;
        const top = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
        if (top) {
            current = [settingName(top[1] ?? ''), unquote((top[2] ?? '').replace(/\s+#.*$/, ''))];
            out.push(current);
        }
        else if (current && /^\s/.test(line)) {
            current[1] = `${current[1]}\n${line.trimEnd()}`;
        }
    }
    return out;
}
/** The variables a package manager reads as settings: `npm_config_*` (npm, pnpm, Yarn classic), `pnpm_config_*`, `YARN_*` (Yarn). */
function envSettings(env) {
    const out = [];
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined)
            continue;
        const m = /^(?:npm_config_|pnpm_config_|yarn_)(.+)$/i.exec(name);
        if (m)
            out.push([settingName(m[1] ?? ''), value.trim()]);
    }
    return out;
}
function envValue(env, name) {
    const found = Object.entries(env).find(([k, v]) => k.toLowerCase() === name && v !== undefined && v.trim() !== '');
    return found?.[1]?.trim();
}
const inHome = (machine, rel) => (machine.home ? (0,external_node_path_.join)(machine.home, rel) : undefined);
/** A path from a variable or a setting: `~/` under the home folder, an absolute path as it is, anything else unknown. */
function expandPath(machine, p) {
    if (p === undefined || p === '')
        return undefined;
    return p.startsWith('~/') ? inHome(machine, p.slice(2)) : (0,external_node_path_.isAbsolute)(p) ? p : undefined;
}
/** The user's config folder on Linux: XDG_CONFIG_HOME, else `~/.config`. */
const xdgConfigHome = (machine) => expandPath(machine, machine.env['XDG_CONFIG_HOME']?.trim()) ?? inHome(machine, '.config');
/**
 * `${NAME}` in a value, as npm, pnpm and Yarn replace it from the environment when they read a
 * config file (`${NAME?}`, and Yarn's `${NAME:-fallback}` and `${NAME-fallback}`, too): the key
 * takes the value the package manager will use. A name that is not set stays as it is written.
 */
function expandEnv(value, env) {
    return value.replace(/(?<!\\)\$\{([A-Za-z_][A-Za-z0-9_]*)(\?|:?-[^}]*)?\}/g, (whole, name, modifier) => {
        const v = env[name];
        if (modifier?.startsWith(':-'))
            return v ? v : modifier.slice(2);
        if (modifier?.startsWith('-'))
            return v ?? modifier.slice(1);
        return v ?? (modifier === '?' ? '' : whole);
    });
}
/** Reads each config file once (several sources may name one), parsed, with its source; a file that cannot be read is not there. */
async function readConfigFiles(files) {
    const out = [];
    const seen = new Set();
    for (const file of files) {
        if (file.path === undefined || seen.has(file.path))
            continue;
        seen.add(file.path);
        const text = await (0,promises_.readFile)(file.path, 'utf8').catch(() => undefined);
        if (text !== undefined)
            for (const [name, value] of file.parse(text))
                out.push({ source: file.source, name, value });
    }
    return out;
}
/** The config files outside the project that npm, pnpm and Yarn read, with how each is parsed. */
async function configFiles(machine) {
    const env = machine.env;
    const expand = (p) => expandPath(machine, p);
    const userconfig = expand(envValue(env, 'npm_config_userconfig')) ?? inHome(machine, '.npmrc');
    // npm's global config: `<prefix>/etc/npmrc`, the prefix being the folder above the node binary's.
    let globalconfig = expand(envValue(env, 'npm_config_globalconfig'));
    if (globalconfig === undefined && machine.os !== 'Windows') {
        const prefix = expand(envValue(env, 'npm_config_prefix') ?? envValue(env, 'prefix'));
        const node = prefix === undefined ? await firstOnPath('node', env['PATH']) : undefined;
        const root = prefix ?? (node ? (0,external_node_path_.dirname)((0,external_node_path_.dirname)(node)) : undefined);
        if (root)
            globalconfig = (0,external_node_path_.join)(root, 'etc', 'npmrc');
    }
    const xdgConfig = xdgConfigHome(machine);
    const localAppData = env['LOCALAPPDATA']?.trim();
    const pnpmrc = machine.os === 'macOS'
        ? inHome(machine, 'Library/Preferences/pnpm/rc')
        : machine.os === 'Windows'
            ? localAppData && (0,external_node_path_.join)(localAppData, 'pnpm', 'config', 'rc')
            : xdgConfig && (0,external_node_path_.join)(xdgConfig, 'pnpm', 'rc');
    return [
        { source: 'user .npmrc', path: userconfig, parse: npmrcSettings },
        { source: 'global npmrc', path: globalconfig, parse: npmrcSettings },
        { source: 'pnpm rc', path: pnpmrc, parse: npmrcSettings },
        { source: 'user .yarnrc', path: inHome(machine, '.yarnrc'), parse: yarnrcSettings },
        { source: 'user .yarnrc.yml', path: inHome(machine, '.yarnrc.yml'), parse: yarnrcYmlSettings },
    ];
}
/**
 * npm's settings as npm resolves them, every name (not only those that shape the tree): the
 * environment's `npm_config_*`, then the project's .npmrc, the user's, the global one. Registry
 * URLs and the cache folder are among them; tokens are never asked for by the callers.
 */
async function npmConfig(machine, projectDir) {
    const files = (await configFiles(machine)).filter((f) => f.source === 'user .npmrc' || f.source === 'global npmrc');
    const read = await readConfigFiles([{ source: 'project .npmrc', path: (0,external_node_path_.join)(projectDir, '.npmrc'), parse: npmrcSettings }, ...files]);
    const out = new Map();
    // Lowest first, so each source overrides the ones below it.
    for (const source of ['global npmrc', 'user .npmrc', 'project .npmrc']) {
        for (const x of read.filter((r) => r.source === source))
            out.set(x.name, expandEnv(x.value, machine.env));
    }
    for (const [name, value] of Object.entries(machine.env)) {
        const m = /^npm_config_(.+)$/i.exec(name);
        if (m && value !== undefined)
            out.set(settingName(m[1] ?? ''), value.trim());
    }
    return out;
}
/**
 * The settings that decide a JavaScript install, from outside the project's own files, sorted.
 * NODE_ENV is one of them (npm and Yarn leave dev dependencies out under `production`).
 */
async function nodeInstallSettings(machine) {
    const found = [];
    const node = machine.env['NODE_ENV']?.trim();
    if (node)
        found.push({ name: 'NODE_ENV', value: node, source: 'env' });
    for (const [name, value] of envSettings(machine.env))
        if (TREE_SETTINGS.has(name))
            found.push({ name, value, source: 'env' });
    for (const x of await readConfigFiles(await configFiles(machine))) {
        if (TREE_SETTINGS.has(x.name))
            found.push({ ...x, value: expandEnv(x.value, machine.env) });
    }
    return uniqueSorted(found);
}
const shown = (x) => `${x.source} ${x.name}=${x.value}`;
/** Each setting once, in the order of its text (code units: the same on every machine, whatever its locale). */
function uniqueSorted(found) {
    return [...new Map(found.map((x) => [shown(x), x])).values()].sort((a, b) => (shown(a) < shown(b) ? -1 : shown(a) > shown(b) ? 1 : 0));
}
/** How the settings enter the key: by name and value, not by where they were found. */
function settingsKeyLines(settings) {
    // npm hands its settings to what it starts as `npm_config_*` variables (npx, scripts), a false
    // one as an empty value: the same settings read from a file or from those variables, or written
    // `false` or empty, are the same key.
    const norm = (v) => (v === '' ? 'false' : v);
    return [...new Set(settings.map((x) => `${x.name}=${norm(x.value)}`))].sort();
}
/** How the settings are shown: `env ignore-scripts=true`, `user .npmrc omit=dev`. */
function settingsText(settings) {
    return settings.map(shown);
}
// Python installers read their settings the same way: pip from `PIP_*` and pip.conf files, uv from
// `UV_*` and uv.toml files, Poetry from `POETRY_*` and its config.toml. Their names are kept apart
// (`pip:no-binary`, `uv:no-binary`): each tool reads only its own.
/** Settings of each Python installer that change what goes into the virtualenv (kebab-case; Poetry's with their section). */
const PYTHON_TREE_SETTINGS = {
    pip: new Set([
        'only-binary',
        'no-binary',
        'prefer-binary',
        'pre',
        'no-deps',
        'constraint',
        'upgrade-strategy',
        'no-build-isolation',
        'use-pep517',
        'config-settings',
        'platform',
        'python-version',
        'implementation',
        'abi',
        'target',
        'user',
        'prefix',
        'root',
        'compile',
        'no-compile',
        'index-url',
        'extra-index-url',
        'no-index',
        'find-links',
        'require-hashes',
    ]),
    uv: new Set([
        'no-binary',
        'no-binary-package',
        'only-binary',
        'no-build',
        'no-build-package',
        'no-build-isolation',
        'no-build-isolation-package',
        'prerelease',
        'resolution',
        'compile-bytecode',
        'link-mode',
        'no-dev',
        'no-default-groups',
        'extra',
        'all-extras',
        'no-editable',
        'no-install-project',
        'no-install-workspace',
        'no-sources',
        'constraint',
        'override',
        'exclude-newer',
        'python',
        'python-preference',
        'system-python',
        'default-index',
        'index',
        'index-url',
        'extra-index-url',
        'find-links',
        'no-index',
        'index-strategy',
        'config-settings',
        'torch-backend',
    ]),
    poetry: new Set([
        'installer-no-binary',
        'installer-only-binary',
        'installer-re-resolve',
        'installer-build-config-settings',
        'virtualenvs-options-always-copy',
        'virtualenvs-options-system-site-packages',
        'virtualenvs-options-no-pip',
        'virtualenvs-prefer-active-python',
        'virtualenvs-use-poetry-python',
        'virtualenvs-in-project',
    ]),
};
const pyName = (raw) => raw
    .trim()
    .replace(/^["']|["']$/g, '')
    .replace(/[._]/g, '-')
    .toLowerCase();
const FLAT_SECTIONS = new Set(['global', 'install', 'pip']);
/**
 * Keys of an ini file (pip.conf: `[global]`, `[install]`, indented continuation lines) or a TOML
 * file (uv.toml, Poetry's config.toml: `key = value`, arrays over several lines): a key in a
 * section is `<section>-<key>`, except in pip's own sections and uv's `[pip]`, whose keys are the tools' own names.
 */
function sectionedSettings(text) {
    const out = [];
    let section = '';
    let current;
    let open = 0;
    for (const line of text.split(/\r?\n/)) {
        const t = line.trim();
        if (open > 0 && current) {
            current[1] = `${current[1]} ${t}`;
            open += (t.match(/\[/g) ?? []).length - (t.match(/\]/g) ?? []).length;
            continue;
        }
        if (t === '' || t.startsWith('#') || t.startsWith(';'))
            continue;
        const head = /^\[\[?\s*([^\]]+?)\s*\]\]?$/.exec(t);
        if (head) {
            section = FLAT_SECTIONS.has(pyName(head[1] ?? '')) ? '' : pyName(head[1] ?? '');
            current = undefined;
            continue;
        }
        const kv = /^([^=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(t);
        if (kv && !/^\s/.test(line)) {
            const value = (kv[2] ?? '').replace(/\s+#.*$/, '').trim();
            current = [section ? `${section}-${pyName(kv[1] ?? '')}` : pyName(kv[1] ?? ''), unquote(value)];
            out.push(current);
            open = (value.match(/\[/g) ?? []).length - (value.match(/\]/g) ?? []).length;
        }
        else if (current) {
            // pip.conf: an indented line continues the value above (`extra-index-url =` and one URL a line).
            current[1] = `${current[1]}\n${t}`.trim();
        }
    }
    return out;
}
/** A setting's value as the key takes it: no credentials in URLs (a token rotates), and a constraint file by its content. */
async function pythonValue(name, value, expand) {
    const bare = value.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1');
    if (!/(^|:)(constraint|override)$/.test(name))
        return bare;
    const files = await Promise.all(bare
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(async (p) => {
        const path = expand(unquote(p));
        const text = path === undefined ? undefined : await (0,promises_.readFile)(path).catch(() => undefined);
        return text === undefined ? p : `${p} (sha256 ${(0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 16)})`;
    }));
    return files.join(' ');
}
/** Poetry's own config.toml: POETRY_CONFIG_DIR, else the per-user config folder of the OS. */
function poetryConfigPath(machine) {
    const dir = envValue(machine.env, 'poetry_config_dir');
    if (dir)
        return expandPath(machine, (0,external_node_path_.join)(dir, 'config.toml'));
    const appData = machine.env['APPDATA']?.trim();
    if (machine.os === 'Windows')
        return appData && (0,external_node_path_.join)(appData, 'pypoetry', 'config.toml');
    if (machine.os === 'macOS')
        return inHome(machine, 'Library/Application Support/pypoetry/config.toml');
    const xdgConfig = xdgConfigHome(machine);
    return xdgConfig && (0,external_node_path_.join)(xdgConfig, 'pypoetry', 'config.toml');
}
/** One top-level setting of a .yarnrc.yml by its Yarn name (`nodeLinker`), or undefined. */
function yarnrcYmlValue(text, name) {
    const wanted = settingName(name);
    return yarnrcYmlSettings(text ?? '').find(([k]) => k === wanted)?.[1];
}
/**
 * A Yarn Berry setting as Yarn resolves it: `YARN_<NAME>` in the environment, then the project's
 * .yarnrc.yml, then the one in the home folder.
 */
async function yarnSetting(machine, projectRc, name) {
    const env = envValue(machine.env, `yarn_${settingName(name).replace(/-/g, '_')}`);
    if (env !== undefined)
        return env;
    const home = inHome(machine, '.yarnrc.yml');
    const own = yarnrcYmlValue(projectRc, name) ?? yarnrcYmlValue(home && (await (0,promises_.readFile)(home, 'utf8').catch(() => undefined)), name);
    return own === undefined ? undefined : expandEnv(own, machine.env);
}
/**
 * A Poetry setting (`virtualenvs.in-project`) as Poetry resolves it: `POETRY_<NAME>`, then the
 * project's poetry.toml, then Poetry's own config.toml.
 */
async function poetrySetting(machine, projectToml, name) {
    const wanted = pyName(name);
    const env = envValue(machine.env, `poetry_${wanted.replace(/-/g, '_')}`);
    if (env !== undefined)
        return env;
    const pick = (text) => sectionedSettings(text ?? '').find(([k]) => k === wanted)?.[1];
    const user = poetryConfigPath(machine);
    return pick(projectToml) ?? pick(user && (await (0,promises_.readFile)(user, 'utf8').catch(() => undefined)));
}
/**
 * The settings of the project's Python installers (`tools`: pip, uv, poetry) from outside the
 * project: their variables and their user and machine config files, with names kept per tool.
 */
async function pythonInstallSettings(machine, tools) {
    const env = machine.env;
    const expand = (p) => expandPath(machine, p);
    const xdgConfig = xdgConfigHome(machine);
    const xdgDirs = (env['XDG_CONFIG_DIRS']?.trim() || '/etc/xdg').split(':').filter((d) => (0,external_node_path_.isAbsolute)(d));
    const appData = env['APPDATA']?.trim();
    const macSupport = inHome(machine, 'Library/Application Support');
    const win = machine.os === 'Windows';
    const files = {
        pip: envValue(env, 'pip_config_file')
            ? [{ source: 'PIP_CONFIG_FILE', path: expand(envValue(env, 'pip_config_file')) }]
            : [
                ...(win ? [] : [{ source: 'global pip.conf', path: '/etc/pip.conf' }]),
                ...(win ? [] : xdgDirs.map((d) => ({ source: 'global pip.conf', path: (0,external_node_path_.join)(d, 'pip', 'pip.conf') }))),
                { source: 'user pip.conf', path: inHome(machine, '.pip/pip.conf') },
                {
                    source: 'user pip.conf',
                    path: win ? appData && (0,external_node_path_.join)(appData, 'pip', 'pip.ini') : xdgConfig && (0,external_node_path_.join)(xdgConfig, 'pip', 'pip.conf'),
                },
                ...(machine.os === 'macOS' ? [{ source: 'user pip.conf', path: macSupport && (0,external_node_path_.join)(macSupport, 'pip', 'pip.conf') }] : []),
            ],
        uv: envValue(env, 'uv_config_file')
            ? [{ source: 'UV_CONFIG_FILE', path: expand(envValue(env, 'uv_config_file')) }]
            : [
                ...(win
                    ? []
                    : [
                        ...xdgDirs.map((d) => ({ source: 'system uv.toml', path: (0,external_node_path_.join)(d, 'uv', 'uv.toml') })),
                        { source: 'system uv.toml', path: '/etc/uv/uv.toml' },
                    ]),
                { source: 'user uv.toml', path: win ? appData && (0,external_node_path_.join)(appData, 'uv', 'uv.toml') : xdgConfig && (0,external_node_path_.join)(xdgConfig, 'uv', 'uv.toml') },
            ],
        poetry: [{ source: 'poetry config.toml', path: poetryConfigPath(machine) }],
    };
    const found = [];
    for (const tool of ['pip', 'uv', 'poetry']) {
        if (!tools.has(tool))
            continue;
        const allowed = PYTHON_TREE_SETTINGS[tool];
        const add = async (name, value, source) => {
            if (allowed.has(name))
                found.push({ name: `${tool}:${name}`, value: await pythonValue(name, value, expand), source });
        };
        const prefix = `${tool}_`;
        for (const [k, v] of Object.entries(env)) {
            if (v === undefined || !k.toLowerCase().startsWith(prefix))
                continue;
            await add(pyName(k.slice(prefix.length)), v.trim(), 'env');
        }
        for (const x of await readConfigFiles(files[tool].map((f) => ({ ...f, parse: sectionedSettings }))))
            await add(x.name, x.value, x.source);
    }
    return uniqueSorted(found);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./packages/cache/src/machine.ts


/** Next.js's is-docker test: a `/.dockerenv` file, or `docker` in this process's cgroup (container jobs have both or one). */
function inContainer() {
    if ((0,external_node_fs_.existsSync)('/.dockerenv'))
        return true;
    try {
        return (0,external_node_fs_.readFileSync)('/proc/self/cgroup', 'utf8').includes('docker');
    }
    catch {
        return false;
    }
}
/** This machine's os.tmpdir() with symlinks resolved, for Machine.tmpdir (as it is when it cannot be resolved). */
function realTmpdir() {
    try {
        return (0,external_node_fs_.realpathSync)((0,external_node_os_.tmpdir)());
    }
    catch {
        return (0,external_node_os_.tmpdir)();
    }
}
/** The runner's names for this process's platform and architecture (`Linux`/`X64`), as RUNNER_OS/RUNNER_ARCH spell them. */
function runnerNames(platform, arch) {
    const os = platform === 'darwin' ? 'macOS' : platform === 'win32' ? 'Windows' : platform === 'linux' ? 'Linux' : platform;
    const archName = { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' }[arch] ?? arch.toUpperCase();
    return { os, arch: archName };
}
/** A folder from an environment variable, else the default. */
function fromEnv(machine, name, fallback) {
    const value = machine.env[name]?.trim().replace(/\\/g, '/');
    if (!value)
        return fallback;
    // npm exports npm_config_cache=/home/me/.npm to every script it runs: the same folder as the default ~/.npm.
    const home = machine.home?.replace(/\\/g, '/').replace(/\/+$/, '');
    if (home && (value === home || value.startsWith(`${home}/`)))
        return `~${value.slice(home.length)}`;
    return value;
}
/** The per-user cache folder (`~/.cache`, `~/Library/Caches`, `%LOCALAPPDATA%`), written with `~` so keys travel between runners. */
function userCacheDir(machine) {
    if (machine.os === 'macOS')
        return '~/Library/Caches';
    if (machine.os === 'Windows')
        return fromEnv(machine, 'LOCALAPPDATA', '~/AppData/Local');
    return fromEnv(machine, 'XDG_CACHE_HOME', '~/.cache');
}
/** The per-user data folder (`~/.local/share`, `~/Library`, `%LOCALAPPDATA%`). */
function userDataDir(machine) {
    if (machine.os === 'macOS')
        return '~/Library';
    if (machine.os === 'Windows')
        return fromEnv(machine, 'LOCALAPPDATA', '~/AppData/Local');
    return fromEnv(machine, 'XDG_DATA_HOME', '~/.local/share');
}

;// CONCATENATED MODULE: ./packages/cache/src/ecosystems.ts


const is = (...names) => (name) => names.includes(name);
/** Yarn's lockfile is YAML with a `__metadata` block from Yarn 2 on; classic's is its own format. */
async function isYarnBerry(project) {
    return /^__metadata:/m.test((await project.read('yarn.lock')) ?? '');
}
/** The project's Next.js apps: each `next.config.*` and its folder ('' for the project's own). */
const nextApps = (project) => project.files.flatMap((config) => {
    const m = /^(?:(.*)\/)?next\.config\.(?:js|mjs|cjs|ts)$/.exec(config);
    return m ? [{ config, dir: m[1] ?? '' }] : [];
});
const nodeBuild = (_m, project) => {
    const out = [];
    if (project.files.some((f) => /(^|\/)tsconfig(\.[\w-]+)?\.json$/.test(f)))
        out.push('**/*.tsbuildinfo', '!**/node_modules/**');
    for (const app of nextApps(project))
        out.push(app.dir ? `${app.dir}/.next/cache` : '.next/cache');
    return out;
};
/** npm's cache folder, as the deps layer caches it (`~/.npm`, or npm_config_cache). */
const npmStore = (m) => fromEnv(m, 'npm_config_cache', m.os === 'Windows' ? `${userDataDir(m)}/npm-cache` : '~/.npm');
const gradleHome = (m) => fromEnv(m, 'GRADLE_USER_HOME', '~/.gradle');
const cargoHome = (m) => fromEnv(m, 'CARGO_HOME', '~/.cargo');
/** Every ecosystem cache-setup detects, in the order keys and paths list them. */
const ECOSYSTEMS = [
    {
        id: 'npm',
        toolchain: 'node',
        marker: is('package-lock.json', 'npm-shrinkwrap.json'),
        keyFile: is('package-lock.json', 'npm-shrinkwrap.json'),
        deps: async (m) => Promise.resolve([npmStore(m)]),
        build: nodeBuild,
    },
    {
        id: 'yarn-classic',
        toolchain: 'node',
        marker: is('yarn.lock'),
        keyFile: is('yarn.lock'),
        deps: async (m) => {
            const fallback = m.os === 'Windows'
                ? `${userDataDir(m)}/Yarn/Cache/v6`
                : m.os === 'macOS'
                    ? '~/Library/Caches/Yarn/v6'
                    : `${userCacheDir(m)}/yarn/v6`;
            return Promise.resolve([fromEnv(m, 'YARN_CACHE_FOLDER', fallback)]);
        },
        build: nodeBuild,
    },
    {
        id: 'yarn-berry',
        toolchain: 'node',
        marker: is('yarn.lock'),
        keyFile: is('yarn.lock', '.yarnrc.yml'),
        deps: async (m, project) => {
            const rc = await project.read('.yarnrc.yml');
            const cacheFolder = m.env['YARN_CACHE_FOLDER'] ?? yarnrcYmlValue(rc, 'cacheFolder');
            if (cacheFolder)
                return [cacheFolder];
            // Yarn 4 keeps one global cache unless the project opts out (then it is .yarn/cache, often committed).
            if (yarnrcYmlValue(rc, 'enableGlobalCache') === 'false')
                return ['.yarn/cache'];
            return [`${fromEnv(m, 'YARN_GLOBAL_FOLDER', '~/.yarn/berry')}/cache`];
        },
        build: nodeBuild,
    },
    {
        id: 'pnpm',
        toolchain: 'node',
        marker: is('pnpm-lock.yaml'),
        keyFile: is('pnpm-lock.yaml'),
        deps: async (m) => Promise.resolve([fromEnv(m, 'npm_config_store_dir', `${m.os === 'macOS' ? '~/Library' : userDataDir(m)}/pnpm/store`)]),
        build: nodeBuild,
    },
    {
        id: 'pip',
        toolchain: 'python',
        marker: (n) => /^requirements.*\.txt$/.test(n) || n === 'Pipfile.lock',
        keyFile: (n) => /^requirements.*\.txt$/.test(n) || n === 'Pipfile.lock' || n === 'constraints.txt',
        deps: async (m) => Promise.resolve([fromEnv(m, 'PIP_CACHE_DIR', m.os === 'Windows' ? `${userCacheDir(m)}/pip/Cache` : `${userCacheDir(m)}/pip`)]),
        build: () => [],
    },
    {
        id: 'poetry',
        toolchain: 'python',
        marker: is('poetry.lock'),
        keyFile: is('poetry.lock'),
        deps: async (m) => Promise.resolve([
            fromEnv(m, 'POETRY_CACHE_DIR', m.os === 'Windows' ? `${userCacheDir(m)}/pypoetry/Cache` : `${userCacheDir(m)}/pypoetry`),
        ]),
        build: () => [],
    },
    {
        id: 'uv',
        toolchain: 'python',
        marker: is('uv.lock'),
        keyFile: is('uv.lock'),
        deps: async (m) => Promise.resolve([fromEnv(m, 'UV_CACHE_DIR', m.os === 'Windows' ? `${userCacheDir(m)}/uv/cache` : '~/.cache/uv')]),
        build: () => [],
    },
    {
        id: 'maven',
        toolchain: 'java',
        marker: is('pom.xml'),
        keyFile: is('pom.xml', 'maven-wrapper.properties'),
        deps: async (_m, project) => {
            const wrapper = project.files.includes('.mvn/wrapper/maven-wrapper.properties');
            return Promise.resolve(wrapper ? ['~/.m2/repository', '~/.m2/wrapper'] : ['~/.m2/repository']);
        },
        build: () => [],
    },
    {
        id: 'gradle',
        toolchain: 'java',
        marker: is('settings.gradle', 'settings.gradle.kts', 'build.gradle', 'build.gradle.kts'),
        keyFile: (n) => /\.gradle(\.kts)?$/.test(n) ||
            ['gradle-wrapper.properties', 'gradle.lockfile', 'libs.versions.toml', 'gradle.properties'].includes(n),
        deps: async (m) => Promise.resolve([`${gradleHome(m)}/caches/modules-2`, `${gradleHome(m)}/wrapper/dists`]),
        build: (m) => [`${gradleHome(m)}/caches/build-cache-1`],
    },
    {
        id: 'go',
        toolchain: 'go',
        marker: is('go.mod'),
        keyFile: is('go.sum', 'go.mod', 'go.work', 'go.work.sum'),
        deps: async (m) => Promise.resolve([fromEnv(m, 'GOMODCACHE', `${fromEnv(m, 'GOPATH', '~/go')}/pkg/mod`)]),
        build: (m) => [fromEnv(m, 'GOCACHE', m.os === 'macOS' ? '~/Library/Caches/go-build' : `${userCacheDir(m)}/go-build`)],
    },
    {
        id: 'cargo',
        toolchain: 'rust',
        marker: is('Cargo.lock'),
        keyFile: is('Cargo.lock', 'rust-toolchain', 'rust-toolchain.toml'),
        deps: async (m) => Promise.resolve([`${cargoHome(m)}/registry/index`, `${cargoHome(m)}/registry/cache`, `${cargoHome(m)}/git/db`]),
        build: () => ['target'],
    },
];

;// CONCATENATED MODULE: ./packages/cache/src/detect.ts




/** The files under `dir` of a sorted list: a contiguous range, found by binary search. */
function filesUnder(sorted, dir) {
    if (dir === '')
        return [...sorted];
    const prefix = `${dir}/`;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sorted[mid] ?? '') < prefix)
            lo = mid + 1;
        else
            hi = mid;
    }
    const out = [];
    for (let i = lo; i < sorted.length && (sorted[i] ?? '').startsWith(prefix); i++)
        out.push((sorted[i] ?? '').slice(prefix.length));
    return out;
}
function projectFiles(root, sorted, dir) {
    let files;
    return {
        dir,
        get files() {
            files ??= filesUnder(sorted, dir);
            return files;
        },
        read: async (rel) => {
            try {
                return await (0,promises_.readFile)((0,external_node_path_.join)(root, dir, rel), 'utf8');
            }
            catch {
                return undefined;
            }
        },
    };
}
/** Finds every project of every known ecosystem in a sorted file list of `root`, nested ones included. */
async function detectProjects(root, sorted) {
    const found = new Map();
    for (const file of sorted) {
        const name = external_node_path_.posix.basename(file);
        const dir = external_node_path_.posix.dirname(file) === '.' ? '' : external_node_path_.posix.dirname(file);
        for (const ecosystem of ECOSYSTEMS) {
            if (!ecosystem.marker(name) || found.has(`${ecosystem.id}\0${dir}`))
                continue;
            const files = projectFiles(root, sorted, dir);
            let actual = ecosystem;
            if (ecosystem.id === 'yarn-classic' || ecosystem.id === 'yarn-berry') {
                const berry = await isYarnBerry(files);
                const want = berry ? 'yarn-berry' : 'yarn-classic';
                if (ecosystem.id !== want)
                    continue;
                actual = ECOSYSTEMS.find((e) => e.id === want) ?? ecosystem;
            }
            found.set(`${actual.id}\0${dir}`, { ecosystem: actual, dir, files });
        }
    }
    // A Gradle project's subprojects each have a build.gradle; the settings file's folder is the project.
    const gradleRoots = [...found.values()].filter((p) => p.ecosystem.id === 'gradle').map((p) => p.dir);
    for (const [id, project] of found) {
        if (project.ecosystem.id !== 'gradle')
            continue;
        if (gradleRoots.some((r) => r !== project.dir && (r === '' || project.dir.startsWith(`${r}/`))))
            found.delete(id);
    }
    return [...found.values()].sort((a, b) => a.dir.localeCompare(b.dir) || ECOSYSTEMS.indexOf(a.ecosystem) - ECOSYSTEMS.indexOf(b.ecosystem));
}

;// CONCATENATED MODULE: ./packages/cache/src/docker.ts


const isDockerfile = (name) => /^(Dockerfile|Containerfile)(\.[\w.-]+)?$/.test(name) || /\.(Dockerfile|Containerfile)$/i.test(name);
const slug = (s) => s
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
/** Image names from the Dockerfiles of a tree: the folder's name, plus the Dockerfile's suffix (`api`, `api-worker`). */
function imagesFromDockerfiles(files, rootName) {
    const out = [];
    for (const file of files) {
        const name = external_node_path_.posix.basename(file);
        if (!isDockerfile(name))
            continue;
        const dir = external_node_path_.posix.dirname(file);
        const folder = dir === '.' ? rootName : external_node_path_.posix.basename(dir);
        const variant = /^(?:Dockerfile|Containerfile)\.(.+)$/.exec(name)?.[1] ?? /^(.+)\.(?:Dockerfile|Containerfile)$/i.exec(name)?.[1];
        out.push({ image: slug(variant ? `${folder}-${variant}` : folder) || 'image', dockerfile: file });
    }
    return out;
}
/** buildx `--cache-from` / `--cache-to` values for GitHub's cache backend, one scope per image. */
function dockerCache(prefix, image, write) {
    const name = slug(image);
    if (!name)
        throw new src/* UserError */.yo(`Input 'docker-images': '${image}' is not a usable image name`);
    const scope = `${prefix}-docker-${name}`;
    return {
        image: name,
        scope,
        cacheFrom: `type=gha,scope=${scope}`,
        // mode=max caches every stage, not just the final one; ignore-error keeps a cache outage from failing the build.
        cacheTo: write ? `type=gha,scope=${scope},mode=max,ignore-error=true` : '',
    };
}
const GHA_ATTRIBUTES = new Set(['scope', 'mode', 'ignore-error', 'timeout', 'url', 'url_v2', 'token', 'version', 'ghtoken', 'repository']);
/**
 * Parses a buildx cache option as buildx does (CSV of `key=value`, `type` required) and checks the
 * `type=gha` attributes; used to prove the outputs are valid options.
 */
function parseBuildxCacheOption(value) {
    const fields = {};
    for (const field of value.split(',')) {
        const eq = field.indexOf('=');
        if (eq <= 0)
            throw new UserError(`buildx cache option '${value}': field '${field}' is not key=value`);
        const key = field.slice(0, eq).trim().toLowerCase();
        if (key in fields)
            throw new UserError(`buildx cache option '${value}': '${key}' is given twice`);
        fields[key] = field.slice(eq + 1);
    }
    if (fields['type'] !== 'gha')
        throw new UserError(`buildx cache option '${value}': type must be gha`);
    for (const key of Object.keys(fields)) {
        if (key !== 'type' && !GHA_ATTRIBUTES.has(key))
            throw new UserError(`buildx cache option '${value}': unknown gha attribute '${key}'`);
    }
    if (fields['mode'] !== undefined && !['min', 'max'].includes(fields['mode']))
        throw new UserError(`buildx cache option '${value}': mode must be min or max`);
    if (fields['ignore-error'] !== undefined && !['true', 'false'].includes(fields['ignore-error'])) {
        throw new UserError(`buildx cache option '${value}': ignore-error must be true or false`);
    }
    if (!fields['scope'])
        throw new UserError(`buildx cache option '${value}': a scope is required so images don't share one`);
    return fields;
}

;// CONCATENATED MODULE: ./packages/cache/src/build-settings.ts


/** Reads JSON with comments and trailing commas (tsconfig files); undefined when it still does not parse. */
function parseJsonc(text) {
    try {
        return JSON.parse(text); // plain JSON (a lockfile) needs no pass over its characters
    }
    catch {
        // comments or trailing commas: strip them below
    }
    let out = '';
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            out += c;
            if (c === '\\')
                out += text[++i] ?? '';
            else if (c === '"')
                inString = false;
        }
        else if (c === '"') {
            inString = true;
            out += c;
        }
        else if (c === '/' && text[i + 1] === '/') {
            while (i < text.length && text[i] !== '\n')
                i++;
            out += '\n';
        }
        else if (c === '/' && text[i + 1] === '*') {
            i = text.indexOf('*/', i + 2);
            if (i < 0)
                break;
            i++;
        }
        else
            out += c;
    }
    try {
        return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1'));
    }
    catch {
        return undefined;
    }
}
const record = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
/** compilerOptions of a tsconfig with its relative `extends` chain applied (three levels at most). */
async function compilerOptions(project, file, depth = 0) {
    const doc = record(parseJsonc((await project.read(file)) ?? ''));
    const own = record(doc['compilerOptions']);
    const ext = typeof doc['extends'] === 'string' ? doc['extends'] : undefined;
    if (!ext || !ext.startsWith('.') || depth >= 3)
        return own;
    const target = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(file), ext.endsWith('.json') ? ext : `${ext}.json`));
    if (target.startsWith('..'))
        return own;
    return { ...(await compilerOptions(project, target, depth + 1)), ...own };
}
/** jest's own default: `<realpath(tmpdir)>/jest_<uid in base 36>` (jest-config getCacheDirectory). */
function jestDefaultCache(machine) {
    const tmp = (machine.tmpdir ?? (machine.os === 'Windows' ? '~/AppData/Local/Temp' : '/tmp')).replace(/\\/g, '/').replace(/\/+$/, '');
    return machine.uid === undefined || machine.os === 'Windows' ? `${tmp}/jest` : `${tmp}/jest_${machine.uid.toString(36)}`;
}
/** A package's version as `[major, minor]`, from the first `x.y` in a text (a lockfile entry or a manifest range). */
const majorMinor = (text) => {
    const m = /(\d+)\.(\d+)/.exec(text ?? '');
    return m ? [Number(m[1]), Number(m[2])] : undefined;
};
/**
 * The Next.js an app builds with: the version its project's lockfile locks (npm, pnpm, Yarn), else
 * the lowest its manifest's range allows; undefined when neither says. pnpm's and Yarn's lockfiles
 * are read for their first `next` entry, which is the app's unless one project locks two versions.
 */
async function nextVersion(project, app, manifest) {
    const packages = record(record(parseJsonc((await project.read('package-lock.json')) ?? ''))['packages']);
    const npm = record(packages[app.dir ? `${app.dir}/node_modules/next` : 'node_modules/next'] ?? packages['node_modules/next']);
    if (typeof npm['version'] === 'string')
        return majorMinor(npm['version']);
    // pnpm: `next@15.5.29:` (v9) or `/next@13.4.0:` (v6) under packages; Yarn: `next@^15:` then its version line.
    const pnpm = /^ {2}'?\/?next@(\d+\.\d+)\./m.exec((await project.read('pnpm-lock.yaml')) ?? '');
    if (pnpm)
        return majorMinor(pnpm[1]);
    const yarn = /^"?next@[^\n]*:\n\s+version:? "?(\d+\.\d+)\./m.exec((await project.read('yarn.lock')) ?? '');
    if (yarn)
        return majorMinor(yarn[1]);
    const range = record(record(manifest)['dependencies'])['next'] ?? record(record(manifest)['devDependencies'])['next'];
    return typeof range === 'string' ? majorMinor(range) : undefined;
}
const NEXT_KEY = 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY';
/**
 * What keeps a restored `.next/cache` from being used, for each Next.js app (a `next.config.*`):
 * - Next.js 15.0 to 16.4, in a container, makes a new server-actions key for every build (it keeps
 *   the key in `.next/cache` only outside containers) and its webpack cache is versioned by that key,
 *   so every build misses; a fixed NEXT_SERVER_ACTIONS_ENCRYPTION_KEY keeps it. 16.5 keeps the key
 *   in containers too.
 * - Next.js 16.0 to 16.2 build with Turbopack, whose build cache is off by default until 16.3.
 */
async function nextSettings(machine, project) {
    const notes = [];
    for (const app of nextApps(project)) {
        const where = project.dir ? `${project.dir}/${app.config}` : app.config;
        const manifestText = (await project.read(app.dir ? `${app.dir}/package.json` : 'package.json')) ?? '';
        const version = await nextVersion(project, app, parseJsonc(manifestText));
        if (!version)
            continue;
        const [major, minor] = version;
        const named = `Next.js ${major}.${minor}`;
        if (machine.container && !machine.env[NEXT_KEY] && (major === 15 || (major === 16 && minor < 5))) {
            notes.push(`${where}: ${named} in a container makes a new server-actions key for every build and versions its build cache by it, so webpack's cache in the restored .next/cache is never used, and Turbopack's only in part; set ${NEXT_KEY} for the build (one base64 32-byte key, kept as a secret), or move to Next.js 16.5, which keeps its key in .next/cache in containers too`);
        }
        const webpack = /next build[^"]*--webpack/.test(manifestText);
        const cacheOn = /turbopackFileSystemCacheForBuild\s*:\s*true/.test((await project.read(app.config)) ?? '');
        if (major === 16 && minor < 3 && !webpack && !cacheOn) {
            notes.push(`${where}: ${named} builds with Turbopack, which keeps no build cache unless experimental.turbopackFileSystemCacheForBuild is true (the default from Next.js 16.3): set it for the build layer to help`);
        }
    }
    return notes;
}
async function nodeSettings(machine, project) {
    const out = { paths: [], notes: [] };
    for (const file of project.files.filter((f) => /(^|\/)tsconfig(\.[\w-]+)?\.json$/.test(f))) {
        const options = await compilerOptions(project, file);
        const where = project.dir ? `${project.dir}/${file}` : file;
        if (options['incremental'] !== true && options['composite'] !== true) {
            out.notes.push(`${where} sets neither incremental nor composite: tsc writes no .tsbuildinfo and rebuilds everything; set "incremental": true for the build layer to help`);
            continue;
        }
        // An incremental tsc trusts its .tsbuildinfo: the outputs it lists must come back with it.
        const outDir = typeof options['outDir'] === 'string' && options['noEmit'] !== true ? options['outDir'] : undefined;
        if (outDir) {
            const path = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(file), outDir));
            if (!path.startsWith('..') && path !== '.')
                out.paths.push(path);
        }
    }
    const manifest = (await project.read('package.json')) ?? '';
    const jestConfig = project.files.find((f) => /^jest\.config\.(js|cjs|mjs|ts|json)$/.test(f));
    if (jestConfig || /"jest"\s*:/.test(manifest)) {
        const text = jestConfig ? ((await project.read(jestConfig)) ?? '') : manifest;
        const configured = /cacheDirectory["']?\s*:\s*["']([^"']+)["']/.exec(text)?.[1];
        // A relative cacheDirectory is relative to jest's rootDir, the project folder here.
        out.paths.push(configured ? configured.replace(/^<rootDir>\/?/, '') : jestDefaultCache(machine));
    }
    out.notes.push(...(await nextSettings(machine, project)));
    return out;
}
async function gradleSettings(project) {
    const props = (await project.read('gradle.properties')) ?? '';
    if (/^\s*org\.gradle\.caching\s*=\s*true\s*$/m.test(props))
        return { paths: [], notes: [] };
    const where = project.dir ? `${project.dir}/gradle.properties` : 'gradle.properties';
    return {
        paths: [],
        notes: [
            `Gradle uses its build cache only when asked: ${where} has no org.gradle.caching=true (or pass --build-cache); without it the build-cache folder stays empty`,
        ],
    };
}
/** Build-layer outputs and missing settings for one project, read from its files. */
async function buildSettings(id, machine, project) {
    if (id === 'npm' || id === 'pnpm' || id === 'yarn-classic' || id === 'yarn-berry')
        return nodeSettings(machine, project);
    if (id === 'gradle')
        return gradleSettings(project);
    return { paths: [], notes: [] };
}

;// CONCATENATED MODULE: ./packages/cache/src/hash.ts




// Sources and lockfiles are small and many: synchronous open/read/close in one tight loop beats
// thousands of thread-pool round trips (3-5x here) and matches sha256sum; a 64 KiB buffer keeps
// memory flat for big files.
const CHUNK = 1 << 16;
/** sha256 of each file's bytes, in the order given; an unreadable file is a UserError naming it. */
function digestFiles(root, files, what = 'file') {
    const buffer = Buffer.allocUnsafe(CHUNK);
    const out = new Array(files.length);
    for (let i = 0; i < files.length; i++) {
        const path = (0,external_node_path_.join)(root, files[i] ?? '');
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(path, 'r');
            let n;
            while ((n = (0,external_node_fs_.readSync)(fd, buffer, 0, CHUNK, null)) > 0)
                hash.update(buffer.subarray(0, n));
        }
        catch (error) {
            const code = error.code ?? String(error);
            return Promise.reject(new src/* UserError */.yo(`Cannot read ${what} ${path} to compute the cache key: ${code}`, {
                hint: 'check the file exists and is readable, or leave it out with key-files',
                cause: error,
            }));
        }
        finally {
            if (fd !== undefined)
                (0,external_node_fs_.closeSync)(fd);
        }
        out[i] = hash.digest('hex');
    }
    return Promise.resolve(out);
}
/**
 * One sha256 over a set of files: each `path NUL sha256(bytes) LF`, paths sorted, then `extra`
 * (settings that change what is cached). Renaming a file changes it; reordering a listing does not.
 */
async function hashFileSet(root, files, extra = [], what = 'file') {
    const sorted = [...new Set(files)].sort();
    const digests = await digestFiles(root, sorted, what);
    const hash = (0,external_node_crypto_.createHash)('sha256');
    sorted.forEach((file, i) => hash.update(`${file}\0${digests[i] ?? ''}\n`));
    for (const e of extra)
        hash.update(`\0${e}\n`);
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./packages/cache/src/installed.ts


const NODE_FILES = new Set([
    'package.json',
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'pnpm-workspace.yaml',
    '.pnpmfile.cjs',
    '.npmrc',
    '.yarnrc',
    '.yarnrc.yml',
    '.node-version',
    '.nvmrc',
]);
const PYTHON_FILES = new Set([
    'pyproject.toml',
    'poetry.lock',
    'poetry.toml',
    'uv.lock',
    'uv.toml',
    'Pipfile.lock',
    'setup.py',
    'setup.cfg',
    'constraints.txt',
    '.python-version',
]);
/** Files (relative to the project) whose content decides the installed tree: every lockfile and manifest, workspaces included, and patches. */
function installedKeyFiles(runtime, project) {
    return project.files.filter((f) => {
        const name = external_node_path_.posix.basename(f);
        if (runtime === 'node')
            return NODE_FILES.has(name) || /^patches\/[^/]+\.patch$/.test(f);
        return PYTHON_FILES.has(name) || /^requirements.*\.txt$/.test(name);
    });
}
/** `node_modules` beside every package.json of the project (the root and each workspace package). */
function nodeModulesDirs(project) {
    const dirs = project.files.filter((f) => external_node_path_.posix.basename(f) === 'package.json').map((f) => external_node_path_.posix.dirname(f));
    const out = ['node_modules', ...dirs.filter((d) => d !== '.').map((d) => `${d}/node_modules`)];
    return [...new Set(out)].sort((a, b) => (a === 'node_modules' ? -1 : b === 'node_modules' ? 1 : a.localeCompare(b)));
}
const truthy = (v) => /^(1|true|yes)$/i.test(v?.trim() ?? '');
/**
 * The installed tree of a project, or why there is none to cache: go and cargo are store-only,
 * Maven and Gradle install nothing into the project, and Poetry's virtualenv lives outside the
 * project unless `virtualenvs.in-project` is set.
 */
async function installedTree(id, machine, project) {
    const node = (tool, paths, storeAtRuntime = false) => ({
        tree: { paths, tool, runtime: 'node', storeAtRuntime, pinnedToPath: false },
    });
    const venv = (tool, paths) => ({
        tree: { paths, tool, runtime: 'python', storeAtRuntime: false, pinnedToPath: true },
    });
    switch (id) {
        case 'npm':
            return node('npm', nodeModulesDirs(project));
        case 'yarn-classic':
            return node('yarn', nodeModulesDirs(project));
        case 'pnpm':
            return node('pnpm', nodeModulesDirs(project));
        case 'yarn-berry': {
            // YARN_NODE_LINKER or the user's .yarnrc.yml choose as well: the paths follow the linker Yarn will use.
            const linker = (await yarnSetting(machine, await project.read('.yarnrc.yml'), 'nodeLinker')) ?? 'pnp';
            if (linker === 'pnp')
                return node('yarn', ['.pnp.cjs', '.pnp.loader.mjs', '.yarn/unplugged', '.yarn/install-state.gz'], true);
            return node('yarn', [...nodeModulesDirs(project), '.yarn/install-state.gz']);
        }
        case 'uv': {
            const env = machine.env['UV_PROJECT_ENVIRONMENT']?.trim();
            if (env && (env.startsWith('/') || env.startsWith('~')))
                return { none: `UV_PROJECT_ENVIRONMENT (${env}) is outside the project` };
            return venv('uv', [env || '.venv']);
        }
        case 'poetry': {
            const inProject = truthy(await poetrySetting(machine, await project.read('poetry.toml'), 'virtualenvs.in-project'));
            if (!inProject)
                return { none: 'Poetry keeps its virtualenv outside the project: set virtualenvs.in-project to cache it' };
            return venv('poetry', ['.venv']);
        }
        case 'pip':
            // pip installs into whatever environment is active: a project virtualenv is cached when the install made one.
            return venv('pip', ['.venv', 'venv']);
        case 'maven':
        case 'gradle':
            return { none: 'installs nothing into the project (its store is the deps layer)' };
        case 'go':
        case 'cargo':
            return { none: 'store-only: the deps layer is all it installs' };
    }
}

;// CONCATENATED MODULE: ./packages/cache/src/installed-layer.ts




const PYTHON_PROBE = 'import sys, os; print(sys.version.split()[0], os.path.realpath(sys.executable))';
/** The version line of each tool and runtime that decides an installed tree; `missing` when it is not on PATH. */
async function versions(tools, runtimes, probe, read) {
    if (!probe)
        return [...runtimes, ...tools].map((t) => `${t} unprobed`);
    // Side by side: each probe starts a process (npm's own start takes about half a second).
    const runtimeLines = runtimes.map(async (runtime) => {
        if (runtime === 'node') {
            // Native addons are built for the runtime's ABI, which changes with the major version.
            const v = (await readNodeVersion(read.pathEnv, read.node)) ?? (await probe('node', ['--version']));
            return `node ${v ? (/^v?(\d+)/.exec(v)?.[1] ?? v) : 'missing'}`;
        }
        // A virtualenv links to its interpreter: the exact version and where it lives both matter.
        const v = (await probe('python3', ['-c', PYTHON_PROBE])) ?? (await probe('python', ['-c', PYTHON_PROBE]));
        return `python ${v ?? 'missing'}`;
    });
    const toolLines = tools
        .filter((tool) => tool !== 'pip')
        .map(async (tool) => {
        const version = (await readToolVersion(tool, read.pathEnv, read.pins)) ?? (await probe(tool, ['--version']));
        return `${tool} ${version?.split('\n')[0] ?? 'missing'}`;
    });
    return Promise.all([...runtimeLines, ...toolLines]);
}
/**
 * The installed-tree layer: node_modules, Yarn PnP files or a project virtualenv, keyed on every
 * lockfile and manifest, the package manager's and runtime's versions, the install command, the
 * settings that change an install wherever they are set (the environment, the user's and the
 * machine's config files), and (for virtualenvs, which hold absolute paths) the folder.
 */
async function installedLayer(input) {
    const paths = [];
    const keyFiles = [];
    const tools = new Set();
    const runtimes = new Set();
    const ecosystems = [];
    const notes = [];
    let storeAtRuntime = false;
    let pinned = false;
    let pinsManager = false;
    for (const p of input.projects) {
        const found = await installedTree(p.ecosystem.id, input.machine, p.files);
        if ('none' in found) {
            notes.push(`${p.ecosystem.id} in ${p.dir || '.'}: ${found.none}`);
            continue;
        }
        const { tree } = found;
        ecosystems.push(p.ecosystem.id);
        paths.push(...tree.paths.map((x) => input.under(p.dir, x)));
        keyFiles.push(...installedKeyFiles(tree.runtime, p.files).map((f) => (p.dir ? `${p.dir}/${f}` : f)));
        tools.add(tree.tool);
        runtimes.add(tree.runtime);
        if (tree.runtime === 'node')
            pinsManager ||= pinsPackageManager(await p.files.read('package.json'));
        storeAtRuntime ||= tree.storeAtRuntime;
        pinned ||= tree.pinnedToPath;
    }
    if (ecosystems.length === 0)
        return { none: notes };
    const probed = await versions([...tools].sort(), [...runtimes].sort(), input.probe, {
        // Windows runs package managers through .cmd shims: only running them tells.
        pathEnv: input.machine.os === 'Windows' ? undefined : input.machine.env['PATH'],
        pins: pinsManager,
        node: input.machine.node,
    });
    const settings = [
        ...(runtimes.has('node') ? await nodeInstallSettings(input.machine) : []),
        ...(runtimes.has('python') ? await pythonInstallSettings(input.machine, tools) : []),
    ];
    const unique = [...new Set(paths)];
    const extra = [
        ...[...new Set(ecosystems)],
        ...unique,
        ...probed,
        ...settingsKeyLines(settings).map((s) => `setting: ${s}`),
        `install: ${input.installCommand ?? ''}`,
        ...(pinned ? [`folder: ${input.root}`] : []),
    ];
    const set = [...new Set(keyFiles)];
    const hash = await hashFileSet(input.root, set, extra, 'manifest');
    return {
        ecosystems: [...new Set(ecosystems)],
        paths: unique,
        hash,
        hashed: set.length,
        versions: probed,
        settings: settingsText(settings),
        storeAtRuntime,
        notes,
    };
}

;// CONCATENATED MODULE: ./packages/cache/src/keys.ts

/** The layers cache-setup plans, in the order it plans them. */
const LAYER_NAMES = ['deps', 'installed', 'build', 'docker'];
/** Whether a name (from an input or a flag) is one of the layers. */
function isLayerName(name) {
    return LAYER_NAMES.includes(name);
}
/** The cache service's limits (@actions/cache checks them and throws). */
const MAX_KEY_LENGTH = 512;
const MAX_KEYS = 10;
const part = (s) => s.toLowerCase().replace(/[^a-z0-9._]+/g, '_');
/** Checks a key prefix a user gave: no commas (the service splits on them), short enough to leave room. */
function checkPrefix(prefix) {
    if (prefix === '' || /[,\s]/.test(prefix) || prefix.length > 100) {
        throw new UserError(`Input 'prefix' must be 1 to 100 characters without commas or spaces; got '${prefix}'`);
    }
    return prefix;
}
/**
 * `<prefix>-<layer>-<os>-<arch>-<toolchain>-<hash>` and the restore keys that drop the most specific
 * parts first (the hash, then the toolchain), each within the service's limits.
 */
function layerKeys(parts) {
    const base = `${parts.prefix}-${parts.layer}-${part(parts.os)}-${part(parts.arch)}`;
    // A monorepo with many toolchains could outgrow the limit: keep the key valid by hashing that part.
    let toolchain = part(parts.toolchain);
    if (base.length + toolchain.length + parts.hash.length + 2 > MAX_KEY_LENGTH)
        toolchain = `t${(0,src/* digestBytes */.QN)(toolchain).slice(0, 16)}`;
    const key = `${base}-${toolchain}-${parts.hash}`;
    const restoreKeys = [`${base}-${toolchain}-`, `${base}-`];
    for (const k of [key, ...restoreKeys]) {
        if (k.length > MAX_KEY_LENGTH || k.includes(','))
            throw new src/* UserError */.yo(`Cache key '${k.slice(0, 80)}\u2026' breaks the service's limits (512 characters, no commas)`);
    }
    return { key, restoreKeys: restoreKeys.slice(0, MAX_KEYS - 1) };
}

;// CONCATENATED MODULE: ./packages/cache/src/toolchain.ts
const clean = (s) => s.replace(/[^A-Za-z0-9._]+/g, '_').replace(/^_+|_+$/g, '');
/** The first `major` or `major.minor` of a version constraint (`>=24.1` -> `24`, `3.12.4` -> `3.12`). */
function versionPart(text, parts) {
    const match = /(\d+)(?:\.(\d+))?/.exec(text);
    if (!match)
        return undefined;
    return parts === 2 && match[2] !== undefined ? `${match[1]}.${match[2]}` : match[1];
}
const first = (...finders) => {
    return async (read) => {
        for (const f of finders) {
            const found = await f(read);
            if (found)
                return found;
        }
        return undefined;
    };
};
const fileVersion = (file, name, parts) => async (read) => {
    const text = (await read(file))?.trim();
    if (!text)
        return undefined;
    if (/^lts\//.test(text))
        return `${name}-${clean(text.replace('lts/', 'lts-'))}`;
    const v = versionPart(text, parts);
    return v ? `${name}${v}` : undefined;
};
const regexVersion = (file, pattern, name, parts) => async (read) => {
    const match = pattern.exec((await read(file)) ?? '');
    const v = match?.[1] ? versionPart(match[1], parts) : undefined;
    return v ? `${name}${v}` : undefined;
};
const rustChannel = async (read) => {
    const text = (await read('rust-toolchain.toml')) ?? (await read('rust-toolchain'));
    if (!text)
        return undefined;
    const channel = /channel\s*=\s*"([^"]+)"/.exec(text)?.[1] ?? text.trim().split('\n')[0] ?? '';
    const v = /^\d/.test(channel) ? versionPart(channel, 2) : clean(channel);
    return v ? `rust${/^\d/.test(v) ? '' : '-'}${v}` : undefined;
};
/**
 * Where each toolchain's version is pinned in a tree. Read from files, never from the machine,
 * so `slipway cache plan` on a laptop computes the same key as the action on a runner.
 */
const FINDERS = {
    node: first(fileVersion('.node-version', 'node', 1), fileVersion('.nvmrc', 'node', 1), regexVersion('package.json', /"volta"\s*:\s*\{[^}]*"node"\s*:\s*"([^"]+)"/, 'node', 1), regexVersion('package.json', /"engines"\s*:\s*\{[^}]*"node"\s*:\s*"([^"]+)"/, 'node', 1)),
    python: first(fileVersion('.python-version', 'python', 2), regexVersion('pyproject.toml', /requires-python\s*=\s*"([^"]+)"/, 'python', 2)),
    go: first(regexVersion('go.mod', /^toolchain\s+go(\S+)/m, 'go', 2), regexVersion('go.mod', /^go\s+(\S+)/m, 'go', 2)),
    rust: rustChannel,
    java: first(fileVersion('.java-version', 'java', 1), regexVersion('.tool-versions', /^java\s+\D*(\d\S*)/m, 'java', 1), regexVersion('gradle/wrapper/gradle-wrapper.properties', /gradle-(\d[\d.]*)-(?:bin|all)\.zip/, 'gradle', 2), regexVersion('.mvn/wrapper/maven-wrapper.properties', /apache-maven\/(\d[\d.]*)\//, 'maven', 2)),
};
/**
 * The `<toolchain version>` part of a key: each toolchain the layer uses with the version its
 * project pins (`node24`, `go1.22`), the bare name when nothing pins it; joined with `_`.
 */
async function toolchainPart(toolchains, places) {
    const parts = [];
    for (const toolchain of [...new Set(toolchains)].sort()) {
        let found;
        for (const place of places) {
            found = await FINDERS[toolchain](place.read);
            if (found)
                break;
        }
        parts.push(found ?? toolchain);
    }
    return parts.length > 0 ? parts.join('_') : 'any';
}

;// CONCATENATED MODULE: ./packages/cache/src/walk.ts


/**
 * Folders never worth descending into when looking for manifests or hashing sources: VCS data,
 * installed dependencies, virtualenvs and the build outputs the build layer itself caches.
 */
const SKIPPED_DIRS = new Set([
    '.git',
    '.hg',
    '.svn',
    'node_modules',
    '.yarn',
    '.pnpm-store',
    '.venv',
    'venv',
    '__pycache__',
    '.tox',
    '.mypy_cache',
    '.pytest_cache',
    '.gradle',
    'target',
    '.next',
    '.turbo',
    '.cache',
    'dist',
    'build',
    'out',
    'coverage',
    '.slipway',
]);
/** Every regular file under `root` as a sorted list of `/`-separated relative paths, skipping SKIPPED_DIRS. */
async function listFiles(root) {
    const files = [];
    let level = [''];
    // Breadth-first, one readdir per folder, a whole level at a time: fast on wide trees without unbounded concurrency.
    while (level.length > 0) {
        const next = [];
        for (let i = 0; i < level.length; i += 64) {
            const batch = level.slice(i, i + 64);
            const listed = await Promise.all(batch.map(async (rel) => ({ rel, entries: await (0,promises_.readdir)((0,external_node_path_.join)(root, rel), { withFileTypes: true }) })));
            for (const { rel, entries } of listed) {
                for (const entry of entries) {
                    const path = rel ? `${rel}/${entry.name}` : entry.name;
                    if (entry.isDirectory()) {
                        if (!SKIPPED_DIRS.has(entry.name))
                            next.push(path);
                    }
                    else if (entry.isFile()) {
                        files.push(path);
                    }
                    else if (entry.isSymbolicLink()) {
                        // A link to a file counts as that file; a dangling one is listed so reading it names it; links to folders are not followed.
                        const target = await (0,promises_.stat)((0,external_node_path_.join)(root, path)).catch(() => undefined);
                        if (!target || target.isFile())
                            files.push(path);
                    }
                }
            }
        }
        level = next;
    }
    return files.sort();
}

;// CONCATENATED MODULE: ./packages/cache/src/plan.ts












const KNOWN_FILES = 'package-lock.json, yarn.lock, pnpm-lock.yaml, requirements*.txt, Pipfile.lock, poetry.lock, uv.lock, pom.xml, build.gradle(.kts), go.mod, Cargo.lock, Dockerfile';
function isRooted(p) {
    return p.startsWith('~') || (0,external_node_path_.isAbsolute)(p) || /^[A-Za-z]:[\\/]/.test(p);
}
const unique = (xs) => [...new Set(xs)];
/** Detects the ecosystems under `root` and computes each requested layer's paths and keys; the same for the action and the CLI. */
async function planCache(options) {
    const root = (0,external_node_path_.resolve)(options.root);
    const info = await (0,promises_.stat)(root).catch(() => undefined);
    if (!info?.isDirectory())
        throw new src/* UserError */.yo(`working-directory ${root} does not exist or is not a folder`);
    const files = await listFiles(root);
    const projects = await detectProjects(root, files);
    const relRoot = (0,external_node_path_.relative)((0,external_node_path_.resolve)(options.baseDir), root).split(external_node_path_.sep).join('/');
    const under = (dir, p) => {
        const negated = p.startsWith('!');
        const bare = negated ? p.slice(1) : p;
        if (isRooted(bare))
            return p;
        const base = relRoot.startsWith('..') ? root.split(external_node_path_.sep).join('/') : relRoot;
        return `${negated ? '!' : ''}${external_node_path_.posix.join(base || '.', dir, bare)}`.replace(/^\.\//, '');
    };
    const extraPaths = options.extraPaths ?? [];
    const dockerfiles = imagesFromDockerfiles(files, external_node_path_.posix.basename(root.split(external_node_path_.sep).join('/')));
    const wantsDocker = options.layers.includes('docker') && (dockerfiles.length > 0 || (options.dockerImages?.length ?? 0) > 0);
    if (projects.length === 0 && extraPaths.length === 0 && !wantsDocker) {
        throw new src/* UserError */.yo(`Nothing to cache under ${root}: no lockfile or manifest found (looked for ${KNOWN_FILES})`, {
            hint: "point working-directory at the project, or set 'paths' (and 'key-files') to say what to cache",
        });
    }
    const toolchain = await toolchainPart(projects.map((p) => p.ecosystem.toolchain), [projects.find((p) => p.dir === '')?.files, ...projects.map((p) => p.files)].filter((p) => p !== undefined));
    const keyOf = (layer, hash) => layerKeys({ prefix: options.prefix, layer, os: options.machine.os, arch: options.machine.arch, toolchain, hash });
    const plan = {
        workingDirectory: root,
        projects: projects.map((p) => ({ ecosystem: p.ecosystem.id, dir: p.dir || '.' })),
        toolchain,
        layers: [],
        skipped: [],
    };
    for (const layer of unique(options.layers)) {
        if (layer === 'deps') {
            const deps = await depsLayer(root, projects, options, under);
            if (deps.paths.length === 0)
                plan.skipped.push({ layer, reason: 'no package-manager store detected and no paths given' });
            else
                plan.layers.push({
                    layer,
                    ecosystems: deps.ecosystems,
                    paths: deps.paths,
                    ...keyOf(layer, deps.hash),
                    hashedFiles: deps.hashed,
                    notes: [],
                });
        }
        else if (layer === 'installed') {
            const installed = await installedLayer({
                root,
                projects,
                machine: options.machine,
                installCommand: options.installCommand,
                probe: options.probe,
                under,
            });
            if ('none' in installed) {
                plan.skipped.push({ layer, reason: installed.none.join('; ') || 'no package manager that installs into the project' });
                continue;
            }
            plan.layers.push({
                layer,
                ecosystems: installed.ecosystems,
                paths: installed.paths,
                key: keyOf(layer, installed.hash).key,
                restoreKeys: [],
                hashedFiles: installed.hashed,
                notes: installed.notes,
                versions: installed.versions,
                settings: installed.settings,
                storeAtRuntime: installed.storeAtRuntime,
            });
        }
        else if (layer === 'build') {
            const outputs = [];
            const notes = [];
            const ecosystems = [];
            for (const p of projects) {
                const settings = await buildSettings(p.ecosystem.id, options.machine, p.files);
                const own = [...p.ecosystem.build(options.machine, p.files), ...settings.paths];
                outputs.push(...own.map((x) => ({ dir: p.dir, x })));
                notes.push(...settings.notes);
                if (own.length > 0)
                    ecosystems.push(p.ecosystem.id);
            }
            const paths = unique(outputs.map(({ dir, x }) => under(dir, x)));
            if (paths.filter((p) => !p.startsWith('!')).length === 0) {
                plan.skipped.push({
                    layer,
                    reason: ['no incremental build output known for the detected ecosystems', ...unique(notes)].join('; '),
                });
                continue;
            }
            // Build outputs are not sources: a restored .tsbuildinfo must not change the key it was restored by.
            const isOutput = outputMatcher(outputs);
            const hash = await hashFileSet(root, files.filter((f) => !isOutput(f)), paths, 'source file');
            plan.layers.push({
                layer,
                ecosystems: unique(ecosystems),
                paths,
                ...keyOf(layer, hash),
                hashedFiles: files.length,
                notes: unique(notes),
            });
        }
        else {
            const named = options.dockerImages ?? [];
            const images = named.length > 0
                ? named.map((image) => dockerCache(options.prefix, image, options.dockerWrite ?? true))
                : dockerfiles.map((d) => ({ ...dockerCache(options.prefix, d.image, options.dockerWrite ?? true), dockerfile: d.dockerfile }));
            const seen = new Set();
            const distinct = images.filter((i) => !seen.has(i.scope) && seen.add(i.scope));
            if (distinct.length === 0)
                plan.skipped.push({ layer, reason: 'no Dockerfile found and no docker-images given' });
            else
                plan.layers.push({ layer, images: distinct });
        }
    }
    return plan;
}
/** A corrupt JSON lockfile would fail the install anyway; name it now rather than cache under a bogus key. */
async function checkJsonLockfile(root, rel) {
    (0,src/* parseJson */.qF)(await (0,src/* readTextFile */.Gu)((0,external_node_path_.join)(root, rel), 'lockfile'), (0,external_node_path_.join)(root, rel));
}
/** Whether a file (relative to the root) lies in one of the projects' build outputs; a set lookup per ancestor folder. */
function outputMatcher(outputs) {
    const folders = new Set();
    const suffixes = new Map();
    for (const { dir, x } of outputs) {
        if (x.startsWith('!') || isRooted(x))
            continue;
        if (x.startsWith('**/*')) {
            const dirs = suffixes.get(x.slice(4)) ?? new Set();
            suffixes.set(x.slice(4), dirs.add(dir));
        }
        else {
            folders.add(dir ? `${dir}/${x}` : x);
        }
    }
    return (file) => {
        const ancestors = [''];
        for (let i = file.indexOf('/'); i >= 0; i = file.indexOf('/', i + 1))
            ancestors.push(file.slice(0, i));
        if (ancestors.some((a) => a !== '' && folders.has(a)))
            return true;
        for (const [suffix, dirs] of suffixes) {
            if (file.endsWith(suffix) && ancestors.some((a) => dirs.has(a)))
                return true;
        }
        return false;
    };
}
async function depsLayer(root, projects, options, under) {
    const paths = [];
    const keyFiles = [];
    for (const p of projects) {
        paths.push(...(await p.ecosystem.deps(options.machine, p.files)).map((x) => under(p.dir, x)));
        for (const f of p.files.files) {
            if (p.ecosystem.keyFile(external_node_path_.posix.basename(f)))
                keyFiles.push(p.dir ? `${p.dir}/${f}` : f);
        }
    }
    paths.push(...(options.extraPaths ?? []).map((x) => under('', x)));
    if (options.keyFiles && options.keyFiles.length > 0) {
        keyFiles.push(...(await (0,src/* expandGlobs */.GE)(options.keyFiles, root, { what: "files for input 'key-files'" })));
    }
    // Nested projects list the same lockfile twice; the sorted set keeps the hash independent of that.
    const set = unique(keyFiles);
    await Promise.all(set.filter((f) => /(^|\/)(package-lock|npm-shrinkwrap)\.json$/.test(f)).map((f) => checkJsonLockfile(root, f)));
    const ecosystems = unique(projects.map((p) => p.ecosystem.id)).sort((a, b) => ECOSYSTEMS.findIndex((e) => e.id === a) - ECOSYSTEMS.findIndex((e) => e.id === b));
    const hash = await hashFileSet(root, set, [...ecosystems, ...unique(paths)], 'lockfile');
    return { ecosystems, paths: unique(paths), hash, hashed: set.length };
}

;// CONCATENATED MODULE: ./packages/cache/src/policy.ts

const MODES = (/* unused pure expression or super */ null && (['none', 'read', 'write', 'write-only']));
/** Whether this run may restore: ACTIONS_CACHE_MODE `none` and `write-only` forbid it (unknown modes permit, as @actions/cache does). */
function readPolicy(facts) {
    const mode = facts.cacheMode.trim().toLowerCase();
    if (MODES.includes(mode) && mode !== 'read' && mode !== 'write')
        return { read: false, reason: `ACTIONS_CACHE_MODE is '${mode}': restore skipped` };
    return { read: true, reason: '' };
}
/**
 * Whether this run may write entries. `auto` saves only from pushes to the default branch: other
 * branches read its entries and would otherwise each store near-copies that evict it (cache thrash).
 */
function writePolicy(facts) {
    const mode = facts.cacheMode.trim().toLowerCase();
    if (MODES.includes(mode) && mode !== 'write' && mode !== 'write-only')
        return { write: false, reason: `ACTIONS_CACHE_MODE is '${mode}': read-only` };
    if (facts.save === 'never')
        return { write: false, reason: 'save: never' };
    if (facts.save === 'always')
        return { write: true, reason: 'save: always' };
    const onDefault = facts.ref === `refs/heads/${facts.defaultBranch}` && !facts.eventName.startsWith('pull_request');
    if (onDefault)
        return { write: true, reason: `push to the default branch ${facts.defaultBranch}` };
    return { write: false, reason: `read-only on ${facts.ref || 'this ref'} (save: auto saves from ${facts.defaultBranch} only)` };
}
/** Whether the post step saves a layer: allowed, not an exact hit (never overwrite a current entry), and something is on disk. */
function saveDecision(input) {
    if (!input.write.write)
        return { save: false, reason: input.write.reason };
    if (input.hit === 'exact')
        return { save: false, reason: 'exact hit: the entry is current' };
    if (input.sizeBytes === 0)
        return { save: false, reason: 'nothing to save: the paths are empty or missing' };
    return { save: true, reason: input.hit === 'partial' ? 'partial hit: saving the updated entry' : 'miss: saving a new entry' };
}
const UNITS = {
    '': 1,
    b: 1,
    k: 1e3,
    kb: 1e3,
    kib: 1024,
    m: 1e6,
    mb: 1e6,
    mib: 1024 ** 2,
    g: 1e9,
    gb: 1e9,
    gib: 1024 ** 3,
    t: 1e12,
    tb: 1e12,
    tib: 1024 ** 4,
};
/** Parses a size such as `2GB`, `512 MiB` or `1000000` into bytes; '' or 0 is no limit. */
function parseSize(text, input = 'max-size') {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(text);
    const unit = match?.[2]?.toLowerCase() ?? '';
    if (!match || !(unit in UNITS)) {
        throw new UserError(`Input '${input}' must be a size such as 2GB, 500MiB or 1000000; got '${text}'`);
    }
    return Math.round(Number(match[1]) * (UNITS[unit] ?? 1));
}
/** A human size: 1.5 GB, 12.0 MB, 930 B (decimal units, as the service's limits are quoted). */
function formatSize(bytes) {
    if (bytes < 1000)
        return `${bytes} B`;
    const units = ['kB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = 'B';
    for (const u of units) {
        if (value < 1000)
            break;
        value /= 1000;
        unit = u;
    }
    return `${value.toFixed(1)} ${unit}`;
}

;// CONCATENATED MODULE: ./packages/cache/src/record.ts


/** A layer's outcome before any restore or save (a miss, nothing measured or saved), with `fields` over it. */
function emptyOutcome(layer, key, fields = {}) {
    return { layer, key, hit: 'miss', matchedKey: '', sizeBytes: 0, restoreSeconds: 0, saved: false, saveSeconds: 0, note: '', ...fields };
}
/** Decodes one layer's outcome (records, and the state a main step hands its post step). */
const layerOutcome = src/* decode.object */.D4.object({
    layer: src/* decode.literal */.D4.literal(...LAYER_NAMES),
    key: src/* decode.string */.D4.string,
    hit: src/* decode.literal */.D4.literal('exact', 'partial', 'miss', 'skipped', 'error'),
    matchedKey: src/* decode.string */.D4.string,
    sizeBytes: src/* decode.number */.D4.number,
    restoreSeconds: src/* decode.number */.D4.number,
    saved: src/* decode.boolean */.D4.boolean,
    saveSeconds: src/* decode.number */.D4.number,
    note: src/* decode.string */.D4.string,
});
/** Exact restores over layers that were looked up; undefined when none was. */
function hitRate(layers) {
    const looked = layers.filter((l) => l.hit === 'exact' || l.hit === 'partial' || l.hit === 'miss');
    return looked.length === 0 ? undefined : looked.filter((l) => l.hit === 'exact').length / looked.length;
}

;// CONCATENATED MODULE: ./packages/cache/src/size.ts




/**
 * Bytes of regular files under a path (not following symlinks); 0 when it doesn't exist. A
 * synchronous walk: an installed tree has ~100,000 files, and one awaited lstat per file costs
 * about eight times as long as the same walk done in one go.
 */
async function sizeOnDisk(path) {
    await Promise.resolve();
    return sizeSync(path);
}
function statOf(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
}
/**
 * Calls `visit` with the size of each regular file under a path (not following symlinks), a
 * folder's own files before its subfolders; stops as soon as `visit` returns true, and says so.
 */
function eachFileSize(path, visit) {
    const info = statOf(path);
    if (!info)
        return false;
    if (info.isFile())
        return visit(info.size);
    if (!info.isDirectory())
        return false;
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(path, { withFileTypes: true });
    }
    catch {
        return false;
    }
    for (const entry of entries)
        if (entry.isFile() && visit(statOf((0,external_node_path_.join)(path, entry.name))?.size ?? 0))
            return true;
    for (const entry of entries)
        if (entry.isDirectory() && eachFileSize((0,external_node_path_.join)(path, entry.name), visit))
            return true;
    return false;
}
function sizeSync(path) {
    let total = 0;
    eachFileSize(path, (size) => {
        total += size;
        return false;
    });
    return total;
}
/**
 * Bytes of regular files under each of `rels` in `root`, walked synchronously: a store calls it
 * while its archiver runs as another process, so the walk costs the save no time of its own.
 */
function bytesUnder(root, rels) {
    let total = 0;
    for (const rel of rels)
        total += sizeSync((0,external_node_path_.join)(root, rel));
    return total;
}
/** Whether a path holds at least one byte of a regular file: stops at the first it finds. */
const anyBytesSync = (path) => eachFileSize(path, (size) => size > 0);
const GLOB = /[*?[\]{}]/;
/** Whether a planned path is a glob (or a `!` exclusion) rather than one file or folder. */
const isGlobPath = (p) => p.startsWith('!') || GLOB.test(p);
/** Where a planned path is on disk, as @actions/cache resolves it: `~` is `home`, relative paths are under `base`. */
function locatePath(p, where) {
    return p === '~' || p.startsWith('~/') ? (0,external_node_path_.join)(where.home, p.slice(1)) : (0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.join)(where.base, p);
}
/**
 * Bytes on disk of a layer's cache paths as @actions/cache resolves them: `~` is `home`, relative
 * paths are under `base`, globs are expanded (with `!` exclusions).
 */
async function measurePaths(paths, where) {
    const locate = (p) => locatePath(p, where);
    let total = 0;
    const plain = paths.filter((p) => !p.startsWith('!') && !GLOB.test(p));
    for (const p of plain)
        total += await sizeOnDisk(locate(p));
    const globs = paths.filter((p) => GLOB.test(p.replace(/^!/, '')));
    if (globs.some((p) => !p.startsWith('!'))) {
        for (const file of await (0,src/* expandGlobs */.GE)(globs, where.base, { allowEmpty: true }))
            total += (await (0,promises_.lstat)((0,external_node_path_.join)(where.base, file)).catch(() => undefined))?.size ?? 0;
    }
    return total;
}
/** Whether a layer's paths hold any bytes at all (what `measurePaths(...) > 0` says, without walking every file). */
async function hasBytes(paths, where) {
    await Promise.resolve();
    for (const p of paths.filter((x) => !isGlobPath(x)))
        if (anyBytesSync(locatePath(p, where)))
            return true;
    return paths.some((p) => GLOB.test(p) && !p.startsWith('!')) && (await measurePaths(paths, where)) > 0;
}

;// CONCATENATED MODULE: ./packages/cache/src/npm-metadata.ts





// `npm ci` on a lockfile that records no registry URL (one written under npm's
// `omit-lockfile-registry-resolved`) asks the registry for each package's metadata to find its
// tarball. With a store restored from a restore key every stored metadata document is stale (the
// registry marks them fresh for minutes), so npm sends a conditional request for each one, then
// reads, checks and indexes each one again: on a lockfile of 1274 packages that cost more than the
// store saved. npm's `prefer-offline` skips those checks and asks the registry only for what the
// store lacks. It is wrong in one case: the store holds a package's metadata without the locked
// release (published after the store was saved), and npm then stops with ETARGET instead of asking
// again (metadata the store does not have at all, npm fetches). So the store's metadata is trusted
// only when no locked release can be missing from a document it holds:
//   - a release that the install which last saved the store installed (listed in a file the store
//     keeps, `_slipway/npm-releases.json`, under the same registries), or
//   - a release found in the store's own metadata document for that package, or
//   - a package whose metadata the store does not hold at all (an optional package for another
//     platform, which npm did not install here).
// Anything else (another command, a setting the user chose, a release not found, a file that does
// not read) leaves npm as it is.
const SCHEMA = 'slipway-npm-releases/1';
/** Where the store keeps the releases its last install took from the registry's metadata. */
const RELEASES_FILE = (0,external_node_path_.join)('_slipway', 'npm-releases.json');
/** Past this many releases to look up in the store's metadata, the lookups would cost what they save. */
const MAX_LOOKUPS = 256;
const DEFAULT_REGISTRY = 'https://registry.npmjs.org/';
/** `npm ci` and its aliases: the lockfile alone decides what is installed. */
const CI = new Set(['ci', 'clean-install', 'ic', 'install-clean', 'isntall-clean']);
/**
 * Settings that decide where npm's metadata comes from or how fresh it must be (`cache-min` and
 * `cache-max` are npm's old spellings of prefer-offline and prefer-online). Set by the user, they
 * are the user's choice, and npm is left as it is.
 */
const OWN_CHOICE = [
    'prefer-offline',
    'prefer-online',
    'offline',
    'cache-min',
    'cache-max',
    'cache',
    'registry',
    'before',
    'userconfig',
    'globalconfig',
];
/** Whether a flag names one of those: npm also takes any shortening of a flag's name (`--prefer-onl`), and `--no-` before it. */
function ownChoiceFlag(word) {
    const m = /^--(?:no-)?([^=]+)/.exec(word);
    const name = m?.[1]?.toLowerCase();
    return name !== undefined && (/^@[^:]+:registry$/.test(name) || OWN_CHOICE.some((o) => o.startsWith(name)));
}
/**
 * Whether a command is one `npm ci` and nothing else (no shell list, pipe or substitution), with no
 * flag that decides where npm's metadata comes from. Takes the words of a command line.
 */
function isPlainNpmCi(words) {
    const [program, ...rest] = words;
    if (program === undefined || !/^npm(?:\.cmd)?$/.test((0,external_node_path_.basename)(program)))
        return false;
    if (words.some((w) => /[;&|<>`$()]/.test(w)))
        return false;
    const verb = rest.find((w) => !w.startsWith('-'));
    return verb !== undefined && CI.has(verb) && !rest.some(ownChoiceFlag);
}
/** The words of a command as the action's `install` input writes it; undefined when a shell would do more than split it. */
function commandWords(command) {
    if (/["'\\\n]/.test(command))
        return undefined;
    const words = command.trim().split(/\s+/).filter(Boolean);
    return words.length > 0 ? words : undefined;
}
/** A package's name and release, `name@version`. */
const release = (name, version) => `${name}@${version}`;
/**
 * The releases of a package-lock (lockfileVersion 2 or 3, or npm's hidden lockfile) whose tarball
 * npm finds through the registry's metadata: no `resolved` URL, not linked, not bundled inside
 * another package, a plain version. Undefined for a lockfile this cannot read.
 */
function releasesFromMetadata(lockText) {
    let lock;
    try {
        lock = JSON.parse(lockText);
    }
    catch {
        return undefined;
    }
    const packages = lock?.packages;
    if (typeof packages !== 'object' || packages === null || Array.isArray(packages))
        return undefined;
    const out = new Set();
    for (const [path, raw] of Object.entries(packages)) {
        const at = path.lastIndexOf('node_modules/');
        if (at < 0 || typeof raw !== 'object' || raw === null)
            continue;
        const entry = raw;
        if (entry.resolved !== undefined || entry.link === true || entry.inBundle === true)
            continue;
        const name = typeof entry.name === 'string' ? entry.name : path.slice(at + 'node_modules/'.length);
        if (typeof entry.version !== 'string' || !/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/.test(entry.version))
            continue;
        out.add(release(name, entry.version));
    }
    return [...out].sort();
}
/** The registry npm asks for a package: its scope's `@scope:registry`, else `registry`. */
function registryFor(name, config) {
    const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined;
    const url = (scope !== undefined ? config.get(`${scope.toLowerCase()}:registry`) : undefined) ?? config.get('registry') ?? DEFAULT_REGISTRY;
    return url.replace(/\/+$/, '');
}
/** Every registry setting, as one line: releases listed under other registries say nothing about these. */
function registriesLine(config) {
    const lines = [`registry=${registryFor('x', config)}`];
    for (const [k, v] of config)
        if (/^@[^:]+:registry$/.test(k))
            lines.push(`${k}=${v.replace(/\/+$/, '')}`);
    return lines.sort().join(' ');
}
const sha = (algo, text) => (0,external_node_crypto_.createHash)(algo).update(text).digest('hex');
/** npm's cache key for a response (make-fetch-happen's). */
const cacheKey = (url) => `make-fetch-happen:request-cache:${url}`;
/** The index bucket a key's entries are in. */
function bucketPath(cacheDir, key) {
    const hashed = sha('sha256', key);
    return (0,external_node_path_.join)(cacheDir, '_cacache', 'index-v5', hashed.slice(0, 2), hashed.slice(2, 4), hashed.slice(4));
}
/** Whether npm's cache has any index entry for a URL (cheap: one file's existence). */
async function indexed(cacheDir, url) {
    return (await (0,promises_.stat)(bucketPath(cacheDir, cacheKey(url))).catch(() => undefined)) !== undefined;
}
/**
 * The metadata document npm's cache holds for a URL, read as npm's cache (cacache) lays it out: the
 * key's index bucket under `index-v5`, its newest entry that checks, the content it names under
 * `content-v2`, checked against its digest. Undefined for anything missing or that does not check.
 */
async function storedDocument(cacheDir, url) {
    const key = cacheKey(url);
    const bucket = await (0,promises_.readFile)(bucketPath(cacheDir, key), 'utf8').catch(() => undefined);
    if (bucket === undefined)
        return undefined;
    let integrity;
    for (const line of bucket.split('\n')) {
        const tab = line.indexOf('\t');
        if (tab < 0)
            continue;
        const json = line.slice(tab + 1);
        if (sha('sha1', json) !== line.slice(0, tab))
            continue;
        try {
            const entry = JSON.parse(json);
            if (entry.key === key)
                integrity = typeof entry.integrity === 'string' ? entry.integrity : undefined;
        }
        catch {
            continue;
        }
    }
    const m = /^(sha512|sha384|sha256|sha1)-([A-Za-z0-9+/=]+)$/.exec(integrity?.split(/\s+/)[0] ?? '');
    if (!m)
        return undefined;
    const [, algo = '', b64 = ''] = m;
    const hex = Buffer.from(b64, 'base64').toString('hex');
    const content = await (0,promises_.readFile)((0,external_node_path_.join)(cacheDir, '_cacache', 'content-v2', algo, hex.slice(0, 2), hex.slice(2, 4), hex.slice(4))).catch(() => undefined);
    if (content === undefined || sha(algo, content) !== hex)
        return undefined;
    try {
        return JSON.parse(content.toString('utf8'));
    }
    catch {
        return undefined;
    }
}
/** Whether the cache is laid out as this module reads it: `index-v5` and `content-v2` only. */
async function knownLayout(cacheDir) {
    const entries = await (0,promises_.readdir)((0,external_node_path_.join)(cacheDir, '_cacache')).catch(() => []);
    const versioned = entries.filter((e) => /^(?:index|content)-v\d+$/.test(e));
    return versioned.includes('index-v5') && versioned.every((e) => e === 'index-v5' || e === 'content-v2');
}
/** Looks a release up in the store's metadata document for its package. */
async function heldInStore(cacheDir, config, nameAtVersion) {
    const at = nameAtVersion.lastIndexOf('@');
    const [name, version] = [nameAtVersion.slice(0, at), nameAtVersion.slice(at + 1)];
    const url = `${registryFor(name, config)}/${name.replace('/', '%2f')}`;
    if (!(await indexed(cacheDir, url)))
        return 'absent';
    const versions = (await storedDocument(cacheDir, url))?.versions;
    // A document that is there but does not read is not known to hold anything.
    return typeof versions === 'object' && versions !== null && Object.hasOwn(versions, version) ? 'holds' : 'lacks';
}
/**
 * The pure decision. prefer-offline goes wrong only where the store holds a package's metadata
 * without the locked release; metadata the store does not have at all, npm fetches. So every
 * release must be listed by the store's last install, or held, or have no metadata in the store.
 */
async function everyReleaseKnown(needed, listed, held) {
    const unlisted = needed.filter((r) => !listed.has(r));
    const counts = { listed: needed.length - unlisted.length, found: 0, absent: 0 };
    if (unlisted.length > MAX_LOOKUPS)
        return { known: false, ...counts, missing: `${unlisted.length} releases` };
    for (const r of unlisted) {
        const h = await held(r);
        if (h === 'lacks')
            return { known: false, ...counts, missing: r };
        if (h === 'holds')
            counts.found++;
        else
            counts.absent++;
    }
    // "Absent" is only as good as the reading: were npm's cache laid out or keyed otherwise, every
    // document would look absent. So at least one document must be read where it is expected.
    if (counts.absent > 0 && counts.found === 0) {
        const probe = needed.find((r) => listed.has(r));
        if (probe === undefined || (await held(probe)) !== 'holds') {
            return { known: false, ...counts, missing: `${unlisted[0] ?? 'a locked release'} (no document of the store could be read to check)` };
        }
    }
    return { known: true, ...counts };
}
/** Whether npm's `cache` setting, if any, is the folder the deps layer restores (a relative one is not known to be). */
function sameCache(npm, config) {
    const set = config.get('cache');
    if (set === undefined || set === '')
        return true;
    const trim = (p) => p?.replace(/[\\/]+$/, '');
    return trim(expandPath(npm.machine, set)) === trim(npm.cacheDir);
}
/** A setting the user left at npm's default: not set, empty (how npx hands on a false one), or the default itself. */
const unset = (name, v) => v === undefined || v === '' || v === (name === 'cache-min' ? '0' : name === 'cache-max' ? 'Infinity' : 'false');
const listing = src/* decode.object */.D4.object({ schema: src/* decode.literal */.D4.literal(SCHEMA), registries: src/* decode.string */.D4.string, releases: src/* decode.array */.D4.array(src/* decode.string */.D4.string) });
/** The releases the store's last install listed, under these registries; none when the file is missing, another registries' or does not read. */
async function readListed(cacheDir, registries) {
    const file = (0,external_node_path_.join)(cacheDir, RELEASES_FILE);
    try {
        const doc = (0,src/* decodeDocument */.w8)(listing, (0,src/* parseJson */.qF)(await (0,promises_.readFile)(file, 'utf8'), file), file);
        return doc.registries === registries ? new Set(doc.releases) : new Set();
    }
    catch {
        return new Set();
    }
}
/**
 * Before `npm ci` with a store restored from the cache: `npm_config_prefer_offline=true` when the
 * store is known to hold the metadata of every release the lockfile needs it for; nothing
 * otherwise. Never throws: a file that cannot be read means the store is not trusted.
 */
async function trustRestoredMetadata(npm) {
    const none = (note) => ({ env: {}, note });
    const lock = (await (0,promises_.readFile)((0,external_node_path_.join)(npm.root, 'npm-shrinkwrap.json'), 'utf8').catch(() => undefined)) ??
        (await (0,promises_.readFile)((0,external_node_path_.join)(npm.root, 'package-lock.json'), 'utf8').catch(() => undefined));
    const needed = lock === undefined ? undefined : releasesFromMetadata(lock);
    if (needed === undefined)
        return none('');
    // Every package has its registry URL: npm reads no metadata, so there is nothing to skip.
    if (needed.length === 0)
        return none('');
    const config = await npmConfig(npm.machine, npm.root).catch(() => undefined);
    if (config === undefined)
        return none('');
    for (const name of ['prefer-offline', 'prefer-online', 'offline', 'cache-min', 'cache-max']) {
        if (!unset(name, config.get(name)))
            return none(`npm's ${name} is set; left as it is`);
    }
    if (!sameCache(npm, config))
        return none(`npm's cache is set to ${config.get('cache') ?? ''}, not the restored store: its metadata is not trusted`);
    if (!(await knownLayout(npm.cacheDir)))
        return none("npm's cache is not laid out as expected (index-v5, content-v2): its metadata is not trusted");
    const listed = await readListed(npm.cacheDir, registriesLine(config));
    const result = await everyReleaseKnown(needed, listed, (r) => heldInStore(npm.cacheDir, config, r).catch(() => 'lacks'));
    if (!result.known) {
        return none(`the restored store's metadata is not known to hold ${result.missing ?? 'every locked release'}: npm checks each document with the registry`);
    }
    return {
        env: { npm_config_prefer_offline: 'true' },
        note: `the restored store holds the metadata of the ${needed.length} locked releases npm looks up (${result.listed} installed by its last run, ${result.found} found in it, ${result.absent} not in it, which npm fetches): npm ci runs with prefer-offline, so it does not ask the registry again for each one`,
    };
}
/**
 * After `npm ci` succeeded: lists, in the store, the releases npm took from the registry's metadata
 * (from npm's hidden lockfile, what it installed on this machine), so the next run restored from
 * this store can trust it. Written whole then renamed (a reader never sees half of it); never throws.
 */
async function recordInstalledReleases(npm) {
    try {
        const hidden = await (0,promises_.readFile)((0,external_node_path_.join)(npm.root, 'node_modules', '.package-lock.json'), 'utf8');
        const releases = releasesFromMetadata(hidden);
        if (releases === undefined || releases.length === 0)
            return;
        const config = await npmConfig(npm.machine, npm.root);
        if (!sameCache(npm, config))
            return;
        const doc = { schema: SCHEMA, registries: registriesLine(config), releases };
        await (0,src/* writeTextFile */.Tl)((0,external_node_path_.join)(npm.cacheDir, RELEASES_FILE), `${JSON.stringify(doc)}\n`, { what: 'npm release list' });
    }
    catch {
        // Without the list the next run looks releases up one by one, or leaves npm as it is.
    }
}

;// CONCATENATED MODULE: ./packages/cache/src/cache-run.ts







const seconds = (ms) => Math.round(ms / 100) / 10;
const ORDER = { installed: 0, deps: 1, build: 2 };
async function exists(path) {
    return (await (0,promises_.lstat)(path).catch(() => undefined)) !== undefined;
}
/** Paths of a layer that already exist on disk (globs are not checked). */
async function present(paths, where) {
    const out = [];
    for (const p of paths.filter((x) => !isGlobPath(x)))
        if (await exists(locatePath(p, where)))
            out.push(p);
    return out;
}
/** Removes what a failed or wrong restore of the installed tree left; only paths that did not exist before it. */
async function discard(paths, where) {
    for (const p of paths.filter((x) => !isGlobPath(x)))
        await (0,promises_.rm)(locatePath(p, where), { recursive: true, force: true });
}
async function restoreOne(layer, deps, options) {
    const base = emptyOutcome(layer.layer, layer.key);
    const exactOnly = layer.layer === 'installed';
    if (exactOnly) {
        const already = await present(layer.paths, deps.where);
        if (already.length > 0) {
            return {
                outcome: { ...base, note: `${already.join(', ')} already exists: not restored over (trees would mix); the install runs` },
                stalled: false,
            };
        }
    }
    const storeLayer = { paths: layer.paths, key: layer.key, restoreKeys: exactOnly ? [] : layer.restoreKeys };
    const started = deps.clock.now().getTime();
    const result = await deps.log.group(`Restore ${layer.layer}: ${layer.key}`, () => deps.store.restore(storeLayer, options));
    const restoreSeconds = seconds(deps.clock.now().getTime() - started);
    if (result.error !== undefined) {
        if (exactOnly && !options.lookupOnly)
            await discard(layer.paths, deps.where);
        deps.log.warning(`${deps.name}: restoring ${layer.layer} failed, continuing without it: ${result.error}`);
        return { outcome: { ...base, hit: 'error', restoreSeconds, note: result.error }, stalled: result.stalled === true };
    }
    if (result.warning !== undefined)
        deps.log.warning(`${deps.name}: ${layer.layer}: ${result.warning}`);
    if (result.matchedKey === undefined) {
        return { outcome: { ...base, restoreSeconds, note: result.warning ?? (options.lookupOnly ? 'lookup only' : '') }, stalled: false };
    }
    if (exactOnly && result.matchedKey !== layer.key) {
        // The service also matches the key as a prefix; another key's tree is not this one.
        if (!options.lookupOnly)
            await discard(layer.paths, deps.where);
        return { outcome: { ...base, restoreSeconds, note: `only ${result.matchedKey} matched: not this tree, removed` }, stalled: false };
    }
    const hit = result.matchedKey === layer.key ? 'exact' : 'partial';
    // The store knows what it unpacked; walking a restored tree of ~100,000 files again costs seconds.
    const sizeBytes = options.lookupOnly ? 0 : (result.unpackedBytes ?? (await measurePaths(layer.paths, deps.where)));
    return {
        outcome: {
            ...base,
            hit,
            matchedKey: result.matchedKey,
            sizeBytes,
            restoreSeconds,
            note: options.lookupOnly ? 'lookup only: not downloaded' : '',
        },
        stalled: false,
    };
}
/** Restores the installed tree (exact key only), then the other layers; never throws for a store failure. */
async function restoreLayers(layers, deps, options) {
    const sorted = [...layers].sort((a, b) => ORDER[a.layer] - ORDER[b.layer]);
    const out = [];
    let installedRestored = false;
    let storeNeeded = true;
    let stalled = false;
    const available = deps.store.available();
    for (const layer of sorted) {
        const entry = { layer: layer.layer, paths: layer.paths, key: layer.key, restoreKeys: layer.restoreKeys };
        const base = emptyOutcome(layer.layer, layer.key);
        if (!options.read.read) {
            out.push({ ...entry, outcome: { ...base, hit: 'skipped', note: options.read.reason } });
            continue;
        }
        if (!available.ok) {
            deps.log.warning(`${deps.name}: ${available.reason}; ${layer.layer} runs uncached`);
            out.push({ ...entry, outcome: { ...base, hit: 'error', note: available.reason } });
            continue;
        }
        if (stalled) {
            out.push({ ...entry, outcome: { ...base, hit: 'error', note: 'not tried: the store stopped answering earlier in this run' } });
            continue;
        }
        if (layer.layer === 'deps' && !storeNeeded) {
            const keep = 'the installed tree was restored exactly: the store is not needed, so it is neither restored nor saved';
            out.push({ ...entry, outcome: { ...base, hit: 'skipped', note: keep }, keep });
            continue;
        }
        const restored = await restoreOne(layer, deps, { lookupOnly: options.lookupOnly });
        stalled ||= restored.stalled;
        if (layer.layer === 'installed' && restored.outcome.hit === 'exact' && !options.lookupOnly) {
            installedRestored = true;
            storeNeeded = layer.storeAtRuntime === true;
        }
        out.push({ ...entry, outcome: restored.outcome });
    }
    return { layers: out, installedRestored, stalled };
}
/** Whether the run restored npm's store (by its key or a restore key): its metadata is then stale. */
const npmStoreRestored = (restore, npm, where) => restore.layers.some((l) => l.layer === 'deps' &&
    (l.outcome.hit === 'exact' || l.outcome.hit === 'partial') &&
    l.paths.some((p) => !isGlobPath(p) && locatePath(p, where) === npm.cacheDir));
/** The npm project at the plan's working directory and the store npm uses, or undefined when it is not one. */
function npmInstallOf(plan, machine, root, where) {
    if (!plan.projects.some((p) => p.ecosystem === 'npm' && (p.dir === '.' || p.dir === '')))
        return undefined;
    return { root, cacheDir: locatePath(npmStore(machine), where), machine };
}
/** Runs the install command; a non-zero exit. */
class InstallFailed extends src/* UserError */.yo {
    command;
    exitCode;
    constructor(command, exitCode) {
        super(`The install command failed with exit code ${exitCode}: ${command}`, {
            code: src/* errorCodes */.fv.installFailed,
            hint: 'the output above is the install command\u2019s own; nothing was saved to the cache',
        });
        this.command = command;
        this.exitCode = exitCode;
        this.name = 'InstallFailed';
    }
}
/** Runs `install` unless the installed tree was restored exactly; throws InstallFailed on a non-zero exit. */
async function installUnlessRestored(restore, install, deps) {
    if (restore.installedRestored) {
        deps.log.info(`${deps.name}: the installed tree was restored exactly; not running ${install.command}`);
        return { installed: 'restored', seconds: 0, note: '' };
    }
    const npmCi = install.npm !== undefined && install.words !== undefined && isPlainNpmCi(install.words) ? install.npm : undefined;
    const trust = npmCi && npmStoreRestored(restore, npmCi, deps.where) ? await trustRestoredMetadata(npmCi) : { env: {}, note: '' };
    if (trust.note)
        deps.log.info(`${deps.name}: ${trust.note}`);
    const started = deps.clock.now().getTime();
    const exitCode = await deps.log.group(`Install: ${install.command}`, () => install.run(trust.env));
    const took = seconds(deps.clock.now().getTime() - started);
    if (exitCode !== 0)
        throw new InstallFailed(install.command, exitCode);
    if (npmCi)
        await recordInstalledReleases(npmCi);
    return { installed: 'ran', seconds: took, note: trust.note };
}
/** Saves each layer the policy allows and that was not an exact hit; warns on size; never throws for a store failure. */
async function saveLayers(layers, deps, options) {
    const outcomes = [];
    let stalled = false;
    const overMax = (layer, sizeBytes) => {
        if (options.maxSize > 0 && sizeBytes > options.maxSize) {
            deps.log.warning(`${deps.name}: the ${layer.layer} layer is ${formatSize(sizeBytes)}, over max-size ${formatSize(options.maxSize)}: restores slow down and it evicts other entries; trim its paths or raise max-size`);
        }
    };
    for (const layer of layers) {
        const outcome = { ...layer.outcome };
        // An exact hit is not saved and a kept layer is left alone: their size is what the restore found.
        const measure = layer.keep === undefined && outcome.hit !== 'exact';
        const blocked = layer.keep ?? (stalled ? 'not tried: the store stopped answering earlier in this run' : undefined);
        // A store that measures while it archives is left to: only whether there is anything is asked first.
        const later = measure && blocked === undefined && deps.store.measuresSaves === true && options.write.write;
        if (later)
            outcome.sizeBytes = (await hasBytes(layer.paths, deps.where)) ? 1 : 0;
        else if (measure)
            outcome.sizeBytes = await measurePaths(layer.paths, deps.where);
        if (measure && !later)
            overMax(layer, outcome.sizeBytes);
        const decision = blocked !== undefined
            ? { save: false, reason: blocked }
            : saveDecision({ write: options.write, hit: outcome.hit, sizeBytes: outcome.sizeBytes });
        outcome.note = decision.reason;
        if (later && !decision.save)
            outcome.sizeBytes = await measurePaths(layer.paths, deps.where);
        if (decision.save) {
            const started = deps.clock.now().getTime();
            const sizeBytes = later ? undefined : outcome.sizeBytes;
            const result = await deps.log.group(`Save ${layer.layer}: ${layer.key}`, () => deps.store.save({ ...layer, ...(sizeBytes !== undefined ? { sizeBytes } : {}) }));
            outcome.saveSeconds = seconds(deps.clock.now().getTime() - started);
            if (later) {
                outcome.sizeBytes = result.sizeBytes ?? (await measurePaths(layer.paths, deps.where));
                overMax(layer, outcome.sizeBytes);
            }
            outcome.saved = result.saved;
            stalled ||= result.stalled === true;
            if (result.already)
                outcome.note = 'another run saved this key first; its entry is kept';
            else if (!result.saved) {
                outcome.note = `not saved: ${result.error ?? 'unknown reason'}`;
                deps.log.warning(`${deps.name}: saving ${layer.layer} failed; the job is unaffected: ${result.error ?? ''}`);
            }
        }
        options.onSaved?.(outcome);
        outcomes.push(outcome);
    }
    return outcomes;
}
/** `slipway cache run` in one call: restore, install unless the installed tree came back exactly, save on a miss. */
async function cacheRun(layers, install, deps, options) {
    const restore = await restoreLayers(layers, deps, { read: { read: true, reason: '' }, lookupOnly: false });
    const installed = await installUnlessRestored(restore, install, deps);
    const outcomes = await saveLayers(restore.layers, deps, options);
    return { restore, install: installed, outcomes };
}

;// CONCATENATED MODULE: ./packages/cache/src/store/changed-files.ts


// What an install added to a restored store: every file, folder and link under the layer's paths
// whose inode changed (ctime) at or after the restore finished. Tar sets each extracted folder's
// times last, so the newest ctime among the restored top-level paths marks the end of the restore
// on the file system's own clock. The file system stamps times from a coarse clock (a few
// milliseconds a tick), so files unpacked in the restore's last tick share its stamp: only a
// strictly newer change counts, which the install, started as a new process after the restore,
// always is. A hard link changes a file's ctime but not its content: pnpm links every store file
// it uses into node_modules, so a restored store file with more than one link and an older mtime
// is the restored file, not a change (a file with one link and a new ctime still counts: tools
// that unpack with the archive's mtime, as Cargo does, leave only the ctime new).
function changed_files_statOf(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
}
/** The newest ctime (ms) among `rels` under `root`; undefined when none exists. */
function newestChange(root, rels) {
    let newest;
    for (const rel of rels) {
        const info = changed_files_statOf((0,external_node_path_.join)(root, rel));
        if (info && (newest === undefined || info.ctimeMs > newest))
            newest = info.ctimeMs;
    }
    return newest;
}
/**
 * Paths under `root` (relative, from `rels` down) changed after `sinceMs`, folders listed rather
 * than their whole content; and the bytes of every regular file the walk passed, changed or not
 * (the layer's size, from the one walk a save makes anyway).
 */
function changedSince(root, rels, sinceMs) {
    const changed = [];
    let bytes = 0;
    const visit = (rel) => {
        const path = (0,external_node_path_.join)(root, rel);
        const info = changed_files_statOf(path);
        if (!info)
            return;
        if (info.isFile())
            bytes += info.size;
        const linkedOnly = !info.isDirectory() && info.nlink > 1 && info.mtimeMs <= sinceMs;
        if (info.ctimeMs > sinceMs && !linkedOnly)
            changed.push(rel);
        if (!info.isDirectory())
            return;
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(path);
        }
        catch {
            return;
        }
        for (const name of names)
            visit(rel === '.' ? name : `${rel}/${name}`);
    };
    for (const rel of rels)
        visit(rel);
    return { changed, bytes };
}

;// CONCATENATED MODULE: ./packages/cache/src/store/entry-store.ts







// An entry is immutable and content-addressed: each archive is stored under its sha256
// (`blobs/sha256/<hex>.tar.zst`), and a key's pointer (`keys/<key>.json`) names the archives and
// their digests. The pointer is written last and never replaced, so a reader sees a whole entry or
// none, two savers of one key leave the first one's entry, and an archive that does not match its
// digest is never unpacked.
const entry_store_SCHEMA = 'slipway-cache-entry/1';
const pointer = src/* decode.object */.D4.object({
    schema: src/* decode.literal */.D4.literal(entry_store_SCHEMA),
    key: src/* decode.string */.D4.string,
    createdAt: src/* decode.string */.D4.string,
    compression: src/* decode.literal */.D4.literal('zstd', 'gzip'),
    parts: src/* decode.array */.D4.array(src/* decode.object */.D4.object({ root: src/* decode.literal */.D4.literal('base', 'home', 'abs'), digest: src/* decode.string */.D4.string, size: src/* decode.number */.D4.number, blob: src/* decode.string */.D4.string })),
    /** The layer's planned paths: a later entry reuses these parts only for the same paths. */
    paths: src/* decode.optional */.D4.optional(src/* decode.array */.D4.array(src/* decode.string */.D4.string)),
    /** Bytes of the layer's files when it was saved. */
    unpackedBytes: src/* decode.optional */.D4.optional(src/* decode.number */.D4.number),
});
const pointerName = (key) => `keys/${encodeURIComponent(key)}.json`;
/** An entry built on a restored one holds at most this many parts; past it the next save archives the whole layer again. */
const MAX_PARTS = 6;
const samePaths = (a, b) => a !== undefined && a.length === b.length && [...a].sort().join('\0') === [...b].sort().join('\0');
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 })) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { digest: `sha256:${hash.digest('hex')}`, size };
}
/** The entry store: a LayerStore over any blob backend (folder, S3, Azure). */
function entryStore(options) {
    const { backend, exec, where } = options;
    const now = options.now ?? (() => new Date());
    let compression;
    const detect = () => (compression ??= exec
        .run('zstd', ['--version'], { silent: true })
        .then((r) => (r.exitCode === 0 ? 'zstd' : 'gzip'))
        .catch(() => 'gzip'));
    // Records of 128 KiB instead of tar's 10 KiB: a tenth of the writes into the compressor's pipe
    // (archiving a 722 MB installed tree took 3.1-3.3 s instead of 3.6-3.7). Reading accepts either size.
    const flags = (c, create) => [
        '-b',
        '256',
        ...(c === 'zstd' ? ['--use-compress-program', create ? 'zstd -T0 -3' : 'zstd -d'] : ['-z']),
    ];
    /** Entries this run restored by the key they were restored for, with when the restore ended (file-system clock). */
    const restored = new Map();
    const rootDir = (root) => (root === 'base' ? where.base : root === 'home' ? where.home : external_node_path_.sep);
    const tar = async (args) => {
        const result = await exec.run('tar', args, { silent: true });
        if (result.exitCode !== 0)
            throw new Error(`tar ${args[0]} failed (exit ${result.exitCode}): ${result.stderr.trim().split('\n').slice(-3).join(' ')}`);
    };
    /** Each existing path by the root it is archived under, relative to that root. */
    const group = async (paths) => {
        const out = new Map();
        const add = (root, rel) => void out.set(root, [...(out.get(root) ?? []), rel]);
        for (const p of paths.filter((x) => !isGlobPath(x))) {
            const [root, rel] = p === '~' || p.startsWith('~/')
                ? ['home', p.slice(2) || '.']
                : (0,external_node_path_.isAbsolute)(p)
                    ? ['abs', (0,external_node_path_.relative)(external_node_path_.sep, p)]
                    : ['base', p];
            if (await (0,promises_.stat)((0,external_node_path_.join)(rootDir(root), rel)).catch(() => undefined))
                add(root, rel);
        }
        const globs = paths.filter((x) => isGlobPath(x) && !x.replace(/^!/, '').startsWith('~') && !(0,external_node_path_.isAbsolute)(x.replace(/^!/, '')));
        if (globs.some((g) => !g.startsWith('!')))
            for (const f of await (0,src/* expandGlobs */.GE)(globs, where.base, { allowEmpty: true }))
                add('base', f);
        return out;
    };
    /** Whether none of the layer's paths exists (globs cannot say: never absent). */
    const absent = async (paths) => {
        if (paths.some(isGlobPath))
            return false;
        for (const p of paths)
            if (await (0,promises_.lstat)(locatePath(p, where)).catch(() => undefined))
                return false;
        return true;
    };
    /** Removes a layer's paths after a bad restore; only called when none of them existed before it. */
    const discardAll = async (paths) => {
        for (const p of paths)
            await (0,promises_.rm)(locatePath(p, where), { recursive: true, force: true });
    };
    const fetchPart = async (part, staging) => {
        const local = backend.localPath?.(part.blob);
        if (local)
            return (await (0,promises_.stat)(local).catch(() => undefined)) ? { file: local, temp: false } : undefined;
        const file = (0,external_node_path_.join)(staging, `.restore-${part.digest.slice(7, 23)}-${Math.random().toString(36).slice(2)}`);
        return (await backend.getFile(part.blob, file)) ? { file, temp: true } : undefined;
    };
    const readPointer = async (name) => {
        const text = await backend.getText(name);
        if (text === undefined)
            return {};
        try {
            return { entry: pointer((0,src/* parseJson */.qF)(text, name), '') };
        }
        catch (error) {
            return { warning: `the entry ${name} in ${backend.describe} is unreadable (${(0,src/* describeError */.Uc)(error)}): ignored` };
        }
    };
    const candidates = async (layer) => {
        const warnings = [];
        const exact = await readPointer(pointerName(layer.key));
        if (exact.warning)
            warnings.push(exact.warning);
        if (exact.entry)
            return { entries: [exact.entry], warnings };
        for (const prefix of layer.restoreKeys.length > 0 ? [layer.key, ...layer.restoreKeys] : []) {
            const names = await backend.list(`keys/${encodeURIComponent(prefix)}`);
            const found = [];
            for (const name of names.filter((n) => n.endsWith('.json'))) {
                const read = await readPointer(name);
                if (read.warning)
                    warnings.push(read.warning);
                if (read.entry)
                    found.push(read.entry);
            }
            if (found.length > 0)
                return { entries: found.sort((a, b) => b.createdAt.localeCompare(a.createdAt)), warnings };
        }
        return { entries: [], warnings };
    };
    const restore = async (layer, opts) => {
        try {
            const { entries, warnings } = await candidates(layer);
            const [entry] = entries;
            if (!entry)
                return warnings.length > 0 ? { warning: warnings.join('; ') } : {};
            if (opts.lookupOnly)
                return { matchedKey: entry.key };
            if (entry.compression === 'zstd' && (await detect()) !== 'zstd') {
                return { warning: `the entry ${entry.key} is zstd-compressed and zstd is not installed here: not restored` };
            }
            const staging = await backend.stagingDir();
            const fetched = [];
            const corrupt = (part, actual) => ({
                warning: `the entry ${entry.key} is corrupt: ${part.blob} has ${actual.digest} (${actual.size} bytes), its pointer says ${part.digest} (${part.size} bytes); not restored`,
            });
            const missing = (part) => ({
                warning: `the entry ${entry.key} names ${part.blob}, which is missing from ${backend.describe}: not restored`,
            });
            const unpack = async (part, file) => {
                const dir = rootDir(part.root);
                await (0,promises_.mkdir)(dir, { recursive: true });
                // Files belong to whoever restores them (as tar does for a user other than root): an
                // entry saved by another user of a shared store must not hand its files to that user.
                await tar(['-x', '--no-same-owner', ...flags(entry.compression, false), '-f', file, '-C', dir]);
            };
            try {
                if (await absent(layer.paths)) {
                    // Nothing of the layer is on disk yet (a fresh runner; the installed tree always): each
                    // archive is checked while it unpacks, and a bad one takes everything unpacked with it.
                    // Parts in order: a later part (what an install added) may replace a file of an earlier one.
                    for (const part of entry.parts) {
                        const got = await fetchPart(part, staging);
                        if (!got) {
                            await discardAll(layer.paths);
                            return missing(part);
                        }
                        fetched.push(got);
                        const [actual, unpacked] = await Promise.allSettled([sha256File(got.file), unpack(part, got.file)]);
                        const bad = actual.status === 'fulfilled' && (actual.value.digest !== part.digest || actual.value.size !== part.size);
                        if (bad || actual.status === 'rejected' || unpacked.status === 'rejected')
                            await discardAll(layer.paths);
                        if (actual.status === 'rejected')
                            throw actual.reason;
                        if (bad)
                            return corrupt(part, actual.value);
                        if (unpacked.status === 'rejected')
                            throw unpacked.reason;
                    }
                }
                else {
                    // Something is already there: every part is checked before any is unpacked, so a bad entry leaves the disk as it was.
                    for (const part of entry.parts) {
                        const got = await fetchPart(part, staging);
                        if (!got)
                            return missing(part);
                        fetched.push(got);
                        const actual = await sha256File(got.file);
                        if (actual.digest !== part.digest || actual.size !== part.size)
                            return corrupt(part, actual);
                    }
                    for (const [i, part] of entry.parts.entries())
                        await unpack(part, fetched[i]?.file ?? '');
                }
            }
            finally {
                for (const f of fetched.filter((x) => x.temp))
                    await (0,promises_.rm)(f.file, { force: true });
            }
            const ends = [...(await group(layer.paths))].map(([root, rels]) => newestChange(rootDir(root), rels) ?? 0);
            restored.set(layer.key, { entry, since: Math.max(0, ...ends) });
            return { matchedKey: entry.key, ...(entry.unpackedBytes !== undefined ? { unpackedBytes: entry.unpackedBytes } : {}) };
        }
        catch (error) {
            return { error: `${backend.describe}: ${(0,src/* describeError */.Uc)(error)}` };
        }
    };
    /**
     * Archives `rels` under one root into a blob named by its digest; the part that names it. `during`
     * runs while tar does (tar is another process), so a walk there costs the save no time of its own.
     */
    const archivePart = async (root, rels, c, staging, temps, whole, during = () => undefined) => {
        const list = (0,external_node_path_.join)(staging, `.list-${process.pid}-${Math.random().toString(36).slice(2)}`);
        const archive = (0,external_node_path_.join)(staging, `.archive-${process.pid}-${Math.random().toString(36).slice(2)}`);
        temps.push(list, archive);
        await (0,promises_.writeFile)(list, `${rels.join('\0')}\0`);
        const archiving = tar([
            '-c',
            ...flags(c, true),
            '-f',
            archive,
            '-C',
            rootDir(root),
            ...(whole ? [] : ['--no-recursion']),
            '--null',
            '-T',
            list,
        ]);
        try {
            during();
        }
        finally {
            await archiving;
        }
        const { digest, size } = await sha256File(archive);
        const blob = `blobs/sha256/${digest.slice(7)}.tar.${c === 'zstd' ? 'zst' : 'gz'}`;
        // Content-addressed: an archive already stored under its digest is the same bytes.
        if (!(await backend.exists(blob)))
            await backend.putFile(blob, archive);
        return { root, digest, size, blob };
    };
    /**
     * Saves a layer. When this run restored it from another key (a restore key: the lockfile
     * changed), the new entry names the restored entry's archives and adds one archive of what
     * changed since the restore, instead of archiving the whole store again. A store only grows
     * (npm's, pnpm's, pip's, Go's and Cargo's caches add files), so a file the install deleted comes
     * back on a later restore; an entry of MAX_PARTS parts is archived whole again.
     */
    const save = async (layer) => {
        const temps = [];
        try {
            if (await backend.exists(pointerName(layer.key)))
                return { saved: false, already: true };
            const groups = await group(layer.paths);
            if (groups.size === 0)
                return { saved: false, error: 'nothing to save: the paths are empty or missing' };
            const c = await detect();
            const staging = await backend.stagingDir();
            const base = restored.get(layer.key);
            const reuse = base !== undefined &&
                base.entry.key !== layer.key &&
                base.entry.compression === c &&
                base.entry.parts.length < MAX_PARTS &&
                samePaths(base.entry.paths, layer.paths);
            const parts = reuse ? [...base.entry.parts] : [];
            // The layer's bytes, unless the caller measured them: from the walk each kind of save makes.
            let bytes = 0;
            for (const [root, rels] of groups) {
                if (!reuse) {
                    parts.push(await archivePart(root, rels, c, staging, temps, true, () => (bytes += bytesUnder(rootDir(root), rels))));
                    continue;
                }
                const walked = changedSince(rootDir(root), rels, base.since);
                bytes += walked.bytes;
                if (walked.changed.length > 0)
                    parts.push(await archivePart(root, walked.changed, c, staging, temps, false));
            }
            const unpackedBytes = layer.sizeBytes ?? bytes;
            const body = {
                schema: entry_store_SCHEMA,
                key: layer.key,
                createdAt: now().toISOString(),
                compression: c,
                parts,
                paths: [...layer.paths],
                unpackedBytes,
            };
            const written = await backend.putIfAbsent(pointerName(layer.key), `${JSON.stringify(body, null, 2)}\n`);
            return written ? { saved: true, sizeBytes: unpackedBytes } : { saved: false, already: true, sizeBytes: unpackedBytes };
        }
        catch (error) {
            return { saved: false, error: `${backend.describe}: ${(0,src/* describeError */.Uc)(error)}` };
        }
        finally {
            for (const t of temps)
                await (0,promises_.rm)(t, { force: true }).catch(() => undefined);
        }
    };
    return { available: () => ({ ok: true }), measuresSaves: true, restore, save, compression: detect };
}

;// CONCATENATED MODULE: ./packages/cache/src/store/blob-backend.ts



/**
 * An object store's staging folder: made under the temporary directory when first asked for,
 * and removed by close() with whatever a killed step left in it.
 */
function tempStaging(prefix) {
    let made;
    return {
        dir: () => (made ??= (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), prefix))),
        close: async () => {
            const dir = await made?.catch(() => undefined);
            made = undefined;
            if (dir)
                await (0,promises_.rm)(dir, { recursive: true, force: true });
        },
    };
}

;// CONCATENATED MODULE: ./packages/cache/src/store/dir-backend.ts




const STALE_MS = 24 * 3600_000;
/** A unique name in the staging folder: `.<pid>-<random>`, never a name the store publishes. */
const tempName = (dir, suffix = '') => (0,external_node_path_.join)(dir, `.${process.pid}-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}${suffix}`);
async function writeDurable(path, body) {
    const handle = await (0,promises_.open)(path, 'wx', 0o644);
    try {
        await handle.writeFile(body);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/**
 * A store in a folder (a shared disk on self-hosted runners, a laptop). Objects are published by
 * rename (archives) or hard link (pointers, which must not replace one another), so a reader sees
 * either nothing or a complete file; a killed writer leaves only a temporary file in `tmp/`,
 * which later saves sweep after a day.
 */
async function dirBackend(root) {
    const info = await (0,promises_.stat)(root).catch(() => undefined);
    if (info && !info.isDirectory())
        throw new src/* UserError */.yo(`--store ${root} is not a folder`, { hint: 'give a folder for the cache store' });
    const tmp = (0,external_node_path_.join)(root, 'tmp');
    const at = (name) => {
        const path = (0,external_node_path_.join)(root, ...name.split('/'));
        if ((0,external_node_path_.relative)(root, path).startsWith('..'))
            throw new Error(`store object name escapes the store: ${name}`);
        return path;
    };
    let swept = false;
    const sweep = async () => {
        if (swept)
            return;
        swept = true;
        const now = Date.now();
        for (const name of await (0,promises_.readdir)(tmp).catch(() => [])) {
            const s = await (0,promises_.lstat)((0,external_node_path_.join)(tmp, name)).catch(() => undefined);
            if (s && now - s.mtimeMs > STALE_MS)
                await (0,promises_.rm)((0,external_node_path_.join)(tmp, name), { force: true, recursive: true }).catch(() => undefined);
        }
    };
    const fsError = (error, what, path) => new src/* UserError */.yo(`Cannot write ${what} ${path}: ${(0,src/* describeFsError */.TQ)(error)}`, {
        cause: error,
        hint: 'check the store folder is writable and has room',
    });
    return {
        describe: root,
        // tmp/ is the store's own (swept by every writer), so nothing of this run's is left to remove.
        close: () => Promise.resolve(),
        stagingDir: async () => {
            try {
                await (0,promises_.mkdir)(tmp, { recursive: true });
            }
            catch (error) {
                throw fsError(error, 'the store folder', tmp);
            }
            await sweep();
            return tmp;
        },
        putFile: async (name, file) => {
            const target = at(name);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            try {
                await (0,promises_.rename)(file, target);
            }
            catch (error) {
                if (error.code !== 'EXDEV')
                    throw fsError(error, 'the store entry', target);
                // Staged elsewhere: copy beside the target first, so the rename that publishes it stays atomic.
                const near = tempName((0,external_node_path_.dirname)(target));
                await (0,promises_.copyFile)(file, near);
                await (0,promises_.rename)(near, target);
                await (0,promises_.unlink)(file);
            }
        },
        putIfAbsent: async (name, body) => {
            const target = at(name);
            // Written in tmp/ and linked into place: a writer killed before the link leaves its
            // temporary file where the sweep finds it, never beside the pointers.
            const publish = async (dir) => {
                const temp = tempName(dir, '.tmp');
                try {
                    await writeDurable(temp, body);
                    await (0,promises_.link)(temp, target);
                    return true;
                }
                catch (error) {
                    if (error.code === 'EEXIST')
                        return false;
                    throw error;
                }
                finally {
                    await (0,promises_.unlink)(temp).catch(() => undefined);
                }
            };
            try {
                await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
                await (0,promises_.mkdir)(tmp, { recursive: true });
                // tmp/ on another file system than the pointers (a mount inside the store): stage beside them.
                return await publish(tmp).catch((error) => {
                    if (error.code !== 'EXDEV')
                        throw error;
                    return publish((0,external_node_path_.dirname)(target));
                });
            }
            catch (error) {
                throw fsError(error, 'the store pointer', target);
            }
        },
        getText: async (name) => {
            try {
                return await (0,promises_.readFile)(at(name), 'utf8');
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    return undefined;
                throw error;
            }
        },
        getFile: async (name, file) => {
            try {
                await (0,promises_.copyFile)(at(name), file);
                return true;
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    return false;
                throw error;
            }
        },
        localPath: (name) => at(name),
        exists: async (name) => (await (0,promises_.lstat)(at(name)).catch(() => undefined)) !== undefined,
        list: async (prefix) => {
            const slash = prefix.lastIndexOf('/');
            const folder = slash < 0 ? '' : prefix.slice(0, slash);
            const entries = await (0,promises_.readdir)(at(folder || '.'), { recursive: true, withFileTypes: true }).catch(() => []);
            return entries
                .filter((e) => e.isFile() && !e.name.startsWith('.'))
                .map((e) => (0,external_node_path_.relative)(root, (0,external_node_path_.join)(e.parentPath, e.name)).split(external_node_path_.sep).join('/'))
                .filter((n) => n.startsWith(prefix));
        },
    };
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./packages/cache/src/store/deadlines.ts
/** How long a store call may wait: to connect and get an answer, and in silence while data moves. */
const STORE_DEADLINES = { firstByteMs: 30_000, idleMs: 60_000 };

;// CONCATENATED MODULE: ./packages/cache/src/store/azblob-backend.ts







const isMissing = (e) => e?.statusCode === 404;
function judge(outcome) {
    if (!('error' in outcome))
        return { retry: false };
    const e = outcome.error;
    if (e.statusCode !== undefined && e.statusCode < 500 && e.statusCode !== 429 && e.statusCode !== 408)
        return { retry: false };
    if (e.statusCode === undefined &&
        !/Timeout|ECONN|EPIPE|socket|REQUEST_SEND_ERROR|Abort/i.test(`${e.name ?? ''} ${e.code ?? ''} ${e.message ?? ''}`)) {
        return { retry: false };
    }
    return { retry: true, reason: `Azure Blob ${e.statusCode ?? e.code ?? 'network error'}` };
}
/** Passes data through and fails the stream when nothing arrives for `idleMs`. */
function idleGuard(idleMs, onIdle) {
    let timer;
    const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(onIdle, idleMs);
        timer.unref();
    };
    arm();
    return new external_node_stream_.Transform({
        transform(chunk, _enc, done) {
            arm();
            done(null, chunk);
        },
        flush(done) {
            clearTimeout(timer);
            done();
        },
        destroy(error, done) {
            clearTimeout(timer);
            done(error);
        },
    });
}
/**
 * A container (`azblob://container/prefix`) through @azure/storage-blob, with the account named by
 * AZURE_STORAGE_CONNECTION_STRING. Pointers are written with If-None-Match: *, so the first of
 * two writers keeps the key.
 */
async function azblobBackend(container, prefix, connectionString) {
    if (!connectionString) {
        throw new src/* UserError */.yo('--store azblob://... needs AZURE_STORAGE_CONNECTION_STRING', {
            code: src/* errorCodes */.fv.usage,
            hint: 'export the storage account connection string (Azure portal: Access keys) before running slipway cache run',
        });
    }
    const { BlobServiceClient } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(92)]).then(__webpack_require__.bind(__webpack_require__, 52711));
    let service;
    try {
        service = BlobServiceClient.fromConnectionString(connectionString, {
            retryOptions: { maxTries: 1, tryTimeoutInMs: 10 * 60_000 },
        });
    }
    catch (error) {
        throw new src/* UserError */.yo(`AZURE_STORAGE_CONNECTION_STRING is not a usable connection string: ${error.message}`, {
            code: src/* errorCodes */.fv.usage,
            cause: error,
        });
    }
    const client = service.getContainerClient(container);
    const base = prefix.replace(/^\/+|\/+$/g, '');
    const nameOf = (name) => (base ? `${base}/${name}` : name);
    const describe = `azblob://${container}${base ? `/${base}` : ''}`;
    // Small calls get the first-byte deadline; uploads, whose blocks each take a while, ten minutes per try.
    const call = async (what, op, ms = STORE_DEADLINES.firstByteMs) => {
        try {
            return await (0,src/* withRetry */.bD)(() => op(AbortSignal.timeout(ms)), judge, src/* DEFAULT_RETRY */.vI);
        }
        catch (error) {
            if (isMissing(error))
                throw error;
            const e = error;
            throw new src/* UserError */.yo(`${describe}: ${what} failed: ${e.code ?? e.name ?? 'error'}${e.statusCode ? ` (${e.statusCode})` : ''}: ${e.message ?? ''}`, {
                code: e.statusCode
                    ? src/* errorCodes */.fv.networkStatus
                    : /Timeout|Abort/i.test(`${e.name ?? ''}`)
                        ? src/* errorCodes */.fv.networkTimeout
                        : src/* errorCodes */.fv.networkUnreachable,
                cause: error,
                hint: 'check the container name, the connection string and that the account is reachable',
            });
        }
    };
    let created = false;
    const ensureContainer = async () => {
        if (created)
            return;
        await call('create container', (abortSignal) => client.createIfNotExists({ abortSignal }));
        created = true;
    };
    const staging = tempStaging('slipway-azblob-');
    return {
        describe,
        stagingDir: () => staging.dir(),
        close: () => staging.close(),
        putFile: async (name, file) => {
            await ensureContainer();
            try {
                await call(`upload ${name}`, (abortSignal) => client.getBlockBlobClient(nameOf(name)).uploadFile(file, { abortSignal, blockSize: 8 * 1024 ** 2, concurrency: 4 }), 10 * 60_000);
            }
            finally {
                await (0,promises_.unlink)(file).catch(() => undefined);
            }
        },
        putIfAbsent: async (name, body) => {
            await ensureContainer();
            try {
                await call(`upload ${name}`, (abortSignal) => client.getBlockBlobClient(nameOf(name)).upload(body, Buffer.byteLength(body), {
                    abortSignal,
                    conditions: { ifNoneMatch: '*' },
                    blobHTTPHeaders: { blobContentType: 'application/json' },
                }));
                return true;
            }
            catch (error) {
                const status = (error.cause ?? error).statusCode;
                if (status === 409 || status === 412)
                    return false;
                throw error;
            }
        },
        getText: async (name) => {
            try {
                const buffer = await call(`download ${name}`, (abortSignal) => client.getBlockBlobClient(nameOf(name)).downloadToBuffer(0, undefined, { abortSignal }));
                return buffer.toString('utf8');
            }
            catch (error) {
                if (isMissing(error))
                    return undefined;
                throw error;
            }
        },
        getFile: async (name, file) => {
            const controller = new AbortController();
            try {
                const response = await call(`download ${name}`, () => client.getBlockBlobClient(nameOf(name)).download(0, undefined, { abortSignal: controller.signal }));
                const body = response.readableStreamBody;
                if (!body)
                    throw new src/* UserError */.yo(`${describe}: ${name} came back without a body`);
                await (0,external_node_stream_promises_.pipeline)(body, idleGuard(STORE_DEADLINES.idleMs, () => controller.abort(new Error(`no data for ${STORE_DEADLINES.idleMs / 1000} s`))), (0,external_node_fs_.createWriteStream)(file));
                return true;
            }
            catch (error) {
                await (0,promises_.rm)(file, { force: true });
                if (isMissing(error))
                    return false;
                throw error instanceof src/* UserError */.yo
                    ? error
                    : new src/* UserError */.yo(`${describe}: downloading ${name} failed: ${error.message}`, {
                        cause: error,
                        code: src/* errorCodes */.fv.networkTimeout,
                    });
            }
        },
        exists: async (name) => {
            try {
                return await call(`check ${name}`, (abortSignal) => client.getBlockBlobClient(nameOf(name)).exists({ abortSignal }));
            }
            catch (error) {
                if (isMissing(error))
                    return false;
                throw error;
            }
        },
        list: async (listPrefix) => {
            const names = [];
            try {
                for await (const blob of client.listBlobsFlat({ prefix: nameOf(listPrefix) }))
                    names.push(base ? blob.name.slice(base.length + 1) : blob.name);
            }
            catch (error) {
                if (isMissing(error))
                    return [];
                throw new src/* UserError */.yo(`${describe}: listing ${listPrefix} failed: ${error.message}`, {
                    cause: error,
                    code: src/* errorCodes */.fv.networkUnreachable,
                });
            }
            return names;
        },
    };
}

;// CONCATENATED MODULE: ./packages/cache/src/store/s3-backend.ts







/** The largest object one PUT may carry (S3's limit). */
const MAX_PUT = 5 * 1024 ** 3;
const statusOf = (e) => e?.$metadata?.httpStatusCode;
const s3_backend_isMissing = (e) => {
    const err = e;
    return statusOf(e) === 404 || err.name === 'NoSuchKey' || err.name === 'NotFound';
};
/** Network failures, throttling and 5xx are worth another try; everything else is an answer. */
function s3_backend_judge(outcome) {
    if (!('error' in outcome))
        return { retry: false };
    const e = outcome.error;
    const status = statusOf(e);
    if (status !== undefined && status < 500 && status !== 429 && status !== 408)
        return { retry: false };
    if (status === undefined && !/Timeout|ECONN|EPIPE|socket|Networking/i.test(`${e.name ?? ''} ${e.code ?? ''} ${e.message ?? ''}`)) {
        return { retry: false };
    }
    return { retry: true, reason: `S3 ${status ?? e.name ?? 'network error'}` };
}
/**
 * A bucket (`s3://bucket/prefix`) through @aws-sdk/client-s3 with the standard AWS environment:
 * AWS_REGION, AWS_ENDPOINT_URL_S3 or AWS_ENDPOINT_URL (S3-compatible servers, which get
 * path-style addressing), and credentials from the environment or the SDK's usual chain.
 */
async function s3Backend(bucket, prefix, env) {
    const { S3Client, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 53711, 19));
    const endpoint = env['AWS_ENDPOINT_URL_S3'] || env['AWS_ENDPOINT_URL'] || undefined;
    const accessKeyId = env['AWS_ACCESS_KEY_ID'];
    const secretAccessKey = env['AWS_SECRET_ACCESS_KEY'];
    const client = new S3Client({
        region: env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || 'us-east-1',
        ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
        ...(accessKeyId && secretAccessKey
            ? { credentials: { accessKeyId, secretAccessKey, ...(env['AWS_SESSION_TOKEN'] ? { sessionToken: env['AWS_SESSION_TOKEN'] } : {}) } }
            : {}),
        // Streamed uploads would otherwise go out aws-chunked with checksum trailers, which many
        // S3-compatible servers store verbatim (s3rver kept 44 extra bytes); each archive's sha256 is
        // checked against its pointer on restore instead, end to end.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        // The suite's one retry policy does the retrying; the handler's deadlines end a silent peer.
        maxAttempts: 1,
        requestHandler: { connectionTimeout: STORE_DEADLINES.firstByteMs, socketTimeout: STORE_DEADLINES.idleMs },
    });
    const base = prefix.replace(/^\/+|\/+$/g, '');
    const keyOf = (name) => (base ? `${base}/${name}` : name);
    const describe = `s3://${bucket}${base ? `/${base}` : ''}`;
    const call = async (what, op) => {
        try {
            return await (0,src/* withRetry */.bD)(op, s3_backend_judge, src/* DEFAULT_RETRY */.vI);
        }
        catch (error) {
            if (s3_backend_isMissing(error))
                throw error;
            const e = error;
            const timeout = /Timeout/i.test(`${e.name ?? ''} ${e.code ?? ''}`);
            throw new src/* UserError */.yo(`${describe}: ${what} failed: ${e.name ?? 'error'}${statusOf(error) ? ` (${statusOf(error)})` : ''}: ${e.message ?? ''}`, {
                code: timeout ? src/* errorCodes */.fv.networkTimeout : statusOf(error) ? src/* errorCodes */.fv.networkStatus : src/* errorCodes */.fv.networkUnreachable,
                cause: error,
                hint: 'check the bucket, the credentials (AWS_ACCESS_KEY_ID, AWS_PROFILE...) and AWS_REGION or AWS_ENDPOINT_URL_S3',
            });
        }
    };
    const exists = async (name) => {
        try {
            await call(`HEAD ${name}`, () => client.send(new HeadObjectCommand({ Bucket: bucket, Key: keyOf(name) })));
            return true;
        }
        catch (error) {
            if (s3_backend_isMissing(error))
                return false;
            throw error;
        }
    };
    const get = async (name) => {
        try {
            const out = await call(`GET ${name}`, () => client.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(name) })));
            return out.Body;
        }
        catch (error) {
            if (s3_backend_isMissing(error))
                return undefined;
            throw error;
        }
    };
    const staging = tempStaging('slipway-s3-');
    return {
        describe,
        stagingDir: () => staging.dir(),
        close: async () => {
            await staging.close();
            client.destroy();
        },
        putFile: async (name, file) => {
            const size = (await (0,promises_.stat)(file)).size;
            if (size > MAX_PUT)
                throw new src/* UserError */.yo(`${describe}: ${name} is ${size} bytes, over S3's 5 GiB single-upload limit`);
            try {
                await call(`PUT ${name}`, () => client.send(new PutObjectCommand({ Bucket: bucket, Key: keyOf(name), Body: (0,external_node_fs_.createReadStream)(file), ContentLength: size })));
            }
            finally {
                await (0,promises_.unlink)(file).catch(() => undefined);
            }
        },
        putIfAbsent: async (name, body) => {
            if (await exists(name))
                return false;
            try {
                // S3 (since 2024) honours If-None-Match on PUT: of two writers, the second gets 412.
                await call(`PUT ${name}`, () => client.send(new PutObjectCommand({ Bucket: bucket, Key: keyOf(name), Body: body, IfNoneMatch: '*', ContentType: 'application/json' })));
                return true;
            }
            catch (error) {
                if (statusOf(error.cause ?? error) === 412)
                    return false;
                throw error;
            }
        },
        getText: async (name) => {
            const body = await get(name);
            if (!body)
                return undefined;
            const chunks = [];
            for await (const chunk of body)
                chunks.push(Buffer.from(chunk));
            return Buffer.concat(chunks).toString('utf8');
        },
        getFile: async (name, file) => {
            const body = await get(name);
            if (!body)
                return false;
            try {
                await (0,external_node_stream_promises_.pipeline)(body, (0,external_node_fs_.createWriteStream)(file));
            }
            catch (error) {
                await (0,promises_.rm)(file, { force: true });
                throw new src/* UserError */.yo(`${describe}: downloading ${name} failed: ${error.message}`, {
                    cause: error,
                    code: src/* errorCodes */.fv.networkTimeout,
                });
            }
            return true;
        },
        exists,
        list: async (listPrefix) => {
            const names = [];
            let token;
            do {
                const page = await call(`LIST ${listPrefix}`, () => client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: keyOf(listPrefix), ContinuationToken: token })));
                for (const o of page.Contents ?? [])
                    if (o.Key)
                        names.push(base ? o.Key.slice(base.length + 1) : o.Key);
                token = page.IsTruncated ? page.NextContinuationToken : undefined;
            } while (token);
            return names;
        },
    };
}

;// CONCATENATED MODULE: ./packages/cache/src/store/open-store.ts





/** Parses a `--store` value; a malformed one is a usage error naming it. */
function parseStoreSpec(value, cwd) {
    const m = /^([a-z][a-z0-9+.-]*):\/\/([^/]*)(?:\/(.*))?$/i.exec(value);
    if (!m) {
        if (value.trim() === '')
            throw new src/* UserError */.yo('--store needs a folder, s3://bucket/prefix or azblob://container/prefix', { code: src/* errorCodes */.fv.usage });
        return { kind: 'dir', path: (0,external_node_path_.resolve)(cwd, value) };
    }
    const scheme = (m[1] ?? '').toLowerCase();
    const bucket = m[2] ?? '';
    if (scheme !== 's3' && scheme !== 'azblob') {
        throw new src/* UserError */.yo(`--store ${value}: unknown scheme ${scheme}://`, {
            code: src/* errorCodes */.fv.usage,
            hint: 'use a folder, s3://bucket/prefix or azblob://container/prefix',
        });
    }
    // Bucket and container names: 3-63 lower-case letters, digits, dots and hyphens (both services' rule, near enough).
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
        throw new src/* UserError */.yo(`--store ${value}: '${bucket}' is not a valid ${scheme === 's3' ? 'bucket' : 'container'} name`, {
            code: src/* errorCodes */.fv.usage,
        });
    }
    return { kind: scheme, bucket, prefix: (m[3] ?? '').replace(/\/+$/, '') };
}
/** Opens the backend a spec names; s3 reads the standard AWS variables, azblob AZURE_STORAGE_CONNECTION_STRING. */
async function openBackend(spec, env) {
    if (spec.kind === 'dir')
        return dirBackend(spec.path);
    if (spec.kind === 's3')
        return s3Backend(spec.bucket, spec.prefix, env);
    return azblobBackend(spec.bucket, spec.prefix, env['AZURE_STORAGE_CONNECTION_STRING']);
}

;// CONCATENATED MODULE: ./packages/cache/src/index.ts























/***/ })

};
