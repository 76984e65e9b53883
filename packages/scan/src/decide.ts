import { atLeast, type Finding, type Kind, type Severity } from './finding.js';
import { fingerprint } from './fingerprint.js';
import { rulesFor, type KindRule, type Policy, type PolicyRules } from './policy.js';
import { slaDaysLeft, type SlaState } from './sla.js';

/** A finding with the gate's verdict on it. */
export interface EvaluatedFinding {
  finding: Finding;
  fingerprint: string;
  blocking: boolean;
  /** Why it blocks (empty when it does not). */
  reasons: string[];
  /** False when the policy leaves it out of budgets and thresholds (`only-fixed` and no fix). */
  counted: boolean;
  /** Fix SLA, when the policy gives this severity one. */
  sla?: { days: number; firstSeen: string; daysLeft: number };
}

const lower = (s: Severity): string => s.toLowerCase();

function kindRule(rules: PolicyRules, kind: Kind): KindRule | undefined {
  return kind === 'vulnerability' ? rules.vulnerabilities : kind === 'misconfiguration' ? rules.misconfigurations : undefined;
}

/** How a finding's severity reads to a person: the scanner's text when the gate could not read it. */
export function describeRawSeverity(raw: string): string {
  return raw === '' ? 'no severity' : `severity '${raw.slice(0, 40)}'`;
}

// Severity decides vulnerabilities and misconfigurations, and licenses only under a `fail-on`.
function severityMatters(f: Finding, rules: PolicyRules): boolean {
  if (f.kind === 'vulnerability' || f.kind === 'misconfiguration') return true;
  return f.kind === 'license' && rules.licenses.failOn !== 'none';
}

function unrecognizedReason(f: Finding, rules: PolicyRules): string[] {
  if (f.rawSeverity === undefined || rules.unrecognizedSeverity !== 'block' || !severityMatters(f, rules)) return [];
  return [`${describeRawSeverity(f.rawSeverity)} is not one the gate knows (unrecognized-severity: block)`];
}

/** The finding as the policy counts it: an unreadable severity mapped by `unrecognized-severity`, when the policy maps it. */
function asCounted(f: Finding, rules: PolicyRules): Finding {
  if (f.rawSeverity === undefined || rules.unrecognizedSeverity === 'block') return f;
  return { ...f, severity: rules.unrecognizedSeverity };
}

function reasonsFor(f: Finding, rules: PolicyRules): { reasons: string[]; counted: boolean } {
  const { reasons, counted } = thresholdReasons(f, rules);
  return { reasons: counted ? [...unrecognizedReason(f, rules), ...reasons] : reasons, counted };
}

function thresholdReasons(f: Finding, rules: PolicyRules): { reasons: string[]; counted: boolean } {
  switch (f.kind) {
    case 'malware':
      return { reasons: ['malware always blocks'], counted: true };
    case 'secret':
      return { reasons: rules.secrets.block ? ['secrets block'] : [], counted: true };
    case 'license': {
      const reasons: string[] = [];
      if (rules.licenses.deny.some((d) => d.toLowerCase() === f.id.toLowerCase())) reasons.push(`license ${f.id} is denied`);
      else if (rules.licenses.allow.length > 0 && !rules.licenses.allow.some((a) => a.toLowerCase() === f.id.toLowerCase())) {
        reasons.push(`license ${f.id} is not on the allow list`);
      }
      if (rules.licenses.failOn !== 'none' && atLeast(f.severity, rules.licenses.failOn)) {
        reasons.push(`${lower(f.severity)} license finding (fail-on: ${lower(rules.licenses.failOn)})`);
      }
      return { reasons, counted: true };
    }
    default: {
      const rule = kindRule(rules, f.kind);
      if (!rule) return { reasons: [], counted: true };
      if (rule.onlyFixed && f.fix.state !== 'fixed') return { reasons: [], counted: false };
      const reasons: string[] = [];
      if (rule.failOn !== 'none' && atLeast(f.severity, rule.failOn)) reasons.push(`${lower(f.severity)} (fail-on: ${lower(rule.failOn)})`);
      if (rule.failOnKnownExploited && f.knownExploited) reasons.push('known exploited');
      if (rule.epssThreshold !== undefined && f.epss !== undefined && f.epss >= rule.epssThreshold) {
        reasons.push(`EPSS ${f.epss} >= ${rule.epssThreshold}`);
      }
      return { reasons, counted: true };
    }
  }
}

/** A budget that was exceeded: more findings of a severity than the policy allows. */
export interface BudgetBreach {
  kind: Kind;
  severity: Severity;
  count: number;
  max: number;
  image?: string;
}

/** Applies the policy to each kept finding: thresholds, known-exploited, EPSS, licenses, SLAs, then budgets. */
export function evaluateFindings(
  findings: readonly Finding[],
  policy: Policy,
  sla: SlaState,
  now: Date,
): { evaluated: EvaluatedFinding[]; breaches: BudgetBreach[] } {
  const groups = new Map<PolicyRules, EvaluatedFinding[]>();
  const evaluated = findings.map((scanned) => {
    const rules = rulesFor(policy, scanned.image);
    const finding = asCounted(scanned, rules);
    const fp = fingerprint(finding);
    const { reasons, counted } = reasonsFor(finding, rules);
    const e: EvaluatedFinding = { finding, fingerprint: fp, blocking: false, reasons, counted };
    const slaDays = counted ? rules.sla[finding.severity] : undefined;
    if (slaDays !== undefined && (finding.kind === 'vulnerability' || finding.kind === 'misconfiguration')) {
      const firstSeen = sla.firstSeen[fp] ?? now.toISOString();
      const daysLeft = slaDaysLeft(firstSeen, slaDays, now);
      e.sla = { days: slaDays, firstSeen, daysLeft };
      // Inside its SLA a finding gets time to be fixed; past it, it blocks like any other.
      if (reasons.length === 0 && daysLeft < 0) reasons.push(`past its ${slaDays}-day fix SLA (first seen ${firstSeen.slice(0, 10)})`);
    }
    const group = groups.get(rules);
    if (group) group.push(e);
    else groups.set(rules, [e]);
    return e;
  });
  const breaches: BudgetBreach[] = [];
  for (const [rules, members] of groups) {
    for (const kind of ['vulnerability', 'misconfiguration'] as const) {
      const rule = kindRule(rules, kind);
      for (const [severity, max] of Object.entries(rule?.max ?? {}) as [Severity, number][]) {
        const over = members.filter((e) => e.counted && e.finding.kind === kind && e.finding.severity === severity);
        if (over.length <= max) continue;
        const image = over[0]?.finding.image;
        breaches.push({ kind, severity, count: over.length, max, ...(rules !== policy && image ? { image } : {}) });
        for (const e of over) e.reasons.push(`over budget: ${over.length} ${lower(severity)} ${kind} findings, max ${max}`);
      }
    }
  }
  for (const e of evaluated) e.blocking = e.reasons.length > 0;
  return { evaluated, breaches };
}
