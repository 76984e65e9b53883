import type { Severity } from './finding.js';

// GitHub code scanning's bands: over 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.
const BANDS: Partial<Record<Severity, [number, number, number]>> = {
  CRITICAL: [9.1, 10, 9.5],
  HIGH: [7, 8.9, 8],
  MEDIUM: [4, 6.9, 5.5],
  LOW: [0.1, 3.9, 2],
  NEGLIGIBLE: [0.1, 3.9, 0.5],
};

/**
 * The `security-severity` of a finding: its CVSS score clamped into the band of its severity,
 * so GitHub shows the severity the gate decided on; undefined for UNKNOWN.
 */
export function securitySeverity(severity: Severity, cvss: number | undefined): string | undefined {
  const band = BANDS[severity];
  if (!band) return undefined;
  const [min, max, middle] = band;
  const score = cvss === undefined ? middle : Math.min(max, Math.max(min, Math.round(cvss * 10) / 10));
  return score.toFixed(1);
}
