import { INVALID_FILE, INVALID_SUPPRESSION } from './audit.js';
import type { AuditReport } from './report.js';
import { RULES, type Severity } from './rules/index.js';
import { ONLINE_RULES } from './online/online-rules.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
// Inside GitHub's code-scanning bands: >9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low.
const SCORE: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0' };

const EXTRA = [
  {
    id: INVALID_FILE,
    title: 'GitHub cannot parse this file',
    severity: 'high' as Severity,
    confidence: 'high',
    category: 'validation',
    description: "Errors from GitHub's workflow parser.",
    fix: 'Correct the file.',
  },
  {
    id: INVALID_SUPPRESSION,
    title: 'Suppression comment that cannot be honoured',
    severity: 'medium' as Severity,
    confidence: 'high',
    category: 'validation',
    description: 'A suppression must name a rule and give a reason.',
    fix: "Write '# slipway-audit: ignore <rule-id> -- <reason>'.",
  },
];

/** SARIF 2.1.0 for GitHub code scanning; suppressed findings are kept as SARIF suppressions. */
export function formatAuditSarif(report: AuditReport, version: string): object {
  const rules = [...RULES, ...ONLINE_RULES, ...EXTRA];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.files.flatMap((file) =>
    [...file.findings, ...file.suppressed].map((f) => ({
      properties: { confidence: f.confidence, category: f.category },
      ruleId: f.rule,
      ruleIndex: index.get(f.rule) ?? 0,
      level: LEVEL[f.severity],
      message: { text: `${f.message}. Fix: ${f.fix}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line, startColumn: f.column } } }],
      // Stable across edits elsewhere in the file: the rule, the file and the finding's text.
      partialFingerprints: { 'slipwayFinding/v1': `${f.rule}:${f.file}:${f.message}` },
      ...(f.suppression ? { suppressions: [{ kind: 'inSource', justification: f.suppression.reason }] } : {}),
    })),
  );
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'slipway-pipeline-audit',
            version,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.description },
              help: { text: r.fix, markdown: r.fix },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: [r.category, 'actions'], precision: r.confidence, 'security-severity': SCORE[r.severity] },
            })),
          },
        },
        results,
      },
    ],
  };
}
