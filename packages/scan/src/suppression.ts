import { parseCalendarDate } from '@slipway/core';
import { allIds, type Finding } from './finding.js';
import { pathMatches } from './path-glob.js';
import { imageMatches } from './policy.js';

/** Where a suppression came from. */
export type SuppressionOrigin = 'policy' | 'trivyignore' | 'grype-ignore' | 'vex';

/** One rule that may set findings aside: a policy exception, an ignore-file entry or a VEX statement. */
export interface SuppressionRule {
  origin: SuppressionOrigin;
  /** The file the rule came from. */
  source: string;
  /** A vulnerability or rule id; `*` matches any id (Grype rules scoped by package or fix state only). */
  id: string;
  reason?: string;
  /** Last day it holds (YYYY-MM-DD, UTC); none means it never expires. */
  expires?: string;
  package?: string;
  version?: string;
  /** purls (with or without version); a finding matches when its package purl does. */
  purls?: string[];
  /**
   * Path globs. Grype's `package.location` and Trivy's `paths` follow those tools (doublestar,
   * see path-glob.ts); a policy exception's `path` the policy's variant of the same globs.
   */
  paths?: string[];
  image?: string;
  fixState?: string;
}

/** A rule's standing on the gate's clock. */
export type RuleStatus = 'active' | 'expiring' | 'expired';

const DAY = 86_400_000;

/** Days until a rule expires (0 on its last day, negative once expired); undefined when it has no expiry. */
export function daysLeft(rule: Pick<SuppressionRule, 'expires'>, now: Date): number | undefined {
  if (!rule.expires) return undefined;
  const end = parseCalendarDate(rule.expires, 'expires') + DAY;
  return Math.ceil((end - now.getTime()) / DAY) - 1;
}

/** Active, expiring within `warnDays`, or expired. */
export function ruleStatus(rule: Pick<SuppressionRule, 'expires'>, now: Date, warnDays: number): RuleStatus {
  const left = daysLeft(rule, now);
  if (left === undefined) return 'active';
  if (left < 0) return 'expired';
  return left < warnDays ? 'expiring' : 'active';
}

/** The paths a rule's pattern is matched against, as the rule's tool does it. */
function pathsFor(rule: SuppressionRule, f: Finding): (string | undefined)[] {
  // Grype tries every location of the package; Trivy the result's target and the package path.
  if (rule.origin === 'grype-ignore') return f.locations ?? [f.path, f.target];
  return [f.path, f.target];
}

/** `pkg:deb/debian/libssl1.1@1.1.1n?arch=amd64` -> without qualifiers, and without version when the pattern has none. */
function purlMatches(pattern: string, purl: string | undefined): boolean {
  if (!purl) return false;
  const strip = (s: string): string => decodeURIComponent(s.split(/[?#]/)[0] ?? s).toLowerCase();
  const want = strip(pattern);
  const have = strip(purl);
  return want.includes('@') ? have === want : have.split('@')[0] === want;
}

/** True when the rule covers the finding (ids, then every scope the rule sets). */
export function ruleMatches(rule: SuppressionRule, f: Finding): boolean {
  if (rule.id !== '*' && !allIds(f).some((id) => id.toUpperCase() === rule.id.toUpperCase())) return false;
  if (rule.package !== undefined && rule.package !== f.package?.name && !purlMatches(rule.package, f.package?.purl)) return false;
  if (rule.version !== undefined && rule.version !== f.package?.version) return false;
  if (rule.purls && !rule.purls.some((p) => purlMatches(p, f.package?.purl))) return false;
  if (rule.paths && !rule.paths.some((p) => pathMatches(p, pathsFor(rule, f), rule.origin === 'policy' ? 'policy' : 'doublestar')))
    return false;
  if (rule.image !== undefined && !imageMatches(rule.image, f.image)) return false;
  if (rule.fixState !== undefined && rule.fixState !== grypeFixState(f)) return false;
  return true;
}

function grypeFixState(f: Finding): string {
  return f.fix.state === 'not-affected' ? 'unknown' : f.fix.state;
}

/** A rule with what it did in this run. */
export interface RuleUse {
  rule: SuppressionRule;
  status: RuleStatus;
  daysLeft?: number;
  /** Findings it set aside (for an expired rule: findings it would have set aside, now counted). */
  matched: number;
}

/** A finding set aside, with the rule that did it. */
export interface SuppressedFinding {
  finding: Finding;
  rule: SuppressionRule;
}

/** Splits findings into kept and suppressed; expired rules match but no longer suppress. */
export function applySuppressions(
  findings: readonly Finding[],
  rules: readonly SuppressionRule[],
  now: Date,
  warnDays: number,
): { kept: Finding[]; suppressed: SuppressedFinding[]; uses: RuleUse[] } {
  const uses: RuleUse[] = rules.map((rule) => {
    const left = daysLeft(rule, now);
    return { rule, status: ruleStatus(rule, now, warnDays), ...(left !== undefined ? { daysLeft: left } : {}), matched: 0 };
  });
  // Index by id so 50,000 findings against hundreds of rules stays linear.
  const byId = new Map<string, RuleUse[]>();
  const wildcard: RuleUse[] = [];
  for (const use of uses) {
    if (use.rule.id === '*') wildcard.push(use);
    else {
      const key = use.rule.id.toUpperCase();
      const list = byId.get(key);
      if (list) list.push(use);
      else byId.set(key, [use]);
    }
  }
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const candidates = [...allIds(f).flatMap((id) => byId.get(id.toUpperCase()) ?? []), ...wildcard].filter((u) => ruleMatches(u.rule, f));
    for (const u of candidates) u.matched += 1;
    const live = candidates.find((u) => u.status !== 'expired');
    if (live) suppressed.push({ finding: f, rule: live.rule });
    else kept.push(f);
  }
  return { kept, suppressed, uses };
}
