import { posix } from 'node:path';
import { nextApps, type EcosystemId, type ProjectFiles } from './ecosystems.js';
import type { Machine } from './machine.js';

/** What the build layer adds for a project beyond its ecosystem's fixed outputs, and the settings it found missing. */
export interface BuildSettings {
  /** Extra outputs relative to the project (a tsconfig's outDir) or rooted (jest's cache folder). */
  paths: string[];
  /** A tool that would cache nothing without a setting: said in the summary, never silently skipped. */
  notes: string[];
}

/** Reads JSON with comments and trailing commas (tsconfig files); undefined when it still does not parse. */
export function parseJsonc(text: string): unknown {
  try {
    return JSON.parse(text) as unknown; // plain JSON (a lockfile) needs no pass over its characters
  } catch {
    // comments or trailing commas: strip them below
  }
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === '"') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      i = text.indexOf('*/', i + 2);
      if (i < 0) break;
      i++;
    } else out += c;
  }
  try {
    return JSON.parse(out.replace(/,(\s*[}\]])/g, '$1')) as unknown;
  } catch {
    return undefined;
  }
}

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** compilerOptions of a tsconfig with its relative `extends` chain applied (three levels at most). */
async function compilerOptions(project: ProjectFiles, file: string, depth = 0): Promise<Record<string, unknown>> {
  const doc = record(parseJsonc((await project.read(file)) ?? ''));
  const own = record(doc['compilerOptions']);
  const ext = typeof doc['extends'] === 'string' ? doc['extends'] : undefined;
  if (!ext || !ext.startsWith('.') || depth >= 3) return own;
  const target = posix.normalize(posix.join(posix.dirname(file), ext.endsWith('.json') ? ext : `${ext}.json`));
  if (target.startsWith('..')) return own;
  return { ...(await compilerOptions(project, target, depth + 1)), ...own };
}

/** jest's own default: `<realpath(tmpdir)>/jest_<uid in base 36>` (jest-config getCacheDirectory). */
function jestDefaultCache(machine: Machine): string {
  const tmp = (machine.tmpdir ?? (machine.os === 'Windows' ? '~/AppData/Local/Temp' : '/tmp')).replace(/\\/g, '/').replace(/\/+$/, '');
  return machine.uid === undefined || machine.os === 'Windows' ? `${tmp}/jest` : `${tmp}/jest_${machine.uid.toString(36)}`;
}

/** A package's version as `[major, minor]`, from the first `x.y` in a text (a lockfile entry or a manifest range). */
const majorMinor = (text: string | undefined): [number, number] | undefined => {
  const m = /(\d+)\.(\d+)/.exec(text ?? '');
  return m ? [Number(m[1]), Number(m[2])] : undefined;
};

/**
 * The Next.js an app builds with: the version its project's lockfile locks (npm, pnpm, Yarn), else
 * the lowest its manifest's range allows; undefined when neither says. pnpm's and Yarn's lockfiles
 * are read for their first `next` entry, which is the app's unless one project locks two versions.
 */
async function nextVersion(project: ProjectFiles, app: { dir: string }, manifest: unknown): Promise<[number, number] | undefined> {
  const packages = record(record(parseJsonc((await project.read('package-lock.json')) ?? ''))['packages']);
  const npm = record(packages[app.dir ? `${app.dir}/node_modules/next` : 'node_modules/next'] ?? packages['node_modules/next']);
  if (typeof npm['version'] === 'string') return majorMinor(npm['version']);
  // pnpm: `next@15.5.29:` (v9) or `/next@13.4.0:` (v6) under packages; Yarn: `next@^15:` then its version line.
  const pnpm = /^ {2}'?\/?next@(\d+\.\d+)\./m.exec((await project.read('pnpm-lock.yaml')) ?? '');
  if (pnpm) return majorMinor(pnpm[1]);
  const yarn = /^"?next@[^\n]*:\n\s+version:? "?(\d+\.\d+)\./m.exec((await project.read('yarn.lock')) ?? '');
  if (yarn) return majorMinor(yarn[1]);
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
async function nextSettings(machine: Machine, project: ProjectFiles): Promise<string[]> {
  const notes: string[] = [];
  for (const app of nextApps(project)) {
    const where = project.dir ? `${project.dir}/${app.config}` : app.config;
    const manifestText = (await project.read(app.dir ? `${app.dir}/package.json` : 'package.json')) ?? '';
    const version = await nextVersion(project, app, parseJsonc(manifestText));
    if (!version) continue;
    const [major, minor] = version;
    const named = `Next.js ${major}.${minor}`;
    if (machine.container && !machine.env[NEXT_KEY] && (major === 15 || (major === 16 && minor < 5))) {
      notes.push(
        `${where}: ${named} in a container makes a new server-actions key for every build and versions its build cache by it, so webpack's cache in the restored .next/cache is never used, and Turbopack's only in part; set ${NEXT_KEY} for the build (one base64 32-byte key, kept as a secret), or move to Next.js 16.5, which keeps its key in .next/cache in containers too`,
      );
    }
    const webpack = /next build[^"]*--webpack/.test(manifestText);
    const cacheOn = /turbopackFileSystemCacheForBuild\s*:\s*true/.test((await project.read(app.config)) ?? '');
    if (major === 16 && minor < 3 && !webpack && !cacheOn) {
      notes.push(
        `${where}: ${named} builds with Turbopack, which keeps no build cache unless experimental.turbopackFileSystemCacheForBuild is true (the default from Next.js 16.3): set it for the build layer to help`,
      );
    }
  }
  return notes;
}

async function nodeSettings(machine: Machine, project: ProjectFiles): Promise<BuildSettings> {
  const out: BuildSettings = { paths: [], notes: [] };
  for (const file of project.files.filter((f) => /(^|\/)tsconfig(\.[\w-]+)?\.json$/.test(f))) {
    const options = await compilerOptions(project, file);
    const where = project.dir ? `${project.dir}/${file}` : file;
    if (options['incremental'] !== true && options['composite'] !== true) {
      out.notes.push(
        `${where} sets neither incremental nor composite: tsc writes no .tsbuildinfo and rebuilds everything; set "incremental": true for the build layer to help`,
      );
      continue;
    }
    // An incremental tsc trusts its .tsbuildinfo: the outputs it lists must come back with it.
    const outDir = typeof options['outDir'] === 'string' && options['noEmit'] !== true ? options['outDir'] : undefined;
    if (outDir) {
      const path = posix.normalize(posix.join(posix.dirname(file), outDir));
      if (!path.startsWith('..') && path !== '.') out.paths.push(path);
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

async function gradleSettings(project: ProjectFiles): Promise<BuildSettings> {
  const props = (await project.read('gradle.properties')) ?? '';
  if (/^\s*org\.gradle\.caching\s*=\s*true\s*$/m.test(props)) return { paths: [], notes: [] };
  const where = project.dir ? `${project.dir}/gradle.properties` : 'gradle.properties';
  return {
    paths: [],
    notes: [
      `Gradle uses its build cache only when asked: ${where} has no org.gradle.caching=true (or pass --build-cache); without it the build-cache folder stays empty`,
    ],
  };
}

/** Build-layer outputs and missing settings for one project, read from its files. */
export async function buildSettings(id: EcosystemId, machine: Machine, project: ProjectFiles): Promise<BuildSettings> {
  if (id === 'npm' || id === 'pnpm' || id === 'yarn-classic' || id === 'yarn-berry') return nodeSettings(machine, project);
  if (id === 'gradle') return gradleSettings(project);
  return { paths: [], notes: [] };
}
