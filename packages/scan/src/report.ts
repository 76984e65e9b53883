import type { Finding } from './finding.js';

/** A finding the scanner itself already suppressed (Trivy --show-suppressed, Grype ignoredMatches). */
export interface ScannerSuppressed {
  finding: Finding;
  reason: string;
}

/** What a report says about the scan itself, apart from its findings. */
export interface ScanStatus {
  /** Each field saying the scan failed (a database that did not load, a resource that errored), with its value. */
  failures: string[];
  /** Set when the report scanned nothing: why it reads so. An empty scan is not a clean scan. */
  empty?: string;
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
  status: ScanStatus;
}
