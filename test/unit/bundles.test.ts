import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// @ts-expect-error: the bundle script's helpers are plain JavaScript without type declarations.
import * as helpers from '../../scripts/bundle-packages.mjs';
import { repoRoot } from '../harness/index.js';

interface Pkg {
  name: string;
  version: string;
  license?: string;
  dir: string;
  texts: { file: string; text: string }[];
}
interface Entry {
  name?: string;
  version?: string;
  license?: string;
  separated: boolean;
  text: string;
}
interface Duplicate {
  name: string;
  copies: { version: string; dir: string }[];
  allowed: boolean;
}
const { ALLOWED_COPIES, buildBundle, duplicatePackages, licenseDocument, packageRootOf, parseLicenseDocument } = helpers as {
  ALLOWED_COPIES: Record<string, { versions: string[]; reason: string }>;
  buildBundle: (entry: string, options?: { allowed?: object }) => Promise<{ files: Map<string, string | Buffer>; packages: Pkg[] }>;
  duplicatePackages: (packages: Pkg[], allowed?: object) => Duplicate[];
  licenseDocument: (packages: Pkg[]) => string;
  packageRootOf: (file: string) => string | undefined;
  parseLicenseDocument: (text: string) => Entry[];
};

/** Every bundle folder in the repository: dist/<action>/<step> and the CLI's. */
function bundleFolders(): string[] {
  const out = [join(repoRoot, 'packages/cli/dist')];
  for (const action of readdirSync(join(repoRoot, 'dist')).sort())
    for (const step of ['main', 'post'])
      if (existsSync(join(repoRoot, 'dist', action, step, 'index.js'))) out.push(join(repoRoot, 'dist', action, step));
  return out;
}

/** Packages whose ES modules webpack concatenated into the bundle: it names each in a comment (`CONCATENATED MODULE: ./node_modules/...`). */
function concatenatedPackages(folder: string): Set<string> {
  const names = new Set<string>();
  for (const file of readdirSync(folder).filter((f) => /\.c?js$/.test(f))) {
    const text = readFileSync(join(folder, file), 'utf8');
    for (const m of text.matchAll(/CONCATENATED MODULE: \.\/(\S*node_modules\/\S+)/g)) {
      const root = packageRootOf(m[1]!);
      if (root) names.add(root.slice(root.lastIndexOf('node_modules/') + 'node_modules/'.length));
    }
  }
  return names;
}

describe('the committed bundles', () => {
  const folders = bundleFolders();

  it('are all found: one per action step with a source entry, and the CLI', () => {
    const entries = readdirSync(join(repoRoot, 'actions')).flatMap((a) =>
      ['main', 'post'].filter((s) => existsSync(join(repoRoot, 'actions', a, 'src', `${s}.ts`))).map((s) => join(repoRoot, 'dist', a, s)),
    );
    expect(folders.sort()).toEqual([join(repoRoot, 'packages/cli/dist'), ...entries].sort());
  });

  it.each(folders.map((f) => [f.slice(repoRoot.length + 1), f]))(
    '%s: its licence file names every package once, with version, licence and text',
    (_name, folder) => {
      const text = readFileSync(join(folder, 'licenses.txt'), 'utf8');
      const entries = parseLicenseDocument(text);
      expect(text).toMatch(new RegExp(`^Third-party software in this bundle: ${entries.length} packages`));
      expect(entries.length).toBeGreaterThan(1);
      for (const e of entries) {
        expect({ name: e.name, ok: Boolean(e.name && e.version && e.license && e.separated && e.text) }).toEqual({
          name: e.name,
          ok: true,
        });
      }
      // One version of each package, unless the clash is one npm cannot resolve (listed with its reason).
      const versions = new Map<string, string[]>();
      for (const e of entries) versions.set(e.name!, [...(versions.get(e.name!) ?? []), e.version!]);
      for (const [name, list] of versions) {
        if (list.length === 1) continue;
        expect({ name, versions: list, allowed: list.every((v) => ALLOWED_COPIES[name]?.versions.includes(v) ?? false) }).toEqual({
          name,
          versions: list,
          allowed: true,
        });
      }
      // Every package the bundle's own text shows is inside it is in the licence file.
      const listed = new Set(entries.map((e) => e.name));
      expect([...concatenatedPackages(folder)].filter((n) => !listed.has(n))).toEqual([]);
    },
  );

  it('are written in ASCII, so that V8 keeps their source as a one-byte string', () => {
    for (const folder of folders) {
      for (const file of readdirSync(folder).filter((f) => /\.c?js$/.test(f))) {
        const text = readFileSync(join(folder, file), 'utf8');
        const wide = [...text].filter((c) => c.charCodeAt(0) > 0x7f).length;
        expect({ file: join(folder, file), wide }).toEqual({ file: join(folder, file), wide: 0 });
      }
    }
  });

  it('hold no @actions/artifact and one copy of the Azure storage client at most', () => {
    for (const folder of folders) {
      const names = parseLicenseDocument(readFileSync(join(folder, 'licenses.txt'), 'utf8')).map((e) => e.name);
      expect({ folder, artifact: names.includes('@actions/artifact') }).toEqual({ folder, artifact: false });
      expect({ folder, blob: names.filter((n) => n === '@azure/storage-blob').length <= 1 }).toEqual({ folder, blob: true });
    }
  });
});

describe('duplicatePackages', () => {
  const pkg = (name: string, version: string, dir: string): Pkg => ({ name, version, dir, license: 'MIT', texts: [] });

  it('flags two versions of one package, and two copies of one version', () => {
    const found = duplicatePackages(
      [
        pkg('a', '1.0.0', '/n/a'),
        pkg('a', '2.0.0', '/n/x/n/a'),
        pkg('b', '1.0.0', '/n/b'),
        pkg('b', '1.0.0', '/n/y/n/b'),
        pkg('c', '1.0.0', '/n/c'),
      ],
      {},
    );
    expect(found).toEqual([
      {
        name: 'a',
        copies: [
          { version: '1.0.0', dir: '/n/a' },
          { version: '2.0.0', dir: '/n/x/n/a' },
        ],
        allowed: false,
      },
      {
        name: 'b',
        copies: [
          { version: '1.0.0', dir: '/n/b' },
          { version: '1.0.0', dir: '/n/y/n/b' },
        ],
        allowed: false,
      },
    ]);
  });

  it('excuses a listed clash only in the listed versions', () => {
    const allowed = { a: { versions: ['1.0.0', '2.0.0'], reason: 'r' } };
    expect(duplicatePackages([pkg('a', '1.0.0', '/1'), pkg('a', '2.0.0', '/2')], allowed)[0]?.allowed).toBe(true);
    expect(duplicatePackages([pkg('a', '1.0.0', '/1'), pkg('a', '3.0.0', '/3')], allowed)[0]?.allowed).toBe(false);
  });
});

describe('an ncc build of an entry holding two versions of one package', () => {
  const entry = join(repoRoot, 'test/fixtures/bundles/two-minipass.mjs');
  const dirOf = (...parts: string[]): string => join(repoRoot, 'node_modules', ...parts);

  it('is refused, naming the package, both versions and their folders', async () => {
    await expect(buildBundle(entry, { allowed: {} })).rejects.toThrow(
      /more than one copy of 1 package\(s\):\n {2}minipass: (7\.1\.3 \(node_modules\/minipass\), 3\.3\.6 \(node_modules\/minipass-flush\/node_modules\/minipass\)|3\.3\.6 \(node_modules\/minipass-flush\/node_modules\/minipass\), 7\.1\.3 \(node_modules\/minipass\))/,
    );
  });

  it('when the clash is excused, lists each package folder bundled with its own licence text', async () => {
    const { files, packages } = await buildBundle(entry);
    expect(packages.map((p) => [p.name, p.version, p.dir]).sort()).toEqual(
      [
        ['minipass', '3.3.6', dirOf('minipass-flush', 'node_modules', 'minipass')],
        ['minipass', '7.1.3', dirOf('minipass')],
        ['minipass-flush', '1.0.7', dirOf('minipass-flush')],
      ].sort(),
    );
    const entries = parseLicenseDocument(String(files.get('licenses.txt')));
    expect(entries.map((e) => `${e.name}@${e.version}`).sort()).toEqual(
      ['@vercel/ncc@0.45.0', 'minipass-flush@1.0.7', 'minipass@3.3.6', 'minipass@7.1.3'].sort(),
    );
    const flush = entries.find((e) => e.name === 'minipass-flush')!;
    expect(flush.license).toBe((JSON.parse(readFileSync(dirOf('minipass-flush', 'package.json'), 'utf8')) as { license: string }).license);
    expect(flush.text).toBe(readFileSync(dirOf('minipass-flush', 'LICENSE.md'), 'utf8').trim());
  }, 120_000);
});

describe('licenseDocument', () => {
  it('says so when a package ships no licence file, and keeps several files apart', () => {
    const text = licenseDocument([
      { name: 'bare', version: '1.0.0', license: 'MIT', dir: '/x', texts: [] },
      {
        name: 'two',
        version: '2.0.0',
        dir: '/y',
        texts: [
          { file: 'LICENSE', text: 'A' },
          { file: 'NOTICE', text: 'B' },
        ],
      },
    ]);
    const [bare, two] = parseLicenseDocument(text);
    expect(bare).toMatchObject({ name: 'bare', version: '1.0.0', license: 'MIT', text: expect.stringMatching(/ships no licence file/) });
    expect(two).toMatchObject({ name: 'two', license: 'not declared', text: '--- LICENSE ---\nA\n\n--- NOTICE ---\nB' });
  });
});
