import { UserError } from '@slipway/core';
import type { Finding } from './finding.js';
import type { ScanReport } from './report.js';

const FOUND = /^(.*): (.+) FOUND$/;

/**
 * Reads `clamscan` output (`PATH: SIGNATURE FOUND` lines and the scan summary). A log without
 * its summary was cut short and is an error, never a clean scan.
 */
export function parseClamscanOutput(text: string, source: string, options: { root?: string; image?: string } = {}): ScanReport {
  const lines = text.split(/\r?\n/);
  const summaryAt = lines.findIndex((l) => l.includes('SCAN SUMMARY'));
  if (summaryAt < 0) {
    throw new UserError(`${source}: no "SCAN SUMMARY" section; the clamscan output is incomplete or not clamscan output`, {
      hint: 'run clamscan without --no-summary and keep its whole output',
    });
  }
  const infectedLine = lines.slice(summaryAt).find((l) => l.startsWith('Infected files:'));
  const infected = infectedLine ? Number(infectedLine.split(':')[1]) : Number.NaN;
  const findings: Finding[] = [];
  for (const line of lines.slice(0, summaryAt)) {
    const m = FOUND.exec(line);
    if (!m?.[1] || !m[2]) continue;
    const path = options.root && m[1].startsWith(options.root) ? m[1].slice(options.root.length).replace(/^\/+/, '') : m[1];
    findings.push({
      kind: 'malware',
      id: m[2],
      aliases: [],
      severity: 'CRITICAL',
      fix: { state: 'not-fixed', versions: [] },
      title: `Malware signature ${m[2]} matched`,
      path,
      target: path,
      scanners: ['clamav'],
      ...(options.image ? { image: options.image } : {}),
    });
  }
  if (!Number.isInteger(infected) || infected !== findings.length) {
    throw new UserError(
      `${source}: the summary says ${infectedLine ?? 'nothing about infected files'} but ${findings.length} FOUND lines were read`,
    );
  }
  const scanned = Number(/^Scanned files:\s*(\d+)/m.exec(lines.slice(summaryAt).join('\n'))?.[1] ?? Number.NaN);
  return {
    source,
    scanner: 'clamav',
    ...(options.image ? { artifact: options.image } : {}),
    findings,
    suppressed: [],
    status: { failures: [], ...(scanned === 0 ? { empty: 'clamscan scanned 0 files' } : {}) },
  };
}
