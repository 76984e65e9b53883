import type { Finding } from './finding.js';

/** A finding the scanner itself already suppressed (Trivy --show-suppressed, Grype ignoredMatches). */
export interface ScannerSuppressed {
  finding: Finding;
  reason: string;
}

/** What one scanner report contributes: its findings and what the scanner already set aside. */
export interface ScanReport {
  /** Where the report came from (a file name), for messages. */
  source: string;
  scanner: 'trivy' | 'grype' | 'clamav';
  /** The image or directory the scanner looked at, when the report says. */
  artifact?: string;
  findings: Finding[];
  suppressed: ScannerSuppressed[];
}
