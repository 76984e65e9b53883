import { KINDS, SEVERITIES, type Kind, type Severity } from './finding.js';
import type { EvaluatedFinding } from './decide.js';

/** Finding counts: per kind, per severity, and per kind and severity together. */
export interface Counts {
  total: number;
  blocking: number;
  suppressed: number;
  byKind: Record<Kind, number>;
  bySeverity: Record<Severity, number>;
  byKindAndSeverity: Record<Kind, Record<Severity, number>>;
}

const zeroSeverities = (): Record<Severity, number> => Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;

/** Counts the findings the gate kept (suppressed ones only as a total). */
export function countFindings(evaluated: readonly EvaluatedFinding[], suppressed: number): Counts {
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const bySeverity = zeroSeverities();
  const byKindAndSeverity = Object.fromEntries(KINDS.map((k) => [k, zeroSeverities()])) as Record<Kind, Record<Severity, number>>;
  let blocking = 0;
  for (const { finding, blocking: b } of evaluated) {
    byKind[finding.kind] += 1;
    bySeverity[finding.severity] += 1;
    byKindAndSeverity[finding.kind][finding.severity] += 1;
    if (b) blocking += 1;
  }
  return { total: evaluated.length, blocking, suppressed, byKind, bySeverity, byKindAndSeverity };
}
