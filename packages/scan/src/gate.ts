import { errorCodes, UserError } from '@slipway/core';
import { countFindings, type Counts } from './counts.js';
import { describeRawSeverity, evaluateFindings, type BudgetBreach, type EvaluatedFinding } from './decide.js';
import { dedupeFindings } from './dedupe.js';
import { byId, compareSeverity, type Finding } from './finding.js';
import { fingerprint } from './fingerprint.js';
import { rulesFor, type Policy } from './policy.js';
import type { ScanReport } from './report.js';
import { nextSlaState, validSlaState, type SlaState } from './sla.js';
import { applySuppressions, type RuleUse, type SuppressionRule } from './suppression.js';
import type { VexProblem } from './vex.js';

/** Everything the gate decides on; all of it already read and validated. */
export interface GateInput {
  reports: readonly ScanReport[];
  policy: Policy;
  /** Rules from ignore files and VEX documents (policy exceptions come from `policy`). */
  rules?: readonly SuppressionRule[];
  vexProblems?: readonly VexProblem[];
  sla?: SlaState;
  now: Date;
}

/** A finding set aside by an exception, an ignore file, VEX, or the scanner itself. */
export interface Suppression {
  finding: Finding;
  fingerprint: string;
  origin: SuppressionRule['origin'] | 'scanner';
  source: string;
  reason: string;
}

/** The gate's verdict and everything a report needs to explain it. */
export interface GateResult {
  decision: 'pass' | 'fail';
  /** Why, in a few sentences, most important first. */
  why: string[];
  findings: EvaluatedFinding[];
  suppressed: Suppression[];
  ruleUses: RuleUse[];
  vexProblems: VexProblem[];
  breaches: BudgetBreach[];
  counts: Counts;
  /** The images (or directories) scanned, in report order. */
  artifacts: string[];
  nextSla: SlaState;
  /** Things the gate worked around and a person should know: SLA clocks restarted, empty scans allowed. */
  notes: string[];
}

/** Orders findings worst first: blocking, then severity, then id. */
export function byImportance(a: EvaluatedFinding, b: EvaluatedFinding): number {
  return (
    Number(b.blocking) - Number(a.blocking) || compareSeverity(b.finding.severity, a.finding.severity) || byId(a.finding.id, b.finding.id)
  );
}

function policyRules(policy: Policy): SuppressionRule[] {
  return policy.exceptions.map((e) => ({
    origin: 'policy',
    source: 'policy exceptions',
    id: e.id,
    reason: e.reason,
    expires: e.expires,
    ...(e.package ? { package: e.package } : {}),
    ...(e.path ? { paths: [e.path] } : {}),
    ...(e.image ? { image: e.image } : {}),
  }));
}

function explain(findings: readonly EvaluatedFinding[], breaches: readonly BudgetBreach[], uses: readonly RuleUse[]): string[] {
  const blocking = findings.filter((f) => f.blocking);
  const why: string[] = [];
  if (blocking.length > 0) {
    const groups = new Map<string, number>();
    for (const f of blocking) {
      const key = `${f.finding.kind === 'malware' || f.finding.kind === 'secret' ? '' : `${f.finding.severity.toLowerCase()} `}${f.finding.kind}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    why.push(
      `${blocking.length} blocking finding${blocking.length === 1 ? '' : 's'}: ${[...groups].map(([k, n]) => `${n} ${k}`).join(', ')}`,
    );
  }
  for (const b of breaches)
    why.push(`${b.count} ${b.severity.toLowerCase()} ${b.kind} findings exceed the budget of ${b.max}${b.image ? ` for ${b.image}` : ''}`);
  const overdue = findings.filter((f) => f.sla && f.sla.daysLeft < 0 && f.blocking).length;
  if (overdue > 0) why.push(`${overdue} finding${overdue === 1 ? ' is' : 's are'} past the fix SLA`);
  const expired = uses.filter((u) => u.status === 'expired' && u.matched > 0);
  for (const u of expired)
    why.push(
      `exception ${u.rule.id} expired on ${u.rule.expires ?? ''} and no longer suppresses ${u.matched} finding${u.matched === 1 ? '' : 's'}`,
    );
  const unreadable = blocking.filter(
    (f) => f.finding.rawSeverity !== undefined && f.reasons.some((r) => r.includes('unrecognized-severity')),
  );
  if (unreadable.length > 0) {
    const named = unreadable
      .slice(0, 5)
      .map(
        (f) =>
          `${f.finding.id}${f.finding.package ? ` in ${f.finding.package.name}` : f.finding.path ? ` in ${f.finding.path}` : ''} (${describeRawSeverity(f.finding.rawSeverity ?? '')})`,
      );
    why.push(
      `${unreadable.length} finding${unreadable.length === 1 ? ' has' : 's have'} a severity the gate cannot read: ${named.join(', ')}${unreadable.length > 5 ? ', …' : ''}`,
    );
  }
  if (why.length === 0) why.push('no finding meets a blocking rule of the policy');
  return why;
}

/**
 * Refuses reports that say the scan failed (SCAN_FAILED), and reports that scanned nothing
 * (SCAN_EMPTY) unless the policy's `allow-empty-scan` accepts them for that target; returns the
 * notes for the accepted empty ones. An empty or failed scan is never a clean one.
 */
export function checkScans(reports: readonly ScanReport[], policy: Policy): string[] {
  const failed = reports.filter((r) => r.status.failures.length > 0);
  if (failed.length > 0) {
    throw new UserError(
      `The scanner says the scan failed, so its report cannot pass: ${failed.map((r) => `${r.source}: ${r.status.failures.join('; ')}`).join('. ')}`,
      {
        code: errorCodes.scanFailed,
        hint: 'fix the scanner run (update its vulnerability database, check the target) and scan again',
      },
    );
  }
  const notes: string[] = [];
  const refused: string[] = [];
  for (const r of reports) {
    if (r.status.empty === undefined) continue;
    if (rulesFor(policy, r.artifact).allowEmptyScan)
      notes.push(`${r.source} scanned nothing (${r.status.empty}); accepted by allow-empty-scan`);
    else refused.push(`${r.source}: ${r.status.empty}`);
  }
  if (refused.length > 0) {
    throw new UserError(`A report scanned nothing, and an empty scan is not a clean scan: ${refused.join('; ')}`, {
      code: errorCodes.scanEmpty,
      hint: "check the scanner's target and options (a wrong path, an image without an OS or lockfile); for a target that really has nothing to scan, set allow-empty-scan: true in the policy",
    });
  }
  return notes;
}

/** Dedupes, suppresses, evaluates and decides; pure, so the action, the CLI and the tests share it. */
export function runGate(input: GateInput): GateResult {
  const notes = checkScans(input.reports, input.policy);
  const all = dedupeFindings(input.reports.flatMap((r) => r.findings));
  const rules = [...policyRules(input.policy), ...(input.rules ?? [])];
  const { kept, suppressed, uses } = applySuppressions(all, rules, input.now, input.policy.warnDays);
  const checked = validSlaState(input.sla ?? { version: 1, firstSeen: {} }, input.now);
  const sla = checked.state;
  notes.push(...checked.notes);
  const { evaluated, breaches } = evaluateFindings(kept, input.policy, sla, input.now);
  evaluated.sort(byImportance);
  const scannerSuppressed: Suppression[] = input.reports.flatMap((r) =>
    r.suppressed.map((s) => ({
      finding: s.finding,
      fingerprint: fingerprint(s.finding),
      origin: 'scanner' as const,
      source: r.source,
      reason: s.reason,
    })),
  );
  const allSuppressed: Suppression[] = [
    ...suppressed.map((s) => ({
      finding: s.finding,
      fingerprint: fingerprint(s.finding),
      origin: s.rule.origin,
      source: s.rule.source,
      reason: s.rule.reason ?? `listed in ${s.rule.source} (no reason given)`,
    })),
    ...scannerSuppressed,
  ];
  const decision = evaluated.some((f) => f.blocking) ? 'fail' : 'pass';
  return {
    decision,
    why: explain(evaluated, breaches, uses),
    findings: evaluated,
    suppressed: allSuppressed,
    ruleUses: uses,
    vexProblems: [...(input.vexProblems ?? [])],
    breaches,
    counts: countFindings(evaluated, allSuppressed.length),
    artifacts: [...new Set(input.reports.map((r) => r.artifact ?? r.source))],
    nextSla: nextSlaState(
      sla,
      evaluated.map((e) => e.fingerprint),
      input.now,
    ),
    notes,
  };
}
