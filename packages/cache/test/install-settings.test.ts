import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  expandEnv,
  nodeInstallSettings,
  npmrcSettings,
  sectionedSettings,
  settingsText,
  yarnrcSettings,
  yarnrcYmlSettings,
} from '../src/install-settings.js';
import { installedTree, planCache, type KeyedLayerPlan, type Machine, type Probe } from '../src/index.js';

// Settings that shape an installed tree can come from outside the project: the environment, the
// user's ~/.npmrc, the machine's global npmrc, pnpm's and Yarn's own files. A tree installed under
// one must not be restored exactly where another is in force; a registry token, which rotates,
// must not move the key.
const fixtures = fileURLToPath(new URL('../../../test/fixtures/cache/', import.meta.url));
const probe: Probe = (command) =>
  Promise.resolve(
    (
      {
        node: 'v24.21.0',
        npm: '11.19.1',
        pnpm: '10.34.9',
        python3: '3.12.4 /usr/bin/python3.12',
        uv: 'uv 0.8.0',
        pip: 'pip 24.0',
      } as Record<string, string>
    )[command],
  );
let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'slipway-install-settings-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A fresh project (the npm fixture app) and an empty home folder. */
async function runner(): Promise<{ root: string; home: string }> {
  const base = join(dir, `r-${++n}`);
  await cp(join(fixtures, 'npm-app'), join(base, 'project'), { recursive: true });
  await mkdir(join(base, 'home'), { recursive: true });
  return { root: join(base, 'project'), home: join(base, 'home') };
}

async function installedKey(root: string, machine: Partial<Machine>, installCommand = 'npm ci'): Promise<KeyedLayerPlan> {
  const plan = await planCache({
    root,
    baseDir: root,
    machine: { os: 'Linux', arch: 'X64', env: {}, ...machine },
    prefix: 'slipway',
    layers: ['installed'],
    installCommand,
    probe,
  });
  const layer = plan.layers.find((l): l is KeyedLayerPlan => l.layer === 'installed');
  if (!layer) throw new Error('no installed layer');
  return layer;
}

describe('reading package-manager config files', () => {
  it('reads a real .npmrc, inline comments, quoted values and arrays as npm does', async () => {
    expect(npmrcSettings(await readFile(join(fixtures, 'npmrc', 'strapi-typescript-pnpm.npmrc'), 'utf8'))).toEqual([
      ['node-linker', 'hoisted'],
      ['shamefully-hoist', 'false'],
      ['dedupe-direct-deps', 'true'],
    ]);
    const text = [
      '; a comment',
      '# another',
      'shamefully-hoist=true          # flat node_modules for Metro',
      'auto-install-peers = true ; peers too',
      'public-hoist-pattern[]=*eslint*',
      'public-hoist-pattern[]=*prettier*',
      'script-shell="C:\\\\Program Files\\\\git\\\\bin\\\\bash.exe"',
      'legacy-peer-deps',
      'message=50\\% off \\#1',
    ].join('\n');
    expect(npmrcSettings(text)).toEqual([
      ['shamefully-hoist', 'true'],
      ['auto-install-peers', 'true'],
      ['public-hoist-pattern', '*eslint*'],
      ['public-hoist-pattern', '*prettier*'],
      ['script-shell', 'C:\\Program Files\\git\\bin\\bash.exe'],
      ['legacy-peer-deps', 'true'],
      ['message', '50\\% off #1'],
    ]);
  });

  it('reads any text, a config file cut short or a binary one included, without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 400 })), (text) => {
        for (const parse of [npmrcSettings, yarnrcSettings, yarnrcYmlSettings, sectionedSettings]) {
          const pairs = parse(text);
          if (!pairs.every(([k, v]) => typeof k === 'string' && typeof v === 'string')) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('reads Yarn classic .yarnrc lines and Yarn Berry .yarnrc.yml settings by their npm-style names', async () => {
    expect(
      yarnrcSettings('# yarn lockfile v1\n--install.ignore-scripts true\n"modules-folder" "vendor_modules"\nproduction false\n'),
    ).toEqual([
      ['ignore-scripts', 'true'],
      ['modules-folder', 'vendor_modules'],
      ['production', 'false'],
    ]);
    expect(yarnrcYmlSettings(await readFile(join(fixtures, 'npmrc', 'identity-idp.yarnrc.yml'), 'utf8'))).toEqual([
      ['node-linker', 'node-modules'],
      ['yarn-path', '.yarn/releases/yarn-4.0.0.cjs'],
    ]);
    const plugins = yarnrcYmlSettings(await readFile(join(fixtures, 'npmrc', 'docusaurus-extensions.yarnrc.yml'), 'utf8'));
    expect(plugins.map(([k]) => k)).toEqual(['plugins', 'yarn-path']);
    expect(
      yarnrcYmlSettings('supportedArchitectures:\n  os:\n    - linux\n  cpu: [x64, arm64]\nenableScripts: false # no builds\n'),
    ).toEqual([
      ['supported-architectures', '\n  os:\n    - linux\n  cpu: [x64, arm64]'],
      ['enable-scripts', 'false'],
    ]);
  });
});

describe('the settings in the installed layer’s key', () => {
  it('are read from the environment in any spelling, and only those that shape the tree', async () => {
    const settings = settingsText(
      await nodeInstallSettings({
        os: 'Linux',
        arch: 'X64',
        env: {
          NODE_ENV: 'production',
          npm_config_ignore_scripts: 'true',
          NPM_CONFIG_INSTALL_STRATEGY: 'nested',
          YARN_NODE_LINKER: 'node-modules',
          pnpm_config_shamefully_hoist: 'true',
          npm_config_cache: '/somewhere/.npm',
          npm_config_registry: 'https://registry.example.com/',
          NPM_CONFIG__AUTH_TOKEN: 'npm_secret',
          YARN_NPM_AUTH_TOKEN: 'yarn_secret',
          npm_config_user_agent: 'npm/11.19.1 node/v24.21.0 linux x64',
        },
      }),
    );
    expect(settings).toEqual([
      'env NODE_ENV=production',
      'env ignore-scripts=true',
      'env install-strategy=nested',
      'env node-linker=node-modules',
      'env shamefully-hoist=true',
    ]);
  });

  it('changes with ignore-scripts in the environment or the user’s .npmrc, and shows it', async () => {
    const { root, home } = await runner();
    const base = await installedKey(root, { home });
    expect(base.settings).toEqual([]);
    const env = await installedKey(root, { home, env: { npm_config_ignore_scripts: 'true' } });
    expect(env.key).not.toBe(base.key);
    expect(env.settings).toEqual(['env ignore-scripts=true']);
    // npm reads its variables in any case: the same setting is the same key.
    expect((await installedKey(root, { home, env: { NPM_CONFIG_IGNORE_SCRIPTS: 'true' } })).key).toBe(env.key);
    await writeFile(join(home, '.npmrc'), 'ignore-scripts=true\n');
    const user = await installedKey(root, { home });
    expect(user.key).not.toBe(base.key);
    expect(user.settings).toEqual(['user .npmrc ignore-scripts=true']);
  });

  it('follows npm_config_userconfig and the global npmrc beside the node on PATH', async () => {
    const { root, home } = await runner();
    const base = await installedKey(root, { home });
    const other = join(home, 'ci.npmrc');
    await writeFile(other, 'omit=dev\n');
    // A user config elsewhere replaces ~/.npmrc: only the one npm reads counts.
    await writeFile(join(home, '.npmrc'), 'install-links=true\n');
    const moved = await installedKey(root, { home, env: { npm_config_userconfig: other } });
    expect(moved.settings).toEqual(['user .npmrc omit=dev']);
    const prefix = join(home, 'node-prefix');
    await mkdir(join(prefix, 'bin'), { recursive: true });
    await mkdir(join(prefix, 'etc'), { recursive: true });
    await writeFile(join(prefix, 'bin', 'node'), '#!/bin/sh\n', { mode: 0o755 });
    await writeFile(join(prefix, 'etc', 'npmrc'), 'install-strategy=shallow\n');
    const global = await installedKey(root, { home, env: { PATH: join(prefix, 'bin'), npm_config_userconfig: other } });
    expect(global.settings).toEqual(['global npmrc install-strategy=shallow', 'user .npmrc omit=dev']);
    expect(new Set([base.key, moved.key, global.key]).size).toBe(3);
  });

  it('keys the same settings alike when npx hands them on as variables', async () => {
    const { root, home } = await runner();
    await writeFile(join(home, '.npmrc'), 'ignore-scripts=true\nlegacy-peer-deps=false\naudit=false\n');
    const direct = await installedKey(root, { home });
    expect(direct.settings).toEqual(['user .npmrc ignore-scripts=true', 'user .npmrc legacy-peer-deps=false']);
    // What `npm exec` (npx) exports to the command it starts: the settings it read, a false one empty.
    const viaNpx = await installedKey(root, {
      home,
      env: {
        npm_config_userconfig: join(home, '.npmrc'),
        npm_config_ignore_scripts: 'true',
        npm_config_legacy_peer_deps: '',
        npm_config_audit: '',
        npm_config_user_agent: 'npm/11.19.1 node/v24.21.0 linux x64 workspaces/false',
        npm_config_npm_version: '11.19.1',
        npm_config_local_prefix: root,
      },
    });
    expect(viaNpx.key).toBe(direct.key);
  });

  // Adversarial: a setting written as `${VAR}` in a config file is the variable's value when npm
  // reads it; keyed as written, a runner with SKIP=true and one with SKIP=false would share a tree.
  it('takes ${VAR} in a config file as the value the package manager will read', async () => {
    const { root, home } = await runner();
    await writeFile(join(home, '.npmrc'), 'ignore-scripts=${SKIP}\n//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n');
    const on = await installedKey(root, { home, env: { SKIP: 'true', NPM_TOKEN: 'a' } });
    const off = await installedKey(root, { home, env: { SKIP: 'false', NPM_TOKEN: 'b' } });
    expect(on.settings).toEqual(['user .npmrc ignore-scripts=true']);
    expect(off.key).not.toBe(on.key);
    // The token's variable changes nothing: that line is never read.
    expect((await installedKey(root, { home, env: { SKIP: 'true', NPM_TOKEN: 'c' } })).key).toBe(on.key);
    expect((await installedKey(root, { home })).settings).toEqual(['user .npmrc ignore-scripts=${SKIP}']);
    expect(expandEnv('${A}/${B?}/${C:-c}/${D-d}/${E:-e}/\\${A}', { A: 'a', E: '' })).toBe('a//c/d/e/\\${A}');
  });

  it('lays out Yarn Berry’s tree by the linker Yarn will use, wherever it is set', async () => {
    const base = join(dir, `berry-${++n}`);
    await mkdir(join(base, 'home'), { recursive: true });
    const read = { '.yarnrc.yml': undefined as string | undefined };
    const project = {
      dir: base,
      files: ['package.json', 'yarn.lock'],
      read: (f: string) => Promise.resolve(f === '.yarnrc.yml' ? read['.yarnrc.yml'] : undefined),
    };
    const paths = async (env: Record<string, string> = {}): Promise<string[]> => {
      const found = await installedTree('yarn-berry', { os: 'Linux', arch: 'X64', env, home: join(base, 'home') }, project);
      return 'tree' in found ? found.tree.paths : [];
    };
    expect(await paths()).toContain('.pnp.cjs');
    expect(await paths({ YARN_NODE_LINKER: 'node-modules' })).toContain('node_modules');
    read['.yarnrc.yml'] = 'nodeLinker: pnp\n';
    expect(await paths({ YARN_NODE_LINKER: 'node-modules' })).toContain('node_modules');
    read['.yarnrc.yml'] = undefined;
    await cp(join(fixtures, 'npmrc', 'identity-idp.yarnrc.yml'), join(base, 'home', '.yarnrc.yml'));
    expect(await paths()).toContain('node_modules');
    read['.yarnrc.yml'] = 'nodeLinker: pnp\n';
    expect(await paths()).toContain('.pnp.cjs');
  });

  it('reads pnpm’s rc under XDG_CONFIG_HOME and Yarn’s files in the home folder', async () => {
    const { root, home } = await runner();
    const base = await installedKey(root, { home });
    await mkdir(join(home, '.config', 'pnpm'), { recursive: true });
    await cp(join(fixtures, 'npmrc', 'strapi-typescript-pnpm.npmrc'), join(home, '.config', 'pnpm', 'rc'));
    const pnpm = await installedKey(root, { home });
    expect(pnpm.settings).toEqual(['pnpm rc dedupe-direct-deps=true', 'pnpm rc node-linker=hoisted', 'pnpm rc shamefully-hoist=false']);
    await cp(join(fixtures, 'npmrc', 'identity-idp.yarnrc.yml'), join(home, '.yarnrc.yml'));
    const yarn = await installedKey(root, { home });
    expect(yarn.settings).toContain('user .yarnrc.yml node-linker=node-modules');
    expect(new Set([base.key, pnpm.key, yarn.key]).size).toBe(3);
    // A file with nothing that shapes the tree (Yarn plugins, its release) keeps the key.
    await rm(join(home, '.config'), { recursive: true });
    await cp(join(fixtures, 'npmrc', 'docusaurus-extensions.yarnrc.yml'), join(home, '.yarnrc.yml'));
    expect((await installedKey(root, { home })).key).toBe(base.key);
  });

  // Adversarial, property-based: a CI step that writes a fresh registry token into ~/.npmrc on
  // every run (as scripts/npm.js of AxaFrance/oidc-client writes `always-auth`, `registry` and
  // `//registry.npmjs.org/:_authToken=<token>`), or passes it in the environment, must keep its
  // key, or the cache would miss on every run; and no value of a setting that shapes the tree may
  // share the key of the tree installed without it.
  it('never moves with registry tokens, and always moves with a setting that shapes the tree', async () => {
    const { root, home } = await runner();
    const base = (await installedKey(root, { home })).key;
    const token = fc.stringMatching(/^[A-Za-z0-9_.-]{1,40}$/);
    await fc.assert(
      fc.asyncProperty(token, token, async (a, b) => {
        await writeFile(
          join(home, '.npmrc'),
          `\nalways-auth=true\nregistry=https://registry.npmjs.org\n//registry.npmjs.org/:_authToken=${a}\n`,
        );
        const env = { NODE_AUTH_TOKEN: b, npm_config__authToken: b, 'npm_config_//npm.pkg.github.com/:_authToken': b };
        return (await installedKey(root, { home, env })).key === base;
      }),
      { numRuns: 25 },
    );
    await rm(join(home, '.npmrc'));
    const shaping = fc.constantFrom('omit', 'ignore-scripts', 'install-strategy', 'legacy-peer-deps', 'node-linker', 'os', 'cpu', 'libc');
    const value = fc.stringMatching(/^[a-z0-9*.-]{1,12}$/);
    await fc.assert(
      fc.asyncProperty(shaping, value, fc.boolean(), async (name, v, inFile) => {
        await rm(join(home, '.npmrc'), { force: true });
        if (inFile) await writeFile(join(home, '.npmrc'), `${name}=${v}\n`);
        const env = inFile ? {} : { [`npm_config_${name.replace(/-/g, '_')}`]: v };
        return (await installedKey(root, { home, env })).key !== base;
      }),
      { numRuns: 40 },
    );
  });
});

describe('the settings of Python installers in the installed layer’s key', () => {
  /** A uv project, a pip project (requirements.txt and a virtualenv) or a Poetry one, and an empty home and machine config folder. */
  async function python(kind: 'uv' | 'pip' | 'poetry'): Promise<{ root: string; home: string; etc: string; env: Record<string, string> }> {
    const base = join(dir, `py-${++n}`);
    const root = join(base, 'project');
    await mkdir(root, { recursive: true });
    await mkdir(join(base, 'home'));
    await mkdir(join(base, 'etc'));
    if (kind === 'uv') {
      await writeFile(join(root, 'pyproject.toml'), '[project]\nname = "app"\nversion = "0.1.0"\nrequires-python = ">=3.12"\n');
      await writeFile(join(root, 'uv.lock'), 'version = 1\nrequires-python = ">=3.12"\n');
    } else if (kind === 'pip') {
      await writeFile(join(root, 'requirements.txt'), 'requests==2.32.3\n');
    } else {
      await writeFile(join(root, 'poetry.lock'), '# This file is automatically @generated by Poetry\npackage = []\n');
      await writeFile(join(root, 'poetry.toml'), '[virtualenvs]\nin-project = true\n');
    }
    // The machine's own config folders (XDG_CONFIG_DIRS, /etc/xdg by default) are this test's.
    return { root, home: join(base, 'home'), etc: join(base, 'etc'), env: { XDG_CONFIG_DIRS: join(base, 'etc') } };
  }
  const key = async (
    p: { root: string; home: string; env: Record<string, string> },
    env: Record<string, string> = {},
    command = 'uv sync',
  ) => installedKey(p.root, { home: p.home, env: { ...p.env, ...env } }, command);

  it('reads real pip.conf and uv.toml files: sections, credentials in URLs, uv’s [[index]] tables', async () => {
    const text = (f: string) => readFile(join(fixtures, 'npmrc', f), 'utf8');
    expect(sectionedSettings(await text('datadog-agent.pip.conf'))).toEqual([
      ['index-url', 'https://depot-read-api-python.us1.ddbuild.io/magicmirror/magicmirror/@current/simple/'],
    ]);
    expect(sectionedSettings(await text('artifactory.pip.conf'))).toEqual([
      ['index-url', 'http://admin:<TOKEN>@51.250.94.82:8081/artifactory/api/pypi/pypi/simple'],
      ['trusted-host', '51.250.94.82'],
    ]);
    expect(sectionedSettings(await text('calaw-dotfiles.uv.toml'))).toEqual([
      ['index-name', 'tuna'],
      ['index-url', 'https://mirrors.tuna.tsinghua.edu.cn/pypi/web/simple'],
      ['index-default', 'true'],
    ]);
    expect(
      sectionedSettings(
        '[global]\nextra-index-url =\n    https://a.example/simple\n    https://b.example/simple\n[install]\nno-binary = :all:\n',
      ),
    ).toEqual([
      ['extra-index-url', 'https://a.example/simple\nhttps://b.example/simple'],
      ['no-binary', ':all:'],
    ]);
    expect(sectionedSettings('no-binary-package = [\n  "lxml",\n  "numpy",\n]\n[virtualenvs.options]\nalways-copy = true\n')).toEqual([
      ['no-binary-package', '[ "lxml", "numpy", ]'],
      ['virtualenvs-options-always-copy', 'true'],
    ]);
  });

  it('uv: link mode, bytecode and the user’s uv.toml move the key; pip’s variables do not', async () => {
    const p = await python('uv');
    const base = await key(p);
    expect(base.settings).toEqual([]);
    // A venv of symlinks into uv's cache is broken wherever that cache is not.
    const linked = await key(p, { UV_LINK_MODE: 'symlink' });
    expect(linked.key).not.toBe(base.key);
    expect(linked.settings).toEqual(['env uv:link-mode=symlink']);
    expect((await key(p, { UV_COMPILE_BYTECODE: '1' })).key).not.toBe(base.key);
    expect((await key(p, { PIP_NO_BINARY: ':all:', UV_CACHE_DIR: '/elsewhere' })).key).toBe(base.key);
    await mkdir(join(p.home, '.config', 'uv'), { recursive: true });
    await writeFile(join(p.home, '.config', 'uv', 'uv.toml'), 'link-mode = "symlink"\n');
    const file = await key(p);
    expect(file.settings).toEqual(['user uv.toml uv:link-mode=symlink']);
    expect(file.key).toBe(linked.key);
    // uv.toml in the project is one of its files.
    await rm(join(p.home, '.config'), { recursive: true });
    await writeFile(join(p.root, 'uv.toml'), 'compile-bytecode = true\n');
    expect((await key(p)).key).not.toBe(base.key);
  });

  it('pip: the machine’s pip.conf is read, and a constraint file counts by its content', async () => {
    const p = await python('pip');
    const command = 'pip install -r requirements.txt';
    const base = await key(p, {}, command);
    await mkdir(join(p.etc, 'pip'));
    const constraints = join(p.etc, 'pip', 'constraints.txt');
    await writeFile(constraints, 'urllib3<2\n');
    // As a runner image may ship it: a machine-wide constraint file for every pip install.
    await writeFile(join(p.etc, 'pip', 'pip.conf'), `[global]\nconstraint = ${constraints}\n`);
    const one = await key(p, {}, command);
    expect(one.key).not.toBe(base.key);
    expect(one.settings).toEqual([expect.stringMatching(/^global pip\.conf pip:constraint=\S+constraints\.txt \(sha256 [0-9a-f]{16}\)$/)]);
    await writeFile(constraints, 'urllib3<3\n');
    expect((await key(p, {}, command)).key).not.toBe(one.key);
  });

  it('poetry: the virtualenv is in the project as Poetry resolves it (variable, poetry.toml, its config.toml)', async () => {
    const p = await python('poetry');
    const machine = (env: Record<string, string> = {}): Machine => ({ os: 'Linux', arch: 'X64', env, home: p.home });
    const project = {
      dir: p.root,
      files: ['poetry.lock', 'poetry.toml'],
      read: (f: string) => readFile(join(p.root, f), 'utf8').catch(() => undefined),
    };
    expect(await installedTree('poetry', machine(), project)).toMatchObject({ tree: { paths: ['.venv'] } });
    // The variable wins over the project's file, as in Poetry.
    expect(await installedTree('poetry', machine({ POETRY_VIRTUALENVS_IN_PROJECT: 'false' }), project)).toHaveProperty('none');
    await rm(join(p.root, 'poetry.toml'));
    expect(await installedTree('poetry', machine(), project)).toHaveProperty('none');
    await mkdir(join(p.home, '.config', 'pypoetry'), { recursive: true });
    await writeFile(join(p.home, '.config', 'pypoetry', 'config.toml'), '[virtualenvs]\nin-project = true\n');
    expect(await installedTree('poetry', machine(), project)).toMatchObject({ tree: { paths: ['.venv'] } });
  });

  it('poetry: its variables and config.toml are read by section', async () => {
    const p = await python('poetry');
    const command = 'poetry install';
    const base = await key(p, {}, command);
    const copy = await key(p, { POETRY_VIRTUALENVS_OPTIONS_ALWAYS_COPY: 'true' }, command);
    expect(copy.key).not.toBe(base.key);
    await mkdir(join(p.home, '.config', 'pypoetry'), { recursive: true });
    await writeFile(join(p.home, '.config', 'pypoetry', 'config.toml'), '[virtualenvs.options]\nalways-copy = true\n');
    expect((await key(p, {}, command)).key).toBe(copy.key);
  });

  // Adversarial, property-based: credentials in an index URL, as in AndreuMertvec/artifactory's
  // pip.conf, rotate; they must never move the key, while another index must.
  it('never moves with the credentials in an index URL, and moves with another index', async () => {
    const p = await python('pip');
    const command = 'pip install -r requirements.txt';
    const template = await readFile(join(fixtures, 'npmrc', 'artifactory.pip.conf'), 'utf8');
    await mkdir(join(p.home, '.config', 'pip'), { recursive: true });
    const conf = join(p.home, '.config', 'pip', 'pip.conf');
    await writeFile(conf, template);
    const base = (await key(p, {}, command)).key;
    const secret = fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/);
    await fc.assert(
      fc.asyncProperty(secret, secret, async (user, token) => {
        await writeFile(conf, template.replace('admin:<TOKEN>', `${user}:${token}`));
        const env = { PIP_EXTRA_INDEX_URL: `https://${user}:${token}@pypi.internal.example/simple` };
        const withToken = (await key(p, env, command)).key;
        const again = (await key(p, { PIP_EXTRA_INDEX_URL: 'https://ci:other@pypi.internal.example/simple' }, command)).key;
        return withToken === again && withToken !== base;
      }),
      { numRuns: 20 },
    );
    await writeFile(conf, template.replace('51.250.94.82:8081', '10.0.0.1:8081'));
    expect((await key(p, {}, command)).key).not.toBe(base);
  });
});
