import { compareSeverity, type Finding } from './finding.js';

/** The identity of a finding across scanners: same rule, same package and version (or file), same image. */
export function findingKey(f: Finding): string {
  const path = (f.path ?? f.target ?? '').replace(/\\/g, '/').replace(/^\/+/, '');
  // The same library in two lockfiles or two node_modules folders is two findings; an OS package is one per image.
  const where =
    f.kind === 'vulnerability'
      ? `${f.package?.name ?? ''}@${f.package?.version ?? ''}${f.package?.os ? '' : `|${path}`}`
      : `${path}:${f.line ?? ''}:${f.package?.name ?? ''}`;
  return `${f.kind}|${f.id.toUpperCase()}|${where}|${f.image ?? ''}`;
}

const FIX_RANK = { fixed: 4, 'not-affected': 3, 'wont-fix': 2, 'not-fixed': 1, unknown: 0 } as const;

function merge(a: Finding, b: Finding): Finding {
  // Scanners disagree on severity and scores: keep the worse, so a merge can only block more.
  const worse = compareSeverity(b.severity, a.severity) > 0 ? b : a;
  const fix = FIX_RANK[b.fix.state] > FIX_RANK[a.fix.state] ? b.fix : a.fix;
  const max = (x?: number, y?: number): number | undefined => (x === undefined ? y : y === undefined ? x : Math.max(x, y));
  const cvss = max(a.cvss, b.cvss);
  const epss = max(a.epss, b.epss);
  return {
    ...b,
    ...a,
    severity: worse.severity,
    aliases: [...new Set([...a.aliases, ...b.aliases])].filter((x) => x !== a.id),
    fix: { state: fix.state, versions: [...new Set([...a.fix.versions, ...b.fix.versions])] },
    scanners: [...new Set([...a.scanners, ...b.scanners])],
    ...(cvss !== undefined ? { cvss } : {}),
    ...(epss !== undefined ? { epss } : {}),
    ...(a.knownExploited || b.knownExploited ? { knownExploited: true } : {}),
  };
}

/** Merges findings that two scanners (or two reports) both reported, so each counts once. */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const f of findings) {
    const key = findingKey(f);
    const seen = byKey.get(key);
    byKey.set(key, seen ? merge(seen, f) : f);
  }
  return [...byKey.values()];
}
