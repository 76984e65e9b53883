/** Normalises a path a report wrote: forward slashes, no `./`, relative to `root` when under it. */
export function normalizePath(path: string, root?: string): string {
  let p = path.replace(/\\/g, '/');
  if (root) {
    const r = root.replace(/\\/g, '/').replace(/\/+$/, '');
    if (r && p.startsWith(`${r}/`)) p = p.slice(r.length + 1);
  }
  return p.replace(/^(\.\/)+/, '');
}

const stem = (p: string): string => p.replace(/\.[^./]+$/, '');
const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

/**
 * Maps the file keys reports write onto the files of the test universe: exact paths, absolute
 * paths, paths relative to another root (Playwright's testDir), and Java class names.
 */
export class FileMatcher {
  private readonly exact: Set<string>;
  private readonly byStem = new Map<string, string[]>();
  private readonly byBase = new Map<string, string[]>();

  constructor(universe: readonly string[]) {
    this.exact = new Set(universe);
    for (const file of universe) {
      const s = stem(file);
      this.byStem.set(s, [...(this.byStem.get(s) ?? []), file]);
      const b = base(s);
      this.byBase.set(b, [...(this.byBase.get(b) ?? []), file]);
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
      if (same?.length === 1) return same[0];
      const candidates = (this.byBase.get(base(v)) ?? []).filter((f) => stem(f).endsWith(`/${v}`) || v.endsWith(`/${stem(f)}`));
      if (candidates.length === 1) return candidates[0];
    }
    return undefined;
  }
}
