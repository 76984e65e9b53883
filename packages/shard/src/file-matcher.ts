/**
 * Normalises the file part of a test id as a report wrote it: forward slashes, no `./`,
 * relative to `root` when under it. Never apply it to a whole id: the test part is opaque
 * (pytest writes `test[L\xf6]` with a real backslash).
 */
export function normalizePath(path: string, root?: string): string {
  let p = path.replace(/\\/g, '/');
  if (root) {
    const r = root.replace(/\\/g, '/').replace(/\/+$/, '');
    if (r && p.startsWith(`${r}/`)) p = p.slice(r.length + 1);
  }
  return p.replace(/^(\.\/)+/, '');
}

const stem = (p: string): string => p.replace(/\.[^./]+$/, '');

/** Every suffix of a `/`-separated path that starts at a segment: a/b/c -> a/b/c, b/c, c. */
function suffixes(p: string): string[] {
  const out = [p];
  for (let i = p.indexOf('/'); i !== -1; i = p.indexOf('/', i + 1)) out.push(p.slice(i + 1));
  return out;
}

/** Adds `file` under `key`; a key two files share maps to null (ambiguous). */
function add(map: Map<string, string | null>, key: string, file: string): void {
  const prev = map.get(key);
  map.set(key, prev === undefined || prev === file ? file : null);
}

/**
 * Maps the file keys reports write onto the files of the test universe: exact paths, absolute
 * paths, paths relative to another root (Playwright's testDir), Go import paths and Java class
 * names. Each lookup costs a few map reads, so matching is linear in the number of tests.
 */
export class FileMatcher {
  private readonly exact: Set<string>;
  /** Stem (path without extension) -> file. */
  private readonly byStem = new Map<string, string | null>();
  /** Every segment-suffix of a stem -> file. */
  private readonly bySuffix = new Map<string, string | null>();

  constructor(universe: readonly string[]) {
    this.exact = new Set(universe);
    for (const file of universe) {
      const s = stem(file);
      add(this.byStem, s, file);
      for (const suffix of suffixes(s)) add(this.bySuffix, suffix, file);
    }
  }

  /** The universe file a report's key names, or undefined when none (or more than one) does. */
  match(key: string): string | undefined {
    if (this.exact.has(key)) return key;
    const variants = [stem(key)];
    // com.example.PricingTest -> com/example/PricingTest
    if (!key.includes('/') && /^[\w$]+(\.[\w$]+)+$/.test(key)) variants.push(key.replace(/\./g, '/'));
    for (const v of variants) {
      const same = this.byStem.get(v);
      if (same) return same;
      if (same === null) continue;
      const found = new Set<string>();
      let ambiguous = false;
      // The universe file's path ends with the key (the key is relative to a deeper root)...
      const longer = this.bySuffix.get(v);
      if (longer === null) ambiguous = true;
      else if (longer !== undefined) found.add(longer);
      // ...or the key ends with the universe file's path (the key is absolute or from a higher root).
      for (const suffix of suffixes(v).slice(1)) {
        const shorter = this.byStem.get(suffix);
        if (shorter === null) ambiguous = true;
        else if (shorter !== undefined) {
          found.add(shorter);
          break;
        }
      }
      if (!ambiguous && found.size === 1) return [...found][0];
    }
    return undefined;
  }
}
