/** The kinds of finding the gate knows; each has its own policy section. */
export const KINDS = ['vulnerability', 'misconfiguration', 'secret', 'license', 'malware'] as const;
export type Kind = (typeof KINDS)[number];

/** Severities from most to least severe (Grype's Negligible included). */
export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'NEGLIGIBLE', 'UNKNOWN'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * One fix model for every scanner: `fixed` has a fixed version; `not-fixed` is affected with no
 * fix yet; `wont-fix` the vendor will not fix (incl. end of life, deferred); `not-affected`
 * the vendor says the package is not affected; `unknown` the report does not say.
 */
export type FixState = 'fixed' | 'not-fixed' | 'wont-fix' | 'not-affected' | 'unknown';

export interface PackageRef {
  name: string;
  version?: string;
  purl?: string;
  type?: string;
  /** An operating-system package (dpkg, apk, rpm): one per image, whatever file lists it. */
  os?: boolean;
}

/** A scanner finding in the gate's normalised form. */
export interface Finding {
  kind: Kind;
  /** The canonical id: a CVE where one is known, else the scanner's id (GHSA, DS-0002, rule id, SPDX id, signature). */
  id: string;
  /** Every other id the same finding is known by (GHSA for a CVE, DS002 / AVD-DS-0002 for DS-0002). */
  aliases: string[];
  severity: Severity;
  /**
   * Set when the scanner gave no severity ('') or one the gate does not know (`CRITICL`): the
   * text as written. `severity` is then UNKNOWN, and the policy's `unrecognized-severity` decides.
   */
  rawSeverity?: string;
  title?: string;
  cvss?: number;
  epss?: number;
  knownExploited?: boolean;
  fix: { state: FixState; versions: string[] };
  package?: PackageRef;
  /** What the scanner looked at inside the artifact: an OS, a lockfile, a file path. */
  target?: string;
  /** A file path the finding points at (lockfile, Dockerfile, secret location). */
  path?: string;
  /** Every path the scanner says the package was found at (Grype lists them all); `path` is the first. */
  locations?: string[];
  line?: number;
  image?: string;
  layer?: string;
  /** The scanners that reported it (more than one after dedupe). */
  scanners: string[];
  url?: string;
}

const RANK: Record<Severity, number> = { CRITICAL: 5, HIGH: 4, MEDIUM: 3, LOW: 2, NEGLIGIBLE: 1, UNKNOWN: 0 };

/** Orders severities: positive when `a` is more severe than `b`. */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[a] - RANK[b];
}

/** True when `severity` is at or above `threshold`. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

const SPELLINGS: Record<string, Severity> = { MODERATE: 'MEDIUM', INFO: 'NEGLIGIBLE', INFORMATIONAL: 'NEGLIGIBLE' };

/** Maps any scanner's severity spelling (`High`, `high`, `Negligible`, null) onto the model. */
export function normaliseSeverity(raw: string | undefined | null): Severity {
  return readSeverity(raw).severity;
}

/**
 * Reads a scanner's severity: a known spelling gives its severity; a missing one or one the gate
 * does not know gives UNKNOWN plus `rawSeverity` (the text, '' when missing), so the policy can
 * treat it as unreadable instead of as the scanners' own "unknown".
 */
export function readSeverity(raw: string | undefined | null): Pick<Finding, 'severity' | 'rawSeverity'> {
  const up = (raw ?? '').trim().toUpperCase();
  const known = SPELLINGS[up] ?? ((SEVERITIES as readonly string[]).includes(up) ? (up as Severity) : undefined);
  return known ? { severity: known } : { severity: 'UNKNOWN', rawSeverity: (raw ?? '').trim() };
}

/** All ids of a finding, canonical first. */
export function allIds(f: Pick<Finding, 'id' | 'aliases'>): string[] {
  return [f.id, ...f.aliases];
}

/** Picks a CVE as canonical id when the scanner used another (GHSA, distro advisory). */
export function canonicalIds(primary: string, related: readonly string[]): { id: string; aliases: string[] } {
  const all = [...new Set([primary, ...related].filter((x) => x.length > 0))];
  const cve = all.find((x) => /^CVE-\d{4}-\d+$/i.test(x));
  const id = cve ? cve.toUpperCase() : (all[0] ?? 'UNKNOWN');
  return { id, aliases: all.filter((x) => x.toUpperCase() !== id.toUpperCase()) };
}

/** Orders ids by code unit: stable across locales and much faster than localeCompare on large reports. */
export function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
