import { decodeDocument, parseJson, UserError } from '@slipway/core';
import { decodeGrypeReport } from './grype-report.js';
import type { ScanReport } from './report.js';
import { decodeTrivyReport } from './trivy-report.js';

/** Which scanner wrote a parsed report, from its shape; undefined when none. */
export function detectFormat(value: unknown): 'trivy' | 'grype' | undefined {
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    return value.length === 0 || (typeof first === 'object' && first !== null && 'Target' in first) ? 'trivy' : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if ('SchemaVersion' in value || 'Results' in value || 'ClusterName' in value) return 'trivy';
  if ('matches' in value) return 'grype';
  return undefined;
}

/** Parses and decodes one scanner report; errors name the file and the field at fault. */
export function parseReport(text: string, source: string): ScanReport {
  const value = parseJson(text, source);
  const format = detectFormat(value);
  if (format === 'trivy') return decodeDocument(decodeTrivyReport(source), value, source);
  if (format === 'grype') return decodeDocument(decodeGrypeReport(source), value, source);
  throw new UserError(
    `${source} is neither a Trivy report (SchemaVersion and Results, or an array of results) nor a Grype report (matches)`,
    {
      hint: 'pass the JSON output of `trivy --format json` or `grype -o json`',
    },
  );
}
