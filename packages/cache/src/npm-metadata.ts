import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { decode, decodeDocument, parseJson, writeTextFile } from '@slipway/core';
import { expandPath, npmConfig } from './install-settings.js';
import type { Machine } from './machine.js';

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
export const RELEASES_FILE = join('_slipway', 'npm-releases.json');
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
function ownChoiceFlag(word: string): boolean {
  const m = /^--(?:no-)?([^=]+)/.exec(word);
  const name = m?.[1]?.toLowerCase();
  return name !== undefined && (/^@[^:]+:registry$/.test(name) || OWN_CHOICE.some((o) => o.startsWith(name)));
}

/**
 * Whether a command is one `npm ci` and nothing else (no shell list, pipe or substitution), with no
 * flag that decides where npm's metadata comes from. Takes the words of a command line.
 */
export function isPlainNpmCi(words: readonly string[]): boolean {
  const [program, ...rest] = words;
  if (program === undefined || !/^npm(?:\.cmd)?$/.test(basename(program))) return false;
  if (words.some((w) => /[;&|<>`$()]/.test(w))) return false;
  const verb = rest.find((w) => !w.startsWith('-'));
  return verb !== undefined && CI.has(verb) && !rest.some(ownChoiceFlag);
}

/** The words of a command as the action's `install` input writes it; undefined when a shell would do more than split it. */
export function commandWords(command: string): string[] | undefined {
  if (/["'\\\n]/.test(command)) return undefined;
  const words = command.trim().split(/\s+/).filter(Boolean);
  return words.length > 0 ? words : undefined;
}

/** A package's name and release, `name@version`. */
const release = (name: string, version: string): string => `${name}@${version}`;

/**
 * The releases of a package-lock (lockfileVersion 2 or 3, or npm's hidden lockfile) whose tarball
 * npm finds through the registry's metadata: no `resolved` URL, not linked, not bundled inside
 * another package, a plain version. Undefined for a lockfile this cannot read.
 */
export function releasesFromMetadata(lockText: string): string[] | undefined {
  let lock: unknown;
  try {
    lock = JSON.parse(lockText);
  } catch {
    return undefined;
  }
  const packages = (lock as { packages?: unknown } | null)?.packages;
  if (typeof packages !== 'object' || packages === null || Array.isArray(packages)) return undefined;
  const out = new Set<string>();
  for (const [path, raw] of Object.entries(packages as Record<string, unknown>)) {
    const at = path.lastIndexOf('node_modules/');
    if (at < 0 || typeof raw !== 'object' || raw === null) continue;
    const entry = raw as { name?: unknown; version?: unknown; resolved?: unknown; link?: unknown; inBundle?: unknown };
    if (entry.resolved !== undefined || entry.link === true || entry.inBundle === true) continue;
    const name = typeof entry.name === 'string' ? entry.name : path.slice(at + 'node_modules/'.length);
    if (typeof entry.version !== 'string' || !/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/.test(entry.version)) continue;
    out.add(release(name, entry.version));
  }
  return [...out].sort();
}

/** The registry npm asks for a package: its scope's `@scope:registry`, else `registry`. */
export function registryFor(name: string, config: ReadonlyMap<string, string>): string {
  const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined;
  const url =
    (scope !== undefined ? config.get(`${scope.toLowerCase()}:registry`) : undefined) ?? config.get('registry') ?? DEFAULT_REGISTRY;
  return url.replace(/\/+$/, '');
}

/** Every registry setting, as one line: releases listed under other registries say nothing about these. */
export function registriesLine(config: ReadonlyMap<string, string>): string {
  const lines = [`registry=${registryFor('x', config)}`];
  for (const [k, v] of config) if (/^@[^:]+:registry$/.test(k)) lines.push(`${k}=${v.replace(/\/+$/, '')}`);
  return lines.sort().join(' ');
}

const sha = (algo: string, text: string | Buffer): string => createHash(algo).update(text).digest('hex');

/** npm's cache key for a response (make-fetch-happen's). */
const cacheKey = (url: string): string => `make-fetch-happen:request-cache:${url}`;

/** The index bucket a key's entries are in. */
function bucketPath(cacheDir: string, key: string): string {
  const hashed = sha('sha256', key);
  return join(cacheDir, '_cacache', 'index-v5', hashed.slice(0, 2), hashed.slice(2, 4), hashed.slice(4));
}

/** Whether npm's cache has any index entry for a URL (cheap: one file's existence). */
async function indexed(cacheDir: string, url: string): Promise<boolean> {
  return (await stat(bucketPath(cacheDir, cacheKey(url))).catch(() => undefined)) !== undefined;
}

/**
 * The metadata document npm's cache holds for a URL, read as npm's cache (cacache) lays it out: the
 * key's index bucket under `index-v5`, its newest entry that checks, the content it names under
 * `content-v2`, checked against its digest. Undefined for anything missing or that does not check.
 */
export async function storedDocument(cacheDir: string, url: string): Promise<unknown> {
  const key = cacheKey(url);
  const bucket = await readFile(bucketPath(cacheDir, key), 'utf8').catch(() => undefined);
  if (bucket === undefined) return undefined;
  let integrity: string | undefined;
  for (const line of bucket.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const json = line.slice(tab + 1);
    if (sha('sha1', json) !== line.slice(0, tab)) continue;
    try {
      const entry = JSON.parse(json) as { key?: unknown; integrity?: unknown };
      if (entry.key === key) integrity = typeof entry.integrity === 'string' ? entry.integrity : undefined;
    } catch {
      continue;
    }
  }
  const m = /^(sha512|sha384|sha256|sha1)-([A-Za-z0-9+/=]+)$/.exec(integrity?.split(/\s+/)[0] ?? '');
  if (!m) return undefined;
  const [, algo = '', b64 = ''] = m;
  const hex = Buffer.from(b64, 'base64').toString('hex');
  const content = await readFile(join(cacheDir, '_cacache', 'content-v2', algo, hex.slice(0, 2), hex.slice(2, 4), hex.slice(4))).catch(
    () => undefined,
  );
  if (content === undefined || sha(algo, content) !== hex) return undefined;
  try {
    return JSON.parse(content.toString('utf8'));
  } catch {
    return undefined;
  }
}

/** What the store holds for a release: its package's metadata with it, without it, or no metadata (npm then fetches it). */
export type Held = 'holds' | 'lacks' | 'absent';

/** Whether the cache is laid out as this module reads it: `index-v5` and `content-v2` only. */
async function knownLayout(cacheDir: string): Promise<boolean> {
  const entries = await readdir(join(cacheDir, '_cacache')).catch(() => [] as string[]);
  const versioned = entries.filter((e) => /^(?:index|content)-v\d+$/.test(e));
  return versioned.includes('index-v5') && versioned.every((e) => e === 'index-v5' || e === 'content-v2');
}

/** Looks a release up in the store's metadata document for its package. */
async function heldInStore(cacheDir: string, config: ReadonlyMap<string, string>, nameAtVersion: string): Promise<Held> {
  const at = nameAtVersion.lastIndexOf('@');
  const [name, version] = [nameAtVersion.slice(0, at), nameAtVersion.slice(at + 1)];
  const url = `${registryFor(name, config)}/${name.replace('/', '%2f')}`;
  if (!(await indexed(cacheDir, url))) return 'absent';
  const versions = ((await storedDocument(cacheDir, url)) as { versions?: unknown } | undefined)?.versions;
  // A document that is there but does not read is not known to hold anything.
  return typeof versions === 'object' && versions !== null && Object.hasOwn(versions, version) ? 'holds' : 'lacks';
}

/**
 * The pure decision. prefer-offline goes wrong only where the store holds a package's metadata
 * without the locked release; metadata the store does not have at all, npm fetches. So every
 * release must be listed by the store's last install, or held, or have no metadata in the store.
 */
export async function everyReleaseKnown(
  needed: readonly string[],
  listed: ReadonlySet<string>,
  held: (release: string) => Promise<Held>,
): Promise<{ known: boolean; listed: number; found: number; absent: number; missing?: string }> {
  const unlisted = needed.filter((r) => !listed.has(r));
  const counts = { listed: needed.length - unlisted.length, found: 0, absent: 0 };
  if (unlisted.length > MAX_LOOKUPS) return { known: false, ...counts, missing: `${unlisted.length} releases` };
  for (const r of unlisted) {
    const h = await held(r);
    if (h === 'lacks') return { known: false, ...counts, missing: r };
    if (h === 'holds') counts.found++;
    else counts.absent++;
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
function sameCache(npm: NpmInstall, config: ReadonlyMap<string, string>): boolean {
  const set = config.get('cache');
  if (set === undefined || set === '') return true;
  const trim = (p: string | undefined): string | undefined => p?.replace(/[\\/]+$/, '');
  return trim(expandPath(npm.machine, set)) === trim(npm.cacheDir);
}

/** A setting the user left at npm's default: not set, empty (how npx hands on a false one), or the default itself. */
const unset = (name: string, v: string | undefined): boolean =>
  v === undefined || v === '' || v === (name === 'cache-min' ? '0' : name === 'cache-max' ? 'Infinity' : 'false');

const listing = decode.object({ schema: decode.literal(SCHEMA), registries: decode.string, releases: decode.array(decode.string) });

/** The releases the store's last install listed, under these registries; none when the file is missing, another registries' or does not read. */
async function readListed(cacheDir: string, registries: string): Promise<Set<string>> {
  const file = join(cacheDir, RELEASES_FILE);
  try {
    const doc = decodeDocument(listing, parseJson(await readFile(file, 'utf8'), file), file);
    return doc.registries === registries ? new Set(doc.releases) : new Set();
  } catch {
    return new Set();
  }
}

/** Where an npm install runs and where its store is. */
export interface NpmInstall {
  /** The project folder (its package-lock.json, its .npmrc). */
  root: string;
  /** npm's cache folder, as the deps layer caches it (absolute). */
  cacheDir: string;
  machine: Machine;
}

/** What to add to the install's environment, and why (or why not). */
export interface MetadataTrust {
  env: Record<string, string>;
  note: string;
}

/**
 * Before `npm ci` with a store restored from the cache: `npm_config_prefer_offline=true` when the
 * store is known to hold the metadata of every release the lockfile needs it for; nothing
 * otherwise. Never throws: a file that cannot be read means the store is not trusted.
 */
export async function trustRestoredMetadata(npm: NpmInstall): Promise<MetadataTrust> {
  const none = (note: string): MetadataTrust => ({ env: {}, note });
  const lock =
    (await readFile(join(npm.root, 'npm-shrinkwrap.json'), 'utf8').catch(() => undefined)) ??
    (await readFile(join(npm.root, 'package-lock.json'), 'utf8').catch(() => undefined));
  const needed = lock === undefined ? undefined : releasesFromMetadata(lock);
  if (needed === undefined) return none('');
  // Every package has its registry URL: npm reads no metadata, so there is nothing to skip.
  if (needed.length === 0) return none('');
  const config = await npmConfig(npm.machine, npm.root).catch(() => undefined);
  if (config === undefined) return none('');
  for (const name of ['prefer-offline', 'prefer-online', 'offline', 'cache-min', 'cache-max']) {
    if (!unset(name, config.get(name))) return none(`npm's ${name} is set; left as it is`);
  }
  if (!sameCache(npm, config))
    return none(`npm's cache is set to ${config.get('cache') ?? ''}, not the restored store: its metadata is not trusted`);
  if (!(await knownLayout(npm.cacheDir)))
    return none("npm's cache is not laid out as expected (index-v5, content-v2): its metadata is not trusted");
  const listed = await readListed(npm.cacheDir, registriesLine(config));
  const result = await everyReleaseKnown(needed, listed, (r) => heldInStore(npm.cacheDir, config, r).catch((): Held => 'lacks'));
  if (!result.known) {
    return none(
      `the restored store's metadata is not known to hold ${result.missing ?? 'every locked release'}: npm checks each document with the registry`,
    );
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
export async function recordInstalledReleases(npm: NpmInstall): Promise<void> {
  try {
    const hidden = await readFile(join(npm.root, 'node_modules', '.package-lock.json'), 'utf8');
    const releases = releasesFromMetadata(hidden);
    if (releases === undefined || releases.length === 0) return;
    const config = await npmConfig(npm.machine, npm.root);
    if (!sameCache(npm, config)) return;
    const doc = { schema: SCHEMA, registries: registriesLine(config), releases };
    await writeTextFile(join(npm.cacheDir, RELEASES_FILE), `${JSON.stringify(doc)}\n`, { what: 'npm release list' });
  } catch {
    // Without the list the next run looks releases up one by one, or leaves npm as it is.
  }
}
