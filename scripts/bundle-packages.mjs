// What an ncc bundle holds, package by package: read from webpack's own module graph (the
// modules of every emitted chunk, the modules inside concatenated ones included), so the
// licence file lists every package whose code ships and a second copy of one package is seen.
import ncc from '@vercel/ncc';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asciiSource } from './ascii-source.mjs';
import { moveDeferredModules } from './deferred-modules.mjs';
import { lazyModules } from './lazy-modules.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The separator between packages in a licence file; a licence text never holds a line like it. */
export const ENTRY_SEPARATOR = '='.repeat(80);
const LICENSE_FILE = /^(licen[cs]e|copying|notice)([-._].*)?$/i;

/** The folder of the npm package a file belongs to (just below its last node_modules), or undefined for the project's own files. */
export function packageRootOf(file) {
  const parts = file.split(sep);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const depth = parts[at + 1].startsWith('@') ? 2 : 1;
  if (at + depth >= parts.length) return undefined;
  return parts.slice(0, at + 1 + depth).join(sep);
}

/** The files of every module in the emitted chunks of a webpack compilation (tree-shaken modules are not emitted). */
export function emittedModuleFiles(compilation) {
  const files = new Set();
  for (const chunk of compilation.chunks) {
    for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
      for (const inner of module.modules ?? [module]) {
        const file = inner.resourceResolveData?.path ?? inner.resource?.split('?')[0];
        if (file) files.add(file);
      }
    }
  }
  return [...files].sort();
}

function declaredLicense(manifest) {
  const { license, licenses } = manifest;
  if (typeof license === 'string' && license.trim()) return license.trim();
  if (license && typeof license.type === 'string') return license.type;
  if (Array.isArray(licenses)) {
    const types = licenses.map((l) => (typeof l === 'string' ? l : l?.type)).filter(Boolean);
    if (types.length > 0) return types.length === 1 ? types[0] : `(${types.join(' OR ')})`;
  }
  return undefined;
}

/** One package as its folder describes it: name, version, declared licence and the texts of its licence files. */
export async function describePackage(dir) {
  const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  const texts = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isFile() && LICENSE_FILE.test(entry.name)) {
      texts.push({ file: entry.name, text: (await readFile(join(dir, entry.name), 'utf8')).replace(/\r\n/g, '\n').trimEnd() });
    }
  }
  return { name: manifest.name, version: manifest.version, license: declaredLicense(manifest), dir, texts };
}

/** The npm packages whose code an ncc build emitted, one entry per package folder, sorted by name then folder. */
export async function bundledPackages(compilation) {
  const dirs = new Set();
  for (const file of emittedModuleFiles(compilation)) {
    const dir = packageRootOf(file);
    if (dir && existsSync(join(dir, 'package.json'))) dirs.add(dir);
  }
  const packages = await Promise.all([...dirs].map(describePackage));
  return packages.sort((a, b) => a.name.localeCompare(b.name) || a.dir.localeCompare(b.dir));
}

/**
 * Second copies npm cannot fold into one, by package, with the versions allowed and why. Any
 * other package present twice in a bundle fails the build; so does a listed one in a version
 * not listed here (an upgrade has to look again).
 */
export const ALLOWED_COPIES = {
  minipass: {
    versions: ['3.3.6', '7.1.3'],
    reason:
      'make-fetch-happen 16 (the latest, under @sigstore/sign and @sigstore/tuf) uses minipass 7 and minipass-flush 1 / minipass-pipeline 1, ' +
      'which need minipass 3 (each gets its own copy); the minipass-7 releases of those two export differently, so an override breaks make-fetch-happen',
  },
  'agent-base': {
    versions: ['7.1.4', '9.0.0'],
    reason:
      "agent-base 9 in two folders (under @npmcli/agent and socks-proxy-agent, for sigstore's make-fetch-happen); the top-level slot holds agent-base 7 " +
      "for the Azure SDK's proxy agents (@typespec/ts-http-runtime requires http(s)-proxy-agent 7 from CommonJS; the 9 releases are ES modules " +
      'with a changed agent-base), and the CLI, which signs and talks to Azure blob stores, bundles both',
  },
  'http-proxy-agent': {
    versions: ['7.0.2', '9.1.0'],
    reason: "the Azure SDK's proxy agent (7) and sigstore's make-fetch-happen (9), both in the CLI: see agent-base",
  },
  'https-proxy-agent': {
    versions: ['7.0.6', '9.1.0'],
    reason: "the Azure SDK's proxy agent (7) and sigstore's make-fetch-happen (9), both in the CLI: see agent-base",
  },
  'lru-cache': {
    versions: ['11.5.3'],
    reason: 'one version in two folders (under @npmcli/agent and cacache): the top-level slot holds lru-cache 5, which babel (jest) needs',
  },
};

/** Packages present more than once (two versions, or two copies of one version): [{ name, copies: [{ version, dir }], allowed }]. */
export function duplicatePackages(packages, allowed = ALLOWED_COPIES) {
  const byName = new Map();
  for (const p of packages) byName.set(p.name, [...(byName.get(p.name) ?? []), p]);
  return [...byName]
    .filter(([, copies]) => copies.length > 1)
    .map(([name, copies]) => ({
      name,
      copies: copies.map((c) => ({ version: c.version, dir: c.dir })),
      allowed: Object.hasOwn(allowed, name) && copies.every((c) => allowed[name].versions.includes(c.version)),
    }));
}

/** The bundler's own runtime code, which every bundle carries. */
export async function bundlerPackage() {
  return describePackage(join(root, 'node_modules', '@vercel', 'ncc'));
}

/**
 * The licence file of one bundle: every bundled package once, with its name, version, declared
 * licence and the text of its licence files (or a line saying it ships none).
 */
export function licenseDocument(packages) {
  const lines = [
    `Third-party software in this bundle: ${packages.length} packages, each listed once with its licence.`,
    "Slipway's own code is under the MIT licence (LICENSE in the repository).",
  ];
  for (const p of packages) {
    lines.push('', ENTRY_SEPARATOR, `Package: ${p.name}`, `Version: ${p.version}`, `License: ${p.license ?? 'not declared'}`, '');
    if (p.texts.length === 0) lines.push('(The package ships no licence file; the licence above is what its package.json declares.)');
    for (const [i, t] of p.texts.entries()) {
      if (i > 0) lines.push('');
      if (p.texts.length > 1) lines.push(`--- ${t.file} ---`);
      lines.push(t.text);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The entries of a licence file written by licenseDocument: [{ name, version, license, text }]. */
export function parseLicenseDocument(text) {
  return text
    .split(`\n${ENTRY_SEPARATOR}\n`)
    .slice(1)
    .map((block) => {
      const [name, version, license, blank, ...rest] = block.split('\n');
      const field = (line, key) => (line?.startsWith(`${key}: `) ? line.slice(key.length + 2) : undefined);
      return {
        name: field(name, 'Package'),
        version: field(version, 'Version'),
        license: field(license, 'License'),
        separated: blank === '',
        text: rest.join('\n').trim(),
      };
    });
}

/**
 * One bundle's files (index.js, chunks, package.json, licenses.txt) and the npm packages inside
 * it; throws when it would hold a second copy of a package that `allowed` does not excuse.
 */
export async function buildBundle(entry, { allowed = ALLOWED_COPIES } = {}) {
  const { code, assets, stats } = await ncc(entry, {
    minify: false,
    sourceMap: false,
    sourceMapRegister: false,
    target: 'es2022',
    quiet: true,
    cache: false,
  });
  const packages = await bundledPackages(stats.compilation);
  const duplicates = duplicatePackages(packages, allowed).filter((d) => !d.allowed);
  if (duplicates.length > 0) {
    const list = duplicates.map((d) => `${d.name}: ${d.copies.map((c) => `${c.version} (${relative(root, c.dir)})`).join(', ')}`);
    throw new Error(
      `the bundle would hold more than one copy of ${duplicates.length} package(s):\n  ${list.join('\n  ')}\n` +
        `align the version ranges or add an npm override in package.json, then npm install`,
    );
  }
  const files = new Map([['index.js', code]]);
  for (const [name, asset] of Object.entries(assets ?? {})) files.set(name, asset.source);
  // One-byte sources: a bundle's code stays in memory as its source text (see ascii-source.mjs).
  for (const [name, content] of files) if (name.endsWith('.js')) files.set(name, asciiSource(String(content)).code);
  // Packages imported at start for a rare path (undici, for a proxy agent) evaluate on first use.
  const deferredIds = [];
  for (const [name, content] of files) {
    if (!name.endsWith('.js')) continue;
    const lazy = lazyModules(String(content));
    files.set(name, lazy.code);
    deferredIds.push(...lazy.ids);
  }
  // ... and the code only they reach is not even read at start (see deferred-modules.mjs).
  for (const [name, content] of moveDeferredModules(files, deferredIds).files) files.set(name, content);
  // ncc writes ESM chunks; the folder needs its own package.json to be read as ESM.
  if (!files.has('package.json')) files.set('package.json', '{"type":"module"}\n');
  // The bundler's runtime is in every bundle, whether or not a module of it was bundled too.
  const listed = packages.some((p) => p.name === '@vercel/ncc') ? packages : [...packages, await bundlerPackage()];
  files.set('licenses.txt', licenseDocument(listed.sort((a, b) => a.name.localeCompare(b.name) || a.dir.localeCompare(b.dir))));
  return { files, packages };
}
