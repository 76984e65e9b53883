import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import type { Machine } from './machine.js';
import { firstOnPath } from './tool-version.js';

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
export function settingName(raw: string): string {
  return raw
    .trim()
    .replace(/^["']|["']$/g, '')
    .replace(/\[\]$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/_/g, '-')
    .toLowerCase();
}

const unquote = (v: string): string =>
  v
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .replace(/^'(.*)'$/, '$1');

/** An ini value as npm reads it: a quoted value whole (double quotes as JSON), else up to the first unescaped `;` or `#` (an inline comment). */
function iniValue(raw: string): string {
  const v = raw.trim();
  if (/^'.*'$/.test(v)) return v.slice(1, -1);
  if (/^".*"$/.test(v)) {
    try {
      return String(JSON.parse(v));
    } catch {
      return v;
    }
  }
  let out = '';
  for (let i = 0; i < v.length; i++) {
    const c = v.charAt(i);
    if (c === '\\' && i + 1 < v.length && ';#\\'.includes(v.charAt(i + 1))) out += v.charAt(++i);
    else if (c === ';' || c === '#') break;
    else out += c;
  }
  return out.trim();
}

/** `key=value` lines of an .npmrc (ini: `;` and `#` comments, `key[]=` arrays); pnpm's rc has the same form. */
export function npmrcSettings(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (t === '' || t.startsWith(';') || t.startsWith('#') || t.startsWith('[')) continue;
    const eq = t.indexOf('=');
    const [key, value] = eq < 0 ? [t, 'true'] : [t.slice(0, eq), iniValue(t.slice(eq + 1))];
    out.push([settingName(key), value]);
  }
  return out;
}

/** `key value` lines of a Yarn classic .yarnrc (`--install.production true` is `production`). */
export function yarnrcSettings(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*("[^"]+"|[^\s#]+)\s*(.*)$/.exec(line);
    if (!m || line.trim().startsWith('#')) continue;
    const key = unquote(m[1] ?? '').replace(/^-+/, '');
    out.push([settingName(key.slice(key.lastIndexOf('.') + 1)), unquote(m[2] ?? '')]);
  }
  return out;
}

/** Top-level settings of a .yarnrc.yml: `nodeLinker: pnp`, and a block value (`supportedArchitectures:` and its indented lines) as its text. */
export function yarnrcYmlSettings(text: string): [string, string][] {
  const out: [string, string][] = [];
  let current: [string, string] | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const top = /^([A-Za-z][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (top) {
      current = [settingName(top[1] ?? ''), unquote((top[2] ?? '').replace(/\s+#.*$/, ''))];
      out.push(current);
    } else if (current && /^\s/.test(line)) {
      current[1] = `${current[1]}\n${line.trimEnd()}`;
    }
  }
  return out;
}

/** The variables a package manager reads as settings: `npm_config_*` (npm, pnpm, Yarn classic), `pnpm_config_*`, `YARN_*` (Yarn). */
function envSettings(env: Machine['env']): [string, string][] {
  const out: [string, string][] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    const m = /^(?:npm_config_|pnpm_config_|yarn_)(.+)$/i.exec(name);
    if (m) out.push([settingName(m[1] ?? ''), value.trim()]);
  }
  return out;
}

function envValue(env: Machine['env'], name: string): string | undefined {
  const found = Object.entries(env).find(([k, v]) => k.toLowerCase() === name && v !== undefined && v.trim() !== '');
  return found?.[1]?.trim();
}

const inHome = (machine: Machine, rel: string): string | undefined => (machine.home ? join(machine.home, rel) : undefined);

/** A path from a variable or a setting: `~/` under the home folder, an absolute path as it is, anything else unknown. */
export function expandPath(machine: Machine, p: string | undefined): string | undefined {
  if (p === undefined || p === '') return undefined;
  return p.startsWith('~/') ? inHome(machine, p.slice(2)) : isAbsolute(p) ? p : undefined;
}

/** The user's config folder on Linux: XDG_CONFIG_HOME, else `~/.config`. */
const xdgConfigHome = (machine: Machine): string | undefined =>
  expandPath(machine, machine.env['XDG_CONFIG_HOME']?.trim()) ?? inHome(machine, '.config');

/**
 * `${NAME}` in a value, as npm, pnpm and Yarn replace it from the environment when they read a
 * config file (`${NAME?}`, and Yarn's `${NAME:-fallback}` and `${NAME-fallback}`, too): the key
 * takes the value the package manager will use. A name that is not set stays as it is written.
 */
export function expandEnv(value: string, env: Machine['env']): string {
  return value.replace(/(?<!\\)\$\{([A-Za-z_][A-Za-z0-9_]*)(\?|:?-[^}]*)?\}/g, (whole, name: string, modifier?: string) => {
    const v = env[name];
    if (modifier?.startsWith(':-')) return v ? v : modifier.slice(2);
    if (modifier?.startsWith('-')) return v ?? modifier.slice(1);
    return v ?? (modifier === '?' ? '' : whole);
  });
}

/** Reads each config file once (several sources may name one), parsed, with its source; a file that cannot be read is not there. */
async function readConfigFiles(
  files: readonly { source: string; path: string | undefined; parse: (t: string) => [string, string][] }[],
): Promise<{ source: string; name: string; value: string }[]> {
  const out: { source: string; name: string; value: string }[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    if (file.path === undefined || seen.has(file.path)) continue;
    seen.add(file.path);
    const text = await readFile(file.path, 'utf8').catch(() => undefined);
    if (text !== undefined) for (const [name, value] of file.parse(text)) out.push({ source: file.source, name, value });
  }
  return out;
}

/** The config files outside the project that npm, pnpm and Yarn read, with how each is parsed. */
async function configFiles(
  machine: Machine,
): Promise<{ source: string; path: string | undefined; parse: (t: string) => [string, string][] }[]> {
  const env = machine.env;
  const expand = (p: string | undefined): string | undefined => expandPath(machine, p);
  const userconfig = expand(envValue(env, 'npm_config_userconfig')) ?? inHome(machine, '.npmrc');
  // npm's global config: `<prefix>/etc/npmrc`, the prefix being the folder above the node binary's.
  let globalconfig = expand(envValue(env, 'npm_config_globalconfig'));
  if (globalconfig === undefined && machine.os !== 'Windows') {
    const prefix = expand(envValue(env, 'npm_config_prefix') ?? envValue(env, 'prefix'));
    const node = prefix === undefined ? await firstOnPath('node', env['PATH']) : undefined;
    const root = prefix ?? (node ? dirname(dirname(node)) : undefined);
    if (root) globalconfig = join(root, 'etc', 'npmrc');
  }
  const xdgConfig = xdgConfigHome(machine);
  const localAppData = env['LOCALAPPDATA']?.trim();
  const pnpmrc =
    machine.os === 'macOS'
      ? inHome(machine, 'Library/Preferences/pnpm/rc')
      : machine.os === 'Windows'
        ? localAppData && join(localAppData, 'pnpm', 'config', 'rc')
        : xdgConfig && join(xdgConfig, 'pnpm', 'rc');
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
export async function npmConfig(machine: Machine, projectDir: string): Promise<Map<string, string>> {
  const files = (await configFiles(machine)).filter((f) => f.source === 'user .npmrc' || f.source === 'global npmrc');
  const read = await readConfigFiles([{ source: 'project .npmrc', path: join(projectDir, '.npmrc'), parse: npmrcSettings }, ...files]);
  const out = new Map<string, string>();
  // Lowest first, so each source overrides the ones below it.
  for (const source of ['global npmrc', 'user .npmrc', 'project .npmrc']) {
    for (const x of read.filter((r) => r.source === source)) out.set(x.name, expandEnv(x.value, machine.env));
  }
  for (const [name, value] of Object.entries(machine.env)) {
    const m = /^npm_config_(.+)$/i.exec(name);
    if (m && value !== undefined) out.set(settingName(m[1] ?? ''), value.trim());
  }
  return out;
}

/** One setting that shapes a JavaScript install, and where it was found (`env`, `user .npmrc`, ...). */
export interface InstallSetting {
  name: string;
  value: string;
  source: string;
}

/**
 * The settings that decide a JavaScript install, from outside the project's own files, sorted.
 * NODE_ENV is one of them (npm and Yarn leave dev dependencies out under `production`).
 */
export async function nodeInstallSettings(machine: Machine): Promise<InstallSetting[]> {
  const found: InstallSetting[] = [];
  const node = machine.env['NODE_ENV']?.trim();
  if (node) found.push({ name: 'NODE_ENV', value: node, source: 'env' });
  for (const [name, value] of envSettings(machine.env)) if (TREE_SETTINGS.has(name)) found.push({ name, value, source: 'env' });
  for (const x of await readConfigFiles(await configFiles(machine))) {
    if (TREE_SETTINGS.has(x.name)) found.push({ ...x, value: expandEnv(x.value, machine.env) });
  }
  return uniqueSorted(found);
}

const shown = (x: InstallSetting): string => `${x.source} ${x.name}=${x.value}`;

/** Each setting once, in the order of its text (code units: the same on every machine, whatever its locale). */
function uniqueSorted(found: readonly InstallSetting[]): InstallSetting[] {
  return [...new Map(found.map((x) => [shown(x), x])).values()].sort((a, b) => (shown(a) < shown(b) ? -1 : shown(a) > shown(b) ? 1 : 0));
}

/** How the settings enter the key: by name and value, not by where they were found. */
export function settingsKeyLines(settings: readonly InstallSetting[]): string[] {
  // npm hands its settings to what it starts as `npm_config_*` variables (npx, scripts), a false
  // one as an empty value: the same settings read from a file or from those variables, or written
  // `false` or empty, are the same key.
  const norm = (v: string): string => (v === '' ? 'false' : v);
  return [...new Set(settings.map((x) => `${x.name}=${norm(x.value)}`))].sort();
}

/** How the settings are shown: `env ignore-scripts=true`, `user .npmrc omit=dev`. */
export function settingsText(settings: readonly InstallSetting[]): string[] {
  return settings.map(shown);
}

// Python installers read their settings the same way: pip from `PIP_*` and pip.conf files, uv from
// `UV_*` and uv.toml files, Poetry from `POETRY_*` and its config.toml. Their names are kept apart
// (`pip:no-binary`, `uv:no-binary`): each tool reads only its own.

/** Settings of each Python installer that change what goes into the virtualenv (kebab-case; Poetry's with their section). */
const PYTHON_TREE_SETTINGS: Readonly<Record<'pip' | 'uv' | 'poetry', ReadonlySet<string>>> = {
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

const pyName = (raw: string): string =>
  raw
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
export function sectionedSettings(text: string): [string, string][] {
  const out: [string, string][] = [];
  let section = '';
  let current: [string, string] | undefined;
  let open = 0;
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (open > 0 && current) {
      current[1] = `${current[1]} ${t}`;
      open += (t.match(/\[/g) ?? []).length - (t.match(/\]/g) ?? []).length;
      continue;
    }
    if (t === '' || t.startsWith('#') || t.startsWith(';')) continue;
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
    } else if (current) {
      // pip.conf: an indented line continues the value above (`extra-index-url =` and one URL a line).
      current[1] = `${current[1]}\n${t}`.trim();
    }
  }
  return out;
}

/** A setting's value as the key takes it: no credentials in URLs (a token rotates), and a constraint file by its content. */
async function pythonValue(name: string, value: string, expand: (p: string) => string | undefined): Promise<string> {
  const bare = value.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1');
  if (!/(^|:)(constraint|override)$/.test(name)) return bare;
  const files = await Promise.all(
    bare
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(async (p) => {
        const path = expand(unquote(p));
        const text = path === undefined ? undefined : await readFile(path).catch(() => undefined);
        return text === undefined ? p : `${p} (sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 16)})`;
      }),
  );
  return files.join(' ');
}

/** Poetry's own config.toml: POETRY_CONFIG_DIR, else the per-user config folder of the OS. */
function poetryConfigPath(machine: Machine): string | undefined {
  const dir = envValue(machine.env, 'poetry_config_dir');
  if (dir) return expandPath(machine, join(dir, 'config.toml'));
  const appData = machine.env['APPDATA']?.trim();
  if (machine.os === 'Windows') return appData && join(appData, 'pypoetry', 'config.toml');
  if (machine.os === 'macOS') return inHome(machine, 'Library/Application Support/pypoetry/config.toml');
  const xdgConfig = xdgConfigHome(machine);
  return xdgConfig && join(xdgConfig, 'pypoetry', 'config.toml');
}

/** One top-level setting of a .yarnrc.yml by its Yarn name (`nodeLinker`), or undefined. */
export function yarnrcYmlValue(text: string | undefined, name: string): string | undefined {
  const wanted = settingName(name);
  return yarnrcYmlSettings(text ?? '').find(([k]) => k === wanted)?.[1];
}

/**
 * A Yarn Berry setting as Yarn resolves it: `YARN_<NAME>` in the environment, then the project's
 * .yarnrc.yml, then the one in the home folder.
 */
export async function yarnSetting(machine: Machine, projectRc: string | undefined, name: string): Promise<string | undefined> {
  const env = envValue(machine.env, `yarn_${settingName(name).replace(/-/g, '_')}`);
  if (env !== undefined) return env;
  const home = inHome(machine, '.yarnrc.yml');
  const own = yarnrcYmlValue(projectRc, name) ?? yarnrcYmlValue(home && (await readFile(home, 'utf8').catch(() => undefined)), name);
  return own === undefined ? undefined : expandEnv(own, machine.env);
}

/**
 * A Poetry setting (`virtualenvs.in-project`) as Poetry resolves it: `POETRY_<NAME>`, then the
 * project's poetry.toml, then Poetry's own config.toml.
 */
export async function poetrySetting(machine: Machine, projectToml: string | undefined, name: string): Promise<string | undefined> {
  const wanted = pyName(name);
  const env = envValue(machine.env, `poetry_${wanted.replace(/-/g, '_')}`);
  if (env !== undefined) return env;
  const pick = (text: string | undefined): string | undefined => sectionedSettings(text ?? '').find(([k]) => k === wanted)?.[1];
  const user = poetryConfigPath(machine);
  return pick(projectToml) ?? pick(user && (await readFile(user, 'utf8').catch(() => undefined)));
}

/**
 * The settings of the project's Python installers (`tools`: pip, uv, poetry) from outside the
 * project: their variables and their user and machine config files, with names kept per tool.
 */
export async function pythonInstallSettings(machine: Machine, tools: ReadonlySet<string>): Promise<InstallSetting[]> {
  const env = machine.env;
  const expand = (p: string | undefined): string | undefined => expandPath(machine, p);
  const xdgConfig = xdgConfigHome(machine);
  const xdgDirs = (env['XDG_CONFIG_DIRS']?.trim() || '/etc/xdg').split(':').filter((d) => isAbsolute(d));
  const appData = env['APPDATA']?.trim();
  const macSupport = inHome(machine, 'Library/Application Support');
  const win = machine.os === 'Windows';
  const files: Record<'pip' | 'uv' | 'poetry', { source: string; path: string | undefined }[]> = {
    pip: envValue(env, 'pip_config_file')
      ? [{ source: 'PIP_CONFIG_FILE', path: expand(envValue(env, 'pip_config_file')) }]
      : [
          ...(win ? [] : [{ source: 'global pip.conf', path: '/etc/pip.conf' }]),
          ...(win ? [] : xdgDirs.map((d) => ({ source: 'global pip.conf', path: join(d, 'pip', 'pip.conf') }))),
          { source: 'user pip.conf', path: inHome(machine, '.pip/pip.conf') },
          {
            source: 'user pip.conf',
            path: win ? appData && join(appData, 'pip', 'pip.ini') : xdgConfig && join(xdgConfig, 'pip', 'pip.conf'),
          },
          ...(machine.os === 'macOS' ? [{ source: 'user pip.conf', path: macSupport && join(macSupport, 'pip', 'pip.conf') }] : []),
        ],
    uv: envValue(env, 'uv_config_file')
      ? [{ source: 'UV_CONFIG_FILE', path: expand(envValue(env, 'uv_config_file')) }]
      : [
          ...(win
            ? []
            : [
                ...xdgDirs.map((d) => ({ source: 'system uv.toml', path: join(d, 'uv', 'uv.toml') })),
                { source: 'system uv.toml', path: '/etc/uv/uv.toml' },
              ]),
          { source: 'user uv.toml', path: win ? appData && join(appData, 'uv', 'uv.toml') : xdgConfig && join(xdgConfig, 'uv', 'uv.toml') },
        ],
    poetry: [{ source: 'poetry config.toml', path: poetryConfigPath(machine) }],
  };
  const found: InstallSetting[] = [];
  for (const tool of ['pip', 'uv', 'poetry'] as const) {
    if (!tools.has(tool)) continue;
    const allowed = PYTHON_TREE_SETTINGS[tool];
    const add = async (name: string, value: string, source: string): Promise<void> => {
      if (allowed.has(name)) found.push({ name: `${tool}:${name}`, value: await pythonValue(name, value, expand), source });
    };
    const prefix = `${tool}_`;
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined || !k.toLowerCase().startsWith(prefix)) continue;
      await add(pyName(k.slice(prefix.length)), v.trim(), 'env');
    }
    for (const x of await readConfigFiles(files[tool].map((f) => ({ ...f, parse: sectionedSettings }))))
      await add(x.name, x.value, x.source);
  }
  return uniqueSorted(found);
}
