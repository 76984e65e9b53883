import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  commandWords,
  everyReleaseKnown,
  isPlainNpmCi,
  RELEASES_FILE,
  recordInstalledReleases,
  registriesLine,
  registryFor,
  releasesFromMetadata,
  storedDocument,
  trustRestoredMetadata,
  type Held,
  type NpmInstall,
} from '../src/npm-metadata.js';

// Whether `npm ci` over a restored store may skip checking each stored metadata document with the
// registry. The store is a real npm cache (npm 11 writing is-number's metadata and tarball), the
// project a lockfile npm wrote without registry URLs; see test/fixtures/cache/SOURCE.md.
const fixtures = fileURLToPath(new URL('../../../test/fixtures/cache/', import.meta.url));
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const NPMJS = 'https://registry.npmjs.org';
let root: string;
let n = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'slipway-npm-metadata-'));
});
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** A fresh copy of the real npm cache and of the project, and an empty HOME. */
async function setup(lock?: (text: string) => string): Promise<NpmInstall> {
  const dir = join(root, `case-${++n}`);
  await cp(join(fixtures, 'npm-cache'), join(dir, 'cache'), { recursive: true });
  await cp(join(fixtures, 'npm-no-urls'), join(dir, 'project'), { recursive: true });
  await mkdir(join(dir, 'home'));
  if (lock) {
    const file = join(dir, 'project', 'package-lock.json');
    await writeFile(file, lock(await readFile(file, 'utf8')));
  }
  return {
    root: join(dir, 'project'),
    cacheDir: join(dir, 'cache'),
    machine: { os: 'Linux', arch: 'x64', env: {}, home: join(dir, 'home') },
  };
}

/** Every file under a folder, relative to it. */
async function files(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('which commands may be told to trust the store', () => {
  it('one plain npm ci, with or without flags of its own', () => {
    expect(isPlainNpmCi(['npm', 'ci'])).toBe(true);
    expect(isPlainNpmCi(['npm', 'ci', '--no-audit', '--no-fund', '--ignore-scripts'])).toBe(true);
    expect(isPlainNpmCi(['/usr/bin/npm', 'clean-install'])).toBe(true);
    expect(isPlainNpmCi(['npm', '--loglevel=warn', 'ci'])).toBe(true);
    expect(isPlainNpmCi(['npm.cmd', 'ic'])).toBe(true);
    // Flags that only share a first letter with those that choose where metadata comes from.
    expect(isPlainNpmCi(['npm', 'ci', '--omit=dev', '--cafile=/etc/ca.pem', '--prefer-dedupe', '--no-optional'])).toBe(true);
  });

  it('not another command, a shell list, or a flag that chooses where metadata comes from', () => {
    for (const words of [
      ['npm', 'install'],
      ['npm', 'ci', '&&', 'npm', 'run', 'build'],
      ['npm', 'ci', '--prefer-online'],
      ['npm', 'ci', '--offline'],
      ['npm', 'ci', '--prefer-offline=false'],
      ['npm', 'ci', '--cache', '/elsewhere'],
      ['npm', 'ci', '--registry=https://mirror.example/'],
      ['npm', 'ci', '--@corp:registry=https://corp.example/'],
      ['npm', 'ci', '--before=2024-01-01'],
      // npm takes any shortening of a flag's name, and its old spellings of prefer-offline/online.
      ['npm', 'ci', '--prefer-onl'],
      ['npm', 'ci', '--no-prefer-offl'],
      ['npm', 'ci', '--reg=https://mirror.example/'],
      ['npm', 'ci', '--cache-min=9999'],
      ['npm', 'ci', '--cache-max', '0'],
      ['npm', 'ci', '--userconfig', '/elsewhere/.npmrc'],
      ['npm', 'ci', '--PREFER-ONLINE'],
      ['npm', 'ci', '$(echo', 'x)'],
      ['npx', 'npm', 'ci'],
      ['pnpm', 'install', '--frozen-lockfile'],
      // `--loglevel warn ci`: the verb cannot be told from a flag's value, so no.
      ['npm', '--loglevel', 'warn', 'ci'],
      [],
    ]) {
      expect([words, isPlainNpmCi(words)]).toEqual([words, false]);
    }
  });

  it('splits an input only where a shell would do nothing more than split it', () => {
    expect(commandWords('  npm ci   --no-audit ')).toEqual(['npm', 'ci', '--no-audit']);
    expect(commandWords('npm ci "--cache=/a b"')).toBeUndefined();
    expect(commandWords("npm ci '--prefer-online'")).toBeUndefined();
    expect(commandWords('npm ci \\\n --prefer-online')).toBeUndefined();
    expect(commandWords('')).toBeUndefined();
  });
});

describe('the releases a lockfile reads metadata for', () => {
  it('this repository’s lockfile (written without registry URLs): every package but its workspaces’ links', async () => {
    const text = await readFile(join(repo, 'package-lock.json'), 'utf8');
    const lock = JSON.parse(text) as { packages: Record<string, { resolved?: string; link?: boolean }> };
    const releases = releasesFromMetadata(text) ?? [];
    const entries = Object.entries(lock.packages).filter(([k, v]) => k.includes('node_modules/') && !v.link && v.resolved === undefined);
    expect(releases.length).toBeGreaterThan(1000);
    expect(releases.length).toBeLessThanOrEqual(entries.length);
    expect(releases).toContain(`typescript@${(lock.packages['node_modules/typescript'] as { version: string }).version}`);
    expect(releases.some((r) => r.startsWith('@slipway/'))).toBe(false);
  });

  it('a lockfile that records where each package comes from needs none; an old lockfile format is not read', async () => {
    expect(releasesFromMetadata(await readFile(join(fixtures, 'npm-app', 'package-lock.json'), 'utf8'))).toEqual([]);
    // minipass-sized's own lockfile, lockfileVersion 1: no `packages` to read, so nothing is trusted.
    expect(
      releasesFromMetadata(await readFile(join(repo, 'bench', 'data', 'cache', 'minipass-sized.package-lock.json'), 'utf8')),
    ).toBeUndefined();
  });

  it('leaves out links, bundled packages, git and file sources; reads an alias by its real name', () => {
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { name: 'app' },
        'node_modules/app-lib': { resolved: 'packages/lib', link: true },
        'packages/lib': { version: '1.0.0' },
        'node_modules/from-git': {
          version: '1.0.0',
          resolved: 'git+ssh://git@github.com/o/r.git#0123456789abcdef0123456789abcdef01234567',
        },
        'node_modules/from-file': { version: '1.0.0', resolved: 'file:vendor/x.tgz' },
        'node_modules/inner': { version: '2.0.0', inBundle: true },
        'node_modules/old': { version: '1.2.3', name: 'real-name' },
        'node_modules/a/node_modules/@s/b': { version: '0.1.0-rc.1' },
        'node_modules/odd': { version: 'github:o/r' },
      },
    };
    expect(releasesFromMetadata(JSON.stringify(lock))).toEqual(['@s/b@0.1.0-rc.1', 'real-name@1.2.3']);
  });

  it('reads nothing from a lockfile it cannot read, and never throws (property)', () => {
    expect(releasesFromMetadata('{"lockfileVersion":1,"dependencies":{}}')).toBeUndefined();
    expect(releasesFromMetadata('not json')).toBeUndefined();
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const out = releasesFromMetadata(text);
        return out === undefined || out.every((r) => typeof r === 'string');
      }),
    );
  });
});

describe('registries', () => {
  it("a scope's registry, else the registry, without trailing slashes", () => {
    const config = new Map([
      ['registry', 'https://mirror.example/npm/'],
      ['@corp:registry', 'https://corp.example//'],
    ]);
    expect(registryFor('left-pad', config)).toBe('https://mirror.example/npm');
    expect(registryFor('@corp/lib', config)).toBe('https://corp.example');
    expect(registryFor('@other/lib', config)).toBe('https://mirror.example/npm');
    expect(registryFor('left-pad', new Map())).toBe(NPMJS);
    expect(registriesLine(config)).toBe('@corp:registry=https://corp.example registry=https://mirror.example/npm');
  });
});

describe("the store's metadata, read as npm's cache lays it out", () => {
  it('finds the document npm stored, checked against its digest', async () => {
    const npm = await setup();
    const doc = (await storedDocument(npm.cacheDir, `${NPMJS}/is-number`)) as { name: string; versions: Record<string, unknown> };
    expect(doc.name).toBe('is-number');
    expect(Object.keys(doc.versions)).toContain('7.0.0');
    expect(await storedDocument(npm.cacheDir, `${NPMJS}/is-odd`)).toBeUndefined();
    expect(await storedDocument(npm.cacheDir, 'https://mirror.example/is-number')).toBeUndefined();
  });

  // Adversarial: a document changed after npm stored it, or an index line that does not check, is
  // not read: it could list a release the registry never had.
  it('a tampered document or index line is not read', async () => {
    const npm = await setup();
    const content = await files(join(npm.cacheDir, '_cacache', 'content-v2'));
    let tampered = 0;
    for (const f of content) {
      const text = await readFile(f, 'utf8').catch(() => '');
      if (!text.startsWith('{')) continue;
      await writeFile(f, text.replace('"7.0.0"', '"7.0.1"'));
      tampered++;
    }
    expect(tampered).toBe(1);
    expect(await storedDocument(npm.cacheDir, `${NPMJS}/is-number`)).toBeUndefined();

    const other = await setup();
    for (const f of await files(join(other.cacheDir, '_cacache', 'index-v5'))) {
      const text = await readFile(f, 'utf8');
      // The JSON changed, its sha1 left as it was.
      await writeFile(f, text.replace(/"time":\d+/g, '"time":1'));
    }
    expect(await storedDocument(other.cacheDir, `${NPMJS}/is-number`)).toBeUndefined();
  });
});

describe('trusting a restored store', () => {
  it('trusts it when the locked release is in its metadata, and says so', async () => {
    const trust = await trustRestoredMetadata(await setup());
    expect(trust.env).toEqual({ npm_config_prefer_offline: 'true' });
    expect(trust.note).toMatch(/the 1 locked releases .*0 installed by its last run, 1 found in it, 0 not in it/);
  });

  // Adversarial: a release the store's metadata does not hold (published after the store was
  // saved) never gets prefer-offline, whatever its version: npm would stop with ETARGET.
  it('never trusts it for a release its metadata lacks (property)', async () => {
    const base = await setup();
    const held = Object.keys(
      ((await storedDocument(base.cacheDir, `${NPMJS}/is-number`)) as { versions: Record<string, unknown> }).versions,
    );
    await fc.assert(
      fc.asyncProperty(
        fc
          .tuple(fc.nat(99), fc.nat(99), fc.nat(99))
          .map(([a, b, c]) => `${a}.${b}.${c}`)
          .filter((v) => !held.includes(v)),
        async (v) => {
          const file = join(base.root, 'package-lock.json');
          const text = await readFile(join(fixtures, 'npm-no-urls', 'package-lock.json'), 'utf8');
          await writeFile(file, text.replaceAll('"version": "7.0.0"', `"version": "${v}"`));
          const trust = await trustRestoredMetadata(base);
          return trust.env['npm_config_prefer_offline'] === undefined && trust.note.includes(`is-number@${v}`);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('trusts a release its last install listed, under the same registries only', async () => {
    const npm = await setup((t) => t.replaceAll('"version": "7.0.0"', '"version": "7.0.9"'));
    expect((await trustRestoredMetadata(npm)).env).toEqual({});
    await mkdir(join(npm.cacheDir, '_slipway'));
    const list = (registries: string) =>
      writeFile(
        join(npm.cacheDir, RELEASES_FILE),
        JSON.stringify({ schema: 'slipway-npm-releases/1', registries, releases: ['is-number@7.0.9'] }),
      );
    await list('registry=https://mirror.example');
    expect((await trustRestoredMetadata(npm)).env).toEqual({});
    await list(`registry=${NPMJS}`);
    expect(await trustRestoredMetadata(npm)).toMatchObject({ env: { npm_config_prefer_offline: 'true' } });
    await writeFile(join(npm.cacheDir, RELEASES_FILE), '{"schema":');
    expect((await trustRestoredMetadata(npm)).env).toEqual({});
  });

  it('leaves npm alone where the user set how fresh metadata must be, or another cache', async () => {
    const npm = await setup();
    await writeFile(join(npm.root, '.npmrc'), 'prefer-online=true\n');
    expect(await trustRestoredMetadata(npm)).toEqual({ env: {}, note: "npm's prefer-online is set; left as it is" });
    await writeFile(join(npm.root, '.npmrc'), '');
    await writeFile(join(npm.machine.home ?? '', '.npmrc'), 'offline=true\n');
    expect((await trustRestoredMetadata(npm)).env).toEqual({});
    await writeFile(join(npm.machine.home ?? '', '.npmrc'), 'cache=/somewhere/else\n');
    expect((await trustRestoredMetadata(npm)).note).toContain('/somewhere/else');
    // A relative cache folder is not known to be the restored one; `~/` is expanded.
    await writeFile(join(npm.machine.home ?? '', '.npmrc'), 'cache=.npm\n');
    expect((await trustRestoredMetadata(npm)).env).toEqual({});
    await writeFile(join(npm.machine.home ?? '', '.npmrc'), 'cache=~/../cache/\n');
    expect((await trustRestoredMetadata(npm)).env).toEqual({ npm_config_prefer_offline: 'true' });
    // npm's old spelling of prefer-offline, set by the user.
    await writeFile(join(npm.machine.home ?? '', '.npmrc'), 'cache-min=9999\n');
    expect((await trustRestoredMetadata(npm)).note).toBe("npm's cache-min is set; left as it is");
    await writeFile(join(npm.machine.home ?? '', '.npmrc'), '');
    // npx hands a false setting on as an empty variable: not a choice.
    const viaNpx = {
      ...npm,
      machine: { ...npm.machine, env: { npm_config_prefer_online: '', npm_config_offline: 'false', npm_config_cache_max: 'Infinity' } },
    };
    expect((await trustRestoredMetadata(viaNpx)).env).toEqual({ npm_config_prefer_offline: 'true' });
    // The metadata is looked up at the registry the project's .npmrc names: the store has none from
    // it, so nothing was read to check the reading by, and the store is not trusted.
    await writeFile(join(npm.root, '.npmrc'), 'registry=https://mirror.example/\n');
    expect((await trustRestoredMetadata(npm)).note).toContain('is-number@7.0.0 (no document of the store could be read to check)');
  });

  it('the pure decision: looks up only what is not listed, and stops at the first a held document lacks', async () => {
    const asked: string[] = [];
    const held = (r: string): Promise<Held> => {
      asked.push(r);
      return Promise.resolve(r.startsWith('c@') ? 'lacks' : r.startsWith('x@') ? 'absent' : 'holds');
    };
    expect(await everyReleaseKnown(['a@1.0.0', 'b@1.0.0', 'x@1.0.0'], new Set(['a@1.0.0']), held)).toEqual({
      known: true,
      listed: 1,
      found: 1,
      absent: 1,
    });
    expect(asked).toEqual(['b@1.0.0', 'x@1.0.0']);
    expect((await everyReleaseKnown(['a@1.0.0', 'c@1.0.0', 'd@1.0.0'], new Set(['a@1.0.0']), held)).missing).toBe('c@1.0.0');
    // Only absent ones: a listed release is read to check the reading, and nothing at all is not enough.
    asked.length = 0;
    expect(await everyReleaseKnown(['a@1.0.0', 'x@1.0.0'], new Set(['a@1.0.0']), held)).toMatchObject({ known: true, absent: 1 });
    expect(asked).toEqual(['x@1.0.0', 'a@1.0.0']);
    expect(await everyReleaseKnown(['x@1.0.0'], new Set(), held)).toMatchObject({ known: false });
    expect(await everyReleaseKnown(['c@1.0.0', 'x@2.0.0'], new Set(['c@1.0.0']), held)).toMatchObject({ known: false });
    const many = Array.from({ length: 257 }, (_, i) => `p${i}@1.0.0`);
    expect(await everyReleaseKnown(many, new Set(), held)).toMatchObject({ known: false, missing: '257 releases' });
  });

  // A package whose metadata the store never held (an optional package for another platform) is
  // fetched by npm under prefer-offline: it does not stop the store being trusted.
  it('trusts it where a locked package has no metadata in the store at all', async () => {
    const withOdd = (t: string): string => {
      const lock = JSON.parse(t) as { packages: Record<string, unknown> };
      lock.packages['node_modules/is-odd'] = { version: '3.0.1', integrity: 'sha512-x', optional: true };
      return JSON.stringify(lock);
    };
    const npm = await setup(withOdd);
    const trust = await trustRestoredMetadata(npm);
    expect(trust.env).toEqual({ npm_config_prefer_offline: 'true' });
    expect(trust.note).toContain('1 found in it, 1 not in it, which npm fetches');
  });

  // Adversarial: were npm's cache laid out or keyed otherwise, every document would look absent,
  // and "absent" would let prefer-offline through over documents that lack a release.
  it('never trusts "absent" unless one document was read where it is expected', async () => {
    const only = await setup((t) => t.replaceAll('is-number', 'is-odd'));
    expect((await trustRestoredMetadata(only)).note).toContain('no document of the store could be read to check');
    // A listed release probes the reading instead, and must be found.
    const both = (t: string): string => {
      const lock = JSON.parse(t) as { packages: Record<string, unknown> };
      lock.packages['node_modules/is-odd'] = { version: '3.0.1', integrity: 'sha512-x' };
      return JSON.stringify(lock);
    };
    const listedOne = await setup(both);
    await mkdir(join(listedOne.cacheDir, '_slipway'));
    await writeFile(
      join(listedOne.cacheDir, RELEASES_FILE),
      JSON.stringify({ schema: 'slipway-npm-releases/1', registries: `registry=${NPMJS}`, releases: ['is-number@7.0.0'] }),
    );
    expect((await trustRestoredMetadata(listedOne)).env).toEqual({ npm_config_prefer_offline: 'true' });
    // The same, with npm's cache under another layout: nothing can be read, nothing is trusted.
    await rename(join(listedOne.cacheDir, '_cacache', 'index-v5'), join(listedOne.cacheDir, '_cacache', 'index-v6'));
    expect(await trustRestoredMetadata(listedOne)).toEqual({
      env: {},
      note: "npm's cache is not laid out as expected (index-v5, content-v2): its metadata is not trusted",
    });
  });
});

describe('recording what an install took from the metadata', () => {
  it("lists the hidden lockfile's releases in the store, and nothing when npm uses another cache", async () => {
    const npm = await setup();
    await mkdir(join(npm.root, 'node_modules'));
    await cp(join(npm.root, 'package-lock.json'), join(npm.root, 'node_modules', '.package-lock.json'));
    await recordInstalledReleases(npm);
    expect(JSON.parse(await readFile(join(npm.cacheDir, RELEASES_FILE), 'utf8'))).toEqual({
      schema: 'slipway-npm-releases/1',
      registries: `registry=${NPMJS}`,
      releases: ['is-number@7.0.0'],
    });
    const elsewhere = await setup();
    await mkdir(join(elsewhere.root, 'node_modules'));
    await cp(join(elsewhere.root, 'package-lock.json'), join(elsewhere.root, 'node_modules', '.package-lock.json'));
    await writeFile(join(elsewhere.root, '.npmrc'), 'cache=/somewhere/else\n');
    await recordInstalledReleases(elsewhere);
    await expect(readFile(join(elsewhere.cacheDir, RELEASES_FILE))).rejects.toThrow();
  });
});
