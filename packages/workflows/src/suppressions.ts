import { RULES } from './rules/index.js';
import { ONLINE_RULES } from './online/online-rules.js';

/** An in-file suppression: `# slipway-audit: ignore RULE -- reason` (or `ignore-file`). */
export interface Suppression {
  rule: string;
  reason: string;
  line: number;
  /** `ignore-file` applies to the whole file; `ignore` to its own line and the line below the comment block. */
  scope: 'line' | 'file';
}

/** A suppression comment that cannot be honoured, with why. */
export interface SuppressionProblem {
  line: number;
  message: string;
}

const MARKER = /#\s*slipway-audit:\s*(.*)$/;
const KNOWN = new Set([...RULES, ...ONLINE_RULES].map((r) => r.id));

/** Reads every suppression comment of a file; ones without a reason or with an unknown rule are problems. */
export function readSuppressions(lines: readonly string[]): { suppressions: Suppression[]; problems: SuppressionProblem[] } {
  const suppressions: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  lines.forEach((text, i) => {
    const m = MARKER.exec(text);
    if (!m) return;
    const line = i + 1;
    // Text after a further ` #` is another comment, not part of the suppression.
    const body = (m[1] ?? '').split(/\s#/)[0]?.trim() ?? '';
    const parsed = /^(ignore|ignore-file)\s+([a-z0-9-]+)\s*(?:--\s*(.*))?$/.exec(body);
    if (!parsed) {
      problems.push({ line, message: `cannot read '${body}'; write '# slipway-audit: ignore <rule-id> -- <reason>'` });
      return;
    }
    const [, verb, rule = '', reason = ''] = parsed;
    if (!KNOWN.has(rule)) {
      problems.push({ line, message: `'${rule}' is not a rule; rules are ${[...KNOWN].join(', ')}` });
      return;
    }
    if (reason.trim().length < 3) {
      problems.push({
        line,
        message: `the suppression of ${rule} has no reason; write '# slipway-audit: ignore ${rule} -- <why this is safe>'`,
      });
      return;
    }
    suppressions.push({ rule, reason: reason.trim(), line, scope: verb === 'ignore-file' ? 'file' : 'line' });
  });
  return { suppressions, problems };
}

/** The lines a line-scoped suppression covers: its own, and the first non-comment line below its comment block. */
export function coveredLines(s: Suppression, lines: readonly string[]): number[] {
  const out = [s.line];
  let next = s.line + 1;
  while (next <= lines.length && /^\s*#/.test(lines[next - 1] ?? '')) next += 1;
  if (next <= lines.length) out.push(next);
  return out;
}
