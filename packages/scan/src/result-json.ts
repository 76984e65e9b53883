import type { Counts } from './counts.js';
import type { BudgetBreach, EvaluatedFinding } from './decide.js';
import type { Kind, Severity } from './finding.js';
import type { GateResult } from './gate.js';
import type { SarifCut } from './sarif.js';
import type { RuleUse } from './suppression.js';
import type { VexProblem } from './vex.js';

/** One finding as the JSON result and the CLI print it. */
export interface FindingJson {
  id: string;
  aliases: string[];
  kind: Kind;
  severity: Severity;
  /** The scanner's own severity text, when the gate could not read it ('' when there was none). */
  rawSeverity?: string;
  title: string | null;
  package: string | null;
  version: string | null;
  fixedVersions: string[];
  fixState: string;
  image: string | null;
  path: string | null;
  reasons: string[];
  scanners: string[];
  fingerprint: string;
  sla?: { days: number; firstSeen: string; daysLeft: number };
}

interface RuleJson {
  id: string;
  origin: string;
  source: string;
  reason: string | null;
  expires: string | null;
  daysLeft: number | null;
  matched: number;
}

/** The gate's JSON result: stable field names that other tools read. */
export interface GateJson {
  decision: 'pass' | 'fail';
  why: string[];
  counts: Counts;
  blocking: FindingJson[];
  sla: { past: FindingJson[]; near: FindingJson[] };
  exceptions: { used: RuleJson[]; expiring: RuleJson[]; expired: RuleJson[]; unused: RuleJson[] };
  suppressed: { id: string; kind: Kind; severity: Severity; package: string | null; origin: string; source: string; reason: string }[];
  budgets: BudgetBreach[];
  vexProblems: VexProblem[];
  artifacts: string[];
  /** What the gate worked around: SLA clocks restarted, empty scans accepted by the policy. */
  notes: string[];
  sarif?: { cuts: SarifCut[]; gzipBytes: number };
}

/** Converts one evaluated finding. */
export function findingJson(e: EvaluatedFinding): FindingJson {
  const f = e.finding;
  return {
    id: f.id,
    aliases: f.aliases,
    kind: f.kind,
    severity: f.severity,
    ...(f.rawSeverity !== undefined ? { rawSeverity: f.rawSeverity } : {}),
    title: f.title ?? null,
    package: f.package?.name ?? null,
    version: f.package?.version ?? null,
    fixedVersions: f.fix.versions,
    fixState: f.fix.state,
    image: f.image ?? null,
    path: f.path ?? null,
    reasons: e.reasons,
    scanners: f.scanners,
    fingerprint: e.fingerprint,
    ...(e.sla ? { sla: e.sla } : {}),
  };
}

function ruleJson(u: RuleUse): RuleJson {
  return {
    id: u.rule.id,
    origin: u.rule.origin,
    source: u.rule.source,
    reason: u.rule.reason ?? null,
    expires: u.rule.expires ?? null,
    daysLeft: u.daysLeft ?? null,
    matched: u.matched,
  };
}

/** Findings whose SLA is past, or ends within `warnDays`. */
export function slaWatch(findings: readonly EvaluatedFinding[], warnDays: number): { past: EvaluatedFinding[]; near: EvaluatedFinding[] } {
  const withSla = findings.filter((e) => e.sla !== undefined);
  return {
    past: withSla.filter((e) => (e.sla?.daysLeft ?? 0) < 0),
    near: withSla.filter((e) => (e.sla?.daysLeft ?? -1) >= 0 && (e.sla?.daysLeft ?? 0) <= warnDays),
  };
}

/** Builds the JSON result of a gate run. */
export function gateJson(gate: GateResult, options: { warnDays: number; sarif?: { cuts: SarifCut[]; gzipBytes: number } }): GateJson {
  const { past, near } = slaWatch(gate.findings, options.warnDays);
  const live = gate.ruleUses.filter((u) => u.status !== 'expired');
  return {
    decision: gate.decision,
    why: gate.why,
    counts: gate.counts,
    blocking: gate.findings.filter((e) => e.blocking).map(findingJson),
    sla: { past: past.map(findingJson), near: near.map(findingJson) },
    exceptions: {
      used: live.filter((u) => u.matched > 0).map(ruleJson),
      expiring: gate.ruleUses.filter((u) => u.status === 'expiring').map(ruleJson),
      expired: gate.ruleUses.filter((u) => u.status === 'expired').map(ruleJson),
      unused: live.filter((u) => u.matched === 0).map(ruleJson),
    },
    suppressed: gate.suppressed.map((s) => ({
      id: s.finding.id,
      kind: s.finding.kind,
      severity: s.finding.severity,
      package: s.finding.package?.name ?? null,
      origin: s.origin,
      source: s.source,
      reason: s.reason,
    })),
    budgets: gate.breaches,
    vexProblems: gate.vexProblems,
    artifacts: gate.artifacts,
    notes: gate.notes,
    ...(options.sarif ? { sarif: options.sarif } : {}),
  };
}
