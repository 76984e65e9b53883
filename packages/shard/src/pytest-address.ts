import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';

/**
 * How pytest's JUnit report names a test when it writes no `file` attribute (the default
 * xunit2 family): `classname` is the module path with `/` turned into `.` and `.py` dropped,
 * then any classes (`tests.API.test_x.TestFoo`); `name` is the function with its parameters.
 * A module skipped or broken at import has an empty classname and the dotted module as its name.
 * The mapping loses information (a folder `v1.2` and two folders `v1/2` read alike), so the
 * address is resolved against the files that exist, never guessed when a file list is known.
 */
export interface PytestAddress {
  classname: string;
  name: string;
}

/** The dotted module pytest writes for a path: tests/API/test_x.py -> tests.API.test_x. */
export function dottedModule(path: string): string {
  return path.replace(/\.py$/, '').replace(/\//g, '.');
}

/** The file and the test part (classes and function, `::`-joined; empty for the whole module). */
export interface Located {
  file: string;
  name: string;
}

/** Splits an address once the module part is known to be `moduleLength` characters of the dotted path. */
function split(address: PytestAddress, file: string, moduleLength: number): Located {
  if (address.classname === '') return { file, name: '' };
  const classes = address.classname.slice(moduleLength + 1);
  return { file, name: classes === '' ? address.name : `${classes.split('.').join('::')}::${address.name}` };
}

/** Resolves addresses against a list of known `.py` files (the test universe). */
export class PytestResolver {
  private readonly byModule = new Map<string, string | null>();

  constructor(files: Iterable<string>) {
    for (const f of files) {
      if (!f.endsWith('.py')) continue;
      const m = dottedModule(f);
      // Two files with one dotted name (a/b.py and a.b.py) cannot be told apart: neither is chosen.
      this.byModule.set(m, this.byModule.has(m) && this.byModule.get(m) !== f ? null : f);
    }
  }

  /** The known file whose dotted module is the longest prefix of the address, if exactly one is. */
  resolve(address: PytestAddress): Located | undefined {
    const dotted = address.classname === '' ? address.name : address.classname;
    for (let end = dotted.length; end > 0; end = dotted.lastIndexOf('.', end - 1)) {
      const file = this.byModule.get(dotted.slice(0, end));
      if (file === null) return undefined;
      if (file !== undefined) return split(address, file, end);
      if (address.classname === '') break; // a module-level entry names the module exactly
    }
    return undefined;
  }
}

/**
 * Resolves addresses against the folders under `root`, reading each folder at most once:
 * at each level the dotted path must continue with an existing folder name (which may hold
 * dots) or end in an existing `<name>.py`.
 */
export class PytestFsResolver {
  private readonly listings = new Map<string, Dirent[]>();

  constructor(private readonly root: string) {}

  resolve(address: PytestAddress): Located | undefined {
    const dotted = address.classname === '' ? address.name : address.classname;
    const found = this.walk('', dotted);
    if (found.length !== 1) return undefined;
    const file = found[0] as string;
    const moduleLength = dottedModule(file).length;
    if (address.classname === '' && moduleLength !== dotted.length) return undefined;
    return split(address, file, moduleLength);
  }

  private list(dir: string): Dirent[] {
    let entries = this.listings.get(dir);
    if (!entries) {
      try {
        entries = readdirSync(join(this.root, dir), { withFileTypes: true });
      } catch {
        entries = [];
      }
      this.listings.set(dir, entries);
    }
    return entries;
  }

  /** Every file path whose dotted module is a prefix of `rest` at a dot boundary, below `dir`. */
  private walk(dir: string, rest: string): string[] {
    const out: string[] = [];
    for (const e of this.list(dir)) {
      const path = dir === '' ? e.name : `${dir}/${e.name}`;
      if (e.isDirectory()) {
        if (rest.startsWith(`${e.name}.`)) out.push(...this.walk(path, rest.slice(e.name.length + 1)));
      } else if (e.name.endsWith('.py')) {
        const mod = e.name.slice(0, -3);
        if (rest === mod || rest.startsWith(`${mod}.`)) out.push(path);
      }
    }
    // A deeper module wins over a shallower one of the same prefix (tests/a.py vs tests/a/b.py for tests.a.b).
    if (out.length > 1) {
      const longest = Math.max(...out.map((p) => dottedModule(p).length));
      return out.filter((p) => dottedModule(p).length === longest);
    }
    return out;
  }
}

/**
 * The path a pytest address most likely names when no file can be checked: the module ends at
 * the last part that looks like a test module (`test_*`, `*_test`) before any `Test*` class.
 * Used only when the files are not here; a folder with a dot in its name cannot be recovered.
 */
export function guessPytestPath(address: PytestAddress): Located {
  const dotted = address.classname === '' ? address.name : address.classname;
  const parts = dotted.split('.');
  if (address.classname === '') return { file: `${parts.join('/')}.py`, name: '' };
  const firstClass = parts.findIndex((p, i) => i > 0 && /^Test/.test(p));
  const limit = firstClass < 0 ? parts.length : firstClass;
  let end = limit;
  for (let i = limit - 1; i >= 0; i--) {
    if (/^test_|_test$/.test(parts[i] ?? '')) {
      end = i + 1;
      break;
    }
  }
  const file = `${parts.slice(0, end).join('/')}.py`;
  return split(address, file, parts.slice(0, end).join('.').length);
}
